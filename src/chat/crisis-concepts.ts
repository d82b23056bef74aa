/**
 * Concept features of the learned crisis layer (crisis-model.ts): the bridge between wordings and
 * languages. Each folded word is looked up in the multilingual concept lexicon
 * (crisis-concept-lexicon.ts); the message becomes a sequence of classes ("las pastillas listas
 * para esta noche" and "the pills are ready for tonight" both read PILLS READY SOON), and the
 * features are the classes, the classes a negator's clause covers, ordered pairs of classes a few
 * words apart within a sentence, and unordered pairs of classes anywhere in the message. Weights
 * learned from an English row then carry to a German one that reads the same classes.
 */
import { CONCEPT_LEXICON } from './crisis-concept-lexicon';

const exact = new Map<string, string[]>();
const stems = new Map<string, string[]>();
let longestStem = 0;
for (const [concept, words] of Object.entries(CONCEPT_LEXICON)) {
  for (const entry of words.split(' ')) {
    if (entry.length === 0) continue;
    const stem = entry.endsWith('*');
    const key = stem ? entry.slice(0, -1) : entry;
    const map = stem ? stems : exact;
    const list = map.get(key) ?? [];
    if (!list.includes(concept)) list.push(concept);
    map.set(key, list);
    if (stem) longestStem = Math.max(longestStem, key.length);
  }
}

/** The classes of one folded word (empty when it has none). */
export function conceptsOf(word: string): readonly string[] {
  const found = new Set(exact.get(word) ?? []);
  for (let size = Math.min(word.length, longestStem); size >= 3; size -= 1) {
    for (const concept of stems.get(word.slice(0, size)) ?? []) found.add(concept);
  }
  return [...found];
}

// German articles and pronouns that are English words of crisis ("die"): read as such only when the message is not German.
const GERMAN_HINTS = new Set(['der', 'das', 'den', 'dem', 'und', 'ist', 'bin', 'habe', 'nicht', 'ich', 'mich', 'mir', 'ein', 'eine', 'zu', 'mit', 'auf']);
const GERMAN_FALSE_FRIENDS = new Set(['die']);

/** Ordered pairs of classes are taken between words up to this far apart in a sentence. */
const PAIR_WINDOW = 6;
/** Unordered co-occurrence pairs are taken over at most this many distinct classes (bounded cost on long messages). */
const MAX_CLASSES = 40;

/**
 * The concept features of a message, given its folded words ('.' ends a sentence) and, per word,
 * whether it lies in a negator's clause ('n') or not (''). Calls add once per feature string.
 */
export function addConceptFeatures(words: readonly string[], scopes: readonly string[], add: (feature: string) => void): void {
  const seen = new Set<string>();
  // Per word position: its classes (empty for '.' and words without one).
  const german = words.filter((word) => GERMAN_HINTS.has(word)).length >= 2;
  const classes = words.map((word) => (word === '.' || (german && GERMAN_FALSE_FRIENDS.has(word)) ? [] : conceptsOf(word)));
  for (let index = 0; index < words.length; index += 1) {
    for (const concept of classes[index]) {
      add(`${scopes[index]}k:${concept}`);
      seen.add(concept);
    }
  }
  for (let index = 0; index < words.length; index += 1) {
    if (classes[index].length === 0) continue;
    for (let distance = 1; distance <= PAIR_WINDOW; distance += 1) {
      const other = index + distance;
      if (other >= words.length || words[other] === '.') break;
      for (const first of classes[index]) for (const second of classes[other]) add(`kp:${first}>${second}`);
    }
  }
  const present = [...seen].sort().slice(0, MAX_CLASSES);
  for (let first = 0; first < present.length; first += 1) {
    for (let second = first + 1; second < present.length; second += 1) add(`kc:${present[first]}+${present[second]}`);
  }
}
