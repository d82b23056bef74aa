import { RiskAlertEvents } from '../alerts/alert-events';
import { RiskAlertService } from '../alerts/alert.service';
import { DEVELOPMENT_SECRET_KEY, SecretBox } from '../alerts/webhook-signing';
import { AuditService } from '../audit/audit.service';
import type { Config } from '../config';
import { ConsentService } from '../consent/consent.service';
import { createDatabase, type Database } from '../db/prisma';
import { checkHealth, type HealthReport } from '../health';
import { ObjectStore } from '../infra/object-store';
import { createRedis, type Redis } from '../infra/redis';
import { PurgeService } from '../lifecycle/purge.service';
import type { Logger } from '../logger';
import { createEmbedder, describeProviders } from '../providers';
import type { Embedder } from '../providers/embedder';
import { closeAlertQueues, createAlertQueues, type AlertQueues } from '../queues/alert-queues';
import { closeQueues, createQueues, type Queues } from '../queues/queues';
import { ChunkRepository } from '../retrieval/chunk.repository';
import { PatientIndexCache } from '../retrieval/patient-index-cache';
import { PatientIndexRepository } from '../retrieval/patient-index.repository';
import { SessionEvents } from '../sessions/session-events';
import { SessionStatusWriter } from '../sessions/session-status';

/**
 * What every process runs on (API, workers, CLI): config, database, Redis, object store, the queues
 * (each opened once, here) and the services both the API and the workers use.
 */
export interface Core {
  config: Config;
  log: Logger;
  db: Database;
  redis: Redis;
  store: ObjectStore;
  queues: Queues;
  alertQueues: AlertQueues;
  audit: AuditService;
  events: SessionEvents;
  status: SessionStatusWriter;
  purge: PurgeService;
  consent: ConsentService;
  embedder: Embedder;
  chunks: ChunkRepository;
  /** Per-patient in-process retrieval index, bounded by RETRIEVAL_INDEX_CACHE_MB (used by the API's retrieval). */
  patientIndex: PatientIndexCache;
  alerts: RiskAlertService;
  alertEvents: RiskAlertEvents;
  /** Encrypts webhook signing secrets at rest (RISK_ALERT_SECRET_KEY). */
  secretBox: SecretBox;
  providers: Record<string, string>;
  /** Probes PostgreSQL, Redis and S3 (GET /health). */
  health(): Promise<HealthReport>;
  close(): Promise<void>;
}

/** Builds the core from the config; `close()` releases its connections and queues. */
export function createCore(config: Config, log: Logger, providers: { embedder?: Embedder } = {}): Core {
  const db = createDatabase(config.database);
  const redis = createRedis(config.redis.url);
  const store = new ObjectStore(config.s3);
  const audit = new AuditService(db);
  const queues = createQueues(config);
  const events = new SessionEvents(redis, config.redis.url, config.redis.queuePrefix, log);
  const status = new SessionStatusWriter(db, events, log);
  const purge = new PurgeService({ db, store, status, log, audit });
  const consent = new ConsentService(db, audit, queues, log, purge, status);
  const alertQueues = createAlertQueues(config);
  const alertEvents = new RiskAlertEvents(redis, config.redis.url, config.redis.queuePrefix, log);
  const providerNames = describeProviders(config);
  const alerts = new RiskAlertService({ db, events: alertEvents, queues: alertQueues, audit, log, escalationMs: config.riskAlerts.escalationMs });
  return {
    config,
    log,
    db,
    redis,
    store,
    queues,
    alertQueues,
    audit,
    events,
    status,
    purge,
    consent,
    embedder: providers.embedder ?? createEmbedder(config),
    chunks: new ChunkRepository(db),
    patientIndex: new PatientIndexCache(new PatientIndexRepository(db), { maxBytes: config.retrieval.indexCacheBytes, warn: (message) => log.warn(message) }),
    alerts,
    alertEvents,
    secretBox: new SecretBox(config.riskAlerts.secretKey ?? DEVELOPMENT_SECRET_KEY),
    providers: providerNames,
    health: () => checkHealth({ db, redis, store, providers: providerNames }),
    async close() {
      await events.close();
      await alertEvents.close();
      await closeQueues(queues);
      await closeAlertQueues(alertQueues);
      await Promise.allSettled([db.$disconnect(), redis.quit()]);
    },
  };
}
