import { randomUUID } from 'node:crypto';
import { toSql } from 'pgvector';
import type { Principal } from '../auth/principal';
import { Prisma, type Database } from '../db/prisma';
import type { Segment } from '../transcripts/segment';
import { ANALYZER_VERSION, BM25_B, BM25_K1, passagePostings } from './bm25';
import type { Chunk } from './chunker';

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
      indexed.push({ id, ...postings });
      await tx.$executeRaw`INSERT INTO session_chunks
        (id, session_id, patient_id, organization_id, ordinal, text, start_sec, end_sec, speakers, token_count, embedding_model, embedding, stem_count, analyzer_version)
        VALUES (${id}::uuid, ${session.id}::uuid, ${session.patientId}::uuid, ${session.organizationId}::uuid, ${c.ordinal}, ${c.text}, ${c.startSec}, ${c.endSec},
          ${c.speakers}::text[], ${c.tokenCount}, ${model}, ${toSql(vectors[i])}::vector, ${postings.length}, ${ANALYZER_VERSION})`;
    }
    await insertPostings(tx, session.organizationId, session.patientId, indexed);
  }

  /**
   * Okapi BM25 (OR semantics, k1 1.2, b 0.75) over the patient's postings of `terms` only, in one
   * statement: N and the average length over the patient's READY, undeleted chunks, df per term,
   * ties ordered like the other searches. Equals `bm25Rank` over the same chunks (see
   * tests/integration/text-index.test.ts). `stale` counts the patient's searchable chunks whose
   * postings are missing or of another ANALYZER_VERSION; the ranking is complete only when it is 0.
   */
  async textSearch(principal: Principal, terms: readonly string[], limit: number): Promise<{ chunks: FoundChunk[]; stale: number }> {
    const unique = [...new Set(terms)];
    const org = principal.organizationId;
    const patient = principal.userId;
    // The patient's chunk list comes from the (organization_id, patient_id) index alone and is joined
    // to the READY sessions by hash (materialized CTEs fix that plan). The sum runs in query-term
    // order (as bm25Rank adds), so equal scores stay exactly equal.
    const rows = await this.db.$queryRaw<(FoundChunk & { stale: number })[]>`
      WITH chunks AS MATERIALIZED (
        SELECT c.id, c.session_id, c.stem_count, c.analyzer_version, c.start_sec FROM session_chunks c
        WHERE c.organization_id = ${org}::uuid AND c.patient_id = ${patient}::uuid),
      ready AS MATERIALIZED (
        SELECT s.id, s.recorded_at FROM sessions s
        WHERE s.organization_id = ${org}::uuid AND s.patient_id = ${patient}::uuid AND s.status = 'READY' AND s.deleted_at IS NULL),
      eligible AS MATERIALIZED (
        SELECT c.id, c.stem_count, c.analyzer_version, c.start_sec, r.recorded_at FROM chunks c JOIN ready r ON r.id = c.session_id),
      stats AS (
        SELECT count(*)::float8 AS n,
          CASE WHEN coalesce(sum(stem_count), 0) = 0 THEN 1::float8 ELSE sum(stem_count)::float8 / count(*)::float8 END AS avgdl,
          count(*) FILTER (WHERE analyzer_version IS DISTINCT FROM ${ANALYZER_VERSION}::int)::int AS stale
        FROM eligible),
      terms AS (SELECT t.stem, t.ord FROM unnest(${unique}::text[]) WITH ORDINALITY AS t(stem, ord)),
      hits AS MATERIALIZED (
        SELECT p.chunk_id, p.tf::float8 AS tf, t.ord, t.stem, e.stem_count::float8 AS dl, e.recorded_at, e.start_sec
        FROM chunk_postings p JOIN terms t ON t.stem = p.stem JOIN eligible e ON e.id = p.chunk_id
        WHERE p.organization_id = ${org}::uuid AND p.patient_id = ${patient}::uuid AND p.stem = ANY(${unique}::text[])),
      idf AS (
        SELECT h.stem, ln(1::float8 + ((stats.n - count(*)::float8) + 0.5::float8) / (count(*)::float8 + 0.5::float8)) AS idf
        FROM hits h CROSS JOIN stats GROUP BY h.stem, stats.n),
      ranked AS (
        SELECT h.chunk_id, max(h.recorded_at) AS recorded_at, max(h.start_sec) AS start_sec,
          sum(((i.idf * h.tf) * ${BM25_K1 + 1}::float8) / (h.tf + ${BM25_K1}::float8 * (${1 - BM25_B}::float8 + (${BM25_B}::float8 * h.dl) / stats.avgdl)) ORDER BY h.ord) AS score
        FROM hits h JOIN idf i ON i.stem = h.stem CROSS JOIN stats
        GROUP BY h.chunk_id
        ORDER BY score DESC, recorded_at DESC, start_sec, h.chunk_id
        LIMIT ${limit}),
      found AS (
        SELECT ${FOUND_COLUMNS}, r.score FROM ranked r
        JOIN session_chunks c ON c.id = r.chunk_id JOIN sessions s ON s.id = c.session_id
        WHERE c.organization_id = ${org}::uuid AND c.patient_id = ${patient}::uuid
          AND s.organization_id = ${org}::uuid AND s.patient_id = ${patient}::uuid)
      SELECT stats.stale, found.* FROM stats LEFT JOIN found ON true
      ORDER BY found.score DESC, found."recordedAt" DESC, found."startSec", found.id`;
    const stale = rows.length ? Number(rows[0].stale) : 0;
    const chunks = rows.filter((r) => r.id !== null).map(({ stale: _stale, ...chunk }) => chunk as FoundChunk);
    return { chunks, stale };
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
        const rows = await tx.$queryRaw<{ id: string; text: string }[]>`
          SELECT id, text FROM session_chunks
          WHERE organization_id = ${organizationId}::uuid AND patient_id = ${patientId}::uuid
            AND analyzer_version IS DISTINCT FROM ${ANALYZER_VERSION}::int
          ORDER BY id FOR UPDATE SKIP LOCKED`;
        if (!rows.length) return 0;
        const indexed = rows.map((r) => ({ id: r.id, ...passagePostings(r.text) }));
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
    // The distance is computed once per row; the session join is narrowed to the patient too, so
    // PostgreSQL never reads the rest of the organization's sessions.
    return this.db.$queryRaw<FoundChunk[]>`
      SELECT found.*, 1 - found.distance AS score FROM (
        SELECT ${FOUND_COLUMNS}, c.embedding <=> ${toSql(vector)}::vector AS distance
        FROM session_chunks c JOIN sessions s ON s.id = c.session_id
        WHERE c.organization_id = ${principal.organizationId}::uuid AND c.patient_id = ${principal.userId}::uuid
          AND s.organization_id = ${principal.organizationId}::uuid AND s.patient_id = ${principal.userId}::uuid
          AND s.status = 'READY' AND s.deleted_at IS NULL AND c.embedding_model = ${model}
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

  /** The transcript segments of some of the patient's sessions (others' sessions are never read), by session id. */
  async segmentsOf(principal: Principal, sessionIds: string[]): Promise<Map<string, Segment[]>> {
    if (!sessionIds.length) return new Map();
    const rows = await this.db.transcript.findMany({
      where: { organizationId: principal.organizationId, patientId: principal.userId, sessionId: { in: sessionIds } },
      select: { sessionId: true, segments: true },
    });
    return new Map(rows.map((r) => [r.sessionId, (r.segments ?? []) as unknown as Segment[]]));
  }

  /** Removes every chunk of a patient (AI_ANALYSIS revoked); their postings go with them (cascade). */
  async deleteForPatient(tx: Tx, organizationId: string, patientId: string): Promise<number> {
    return tx.$executeRaw`DELETE FROM session_chunks WHERE organization_id = ${organizationId}::uuid AND patient_id = ${patientId}::uuid`;
  }
}

/** A chunk's postings as the analyzer makes them. */
interface IndexedText {
  id: string;
  frequencies: Map<string, number>;
  length: number;
}

const POSTINGS_PER_INSERT = 20_000;

/** Writes the postings of some chunks of one patient, a few multi-row INSERTs (unnest) in all. */
async function insertPostings(tx: Tx, organizationId: string, patientId: string, chunks: IndexedText[]): Promise<void> {
  let ids: string[] = [];
  let stems: string[] = [];
  let tfs: number[] = [];
  const flush = async () => {
    if (!ids.length) return;
    await tx.$executeRaw`INSERT INTO chunk_postings (chunk_id, organization_id, patient_id, stem, tf)
      SELECT p.chunk_id, ${organizationId}::uuid, ${patientId}::uuid, p.stem, p.tf
      FROM unnest(${ids}::uuid[], ${stems}::text[], ${tfs}::int[]) AS p(chunk_id, stem, tf)`;
    ids = [];
    stems = [];
    tfs = [];
  };
  for (const chunk of chunks) {
    for (const [stem, tf] of chunk.frequencies) {
      ids.push(chunk.id);
      stems.push(stem);
      tfs.push(tf);
    }
    if (ids.length >= POSTINGS_PER_INSERT) await flush();
  }
  await flush();
}
