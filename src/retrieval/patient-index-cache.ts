import type { Principal } from '../auth/principal';
import { bm25Document, bm25Rank, passageStems, type Bm25Document } from './bm25';
import type { FoundChunk } from './chunk.repository';
import type { IndexRow, IndexState, PatientIndexRepository } from './patient-index.repository';

/** Patients remembered as uncacheable at a version. */
const MAX_REJECTED = 10_000;

/** 256 MiB: about 100 patients of 2 000 chunks with 812-dimension vectors. */
export const DEFAULT_PATIENT_INDEX_BYTES = 256 * 1024 * 1024;

/** One patient's searchable chunks at one version: their BM25 documents and the vectors of one model. */
export interface PatientIndex {
  version: string;
  /** The embedding model of `vectors`. */
  model: string;
  /** Every searchable chunk, in the searches' tie order (newer session first, earlier in it, id). */
  documents: Bm25Document<FoundChunk>[];
  /** Positions (in `documents`) of the chunks with a vector of the model, and those vectors, back to back. */
  vectorRows: Int32Array;
  vectors: Float32Array;
  dimensions: number;
  /** Every stem of the patient's chunks (knownStems). */
  stems: Set<string>;
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
    const entry = stale ? null : indexOf(version, rows, model);
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
function indexOf(version: string, rows: IndexRow[], model: string): PatientIndex | null {
  const documents: Bm25Document<FoundChunk>[] = [];
  const stems = new Set<string>();
  const vectorRows: number[] = [];
  const withVectors = rows.filter((r) => r.ofModel);
  const dimensions = withVectors[0]?.embedding?.length ?? 0;
  const vectors = new Float32Array(withVectors.length * dimensions);
  let bytes = 256;
  for (const { stemCount, embedding, ofModel, ...chunk } of rows) {
    const document = bm25Document(chunk as FoundChunk, passageStems(chunk.text));
    if (document.length !== stemCount) return null;
    if (ofModel) {
      if (!embedding || embedding.length !== dimensions) return null;
      vectors.set(embedding, vectorRows.length * dimensions);
      vectorRows.push(documents.length);
    }
    documents.push(document);
    for (const stem of document.frequencies.keys()) stems.add(stem);
    bytes += 400 + 2 * chunk.text.length + 80 * document.frequencies.size;
  }
  for (const stem of stems) bytes += 64 + 2 * stem.length;
  bytes += vectors.byteLength + 4 * vectorRows.length;
  return { version, model, documents, vectorRows: Int32Array.from(vectorRows), vectors, dimensions, stems, bytes };
}

/**
 * The `limit` chunks nearest `query` by cosine distance, ordered like ChunkRepository.vectorSearch
 * (distance, then the tie order of `documents`); the score is 1 − distance. Computed in float64
 * over the float4 components pgvector stores, the query rounded to float4 as pgvector does.
 */
export function vectorTopK(index: PatientIndex, query: readonly number[], limit: number): FoundChunk[] {
  const { dimensions, vectors, vectorRows, documents } = index;
  if (query.length !== dimensions) throw new Error(`query vector has ${query.length} dimensions, the index ${dimensions}`);
  const q = Float32Array.from(query);
  let qq = 0;
  for (let d = 0; d < dimensions; d++) qq += q[d] * q[d];
  const scored: { row: number; distance: number }[] = [];
  for (let r = 0; r < vectorRows.length; r++) {
    let dot = 0;
    let vv = 0;
    const base = r * dimensions;
    for (let d = 0; d < dimensions; d++) {
      const v = vectors[base + d];
      dot += q[d] * v;
      vv += v * v;
    }
    const similarity = Math.min(1, Math.max(-1, dot / Math.sqrt(qq * vv)));
    scored.push({ row: vectorRows[r], distance: 1 - similarity });
  }
  // NaN (a zero vector) sorts last, as in PostgreSQL; equal distances keep the tie order.
  scored.sort((a, b) => (Number.isNaN(a.distance) ? 1 : 0) - (Number.isNaN(b.distance) ? 1 : 0) || a.distance - b.distance || a.row - b.row);
  return scored.slice(0, limit).map(({ row, distance }) => ({ ...documents[row].item, score: 1 - distance }));
}

/** Okapi BM25 over the patient's whole index with `bm25Rank` (as ChunkRepository.textSearch ranks): the best `limit`. */
export function textTopK(index: PatientIndex, terms: readonly string[], weights: readonly number[], limit: number): FoundChunk[] {
  return bm25Rank(terms, index.documents, weights).slice(0, limit).map(({ item, score }) => ({ ...item, score }));
}

/** Which of `stems` occur in the patient's chunks. */
export function knownIn(index: PatientIndex, stems: readonly string[]): Set<string> {
  return new Set(stems.filter((s) => index.stems.has(s)));
}

function keyOf(principal: Principal): string {
  return `${principal.organizationId}:${principal.userId}`;
}
