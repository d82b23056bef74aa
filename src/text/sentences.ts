/**
 * The one sentence splitter of the product, on `Intl.Segmenter` (ICU's Unicode sentence, word
 * and grapheme boundaries: CJK punctuation, quotes after a full stop, never half an emoji). On
 * top, what the product needs:
 * - `segments`: raw segments whose lengths add up to the text's (the chunker cuts long utterances);
 * - `splitSentences`: quotable sentences as verbatim spans with offsets, no break after an
 *   abbreviation or an initial ("Dr. Smith", "J. Smith", "a.m."), and very long sentences cut at
 *   clause boundaries (the offline answerer, citations, the questions of a chat message);
 * - `messagePieces`: the chat-message mode the crisis screen was tuned on, where every . ! ? ; :
 *   or line break ends a piece, even before a lower-case word (patients type "no. kms").
 */

/** A verbatim slice of a text: `text === source.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Longer sentences are cut at clause boundaries so a quote stays readable. */
export const MAX_SPAN_CHARS = 280;

type Granularity = 'sentence' | 'word' | 'grapheme';

/** One segmenter per granularity: building one costs more than segmenting a sentence. */
const segmenters = new Map<Granularity, Intl.Segmenter>();

function segmenter(granularity: Granularity): Intl.Segmenter {
  let found = segmenters.get(granularity);
  if (!found) segmenters.set(granularity, (found = new Intl.Segmenter('en', { granularity })));
  return found;
}

/** `text` cut at `granularity` boundaries, whitespace kept: the pieces join back to `text`. */
export function segments(text: string, granularity: Granularity): string[] {
  return Array.from(segmenter(granularity).segment(text), (part) => part.segment);
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx']);

/** Sentences of `text` (and clause-sized pieces of those longer than `maxChars`), each a trimmed verbatim slice. */
export function splitSentences(text: string, maxChars: number = MAX_SPAN_CHARS): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const { index, segment } of segmenter('sentence').segment(text)) {
    const end = index + segment.length;
    if (end < text.length && endsWithAbbreviation(text.slice(start, end))) continue;
    spans.push(...trimmed(text, start, end));
    start = end;
  }
  spans.push(...trimmed(text, start, text.length));
  return spans.flatMap((span) => (span.text.length > maxChars ? splitClauses(span, maxChars) : [span]));
}

/**
 * The crisis screen's mode: pieces that each end at the first run of . ! ? ; : or line breaks
 * (kept with the piece); a run of those marks at the very start is dropped. Exactly the cut the
 * screen's patterns and its tuning table were made on.
 */
export function messagePieces(text: string): string[] {
  return text.match(/[^.!?;:\n]+[.!?;:\n]*/g) ?? [];
}

/** Whether a sentence segment ends with a single full stop after an abbreviation, an initial ("J.") or a dotted form ("a.m.", "U.S."). */
function endsWithAbbreviation(sentence: string): boolean {
  const body = sentence.trimEnd();
  if (!body.endsWith('.') || body.endsWith('..')) return false;
  const word = /([\p{L}.]+)$/u.exec(body.slice(0, -1))?.[1]?.toLowerCase();
  return word !== undefined && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /\p{L}\.\p{L}/u.test(word));
}

function trimmed(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim();
  return body ? [{ text: body, start: start + lead, end: start + lead + body.length }] : [];
}

/** Packs a long sentence's clauses (cut after , ; : or a dash) into pieces of at most `maxChars`. */
function splitClauses(span: Span, maxChars: number): Span[] {
  const cuts = [...span.text.matchAll(/[,;:]\s+|\s+[-–—]{1,2}\s+/g)].map((m) => m.index + m[0].length);
  const pieces: Span[] = [];
  let pieceStart = 0;
  let lastCut = 0;
  for (const cut of [...cuts, span.text.length]) {
    if (cut - pieceStart > maxChars && lastCut > pieceStart) {
      pieces.push(...trimmed(span.text, pieceStart, lastCut));
      pieceStart = lastCut;
    }
    lastCut = cut;
  }
  pieces.push(...trimmed(span.text, pieceStart, span.text.length));
  return pieces.map((piece) => ({ text: piece.text, start: span.start + piece.start, end: span.start + piece.end }));
}
