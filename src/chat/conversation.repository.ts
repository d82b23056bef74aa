import type { Principal } from '../auth/principal';
import type { Conversation, Database, Message, Prisma, Tx } from '../db/prisma';
import type { Citation } from './citations';

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
