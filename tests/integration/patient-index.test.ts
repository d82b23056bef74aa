import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { bm25Document, bm25Rank, passageStems } from '../../src/retrieval/bm25';
import { PatientIndexCache, textTopK, vectorTopK, type PatientIndex } from '../../src/retrieval/patient-index-cache';
import { PatientIndexRepository } from '../../src/retrieval/patient-index.repository';
import { DEFAULT_FUSION, RetrievalService } from '../../src/retrieval/retrieval.service';
import { makeWorld, type World } from '../../devtools/factories';
import { grantAllConsents } from '../../devtools/ready-session';
import { startTestApi, type TestApi } from '../support/harness';
import { indexTranscript, mine, QUERIES, theirs } from '../support/eval-patient';

/**
 * The per-patient in-process retrieval index (PatientIndexCache): it ranks exactly like the SQL
 * searches over a real development-set patient, never serves another patient, and a write, a
 * deleted session or a revoked consent makes it unusable on the very next request.
 */


let api: TestApi;
let world: World;
let other: World;
let mySessions: string[] = [];

const principalOf = (w: World): Principal => ({ organizationId: w.organizationId, userId: w.patient.user.id, role: 'PATIENT', apiKeyId: w.patient.keyId });

/** A fresh cache over the test database, and a built entry for `principal` at its current version. */
async function builtIndex(principal: Principal): Promise<{ cache: PatientIndexCache; entry: PatientIndex }> {
  const cache = new PatientIndexCache(new PatientIndexRepository(api.app.db));
  cache.refresh(principal, api.app.embedder.model);
  await cache.whenBuilt(principal);
  const entry = cache.lookup(principal, await cache.state(principal), api.app.embedder.model);
  expect(entry).not.toBeNull();
  return { cache, entry: entry! };
}

/** A retrieval service on its own cache, counting the SQL searches it makes and its separate reads of segment windows. */
function countingService(cache: PatientIndexCache | null): { service: RetrievalService; sqlSearches: () => number; windowReads: () => number } {
  let searches = 0;
  let windows = 0;
  const chunks = Object.create(api.app.chunks) as typeof api.app.chunks;
  chunks.vectorSearch = (...args) => (searches++, api.app.chunks.vectorSearch(...args));
  chunks.textSearch = (...args) => (searches++, api.app.chunks.textSearch(...args));
  chunks.segmentWindows = (...args) => (windows++, api.app.chunks.segmentWindows(...args));
  return { service: new RetrievalService(chunks, api.app.embedder, DEFAULT_FUSION, null, cache), sqlSearches: () => searches, windowReads: () => windows };
}

/**
 * A chunk without its search score (the cosine similarity PostgreSQL sums in float4 and the index in
 * float64, so they differ below 1e-6) and without the SQL row's extra distance column.
 */
function withoutScores<T extends { score: number }>(chunk: T): Omit<T, 'score' | 'distance'> {
  const { score: _score, distance: _distance, ...rest } = chunk as T & { distance?: number };
  return rest;
}

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  other = { ...world, patient: world.otherPatient, therapist: world.otherTherapist };
  await grantAllConsents(api, world);
  await grantAllConsents(api, other);
  // Sessions on the same day: equal scores must still be ordered by start_sec, then id.
  for (const [i, t] of mine.entries()) mySessions.push(await indexTranscript(api, world, t, new Date(Date.UTC(2026, 2, 1 + Math.min(i, 2), 10))));
  await indexTranscript(api, other, theirs, new Date(Date.UTC(2026, 2, 1, 10)));
}, 120_000);
afterAll(() => api?.close());

