import { randomUUID } from 'node:crypto';
import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { ConsentService } from '../consent/consent.service';
import type { Conversation, Message } from '../db/prisma';
import { AppError, isAppError } from '../errors';
import { requireId } from '../ids';
import type { Logger } from '../logger';
import type { ChatModel, ChatSource } from '../providers/chat-model';
import type { RetrievalService } from '../retrieval/retrieval.service';
import { passageSource } from '../retrieval/utterances';
import { type Citation, extractCitations } from './citations';
import { isFollowUp } from './follow-up';
import type { ConversationRepository, StoredExchange } from './conversation.repository';
import type { RiskAlertService } from '../alerts/alert.service';
import type { Alert } from '../db/prisma';
import { assessCrisis, type CrisisAssessment, type RiskLevel } from './crisis';
import { buildCrisisReply, resourcesFor, type CrisisResource } from './crisis-resources';
import type { ChatRateLimiter } from './rate-limiter';
import { boundedExcerpt, buildConcernFallback, concernReason } from './risk-replies';
import { splitSentences } from '../text/sentences';
import { settle, unwrap, type Settled } from './settled';
import { formatSessionDate, toTurns } from './turns';
import { mergeVerdicts, screenInWindows, startAndEnd, WHOLE_MESSAGE_CHARS } from './screen-windows';

/** What `chat` answers. */
export interface ChatReply {
  conversationId: string;
  message: Message;
  crisis: boolean;
  resources: CrisisResource[];
}

/** What `chat` answers: the reply and how urgent the message was (`crisis` is `riskLevel === 'CRISIS'`). */
export type ScreenedChatReply = ChatReply & { riskLevel: RiskLevel };

/** Screens one message for risk: the rules (assessCrisis), or the RiskScreen with a model's second opinion. */
export type RiskScreenFn = (message: string) => Promise<CrisisAssessment>;

/**
 * One chat call on a risky path: the assessment travels with the caller so that `store`, which
 * every answer goes through, writes the alert in the same transaction as the exchange.
 */
interface ChatCall extends Caller {
  readonly risk?: CrisisAssessment;
  alert?: Alert;
}

const MAX_MESSAGE_CHARS = 4_000;
const HISTORY_TURNS = 6;
const NO_SOURCES_REPLY = "I don't find that in your recorded sessions. It may not have come up yet — your therapist is the best person to ask.";

/**
 * The patient's assistant. Order matters and is fixed: role → risk screen (before anything else:
 * length, conversation, consent and rate limit come after it) → CRISIS: the fixed caring reply,
 * resources and an urgent alert, whatever else is wrong with the request → CONCERN: the normal
 * answer with resources and a lower-priority alert (a reply with resources when the answer cannot
 * be given) → NONE: length → consent → rate limit → retrieval over this patient's chunks only →
 * model → citations verified against the sources → stored.
 */
export class ChatService {
  private readonly screen: RiskScreenFn;

  constructor(
    private readonly deps: {
      conversations: ConversationRepository;
      consent: ConsentService;
      limiter: ChatRateLimiter;
      retrieval: RetrievalService;
      model: ChatModel;
      audit: AuditService;
      alerts: RiskAlertService;
      log: Logger;
      /** The risk screen; the rules alone by default. */
      screen?: RiskScreenFn;
    },
  ) {
    this.screen = deps.screen ?? (async (message) => assessCrisis(message));
  }

  /** Answers one message of the calling patient. */
  async chat(caller: Caller, input: { message: string; conversationId?: string | null }): Promise<ScreenedChatReply> {
    const { principal } = caller;
    if (principal.role !== 'PATIENT') throw AppError.forbidden('Only patients can chat with the assistant');
    const message = input.message.trim();
    if (message.length < 1) throw AppError.badInput(`message must be 1-${MAX_MESSAGE_CHARS} characters`, { field: 'message' });
    // Two reads that do not depend on the screen's verdict go out first and run on pooled
    // connections while it reads the message; their outcome is only looked at in the fixed order
    // (a crisis reply never waits on, or fails because of, either of them).
    const read = settle(this.conversationRead(caller, input.conversationId));
    const consent = settle(this.deps.consent.requireConsent(principal.userId, 'AI_ANALYSIS'));
    await new Promise<void>((resolve) => setImmediate(resolve));
    const assessment = await this.assess(message);
    const found = await this.conversationFor(read, assessment.level !== 'NONE');
    if (assessment.level === 'CRISIS') return this.answerCrisis(caller, found?.conversation ?? null, message, assessment);
    if (assessment.level === 'CONCERN') return this.answerConcern({ ...caller, risk: assessment }, found, message, assessment, consent);
    if (message.length > MAX_MESSAGE_CHARS) throw AppError.badInput(`message must be 1-${MAX_MESSAGE_CHARS} characters`, { field: 'message' });
    return { ...(await this.answerWithinLimits(caller, found, message, consent)), riskLevel: 'NONE' };
  }

