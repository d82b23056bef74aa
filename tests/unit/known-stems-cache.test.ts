import { describe, expect, it } from 'vitest';
import { KnownStemsCache } from '../../src/retrieval/known-stems-cache';

describe('KnownStemsCache', () => {
  it('answers only stems asked at the same version, and a new version replaces the entry', () => {
    const cache = new KnownStemsCache();
    cache.store('p1', 'v1', ['walk', 'dog', 'garden'], new Set(['walk', 'dog']));
    expect([...cache.lookup('p1', 'v1', ['walk', 'garden'])!]).toEqual(['walk']);
    expect(cache.lookup('p1', 'v1', ['walk', 'tomato'])).toBeNull();
    expect(cache.lookup('p1', 'v2', ['walk'])).toBeNull();
    expect(cache.lookup('p2', 'v1', ['walk'])).toBeNull();
    cache.store('p1', 'v2', ['garden'], new Set(['garden']));
    expect(cache.lookup('p1', 'v1', ['walk'])).toBeNull();
    expect([...cache.lookup('p1', 'v2', ['garden'])!]).toEqual(['garden']);
    expect(cache.lookup('p1', 'v2', ['walk'])).toBeNull();
  });

  it('keeps at most maxPatients patients (least recently used go first) and maxStemsPerPatient stems', () => {
    const cache = new KnownStemsCache(2, 3);
    cache.store('a', 'v', ['x'], new Set(['x']));
    cache.store('b', 'v', ['x'], new Set());
    expect(cache.lookup('a', 'v', ['x'])).not.toBeNull(); // a is now the most recent
    cache.store('c', 'v', ['x'], new Set());
    expect(cache.lookup('b', 'v', ['x'])).toBeNull();
    expect(cache.lookup('a', 'v', ['x'])).not.toBeNull();
    cache.store('a', 'v', ['y', 'z', 'w'], new Set(['w']));
    expect(cache.lookup('a', 'v', ['x'])).toBeNull(); // over 3 stems: the entry started afresh
    expect([...cache.lookup('a', 'v', ['y', 'z', 'w'])!]).toEqual(['w']);
  });
});
