import type { Segment } from '../../transcripts/segment';
import type { RecognizedWord } from '../speech/recognized-word';

/** One token of a smart-whisper "detail" segment; `from`/`to` (ms) only with `token_timestamps`. */
export interface WhisperNativeToken {
  text: string;
  id: number;
  p: number;
  from?: number;
  to?: number;
}

/**
 * One segment as smart-whisper 0.8.1 reports it: `from`/`to` in milliseconds from the start of
 * the PCM buffer it was given; "detail" format adds `lang`, `confidence` (mean token probability) and `tokens`.
 */
export interface WhisperNativeSegment {
  from: number;
  to: number;
  text: string;
  lang?: string;
  confidence?: number;
  tokens?: WhisperNativeToken[];
}

/** whisper.cpp reported a failure (smart-whisper resolves with an Error instead of rejecting). */
export class WhisperNativeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WhisperNativeError';
  }
}

/**
 * What smart-whisper's `transcribe` callback delivered, checked: its segments, or a thrown
 * WhisperNativeError when whisper.cpp failed (smart-whisper hands over an Error object rather
 * than rejecting, so a failure would otherwise look like a result). Anything else is a bug or a
 * version mismatch, reported as such.
 */
export function unwrapNativeResult(value: unknown, context: string): WhisperNativeSegment[] {
  if (value instanceof Error) throw new WhisperNativeError(`whisper.cpp failed ${context}: ${value.message}`);
  if (!Array.isArray(value)) throw new Error(`smart-whisper returned ${describe(value)} ${context}, expected an array of segments`);
  return value.map((item, i) => {
    const segment = item as Partial<WhisperNativeSegment> | null;
    if (!segment || typeof segment.text !== 'string' || !Number.isFinite(segment.from) || !Number.isFinite(segment.to)) {
      throw new Error(`smart-whisper returned a malformed segment ${i} ${context}: ${describe(item)}`);
    }
    return segment as WhisperNativeSegment;
  });
}

/** Where a transcribed buffer sits in the recording. */
export interface WindowPlacement {
  /** Start of the buffer in the recording (seconds). */
  offsetSec: number;
  /** Audio actually in the buffer (seconds); whisper's times beyond it are clamped to it. */
  durationSec: number;
}

/** A whisper segment placed in the recording: absolute seconds, cleaned text, and its words. */
export interface PlacedSegment {
  start: number;
  end: number;
  text: string;
  confidence?: number;
  /** Words with absolute times (from token timestamps, else spread over the segment by length). */
  words: RecognizedWord[];
  lang?: string;
}

/**
 * Places one buffer's whisper segments in the recording. whisper.cpp's times may run past the
 * audio it was given (it works on 30 s frames and garbage models emit arbitrary timestamps), or
 * end before they start: they are clamped to [0, duration] and made ordered. Non-speech markers
 * ([BLANK_AUDIO], (music), whisper.cpp's [_TT_…] token names) are dropped, and segments left
 * without a letter or digit vanish.
 */
export function placeWindowSegments(segments: WhisperNativeSegment[], placement: WindowPlacement): PlacedSegment[] {
  const limitMs = Math.max(0, placement.durationSec * 1000);
  const toSec = (ms: number) => round3(placement.offsetSec + clamp(ms, 0, limitMs) / 1000);
  const placed: PlacedSegment[] = [];
  for (const segment of segments) {
    const text = cleanText(segment.text);
    if (!text) continue;
    const fromMs = clamp(segment.from, 0, limitMs);
    const toMs = clamp(Math.max(segment.to, segment.from), fromMs, limitMs);
    const start = toSec(fromMs);
    const end = toSec(toMs);
    const confidence = validConfidence(segment.confidence);
    const words = segment.tokens?.length
      ? tokensToWords(segment.tokens, fromMs, toMs, placement.offsetSec, confidence)
      : [];
    placed.push({
      start,
      end,
      text,
      ...(confidence === undefined ? {} : { confidence }),
      words: words.length ? words : spreadWords(text, start, end, confidence ?? 0),
      ...(segment.lang ? { lang: segment.lang } : {}),
    });
  }
  return placed;
}

/**
 * Words of a segment from its tokens: a token whose text starts with a space starts a word,
 * others (word pieces, punctuation) continue it; special tokens are skipped. Token times are
 * used when whisper.cpp computed them and they fall inside the segment, otherwise the segment's
 * span is shared out by text length.
 */