  /** The patient's conversations. */
  async list(caller: Caller): Promise<Conversation[]> {
    const rows = await this.deps.conversations.list(caller.principal, 100);
    await this.deps.audit.record(caller, { action: 'conversation.list', subjectType: 'Patient', subjectId: caller.principal.userId, patientId: caller.principal.userId });
    return rows;
  }

  /** One of the patient's conversations with its messages, else NOT_FOUND. */
  async get(caller: Caller, id: string): Promise<{ conversation: Conversation; messages: Message[] }> {
    const conversation = await this.ownConversation(caller, id);
    await this.deps.audit.record(caller, { action: 'conversation.read', subjectType: 'Conversation', subjectId: conversation.id, patientId: conversation.patientId });
    return { conversation, messages: await this.deps.conversations.messages(conversation.id) };
  }

  private async ownConversation(caller: Caller, id: string): Promise<Conversation> {
    const conversation = await this.deps.conversations.find(caller.principal, requireId(id, 'Conversation'));
    if (!conversation) throw AppError.notFound('Conversation');
    return conversation;
  }

  /** Answers `question` (the message itself, or the part of it that asks something) and stores the whole message. */
  private async answer(caller: Caller, thread: FoundConversation | null, message: string, question = message): Promise<ChatReply> {
    const { model, retrieval } = this.deps;
    const conversation = thread?.conversation ?? null;
    const history = thread ? toTurns(thread.messages) : [];
    const query = await this.callModel(() => model.rewriteQuery(question, history));
    // A follow-up stays with the sessions the previous answer cited (they rank higher, others still count).
    const preferSessions = isFollowUp(question) ? ([...history].reverse().find((t) => t.role === 'assistant')?.citedSessionIds ?? []) : [];
    const { passages: found, knownStems } = await retrieval.retrieveForAnswer(caller.principal, query, { limit: 5, preferSessions });
    const sources: ChatSource[] = found.map((c, i) => passageSource(c, i + 1));
    let content = NO_SOURCES_REPLY;
    let citations: Citation[] = [];
    if (sources.length) {
      const sessionDates = Object.fromEntries(sources.map((s) => [s.sessionId, formatSessionDate(s.recordedAt)]));
      const answer = await this.callModel(() => model.answer({ question, searchQuery: query, history, sources, firstMessage: !conversation, sessionDates, knownStems }));
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

  /**
   * The screen never blocks a reply: if the configured screen fails, the rules decide. A message
   * longer than one screen reads is read by the rules in windows, and the configured screen (which
   * may ask a model) reads its start and end once, so one message never fans out into many calls.
   */
  private async assess(message: string): Promise<CrisisAssessment> {
    try {
      if (message.length <= WHOLE_MESSAGE_CHARS) return await this.screen(message);
      const [windows, ends] = await Promise.all([screenInWindows(async (text) => assessCrisis(text), message), this.screen(startAndEnd(message))]);
      return mergeVerdicts([windows, ends]);
    } catch (error) {
      this.deps.log.warn({ errorName: (error as Error)?.name }, 'risk screen failed; using the rules');
      return screenInWindows(async (text) => assessCrisis(text), message);
    }
  }

  /** The named conversation of the patient with the last turns the model sees (one round trip), NOT_FOUND when it is not theirs. */
  private async conversationRead(caller: Caller, id: string | null | undefined): Promise<FoundConversation | null> {
    if (!id) return null;
    const found = await this.deps.conversations.findWithRecent(caller.principal, requireId(id, 'Conversation'), HISTORY_TURNS);
    if (!found) throw AppError.notFound('Conversation');
    return found;
  }

  /** The named conversation; on a risky message one that is not the patient's starts a new one instead of NOT_FOUND. */
  private async conversationFor(read: Promise<Settled<FoundConversation | null>>, risky: boolean): Promise<FoundConversation | null> {
    const result = await read;
    if (result.ok) return result.value;
    if (risky && isAppError(result.error, 'NOT_FOUND')) return null;
    throw result.error;
  }

  /**
   * Consent (read at the start of the request) and a rate-limit slot, taken while that read may still
   * be on its way: without consent the slot is given back and CONSENT_REQUIRED wins, as if consent were
   * checked first. The slot is also given back if the answer fails.
   */
  private async answerWithinLimits(caller: Caller, found: FoundConversation | null, message: string, consent: Promise<Settled<void>>, question = message): Promise<ChatReply> {
    const [granted, taken] = await Promise.all([consent, settle(this.deps.limiter.acquire(caller.principal.userId))]);
    if (!granted.ok && taken.ok) await this.deps.limiter.release(taken.value);
    unwrap(granted);
    const slot = unwrap(taken);
    try {
      return await this.answer(caller, found, message, question);
    } catch (error) {
      await this.deps.limiter.release(slot);
      throw error;
    }
  }

  /**
   * CRISIS: never needs consent or a rate-limit slot; an over-long message is stored as a bounded
   * excerpt. If the database cannot store it, the patient still gets the reply and resources (an
   * error is the worst answer to a crisis) and the failure is logged at error level for operators.
   */
  private async answerCrisis(caller: Caller, conversation: Conversation | null, message: string, assessment: CrisisAssessment): Promise<ScreenedChatReply> {
    const { principal } = caller;
    const content = buildCrisisReply(assessment.language);
    const resources = resourcesFor(assessment.language);
    let stored;
    try {
      stored = await this.deps.conversations.transaction(async (tx) => {
        const exchange = await this.deps.conversations.appendExchange(tx, principal, conversation?.id ?? null, boundedExcerpt(message, MAX_MESSAGE_CHARS), { content, citations: [] });
        const alert = await this.deps.alerts.raise(tx, principal, { assessment, messageId: exchange.userMessage.id, conversationId: exchange.conversationId });
        await this.deps.audit.record(caller, { action: 'chat.crisis', subjectType: 'Conversation', subjectId: exchange.conversationId, patientId: principal.userId }, tx);
        return { ...exchange, alert };
      });
    } catch (error) {
      this.deps.log.error({ patientId: principal.userId, errorName: (error as Error)?.name }, 'crisis reply sent but NOT stored and no alert raised: the database write failed');
      const conversationId = conversation?.id ?? randomUUID();
      return { conversationId, message: { id: randomUUID(), conversationId, role: 'ASSISTANT', content, citations: [], createdAt: new Date() }, crisis: true, riskLevel: 'CRISIS', resources };
    }
    this.deps.log.warn({ conversationId: stored.conversationId, patientId: principal.userId, alertId: stored.alert.id, language: assessment.language }, 'crisis language detected; therapists alerted');
    await this.deps.alerts.dispatch(stored.alert);
    return { conversationId: stored.conversationId, message: stored.reply, crisis: true, riskLevel: 'CRISIS', resources };
  }

  /**
   * CONCERN: the normal answer plus resources, the alert written with the exchange (see `store`).
   * When the answer cannot be given (too long, no consent, rate limited, provider down) the patient
   * still gets resources and the alert is still raised: never nothing.
   */
  private async answerConcern(call: ChatCall, found: FoundConversation | null, message: string, assessment: CrisisAssessment, consent: Promise<Settled<void>>): Promise<ScreenedChatReply> {
    const resources = resourcesFor(assessment.language);
    let reply: ChatReply | null = null;
    let failure: unknown = 'TOO_LONG';
    if (message.length <= MAX_MESSAGE_CHARS) {
      try {
        // The question is answered from the sentences that ask it; the worrying ones go to the therapist.
        reply = await this.answerWithinLimits(call, found, message, consent, askedPart(message));
      } catch (error) {
        if (call.alert) throw error;
        failure = error;
      }
    }
    if (!reply) {
      const content = buildConcernFallback(concernReason(failure, MAX_MESSAGE_CHARS, assessment.language), resources, assessment.language);
      const stored = await this.store(call, found?.conversation ?? null, boundedExcerpt(message, MAX_MESSAGE_CHARS), { content, citations: [] }, 'chat.concern');
      reply = { conversationId: stored.conversationId, message: stored.reply, crisis: false, resources: [] };
    }
    if (call.alert) await this.deps.alerts.dispatch(call.alert);
    this.deps.log.info({ conversationId: reply.conversationId, alertId: call.alert?.id }, 'concern language detected; resources added');
    return { ...reply, riskLevel: 'CONCERN', resources };
  }

  /**
   * Stores one exchange with its audit event: in one statement, or on a risky call (CONCERN) in one
   * transaction with the alert. NOT_FOUND when the conversation was deleted since it was read.
   */
  private async store(caller: ChatCall, conversation: Conversation | null, message: string, reply: { content: string; citations: Citation[] }, action: string): Promise<StoredExchange> {
    if (!caller.risk) {
      const event = (subjectId: string) => this.deps.audit.eventOf(caller, { action, subjectType: 'Conversation', subjectId, patientId: caller.principal.userId });
      const stored = await this.deps.conversations.appendExchangeWithAudit(caller.principal, conversation?.id ?? null, message, reply, event);
      if (!stored) throw AppError.notFound('Conversation');
      return stored;
    }
    return this.deps.conversations.transaction(async (tx) => {
      const exchange = await this.deps.conversations.appendExchange(tx, caller.principal, conversation?.id ?? null, message, reply);
      await this.deps.audit.record(caller, { action, subjectType: 'Conversation', subjectId: exchange.conversationId, patientId: caller.principal.userId }, tx);
      if (caller.risk && !caller.alert) caller.alert = await this.deps.alerts.raise(tx, caller.principal, { assessment: caller.risk, messageId: exchange.userMessage.id, conversationId: exchange.conversationId });
      return exchange;
    });
  }
}

/** A conversation with the last turns the model sees. */
interface FoundConversation {
  conversation: Conversation;
  messages: Message[];
}

/** The sentences of a message that ask something ("…?"), or the whole message when none does. */
function askedPart(message: string): string {
  const questions = splitSentences(message).filter((sentence) => sentence.text.trimEnd().endsWith('?'));
  return questions.length ? questions.map((sentence) => sentence.text).join(' ') : message;
}
