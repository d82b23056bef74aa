import type { Principal } from '../auth/principal';
import type { Database } from '../db/prisma';
import { ANALYZER_VERSION } from './bm25';
import { indexStateCtes, INDEX_VERSION, type FoundChunk } from './chunk.repository';
import { segmentWindowsQuery, windowsOf, type SegmentWindow, type WindowedChunk } from './segment-windows';
import type { Segment } from '../transcripts/segment';

/** One searchable chunk as the in-process index keeps it: what a citation needs, its BM25 length and its vector. */
export interface IndexRow extends FoundChunk {
  /** The stored BM25 length (stem_count) of the current analyzer. */
  stemCount: number | null;
  /** The chunk's vector (float4, exactly as pgvector stores it) when it is of the asked model, else null. */
  embedding: Float32Array | null;
  /** Whether the chunk's vector is of the asked model (a null vector of that model is possible). */
  ofModel: boolean;
}

/** The version of a patient's searchable chunks, and how many of them lack postings of the current analyzer. */
export interface IndexState {
  version: string;
  stale: number;
}

/**
 * Reads for the per-patient in-process index (PatientIndexCache): the version of the patient's
 * searchable chunks (ChunkRepository's INDEX_VERSION: count and id-hash sum, so any write or
 * delete changes it) and, in one statement (one snapshot), every searchable chunk with that
 * version. Scoped to organization AND patient, only READY, undeleted sessions, like every search.
 */
export class PatientIndexRepository {
  constructor(private readonly db: Database) {}

  /** The patient's index version and stale count (one aggregate over their chunks, no postings read). */
  async state(principal: Principal): Promise<IndexState> {
    const rows = await this.db.$queryRaw<IndexState[]>`WITH ${indexStateCtes(principal)} SELECT stale, version FROM state`;
    return { version: rows[0]?.version ?? '', stale: Number(rows[0]?.stale ?? 0) };
  }

  /**
   * `state` and, in the same statement (one snapshot), the transcript windows of `chunks`
   * (segmentWindowsQuery): a search answered from an entry needs only this one round trip, its
   * windows valid when the state is the entry's.
   */
  async stateWithWindows(principal: Principal, chunks: readonly WindowedChunk[], slackSec: number): Promise<IndexState & { windows: SegmentWindow[] }> {
    const rows = await this.db.$queryRaw<(IndexState & { ord: number | null; offset: number | null; segments: Segment[] | null })[]>`
      WITH ${indexStateCtes(principal)},
      w AS (${segmentWindowsQuery(principal, chunks, slackSec)})
      SELECT state.stale, state.version, w.ord, w."offset", w.segments FROM state LEFT JOIN w ON true`;
    return { version: rows[0]?.version ?? '', stale: Number(rows[0]?.stale ?? 0), windows: windowsOf(rows, chunks.length) };
  }

  /**
   * Every searchable chunk of the patient, ordered as the searches break ties (newer session first,
   * then earlier in the session, then id), vectors of `model` in binary (vector_send), and the state
   * they were read at, all from one statement.
   */
  async rows(principal: Principal, model: string): Promise<IndexState & { rows: IndexRow[] }> {
    const org = principal.organizationId;
    const patient = principal.userId;
    const raw = await this.db.$queryRaw<(Omit<IndexRow, 'embedding'> & IndexState & { embedding: Uint8Array | null })[]>`
      WITH ready AS MATERIALIZED (
        SELECT s.id, s.recorded_at FROM sessions s
        WHERE s.organization_id = ${org}::uuid AND s.patient_id = ${patient}::uuid AND s.status = 'READY' AND s.deleted_at IS NULL),
      chunks AS MATERIALIZED (
        SELECT c.*, s.recorded_at FROM session_chunks c JOIN ready s ON s.id = c.session_id
        WHERE c.organization_id = ${org}::uuid AND c.patient_id = ${patient}::uuid),
      stats AS (
        SELECT count(*) FILTER (WHERE c.analyzer_version IS DISTINCT FROM ${ANALYZER_VERSION}::int)::int AS stale, ${INDEX_VERSION} AS version FROM chunks c)
      SELECT stats.stale, stats.version, c.id, c.session_id AS "sessionId", c.recorded_at AS "recordedAt", c.ordinal, c.text,
        c.start_sec AS "startSec", c.end_sec AS "endSec", c.speakers, 0::float8 AS score, c.stem_count AS "stemCount",
        c.embedding_model = ${model} AS "ofModel", CASE WHEN c.embedding_model = ${model} THEN vector_send(c.embedding) END AS embedding
      FROM stats LEFT JOIN chunks c ON true
      ORDER BY c.recorded_at DESC, c.start_sec, c.id`;
    const state = { version: raw[0]?.version ?? '', stale: Number(raw[0]?.stale ?? 0) };
    const rows = raw.filter((r) => r.id !== null).map(({ stale: _stale, version: _version, embedding, ...row }) => ({ ...row, embedding: embedding ? fromVectorSend(embedding) : null }));
    return { ...state, rows: rows as IndexRow[] };
  }
}

/** pgvector's binary form: int16 dimensions, int16 unused, then each float4 in network byte order. */
export function fromVectorSend(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dimensions = view.getInt16(0, false);
  const vector = new Float32Array(dimensions);
  for (let i = 0; i < dimensions; i++) vector[i] = view.getFloat32(4 + 4 * i, false);
  return vector;
}
