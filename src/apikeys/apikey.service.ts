import { mintApiKey } from '../auth/api-key-secret';
import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { RevocationBus } from '../auth/revocation-bus';
import { apiKeyWhere } from '../auth/scope';
import type { ApiKey, Database, Prisma } from '../db/prisma';
import { AppError } from '../errors';
import { isId, requireId } from '../ids';

/** Input of createApiKey. */
export interface NewApiKey {
  userId: string;
  name: string;
  expiresAt?: Date | null;
}

/** What a new key row needs; shared by createApiKey and enrollment redemption. */
export interface KeyToIssue {
  organizationId: string;
  userId: string;
  name: string;
  expiresAt: Date | null;
  createdByUserId: string;
}

/** The refusal an admin gets for a patient's key: patients' keys come from enrollments only. */
export const PATIENT_KEY_REFUSAL = "A patient's key can only be obtained by the patient: use createEnrollment and let the patient redeem the code (redeemEnrollment)";

/** Issuing, listing and revoking API keys. The secret exists only in the createApiKey answer. */
export class ApiKeyService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly bus: RevocationBus,
  ) {}

  /**
   * Issues a key acting as `userId`: anyone for themself, an ADMIN also for the organization's
   * admins and therapists. Nobody mints a key for a patient but the patient (see enrollments).
   */
  async create(caller: Caller, input: NewApiKey): Promise<{ apiKey: ApiKey; secret: string }> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw AppError.badInput('expiresAt must be in the future', { field: 'expiresAt' });
    }
    const { principal } = caller;
    const userId = requireId(input.userId, 'User');
    const isSelf = userId === principal.userId;
    if (!isSelf && principal.role !== 'ADMIN') throw AppError.forbidden('Only an ADMIN may issue keys for other users (you may issue keys for yourself); a patient gets a key by redeeming a code from createEnrollment');
    const user = await this.db.user.findFirst({ where: { id: userId, organizationId: principal.organizationId } });
    if (!user) throw AppError.notFound('User');
    if (user.role === 'PATIENT' && !isSelf) throw AppError.forbidden(PATIENT_KEY_REFUSAL);
    return this.db.$transaction(async (tx) => {
      const issued = await this.issue(tx, { organizationId: user.organizationId, userId: user.id, name: input.name, expiresAt: input.expiresAt ?? null, createdByUserId: principal.userId });
      await this.audit.record(caller, { action: 'apikey.create', subjectType: 'ApiKey', subjectId: issued.apiKey.id, patientId: user.role === 'PATIENT' ? user.id : null }, tx);
      return issued;
    });
  }

  /** Writes a new key row inside `tx`; the secret is returned and never stored. */
  async issue(tx: Prisma.TransactionClient, key: KeyToIssue): Promise<{ apiKey: ApiKey; secret: string }> {
    const minted = mintApiKey();
    const apiKey = await tx.apiKey.create({
      data: {
        organizationId: key.organizationId,
        userId: key.userId,
        name: key.name.trim(),
        prefix: minted.prefix,
        digest: new Uint8Array(minted.digest),
        expiresAt: key.expiresAt,
        createdByUserId: key.createdByUserId,
      },
    });
    return { apiKey, secret: minted.secret };
  }

  /** Keys the caller may see (ADMIN: the organization's, optionally of one user; others: their own). */
  async list(caller: Caller, userId?: string | null): Promise<ApiKey[]> {
    if (userId && !isId(userId)) return [];
    return this.db.apiKey.findMany({
      where: { AND: [apiKeyWhere(caller.principal), userId ? { userId } : {}] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /**
   * Revokes a key now (idempotent). Every API replica drops it from its cache and closes its open
   * sockets within a round trip of Redis; this process does so before answering.
   */
  async revoke(caller: Caller, id: string): Promise<ApiKey> {
    const key = await this.db.apiKey.findFirst({ where: { AND: [apiKeyWhere(caller.principal), { id: requireId(id, 'API key') }] } });
    if (!key) throw AppError.notFound('API key');
    if (key.revokedAt) return key;
    const revoked = await this.db.$transaction(async (tx) => {
      const row = await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
      await this.audit.record(caller, { action: 'apikey.revoke', subjectType: 'ApiKey', subjectId: key.id, patientId: null }, tx);
      return row;
    });
    await this.bus.publish({ keyIds: [key.id], reason: 'revoked' });
    return revoked;
  }
}
