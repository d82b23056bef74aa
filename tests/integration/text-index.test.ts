import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { createPipeline } from '../../src/pipeline';
import { ANALYZER_VERSION, bm25Document, bm25Rank, passagePostings, passageStems } from '../../src/retrieval/bm25';
import { rankByBm25 } from '../../src/retrieval/retrieval.service';
import { makeWorld, type World } from '../../devtools/factories';
import { startTestApi, type TestApi } from '../support/harness';
import { indexTranscript, mine, QUERIES, questions, theirs } from '../support/eval-patient';
import { grantAllConsents } from '../../devtools/ready-session';

/**
 * The inverted index behind full-text retrieval (chunk_postings): the one-statement BM25 in
 * PostgreSQL ranks exactly like the in-process reference `bm25Rank`, postings follow their chunks
 * (written with them, deleted with them), and chunks without current postings are still found.
 */


let api: TestApi;
let world: World;
let principal: Principal;
let other: World;

/** The in-process reference: every chunk of the patient's READY sessions, ranked by bm25Rank in the searches' order. */
async function reference(query: string): Promise<{ id: string; score: number }[]> {
  const ids = await api.app.chunks.patientChunkIds(principal);
  const chunks = await api.app.chunks.chunksByIds(principal, ids);
  return rankByBm25(query, chunks).map((c) => ({ id: c.id, score: c.score }));
}

async function sqlRanking(query: string): Promise<{ ranked: { id: string; score: number }[]; stale: number }> {
  const { chunks, stale } = await api.app.chunks.textSearch(principal, passageStems(query), 100_000);
  return { ranked: chunks.map((c) => ({ id: c.id, score: c.score })), stale };
}

function expectSameRanking(actual: { id: string; score: number }[], expected: { id: string; score: number }[], query: string): void {
  expect(actual.map((r) => r.id), query).toEqual(expected.map((r) => r.id));
  actual.forEach((r, i) => expect(Math.abs(r.score - expected[i].score), `${query} #${i}`).toBeLessThanOrEqual(1e-9));
}

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  principal = { organizationId: world.organizationId, userId: world.patient.user.id, role: 'PATIENT', apiKeyId: world.patient.keyId };
  other = { ...world, patient: world.otherPatient, therapist: world.otherTherapist };
  await grantAllConsents(api, world);
  await grantAllConsents(api, other);
  // Two sessions on the same day: equal scores must still be ordered by start_sec, then id.
  for (const [i, t] of mine.entries()) await indexTranscript(api, world, t, new Date(Date.UTC(2026, 2, 1 + Math.min(i, 2), 10)));
  await indexTranscript(api, other, theirs, new Date(Date.UTC(2026, 2, 1, 10)));
}, 120_000);
afterAll(() => api?.close());

