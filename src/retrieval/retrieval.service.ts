import type { Principal } from '../auth/principal';
import { AppError } from '../errors';
import type { SourceUtterance } from '../providers/chat-model';
import type { Embedder } from '../providers/embedder';
import { bm25Document, bm25Rank, passageStems } from './bm25';
import type { ChunkRepository, FoundChunk } from './chunk.repository';
import type { Segment } from '../transcripts/segment';
import { KnownStemsCache } from './known-stems-cache';
import type { PatientIndex, PatientIndexCache } from './patient-index-cache';
import type { SegmentWindow } from './segment-windows';
import { knownIn, textTopK, vectorTopK } from './patient-index-search';
import { utterancesOfChunk } from './utterances';
import { expandQuery, loadWordNet, type WordNet } from './wordnet';

/** A retrieved passage with its fused rank and which searches found it. */
export interface RetrievedChunk extends FoundChunk {
  fusedScore: number;
  foundBy: ('vector' | 'text')[];
}

/** A retrieved passage with the transcript utterances it holds (what citations point at). */
export interface RetrievedPassage extends RetrievedChunk {
  utterances: SourceUtterance[];
}

/** Which searches to run; the eval compares them, the product uses hybrid. */
export type RetrievalMode = 'hybrid' | 'vector' | 'text';

/** How the two rankings are fused. */
export interface FusionOptions {
  /** Reciprocal rank fusion constant (Cormack et al.). */
  rrfK: number;
  /** Share of the fused score from the vector ranking; the rest is BM25's. */
  vectorWeight: number;
  /** How many of each ranking take part. */
  candidates: number;
  /** Weight of the question's WordNet synonyms in the BM25 query (its own words weigh 1; 0: no expansion). */
  expansionWeight?: number;
}

/** Chosen by patient-wise cross-validation on the development set (`npm run eval`, README "Retrieval quality"). */
export const DEFAULT_FUSION: Readonly<FusionOptions> = Object.freeze({ rrfK: 60, vectorWeight: 0.3, candidates: 40, expansionWeight: 0 });

/**
 * Per-patient hybrid retrieval: the vector top-k (pgvector, exact) ∪ Okapi BM25 over the patient's
 * own chunks (PostgreSQL, from the per-patient inverted index; the question's WordNet synonyms
 * join the query at a lower weight when WordNet is installed), fused by weighted reciprocal rank.
 * Every read is scoped to the principal's organization and patient in SQL.
 */
export class RetrievalService {
  constructor(
    private readonly chunks: ChunkRepository,
    private readonly embedder: Embedder,
    private readonly fusion: FusionOptions = DEFAULT_FUSION,
    private readonly wordnet: WordNet | null = null,
    private readonly index: PatientIndexCache | null = null,
  ) {}

  private readonly stemsCache = new KnownStemsCache();

  /** The best `limit` chunks of the calling patient's own sessions for `query`. */
  async retrieve(principal: Principal, query: string, options: { limit?: number; mode?: RetrievalMode; preferSessions?: string[] } = {}): Promise<RetrievedChunk[]> {
    return (await this.search(principal, query, options)).chunks;
  }

  /** `retrieve`, each passage with its utterances read from the sessions' transcripts (one query). */
  async retrievePassages(principal: Principal, query: string, options: { limit?: number; preferSessions?: string[] } = {}): Promise<RetrievedPassage[]> {
    return (await this.retrieveForAnswer(principal, query, options)).passages;
  }

  /**
   * `retrievePassages`, and `knownStems` for the same request: answered from memory while the
   * patient's chunks are still at the version this search read (no round trip), else from the postings.
   */
  async retrieveForAnswer(
    principal: Principal,
    query: string,
    options: { limit?: number; preferSessions?: string[] } = {},
  ): Promise<{ passages: RetrievedPassage[]; knownStems: (stems: readonly string[]) => Promise<Set<string>> }> {
    const { chunks: found, version, windows: read } = await this.search(principal, query, options, true);
    // Only the segments around each passage are read (a session's transcript is tens of kB); the
    // window keeps its place in the transcript, so utterance ids and matches are as over the whole.
    const windows = read ?? (await this.chunks.segmentWindows(principal, found, WINDOW_SLACK_SEC));
    const passages = found.map((chunk, i) => ({ ...chunk, utterances: utterancesOfChunk(chunk, inPlace(windows[i])) })).filter((passage) => passage.utterances.length);
    return { passages, knownStems: (stems) => this.knownStems(principal, stems, version) };
  }

  /**
   * Which of `stems` (as `passageStems` makes them) occur in any of the calling patient's chunks:
   * the whole history, not only the retrieved passages, so the answerer can decline a question
   * about something never said.
   */
  async knownStems(principal: Principal, stems: readonly string[], version?: string): Promise<Set<string>> {
    if (principal.role !== 'PATIENT') throw AppError.forbidden('Only a patient can search their own sessions');
    const wanted = [...new Set(stems)];
    if (!wanted.length) return new Set();
    const patient = `${principal.organizationId}:${principal.userId}`;
    const indexed = version === undefined ? null : this.index?.at(principal, version, this.embedder.model);
    if (indexed) return knownIn(indexed, wanted);
    const cached = version === undefined ? null : this.stemsCache.lookup(patient, version, wanted);
    if (cached) return cached;
    return this.onCurrentIndex(principal, async () => {
      const { known, stale, version: current } = await this.chunks.knownStems(principal, wanted);
      if (!stale) this.stemsCache.store(patient, current, wanted, known);
      return { result: known, stale };
    });
  }

