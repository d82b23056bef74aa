import type { Principal } from '../auth/principal';
import { apiKeyWhere } from '../auth/scope';
import type { ApiKey, Database, Role, Tx } from '../db/prisma';

/** A key row to write: everything but the generated columns (the secret itself is never stored). */
export type NewApiKeyRow = Pick<ApiKey, 'organizationId' | 'userId' | 'name' | 'prefix' | 'expiresAt' | 'createdByUserId'> & { digest: Uint8Array<ArrayBuffer> };

/** A key as authentication reads it: the key and its user, in one statement. */
export interface KeyWithUser {
  id: string;
  digest: Uint8Array;
  organizationId: string;
  userId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  role: Role;
  email: string;
  name: string;
  userCreatedAt: Date;
}

/**
 * Every query of API keys. A caller's reads take its `Principal` and see only the keys it may (the
 * organization's for an ADMIN, else its own); authentication reads by prefix before there is a
 * caller, and the usage recorder writes last-use times for no caller.
 */
export class ApiKeyRepository {
  constructor(private readonly db: Database) {}

  /** A key the principal may see or revoke, or null. */
  findVisible(principal: Principal, id: string): Promise<ApiKey | null> {
    return this.db.apiKey.findFirst({ where: { AND: [apiKeyWhere(principal), { id }] } });
  }

  /** Keys the principal may see, optionally of one user, oldest first. */
  listVisible(principal: Principal, userId?: string | null): Promise<ApiKey[]> {
    return this.db.apiKey.findMany({
      where: { AND: [apiKeyWhere(principal), userId ? { userId } : {}] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Writes a new key row inside `tx`. */
  create(tx: Tx, row: NewApiKeyRow): Promise<ApiKey> {
    return tx.apiKey.create({ data: row });
  }

  /** Marks a key revoked now, inside `tx`. */
  revoke(tx: Tx, id: string): Promise<ApiKey> {
    return tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }

  /**
   * The key with `prefix` and its user, read in one round trip (Prisma would load the user relation
   * with a second query); at most one row (the prefix is unique).
   */
  findForAuthentication(prefix: string): Promise<KeyWithUser[]> {
    return this.db.$queryRaw<KeyWithUser[]>`
      SELECT k.id, k.digest, k.organization_id AS "organizationId", k.user_id AS "userId", k.expires_at AS "expiresAt",
             k.revoked_at AS "revokedAt", u.role::text AS role, u.email, u.name, u.created_at AS "userCreatedAt"
      FROM api_keys k JOIN users u ON u.id = k.user_id AND u.organization_id = k.organization_id
      WHERE k.prefix = ${prefix}`;
  }

  /** Sets each key's lastUsedAt to its time in one statement, never moving it backwards. */
  async recordUses(ids: string[], times: Date[]): Promise<void> {
    await this.db.$executeRaw`
      UPDATE api_keys k SET last_used_at = u.at
      FROM unnest(${ids}::uuid[], ${times}::timestamptz[]) AS u(id, at)
      WHERE k.id = u.id AND (k.last_used_at IS NULL OR k.last_used_at < u.at)`;
  }
}
