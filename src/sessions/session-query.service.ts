import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { Database, Session, SessionStatus } from '../db/prisma';
import { AppError } from '../errors';
import { isId } from '../ids';
import { decodeCursor, type Page, requirePageSize, toPage } from '../pagination/page';
import { SessionRepository } from './session.repository';

/** Filters of the session lists; every one optional. */
export interface SessionFilter {
  patientId?: string | null;
  status?: SessionStatus | null;
  /** Only sessions recorded at or after this instant. */
  recordedFrom?: Date | null;
  /** Only sessions recorded before this instant. */
  recordedTo?: Date | null;
  first: number;
}

/**
 * Listing sessions for a dashboard: scoped to the caller, filtered, paged by an opaque cursor over
 * (recordedAt DESC, id DESC). Each list is audited once per patient it showed.
 */
export class SessionQueryService {
  private readonly sessions: SessionRepository;

  constructor(
    db: Database,
    private readonly audit: AuditService,
  ) {
    this.sessions = new SessionRepository(db);
  }

  /** Sessions the caller may see, newest recording first (the plain list of `sessions`). */
  async list(caller: Caller, filter: SessionFilter): Promise<Session[]> {
    return (await this.page(caller, { ...filter, after: null })).items;
  }

  /** One page of the sessions the caller may see, newest recording first. */
  async page(caller: Caller, filter: SessionFilter & { after?: string | null }): Promise<Page<Session>> {
    const first = requirePageSize(filter.first);
    const cursor = decodeCursor(filter.after);
    if (filter.recordedFrom && filter.recordedTo && filter.recordedFrom > filter.recordedTo) {
      throw AppError.badInput('recordedFrom must not be after recordedTo', { field: 'recordedFrom' });
    }
    if (filter.patientId && !isId(filter.patientId)) return { items: [], endCursor: null, hasNextPage: false };
    const rows = await this.sessions.listVisible(caller.principal, {
      patientId: filter.patientId ? filter.patientId.toLowerCase() : undefined,
      status: filter.status,
      recordedFrom: filter.recordedFrom,
      recordedTo: filter.recordedTo,
      cursor,
      take: first + 1,
    });
    const page = toPage(rows, first, (s) => s.recordedAt);
    await this.auditList(caller, page.items, filter.patientId ?? null);
    return page;
  }

  /** One event per patient the list showed (or one for the filter when it showed nothing). */
  private async auditList(caller: Caller, sessions: Session[], patientFilter: string | null): Promise<void> {
    const patients = [...new Set(sessions.map((s) => s.patientId))];
    const entries = patients.length
      ? patients.map((patientId) => ({ action: 'session.list', subjectType: 'Patient', subjectId: patientId, patientId }))
      : [{ action: 'session.list', subjectType: 'Patient', subjectId: patientFilter, patientId: patientFilter && isId(patientFilter) ? patientFilter : null }];
    await this.audit.recordMany(caller, entries);
  }
}
