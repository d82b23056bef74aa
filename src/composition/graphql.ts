import { RiskAlertSettingsService } from '../alerts/alert-settings.service';
import { ApiKeyService } from '../apikeys/apikey.service';
import { AuditQueryService } from '../audit/audit-query.service';
import { DeniedAccessRecorder } from '../audit/denied-access';
import type { Authenticator } from '../auth/authenticator';
import { createKeySecurity, type KeySecurity } from '../auth/key-security';
import { ChatService, type RiskScreenFn } from '../chat/chat.service';
import { ConversationRepository } from '../chat/conversation.repository';
import { ChatRateLimiter } from '../chat/rate-limiter';
import { Container } from '../container';
import { ConversationPageService } from '../conversations/conversation-page.service';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { ApiKeyResolver } from '../graphql/resolvers/apikey.resolver';
import { AuditResolver } from '../graphql/resolvers/audit.resolver';
import { ChatResolver } from '../graphql/resolvers/chat.resolver';
import { ConsentResolver } from '../graphql/resolvers/consent.resolver';
import { ConversationPageResolver } from '../graphql/resolvers/conversation-page.resolver';
import { EnrollmentResolver } from '../graphql/resolvers/enrollment.resolver';
import { OrganizationResolver } from '../graphql/resolvers/organization.resolver';
import { RiskAlertResolver } from '../graphql/resolvers/risk-alert.resolver';
import { SearchResolver } from '../graphql/resolvers/search.resolver';
import { SessionResolver } from '../graphql/resolvers/session.resolver';
import { TranscriptResolver } from '../graphql/resolvers/transcript.resolver';
import { UserResolver } from '../graphql/resolvers/user.resolver';
import { OrganizationSettingsService } from '../organizations/organization-settings.service';
import { createChatModel, createRiskScreenFor } from '../providers';
import type { ChatModel } from '../providers/chat-model';
import { RiskAlertService } from '../alerts/alert.service';
import { DEFAULT_FUSION, RetrievalService, wordNetFor } from '../retrieval/retrieval.service';
import { TranscriptSearchService } from '../search/transcript-search.service';
import { SessionAudioService } from '../sessions/session-audio.service';
import { SessionFeed } from '../sessions/session-feed';
import { SessionQueryService } from '../sessions/session-query.service';
import { SessionService } from '../sessions/session.service';
import { TranscriptCorrectionService } from '../transcripts/transcript-correction.service';
import { TranscriptService } from '../transcripts/transcript.service';
import { UserLoaderFactory } from '../users/user-loaders';
import { UserService } from '../users/user.service';
import type { Core } from './core';

/** What only the API process builds: authentication, the API-side services, the resolvers' container. */
export interface GraphqlParts {
  sessions: SessionService;
  chatModel: ChatModel;
  retrieval: RetrievalService;
  chat: ChatService;
  authenticator: Authenticator;
  /** Principal cache, revocation bus, live-socket registry and failed-authentication throttle. */
  keySecurity: KeySecurity;
  /** Reads and exports the audit trail (GraphQL and GET /audit/export). */
  auditQuery: AuditQueryService;
  /** Records refused attempts in the audit trail. */
  deniedAccess: DeniedAccessRecorder;
  container: Container;
  close(): Promise<void>;
}

/** Wires the API's services and resolvers by hand on a core: a dozen objects do not need a DI framework. */
export function createGraphqlParts(core: Core, providers: { chatModel?: ChatModel; screen?: RiskScreenFn } = {}): GraphqlParts {
  const { config, log, db, redis, store, queues, audit, consent, events, status, alerts } = core;
  const users = new UserService(db, audit);
  const keySecurity = createKeySecurity(config, db, redis, log);
  const keys = new ApiKeyService(db, audit, keySecurity.bus);
  const enrollments = new EnrollmentService(db, audit, keys, keySecurity.throttle, config.auth.enrollmentTtlSeconds);
  const sessions = new SessionService({ db, store, queues, consent, audit, events, status, log, maxUploadBytes: config.uploads.maxBytes });
  const chatModel = providers.chatModel ?? createChatModel(config, core.embedder);
  const retrieval = new RetrievalService(core.chunks, core.embedder, DEFAULT_FUSION, wordNetFor(DEFAULT_FUSION, (message) => log.warn(message)), core.patientIndex);
  const limiter = new ChatRateLimiter(redis, config.chat.rateLimitPerHour);
  const alertSettings = new RiskAlertSettingsService({
    db, audit, box: core.secretBox, canStoreSecrets: Boolean(config.riskAlerts.secretKey) || config.env !== 'production', requireHttps: config.env === 'production', defaultEscalationMs: config.riskAlerts.escalationMs,
  });
  // The rules, and with ANTHROPIC_API_KEY a model's second opinion that can only raise the level.
  const riskScreen = createRiskScreenFor(config, log);
  const screen: RiskScreenFn = providers.screen ?? ((message) => riskScreen.screen(message));
  const chat = new ChatService({ conversations: new ConversationRepository(db), consent, limiter, retrieval, model: chatModel, audit, alerts, screen, log });
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
    sessions,
    chatModel,
    retrieval,
    chat,
    authenticator: keySecurity.authenticator,
    keySecurity,
    auditQuery,
    deniedAccess: new DeniedAccessRecorder(db, audit, log),
    container,
    close: () => keySecurity.close(),
  };
}
