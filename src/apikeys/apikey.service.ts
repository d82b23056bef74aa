import { mintApiKey } from '../auth/api-key-secret';
import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { RevocationBus } from '../auth/revocation-bus';
import { mayIssueKeyFor, mayMintKeyOf } from '../auth/policy';
import type { ApiKey, Database, Tx } from '../db/prisma';
import { AppError } from '../errors';
import { isId, requireId } from '../ids';
import { UserRepository } from '../users/user.repository';
import { ApiKeyRepository } from './apikey.repository';

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
  private readonly keys: ApiKeyRepository;
  private readonly users: UserRepository;

  constructor(
    db: Database,
    private readonly audit: AuditService,
    private readonly bus: RevocationBus,
  ) {
    this.keys = new ApiKeyRepository(db);
    this.users = new UserRepository(db);
  }

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
    if (!mayIssueKeyFor(principal, userId)) throw AppError.forbidden('Only an ADMIN may issue keys for other users (you may issue keys for yourself); a patient gets a key by redeeming a code from createEnrollment');
    const user = await this.users.findInOrganization(principal, userId);
    if (!user) throw AppError.notFound('User');
    if (!mayMintKeyOf(principal, user)) throw AppError.forbidden(PATIENT_KEY_REFUSAL);
    return this.keys.transaction(async (tx) => {
      const issued = await this.issue(tx, { organizationId: user.organizationId, userId: user.id, name: input.name, expiresAt: input.expiresAt ?? null, createdByUserId: principal.userId });
      await this.audit.record(caller, { action: 'apikey.create', subjectType: 'ApiKey', subjectId: issued.apiKey.id, patientId: user.role === 'PATIENT' ? user.id : null }, tx);
      return issued;
    });
  }

  /** Writes a new key row inside `tx`; the secret is returned and never stored. */
  async issue(tx: Tx, key: KeyToIssue): Promise<{ apiKey: ApiKey; secret: string }> {
    const minted = mintApiKey();
    const apiKey = await this.keys.create(tx, {
      organizationId: key.organizationId,
      userId: key.userId,
      name: key.name.trim(),
      prefix: minted.prefix,
      digest: new Uint8Array(minted.digest),
      expiresAt: key.expiresAt,
      createdByUserId: key.createdByUserId,
    });
    return { apiKey, secret: minted.secret };
  }

  /** Keys the caller may see (ADMIN: the organization's, optionally of one user; others: their own). */
  async list(caller: Caller, userId?: string | null): Promise<ApiKey[]> {
    if (userId && !isId(userId)) return [];
    return this.keys.listVisible(caller.principal, userId);
  }

  /**
   * Revokes a key now (idempotent). Every API replica drops it from its cache and closes its open
   * sockets within a round trip of Redis; this process does so before answering.
   */
  async revoke(caller: Caller, id: string): Promise<ApiKey> {
    const key = await this.keys.findVisible(caller.principal, requireId(id, 'API key'));
    if (!key) throw AppError.notFound('API key');
    if (key.revokedAt) return key;
    const revoked = await this.keys.transaction(async (tx) => {
      const row = await this.keys.revoke(tx, key.id);
      await this.audit.record(caller, { action: 'apikey.revoke', subjectType: 'ApiKey', subjectId: key.id, patientId: null }, tx);
      return row;
    });
    await this.bus.publish({ keyIds: [key.id], reason: 'revoked' });
    return revoked;
  }
}