export function tokensToWords(tokens: WhisperNativeToken[], fromMs: number, toMs: number, offsetSec: number, confidence?: number): RecognizedWord[] {
  const groups: WhisperNativeToken[][] = [];
  for (const token of tokens) {
    if (isSpecialToken(token.text)) continue;
    const last = groups[groups.length - 1];
    if (!last || /^\s/.test(token.text)) groups.push([token]);
    else last.push(token);
  }
  const words = groups
    .map((group) => ({ group, text: cleanText(group.map((t) => t.text).join('')) }))
    .filter((w) => w.text);
  if (!words.length) return [];
  const timed = words.every(({ group }) => group.every((t) => Number.isFinite(t.from) && Number.isFinite(t.to) && t.from! >= 0 && t.to! >= t.from!));
  if (!timed) {
    return spreadWords(words.map((w) => w.text).join(' '), round3(offsetSec + fromMs / 1000), round3(offsetSec + toMs / 1000), confidence ?? 0);
  }
  let previousStart = fromMs;
  return words.map(({ group, text }) => {
    const start = Math.max(previousStart, clamp(group[0].from!, fromMs, toMs));
    const end = Math.max(start, clamp(group[group.length - 1].to!, fromMs, toMs));
    previousStart = start;
    const p = group.reduce((sum, t) => sum + (Number.isFinite(t.p) ? t.p : 0), 0) / group.length;
    return { word: text, start: round3(offsetSec + start / 1000), end: round3(offsetSec + end / 1000), confidence: round3(clamp(p, 0, 1)) };
  });
}

/** Words of `text` spread over [start, end] in proportion to their length. */
export function spreadWords(text: string, start: number, end: number, confidence: number): RecognizedWord[] {
  const words = text.split(/\s+/).filter(Boolean);
  const total = words.reduce((sum, w) => sum + w.length, 0) || 1;
  let cursor = start;
  return words.map((word) => {
    const wordStart = cursor;
    cursor += ((end - start) * word.length) / total;
    return { word, start: round3(wordStart), end: round3(Math.min(end, cursor)), confidence };
  });
}

/**
 * Transcript segments from placed whisper segments, each word's speaker given by `speakerOf`.
 * A segment whose words all belong to one speaker keeps whisper's text; one that spans a change
 * of speaker (a mono recording's diarization) is split at each change. Roles stay UNKNOWN.
 */
export function toTranscriptSegments(placed: PlacedSegment[], speakerOf: (word: RecognizedWord, segment: PlacedSegment) => string): Segment[] {
  const out: Segment[] = [];
  for (const segment of placed) {
    const speakers = segment.words.map((word) => speakerOf(word, segment));
    const runs: { speaker: string; words: RecognizedWord[] }[] = [];
    segment.words.forEach((word, i) => {
      const last = runs[runs.length - 1];
      if (last && last.speaker === speakers[i]) last.words.push(word);
      else runs.push({ speaker: speakers[i], words: [word] });
    });
    if (runs.length <= 1) {
      out.push(transcriptSegment(runs[0]?.speaker ?? speakerOf({ word: segment.text, start: segment.start, end: segment.end, confidence: 0 }, segment),
        segment.start, segment.end, segment.text, segment.confidence));
      continue;
    }
    runs.forEach((run, i) => {
      const start = i === 0 ? segment.start : run.words[0].start;
      const end = i === runs.length - 1 ? segment.end : Math.max(start, run.words[run.words.length - 1].end);
      const confidence = segment.confidence === undefined ? undefined : round3(run.words.reduce((s, w) => s + w.confidence, 0) / run.words.length);
      out.push(transcriptSegment(run.speaker, start, end, joinWords(run.words.map((w) => w.word)), confidence));
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function transcriptSegment(speaker: string, start: number, end: number, text: string, confidence?: number): Segment {
  return { speaker, role: 'UNKNOWN', start, end, text, ...(confidence === undefined ? {} : { confidence }) };
}

/** Words of a split segment as text: whisper's casing and punctuation kept, a capital first letter. */
function joinWords(words: string[]): string {
  const text = words.join(' ').replace(/\s+([,.;:!?])/g, '$1');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Special tokens as whisper.cpp names them ([_BEG_], [_TT_123], [_SOT_]…) or as <|…|>. */
export function isSpecialToken(text: string): boolean {
  return /^\s*\[_[^\]]*\]\s*$/.test(text) || /^\s*<\|[^|]*\|>\s*$/.test(text);
}

/**
 * Whisper text without non-speech markers: special token names, bracketed annotations
 * ([BLANK_AUDIO], [ Silence ], [MUSIC]) and a segment that is only a parenthesised or starred
 * sound description ("(upbeat music)", "*laughs*"). Empty when nothing spoken remains.
 */
export function cleanText(raw: string): string {
  let text = raw.replace(/\[_[^\]]*\]|<\|[^|]*\|>/g, ' ').replace(/\[[^\]]*\]/g, ' ');
  if (/^\s*(\([^)]*\)|\*[^*]*\*)\s*$/.test(text)) return '';
  text = text.replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(text) ? text : '';
}

function validConfidence(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? round3(clamp(value, 0, 1)) : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  const text = typeof value === 'object' ? JSON.stringify(value) ?? typeof value : String(value);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
