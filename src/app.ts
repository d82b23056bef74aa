import 'reflect-metadata';
import { ApiKeyService } from './apikeys/apikey.service';
import { AuditService } from './audit/audit.service';
import type { Authenticator } from './auth/authenticator';
import { createKeySecurity, type KeySecurity } from './auth/key-security';
import { EnrollmentService } from './enrollment/enrollment.service';
import { EnrollmentResolver } from './graphql/resolvers/enrollment.resolver';
import type { Config } from './config';
import { Container } from './container';
import { createDatabase, type Database } from './db/prisma';
import { ConsentService } from './consent/consent.service';
import { ApiKeyResolver } from './graphql/resolvers/apikey.resolver';
import { ConsentResolver } from './graphql/resolvers/consent.resolver';
import { SessionResolver } from './graphql/resolvers/session.resolver';
import { UserResolver } from './graphql/resolvers/user.resolver';
import { ObjectStore } from './infra/object-store';
import { PurgeService } from './lifecycle/purge.service';
import { createRedis, type Redis } from './infra/redis';
import type { Logger } from './logger';
import { createChatModel, createEmbedder, createRiskScreenFor, describeProviders } from './providers';
import type { Embedder } from './providers/embedder';
import type { ChatModel } from './providers/chat-model';
import { ChunkRepository } from './retrieval/chunk.repository';
import { RetrievalService } from './retrieval/retrieval.service';
import { ChatService } from './chat/chat.service';
import { ChatRateLimiter } from './chat/rate-limiter';
import { ConversationRepository } from './chat/conversation.repository';
import { ChatResolver } from './graphql/resolvers/chat.resolver';
import { TranscriptResolver } from './graphql/resolvers/transcript.resolver';
import { AuditResolver } from './graphql/resolvers/audit.resolver';
import { AuditQueryService } from './audit/audit-query.service';
import { TranscriptService } from './transcripts/transcript.service';
import { closeQueues, createQueues, type Queues } from './queues/queues';
import { SessionEvents } from './sessions/session-events';
import { SessionService } from './sessions/session.service';
import { SessionStatusWriter } from './sessions/session-status';
import { UserService } from './users/user.service';
import { RiskAlertEvents } from './alerts/alert-events';
import { RiskAlertService } from './alerts/alert.service';
import { RiskAlertSettingsService } from './alerts/alert-settings.service';
import { DEVELOPMENT_SECRET_KEY, SecretBox } from './alerts/webhook-signing';
import type { RiskScreenFn } from './chat/chat.service';
import { RiskAlertResolver } from './graphql/resolvers/risk-alert.resolver';
import { closeAlertQueues, createAlertQueues, type AlertQueues } from './queues/alert-queues';
import { UserLoaderFactory } from './users/user-loaders';
import { SessionQueryService } from './sessions/session-query.service';
import { SessionFeed } from './sessions/session-feed';
import { SessionAudioService } from './sessions/session-audio.service';
import { TranscriptCorrectionService } from './transcripts/transcript-correction.service';
import { TranscriptSearchService } from './search/transcript-search.service';
import { SearchResolver } from './graphql/resolvers/search.resolver';
import { OrganizationSettingsService } from './organizations/organization-settings.service';
import { OrganizationResolver } from './graphql/resolvers/organization.resolver';
import { ConversationPageService } from './conversations/conversation-page.service';
import { ConversationPageResolver } from './graphql/resolvers/conversation-page.resolver';
import { DeniedAccessRecorder } from './audit/denied-access';

/** Everything a process needs, built once from the config; `close()` releases it all. */
export interface App {
  config: Config;
  log: Logger;
  db: Database;
  redis: Redis;
  store: ObjectStore;
  queues: Queues;
  consent: ConsentService;
  events: SessionEvents;
  status: SessionStatusWriter;
  sessions: SessionService;
  audit: AuditService;
  purge: PurgeService;
  embedder: Embedder;
  chatModel: ChatModel;
  chunks: ChunkRepository;
  retrieval: RetrievalService;
  chat: ChatService;
  alerts: RiskAlertService;
  alertQueues: AlertQueues;
  alertEvents: RiskAlertEvents;
  /** Encrypts webhook signing secrets at rest (RISK_ALERT_SECRET_KEY). */
  secretBox: SecretBox;
  authenticator: Authenticator;
  /** Principal cache, revocation bus, live-socket registry and failed-authentication throttle. */
  keySecurity: KeySecurity;
  /** Reads and exports the audit trail (GraphQL and GET /audit/export). */
  auditQuery: AuditQueryService;
  /** Records refused attempts in the audit trail. */
  deniedAccess: DeniedAccessRecorder;
  container: Container;
  providers: Record<string, string>;
  close(): Promise<void>;
}

