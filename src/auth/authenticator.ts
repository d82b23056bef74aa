import type { ApiKeyRepository, KeyWithUser } from '../apikeys/apikey.repository';
import type { User } from '../db/prisma';
import { digestOf, parsePrefix } from './api-key-secret';
import type { KeyUsageRecorder } from './key-usage';
import type { Principal } from './principal';
import type { PrincipalCache } from './principal-cache';
import type { RevocationBus } from './revocation-bus';
import { isTransientDatabaseError } from '../infra/transient';
import { hash, timingSafeEqual } from 'node:crypto';

/** A valid key's principal, and its user as read in the same statement. */
export interface Authenticated {
  principal: Principal;
  /** The user the key acts as, read with the key: a request that needs it (`me`) reads it once. */
  user: User;
  /** When the key stops authenticating (null: never, unless revoked). */
  expiresAt: Date | null;
}

/** Why a secret did not authenticate; only `revoked` and `expired` are told apart to the key's holder. */
export type AuthFailure = 'missing' | 'invalid' | 'revoked' | 'expired';

/** The outcome of checking a secret. */
export type AuthCheck = { ok: true; authenticated: Authenticated } | { ok: false; reason: AuthFailure };

/**
 * Resolves an API key secret to a Principal. A valid key's principal is cached by the digest of
 * its secret; the cache honours expiresAt to the millisecond, is emptied of a key the moment any
 * replica revokes it (RevocationBus), and is not used at all while the bus is not subscribed.
 * A miss is one indexed lookup by prefix and a constant-time digest compare.
 */
export class Authenticator {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly cache: PrincipalCache,
    private readonly bus: RevocationBus,
    private readonly usage: KeyUsageRecorder,
  ) {
    bus.on('revoked', ({ keyIds }) => cache.revoke(keyIds));
    bus.on('resync', () => cache.clear());
  }

  /** The principal for a secret, or null when it is missing, malformed, unknown, revoked or expired. */
  async authenticate(secret: string | undefined | null): Promise<Principal | null> {
    return (await this.authenticateWithUser(secret))?.principal ?? null;
  }

  /** The principal and its user for a secret, or null when it is missing, malformed, unknown, revoked or expired. */
  async authenticateWithUser(secret: string | undefined | null): Promise<Authenticated | null> {
    const outcome = await this.check(secret);
    return outcome.ok ? outcome.authenticated : null;
  }

  /** Checks a secret and says why it failed. */
  async check(secret: string | undefined | null): Promise<AuthCheck> {
    if (!secret) return { ok: false, reason: 'missing' };
    const trimmed = secret.trim();
    const now = Date.now();
    const useCache = this.bus.isLive;
    // A hit needs no parsing: only a secret that authenticated before has its digest cached.
    const cached = useCache && trimmed.length < 128 ? this.cache.get(cacheKeyOf(trimmed), now) : undefined;
    if (cached) {
      this.usage.record(cached.principal.apiKeyId, now);
      return { ok: true, authenticated: cached };
    }
    const prefix = parsePrefix(trimmed);
    if (!prefix) return { ok: false, reason: 'invalid' };
    const digest = digestOf(trimmed);
    const digestKey = digest.toString('base64');
    const snapshot = this.cache.snapshot();
    // One round trip: Prisma would load the user relation with a second query.
    const [key] = await this.lookUp(prefix);
    if (!key || key.digest.length !== digest.length || !timingSafeEqual(digest, Buffer.from(key.digest))) return { ok: false, reason: 'invalid' };
    const checkedAt = Date.now();
    if (key.revokedAt) return { ok: false, reason: 'revoked' };
    if (key.expiresAt && key.expiresAt.getTime() <= checkedAt) return { ok: false, reason: 'expired' };
    const authenticated: Authenticated = {
      principal: { organizationId: key.organizationId, userId: key.userId, role: key.role, apiKeyId: key.id },
      user: { id: key.userId, organizationId: key.organizationId, email: key.email, name: key.name, role: key.role, createdAt: key.userCreatedAt },
      expiresAt: key.expiresAt,
    };
    if (useCache && this.bus.isLive) this.cache.set(digestKey, authenticated, key.expiresAt, snapshot, checkedAt);
    this.usage.record(key.id, checkedAt);
    return { ok: true, authenticated };
  }

  /** The key row, read once more after a dropped connection: a read is safe to repeat. */
  private async lookUp(prefix: string): Promise<KeyWithUser[]> {
    try {
      return await this.query(prefix);
    } catch (error) {
      if (!isTransientDatabaseError(error)) throw error;
      // Let the pool notice the other connections that died with this one before handing one out.
      await new Promise((resolve) => setImmediate(resolve));
      return this.query(prefix);
    }
  }

  private query(prefix: string): Promise<KeyWithUser[]> {
    return this.keys.findForAuthentication(prefix);
  }
}

/** The cache key of a secret: its SHA-256 in base64 (the one-shot hash is several times cheaper than createHash). */
function cacheKeyOf(secret: string): string {
  return hash('sha256', secret, 'base64');
}
