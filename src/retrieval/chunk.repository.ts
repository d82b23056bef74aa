import { toSql } from 'pgvector';
import type { Principal } from '../auth/principal';
import { Prisma, type Database } from '../db/prisma';
import type { Segment } from '../transcripts/segment';
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
 * The only place with raw SQL over chunks (pgvector, and the reads behind the in-process BM25). Every search takes the
 * principal and filters organization_id AND patient_id in the same statement, plus only READY,
 * undeleted sessions and vectors of the current embedding model.
 */
export class ChunkRepository {
  constructor(private readonly db: Database) {}

  /** Replaces all chunks of a session (call inside the transaction that checks consent). */
  async replaceForSession(tx: Tx, session: { id: string; organizationId: string; patientId: string }, chunks: Chunk[], vectors: number[][], model: string): Promise<void> {
    await tx.$executeRaw`DELETE FROM session_chunks WHERE session_id = ${session.id}::uuid`;
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      await tx.$executeRaw`INSERT INTO session_chunks
        (session_id, patient_id, organization_id, ordinal, text, start_sec, end_sec, speakers, token_count, embedding_model, embedding)
        VALUES (${session.id}::uuid, ${session.patientId}::uuid, ${session.organizationId}::uuid, ${c.ordinal}, ${c.text}, ${c.startSec}, ${c.endSec},
          ${c.speakers}::text[], ${c.tokenCount}, ${model}, ${toSql(vectors[i])}::vector)`;
    }
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

  /** Removes every chunk of a patient (AI_ANALYSIS revoked). */
  async deleteForPatient(tx: Tx, organizationId: string, patientId: string): Promise<number> {
    return tx.$executeRaw`DELETE FROM session_chunks WHERE organization_id = ${organizationId}::uuid AND patient_id = ${patientId}::uuid`;
  }
}
