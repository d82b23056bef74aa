import type { Authenticated } from './authenticator';

interface Entry {
  authenticated: Authenticated;
  /** Epoch ms after which the key no longer authenticates (its expiresAt), or null. */
  expiresAtMs: number | null;
  /** Epoch ms after which the entry is read again from the database (a safety net, not the mechanism). */
  staleAtMs: number;
}

/**
 * Valid keys' principals by digest of the secret, in this process. Entries leave at once when a
 * key is revoked (RevocationBus), at the key's expiresAt to the millisecond, after a TTL, or when
 * the cache is cleared. The map keeps insertion order, so the oldest entry goes first when full.
 */
export class PrincipalCache {
  private readonly byDigest = new Map<string, Entry>();
  private readonly digestsByKey = new Map<string, string>();
  /** Bumped by every revocation and clear: a lookup that started before one must not cache its result. */
  private epoch = 0;

  constructor(
    private readonly maxKeys: number,
    private readonly ttlMs: number,
  ) {}

  /** The cached principal for a digest, or undefined (expired entries are dropped here). */
  get(digest: string, now: number): Authenticated | undefined {
    const entry = this.byDigest.get(digest);
    if (!entry) return undefined;
    if ((entry.expiresAtMs !== null && entry.expiresAtMs <= now) || entry.staleAtMs <= now) {
      this.remove(entry.authenticated.principal.apiKeyId);
      return undefined;
    }
    return entry.authenticated;
  }

  /** A token to pass to `set`: a `set` after a clear or a revocation of that key is ignored. */
  snapshot(): number {
    return this.epoch;
  }

  /** Caches a principal read from the database at `snapshot` time. */
  set(digest: string, authenticated: Authenticated, expiresAt: Date | null, snapshot: number, now: number): void {
    const keyId = authenticated.principal.apiKeyId;
    if (this.maxKeys === 0 || snapshot !== this.epoch) return;
    if (this.byDigest.size >= this.maxKeys) this.remove(this.byDigest.values().next().value!.authenticated.principal.apiKeyId);
    this.byDigest.set(digest, { authenticated, expiresAtMs: expiresAt?.getTime() ?? null, staleAtMs: now + this.ttlMs });
    this.digestsByKey.set(keyId, digest);
  }

  /** Drops keys at once; a lookup already in flight cannot re-cache them (the epoch moved). */
  revoke(keyIds: string[]): void {
    this.epoch++;
    for (const keyId of keyIds) this.remove(keyId);
  }

  /** Forgets everything (the revocation bus was down: something may have been missed). */
  clear(): void {
    this.epoch++;
    this.byDigest.clear();
    this.digestsByKey.clear();
  }

  /** Number of cached keys. */
  get size(): number {
    return this.byDigest.size;
  }

  private remove(keyId: string): void {
    const digest = this.digestsByKey.get(keyId);
    if (digest === undefined) return;
    this.digestsByKey.delete(keyId);
    this.byDigest.delete(digest);
  }
}
