import type { ChatSource, SourceUtterance } from '../providers/chat-model';
import { claimsOf, findVerbatim, quotesIn, type Claim } from './claims';
import { splitSentences } from '../text/sentences';
import { contentTerms } from './sentences';

/** A citation as stored with a message and returned by the API. */
export interface Citation {
  index: number;
  sessionId: string;
  recordedAt: Date;
  /** The cited utterance's own start and end, never the whole passage's (unless it has no utterances). */
  startSec: number;
  endSec: number;
  /** Who said the quote. */
  speaker: string;
  /** Verbatim from that one utterance. */
  quote: string;
}

/** Quotes shorter than this are not checked against the transcript (a lone "so" proves nothing). */
const MIN_QUOTE_CHARS = 4;

/** The utterances of a source; a source without a transcript behind it is read line by line. */
export function utterancesOf(source: ChatSource): SourceUtterance[] {
  if (source.utterances?.length) return source.utterances;
  return source.text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const match = /^([^:\n]{1,40}):\s+(.*)$/.exec(line);
      return { id: `l${i}`, speaker: match ? match[1] : (source.speakers[0] ?? 'Unknown'), startSec: source.startSec, endSec: source.endSec, text: match ? match[2] : line };
    });
}

/** The first utterance of `source` holding `quote` (case, quote marks and spacing aside), with the verbatim text. */
export function locateQuote(source: ChatSource, quote: string): { utterance: SourceUtterance; quote: string } | undefined {
  for (const utterance of utterancesOf(source)) {
    const found = findVerbatim(utterance.text, quote);
    if (found) return { utterance, quote: found };
  }
  return undefined;
}

/**
 * The utterance sentence of `source` that shares the most content terms with `claim`, for a
 * sentence that cites without quoting. Undefined when nothing is shared: such a marker cites nothing.
 */
export function bestQuote(source: ChatSource, claim: string): { utterance: SourceUtterance; quote: string } | undefined {
  const claimTerms = new Set(contentTerms(claim));
  let best: { utterance: SourceUtterance; quote: string; score: number } | undefined;
  for (const utterance of utterancesOf(source)) {
    for (const sentence of splitSentences(utterance.text)) {
      const score = contentTerms(sentence.text).filter((t) => claimTerms.has(t)).length;
      if (score > 0 && (!best || score > best.score)) best = { utterance, quote: sentence.text, score };
    }
  }
  return best && { utterance: best.utterance, quote: best.quote };
}

/**
 * The citations of an answer, in the order the answer uses them. Each quoted span ("…" or “…”)
 * is checked against the sources its sentence cites, nearest marker first (markers may come
 * after or before the quote, several to a sentence), and becomes a citation of the one utterance
 * holding it: that utterance's speaker, start and end, and the quote as the transcript has it. A
 * quote found in none of them is dropped. A marker in a sentence without quotes cites the
 * utterance sentence closest to the claim. Markers to no source, or left citing nothing, are
 * removed from the text: a citation to nothing is never shown.
 */
export function extractCitations(answer: string, sources: ChatSource[]): { text: string; citations: Citation[] } {
  const byIndex = new Map(sources.map((s) => [s.index, s]));
  const known = keepMarkers(answer, (n) => byIndex.has(n));
  const found: { at: number; index: number; utterance: SourceUtterance; quote: string }[] = [];
  for (const claim of claimsOf(known)) found.push(...citeClaim(claim, byIndex));
  const citations: Citation[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) {
    if (citations.some((c) => c.index === f.index && c.quote === f.quote && c.startSec === f.utterance.startSec)) continue;
    const source = byIndex.get(f.index)!;
    citations.push({ index: f.index, sessionId: source.sessionId, recordedAt: source.recordedAt, startSec: f.utterance.startSec, endSec: f.utterance.endSec, speaker: f.utterance.speaker, quote: f.quote });
  }
  const cited = new Set(citations.map((c) => c.index));
  const text = keepMarkers(known, (n) => cited.has(n));
  return { text, citations };
}

function citeClaim(claim: Claim, byIndex: Map<number, ChatSource>): { at: number; index: number; utterance: SourceUtterance; quote: string }[] {
  if (!claim.markers.length) return [];
  const quotes = quotesIn(claim.text).filter((q) => q.text.replace(/\W/g, '').length >= MIN_QUOTE_CHARS);
  const cites: { at: number; index: number; utterance: SourceUtterance; quote: string }[] = [];
  if (quotes.length) {
    const taken: [number, number][] = [];
    for (const quote of quotes) {
      if (taken.some(([s, e]) => quote.start < e && quote.end > s)) continue;
      // Nearest marker first; on a tie the one after the quote.
      const markers = [...claim.markers].sort((a, b) => distance(a, quote) - distance(b, quote));
      for (const marker of markers) {
        const located = locateQuote(byIndex.get(marker.index)!, quote.text);
        if (!located) continue;
        cites.push({ at: claim.start + quote.start, index: marker.index, ...located });
        taken.push([quote.start, quote.end]);
        break;
      }
    }
    return cites;
  }
  for (const marker of claim.markers) {
    const best = bestQuote(byIndex.get(marker.index)!, claim.text);
    if (best) cites.push({ at: claim.start + marker.at, index: marker.index, ...best });
  }
  return cites;
}

function distance(marker: { at: number }, quote: { start: number; end: number }): number {
  return marker.at >= quote.end ? marker.at - quote.end : quote.start - marker.at + 0.5;
}

/** Removes the markers `keep` rejects, with the space before them, and nothing else of the text. */
function keepMarkers(text: string, keep: (n: number) => boolean): string {
  return text.replace(/[ \t]*\[(\d{1,2})\]/g, (marker, n: string) => (keep(Number(n)) ? marker : '')).trim();
}
