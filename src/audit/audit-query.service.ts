import type { Caller } from '../auth/caller';
import { mayExportAudit } from '../auth/policy';
import type { AuditEvent, Database } from '../db/prisma';
import { AppError } from '../errors';
import { isId } from '../ids';
import { requirePageSize } from '../pagination/page';
import { AuditRepository, type AuditWhere } from './audit.repository';
import type { AuditService } from './audit.service';

/** One page of the audit trail, newest first. */
export interface AuditPage {
  items: AuditEvent[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Filters of the audit trail; all optional, combined with AND. */
export interface AuditFilter {
  subjectId?: string | null;
  actorUserId?: string | null;
  /** Every event concerning this patient: "who touched patient X". */
  patientId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Rows read per round trip while exporting. */
const EXPORT_BATCH = 500;

/** Reading the audit trail (ADMIN): who read or changed which PHI, filtered, paged and exported. */
export class AuditQueryService {
  private readonly events: AuditRepository;

  constructor(
    db: Database,
    private readonly audit: AuditService,
  ) {
    this.events = new AuditRepository(db);
  }

  /** Events of the caller's organization, newest first; `after` is the last id of the previous page. */
  async list(caller: Caller, filter: AuditFilter & { first: number; after?: string | null }): Promise<AuditPage> {
    const first = requirePageSize(filter.first);
    const where = this.whereOf(filter);
    if (!where || (filter.after && !isId(filter.after))) return { items: [], endCursor: null, hasNextPage: false };
    const rows = await this.events.newestFirst(caller.principal, where, first + 1, filter.after);
    await this.audit.record(caller, { action: 'audit.read', subjectType: 'AuditEvent', subjectId: filter.subjectId ?? null, patientId: this.patientOf(filter) });
    const items = rows.slice(0, first);
    return { items, endCursor: items.at(-1)?.id ?? null, hasNextPage: rows.length > first };
  }

  /**
   * Every matching event, oldest first, in batches (keyset over (at, id)): a compliance export of
   * any size streams with bounded memory. The export itself is audited before the first row.
   */
  async *export(caller: Caller, filter: AuditFilter): AsyncGenerator<AuditEvent> {
    if (!mayExportAudit(caller.principal)) throw AppError.forbidden('Only an admin can export the audit trail');
    const where = this.whereOf(filter);
    await this.audit.record(caller, { action: 'audit.export', subjectType: 'AuditEvent', subjectId: filter.subjectId ?? null, patientId: this.patientOf(filter) });
    if (!where) return;
    let last: { at: Date; id: string } | null = null;
    for (;;) {
      const rows: AuditEvent[] = await this.events.oldestFirst(caller.principal, where, EXPORT_BATCH, last);
      yield* rows;
      if (rows.length < EXPORT_BATCH) return;
      last = rows[rows.length - 1];
    }
  }

  /** The filters (the repository adds the caller's organization); null when a filter id is malformed (nothing matches). */
  private whereOf(filter: AuditFilter): AuditWhere | null {
    if ((filter.actorUserId && !isId(filter.actorUserId)) || (filter.patientId && !isId(filter.patientId))) return null;
    if (filter.from && filter.to && filter.from > filter.to) throw AppError.badInput('from must not be after to', { field: 'from' });
    return {
      ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
      ...(filter.actorUserId ? { actorUserId: filter.actorUserId.toLowerCase() } : {}),
      ...(filter.patientId ? { patientId: filter.patientId.toLowerCase() } : {}),
      ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
    };
  }

  private patientOf(filter: AuditFilter): string | null {
    return filter.patientId && isId(filter.patientId) ? filter.patientId.toLowerCase() : null;
  }
}
