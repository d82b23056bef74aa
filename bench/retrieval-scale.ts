/**
 * Retrieval at a group practice's scale: 1 000 patients × 50 sessions × 40 chunks (2 million
 * chunks), in a dedicated database created, migrated and dropped by the bench. Measures, for one
 * patient at a time (bench/lib/warm-retrieval.ts):
 *   - the product's retrieval with its final ranking (RetrievalService.retrieve: query embedding,
 *     version check, vector and BM25 candidates from the warm per-patient in-process index, fusion),
 *     p95 goal at most 10 ms, interleaved with the same service without the index (the SQL searches);
 *   - that both give the identical final ranking, that the index's candidates are the SQL searches'
 *     and the vector top 5 an exact scan's (every distance of the patient's chunks computed, no index);
 *   - the SQL searches alone (ChunkRepository.vectorSearch, and textSearch: BM25 in one statement
 *     over the patient's postings of the query stems);
 *   - the size on disk of the chunk table, the postings table (chunk_postings) and their indexes;
 *   - the time to build the postings of chunks written without them (rows from before the
 *     inverted index): ChunkRepository.indexStaleText per patient, the path a first search takes;
 *   - the time `reembed` would take for everything, estimated from sessions re-indexed here.
 *
 *   npx tsx bench/retrieval-scale.ts   (BENCH_SCALE_PATIENTS=200, BENCH_SCALE_SESSIONS=50, BENCH_SCALE_CHUNKS=40, BENCH_QUERIES=200, BENCH_SCALE_ACTIVE=20)
 *
 * Generating 2 million chunks with random vectors takes longer than a bench run may on a small
 * machine, so by default it builds 200 patients with the full per-patient shape (2 000 chunks each:
 * per-patient retrieval reads one patient's rows through the patient_id index, so its cost depends
 * on the patient's history, not on the number of patients) and extrapolates sizes to 1 000 patients.
 * BENCH_SCALE_PATIENTS=1000 measures the full scale. Rows come from generate_series in SQL.
 */
import 'reflect-metadata';
import 'dotenv/config';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client, Pool } from 'pg';
import type { Principal } from '../src/auth/principal';
import { createPipeline } from '../src/pipeline';
import { ANALYZER_VERSION, passagePostings, passageStems } from '../src/retrieval/bm25';
import { benchEnv, createBenchApp } from './lib/app';
import { runAsMain } from './lib/main';
import type { BenchResult } from './lib/result';
import { envNumber, round, seededRandom } from './lib/stats';
import { measureRetrieval } from './lib/warm-retrieval';
import { synthesizeTranscript } from './lib/transcript';

const DATABASE = 'therapyrag_bench_scale';
const FULL_PATIENTS = 1_000;
/** Patients queried, their indexes warm: about as many 2 000-chunk patients as the default 256 MiB cache holds at once. */
const ACTIVE_PATIENTS = envNumber('BENCH_SCALE_ACTIVE', 20);
const REEMBED_SAMPLE_SESSIONS = envNumber('BENCH_REEMBED_SAMPLE', 4);
const BACKFILL_SAMPLE_PATIENTS = envNumber('BENCH_BACKFILL_SAMPLE', 3);
const QUESTIONS = [
  'what did we say about drinking', 'sleep and feeling tired', 'my family at the weekend', 'reasons to quit smoking', 'exercise and walking',
  'stress at work', 'goals for next week', 'worries about my health', 'going back to school', 'friends and feeling alone',
];
/** Words the synthetic chunks are made of (so full-text search has something to match). */
const WORDS = 'sleep drinking family work stress mother father sister friends school exercise walking smoking quit anxious tired worried weekend goals progress health doctor money job angry calm breathing plan week talk feel better worse morning night'.split(' ');

const WORDS_PER_CHUNK = 60;

/** The one stem a vocabulary word stands for in the analyzer (passageStems). */
function wordStem(word: string): string {
  const stems = passageStems(word);
  if (stems.length !== 1) throw new Error(`synthetic word ${word} is not one stem`);
  return stems[0];
}

