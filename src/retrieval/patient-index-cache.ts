import type { Principal } from '../auth/principal';
import { BM25_B, BM25_K1, bm25Document, passageStems } from './bm25';
import type { FoundChunk } from './chunk.repository';
import type { IndexRow, IndexState, PatientIndexRepository } from './patient-index.repository';
import type { SegmentWindow, WindowedChunk } from './segment-windows';

import { withScore } from './patient-index-search';

export { knownIn, textTopK, vectorTopK } from './patient-index-search';

/** Chunks analyzed between two turns of the event loop while an entry is built. */
const ROWS_BETWEEN_YIELDS = 64;

/** Patients remembered as uncacheable at a version. */
const MAX_REJECTED = 10_000;

/** 256 MiB: about 100 patients of 2 000 chunks with 812-dimension vectors. */
export const DEFAULT_PATIENT_INDEX_BYTES = 256 * 1024 * 1024;

/** One patient's searchable chunks at one version: their BM25 postings and the vectors of one model. */
export interface PatientIndex {
  version: string;
  /** The embedding model of `vectors`. */
  model: string;
  /** Every searchable chunk, in the searches' tie order (newer session first, earlier in it, id). */
  chunks: FoundChunk[];
  /** Per chunk (same positions), its BM25 length (stem count). */
  lengths: Int32Array;
  /** The average length as bm25Rank computes it (1 when there is none). */
  averageLength: number;
  /** Per chunk, bm25Rank's length term `k1 · (1 − b + b · length / averageLength)` (the same float64 arithmetic). */
  lengthNorms: Float64Array;
  /** Per stem, the positions of the chunks holding it (ascending) and its count in each. */
  postings: Map<string, { rows: Int32Array; tfs: Int32Array }>;
  /** Positions (in `chunks`) of the chunks with a vector of the model, those vectors back to back, and their squared norms. */
  vectorRows: Int32Array;
  vectors: Float32Array;
  squaredNorms: Float64Array;
  dimensions: number;
  /** Estimated heap size, what the cache's bound counts. */
  bytes: number;
}

/**
 * A bounded per-patient in-process index (least recently used patients go first once the estimated
 * bytes pass `maxBytes`; 0 disables it). An entry holds the version it was read at: a request
 * reads the patient's current version (PatientIndexRepository.state) and uses the entry only when
 * they are equal, so any chunk written or deleted, session purged or consent revoked makes it
 * unusable on the very next request. Patients with chunks of another analyzer are never cached.
 */
export class PatientIndexCache {
  private readonly entries = new Map<string, PatientIndex>();
  private readonly building = new Map<string, Promise<void>>();
  /** Per patient, the version last found uncacheable (stale analyzer, too big): not read again at it. */
  private readonly rejected = new Map<string, string>();
  private totalBytes = 0;

  constructor(
    private readonly repository: PatientIndexRepository,
    private readonly options: { maxBytes?: number; warn?: (message: string) => void } = {},
  ) {}

  private get maxBytes(): number {
    return this.options.maxBytes ?? DEFAULT_PATIENT_INDEX_BYTES;
  }

  /** Whether an entry (of any version) is held for the principal's patient. */
  has(principal: Principal): boolean {
    return this.entries.has(keyOf(principal));
  }

  /** The patient's current version and stale count (one statement). */
  state(principal: Principal): Promise<IndexState> {
    return this.repository.state(principal);
  }

  /** `state`, and the transcript windows of `chunks` read in the same statement. */
  stateWithWindows(principal: Principal, chunks: readonly WindowedChunk[], slackSec: number): Promise<IndexState & { windows: SegmentWindow[] }> {
    return this.repository.stateWithWindows(principal, chunks, slackSec);
  }

  /** The patient's entry at whatever version it was read (order untouched), or null: to be confirmed by `lookup`. */
  held(principal: Principal, model: string): PatientIndex | null {
    const entry = this.entries.get(keyOf(principal));
    return entry && entry.model === model ? entry : null;
  }

  /** The entry at `state` (marked recently used), or null; an entry of another version is dropped. */
  lookup(principal: Principal, state: IndexState, model: string): PatientIndex | null {
    const key = keyOf(principal);
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.remove(key);
    if (entry.version !== state.version || state.stale || entry.model !== model) return null;
    this.entries.set(key, entry);
    this.totalBytes += entry.bytes;
    return entry;
  }

  /** The entry at `version` without touching the order or dropping anything, or null. */
  at(principal: Principal, version: string, model: string): PatientIndex | null {
    const entry = this.entries.get(keyOf(principal));
    return entry && entry.version === version && entry.model === model ? entry : null;
  }

