import type { Pool } from 'pg';
import { toSql } from 'pgvector';
import type { App } from '../../src/app';
import type { Principal } from '../../src/auth/principal';
import { passageStems } from '../../src/retrieval/bm25';
import { DEFAULT_PATIENT_INDEX_BYTES, PatientIndexCache } from '../../src/retrieval/patient-index-cache';
import { PatientIndexRepository } from '../../src/retrieval/patient-index.repository';
import { textTopK, vectorTopK } from '../../src/retrieval/patient-index-search';
import { DEFAULT_FUSION, RetrievalService, wordNetFor, type RetrievedChunk } from '../../src/retrieval/retrieval.service';
import { counting } from './counting';
import type { BenchMetric } from './result';
import { percentile, round, seededRandom } from './stats';

const WARM_UP_QUERIES = 20;
const GOAL_P95_MS = 10;

interface Arm {
  service: RetrievalService;
  wall: number[];
  cpuMs: number;
  statements: number;
}

/**
 * The production retrieval (RetrievalService.retrieve with the per-patient in-process index, warm)
 * against the same service without the index (the SQL searches), on `active` patients whose
 * indexes fit the cache, calls interleaved (which goes first alternates) so other load weighs on
 * both alike: wall time, this process's CPU and SQL statements per call. Every query asserts that
 * the two final rankings are identical, that the index's vector and BM25 candidates are the SQL
 * searches' (ids and order), and that the vector top 5 is an exact scan's; the SQL searches alone
 * are timed as well.
 */
