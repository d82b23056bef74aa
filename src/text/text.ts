/**
 * Word analysis for search: tokens, content tokens and stems (what BM25 postings, the offline
 * embedder and query expansion count), on the shared stemmer and stop-word list.
 */
import { stem } from './stemmer';
import { STOP_WORDS } from './stop-words';

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Clitics that carry no topic; "n't" survives as "not" because negation can matter. */
const CLITIC = /'(s|re|m|ll|ve|d)$/;
const IRREGULAR_NEGATIONS: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall' };

/** Lower-cased word tokens with contractions opened up ("don't" → "do", "not"). */
export function tokenize(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
  const tokens: string[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    if (word.endsWith("n't")) {
      tokens.push(IRREGULAR_NEGATIONS[word] ?? word.slice(0, -3), 'not');
    } else {
      tokens.push(word.replace(CLITIC, ''));
    }
  }
  return tokens;
}

/** Tokens that say what the text is about: stop words and fillers removed. */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((token) => !STOP_WORDS.has(token));
}

/** Content tokens reduced to stems, the unit the full-text and hashing features count. */
export function contentStems(text: string): string[] {
  return contentTokens(text).flatMap((token) => token.split('-')).filter((part) => !STOP_WORDS.has(part)).map(stem);
}

/**
 * Removes the "Therapist: " style label at the start of each chunk line. The labels repeat in
 * every chunk, so counting them would pull all chunks of a session towards each other.
 */
export function stripSpeakerLabels(text: string): string {
  return text.replace(/^[^\S\n]*[^:\n]{1,40}:[^\S\n]+/gm, '');
}