describe('the per-patient in-process index ranks exactly like PostgreSQL', () => {
  it('vector top-k: the same ids in the same order as the exact pgvector scan, for every development question', async () => {
    const principal = principalOf(world);
    const { entry } = await builtIndex(principal);
    expect(entry.chunks.length).toBeGreaterThan(10);
    for (const query of QUERIES) {
      const [vector] = await api.app.embedder.embed([query], 'query');
      for (const limit of [5, 40, 100_000]) {
        const sql = await api.app.chunks.vectorSearch(principal, vector, api.app.embedder.model, limit);
        const memory = vectorTopK(entry, vector, limit);
        expect(memory.map((c) => c.id), `${query} @${limit}`).toEqual(sql.map((c) => c.id));
        memory.forEach((c, i) => expect(Math.abs(c.score - sql[i].score), `${query} #${i}`).toBeLessThanOrEqual(1e-6));
        expect(memory.map(withoutScores)).toEqual(sql.map(withoutScores));
      }
    }
  });

  it('BM25: the same ids in the same order as the SQL over the postings, scores within 1e-9 (with and without weights), bm25Rank\'s bit for bit', async () => {
    const principal = principalOf(world);
    const { entry } = await builtIndex(principal);
    const documents = entry.chunks.map((c) => bm25Document(c, passageStems(c.text)));
    let compared = 0;
    for (const query of QUERIES) {
      const own = passageStems(query);
      const related = passageStems(QUERIES[(QUERIES.indexOf(query) + 1) % QUERIES.length]);
      for (const [terms, weights] of [[own, own.map(() => 1)], [[...own, ...related], [...own.map(() => 1), ...related.map(() => 0.3)]]] as [string[], number[]][]) {
        for (const limit of [5, 40, 100_000]) {
          const sql = await api.app.chunks.textSearch(principal, terms, limit, weights);
          expect(sql.stale).toBe(0);
          const memory = textTopK(entry, terms, weights, limit);
          expect(memory.map((c) => c.id), `${query} @${limit}`).toEqual(sql.chunks.map((c) => c.id));
          memory.forEach((c, i) => expect(Math.abs(c.score - sql.chunks[i].score), `${query} #${i}`).toBeLessThanOrEqual(1e-9));
          const reference = bm25Rank(terms, documents, weights).slice(0, limit);
          expect(memory.map((c) => [c.id, c.score])).toEqual(reference.map((r) => [r.item.id, r.score]));
          compared += memory.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('the service answers from memory once built (no SQL search) with the same fused passages and knownStems as without the index', async () => {
    const principal = principalOf(world);
    const cache = new PatientIndexCache(new PatientIndexRepository(api.app.db));
    const cached = countingService(cache);
    const plain = countingService(null);
    await cached.service.retrieve(principal, QUERIES[0]);
    await cache.whenBuilt(principal);
    const before = cached.sqlSearches();
    for (const query of QUERIES) {
      const fromMemory = await cached.service.retrieve(principal, query, { limit: 10 });
      const fromSql = await plain.service.retrieve(principal, query, { limit: 10 });
      expect(fromMemory.map(withoutScores), query).toEqual(fromSql.map(withoutScores));
      fromMemory.forEach((c, i) => expect(Math.abs(c.score - fromSql[i].score), `${query} #${i}`).toBeLessThanOrEqual(1e-6));
      const a = await cached.service.retrieveForAnswer(principal, query);
      const b = await plain.service.retrieveForAnswer(principal, query);
      expect(a.passages.map((p) => [p.id, p.utterances])).toEqual(b.passages.map((p) => [p.id, p.utterances]));
      const stems = passageStems(`${query} zyzzyva drinking`);
      expect([...(await a.knownStems(stems))].sort()).toEqual([...(await b.knownStems(stems))].sort());
    }
    expect(cached.sqlSearches()).toBe(before);
  });
});

describe('the index is scoped and never outlives a change of the patient\'s chunks', () => {
  it('another patient is never served from this patient\'s entry', async () => {
    const cache = new PatientIndexCache(new PatientIndexRepository(api.app.db));
    const { service } = countingService(cache);
    const me = principalOf(world);
    const them = principalOf(other);
    await service.retrieve(me, 'drinking');
    await cache.whenBuilt(me);
    expect(cache.has(them)).toBe(false);
    const myIds = new Set((await api.app.chunks.patientChunkIds(me)));
    const theirs = await service.retrieve(them, 'drinking family work', { limit: 50 });
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((c) => myIds.has(c.id))).toEqual([]);
    // Same user id in another organization: another key.
    expect(cache.has({ ...me, organizationId: '00000000-0000-4000-8000-000000000000' })).toBe(false);
  });

  it('passages from the index come with their windows in the statement that checks the version; a deleted session is seen by the next request', async () => {
    const principal = principalOf(world);
    const cache = new PatientIndexCache(new PatientIndexRepository(api.app.db));
    const { service, sqlSearches, windowReads } = countingService(cache);
    const plain = countingService(null).service;
    const query = 'drinking family work sleep stress';
    await service.retrieve(principal, query);
    await cache.whenBuilt(principal);
    const [searches, windows] = [sqlSearches(), windowReads()];
    const warm = await service.retrieveForAnswer(principal, query, { limit: 50 });
    expect([sqlSearches(), windowReads()]).toEqual([searches, windows]);
    expect(warm.passages.map((p) => [p.id, p.utterances])).toEqual((await plain.retrieveForAnswer(principal, query, { limit: 50 })).passages.map((p) => [p.id, p.utterances]));
    const gone = warm.passages[0].sessionId;

    await api.app.db.session.update({ where: { id: gone }, data: { deletedAt: new Date(), status: 'DELETED' } });
    try {
      const after = await service.retrieveForAnswer(principal, query, { limit: 50 });
      expect(after.passages.length).toBeGreaterThan(0);
      expect(after.passages.filter((p) => p.sessionId === gone)).toEqual([]);
      expect(sqlSearches()).toBeGreaterThan(searches);
      expect(after.passages.map((p) => [p.id, p.utterances])).toEqual((await plain.retrieveForAnswer(principal, query, { limit: 50 })).passages.map((p) => [p.id, p.utterances]));
    } finally {
      await api.app.db.session.update({ where: { id: gone }, data: { deletedAt: null, status: 'READY' } });
    }
  });

  it('a chunk whose embedding model changes in place is not served from the warm entry (the version moves with it)', async () => {
    const principal = principalOf(world);
    const cache = new PatientIndexCache(new PatientIndexRepository(api.app.db));
    const { service, sqlSearches } = countingService(cache);
    const query = 'drinking family work sleep stress';
    await service.retrieve(principal, query, { mode: 'vector' });
    await cache.whenBuilt(principal);
    const changed = mySessions[1];
    const before = await service.retrieve(principal, query, { limit: 1_000, mode: 'vector' });
    expect(before.some((c) => c.sessionId === changed)).toBe(true);
    const searchesBefore = sqlSearches();
    const { version } = await cache.state(principal);
    await api.app.db.sessionChunk.updateMany({ where: { sessionId: changed }, data: { embeddingModel: 'some-old-model' } });
    try {
      expect((await cache.state(principal)).version).not.toBe(version);
      const after = await service.retrieve(principal, query, { limit: 1_000, mode: 'vector' });
      expect(after.length).toBeGreaterThan(0);
      expect(after.filter((c) => c.sessionId === changed)).toEqual([]);
      expect(sqlSearches()).toBeGreaterThan(searchesBefore);
    } finally {
      await api.app.db.sessionChunk.updateMany({ where: { sessionId: changed }, data: { embeddingModel: api.app.embedder.model } });
    }
  });

  it('a deleted session\'s chunks are never returned on the next request, nor are a revoked consent\'s', async () => {
    const principal = principalOf(world);
    const cache = new PatientIndexCache(new PatientIndexRepository(api.app.db));
    const { service, sqlSearches } = countingService(cache);
    const query = 'drinking family work sleep stress';
    await service.retrieve(principal, query);
    await cache.whenBuilt(principal);
    const gone = mySessions[0];
    const searchesBefore = sqlSearches();
    const before = await service.retrieve(principal, query, { limit: 1_000 });
    expect(sqlSearches()).toBe(searchesBefore);
    expect(before.some((c) => c.sessionId === gone)).toBe(true);

    await api.app.db.session.update({ where: { id: gone }, data: { deletedAt: new Date(), status: 'DELETED' } });
    const after = await service.retrieve(principal, query, { limit: 1_000 });
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((c) => c.sessionId === gone)).toEqual([]);
    // The stale entry was not used: the answer came from PostgreSQL, and the index is rebuilt.
    expect(sqlSearches()).toBeGreaterThan(searchesBefore);
    await cache.whenBuilt(principal);
    const rebuilt = await service.retrieve(principal, query, { limit: 1_000 });
    expect(rebuilt.map((c) => c.id)).toEqual(after.map((c) => c.id));

    const revoke = await api.gql(world.therapist.key, 'mutation($p: ID!) { revokeConsent(input: {patientId: $p, type: AI_ANALYSIS}) { id } }', { p: principal.userId });
    expect(revoke.errors).toBeUndefined();
    expect(await service.retrieve(principal, query, { limit: 1_000 })).toEqual([]);
    const { knownStems } = await service.retrieveForAnswer(principal, query);
    expect([...(await knownStems(passageStems(query)))]).toEqual([]);
  });
});
