import type { Database } from '../db/prisma';
import type { Logger } from '../logger';
import { safeError } from '../logger';
import { matchesDigest, parsePrefix } from './api-key-secret';
import type { Principal } from './principal';

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
    if (!secret) return null;
    const prefix = parsePrefix(secret.trim());
    if (!prefix) return null;
    const key = await this.db.apiKey.findUnique({
      where: { prefix },
      select: { id: true, digest: true, organizationId: true, userId: true, expiresAt: true, revokedAt: true, user: { select: { role: true } } },
    });
    if (!key || !matchesDigest(secret.trim(), key.digest)) return null;
    const now = Date.now();
    if (key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= now)) return null;
    this.touch(key.id, now);
    return { organizationId: key.organizationId, userId: key.userId, role: key.user.role, apiKeyId: key.id };
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
