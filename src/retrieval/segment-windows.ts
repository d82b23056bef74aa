import type { Principal } from '../auth/principal';
import { Prisma } from '../db/prisma';
import type { Segment } from '../transcripts/segment';

/** Where a chunk lies in its session (what its transcript window is cut around). */
export type WindowedChunk = { sessionId: string; startSec: number; endSec: number };

/** A chunk's window of its transcript and the window's offset in it; null without a transcript of the patient. */
export type SegmentWindow = { offset: number; segments: Segment[] } | null;

/** One row of `segmentWindowsQuery`: the chunk's position in the list (from 1), the window's offset and segments. */
export type SegmentWindowRow = { ord: number; offset: number | null; segments: Segment[] };

/**
 * A SELECT of `(ord, offset, segments)`: per chunk of the principal's own sessions (others' are never
 * read) the window of its transcript cut in PostgreSQL, not the whole transcript: from the first
 * segment ending at or after start − `slackSec` to the last starting at or before end + `slackSec`.
 * Usable alone or as a CTE of a larger statement.
 */
export function segmentWindowsQuery(principal: Principal, chunks: readonly WindowedChunk[], slackSec: number): Prisma.Sql {
  return Prisma.sql`
    WITH t AS MATERIALIZED (
      SELECT k.ord, k.start_sec, k.end_sec, CASE jsonb_typeof(t.segments) WHEN 'array' THEN t.segments ELSE '[]'::jsonb END AS segments
      FROM unnest(${chunks.map((c) => c.sessionId)}::uuid[], ${chunks.map((c) => c.startSec)}::float8[], ${chunks.map((c) => c.endSec)}::float8[]) WITH ORDINALITY AS k(session_id, start_sec, end_sec, ord)
      JOIN transcripts t ON t.session_id = k.session_id AND t.organization_id = ${principal.organizationId}::uuid AND t.patient_id = ${principal.userId}::uuid)
    SELECT t.ord::int AS ord, (b.first - 1)::int AS "offset",
      CASE WHEN b.first <= b.last THEN jsonb_path_query_array(t.segments, '$[$a to $b]', jsonb_build_object('a', b.first - 1, 'b', b.last - 1)) ELSE '[]'::jsonb END AS segments
    FROM t CROSS JOIN LATERAL (
      SELECT min(e.i) FILTER (WHERE e."end" >= t.start_sec - ${slackSec}::float8) AS first, max(e.i) FILTER (WHERE e.start <= t.end_sec + ${slackSec}::float8) AS last
      FROM ROWS FROM (jsonb_to_recordset(t.segments) AS (start float8, "end" float8)) WITH ORDINALITY AS e(start, "end", i)) b`;
}

/** The rows of `segmentWindowsQuery` back in the chunks' order (rows with a null `ord` are ignored). */
export function windowsOf(rows: readonly { ord: number | null; offset: number | null; segments: Segment[] | null }[], count: number): SegmentWindow[] {
  const byOrdinal = new Map(rows.filter((r) => r.ord !== null).map((r) => [Number(r.ord), r]));
  return Array.from({ length: count }, (_, i) => {
    const row = byOrdinal.get(i + 1);
    return row ? { offset: row.offset ?? 0, segments: row.offset === null ? [] : (row.segments ?? []) } : null;
  });
}
