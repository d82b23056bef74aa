import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { passageStems } from '../../src/retrieval/bm25';
import { PatientIndexCache } from '../../src/retrieval/patient-index-cache';
import type { IndexRow, IndexState, PatientIndexRepository } from '../../src/retrieval/patient-index.repository';

/** The cache's bookkeeping (bound, versions, uncacheable patients) over rows held in memory. */

const patient = (userId: string, organizationId = 'org-1'): Principal => ({ organizationId, userId, role: 'PATIENT', apiKeyId: 'key' });

function row(id: string, text: string, embedding: number[] | null = [1, 0, 0]): IndexRow {
  return {
    id, sessionId: 's', recordedAt: new Date('2026-03-01T10:00:00Z'), ordinal: 0, text, startSec: 0, endSec: 1, speakers: [], score: 0,
    stemCount: passageStems(text).length, ofModel: true, embedding: embedding ? Float32Array.from(embedding) : null,
  };
}

/** Rows per patient key, the version and stale count each read returns, and how many reads were made. */
function store(data: Record<string, { rows: IndexRow[]; version: string; stale?: number }>) {
  const reads = { rows: 0 };
  const repository = {
    async state(p: Principal): Promise<IndexState> {
      const d = data[`${p.organizationId}:${p.userId}`];
      return { version: d?.version ?? '0:0', stale: d?.stale ?? 0 };
    },
    async rows(p: Principal) {
      reads.rows++;
      const d = data[`${p.organizationId}:${p.userId}`];
      return { version: d?.version ?? '0:0', stale: d?.stale ?? 0, rows: d?.rows ?? [] };
    },
  } as unknown as PatientIndexRepository;
  return { repository, reads };
}

async function build(cache: PatientIndexCache, p: Principal): Promise<void> {
  cache.refresh(p, 'm');
  await cache.whenBuilt(p);
}

describe('PatientIndexCache', () => {
  it('holds an entry only at the version it was read at; another version drops it', async () => {
    const data = { 'org-1:a': { rows: [row('1', 'I walked the dog'), row('2', 'sleep was bad')], version: '2:7' } };
    const { repository } = store(data);
    const cache = new PatientIndexCache(repository);
    await build(cache, patient('a'));
    expect(cache.lookup(patient('a'), { version: '2:7', stale: 0 }, 'm')?.chunks.map((c) => c.id)).toEqual(['1', '2']);
    expect(cache.lookup(patient('a'), { version: '2:7', stale: 0 }, 'other-model')).toBeNull();
    await build(cache, patient('a'));
    expect(cache.lookup(patient('a'), { version: '3:9', stale: 0 }, 'm')).toBeNull();
    expect(cache.has(patient('a'))).toBe(false);
    // Same user id in another organization: never the same entry.
    await build(cache, patient('a'));
    expect(cache.has(patient('a', 'org-2'))).toBe(false);
  });

  it('never caches a patient with chunks of another analyzer, nor a chunk whose stored length differs', async () => {
    const bad = row('2', 'sleep was bad');
    const { repository } = store({
      'org-1:stale': { rows: [row('1', 'I walked the dog')], version: '1:1', stale: 1 },
      'org-1:bad': { rows: [row('1', 'I walked the dog'), { ...bad, stemCount: 99 }], version: '2:2' },
    });
    const cache = new PatientIndexCache(repository);
    await build(cache, patient('stale'));
    await build(cache, patient('bad'));
    expect(cache.has(patient('stale'))).toBe(false);
    expect(cache.has(patient('bad'))).toBe(false);
  });

  it('evicts the least recently used patients beyond the byte bound, and does not reread a patient too big at the same version', async () => {
    const text = 'word '.repeat(50);
    const data = {
      'org-1:a': { rows: [row('1', text)], version: 'a1' },
      'org-1:b': { rows: [row('2', text)], version: 'b1' },
      'org-1:big': { rows: Array.from({ length: 50 }, (_, i) => row(String(i), `${text} ${i}`)), version: 'big1' },
    };
    const probe = new PatientIndexCache(store(data).repository);
    await build(probe, patient('a'));
    const one = probe.lookup(patient('a'), { version: 'a1', stale: 0 }, 'm')!.bytes;
    const { repository, reads } = store(data);
    const cache = new PatientIndexCache(repository, { maxBytes: Math.floor(one * 1.5) });
    await build(cache, patient('a'));
    await build(cache, patient('b'));
    expect(cache.has(patient('a'))).toBe(false);
    expect(cache.has(patient('b'))).toBe(true);
    const before = reads.rows;
    cache.refresh(patient('big'), 'm', 'big1');
    await cache.whenBuilt(patient('big'));
    expect(cache.has(patient('big'))).toBe(false);
    expect(cache.has(patient('b'))).toBe(true);
    cache.refresh(patient('big'), 'm', 'big1');
    await cache.whenBuilt(patient('big'));
    expect(reads.rows).toBe(before + 1);
  });

  it('is off with a bound of 0', async () => {
    const { repository, reads } = store({ 'org-1:a': { rows: [row('1', 'I walked the dog')], version: '1:1' } });
    const cache = new PatientIndexCache(repository, { maxBytes: 0 });
    await build(cache, patient('a'));
    expect(reads.rows).toBe(0);
    expect(cache.has(patient('a'))).toBe(false);
  });
});
