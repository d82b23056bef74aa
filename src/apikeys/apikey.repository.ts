import type { Principal } from '../auth/principal';
import { apiKeyWhere } from '../auth/scope';
import type { ApiKey, Database, Prisma } from '../db/prisma';

type Tx = Prisma.TransactionClient;

/** A key row to write: everything but the generated columns (the secret itself is never stored). */
export type NewApiKeyRow = Pick<ApiKey, 'organizationId' | 'userId' | 'name' | 'prefix' | 'expiresAt' | 'createdByUserId'> & { digest: Uint8Array<ArrayBuffer> };

/**
 * Every query of API keys but authentication's own (auth/authenticator.ts). Reads take the caller's
 * `Principal` and see only the keys it may (the organization's for an ADMIN, else its own).
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
}
