import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal';
import { Prisma, type Conversation, type Database, type Message, type Tx } from '../db/prisma';
import type { Citation } from './citations';

/** An exchange as stored: the conversation it went to and both messages, exactly as written. */
export interface StoredExchange {
  conversationId: string;
  userMessage: Message;
  reply: Message;
}

/** Conversations and messages, always scoped to the patient in the principal. */
export class ConversationRepository {
  constructor(private readonly db: Database) {}

  /** The patient's own conversation, or null (another patient's looks missing). */
  find(principal: Principal, id: string): Promise<Conversation | null> {
    return this.db.conversation.findFirst({ where: { id, organizationId: principal.organizationId, patientId: principal.userId } });
  }

  /** The patient's conversations, most recently active first. */
  list(principal: Principal, take: number): Promise<Conversation[]> {
    return this.db.conversation.findMany({
      where: { organizationId: principal.organizationId, patientId: principal.userId },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take,
    });
  }

  /** Messages of a conversation, oldest first (the last `take` when given). */
  async messages(conversationId: string, take?: number): Promise<Message[]> {
    const rows = await this.db.message.findMany({ where: { conversationId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take });
    return rows.reverse();
  }

  /**
   * The patient's own conversation with its last `take` messages (oldest first) in one round trip,
   * or null (another patient's looks missing).
   */
  async findWithRecent(principal: Principal, id: string, take: number): Promise<{ conversation: Conversation; messages: Message[] } | null> {
    const rows = await this.db.$queryRaw<(ConversationRow & Partial<MessageRow>)[]>`
      SELECT c.id, c.organization_id AS "organizationId", c.patient_id AS "patientId", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
        m.id AS "messageId", m.role::text AS role, m.content, m.citations, m.created_at AS "messageCreatedAt"
      FROM conversations c
      LEFT JOIN LATERAL (
        SELECT id, role, content, citations, created_at FROM messages
        WHERE conversation_id = c.id ORDER BY created_at DESC, id DESC LIMIT ${take}) m ON true
      WHERE c.id = ${id}::uuid AND c.organization_id = ${principal.organizationId}::uuid AND c.patient_id = ${principal.userId}::uuid`;
    if (!rows.length) return null;
    const { id: conversationId, organizationId, patientId, createdAt, updatedAt } = rows[0];
    const messages = rows
      .filter((r) => r.messageId)
      .map((r): Message => ({ id: r.messageId!, conversationId, role: r.role as Message['role'], content: r.content!, citations: r.citations as Prisma.JsonValue, createdAt: r.messageCreatedAt! }))
      .reverse();
    return { conversation: { id: conversationId, organizationId, patientId, createdAt, updatedAt }, messages };
  }

  /**
   * Appends the patient's message, the reply and the audit event of the exchange in one statement
   * (atomic on its own, so one round trip instead of a transaction's six), creating the
   * conversation when `conversationId` is null. Ids and times are made here, as Prisma makes them
   * in `appendExchange`, so nothing is read back. Null when the conversation no longer exists
   * (deleted since it was read): then nothing was written.
   */
  async appendExchangeWithAudit(
    principal: Principal,
    conversationId: string | null,
    userText: string,
    reply: { content: string; citations: Citation[] },
    audit: (conversationId: string) => Prisma.AuditEventCreateManyInput,
  ): Promise<StoredExchange | null> {
    const now = new Date();
    const later = new Date(now.getTime() + 1);
    const id = conversationId ?? randomUUID();
    const event = audit(id);
    const userMessage: Message = { id: randomUUID(), conversationId: id, role: 'USER', content: userText, citations: [], createdAt: now };
    const answer: Message = { id: randomUUID(), conversationId: id, role: 'ASSISTANT', content: reply.content, citations: reply.citations as unknown as Prisma.JsonValue, createdAt: later };
    const org = principal.organizationId;
    const patient = principal.userId;
    const conversation = conversationId
      ? Prisma.sql`UPDATE conversations SET updated_at = ${now} WHERE id = ${id}::uuid AND organization_id = ${org}::uuid AND patient_id = ${patient}::uuid RETURNING id`
      : Prisma.sql`INSERT INTO conversations (id, organization_id, patient_id, created_at, updated_at) VALUES (${id}::uuid, ${org}::uuid, ${patient}::uuid, ${now}, ${now}) RETURNING id`;
    const rows = await this.db.$queryRaw<{ written: number }[]>`
      WITH conv AS (${conversation}),
      msgs AS (
        INSERT INTO messages (id, conversation_id, role, content, citations, created_at)
        SELECT m.id, conv.id, m.role::"MessageRole", m.content, m.citations, m.created_at
        FROM conv, (VALUES (${userMessage.id}::uuid, 'USER', ${userText}, '[]'::jsonb, ${now}::timestamptz),
          (${answer.id}::uuid, 'ASSISTANT', ${reply.content}, ${JSON.stringify(reply.citations)}::jsonb, ${later}::timestamptz)) AS m(id, role, content, citations, created_at)
        RETURNING 1),
      audit AS (
        INSERT INTO audit_events (organization_id, actor_user_id, action, subject_type, subject_id, request_id, at, api_key_id, patient_id, actor_type, actor_job)
        SELECT ${event.organizationId}::uuid, ${event.actorUserId ?? null}::uuid, ${event.action}, ${event.subjectType}, ${event.subjectId ?? null},
          ${event.requestId ?? null}, ${now}, ${event.apiKeyId ?? null}::uuid, ${event.patientId ?? null}::uuid, ${event.actorType ?? 'USER'}, ${event.actorJob ?? null}
        FROM conv
        RETURNING 1)
      SELECT (SELECT count(*) FROM msgs)::int + (SELECT count(*) FROM audit)::int AS written`;
    if (!rows[0]?.written) return null;
    return { conversationId: id, userMessage, reply: answer };
  }

  /** Appends the patient's message and the reply, creating the conversation when needed. */
  async appendExchange(
    tx: Tx,
    principal: Principal,
    conversationId: string | null,
    userText: string,
    reply: { content: string; citations: Citation[] },
  ): Promise<{ conversationId: string; userMessage: Message; reply: Message }> {
    const conversation = conversationId
      ? await tx.conversation.update({ where: { id: conversationId }, data: { updatedAt: new Date() } })
      : await tx.conversation.create({ data: { organizationId: principal.organizationId, patientId: principal.userId } });
    const userMessage = await tx.message.create({ data: { conversationId: conversation.id, role: 'USER', content: userText } });
    const answer = await tx.message.create({
      data: { conversationId: conversation.id, role: 'ASSISTANT', content: reply.content, citations: reply.citations as unknown as Prisma.InputJsonValue, createdAt: new Date(userMessage.createdAt.getTime() + 1) },
    });
    return { conversationId: conversation.id, userMessage, reply: answer };
  }

  /** Runs `work` in one transaction (an exchange is stored with its alert and audit event, or not at all). */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }
}

interface ConversationRow {
  id: string;
  organizationId: string;
  patientId: string;
  createdAt: Date;
  updatedAt: Date;
}

interface MessageRow {
  messageId: string;
  role: string;
  content: string;
  citations: unknown;
  messageCreatedAt: Date;
}