/** Creates the database, generates the corpus, measures, and drops the database. */
export async function run(): Promise<BenchResult> {
  const patients = envNumber('BENCH_SCALE_PATIENTS', 200);
  const sessionsPerPatient = envNumber('BENCH_SCALE_SESSIONS', 50);
  const chunksPerSession = envNumber('BENCH_SCALE_CHUNKS', 40);
  const queries = envNumber('BENCH_QUERIES', 200);
  const base = new URL(benchEnv().DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/therapyrag');
  const admin = new Client({ connectionString: withDatabase(base, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  const url = withDatabase(base, DATABASE);
  let app: ReturnType<typeof createBenchApp> | undefined;
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined); // DROP DATABASE … WITH (FORCE) ends idle connections
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS vector');
    const migrated = spawnSync(path.join(__dirname, '..', 'node_modules/.bin/tsx'), ['scripts/migrate.ts'], { cwd: path.join(__dirname, '..'), env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
    if (migrated.status !== 0) throw new Error(`migrating ${DATABASE} failed: ${migrated.stderr.split('\n')[0]}`);
    app = createBenchApp(benchEnv({ DATABASE_URL: url }));
    const model = app.embedder.model;
    const dimensions = app.embedder.dimensions;

    const generateStarted = performance.now();
    const organizationId = await generate(pool, { patients, sessionsPerPatient, chunksPerSession, model, dimensions });
    const generateMs = performance.now() - generateStarted;
    const chunks = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM session_chunks')).rows[0].n);
    const postings = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM chunk_postings')).rows[0].n);
    const sizes = await diskSizes(pool);
    const patientIds = (await pool.query<{ id: string }>(`SELECT id FROM users WHERE role = 'PATIENT' ORDER BY id`)).rows.map((r) => r.id);
    // Postings of chunks written before the inverted index (the migration's existing rows): a few
    // patients' postings dropped and rebuilt by indexStaleText, the path their first search takes.
    const backfillPatients = patientIds.slice(0, BACKFILL_SAMPLE_PATIENTS);
    await pool.query(`DELETE FROM chunk_postings WHERE patient_id = ANY($1::uuid[])`, [backfillPatients]);
    await pool.query(`UPDATE session_chunks SET stem_count = NULL, analyzer_version = NULL WHERE patient_id = ANY($1::uuid[])`, [backfillPatients]);
    const backfillStarted = performance.now();
    for (const patientId of backfillPatients) await app.chunks.indexStaleText(organizationId, patientId);
    const backfillMsPerPatient = (performance.now() - backfillStarted) / backfillPatients.length;
    await pool.query('VACUUM ANALYZE session_chunks, chunk_postings');

    // The patients being asked about: as many as the index cache holds at once (the others' first
    // request takes the SQL path and builds their index in the background).
    const random = seededRandom(5);
    const active = [...patientIds].sort(() => random() - 0.5).slice(0, Math.min(ACTIVE_PATIENTS, patientIds.length));
    const principals: Principal[] = active.map((userId) => ({ organizationId, userId, role: 'PATIENT', apiKeyId: 'bench' }));
    const retrieval = await measureRetrieval(app, pool, principals, { queries, questions: QUESTIONS });
    const reembed = await reembedSample(app, organizationId, patientIds[0]);
    const fullChunks = FULL_PATIENTS * sessionsPerPatient * chunksPerSession;
    const scale = fullChunks / chunks;
    const fullSessions = FULL_PATIENTS * sessionsPerPatient;
    return {
      name: `retrieval-scale (measured: ${chunks} chunks = ${patients} patients × ${sessionsPerPatient} sessions × ${chunksPerSession}; ${dimensions} dims; ${queries} queries)`,
      metrics: [
        { name: 'corpus generation (SQL generate_series)', value: round(generateMs / 1000), unit: 's' },
        { name: `corpus generation extrapolated to ${fullChunks} chunks`, value: round((generateMs / 1000) * scale), unit: 's' },
        { name: 'chunks per patient', value: round(chunks / patients), unit: 'chunks' },
        ...retrieval,
        { name: 'postings (chunk_postings rows, measured)', value: postings, unit: 'rows' },
        { name: `postings of a patient's pre-index chunks built on first search (indexStaleText, mean of ${backfillPatients.length})`, value: round(backfillMsPerPatient), unit: 'ms' },
        { name: `postings of ${fullChunks} pre-index chunks built (one process), estimated`, value: round((backfillMsPerPatient * FULL_PATIENTS) / 60_000), unit: 'min' },
        { name: 'session_chunks table on disk (measured)', value: round(sizes.table / 1024 ** 2), unit: 'MiB' },
        { name: 'chunk_postings table on disk (measured)', value: round(sizes.postingsTable / 1024 ** 2), unit: 'MiB' },
        ...sizes.indexes.map((index) => ({ name: `index ${index.name} on disk (measured)`, value: round(index.bytes / 1024 ** 2), unit: 'MiB' })),
        { name: `all chunk and postings indexes on disk, extrapolated to ${fullChunks} chunks`, value: round((sizes.indexes.reduce((sum, i) => sum + i.bytes, 0) * scale) / 1024 ** 3), unit: 'GiB' },
        { name: `tables + indexes on disk, extrapolated to ${fullChunks} chunks`, value: round(((sizes.table + sizes.postingsTable + sizes.indexes.reduce((sum, i) => sum + i.bytes, 0)) * scale) / 1024 ** 3), unit: 'GiB' },
        { name: `reembed: one 50-minute session re-indexed (mean of ${REEMBED_SAMPLE_SESSIONS}, measured)`, value: round(reembed.msPerSession), unit: 'ms' },
        { name: `reembed of ${fullSessions} sessions, estimated (one process)`, value: round((reembed.msPerSession * fullSessions) / 3_600_000), unit: 'h' },
      ],
    };
  } finally {
    await app?.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`).catch((error: unknown) => console.error('[retrieval-scale] drop failed:', error));
    await admin.end();
  }
}

function withDatabase(base: URL, database: string): string {
  const url = new URL(base.toString());
  url.pathname = `/${database}`;
  return url.toString();
}

interface Shape {
  patients: number;
  sessionsPerPatient: number;
  chunksPerSession: number;
  model: string;
  dimensions: number;
}

/** Organization, therapist, patients, READY sessions, chunks and their postings, all from generate_series; returns the organization. */
async function generate(pool: Pool, shape: Shape): Promise<string> {
  const organization = await pool.query<{ id: string }>(`INSERT INTO organizations (name) VALUES ('Bench scale') RETURNING id`);
  const organizationId = organization.rows[0].id;
  const therapist = await pool.query<{ id: string }>(`INSERT INTO users (organization_id, email, name, role) VALUES ($1, 'therapist@bench.test', 'bench therapist', 'THERAPIST') RETURNING id`, [organizationId]);
  await pool.query(
    `INSERT INTO users (organization_id, email, name, role) SELECT $1, 'patient-' || g || '@bench.test', 'bench patient ' || g, 'PATIENT' FROM generate_series(1, $2::int) g`,
    [organizationId, shape.patients],
  );
  await pool.query(
    `INSERT INTO sessions (organization_id, patient_id, therapist_id, status, mime_type, size_bytes, duration_sec, recorded_at)
     SELECT $1, p.id, $2, 'READY', 'audio/wav', 96000000, 3000, now() - make_interval(days => g * 7)
     FROM users p CROSS JOIN generate_series(1, $3::int) g WHERE p.role = 'PATIENT'`,
    [organizationId, therapist.rows[0].id, shape.sessionsPerPatient],
  );
  // Retrieval needs the patient's AI_ANALYSIS consent (the ledger, as grantConsent appends it).
  await pool.query(
    `INSERT INTO consent_records (organization_id, patient_id, type, status, actor_user_id)
     SELECT $1, p.id, t.type::"ConsentType", 'GRANTED', $2 FROM users p CROSS JOIN unnest(ARRAY['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']) AS t(type) WHERE p.role = 'PATIENT'`,
    [organizationId, therapist.rows[0].id],
  );
  // One patient at a time per statement keeps each transaction small; two connections in turn.
  const patientIds = (await pool.query<{ id: string }>(`SELECT id FROM users WHERE role = 'PATIENT'`)).rows.map((r) => r.id);
  let next = 0;
  const worker = async () => {
    while (next < patientIds.length) {
      const patientId = patientIds[next++];
      // The sub-selects refer to the outer row (o) in WHERE, so PostgreSQL draws new words and a new vector per chunk.
      await pool.query(
        `INSERT INTO session_chunks (session_id, patient_id, organization_id, ordinal, text, start_sec, end_sec, speakers, token_count, embedding_model, embedding, stem_count, analyzer_version)
         SELECT s.id, s.patient_id, s.organization_id, o,
           (SELECT string_agg(($4::text[])[1 + floor(random() * $5::int)::int], ' ') FROM generate_series(1, $7::int) WHERE o >= 0),
           o * 75, o * 75 + 75, '{channel_0,channel_1}', 80, $2,
           (SELECT array_agg(random()::real - 0.5) FROM generate_series(1, $3::int) WHERE o >= 0)::vector,
           $7::int, $8::int
         FROM sessions s CROSS JOIN generate_series(0, $6::int - 1) o WHERE s.patient_id = $1::uuid`,
        [patientId, shape.model, shape.dimensions, WORDS, WORDS.length, shape.chunksPerSession, WORDS_PER_CHUNK, ANALYZER_VERSION],
      );
      // The postings, as replaceForSession writes them: each word of the synthetic text is one stem.
      await pool.query(
        `INSERT INTO chunk_postings (chunk_id, organization_id, patient_id, session_id, stem, tf, dl)
         SELECT c.id, c.organization_id, c.patient_id, c.session_id, m.stem, count(*)::int, c.stem_count
         FROM session_chunks c CROSS JOIN LATERAL unnest(string_to_array(c.text, ' ')) AS w(word)
         JOIN unnest($2::text[], $3::text[]) AS m(word, stem) ON m.word = w.word
         WHERE c.patient_id = $1::uuid GROUP BY c.id, c.organization_id, c.patient_id, c.session_id, c.stem_count, m.stem`,
        [patientId, WORDS, WORDS.map((word) => wordStem(word))],
      );
    }
  };
  await Promise.all([worker(), worker()]);
  // The SQL-made postings must be what the analyzer makes (checked on a sample of chunks).
  const sample = await pool.query<{ id: string; text: string; stem_count: number }>(`SELECT id, text, stem_count FROM session_chunks ORDER BY random() LIMIT 20`);
  for (const chunk of sample.rows) {
    const expected = passagePostings(chunk.text);
    const stored = await pool.query<{ stem: string; tf: number; dl: number }>(`SELECT stem, tf, dl FROM chunk_postings WHERE chunk_id = $1`, [chunk.id]);
    if (chunk.stem_count !== expected.length || stored.rows.length !== expected.frequencies.size || stored.rows.some((p) => expected.frequencies.get(p.stem) !== p.tf || p.dl !== expected.length)) {
      throw new Error('synthetic postings differ from the analyzer (passagePostings)');
    }
  }
  await pool.query('VACUUM ANALYZE session_chunks');
  await pool.query('VACUUM ANALYZE chunk_postings');
  await pool.query('ANALYZE users, sessions');
  return organizationId;
}

/** The chunk and postings tables' (with TOAST) and each of their indexes' size on disk. */
async function diskSizes(pool: Pool): Promise<{ table: number; postingsTable: number; indexes: { name: string; bytes: number }[] }> {
  const tables = await pool.query<{ chunks: string; postings: string }>(`SELECT pg_table_size('session_chunks') AS chunks, pg_table_size('chunk_postings') AS postings`);
  const indexes = await pool.query<{ name: string; bytes: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_relation_size(indexrelid) AS bytes FROM pg_index WHERE indrelid IN ('session_chunks'::regclass, 'chunk_postings'::regclass) ORDER BY 1`,
  );
  return { table: Number(tables.rows[0].chunks), postingsTable: Number(tables.rows[0].postings), indexes: indexes.rows.map((r) => ({ name: r.name, bytes: Number(r.bytes) })) };
}

/** Re-indexes a few real 50-minute sessions (transcript → chunks → embeddings → rows), as `reembed` does per session. */
async function reembedSample(app: ReturnType<typeof createBenchApp>, organizationId: string, patientId: string): Promise<{ msPerSession: number }> {
  const therapist = await app.db.user.findFirstOrThrow({ where: { organizationId, role: 'THERAPIST' } });
  const { indexing } = createPipeline(app, { name: 'unused', transcribe: () => Promise.reject(new Error('not used')) });
  const ids: string[] = [];
  for (let i = 0; i < REEMBED_SAMPLE_SESSIONS + 1; i++) {
    const session = await app.db.session.create({
      data: { organizationId, patientId, therapistId: therapist.id, status: 'TRANSCRIBED', mimeType: 'audio/wav', sizeBytes: 1_000n, recordedAt: new Date() },
    });
    await app.db.transcript.create({ data: { sessionId: session.id, organizationId, patientId, provider: 'bench', model: 'synthesized', language: 'en', segments: synthesizeTranscript(7_500, 100 + i) as never } });
    ids.push(session.id);
  }
  await indexing.index(ids[0]); // warm-up (embedder caches, JIT)
  const started = performance.now();
  for (const id of ids.slice(1)) await indexing.index(id);
  return { msPerSession: (performance.now() - started) / REEMBED_SAMPLE_SESSIONS };
}

if (require.main === module) runAsMain('retrieval-scale', () => run());
