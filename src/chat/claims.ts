/**
 * Reading an answer's claims: the sentences that carry citation markers, the markers in each and
 * the quoted spans, in the formats both answerers write (`you said: "…." [1]`, `"…" [1][2]`,
 * `[2] "…"`, `“…”`), and finding a quote verbatim in a transcript utterance.
 */
import type { Span } from '../text/sentences';

/** A sentence of the answer with the markers it carries (offsets relative to `text`). */
export interface Claim {
  start: number;
  text: string;
  markers: { index: number; at: number }[];
}

const CLOSING_AFTER_STOP = /^["”')\]]*/;
const MARKER_RUN = /^(?:\s*\[\d{1,2}\])+[.,;!?]*/;

/**
 * Splits an answer into sentences. A full stop inside a quotation does not end the sentence, and
 * the markers after a sentence's final punctuation (`…." [1]`) belong to it. Lines always split.
 */
export function claimsOf(text: string): Claim[] {
  const claims: Claim[] = [];
  let start = 0;
  let inStraight = false;
  let inCurly = false;
  const cut = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) claims.push({ start: start + lead, text: body, markers: markersOf(body) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      cut(i + 1);
      inStraight = inCurly = false;
    } else if (ch === '"') inStraight = !inStraight;
    else if (ch === '“') inCurly = true;
    else if (ch === '”') inCurly = false;
    else if (/[.!?]/.test(ch) && !inStraight && !inCurly && !/[.!?]/.test(text[i + 1] ?? '')) {
      let end = i + 1 + (CLOSING_AFTER_STOP.exec(text.slice(i + 1))?.[0].length ?? 0);
      end += MARKER_RUN.exec(text.slice(end))?.[0].length ?? 0;
      if (end >= text.length || /\s/.test(text[end])) {
        cut(end);
        i = end - 1;
      }
    } else if (ch === '[' && !inStraight && !inCurly) {
      // `"…" [1] Your therapist said …`: a marker run followed by a capital ends the sentence too.
      const run = MARKER_RUN.exec(text.slice(i))?.[0];
      if (run && /^\s+[A-Z]/.test(text.slice(i + run.length))) {
        cut(i + run.length);
        i += run.length - 1;
      }
    }
  }
  cut(text.length);
  return claims;
}

function markersOf(text: string): Claim['markers'] {
  return [...text.matchAll(/\[(\d{1,2})\]/g)].map((m) => ({ index: Number(m[1]), at: m.index }));
}

/**
 * Candidate quotations of a claim (without their quote marks), best first: a quote directly
 * followed by markers (it may hold quote marks of its own, as transcripts sometimes do), then
 * every simple pair of quote marks.
 */
export function quotesIn(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/["“]([^\n]+?)["”][.,;:!?]?(?=(?:\s*\[\d{1,2}\])+)/g)) {
    spans.push({ start: m.index + 1, end: m.index + 1 + m[1].length, text: m[1] });
  }
  for (const m of text.matchAll(/"([^"\n]+)"|“([^”\n]+)”/g)) {
    const inner = m[1] ?? m[2];
    if (!spans.some((s) => s.start === m.index + 1 && s.text === inner)) spans.push({ start: m.index + 1, end: m.index + 1 + inner.length, text: inner });
  }
  return spans;
}

/**
 * `needle` as it appears in `haystack`, comparing without case, quote-mark style, spacing or the
 * needle's leading and trailing punctuation and ellipses; the returned text is the haystack's own
 * slice. An elided quote ("a … b") is matched by its longest piece.
 */
export function findVerbatim(haystack: string, needle: string): string | undefined {
  const pieces = needle.split(/\.\.\.|…/).map(trimPunctuation).filter((p) => p.replace(/\W/g, '').length >= 4);
  for (const piece of pieces.sort((a, b) => b.length - a.length)) {
    const found = findNormalised(haystack, piece);
    if (!found) continue;
    // The quote's own final punctuation is kept when the transcript has it there too.
    const after = haystack.slice(found.end).match(/^[.!?]+/)?.[0];
    const ownEnd = /[.!?]+["”]?\s*$/.exec(needle)?.[0].replace(/["”\s]/g, '');
    const keep = after && ownEnd && pieces.length === 1 ? after.length : 0;
    return haystack.slice(found.start, found.end + keep);
  }
  return undefined;
}

function trimPunctuation(text: string): string {
  return text.replace(/^[\s.,;:!?'"“”‘’-]+|[\s.,;:!?'"“”‘’-]+$/g, '');
}

/** Lower case, straight quote marks, single spaces; `map[i]` is the original index of normalised char i. */
function normalise(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let ch = text[i];
    if (/\s/.test(ch)) {
      if (out.endsWith(' ') || !out) continue;
      ch = ' ';
    } else if (ch === '’' || ch === '‘') ch = "'";
    else if (ch === '“' || ch === '”') ch = '"';
    out += ch.toLowerCase();
    map.push(i);
  }
  return { text: out, map };
}

function findNormalised(haystack: string, needle: string): { start: number; end: number } | undefined {
  const h = normalise(haystack);
  const n = normalise(needle).text.trim();
  if (!n) return undefined;
  const at = h.text.indexOf(n);
  if (at < 0) return undefined;
  return { start: h.map[at], end: h.map[at + n.length - 1] + 1 };
}