describe('BM25 over the per-patient inverted index', () => {
  it('ranks exactly like the in-process bm25Rank on a development-set patient (same order, scores within 1e-9)', async () => {
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeGreaterThan(0);
    let compared = 0;
    for (const query of QUERIES) {
      const expected = await reference(query);
      const { ranked, stale } = await sqlRanking(query);
      expect(stale).toBe(0);
      expectSameRanking(ranked, expected, query);
      // Cut at the search's own depth: the tie-break at the cut is the reference's too.
      const top = await api.app.chunks.textSearch(principal, passageStems(query), 5);
      expectSameRanking(top.chunks.map((c) => ({ id: c.id, score: c.score })), expected.slice(0, 5), query);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(50);
    expect((await sqlRanking('the and of um')).ranked).toEqual([]);
  });

  it('ranks exactly like bm25Rank with per-term weights (a question expanded by related words at a lower weight, a repeated stem at its highest weight)', async () => {
    const ids = await api.app.chunks.patientChunkIds(principal);
    const documents = (await api.app.chunks.chunksByIds(principal, ids)).map((c) => bm25Document(c, passageStems(c.text)));
    let compared = 0;
    let differs = 0;
    for (const query of QUERIES) {
      const own = passageStems(query);
      // Each query's own stems at 1, then the stems of the next query at 0.3 (and one of its own again at 0.5, which must not lower it).
      const related = passageStems(QUERIES[(QUERIES.indexOf(query) + 1) % QUERIES.length]);
      const terms = [...own, ...related, own[0]];
      const weights = [...own.map(() => 1), ...related.map(() => 0.3), 0.5];
      const expected = bm25Rank(terms, documents, weights).map((r) => ({ id: r.item.id, score: r.score }));
      const { chunks, stale } = await api.app.chunks.textSearch(principal, terms, 100_000, weights);
      expect(stale).toBe(0);
      expectSameRanking(chunks.map((c) => ({ id: c.id, score: c.score })), expected, query);
      if (JSON.stringify(expected) !== JSON.stringify(await reference(query))) differs++;
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(50);
    // The weighted terms changed the ranking (so the weights were really applied).
    expect(differs).toBeGreaterThan(0);
  });

  it('writes one posting per distinct stem of each chunk, with its count and the chunk\'s stem total and analyzer version', async () => {
    const chunks = await api.app.db.sessionChunk.findMany({ where: { organizationId: world.organizationId, patientId: world.patient.user.id }, include: { postings: true } });
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      const { frequencies, length } = passagePostings(chunk.text);
      expect(chunk.stemCount).toBe(length);
      expect(chunk.analyzerVersion).toBe(ANALYZER_VERSION);
      expect(new Map(chunk.postings.map((p) => [p.stem, p.tf]))).toEqual(frequencies);
      expect(chunk.postings.every((p) => p.organizationId === world.organizationId && p.patientId === world.patient.user.id && p.sessionId === chunk.sessionId && p.dl === length)).toBe(true);
    }
  });

  it('finds chunks whose postings are missing or of another analyzer version: they are indexed when the patient searches', async () => {
    const { db } = api.app;
    const [first, second] = await db.session.findMany({ where: { patientId: world.patient.user.id }, orderBy: { recordedAt: 'asc' }, take: 2 });
    // As after the migration: no postings, no version. And as after an analyzer change: an older version.
    await db.$executeRaw`DELETE FROM chunk_postings WHERE chunk_id IN (SELECT id FROM session_chunks WHERE session_id = ${first.id}::uuid)`;
    await db.$executeRaw`UPDATE session_chunks SET analyzer_version = NULL, stem_count = NULL WHERE session_id = ${first.id}::uuid`;
    await db.$executeRaw`UPDATE session_chunks SET analyzer_version = ${ANALYZER_VERSION - 1} WHERE session_id = ${second.id}::uuid`;
    const query = QUERIES[0];
    const before = await sqlRanking(query);
    const staleChunks = await db.sessionChunk.count({ where: { sessionId: { in: [first.id, second.id] } } });
    expect(before.stale).toBe(staleChunks);

    const expected = await reference(query);
    const found = await api.app.retrieval.retrieve(principal, query, { mode: 'text', limit: 20 });
    expect(found.map((c) => c.id)).toEqual(expected.slice(0, 20).map((r) => r.id));
    const after = await sqlRanking(query);
    expect(after.stale).toBe(0);
    expectSameRanking(after.ranked, expected, query);
    expect(await db.sessionChunk.count({ where: { patientId: world.patient.user.id, analyzerVersion: { not: ANALYZER_VERSION } } })).toBe(0);
    // A second pass finds nothing left to do.
    expect(await api.app.chunks.indexStaleText(world.organizationId, world.patient.user.id)).toBe(0);
  });

  it('never counts another patient\'s chunks: the other patient\'s search sees only their own session', async () => {
    const theirPrincipal: Principal = { organizationId: other.organizationId, userId: other.patient.user.id, role: 'PATIENT', apiKeyId: other.patient.keyId };
    const { chunks } = await api.app.chunks.textSearch(theirPrincipal, passageStems(QUERIES[0]), 100_000);
    const sessions = new Set(chunks.map((c) => c.sessionId));
    const theirSessions = await api.app.db.session.findMany({ where: { patientId: other.patient.user.id } });
    expect([...sessions].every((s) => theirSessions.some((t) => t.id === s))).toBe(true);
    const forged: Principal = { ...theirPrincipal, organizationId: (await makeWorld(api.app.db)).organizationId };
    expect((await api.app.chunks.textSearch(forged, passageStems(QUERIES[0]), 100)).chunks).toEqual([]);
  });

  it('drops a session\'s postings with its chunks when it is re-indexed, and all of them when the patient\'s chunks are purged', async () => {
    const { db } = api.app;
    const postingsOf = (sessionId: string) => db.chunkPosting.count({ where: { chunk: { sessionId } } });
    const session = await db.session.findFirstOrThrow({ where: { patientId: world.patient.user.id }, orderBy: { recordedAt: 'desc' } });
    const oldIds = (await db.sessionChunk.findMany({ where: { sessionId: session.id }, select: { id: true } })).map((c) => c.id);
    expect(await postingsOf(session.id)).toBeGreaterThan(0);
    const { indexing } = createPipeline(api.app, { name: 'unused', transcribe: () => Promise.reject(new Error('not used')) });
    expect(await indexing.index(session.id)).toBe('indexed');
    expect(await db.chunkPosting.count({ where: { chunkId: { in: oldIds } } })).toBe(0);
    expect(await postingsOf(session.id)).toBeGreaterThan(0);
    const reindexed = await sqlRanking(QUERIES[0]);
    expect(reindexed.stale).toBe(0);
    expectSameRanking(reindexed.ranked, await reference(QUERIES[0]), QUERIES[0]);

    await db.$transaction((tx) => api.app.chunks.deleteForPatient(tx, world.organizationId, world.patient.user.id));
    expect(await db.chunkPosting.count({ where: { patientId: world.patient.user.id } })).toBe(0);
    expect(await db.chunkPosting.count({ where: { patientId: other.patient.user.id } })).toBeGreaterThan(0);
    expect(await sqlRanking(QUERIES[0])).toEqual({ ranked: [], stale: 0 });
  });
});
