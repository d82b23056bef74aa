import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { Conversation, Database, Prisma } from '../db/prisma';
import { afterDescending, decodeCursor, type Page, requirePageSize, toPage } from '../pagination/page';

/** Paging the patient's conversations: most recently active first, then by id (audited). */
export class ConversationPageService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /** One page of the calling patient's own conversations. */
  async page(caller: Caller, filter: { first: number; after?: string | null }): Promise<Page<Conversation>> {
    const first = requirePageSize(filter.first);
    const cursor = decodeCursor(filter.after);
    const { organizationId, userId } = caller.principal;
    const rows = await this.db.conversation.findMany({
      where: { AND: [{ organizationId, patientId: userId }, afterDescending('updatedAt', cursor) as Prisma.ConversationWhereInput] },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: first + 1,
    });
    await this.audit.record(caller, { action: 'conversation.list', subjectType: 'Patient', subjectId: userId, patientId: userId });
    return toPage(rows, first, (c) => c.updatedAt);
  }
}
