import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { Conversation, Database } from '../db/prisma';
import { decodeCursor, type Page, requirePageSize, toPage } from '../pagination/page';
import { ConversationHistoryRepository } from './conversation-history.repository';

/** Paging the patient's conversations: most recently active first, then by id (audited). */
export class ConversationPageService {
  private readonly conversations: ConversationHistoryRepository;

  constructor(
    db: Database,
    private readonly audit: AuditService,
  ) {
    this.conversations = new ConversationHistoryRepository(db);
  }

  /** One page of the calling patient's own conversations. */
  async page(caller: Caller, filter: { first: number; after?: string | null }): Promise<Page<Conversation>> {
    const first = requirePageSize(filter.first);
    const cursor = decodeCursor(filter.after);
    const rows = await this.conversations.pageOwn(caller.principal, cursor, first + 1);
    const { userId } = caller.principal;
    await this.audit.record(caller, { action: 'conversation.list', subjectType: 'Patient', subjectId: userId, patientId: userId });
    return toPage(rows, first, (c) => c.updatedAt);
  }
}