  /**
   * Builds the patient's entry in the background (once at a time per patient; not again at a
   * `version` found uncacheable before); `whenBuilt` waits for it.
   */
  refresh(principal: Principal, model: string, version?: string): void {
    if (this.maxBytes <= 0) return;
    const key = keyOf(principal);
    if (this.building.has(key) || (version !== undefined && this.rejected.get(key) === version)) return;
    const build = this.build(principal, model)
      .catch((error: unknown) => this.options.warn?.(`patient index build failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => this.building.delete(key));
    this.building.set(key, build);
  }

  /** Resolves when the patient's background build (if any) has finished. */
  async whenBuilt(principal: Principal): Promise<void> {
    await this.building.get(keyOf(principal));
  }

  private async build(principal: Principal, model: string): Promise<void> {
    const { version, stale, rows } = await this.repository.rows(principal, model);
    const entry = stale ? null : await indexOf(version, rows, model);
    const key = keyOf(principal);
    this.remove(key);
    if (!entry || entry.bytes > this.maxBytes) {
      this.rejected.delete(key);
      this.rejected.set(key, version);
      if (this.rejected.size > MAX_REJECTED) this.rejected.delete(this.rejected.keys().next().value as string);
      return;
    }
    this.rejected.delete(key);
    this.entries.set(key, entry);
    this.totalBytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.totalBytes -= old.bytes;
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}

/**
 * The index of `rows`, or null when it could not rank exactly like PostgreSQL: a chunk whose stored
 * BM25 length differs from the analyzer's, a vector of the model that is null or of another length.
 */
async function indexOf(version: string, rows: IndexRow[], model: string): Promise<PatientIndex | null> {
  const chunks: FoundChunk[] = [];
  const lengths = new Int32Array(rows.length);
  const building = new Map<string, { rows: number[]; tfs: number[] }>();
  const vectorRows: number[] = [];
  const withVectors = rows.filter((r) => r.ofModel);
  const dimensions = withVectors[0]?.embedding?.length ?? 0;
  const vectors = new Float32Array(withVectors.length * dimensions);
  const squaredNorms = new Float64Array(withVectors.length);
  let bytes = 512;
  let totalLength = 0;
  for (const { stemCount, embedding, ofModel, ...found } of rows) {
    const chunk = withScore(found, found.score);
    const row = chunks.length;
    // Analyzing a long history takes a while: let requests run in between.
    if (row % ROWS_BETWEEN_YIELDS === ROWS_BETWEEN_YIELDS - 1) await new Promise<void>((resolve) => setImmediate(resolve));
    const { frequencies, length } = bm25Document(null, passageStems(chunk.text));
    if (length !== stemCount) return null;
    if (ofModel) {
      if (!embedding || embedding.length !== dimensions) return null;
      vectors.set(embedding, vectorRows.length * dimensions);
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += embedding[d] * embedding[d];
      squaredNorms[vectorRows.length] = norm;
      vectorRows.push(row);
    }
    for (const [stem, tf] of frequencies) {
      const list = building.get(stem) ?? { rows: [], tfs: [] };
      if (!list.rows.length) building.set(stem, list);
      list.rows.push(row);
      list.tfs.push(tf);
    }
    chunks.push(chunk);
    lengths[row] = length;
    totalLength += length;
    bytes += 300 + 2 * chunk.text.length + 8 * frequencies.size;
  }
  const postings = new Map<string, { rows: Int32Array; tfs: Int32Array }>();
  for (const [stem, list] of building) {
    postings.set(stem, { rows: Int32Array.from(list.rows), tfs: Int32Array.from(list.tfs) });
    bytes += 150 + 2 * stem.length;
  }
  bytes += vectors.byteLength + 12 * vectorRows.length + 4 * rows.length;
  // bm25Rank: the sum of the lengths over the count, or 1 (no chunk, or only empty ones).
  const averageLength = totalLength / rows.length || 1;
  const lengthNorms = new Float64Array(rows.length);
  for (let row = 0; row < rows.length; row++) lengthNorms[row] = BM25_K1 * (1 - BM25_B + (BM25_B * lengths[row]) / averageLength);
  bytes += lengthNorms.byteLength;
  return { version, model, chunks, lengths, averageLength, lengthNorms, postings, vectorRows: Int32Array.from(vectorRows), vectors, squaredNorms, dimensions, bytes };
}

function keyOf(principal: Principal): string {
  return `${principal.organizationId}:${principal.userId}`;
}