export async function measureRetrieval(app: App, pool: Pool, principalsOf: Principal[], options: { queries: number; questions: readonly string[] }): Promise<BenchMetric[]> {
  const model = app.embedder.model;
  const limit = DEFAULT_FUSION.candidates;
  let statements = 0;
  const chunks = counting(app.chunks, () => statements++);
  const cache = new PatientIndexCache(counting(new PatientIndexRepository(app.db), () => statements++), { maxBytes: DEFAULT_PATIENT_INDEX_BYTES });
  const wordnet = wordNetFor(DEFAULT_FUSION, () => undefined);
  const arms: Record<'warm index' | 'SQL', Arm> = {
    'warm index': { service: new RetrievalService(chunks, app.embedder, DEFAULT_FUSION, wordnet, cache), wall: [], cpuMs: 0, statements: 0 },
    SQL: { service: new RetrievalService(chunks, app.embedder, DEFAULT_FUSION, wordnet, null), wall: [], cpuMs: 0, statements: 0 },
  };
  const buildStarted = performance.now();
  for (const principal of principalsOf) {
    cache.refresh(principal, model);
    await cache.whenBuilt(principal);
    if (!cache.has(principal)) throw new Error('a patient index was not built (bigger than the cache?)');
  }
  const buildMs = (performance.now() - buildStarted) / principalsOf.length;
  let bytes = 0;
  for (const principal of principalsOf) bytes += cache.lookup(principal, await cache.state(principal), model)?.bytes ?? NaN;

  const random = seededRandom(5);
  const vectorMs: number[] = [];
  const textMs: number[] = [];
  const counts = { ranking: 0, vector: 0, text: 0, exact: 0 };
  for (let i = 0; i < WARM_UP_QUERIES + options.queries; i++) {
    const principal = principalsOf[Math.floor(random() * principalsOf.length)];
    const question = options.questions[i % options.questions.length];
    const rankings: Partial<Record<keyof typeof arms, RetrievedChunk[]>> = {};
    for (const name of (i % 2 ? ['warm index', 'SQL'] : ['SQL', 'warm index']) as (keyof typeof arms)[]) {
      const arm = arms[name];
      const before = statements;
      const cpu = process.cpuUsage();
      const started = performance.now();
      rankings[name] = await arm.service.retrieve(principal, question, { limit: 5 });
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      if (i < WARM_UP_QUERIES) continue;
      arm.wall.push(wall);
      arm.cpuMs += (used.user + used.system) / 1000;
      arm.statements += statements - before;
    }
    if (!rankings.SQL?.length) throw new Error('retrieval found nothing for a bench patient');
    if (i < WARM_UP_QUERIES) continue;
    if (same(rankings['warm index']!, rankings.SQL)) counts.ranking++;
    // The candidates themselves: the index's against the SQL searches', timed alone.
    const [embedding] = await app.embedder.embed([question], 'query');
    const stems = passageStems(question);
    let started = performance.now();
    const vector = await app.chunks.vectorSearch(principal, embedding, model, limit);
    vectorMs.push(performance.now() - started);
    started = performance.now();
    const text = await app.chunks.textSearch(principal, stems, limit);
    textMs.push(performance.now() - started);
    const entry = cache.at(principal, text.version, model);
    if (!entry) throw new Error('the patient index is not at the version the text search read');
    if (ids(vectorTopK(entry, embedding, limit)) === ids(vector)) counts.vector++;
    if (ids(textTopK(entry, stems, undefined, limit)) === ids(text.chunks)) counts.text++;
    if ((await exactScan(pool, principal, embedding, model)).join() === vector.slice(0, 5).map((c) => c.id).join()) counts.exact++;
  }
  const n = options.queries;
  const metrics: BenchMetric[] = [
    { name: 'patients queried (indexes warm, 256 MiB cache)', value: principalsOf.length, unit: 'patients' },
    { name: 'per-patient index build (background, first request), mean', value: round(buildMs), unit: 'ms' },
    { name: 'per-patient index size (the cache\'s estimate), mean', value: round(bytes / principalsOf.length / 2 ** 20), unit: 'MiB' },
  ];
  for (const [name, arm] of Object.entries(arms)) {
    const p95 = percentile(arm.wall, 0.95);
    const production = name === 'warm index';
    metrics.push(
      { name: `retrieval with final ranking (retrieve, top 5), ${name} p50`, value: round(percentile(arm.wall, 0.5)), unit: 'ms' },
      { name: `retrieval with final ranking (retrieve, top 5), ${name} p95`, value: round(p95), unit: 'ms', ...(production ? { goal: `<= ${GOAL_P95_MS} ms`, ok: p95 <= GOAL_P95_MS } : {}) },
      { name: `retrieve, ${name}: this process's CPU per call`, value: round(arm.cpuMs / n), unit: 'ms' },
      { name: `retrieve, ${name}: SQL statements per call`, value: round(arm.statements / n), unit: '' },
    );
  }
  metrics.push(
    { name: 'final ranking from the warm index identical to the SQL path', value: counts.ranking, unit: `of ${n} queries`, goal: `= ${n}`, ok: counts.ranking === n },
    { name: `index vector top ${limit} identical to vectorSearch (ids, order)`, value: counts.vector, unit: `of ${n} queries`, goal: `= ${n}`, ok: counts.vector === n },
    { name: `index BM25 top ${limit} identical to textSearch (ids, order)`, value: counts.text, unit: `of ${n} queries`, goal: `= ${n}`, ok: counts.text === n },
    { name: 'vector top 5 identical to an exact scan', value: counts.exact, unit: `of ${n} queries`, goal: `= ${n}`, ok: counts.exact === n },
    { name: 'vector candidates only (vectorSearch, SQL) p50', value: round(percentile(vectorMs, 0.5)), unit: 'ms' },
    { name: 'vector candidates only (vectorSearch, SQL) p95', value: round(percentile(vectorMs, 0.95)), unit: 'ms' },
    { name: `text candidates only (textSearch, BM25 in SQL, top ${limit}) p50`, value: round(percentile(textMs, 0.5)), unit: 'ms' },
    { name: `text candidates only (textSearch, BM25 in SQL, top ${limit}) p95`, value: round(percentile(textMs, 0.95)), unit: 'ms' },
  );
  return metrics;
}

function ids(chunks: readonly { id: string }[]): string {
  return chunks.map((c) => c.id).join();
}

/** The same passages in the same order, with the same fused scores and the same searches behind them. */
function same(a: readonly RetrievedChunk[], b: readonly RetrievedChunk[]): boolean {
  return a.length === b.length && a.every((c, i) => c.id === b[i].id && c.fusedScore === b[i].fusedScore && c.foundBy.join() === b[i].foundBy.join());
}

/** Every distance of the patient's chunks computed (no index can serve `+ 0`), top 5 by distance then id. */
async function exactScan(pool: Pool, principal: Principal, embedding: number[], model: string): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT c.id FROM session_chunks c JOIN sessions s ON s.id = c.session_id
     WHERE c.patient_id::text = $2 AND c.organization_id = $3::uuid AND c.embedding_model = $4 AND s.status = 'READY' AND s.deleted_at IS NULL
     ORDER BY (c.embedding <=> $1::vector) + 0, c.id LIMIT 5`,
    [toSql(embedding), principal.userId, principal.organizationId, model],
  );
  return rows.map((r) => r.id);
}
