import { stem } from '../../text/stemmer';

/** Shape of the hashed lexical features. */
export interface HashingOptions {
  dimensions: number;
  /** Weight of adjacent-word pairs relative to single stems. */
  bigramWeight: number;
  /** Total weight of a word's character 3- to 5-grams, which catch spelling variants. */
  characterWeight: number;
}

/** Weights a content token by how informative it is; unknown words should score high. */
export type TokenWeight = (token: string) => number;

interface Feature {
  count: number;
  weight: number;
}

/**
 * Feature hashing ("the hashing trick") of stems, stem pairs and character n-grams into a fixed
 * number of signed buckets. Needs no vocabulary, so it also covers names and drug brands that the
 * word vectors lack. Term counts are damped (1 + ln tf) so one repeated word cannot dominate.
 */
export function hashTokens(tokens: readonly string[], weightOf: TokenWeight, options: HashingOptions): Float32Array {
  const features = new Map<string, Feature>();
  const add = (key: string, weight: number): void => {
    const feature = features.get(key);
    if (feature) feature.count += 1;
    else features.set(key, { count: 1, weight });
  };
  let previous: { stem: string; weight: number } | undefined;
  for (const token of tokens) {
    const tokenStem = stem(token);
    const weight = weightOf(token);
    add(`w:${tokenStem}`, weight);
    if (previous) add(`b:${previous.stem} ${tokenStem}`, options.bigramWeight * Math.sqrt(previous.weight * weight));
    const grams = characterGrams(token);
    for (const gram of grams) add(`c:${gram}`, (options.characterWeight * weight) / grams.length);
    previous = { stem: tokenStem, weight };
  }
  const vector = new Float32Array(options.dimensions);
  for (const [key, { count, weight }] of features) {
    const hash = hashString(key);
    // The top bit picks the sign, so colliding features cancel out on average instead of adding up.
    const sign = hash & 0x80000000 ? -1 : 1;
    vector[(hash & 0x7fffffff) % options.dimensions] += sign * weight * (1 + Math.log(count));
  }
  return vector;
}

function characterGrams(token: string): string[] {
  const characters = Array.from(`<${token}>`);
  const grams: string[] = [];
  for (let size = 3; size <= 5; size += 1) {
    for (let i = 0; i + size <= characters.length; i += 1) grams.push(characters.slice(i, i + size).join(''));
  }
  return grams;
}

/** FNV-1a over UTF-16 code units with a final avalanche mix; stable across processes and versions. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
