import { mintApiKey } from '../auth/api-key-secret';
import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import { apiKeyWhere } from '../auth/scope';
import type { ApiKey, Database } from '../db/prisma';
import { AppError } from '../errors';
import { isId, requireId } from '../ids';

/** Input of createApiKey. */
export interface NewApiKey {
  userId: string;
  name: string;
  expiresAt?: Date | null;
}

/** Issuing, listing and revoking API keys. The secret exists only in the createApiKey answer. */
export class ApiKeyService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /** Issues a key acting as `userId` (a user of the caller's organization). */
  async create(caller: Caller, input: NewApiKey): Promise<{ apiKey: ApiKey; secret: string }> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw AppError.badInput('expiresAt must be in the future', { field: 'expiresAt' });
    }
    const user = await this.db.user.findFirst({ where: { id: requireId(input.userId, 'User'), organizationId: caller.principal.organizationId } });
    if (!user) throw AppError.notFound('User');
    const minted = mintApiKey();
    const apiKey = await this.db.$transaction(async (tx) => {
      const key = await tx.apiKey.create({
        data: {
          organizationId: user.organizationId,
          userId: user.id,
          name: input.name.trim(),
          prefix: minted.prefix,
          digest: new Uint8Array(minted.digest),
          expiresAt: input.expiresAt ?? null,
        },
      });
      await this.audit.record(caller, { action: 'apikey.create', subjectType: 'ApiKey', subjectId: key.id, patientId: user.role === 'PATIENT' ? user.id : null }, tx);
      return key;
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

  /** Revokes a key now (idempotent): the next request with it is UNAUTHENTICATED. */
  async revoke(caller: Caller, id: string): Promise<ApiKey> {
    const key = await this.db.apiKey.findFirst({ where: { AND: [apiKeyWhere(caller.principal), { id: requireId(id, 'API key') }] } });
    if (!key) throw AppError.notFound('API key');
    if (key.revokedAt) return key;
    return this.db.$transaction(async (tx) => {
      const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
      await this.audit.record(caller, { action: 'apikey.revoke', subjectType: 'ApiKey', subjectId: id, patientId: null }, tx);
      return revoked;
    });
  }
}
