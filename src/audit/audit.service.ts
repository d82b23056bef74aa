import type { Caller } from '../auth/caller';
import type { Database, Prisma } from '../db/prisma';
import { isId } from '../ids';

/** What an audit event says happened; never PHI text, only ids and verbs. */
export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** The key the action came through, when not the caller's own (null: none, e.g. an enrollment redemption). */
  apiKeyId?: string | null;
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
        apiKeyId: keyIdOf(caller, entry),
      },
    });
  }
}

/** The key an action came through; principals built outside a request (scripts) carry no real key id. */
function keyIdOf(caller: Caller, entry: AuditEntry): string | null {
  const keyId = entry.apiKeyId !== undefined ? entry.apiKeyId : caller.principal.apiKeyId;
  return keyId && isId(keyId) ? keyId : null;
}
