import type { ChatSource } from '../providers/chat-model';

/** A citation as stored with a message and returned by the API. */
export interface Citation {
  index: number;
  sessionId: string;
  recordedAt: Date;
  startSec: number;
  endSec: number;
  speaker: string;
  quote: string;
}

const MARKER = /\[(\d{1,2})\]/g;
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'for', 'it', 'is', 'was', 'i', 'you', 'that', 'this', 'with', 'my', 'your', 'we', 'me', 'be', 'at', 'so', 'but', 'about', 'what', 'said']);

const words = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g)?.filter((w) => !STOP.has(w)) ?? [];

/** One labelled line of a source: "Therapist: …" → speaker and text. */
function linesOf(source: ChatSource): { speaker: string; text: string }[] {
  return source.text.split('\n').map((line) => {
    const match = /^([^:]{1,40}):\s+(.*)$/.exec(line);
    return match ? { speaker: match[1], text: match[2] } : { speaker: source.speakers[0] ?? 'Unknown', text: line };
  });
}

/** Sentences of a line, so a quote is short enough to read. */
function sentencesOf(text: string): string[] {
  return text.match(/[^.!?]+[.!?]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [text];
}

/**
 * The verbatim sentence of `source` that best supports `claim` (the answer sentence carrying the
 * marker): a quoted span of the claim when it occurs in the source, else the sentence with the
 * most words in common. Always a substring of the source's text.
 */
export function bestQuote(source: ChatSource, claim: string): { speaker: string; quote: string } {
  const lines = linesOf(source);
  for (const quoted of claim.match(/["“]([^"”]{8,})["”]/g) ?? []) {
    const inner = quoted.slice(1, -1).replace(/\.\.\.|…/g, '').trim();
    const line = lines.find((l) => l.text.includes(inner));
    if (line) return { speaker: line.speaker, quote: inner };
  }
  const claimWords = new Set(words(claim));
  let best = { speaker: lines[0]?.speaker ?? 'Unknown', quote: sentencesOf(lines[0]?.text ?? '')[0] ?? '', score: -1 };
  for (const line of lines) {
    for (const sentence of sentencesOf(line.text)) {
      const score = words(sentence).filter((w) => claimWords.has(w)).length + (line.speaker === 'Patient' ? 0.1 : 0);
      if (score > best.score) best = { speaker: line.speaker, quote: sentence, score };
    }
  }
  return { speaker: best.speaker, quote: best.quote };
}

/**
 * Maps every [n] in the answer to its source, once per n, in order of first use. Markers that
 * point at no source are removed from the text: a citation to nothing is never shown.
 */
export function extractCitations(answer: string, sources: ChatSource[]): { text: string; citations: Citation[] } {
  const byIndex = new Map(sources.map((s) => [s.index, s]));
  const text = answer.replace(MARKER, (marker, n: string) => (byIndex.has(Number(n)) ? marker : '')).replace(/[ \t]+([.,;!?])/g, '$1').replace(/[ \t]{2,}/g, ' ').trim();
  const citations: Citation[] = [];
  for (const sentence of text.match(/[^.!?\n]*[.!?]*(?:\s*\[\d{1,2}\])+[.!?]*/g) ?? [text]) {
    for (const [, n] of sentence.matchAll(MARKER)) {
      const source = byIndex.get(Number(n));
      if (!source || citations.some((c) => c.index === source.index)) continue;
      const { speaker, quote } = bestQuote(source, sentence);
      citations.push({ index: source.index, sessionId: source.sessionId, recordedAt: source.recordedAt, startSec: source.startSec, endSec: source.endSec, speaker, quote });
    }
  }
  return { text, citations: citations.sort((a, b) => a.index - b.index) };
}
