import type { WordVectorTable } from './word-vectors';

/** Knobs of smooth-inverse-frequency averaging (Arora, Liang & Ma, ICLR 2017). */
export interface SifOptions {
  /** The paper's `a`: words with corpus probability well above it count for little. */
  smoothing: number;
  /** How many common directions of the vocabulary to project out of every sentence vector. */
  removedComponents: number;
}

/** GloVe 6B was trained on a 400k-word vocabulary; its harmonic number normalises Zipf's law. */
const ZIPF_NORMALISER = Math.log(400_000) + 0.5772;
/** Enough of the vocabulary to find its common directions without scanning rare words. */
const COMPONENT_VOCABULARY = 20_000;
const POWER_ITERATIONS = 50;

/**
 * The wink vectors come without counts but in corpus-frequency order, so a word's probability
 * is estimated from its rank by Zipf's law: p(rank) = 1 / ((rank + 1) * H).
 */
export function zipfProbability(rank: number): number {
  return 1 / ((rank + 1) * ZIPF_NORMALISER);
}

/** Turns tokens into one vector: SIF-weighted average of word vectors minus common directions. */
export class SifEncoder {
  private readonly components: Float32Array[];

  constructor(
    private readonly table: WordVectorTable,
    private readonly options: SifOptions,
  ) {
    this.components = commonComponents(table, options);
  }

  /** SIF weight of a token, or undefined when the vocabulary does not know it. */
  weightOf(token: string): number | undefined {
    const rank = this.table.ranks.get(token);
    if (rank === undefined) return undefined;
    return this.options.smoothing / (this.options.smoothing + zipfProbability(rank));
  }

  /** The un-normalised sentence vector; all zeros when no token is in the vocabulary. */
  encode(tokens: readonly string[]): Float32Array {
    const { dimensions, values, scales } = this.table;
    const sum = new Float32Array(dimensions);
    for (const token of tokens) {
      const rank = this.table.ranks.get(token);
      if (rank === undefined) continue;
      const weight = (this.weightOf(token) ?? 0) * scales[rank];
      const offset = rank * dimensions;
      for (let d = 0; d < dimensions; d += 1) sum[d] += weight * values[offset + d];
    }
    for (const component of this.components) subtractProjection(sum, component);
    return sum;
  }
}

function subtractProjection(vector: Float32Array, unit: Float32Array): void {
  let dot = 0;
  for (let d = 0; d < vector.length; d += 1) dot += vector[d] * unit[d];
  for (let d = 0; d < vector.length; d += 1) vector[d] -= dot * unit[d];
}

/**
 * The paper removes the first principal component of a corpus's sentence vectors. Any corpus of
 * ours would make the embedding depend on which chunks exist, so this uses a fixed stand-in:
 * the leading directions of the vocabulary's SIF-weighted vectors, each word counted by its
 * estimated frequency, which is what an average sentence is made of.
 */
function commonComponents(table: WordVectorTable, options: SifOptions): Float32Array[] {
  const { dimensions, values, scales } = table;
  const count = Math.min(table.ranks.size, COMPONENT_VOCABULARY);
  const covariance = new Float64Array(dimensions * dimensions);
  const row = new Float64Array(dimensions);
  for (let rank = 0; rank < count; rank += 1) {
    const probability = zipfProbability(rank);
    const weight = (options.smoothing / (options.smoothing + probability)) * scales[rank];
    for (let d = 0; d < dimensions; d += 1) row[d] = weight * values[rank * dimensions + d];
    // Symmetric: fill the upper triangle here and mirror it once below, halving the work.
    for (let i = 0; i < dimensions; i += 1) {
      const scaled = probability * row[i];
      for (let j = i; j < dimensions; j += 1) covariance[i * dimensions + j] += scaled * row[j];
    }
  }
  for (let i = 0; i < dimensions; i += 1) {
    for (let j = 0; j < i; j += 1) covariance[i * dimensions + j] = covariance[j * dimensions + i];
  }
  const components: Float32Array[] = [];
  for (let k = 0; k < options.removedComponents; k += 1) {
    const unit = leadingEigenvector(covariance, dimensions);
    deflate(covariance, unit, dimensions);
    components.push(Float32Array.from(unit));
  }
  return components;
}

/** Power iteration from a fixed start, so every process finds the same direction and sign. */
function leadingEigenvector(matrix: Float64Array, n: number): Float64Array {
  let vector = new Float64Array(n).fill(1 / Math.sqrt(n));
  for (let iteration = 0; iteration < POWER_ITERATIONS; iteration += 1) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) next[i] += matrix[i * n + j] * vector[j];
    }
    const norm = Math.hypot(...next) || 1;
    vector = next.map((value) => value / norm);
  }
  return vector;
}

function deflate(matrix: Float64Array, unit: Float64Array, n: number): void {
  let eigenvalue = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) eigenvalue += unit[i] * matrix[i * n + j] * unit[j];
  }
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) matrix[i * n + j] -= eigenvalue * unit[i] * unit[j];
  }
}