  /**
   * The fused ranking, and the version of the patient's chunks it read (none without one): from the
   * in-process index when it holds the patient's current version, else from PostgreSQL (and the
   * index is then rebuilt in the background). With `withWindows`, a ranking from the index comes
   * with its passages' transcript windows, read in the statement that confirms the version.
   */
  private async search(
    principal: Principal,
    query: string,
    options: { limit?: number; mode?: RetrievalMode; preferSessions?: string[] },
    withWindows = false,
  ): Promise<{ chunks: RetrievedChunk[]; version?: string; windows?: SegmentWindow[] }> {
    if (principal.role !== 'PATIENT') throw AppError.forbidden('Only a patient can search their own sessions');
    const mode = options.mode ?? 'hybrid';
    const { terms, weights } = expandQuery(query, this.wordnet, this.fusion.expansionWeight ?? 0);
    const embedding = mode === 'text' ? null : this.embedder.embed([query], 'query').then(([vector]) => vector);
    // Not awaited before the other reads start; a rejection is handled where it is awaited.
    embedding?.catch(() => undefined);
    const rank = (lists: SearchLists) => preferSessions(fuse({ vector: lists.vector, text: lists.text }, this.fusion), options.preferSessions).slice(0, options.limit ?? 5);
    if (withWindows) {
      const answered = await this.fromIndexWithWindows(principal, mode, embedding, terms, weights, rank);
      if (answered) return answered;
    }
    const memory = await this.fromIndex(principal, mode, embedding, terms, weights);
    const lists = memory ?? (await this.fromDatabase(principal, mode, embedding, terms, weights));
    if (!memory) this.index?.refresh(principal, this.embedder.model, lists.version);
    return { chunks: rank(lists), version: lists.version };
  }

  /**
   * The ranking from the patient's entry at the version it holds, then one statement reads the
   * patient's current version and the passages' windows together; null (the caller searches again)
   * unless that version is the entry's, so a write, deletion or revocation is seen by this request.
   */
  private async fromIndexWithWindows(
    principal: Principal,
    mode: RetrievalMode,
    embedding: Promise<number[]> | null,
    terms: string[],
    weights: number[],
    rank: (lists: SearchLists) => RetrievedChunk[],
  ): Promise<{ chunks: RetrievedChunk[]; version: string; windows: SegmentWindow[] } | null> {
    const entry = this.index?.held(principal, this.embedder.model);
    if (!this.index || !entry) return null;
    const chunks = rank(fromEntry(entry, mode, await embedding, terms, weights, this.fusion.candidates));
    const { windows, ...state } = await this.index.stateWithWindows(principal, chunks, WINDOW_SLACK_SEC);
    if (this.index.lookup(principal, state, this.embedder.model) !== entry) return null;
    return { chunks, version: state.version, windows };
  }

  /** Both rankings from the in-process index, or null when it does not hold the patient's current version. */
  private async fromIndex(principal: Principal, mode: RetrievalMode, embedding: Promise<number[]> | null, terms: string[], weights: number[]): Promise<SearchLists | null> {
    if (!this.index?.has(principal)) return null;
    const [state, vector] = await Promise.all([this.index.state(principal), embedding]);
    const entry = this.index.lookup(principal, state, this.embedder.model);
    if (!entry) return null;
    return { ...fromEntry(entry, mode, vector, terms, weights, this.fusion.candidates), version: state.version };
  }

  /** Both rankings from PostgreSQL, concurrently. */
  private async fromDatabase(principal: Principal, mode: RetrievalMode, embedding: Promise<number[]> | null, terms: string[], weights: number[]): Promise<SearchLists> {
    const [vector, text] = await Promise.all([
      embedding ? embedding.then((v) => this.chunks.vectorSearch(principal, v, this.embedder.model, this.fusion.candidates)) : [],
      mode === 'vector' ? { chunks: [], version: undefined } : this.textCandidates(principal, terms, weights),
    ]);
    return { vector, text: text.chunks, version: text.version };
  }

  /**
   * BM25 over the patient's inverted index, computed in PostgreSQL over the query's postings only.
   * Chunks without postings of the current analyzer (written before the index existed, or before
   * the analyzer changed) are indexed here, the first time their patient searches, and the
   * statement runs again; a chunk a concurrent writer holds is left to that writer.
   */
  private async textCandidates(principal: Principal, terms: string[], weights: number[]): Promise<{ chunks: FoundChunk[]; version?: string }> {
    if (!terms.length) return { chunks: [] };
    return this.onCurrentIndex(principal, async () => {
      const { chunks, stale, version } = await this.chunks.textSearch(principal, terms, this.fusion.candidates, weights);
      return { result: { chunks, version }, stale };
    });
  }

