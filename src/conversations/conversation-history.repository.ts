import type { Principal } from '../auth/principal';
import type { Conversation, Database, Prisma, Tx } from '../db/prisma';
import { afterDescending, type Cursor } from '../pagination/page';

/**
 * Conversations as a record: the patient's own list, page by page, and the erasure of answers that
 * quoted what is no longer kept. (The chat's own reads and writes of one conversation are in
 * chat/conversation.repository.ts.) Reads take the `Principal` and see only the patient's own.
 */
export class ConversationHistoryRepository {
  constructor(private readonly db: Database) {}

  /** The patient's own conversations after `cursor`, most recently active first, then by id. */
  pageOwn(principal: Principal, cursor: Cursor | null, take: number): Promise<Conversation[]> {
    const { organizationId, userId } = principal;
    return this.db.conversation.findMany({
      where: { AND: [{ organizationId, patientId: userId }, afterDescending('updatedAt', cursor) as Prisma.ConversationWhereInput] },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take,
    });
  }

  /**
   * Replaces the text and citations of every answer in the patient's conversations that quoted one
   * of `sessionIds`, inside `tx`; the message keeps its place in the conversation with `note` as its content.
   */
  async eraseAnswersQuoting(tx: Tx, patientId: string, sessionIds: string[], note: string): Promise<number> {
    if (sessionIds.length === 0) return 0;
    return tx.$executeRaw`UPDATE messages SET content = ${note}, citations = '[]'::jsonb
    WHERE conversation_id IN (SELECT id FROM conversations WHERE patient_id = ${patientId}::uuid)
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(citations) AS cited WHERE cited->>'sessionId' = ANY(${sessionIds}::text[]))`;
  }
}
