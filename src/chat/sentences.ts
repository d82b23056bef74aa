/**
 * The offline answerer's view of a passage: its labelled lines and the content terms it compares,
 * on the shared stemmer and the answerer's stop-word list (src/text/). Sentences come from the
 * shared splitter (src/text/sentences.ts).
 */
import { stem } from '../text/stemmer';
import { ANSWER_STOP_WORDS } from '../text/stop-words';

/** One utterance line of a passage, with its speaker label split off. */
export interface LabelledLine {
  /** "Therapist", "Patient", another label, or undefined when the line has none. */
  speaker: string | undefined;
  /** The line after the "Label: " prefix, exactly as in the passage. */
  content: string;
}

/** Stop words' stems too, so "seems", "looking" and "talks" are dropped with "seem", "look", "talk". */
const STOP_STEMS = new Set([...ANSWER_STOP_WORDS].filter((word) => word.length > 3).map(stem));

/** Splits a passage into lines and separates each line's "Label: " prefix, preferring known labels. */
export function parseLines(text: string, speakers: readonly string[] = []): LabelledLine[] {
  const known = [...speakers].sort((a, b) => b.length - a.length);
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const label = known.find((speaker) => line.startsWith(`${speaker}: `)) ?? /^([^:\n]{1,40}): /.exec(line)?.[1];
      return label === undefined ? { speaker: undefined, content: line } : { speaker: label, content: line.slice(label.length + 2) };
    });
}

/** Content terms of `text`: lower-cased, stop words removed, stemmed, in order of first use. */
export function contentTerms(text: string): string[] {
  return [...new Set(contentWords(text).map(stem))];
}

/** The words of `text` that carry topic, as written (for showing or for search queries). */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
    .map((word) => word.replace(/['’](s|t|ll|ve|re|d|m)$/u, ''))
    .filter((word) => word.length > 1 && !ANSWER_STOP_WORDS.has(word) && !STOP_STEMS.has(stem(word)) && !/^\d{1,2}$/.test(word));
}
