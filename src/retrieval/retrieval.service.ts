import type { Principal } from '../auth/principal';
import { AppError } from '../errors';
import type { Embedder } from '../providers/embedder';
import type { ChunkRepository, FoundChunk } from './chunk.repository';

/** A retrieved passage with its fused rank and which searches found it. */
export interface RetrievedChunk extends FoundChunk {
  fusedScore: number;
  foundBy: ('vector' | 'text')[];
}

/** Which searches to run; the eval compares them, the product uses hybrid. */
export type RetrievalMode = 'hybrid' | 'vector' | 'text';

/** Reciprocal rank fusion constant (Cormack et al.); 60 is the usual choice and not tuned here. */
const RRF_K = 60;

/** Per-patient hybrid retrieval: vector top-k ∪ full-text top-k, fused by reciprocal rank. */
export class RetrievalService {
  constructor(
    private readonly chunks: ChunkRepository,
    private readonly embedder: Embedder,
    private readonly candidates = 20,
  ) {}

  /** The best `limit` chunks of the calling patient's own sessions for `query`. */
  async retrieve(principal: Principal, query: string, options: { limit?: number; mode?: RetrievalMode } = {}): Promise<RetrievedChunk[]> {
    if (principal.role !== 'PATIENT') throw AppError.forbidden('Only a patient can search their own sessions');
    const mode = options.mode ?? 'hybrid';
    const [vector, text] = await Promise.all([
      mode === 'text' ? [] : this.vectorCandidates(principal, query),
      mode === 'vector' ? [] : this.chunks.textSearch(principal, query, this.candidates),
    ]);
    return fuse({ vector, text }).slice(0, options.limit ?? 5);
  }

  private async vectorCandidates(principal: Principal, query: string): Promise<FoundChunk[]> {
    const [embedding] = await this.embedder.embed([query], 'query');
    return this.chunks.vectorSearch(principal, embedding, this.embedder.model, this.candidates);
  }
}

/** Reciprocal rank fusion of ranked lists; ties keep the chunk order stable by id. */
export function fuse(lists: Record<'vector' | 'text', FoundChunk[]>): RetrievedChunk[] {
  const fused = new Map<string, RetrievedChunk>();
  for (const [name, list] of Object.entries(lists) as ['vector' | 'text', FoundChunk[]][]) {
    list.forEach((chunk, rank) => {
      const entry = fused.get(chunk.id) ?? { ...chunk, fusedScore: 0, foundBy: [] };
      entry.fusedScore += 1 / (RRF_K + rank + 1);
      entry.foundBy.push(name);
      fused.set(chunk.id, entry);
    });
  }
  // A stable sort: equal scores keep the vector order first, then the full-text order (both deterministic).
  return [...fused.values()].sort((a, b) => b.fusedScore - a.fusedScore);
}
