import 'reflect-metadata';
import { ApiKeyService } from './apikeys/apikey.service';
import { AuditService } from './audit/audit.service';
import { Authenticator } from './auth/authenticator';
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
import { createChatModel, createEmbedder, describeProviders } from './providers';
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
  authenticator: Authenticator;
  container: Container;
  providers: Record<string, string>;
  close(): Promise<void>;
}

/** Wires services and resolvers by hand: a dozen objects do not need a DI framework. */
export function createApp(config: Config, log: Logger, providers: { embedder?: Embedder; chatModel?: ChatModel } = {}): App {
  const db = createDatabase(config.database);
  const redis = createRedis(config.redis.url);
  const store = new ObjectStore(config.s3);
  const audit = new AuditService(db);
  const users = new UserService(db, audit);
  const keys = new ApiKeyService(db, audit);
  const queues = createQueues(config);
  const events = new SessionEvents(redis, config.redis.url, config.redis.queuePrefix, log);
  const status = new SessionStatusWriter(db, events, log);
  const purge = new PurgeService({ db, store, status, log });
  const consent = new ConsentService(db, audit, queues, log, purge, status);
  const sessions = new SessionService({ db, store, queues, consent, audit, events, status, log, maxUploadBytes: config.uploads.maxBytes });
  const embedder = providers.embedder ?? createEmbedder(config);
  const chatModel = providers.chatModel ?? createChatModel(config, embedder);
  const chunks = new ChunkRepository(db);
  const retrieval = new RetrievalService(chunks, embedder);
  const limiter = new ChatRateLimiter(redis, config.redis.queuePrefix, config.chat.rateLimitPerHour);
  const chat = new ChatService({ db, conversations: new ConversationRepository(db), consent, limiter, retrieval, model: chatModel, audit, log });
  const container = new Container()
    .set(ChatResolver, new ChatResolver(chat))
    .set(AuditResolver, new AuditResolver(new AuditQueryService(db, audit)))
    .set(TranscriptResolver, new TranscriptResolver(new TranscriptService(db, audit, queues)))
    .set(SessionService, sessions)
    .set(SessionResolver, new SessionResolver(sessions))
    .set(UserResolver, new UserResolver(users))
    .set(ApiKeyResolver, new ApiKeyResolver(keys))
    .set(ConsentResolver, new ConsentResolver(consent));
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
    authenticator: new Authenticator(db, log, config.auth.touchIntervalMs),
    container,
    providers: describeProviders(config),
    async close() {
      await events.close();
      await closeQueues(queues);
      await Promise.allSettled([db.$disconnect(), redis.quit()]);
    },
  };
}
