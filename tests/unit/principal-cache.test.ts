import { describe, expect, it } from 'vitest';
import type { Authenticated } from '../../src/auth/authenticator';
import { PrincipalCache } from '../../src/auth/principal-cache';

const entry = (apiKeyId: string): Authenticated => ({
  principal: { organizationId: 'o', userId: 'u', role: 'PATIENT', apiKeyId },
  user: { id: 'u', organizationId: 'o', email: 'e', name: 'n', role: 'PATIENT', createdAt: new Date(0) },
  expiresAt: null,
});

describe('PrincipalCache', () => {
  it('answers until the key\'s expiresAt, to the millisecond, and not after', () => {
    const cache = new PrincipalCache(10, 60_000);
    cache.set('d', entry('k'), new Date(1_000), cache.snapshot(), 0);
    expect(cache.get('d', 999)?.principal.apiKeyId).toBe('k');
    expect(cache.get('d', 1_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('forgets an entry after its TTL', () => {
    const cache = new PrincipalCache(10, 100);
    cache.set('d', entry('k'), null, cache.snapshot(), 0);
    expect(cache.get('d', 99)).toBeDefined();
    expect(cache.get('d', 100)).toBeUndefined();
  });

  it('drops a revoked key at once, and a lookup that started before the revocation cannot re-cache it', () => {
    const cache = new PrincipalCache(10, 60_000);
    cache.set('d', entry('k'), null, cache.snapshot(), 0);
    const inFlight = cache.snapshot();
    cache.revoke(['k']);
    expect(cache.get('d', 1)).toBeUndefined();
    cache.set('d', entry('k'), null, inFlight, 2);
    expect(cache.get('d', 3)).toBeUndefined();
  });

  it('ignores lookups begun before a clear, and evicts the oldest entry when full', () => {
    const cache = new PrincipalCache(2, 60_000);
    const before = cache.snapshot();
    cache.clear();
    cache.set('a', entry('a'), null, before, 0);
    expect(cache.size).toBe(0);
    for (const k of ['a', 'b', 'c']) cache.set(k, entry(k), null, cache.snapshot(), 0);
    expect([cache.get('a', 1), cache.get('b', 1)?.principal.apiKeyId, cache.get('c', 1)?.principal.apiKeyId]).toEqual([undefined, 'b', 'c']);
  });

  it('caches nothing when its size is 0', () => {
    const cache = new PrincipalCache(0, 60_000);
    cache.set('a', entry('a'), null, cache.snapshot(), 0);
    expect(cache.get('a', 1)).toBeUndefined();
  });
});
