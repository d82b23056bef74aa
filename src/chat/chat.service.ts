import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { ConsentService } from '../consent/consent.service';
import type { Conversation, Database, Message } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import type { Logger } from '../logger';
import type { ChatModel, ChatSource, ChatTurn } from '../providers/chat-model';
import type { RetrievalService } from '../retrieval/retrieval.service';
import { passageSource } from '../retrieval/utterances';
import { type Citation, extractCitations } from './citations';
import { isFollowUp } from './offline.chat-model';
import type { ConversationRepository } from './conversation.repository';
import { assessCrisis } from './crisis';
import { buildCrisisReply, CRISIS_RESOURCES, type CrisisResource } from './crisis-resources';
import type { ChatRateLimiter } from './rate-limiter';

/** What `chat` answers. */
export interface ChatReply {
  conversationId: string;
  message: Message;
  crisis: boolean;
  resources: CrisisResource[];
}

const MAX_MESSAGE_CHARS = 4_000;
const HISTORY_TURNS = 6;
const NO_SOURCES_REPLY = "I don't find that in your recorded sessions. It may not have come up yet — your therapist is the best person to ask.";

/**
 * The patient's assistant. Order matters and is fixed: role and input → crisis check (before
 * anything else, never rate limited) → consent → rate limit → retrieval over this patient's
 * chunks only → model → citations verified against the sources → stored.
 */
export class ChatService {
  constructor(
    private readonly deps: {
      db: Database;
      conversations: ConversationRepository;
      consent: ConsentService;
      limiter: ChatRateLimiter;
      retrieval: RetrievalService;
      model: ChatModel;
      audit: AuditService;
      log: Logger;
    },
  ) {}

  /** Answers one message of the calling patient. */
  async chat(caller: Caller, input: { message: string; conversationId?: string | null }): Promise<ChatReply> {
    const { principal } = caller;
    if (principal.role !== 'PATIENT') throw AppError.forbidden('Only patients can chat with the assistant');
    const message = input.message.trim();
    if (message.length < 1 || message.length > MAX_MESSAGE_CHARS) throw AppError.badInput(`message must be 1-${MAX_MESSAGE_CHARS} characters`, { field: 'message' });
    const conversation = input.conversationId ? await this.ownConversation(caller, input.conversationId) : null;

    const assessment = assessCrisis(message);
    if (assessment.isCrisis) return this.answerCrisis(caller, conversation, message);
    await this.deps.consent.requireConsent(principal.userId, 'AI_ANALYSIS');
    const slot = await this.deps.limiter.acquire(principal.userId);
    try {
      const reply = await this.answer(caller, conversation, message);
      // Worry about someone else's safety is not the patient's crisis, but the numbers help them too.
      return assessment.concernForOthers ? { ...reply, resources: [...CRISIS_RESOURCES] } : reply;
    } catch (error) {
      await this.deps.limiter.release(slot);
      throw error;
    }
  }

  /** The patient's conversations. */
  async list(caller: Caller): Promise<Conversation[]> {
    const rows = await this.deps.conversations.list(caller.principal, 100);
    await this.deps.audit.record(caller, { action: 'conversation.list', subjectType: 'Patient', subjectId: caller.principal.userId });
    return rows;
  }

  /** One of the patient's conversations with its messages, else NOT_FOUND. */
  async get(caller: Caller, id: string): Promise<{ conversation: Conversation; messages: Message[] }> {
    const conversation = await this.ownConversation(caller, id);
    await this.deps.audit.record(caller, { action: 'conversation.read', subjectType: 'Conversation', subjectId: conversation.id });
    return { conversation, messages: await this.deps.conversations.messages(conversation.id) };
  }

  private async ownConversation(caller: Caller, id: string): Promise<Conversation> {
    const conversation = await this.deps.conversations.find(caller.principal, requireId(id, 'Conversation'));
    if (!conversation) throw AppError.notFound('Conversation');
    return conversation;
  }

