import { randomUUID } from 'node:crypto';
import { toSql } from 'pgvector';
import type { Principal } from '../auth/principal';
import { Prisma, type Database } from '../db/prisma';
import { ANALYZER_VERSION, BM25_B, BM25_K1, passagePostings, uniqueTerms } from './bm25';
import type { Chunk } from './chunker';
import { segmentWindowsQuery, windowsOf, type SegmentWindow, type SegmentWindowRow, type WindowedChunk } from './segment-windows';

/** A chunk found by a search, with what a citation needs. */
export interface FoundChunk {
  id: string;
  sessionId: string;
  recordedAt: Date;
  ordinal: number;
  text: string;
  startSec: number;
  endSec: number;
  speakers: string[];
  score: number;
}

type Tx = Prisma.TransactionClient | Database;
/**
 * Over the patient's searchable chunks `c` (an aggregate): their count and the sum of 64-bit hashes
 * of each id seeded by its embedding model (the version of their index), so a chunk whose model
 * changes in place changes the version as surely as one written or deleted.
 */
export const INDEX_VERSION = Prisma.sql`count(*)::text || ':' || coalesce(sum(uuid_hash_extended(c.id, hashtext(c.embedding_model))), 0)::text`;

/**
 * Two CTEs scoped to the principal's organization and own patient id: `ready(ids)`, their READY and
 * undeleted sessions, and `state(stale, version)`, the version of their searchable chunks' index and
 * how many of those chunks an older analyzer wrote.
 */
export function indexStateCtes(principal: Principal): Prisma.Sql {
  const org = principal.organizationId;
  const patient = principal.userId;
  return Prisma.sql`ready AS (
        SELECT coalesce(array_agg(s.id), '{}') AS ids FROM sessions s
        WHERE s.organization_id = ${org}::uuid AND s.patient_id = ${patient}::uuid AND s.status = 'READY' AND s.deleted_at IS NULL),
      state AS (
        SELECT count(*) FILTER (WHERE c.analyzer_version IS DISTINCT FROM ${ANALYZER_VERSION}::int)::int AS stale, ${INDEX_VERSION} AS version
        FROM session_chunks c, ready
        WHERE c.organization_id = ${org}::uuid AND c.patient_id = ${patient}::uuid AND c.session_id = ANY(ready.ids))`;
}

const FOUND_COLUMNS = Prisma.sql`c.id, c.session_id AS "sessionId", s.recorded_at AS "recordedAt", c.ordinal, c.text,
  c.start_sec AS "startSec", c.end_sec AS "endSec", c.speakers`;

/**
 * Equal scores are ordered the same way every time: the newer session first, then earlier in the
 * session (the chunk id, random, only breaks what is left).
 *
 * The only place with raw SQL over chunks and their postings (pgvector, BM25 over the inverted index). Every search takes the
 * principal and filters organization_id AND patient_id in the same statement, plus only READY,
 * undeleted sessions and vectors of the current embedding model.
 */
export class ChunkRepository {
  constructor(private readonly db: Database) {}

