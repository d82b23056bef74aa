import type { Caller } from '../auth/caller';
import type { AuditEvent, Database } from '../db/prisma';
import { isId } from '../ids';
import type { AuditService } from './audit.service';

/** One page of the audit trail, newest first. */
export interface AuditPage {
  items: AuditEvent[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Reading the audit trail (ADMIN): who read or changed which PHI, filtered and paginated. */
export class AuditQueryService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /** Events of the caller's organization, newest first; `after` is the last id of the previous page. */
  async list(caller: Caller, filter: { subjectId?: string | null; actorUserId?: string | null; first: number; after?: string | null }): Promise<AuditPage> {
    if ((filter.actorUserId && !isId(filter.actorUserId)) || (filter.after && !isId(filter.after))) return { items: [], endCursor: null, hasNextPage: false };
    const rows = await this.db.auditEvent.findMany({
      where: {
        organizationId: caller.principal.organizationId,
        ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
        ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
      },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: filter.first + 1,
      ...(filter.after ? { cursor: { id: filter.after }, skip: 1 } : {}),
    });
    await this.audit.record(caller, { action: 'audit.read', subjectType: 'AuditEvent', subjectId: filter.subjectId ?? null });
    const items = rows.slice(0, filter.first);
    return { items, endCursor: items.at(-1)?.id ?? null, hasNextPage: rows.length > filter.first };
  }
}
