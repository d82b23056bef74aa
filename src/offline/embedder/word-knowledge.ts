import { zipfProbability } from './sif';
import type { WordVectorTable } from './word-vectors';

/**
 * What the offline answerer may know about single words beyond their spelling: how close two
 * words are in meaning (GloVe cosine, so "hurt" and "injured" match) and how rare a word is in
 * English (its frequency rank, so "asthma" weighs more than "show"). Built from the same word
 * vectors as the offline embedder; nothing is downloaded.
 */
export interface WordKnowledge {
  /** Cosine of the two words' vectors, clipped at 0; 0 when either word is unknown. */
  similarity(a: string, b: string): number;
  /** Self-information −log p(word) from its frequency rank; words outside the vocabulary are the rarest. */
  rarity(word: string): number;
  /** Frequent words at least `minCosine` close to `word` (itself excluded), closest first. */
  neighbours(word: string, minCosine: number): { word: string; similarity: number }[];
}

/** Relatives are looked for among this many of the most frequent words (a scan costs ~1 ms per 10k). */
const NEIGHBOUR_VOCABULARY = 40_000;
/** Bounds on the per-word caches (a question and its passages bring a few thousand words at most). */
const VECTOR_CACHE = 50_000;
const NEIGHBOUR_CACHE = 5_000;

/** Word knowledge read from a word-vector table (vectors unit-normalised on first use). */
export class WordVectorKnowledge implements WordKnowledge {
  private readonly unit = new Map<string, Float32Array | null>();
  private readonly neighbourCache = new Map<string, { word: string; similarity: number }[]>();
  private space?: { words: string[]; matrix: Float32Array };

  constructor(private readonly table: WordVectorTable) {}

  similarity(a: string, b: string): number {
    if (a === b) return 1;
    const x = this.vectorOf(a);
    const y = this.vectorOf(b);
    if (!x || !y) return 0;
    let dot = 0;
    for (let d = 0; d < x.length; d += 1) dot += x[d] * y[d];
    return Math.max(0, dot);
  }

  rarity(word: string): number {
    const rank = this.table.ranks.get(word.toLowerCase()) ?? this.table.ranks.size;
    return -Math.log(zipfProbability(rank));
  }

  neighbours(word: string, minCosine: number): { word: string; similarity: number }[] {
    const lower = word.toLowerCase();
    const key = `${lower}\u0000${minCosine}`;
    const cached = this.neighbourCache.get(key);
    if (cached) return cached;
    const target = this.vectorOf(lower);
    const found: { word: string; similarity: number }[] = [];
    if (target) {
      const { words, matrix } = this.neighbourSpace();
      const dimensions = this.table.dimensions;
      for (let rank = 0; rank < words.length; rank += 1) {
        let dot = 0;
        const offset = rank * dimensions;
        for (let d = 0; d < dimensions; d += 1) dot += target[d] * matrix[offset + d];
        if (dot >= minCosine && words[rank] !== lower) found.push({ word: words[rank], similarity: dot });
      }
      found.sort((a, b) => b.similarity - a.similarity);
    }
    if (this.neighbourCache.size >= NEIGHBOUR_CACHE) this.neighbourCache.clear();
    this.neighbourCache.set(key, found);
    return found;
  }

  /** The NEIGHBOUR_VOCABULARY most frequent words as unit vectors, built on first use. */
  private neighbourSpace(): { words: string[]; matrix: Float32Array } {
    if (!this.space) {
      const { dimensions, values, ranks } = this.table;
      const words = [...ranks.keys()].slice(0, NEIGHBOUR_VOCABULARY);
      const matrix = new Float32Array(words.length * dimensions);
      for (let rank = 0; rank < words.length; rank += 1) {
        let norm = 0;
        for (let d = 0; d < dimensions; d += 1) norm += values[rank * dimensions + d] ** 2;
        norm = Math.sqrt(norm) || 1;
        for (let d = 0; d < dimensions; d += 1) matrix[rank * dimensions + d] = values[rank * dimensions + d] / norm;
      }
      this.space = { words, matrix };
    }
    return this.space;
  }

  private vectorOf(word: string): Float32Array | null {
    const key = word.toLowerCase();
    let vector = this.unit.get(key);
    if (vector !== undefined) return vector;
    const rank = this.table.ranks.get(key);
    vector = null;
    if (rank !== undefined) {
      const { dimensions, values } = this.table;
      vector = new Float32Array(dimensions);
      let norm = 0;
      for (let d = 0; d < dimensions; d += 1) {
        vector[d] = values[rank * dimensions + d];
        norm += vector[d] * vector[d];
      }
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d += 1) vector[d] /= norm;
    }
    if (this.unit.size >= VECTOR_CACHE) this.unit.clear();
    this.unit.set(key, vector);
    return vector;
  }
}

/** An embedder that can also lend its word knowledge (the offline embedder). */
export interface HasWordKnowledge {
  wordKnowledge(): Promise<WordKnowledge>;
}

export function hasWordKnowledge(value: unknown): value is HasWordKnowledge {
  return typeof (value as Partial<HasWordKnowledge> | undefined)?.wordKnowledge === 'function';
}
