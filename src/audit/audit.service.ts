import type { Caller } from '../auth/caller';
import type { Database, Prisma } from '../db/prisma';

/** What an audit event says happened; never PHI text, only ids and verbs. */
export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | null;
}

type Writer = Pick<Database, 'auditEvent'> | Prisma.TransactionClient;

/**
 * Records who read or changed which PHI. A failed audit write fails the request: an access
 * that cannot be accounted for must not happen silently.
 */
export class AuditService {
  constructor(private readonly db: Database) {}

  /** Appends one event; pass `tx` to make it part of the change it describes. */
  async record(caller: Caller, entry: AuditEntry, tx: Writer = this.db): Promise<void> {
    await tx.auditEvent.create({
      data: {
        organizationId: caller.principal.organizationId,
        actorUserId: caller.principal.userId,
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId ?? null,
        requestId: caller.requestId,
      },
    });
  }
}