  /**
   * Replaces all chunks of a session and their postings (call inside the transaction that checks
   * consent): the old chunks' postings go with them (ON DELETE CASCADE), the new ones are written
   * with the current ANALYZER_VERSION in the same transaction.
   */
  async replaceForSession(tx: Tx, session: { id: string; organizationId: string; patientId: string }, chunks: Chunk[], vectors: number[][], model: string): Promise<void> {
    await tx.$executeRaw`DELETE FROM session_chunks WHERE session_id = ${session.id}::uuid`;
    const indexed: IndexedText[] = [];
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      const id = randomUUID();
      const postings = passagePostings(c.text);
      indexed.push({ id, sessionId: session.id, ...postings });
      await tx.$executeRaw`INSERT INTO session_chunks
        (id, session_id, patient_id, organization_id, ordinal, text, start_sec, end_sec, speakers, token_count, embedding_model, embedding, stem_count, analyzer_version)
        VALUES (${id}::uuid, ${session.id}::uuid, ${session.patientId}::uuid, ${session.organizationId}::uuid, ${c.ordinal}, ${c.text}, ${c.startSec}, ${c.endSec},
          ${c.speakers}::text[], ${c.tokenCount}, ${model}, ${toSql(vectors[i])}::vector, ${postings.length}, ${ANALYZER_VERSION})`;
    }
    await insertPostings(tx, session.organizationId, session.patientId, indexed);
  }

  /**
   * Okapi BM25 (OR semantics, k1 1.2, b 0.75; each term scaled by its weight in `queryWeights`,
   * default 1) over the patient's postings of `queryTerms` only, in one
   * statement: N and the average length over the patient's READY, undeleted chunks, df per term,
   * ties ordered like the other searches. Equals `bm25Rank` over the same chunks (see
   * tests/integration/text-index.test.ts). `version` (see `knownStems`). `stale` counts the patient's searchable chunks whose
   * postings are missing or of another ANALYZER_VERSION; the ranking is complete only when it is 0.
   */
  async textSearch(principal: Principal, queryTerms: readonly string[], limit: number, queryWeights?: readonly number[]): Promise<{ chunks: FoundChunk[]; stale: number; version: string }> {
    // Each stem once at its highest weight (default 1), as bm25Rank counts it.
    const { terms: unique, weights } = uniqueTerms(queryTerms, queryWeights);
    const org = principal.organizationId;
    const patient = principal.userId;
    // No join per chunk or posting: both are kept by their session being in the patient's READY
    // list (an array); postings are read by (organization, patient, stem) per term and the found
    // rows by id (LATERAL … OFFSET 0), so the plan stays the same with or without statistics. The term's
    // position orders the sum as bm25Rank adds, so equal scores stay exactly equal; the tie-break
    // columns are read only for the best scores (WITH TIES keeps every chunk tied at the cut).
    const rows = await this.db.$queryRaw<(FoundChunk & { stale: number; version: string })[]>`
      WITH ready AS (
        SELECT coalesce(array_agg(s.id), '{}') AS ids FROM sessions s
        WHERE s.organization_id = ${org}::uuid AND s.patient_id = ${patient}::uuid AND s.status = 'READY' AND s.deleted_at IS NULL),
      stats AS (
        SELECT count(*)::float8 AS n,
          CASE WHEN coalesce(sum(c.stem_count), 0) = 0 THEN 1::float8 ELSE sum(c.stem_count)::float8 / count(*)::float8 END AS avgdl,
          count(*) FILTER (WHERE c.analyzer_version IS DISTINCT FROM ${ANALYZER_VERSION}::int)::int AS stale, ${INDEX_VERSION} AS version
        FROM session_chunks c, ready
        WHERE c.organization_id = ${org}::uuid AND c.patient_id = ${patient}::uuid AND c.session_id = ANY(ready.ids)),
      hits AS MATERIALIZED (
        SELECT p.chunk_id, p.tf::float8 AS tf, p.dl::float8 AS dl, t.ord, t.w
        FROM ready, unnest(${unique}::text[], ${weights}::float8[]) WITH ORDINALITY AS t(stem, w, ord)
        CROSS JOIN LATERAL (
          SELECT q.chunk_id, q.session_id, q.tf, q.dl FROM chunk_postings q
          WHERE q.organization_id = ${org}::uuid AND q.patient_id = ${patient}::uuid AND q.stem = t.stem OFFSET 0) p
        WHERE p.session_id = ANY(ready.ids)),
      idf AS (
        SELECT h.ord, ln(1::float8 + ((stats.n - count(*)::float8) + 0.5::float8) / (count(*)::float8 + 0.5::float8)) AS idf
        FROM hits h, stats GROUP BY h.ord, stats.n),
      ranked AS (
        SELECT h.chunk_id,
          sum(h.w * (((i.idf * h.tf) * ${BM25_K1 + 1}::float8) / (h.tf + ${BM25_K1}::float8 * (${1 - BM25_B}::float8 + (${BM25_B}::float8 * h.dl) / stats.avgdl))) ORDER BY h.ord) AS score
        FROM hits h JOIN idf i ON i.ord = h.ord, stats
        GROUP BY h.chunk_id
        ORDER BY score DESC
        FETCH FIRST (${limit}::int) ROWS WITH TIES),
      found AS (
        SELECT f.*, r.score FROM ranked r
        CROSS JOIN LATERAL (
          SELECT ${FOUND_COLUMNS} FROM session_chunks c JOIN sessions s ON s.id = c.session_id
          WHERE c.id = r.chunk_id AND c.organization_id = ${org}::uuid AND c.patient_id = ${patient}::uuid
            AND s.organization_id = ${org}::uuid AND s.patient_id = ${patient}::uuid OFFSET 0) f
        ORDER BY r.score DESC, f."recordedAt" DESC, f."startSec", f.id
        LIMIT ${limit})
      SELECT stats.stale, stats.version, found.* FROM stats LEFT JOIN found ON true
      ORDER BY found.score DESC, found."recordedAt" DESC, found."startSec", found.id`;
    const stale = rows.length ? Number(rows[0].stale) : 0;
    const chunks = rows.filter((r) => r.id !== null).map(({ stale: _stale, version: _version, ...chunk }) => chunk as FoundChunk);
    return { chunks, stale, version: rows[0]?.version ?? '' };
  }

  /**
   * Which of `stems` occur in the patient's READY, undeleted sessions (from the postings, scoped to
   * organization and patient), how many chunks have postings of another analyzer (their stems are not
   * known until indexed), and the version of the searchable chunks (INDEX_VERSION): it changes when one
   * is written or deleted or its session leaves or joins READY (every write makes new random ids).
   */
  async knownStems(principal: Principal, stems: readonly string[]): Promise<{ known: Set<string>; stale: number; version: string }> {
    const org = principal.organizationId;
    const patient = principal.userId;
    const rows = await this.db.$queryRaw<{ stem: string | null; stale: number; version: string }[]>`
      WITH ${indexStateCtes(principal)},
      found AS (
        SELECT t.stem FROM ready, unnest(${[...stems]}::text[]) AS t(stem)
        WHERE EXISTS (
          SELECT 1 FROM chunk_postings q
          WHERE q.organization_id = ${org}::uuid AND q.patient_id = ${patient}::uuid AND q.stem = t.stem AND q.session_id = ANY(ready.ids)))
      SELECT state.stale, state.version, found.stem FROM state LEFT JOIN found ON true`;
    const stale = rows.length ? Number(rows[0].stale) : 0;
    return { known: new Set(rows.flatMap((r) => (r.stem === null ? [] : [r.stem]))), stale, version: rows[0]?.version ?? '' };
  }

  /** Runs `work` in one transaction (a session's chunks are replaced under the consent lock). */
  transaction<T>(work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.db.$transaction(work, options.timeoutMs ? { timeout: options.timeoutMs } : undefined);
  }

  /**
   * (Re)writes the postings of the patient's chunks that have none or another ANALYZER_VERSION
   * (rows from before the inverted index, or after the analyzer changed). Rows another transaction
   * holds (being replaced or indexed right now) are skipped: that transaction writes them current.
   * Returns how many chunks were indexed.
   */
  async indexStaleText(organizationId: string, patientId: string): Promise<number> {
    return this.db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ id: string; sessionId: string; text: string }[]>`
          SELECT id, session_id AS "sessionId", text FROM session_chunks
          WHERE organization_id = ${organizationId}::uuid AND patient_id = ${patientId}::uuid
            AND analyzer_version IS DISTINCT FROM ${ANALYZER_VERSION}::int
          ORDER BY id FOR UPDATE SKIP LOCKED`;
        if (!rows.length) return 0;
        const indexed = rows.map((r) => ({ id: r.id, sessionId: r.sessionId, ...passagePostings(r.text) }));
        const ids = indexed.map((r) => r.id);
        await tx.$executeRaw`DELETE FROM chunk_postings WHERE chunk_id = ANY(${ids}::uuid[])
          AND organization_id = ${organizationId}::uuid AND patient_id = ${patientId}::uuid`;
        await insertPostings(tx, organizationId, patientId, indexed);
        await tx.$executeRaw`UPDATE session_chunks c SET stem_count = u.n, analyzer_version = ${ANALYZER_VERSION}::int
          FROM unnest(${ids}::uuid[], ${indexed.map((r) => r.length)}::int[]) AS u(id, n)
          WHERE c.id = u.id AND c.organization_id = ${organizationId}::uuid AND c.patient_id = ${patientId}::uuid`;
        return rows.length;
      },
      { timeout: 120_000 },
    );
  }

  /** Nearest chunks by cosine distance: an exact scan of the patient's rows (100 % recall). */
  async vectorSearch(principal: Principal, vector: number[], model: string, limit: number): Promise<FoundChunk[]> {
    // The distance is computed once per row; the patient's READY sessions are read first (a few
    // dozen rows), so PostgreSQL never reads the rest of the organization's sessions. The row keeps
    // the vector and embedding_model in place (STORAGE MAIN): no TOAST read per chunk.
    return this.db.$queryRaw<FoundChunk[]>`
      WITH ready AS MATERIALIZED (
        SELECT s.id, s.recorded_at FROM sessions s
        WHERE s.organization_id = ${principal.organizationId}::uuid AND s.patient_id = ${principal.userId}::uuid
          AND s.status = 'READY' AND s.deleted_at IS NULL)
      SELECT found.*, 1 - found.distance AS score FROM (
        SELECT c.id, c.session_id AS "sessionId", s.recorded_at AS "recordedAt", c.ordinal, c.text,
          c.start_sec AS "startSec", c.end_sec AS "endSec", c.speakers, c.embedding <=> ${toSql(vector)}::vector AS distance
        FROM session_chunks c JOIN ready s ON s.id = c.session_id
        WHERE c.organization_id = ${principal.organizationId}::uuid AND c.patient_id = ${principal.userId}::uuid
          AND c.embedding_model = ${model}
        ORDER BY distance, s.recorded_at DESC, c.start_sec, c.id
        LIMIT ${limit}) found
      ORDER BY found.distance, found."recordedAt" DESC, found."startSec", found.id`;
  }

  /**
   * Ids of every chunk of the patient's READY sessions, for the in-process BM25 (one patient's
   * text is small: a 40-session history is about a thousand chunks). Ordered like the other searches.
   */
  async patientChunkIds(principal: Principal): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM session_chunks c JOIN sessions s ON s.id = c.session_id
      WHERE c.organization_id = ${principal.organizationId}::uuid AND c.patient_id = ${principal.userId}::uuid
        AND s.organization_id = ${principal.organizationId}::uuid AND s.patient_id = ${principal.userId}::uuid
        AND s.status = 'READY' AND s.deleted_at IS NULL
      ORDER BY s.recorded_at DESC, c.start_sec, c.id`;
    return rows.map((r) => r.id);
  }

  /** Some of the patient's chunks by id (ids of anyone else's chunks find nothing), in the order of `ids`. */
  async chunksByIds(principal: Principal, ids: string[]): Promise<FoundChunk[]> {
    if (!ids.length) return [];
    const rows = await this.db.$queryRaw<FoundChunk[]>`
      SELECT ${FOUND_COLUMNS}, 0::float8 AS score
      FROM session_chunks c JOIN sessions s ON s.id = c.session_id
      WHERE c.id = ANY(${ids}::uuid[])
        AND c.organization_id = ${principal.organizationId}::uuid AND c.patient_id = ${principal.userId}::uuid
        AND s.organization_id = ${principal.organizationId}::uuid AND s.patient_id = ${principal.userId}::uuid
        AND s.status = 'READY' AND s.deleted_at IS NULL`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Per chunk of the patient's own sessions, its transcript window (segmentWindowsQuery); null without a transcript. */
  async segmentWindows(principal: Principal, chunks: readonly WindowedChunk[], slackSec: number): Promise<SegmentWindow[]> {
    if (!chunks.length) return [];
    const rows = await this.db.$queryRaw<SegmentWindowRow[]>(segmentWindowsQuery(principal, chunks, slackSec));
    return windowsOf(rows, chunks.length);
  }

  /** Removes every chunk of a patient (AI_ANALYSIS revoked); their postings go with them (cascade). */
  async deleteForPatient(tx: Tx, organizationId: string, patientId: string): Promise<number> {
    return tx.$executeRaw`DELETE FROM session_chunks WHERE organization_id = ${organizationId}::uuid AND patient_id = ${patientId}::uuid`;
  }
}

/** A chunk's postings as the analyzer makes them. */
interface IndexedText {
  id: string;
  sessionId: string;
  frequencies: Map<string, number>;
  length: number;
}

const POSTINGS_PER_INSERT = 20_000;

/** Writes the postings of some chunks of one patient, a few multi-row INSERTs (unnest) in all. */
async function insertPostings(tx: Tx, organizationId: string, patientId: string, chunks: IndexedText[]): Promise<void> {
  let ids: string[] = [];
  let sessions: string[] = [];
  let stems: string[] = [];
  let tfs: number[] = [];
  let dls: number[] = [];
  const flush = async () => {
    if (!ids.length) return;
    await tx.$executeRaw`INSERT INTO chunk_postings (chunk_id, organization_id, patient_id, session_id, stem, tf, dl)
      SELECT p.chunk_id, ${organizationId}::uuid, ${patientId}::uuid, p.session_id, p.stem, p.tf, p.dl
      FROM unnest(${ids}::uuid[], ${sessions}::uuid[], ${stems}::text[], ${tfs}::int[], ${dls}::int[]) AS p(chunk_id, session_id, stem, tf, dl)`;
    ids = [];
    sessions = [];
    stems = [];
    tfs = [];
    dls = [];
  };
  for (const chunk of chunks) {
    for (const [stem, tf] of chunk.frequencies) {
      ids.push(chunk.id);
      sessions.push(chunk.sessionId);
      stems.push(stem);
      tfs.push(tf);
      dls.push(chunk.length);
    }
    if (ids.length >= POSTINGS_PER_INSERT) await flush();
  }
  await flush();
}
