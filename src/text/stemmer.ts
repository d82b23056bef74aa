/**
 * The one stemmer of the product: Porter (1980) from the maintained `stemmer` package (MIT), so
 * "drinking", "drinks" and "drinker" meet on one stem. BM25 postings, the offline embedder's
 * features, the answerer's terms and its unfamiliarity all stem through here.
 */
type StemmerModule = typeof import('stemmer', { with: { 'resolution-mode': 'import' } });
// `stemmer` is ESM-only and this build emits CommonJS (module node16); Node >= 20.19 and >= 22.12
// load an ES module with require, so require it with the real types (as chunker.ts does js-tiktoken).
const { stemmer } = require('stemmer') as StemmerModule;

const PLAIN_WORD = /^[a-z]+$/;

/**
 * The Porter stem of one lower-case word ("generalizations" → "gener"). Porter is defined on plain
 * English words, so a word of one or two letters, or with anything but a-z in it (digits, accents,
 * an inner apostrophe, another script: "20s", "naïve", "o'clock", "我们"), comes back whole.
 */
export function stem(word: string): string {
  if (word.length <= 2 || !PLAIN_WORD.test(word)) return word;
  return stemmer(word);
}
