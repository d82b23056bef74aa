import { BM25_K1, uniqueTerms } from './bm25';
import type { FoundChunk } from './chunk.repository';
import type { PatientIndex } from './patient-index-cache';

/** Sorts after every real cosine distance (they lie in [0, 2]): a zero vector's NaN distance, as PostgreSQL orders it. */
const NAN_KEY = 3;

/**
 * Per-call scratch of the BM25 ranking, grown to the largest index seen: `scores` is all zeros
 * between calls (each call resets the rows it touched). Safe to share: the ranking is synchronous.
 */
let scratchScores = new Float64Array(0);
let scratchTouched = new Int32Array(0);

/**
 * The `limit` chunks nearest `query` by cosine distance, ordered like ChunkRepository.vectorSearch
 * (distance, then the tie order of `chunks`); the score is 1 − distance. Computed in float64 over
 * the float4 components pgvector stores, the query rounded to float4 as pgvector does (pgvector
 * sums in float4, so scores agree to about 1e-7 and the order is the same unless two distances do).
 * One pass over the contiguous vectors keeps the best `limit` in a small sorted buffer (no sort of
 * every distance).
 */
export function vectorTopK(index: PatientIndex, query: readonly number[], limit: number): FoundChunk[] {
  const { dimensions, vectors, vectorRows, squaredNorms, chunks } = index;
  const count = vectorRows.length;
  if (!count || limit <= 0) return [];
  if (query.length !== dimensions) throw new Error(`query vector has ${query.length} dimensions, the index ${dimensions}`);
  const q = Float64Array.from(Float32Array.from(query));
  let qq = 0;
  for (let d = 0; d < dimensions; d++) qq += q[d] * q[d];
  const size = Math.min(limit, count);
  const bestKeys = new Float64Array(size);
  const best = new Int32Array(size);
  let held = 0;
  const unrolled = dimensions - (dimensions % 4);
  for (let r = 0, base = 0; r < count; r++, base += dimensions) {
    // Four partial sums (as pgvector's vectorized loop keeps several): the rounding differs below 1e-12.
    let a = 0;
    let b = 0;
    let c = 0;
    let e = 0;
    let d = 0;
    for (; d < unrolled; d += 4) {
      a += q[d] * vectors[base + d];
      b += q[d + 1] * vectors[base + d + 1];
      c += q[d + 2] * vectors[base + d + 2];
      e += q[d + 3] * vectors[base + d + 3];
    }
    for (; d < dimensions; d++) a += q[d] * vectors[base + d];
    const distance = 1 - Math.min(1, Math.max(-1, (a + b + c + e) / Math.sqrt(qq * squaredNorms[r])));
    const key = Number.isNaN(distance) ? NAN_KEY : distance;
    // Rows come in tie order, so an equal key never displaces one already held.
    if (held === size && key >= bestKeys[size - 1]) continue;
    let at = held < size ? held++ : size - 1;
    for (; at > 0 && bestKeys[at - 1] > key; at--) {
      bestKeys[at] = bestKeys[at - 1];
      best[at] = best[at - 1];
    }
    bestKeys[at] = key;
    best[at] = r;
  }
  const found: FoundChunk[] = new Array(held);
  for (let i = 0; i < held; i++) found[i] = withScore(chunks[vectorRows[best[i]]], bestKeys[i] === NAN_KEY ? NaN : 1 - bestKeys[i]);
  return found;
}

/**
 * Okapi BM25 over the patient's whole index from its postings, with bm25Rank's arithmetic term by
 * term in the same order (so the scores are bm25Rank's, bit for bit: tests/integration/patient-index.test.ts),
 * ties in the chunks' order: the best `limit`, as ChunkRepository.textSearch ranks. Only the rows
 * the query's postings touch are visited, in reused buffers; the best `limit` are selected, not sorted.
 */
export function textTopK(index: PatientIndex, queryStems: readonly string[], queryWeights: readonly number[] | undefined, limit: number): FoundChunk[] {
  const { chunks, lengthNorms, postings } = index;
  const n = chunks.length;
  if (!n || limit <= 0) return [];
  const { terms, weights } = uniqueTerms(queryStems, queryWeights);
  if (scratchScores.length < n) {
    scratchScores = new Float64Array(n);
    scratchTouched = new Int32Array(n);
  }
  const scores = scratchScores;
  const touched = scratchTouched;
  let touchedCount = 0;
  for (let i = 0; i < terms.length; i++) {
    const list = postings.get(terms[i]);
    if (!list) continue;
    const { rows, tfs } = list;
    const df = rows.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const weight = weights[i];
    for (let p = 0; p < df; p++) {
      const row = rows[p];
      const f = tfs[p];
      // Every term adds more than 0 (positive weight and idf), so a zero score is a row not yet touched.
      if (scores[row] === 0) touched[touchedCount++] = row;
      scores[row] += weight * ((idf * f * (BM25_K1 + 1)) / (f + lengthNorms[row]));
    }
  }
  const size = Math.min(limit, touchedCount);
  const bestScores = new Float64Array(size);
  const best = new Int32Array(size);
  let held = 0;
  for (let t = 0; t < touchedCount; t++) {
    const row = touched[t];
    const score = scores[row];
    scores[row] = 0;
    if (!(score > 0)) continue;
    if (held === size && (score < bestScores[size - 1] || (score === bestScores[size - 1] && row > best[size - 1]))) continue;
    let at = held < size ? held++ : size - 1;
    for (; at > 0 && (bestScores[at - 1] < score || (bestScores[at - 1] === score && best[at - 1] > row)); at--) {
      bestScores[at] = bestScores[at - 1];
      best[at] = best[at - 1];
    }
    bestScores[at] = score;
    best[at] = row;
  }
  const found: FoundChunk[] = new Array(held);
  for (let i = 0; i < held; i++) found[i] = withScore(chunks[best[i]], bestScores[i]);
  return found;
}

/**
 * The chunk with another score. Its fields are copied by name: V8 copies a spread (`{ ...chunk, score }`)
 * of these objects about ten times slower, and a request makes close to a hundred of them.
 */
export function withScore(chunk: FoundChunk, score: number): FoundChunk {
  return { id: chunk.id, sessionId: chunk.sessionId, recordedAt: chunk.recordedAt, ordinal: chunk.ordinal, text: chunk.text, startSec: chunk.startSec, endSec: chunk.endSec, speakers: chunk.speakers, score };
}

/** Which of `stems` occur in the patient's chunks. */
export function knownIn(index: PatientIndex, stems: readonly string[]): Set<string> {
  return new Set(stems.filter((s) => index.postings.has(s)));
}
