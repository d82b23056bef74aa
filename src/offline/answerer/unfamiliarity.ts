/**
 * How unfamiliar a question's words are, against the quoted sources or against the patient's whole
 * history: the offline answerer subtracts it from relevance to decline questions about what was never said.
 */
import { contentWords } from '../../chat/sentences';
import { stem } from '../../text/stemmer';
import { STOP_WORDS as SEARCH_STOP_WORDS } from '../../text/stop-words';
import { contentTokens } from '../../text/text';
import type { WordKnowledge } from '../embedder/word-knowledge';

/** What unfamiliarity reads of a candidate sentence: its utterance's content terms and words. */
export interface SourceSentence {
  lineTerms: ReadonlySet<string>;
  lineWords: readonly string[];
}

/**
 * Rarity-weighted share of the question's words missing from the sources: a word the sources
 * hold (same stem) is not missing; otherwise it is missing by 1 − its best cosine to a word of
 * the sources, so a close relative ("injured" for "hurt") makes it mostly familiar.
 */
export function unfamiliarity(question: string, candidates: readonly SourceSentence[], words: WordKnowledge): number {
  const questionWords = [...new Set(contentWords(question))];
  if (!questionWords.length) return 0;
  const sourceTerms = new Set(candidates.flatMap((c) => [...c.lineTerms]));
  const sourceWords = [...new Set(candidates.flatMap((c) => c.lineWords))];
  let total = 0;
  let missing = 0;
  for (const word of questionWords) {
    const rarity = words.rarity(word);
    total += rarity;
    if (sourceTerms.has(stem(word))) continue;
    let closest = 0;
    for (const other of sourceWords) closest = Math.max(closest, words.similarity(word, other));
    missing += rarity * (1 - closest);
  }
  return total ? missing / total : 0;
}

const searchStems = new Map<string, string>();
/** The stem of a word (as `passageStems` makes them), memoised: relatives repeat across questions. */
function searchStem(word: string): string {
  let found = searchStems.get(word);
  if (found === undefined) {
    if (searchStems.size >= 100_000) searchStems.clear();
    searchStems.set(word, (found = stem(word)));
  }
  return found;
}

const relativesOf = new WeakMap<WordKnowledge, Map<string, { stem: string; similarity: number }[]>>();
/** A word's relatives as search stems, each stem once with its closest word's cosine, closest first (memoised). */
function relativeStems(words: WordKnowledge, word: string): { stem: string; similarity: number }[] {
  let memo = relativesOf.get(words);
  if (!memo) relativesOf.set(words, (memo = new Map()));
  let found = memo.get(word);
  if (!found) {
    const seen = new Set<string>();
    found = [];
    for (const n of words.neighbours(word, RELATIVE_MIN_COSINE)) {
      const relative = searchStem(n.word);
      if (!seen.has(relative)) seen.add(relative), found.push({ stem: relative, similarity: n.similarity });
    }
    if (memo.size >= 10_000) memo.clear();
    memo.set(word, found);
  }
  return found;
}

const unfamiliarityByHistory = new WeakMap<object, Map<string, Promise<number>>>();
/** historyUnfamiliarity, remembered for as long as the caller keeps the same `knownStems` (the eval asks each question many times). */
export function memoUnfamiliarity(question: string, words: WordKnowledge, knownStems: (stems: string[]) => Promise<ReadonlySet<string>>): Promise<number> {
  let memo = unfamiliarityByHistory.get(knownStems);
  if (!memo) unfamiliarityByHistory.set(knownStems, (memo = new Map()));
  let found = memo.get(question);
  if (!found) memo.set(question, (found = historyUnfamiliarity(question, words, knownStems)));
  return found;
}

/** Least cosine for a vocabulary word to count as a relative of a question word the history lacks. */
const RELATIVE_MIN_COSINE = 0.3;

/**
 * Unfamiliarity against the patient's whole history rather than the sources: each of the
 * question's words (search stems, weighted by rarity) the history lacks is missing by 1 − the
 * cosine of its closest relative the history holds (vocabulary neighbours from the word vectors,
 * looked up by stem). A question about something never said scores high even when retrieval
 * returned passages that share its common words.
 */
export async function historyUnfamiliarity(question: string, words: WordKnowledge, knownStems: (stems: string[]) => Promise<ReadonlySet<string>>): Promise<number> {
  const questionWords = [...new Set(contentTokens(question).flatMap((token) => token.split('-')).filter((part) => part && !SEARCH_STOP_WORDS.has(part)))];
  if (!questionWords.length) return 0;
  const relatives = questionWords.map((word) => relativeStems(words, word));
  const asked = new Set([...questionWords.map(searchStem), ...relatives.flatMap((r) => r.map((n) => n.stem))]);
  const known = await knownStems([...asked]);
  let total = 0;
  let missing = 0;
  questionWords.forEach((word, i) => {
    const rarity = words.rarity(word);
    total += rarity;
    if (known.has(searchStem(word))) return;
    const closest = relatives[i].find((n) => known.has(n.stem))?.similarity ?? 0;
    missing += rarity * (1 - closest);
  });
  return total ? missing / total : 0;
}
