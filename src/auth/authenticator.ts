import type { Database, Role, User } from '../db/prisma';
import type { Logger } from '../logger';
import { safeError } from '../logger';
import { matchesDigest, parsePrefix } from './api-key-secret';
import type { Principal } from './principal';
import { isTransientDatabaseError } from '../infra/transient';

interface KeyRow {
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

/** A valid key's principal, and its user as read in the same statement. */
export interface Authenticated {
  principal: Principal;
  /** The user the key acts as, read with the key: a request that needs it (`me`) reads it once. */
  user: User;
}

/**
 * Resolves an API key secret to a Principal. One indexed lookup by prefix, a constant-time digest
 * compare, and no cache, so a revocation takes effect on the very next request.
 */
export class Authenticator {
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    private readonly touchIntervalMs: number,
  ) {}

  /** The principal for a secret, or null when it is missing, malformed, unknown, revoked or expired. */
  async authenticate(secret: string | undefined | null): Promise<Principal | null> {
    return (await this.authenticateWithUser(secret))?.principal ?? null;
  }

  /** The principal and its user for a secret, or null when it is missing, malformed, unknown, revoked or expired. */
  async authenticateWithUser(secret: string | undefined | null): Promise<Authenticated | null> {
    if (!secret) return null;
    const prefix = parsePrefix(secret.trim());
    if (!prefix) return null;
    // One round trip on every request: Prisma would load the user relation with a second query.
    const [key] = await this.lookUp(prefix);
    if (!key || !matchesDigest(secret.trim(), key.digest)) return null;
    const now = Date.now();
    if (key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= now)) return null;
    this.touch(key.id, now);
    return {
      principal: { organizationId: key.organizationId, userId: key.userId, role: key.role, apiKeyId: key.id },
      user: { id: key.userId, organizationId: key.organizationId, email: key.email, name: key.name, role: key.role, createdAt: key.userCreatedAt },
    };
  }

  /** The key row, read once more after a dropped connection: a read is safe to repeat. */
  private async lookUp(prefix: string): Promise<KeyRow[]> {
    try {
      return await this.query(prefix);
    } catch (error) {
      if (!isTransientDatabaseError(error)) throw error;
      // Let the pool notice the other connections that died with this one before handing one out.
      await new Promise((resolve) => setImmediate(resolve));
      return this.query(prefix);
    }
  }

  private query(prefix: string): Promise<KeyRow[]> {
    return this.db.$queryRaw<KeyRow[]>`
      SELECT k.id, k.digest, k.organization_id AS "organizationId", k.user_id AS "userId", k.expires_at AS "expiresAt",
             k.revoked_at AS "revokedAt", u.role::text AS role, u.email, u.name, u.created_at AS "userCreatedAt"
      FROM api_keys k JOIN users u ON u.id = k.user_id AND u.organization_id = k.organization_id
      WHERE k.prefix = ${prefix}`;
  }

  /** Records lastUsedAt at most once per interval per key and process: not a write per request. */
  private touch(keyId: string, now: number): void {
    const last = this.lastTouched.get(keyId);
    if (last !== undefined && now - last < this.touchIntervalMs) return;
    this.lastTouched.set(keyId, now);
    if (this.lastTouched.size > 10_000) this.lastTouched.clear();
    this.db.apiKey
      .updateMany({ where: { id: keyId }, data: { lastUsedAt: new Date(now) } })
      .catch((error: unknown) => this.log.warn({ err: safeError(error), apiKeyId: keyId }, 'could not record key use'));
  }
}