/** Wires services and resolvers by hand: a dozen objects do not need a DI framework. */
export function createApp(config: Config, log: Logger, providers: { embedder?: Embedder; chatModel?: ChatModel; screen?: RiskScreenFn } = {}): App {
  const db = createDatabase(config.database);
  const redis = createRedis(config.redis.url);
  const store = new ObjectStore(config.s3);
  const audit = new AuditService(db);
  const users = new UserService(db, audit);
  const keySecurity = createKeySecurity(config, db, redis, log);
  const keys = new ApiKeyService(db, audit, keySecurity.bus);
  const enrollments = new EnrollmentService(db, audit, keys, keySecurity.throttle, config.auth.enrollmentTtlSeconds);
  const queues = createQueues(config);
  const events = new SessionEvents(redis, config.redis.url, config.redis.queuePrefix, log);
  const status = new SessionStatusWriter(db, events, log);
  const purge = new PurgeService({ db, store, status, log, audit });
  const consent = new ConsentService(db, audit, queues, log, purge, status);
  const sessions = new SessionService({ db, store, queues, consent, audit, events, status, log, maxUploadBytes: config.uploads.maxBytes });
  const embedder = providers.embedder ?? createEmbedder(config);
  const chatModel = providers.chatModel ?? createChatModel(config, embedder);
  const chunks = new ChunkRepository(db);
  const retrieval = new RetrievalService(chunks, embedder);
  const limiter = new ChatRateLimiter(redis, config.chat.rateLimitPerHour);
  const alertQueues = createAlertQueues(config);
  const alertEvents = new RiskAlertEvents(redis, config.redis.url, config.redis.queuePrefix, log);
  const alerts = new RiskAlertService({ db, events: alertEvents, queues: alertQueues, audit, log, escalationMs: config.riskAlerts.escalationMs });
  const secretBox = new SecretBox(config.riskAlerts.secretKey ?? DEVELOPMENT_SECRET_KEY);
  const alertSettings = new RiskAlertSettingsService({
    db, audit, box: secretBox, canStoreSecrets: Boolean(config.riskAlerts.secretKey) || config.env !== 'production', requireHttps: config.env === 'production', defaultEscalationMs: config.riskAlerts.escalationMs,
  });
  // The rules, and with ANTHROPIC_API_KEY a model's second opinion that can only raise the level.
  const riskScreen = createRiskScreenFor(config, log);
  const screen: RiskScreenFn = providers.screen ?? ((message) => riskScreen.screen(message));
  const chat = new ChatService({ db, conversations: new ConversationRepository(db), consent, limiter, retrieval, model: chatModel, audit, alerts, screen, log });
  const auditQuery = new AuditQueryService(db, audit);
  const loaders = new UserLoaderFactory(db, audit);
  const container = new Container()
    .set(ChatResolver, new ChatResolver(chat))
    .set(AuditResolver, new AuditResolver(auditQuery))
    .set(TranscriptResolver, new TranscriptResolver(new TranscriptService(db, audit, queues), new TranscriptCorrectionService(db, audit, queues)))
    .set(SessionService, sessions)
    .set(SessionFeed, new SessionFeed({ db, events, audit }))
    .set(SessionResolver, new SessionResolver(sessions, new SessionQueryService(db, audit), loaders))
    .set(SearchResolver, new SearchResolver(new TranscriptSearchService({ db, retrieval, audit })))
    .set(OrganizationResolver, new OrganizationResolver(new OrganizationSettingsService(db, audit), new SessionAudioService({ db, store, consent, audit })))
    .set(ConversationPageResolver, new ConversationPageResolver(new ConversationPageService(db, audit)))
    .set(UserResolver, new UserResolver(users, loaders))
    .set(ApiKeyResolver, new ApiKeyResolver(keys))
    .set(EnrollmentResolver, new EnrollmentResolver(enrollments))
    .set(ConsentResolver, new ConsentResolver(consent))
    .set(RiskAlertService, alerts)
    .set(RiskAlertResolver, new RiskAlertResolver(alerts, alertSettings));
  return {
    config,
    log,
    db,
    redis,
    store,
    queues,
    consent,
    events,
    status,
    sessions,
    audit,
    purge,
    embedder,
    chatModel,
    chunks,
    retrieval,
    chat,
    authenticator: keySecurity.authenticator,
    keySecurity,
    alerts,
    alertQueues,
    alertEvents,
    secretBox,
    auditQuery,
    deniedAccess: new DeniedAccessRecorder(db, audit, log),
    container,
    providers: describeProviders(config),
    async close() {
      await events.close();
      await keySecurity.close();
      await alertEvents.close();
      await closeQueues(queues);
      await closeAlertQueues(alertQueues);
      await Promise.allSettled([db.$disconnect(), redis.quit()]);
    },
  };
}