  private async answer(caller: Caller, conversation: Conversation | null, message: string): Promise<ChatReply> {
    const { model, retrieval } = this.deps;
    const history = conversation ? toTurns(await this.deps.conversations.messages(conversation.id, HISTORY_TURNS)) : [];
    const query = await this.callModel(() => model.rewriteQuery(message, history));
    // A follow-up stays with the sessions the previous answer cited (they rank higher, others still count).
    const preferSessions = isFollowUp(message) ? ([...history].reverse().find((t) => t.role === 'assistant')?.citedSessionIds ?? []) : [];
    const found = await retrieval.retrievePassages(caller.principal, query, { limit: 5, preferSessions });
    const sources: ChatSource[] = found.map((c, i) => passageSource(c, i + 1));
    let content = NO_SOURCES_REPLY;
    let citations: Citation[] = [];
    if (sources.length) {
      const sessionDates = Object.fromEntries(sources.map((s) => [s.sessionId, formatSessionDate(s.recordedAt)]));
      const answer = await this.callModel(() => model.answer({ question: message, searchQuery: query, history, sources, firstMessage: !conversation, sessionDates }));
      ({ text: content, citations } = extractCitations(answer.text, sources));
    }
    const stored = await this.store(caller, conversation, message, { content, citations }, 'chat.message');
    this.deps.log.info({ conversationId: stored.conversationId, sources: sources.length, citations: citations.length, model: model.name }, 'chat answered');
    return { conversationId: stored.conversationId, message: stored.reply, crisis: false, resources: [] };
  }

  /** A provider outage or a malformed reply is the patient's "try again later", never INTERNAL. */
  private async callModel<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof AppError) throw error;
      this.deps.log.warn({ errorName: (error as Error)?.name, model: this.deps.model.name }, 'chat model failed');
      throw new AppError('SERVICE_UNAVAILABLE', 'The assistant is temporarily unavailable; please try again in a moment');
    }
  }

  private async answerCrisis(caller: Caller, conversation: Conversation | null, message: string): Promise<ChatReply> {
    const { principal } = caller;
    const stored = await this.deps.db.$transaction(async (tx) => {
      const exchange = await this.deps.conversations.appendExchange(tx, principal, conversation?.id ?? null, message, { content: buildCrisisReply(), citations: [] });
      await tx.alert.create({ data: { organizationId: principal.organizationId, patientId: principal.userId, kind: 'CRISIS', messageId: exchange.userMessage.id } });
      await this.deps.audit.record(caller, { action: 'chat.crisis', subjectType: 'Conversation', subjectId: exchange.conversationId }, tx);
      return exchange;
    });
    this.deps.log.warn({ conversationId: stored.conversationId, patientId: principal.userId }, 'crisis language detected; therapists alerted');
    return { conversationId: stored.conversationId, message: stored.reply, crisis: true, resources: [...CRISIS_RESOURCES] };
  }

  private store(caller: Caller, conversation: Conversation | null, message: string, reply: { content: string; citations: Citation[] }, action: string) {
    return this.deps.db.$transaction(async (tx) => {
      const exchange = await this.deps.conversations.appendExchange(tx, caller.principal, conversation?.id ?? null, message, reply);
      await this.deps.audit.record(caller, { action, subjectType: 'Conversation', subjectId: exchange.conversationId }, tx);
      return exchange;
    });
  }
}

/** "3 March 2026": how an answer names a session (the date it was recorded, in UTC). */
function formatSessionDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Stored messages as model turns (citations are not part of what the model sees). */
function toTurns(messages: Message[]): ChatTurn[] {
  return messages.map((m) => {
    if (m.role === 'USER') return { role: 'user', content: m.content };
    const cited = ((m.citations as unknown as { sessionId?: string }[] | null) ?? []).flatMap((c) => (typeof c?.sessionId === 'string' ? [c.sessionId] : []));
    return { role: 'assistant', content: m.content, citedSessionIds: [...new Set(cited)] };
  });
}