  /**
   * Runs a read of the patient's postings; while it reports chunks indexed by another analyzer (or
   * not at all), indexes them and reads again, at most MAX_TEXT_INDEX_ATTEMPTS times.
   */
  private async onCurrentIndex<T>(principal: Principal, read: () => Promise<{ result: T; stale: number }>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const { result, stale } = await read();
      if (!stale || attempt === MAX_TEXT_INDEX_ATTEMPTS) return result;
      await this.chunks.indexStaleText(principal.organizationId, principal.userId);
    }
  }
}

/**
 * The WordNet `fusion` needs: read once per process when its expansion weight is above 0 (a
 * warning through `warn`, once, when wordnet-base is not installed), else none.
 */
export function wordNetFor(fusion: FusionOptions, warn: (message: string) => void): WordNet | null {
  return (fusion.expansionWeight ?? 0) > 0 ? loadWordNet(warn) : null;
}

/**
 * The slack of the segment windows read for passages, at least utterancesOfChunk's own (0.01 s):
 * a window from the first segment ending after start − slack to the last starting before
 * end + slack holds every segment utterancesOfChunk reads, whatever the order of the segments.
 */
const WINDOW_SLACK_SEC = 1;

/** Segments never matched: before a window, so that indexes stay those of the whole transcript. */
const OUTSIDE: Segment = Object.freeze({ speaker: '', role: 'UNKNOWN', start: -Infinity, end: -Infinity, text: '' });

/** A window as the transcript's first `offset + length` segments (those before it never match). */
function inPlace(window: { offset: number; segments: Segment[] } | null): Segment[] {
  if (!window) return [];
  return [...new Array<Segment>(window.offset).fill(OUTSIDE), ...window.segments];
}

/** Both rankings from one patient's index entry. */
function fromEntry(entry: PatientIndex, mode: RetrievalMode, vector: number[] | null, terms: string[], weights: number[], limit: number): SearchLists {
  return {
    vector: vector ? vectorTopK(entry, vector, limit) : [],
    text: mode === 'vector' || !terms.length ? [] : textTopK(entry, terms, weights, limit),
  };
}

/** The two rankings fusion takes, and the version of the patient's chunks they were read at (none without a text search). */
type SearchLists = Record<'vector' | 'text', FoundChunk[]> & { version?: string };

/** Searches (with re-indexing of stale chunks in between) before the text ranking is taken as it is. */
const MAX_TEXT_INDEX_ATTEMPTS = 3;

/** The chunks sharing stems with `query`, best BM25 score first (the score replaces `score`). */
export function rankByBm25(query: string, chunks: readonly FoundChunk[]): FoundChunk[] {
  const ranked = bm25Rank(passageStems(query), chunks.map((c) => bm25Document(c, passageStems(c.text))));
  return ranked.map(({ item, score }) => ({ ...item, score }));
}

/** Fused score factor for chunks of the sessions a follow-up's previous answer cited. */
export const PREFERRED_SESSION_BOOST = 1.5;

/** Ranks the chunks of `sessionIds` higher (a follow-up stays with the conversation's sessions); others keep their order. */
export function preferSessions(chunks: RetrievedChunk[], sessionIds: readonly string[] = []): RetrievedChunk[] {
  if (!sessionIds.length) return chunks;
  const preferred = new Set(sessionIds);
  return chunks
    .map((c) => (preferred.has(c.sessionId) ? retrieved(c, c.fusedScore * PREFERRED_SESSION_BOOST, c.foundBy) : c))
    .sort((a, b) => b.fusedScore - a.fusedScore);
}

/** Weighted reciprocal rank fusion of the two rankings; ties keep the vector order first, then the text order. */
export function fuse(lists: Record<'vector' | 'text', FoundChunk[]>, options: FusionOptions = DEFAULT_FUSION): RetrievedChunk[] {
  const fused = new Map<string, { chunk: FoundChunk; fusedScore: number; foundBy: ('vector' | 'text')[] }>();
  for (const name of ['vector', 'text'] as const) {
    const weight = name === 'vector' ? 2 * options.vectorWeight : 2 * (1 - options.vectorWeight);
    const list = lists[name];
    for (let rank = 0; rank < Math.min(list.length, options.candidates); rank++) {
      const chunk = list[rank];
      let entry = fused.get(chunk.id);
      if (!entry) fused.set(chunk.id, (entry = { chunk, fusedScore: 0, foundBy: [] }));
      entry.fusedScore += weight / (options.rrfK + rank + 1);
      entry.foundBy.push(name);
    }
  }
  return [...fused.values()].sort((a, b) => b.fusedScore - a.fusedScore).map(({ chunk, fusedScore, foundBy }) => retrieved(chunk, fusedScore, foundBy));
}

/** A fused chunk, its fields copied by name (see withScore). */
function retrieved(chunk: FoundChunk, fusedScore: number, foundBy: ('vector' | 'text')[]): RetrievedChunk {
  const { id, sessionId, recordedAt, ordinal, text, startSec, endSec, speakers, score } = chunk;
  return { id, sessionId, recordedAt, ordinal, text, startSec, endSec, speakers, score, fusedScore, foundBy };
}
