/**
 * Pure text helpers for the offline answerer: splitting transcript passages into quotable
 * spans (always verbatim slices of the input) and reducing text to comparable content terms.
 */

/** A quotable slice of a line: `text === line.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** One utterance line of a passage, with its speaker label split off. */
export interface LabelledLine {
  /** "Therapist", "Patient", another label, or undefined when the line has none. */
  speaker: string | undefined;
  /** The line after the "Label: " prefix, exactly as in the passage. */
  content: string;
}

/** Longer sentences are cut at clause boundaries so a quote stays readable. */
export const MAX_SPAN_CHARS = 280;

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx']);

/** Words that carry no topic: function words, question words, and how patients ask about sessions. */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any anything are aren around as at be because been before
  being below between both but by can cannot could couldn did didn do does doesn doing don done down during each else
  ever every few for from further get gets getting got had hadn has hasn have haven having he her here hers herself
  him himself his how i if in into is isn it its itself just let me might more most much must mustn my myself no nor
  not now of off on once only or other our ours ourselves out over own really same say said says saying she should
  shouldn so some something such than that the their theirs them themselves then there these they thing things this
  those through to too under until up upon very was wasn we were weren what when where which while who whom why will
  with won would wouldn you your yours yourself yourselves yeah yes um uh okay ok oh like well right kind sort bit lot
  know think thought mean guess feel felt feeling feelings want wanted go going gone went come came see seem take
  make give put keep find try look need even still back tell told talk
  talked talking mention mentioned discuss discussed remember recall ask asked session sessions therapist counselor
  counsellor anyone someone something everything way time times today day week ago last ll ve re im s t d`.split(/\s+/),
);

/** Stems are cut to this many characters, a crude but robust way to join word families. */
const STEM_LENGTH = 6;

/** Stop words' stems too, so "seems", "looking" and "talks" are dropped with "seem", "look", "talk". */
const STOP_STEMS = new Set([...STOP_WORDS].filter((word) => word.length > 3).map(stem));

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

/** Sentences of `text` (and clause-sized pieces of very long ones), each a verbatim slice. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]+["')\]]*(?=\s|$)/g)) {
    const end = match.index + match[0].length;
    if (match[0] === '.' && isAbbreviation(text.slice(start, match.index))) continue;
    spans.push(...trimmed(text, start, end));
    start = end;
  }
  spans.push(...trimmed(text, start, text.length));
  return spans.flatMap((span) => (span.text.length > MAX_SPAN_CHARS ? splitClauses(span) : [span]));
}

/** Content terms of `text`: lower-cased, stop words removed, crudely stemmed, in order of first use. */
export function contentTerms(text: string): string[] {
  return [...new Set(contentWords(text).map(stem))];
}

/** The words of `text` that carry topic, as written (for showing or for search queries). */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
    .map((word) => word.replace(/['’](s|t|ll|ve|re|d|m)$/u, ''))
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !STOP_STEMS.has(stem(word)) && !/^\d{1,2}$/.test(word));
}

/** A light suffix-stripping stem, then truncation: "worries"/"worried" → "worry", "drinking"/"drinks" → "drink". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && /ies$|ied$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && /[^su]s$/.test(w)) w = w.slice(0, -1);
  if (/ing$/.test(w) && isStem(w.slice(0, -3))) w = undoubled(w.slice(0, -3));
  else if (/ed$/.test(w) && isStem(w.slice(0, -2))) w = undoubled(w.slice(0, -2));
  else if (/ly$/.test(w) && w.length > 5) w = w.slice(0, -2);
  // "change", "changed", "changing" all end as "chang".
  if (/[^aeiou]e$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w.slice(0, STEM_LENGTH);
}

/** Long enough and with a vowel, so "thing" and "bed" keep their endings. */
function isStem(word: string): boolean {
  return word.length >= 3 && /[aeiouy]/.test(word);
}

function undoubled(word: string): string {
  return /([^aeiouls])\1$/.test(word) ? word.slice(0, -1) : word;
}

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
  // Known abbreviations, initials ("J."), and dotted forms ("a.m.", "U.S.").
  return word !== undefined && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /\p{L}\.\p{L}/u.test(word));
}

function trimmed(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim();
  return body ? [{ text: body, start: start + lead, end: start + lead + body.length }] : [];
}

/** Packs a long sentence's clauses (cut after , ; : or a dash) into pieces of at most MAX_SPAN_CHARS. */
function splitClauses(span: Span): Span[] {
  const cuts = [...span.text.matchAll(/[,;:]\s+|\s+[-–—]{1,2}\s+/g)].map((m) => m.index + m[0].length);
  const pieces: Span[] = [];
  let pieceStart = 0;
  let lastCut = 0;
  for (const cut of [...cuts, span.text.length]) {
    if (cut - pieceStart > MAX_SPAN_CHARS && lastCut > pieceStart) {
      pieces.push(...trimmed(span.text, pieceStart, lastCut));
      pieceStart = lastCut;
    }
    lastCut = cut;
  }
  pieces.push(...trimmed(span.text, pieceStart, span.text.length));
  return pieces.map((piece) => ({ text: piece.text, start: span.start + piece.start, end: span.start + piece.end }));
}
