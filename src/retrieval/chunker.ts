import { segments } from '../text/sentences';
import { encodeTokens } from '../text/tokens';
import type { Segment, SpeakerRole } from '../transcripts/segment';

/** A retrievable slice of a transcript: whole utterances, labelled by speaker, with its time range. */
export interface Chunk {
  ordinal: number;
  text: string;
  startSec: number;
  endSec: number;
  speakers: string[];
  roles: SpeakerRole[];
  tokenCount: number;
}

/** How a transcript is cut into chunks. */
export interface ChunkOptions {
  /** Upper bound on a chunk's labelled text, in cl100k_base tokens. */
  maxTokens?: number;
  /** Lines (utterances, or pieces of a split one) from the end of a chunk repeated at the start of the next. */
  overlapSegments?: number;
}

/** Defaults from the chunking issue: ~500 tokens with one utterance of overlap. */
export const DEFAULT_CHUNK_OPTIONS: Readonly<Required<ChunkOptions>> = Object.freeze({
  maxTokens: 500,
  overlapSegments: 1,
});

/** Below this, a speaker label plus a few words no longer fits, so a limit makes no sense. */
const MIN_MAX_TOKENS = 16;

/** One line of a chunk: an utterance, or a piece of one that was too long on its own. */
interface Line {
  text: string;
  tokens: number;
  start: number;
  end: number;
  speaker: string;
  role: SpeakerRole;
}

/** Counts tokens the way text-embedding-3-small does (cl100k_base); the rank table is parsed on first use. */
export function countTokens(text: string): number {
  return encodeTokens(text).length;
}

/** Cuts a transcript into chunks of whole utterances, each at most `maxTokens` tokens. */
export function chunkTranscript(segments: readonly Segment[], options: ChunkOptions = {}): Chunk[] {
  const { maxTokens, overlapSegments } = { ...DEFAULT_CHUNK_OPTIONS, ...options };
  if (!Number.isInteger(maxTokens) || maxTokens < MIN_MAX_TOKENS) {
    throw new RangeError(`maxTokens must be an integer >= ${MIN_MAX_TOKENS}`);
  }
  if (!Number.isInteger(overlapSegments) || overlapSegments < 0) {
    throw new RangeError('overlapSegments must be a non-negative integer');
  }
  const lines = segments.flatMap((segment) => toLines(segment, maxTokens));
  return packLines(lines, maxTokens, overlapSegments).map((group, ordinal) => toChunk(group, ordinal));
}

/** The label a reader of the chunk (and the chat model) sees before each utterance. */
export function speakerLabel(segment: Pick<Segment, 'speaker' | 'role'>): string {
  if (segment.role === 'THERAPIST') return 'Therapist';
  if (segment.role === 'PATIENT') return 'Patient';
  return segment.speaker.trim() || 'Unknown speaker';
}

function toLines(segment: Segment, maxTokens: number): Line[] {
  // One line per utterance: a line break inside one would read as an unlabelled utterance.
  const text = segment.text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
  if (!text) return [];
  const prefix = `${speakerLabel(segment)}: `;
  const base = { speaker: segment.speaker, role: segment.role };
  const fits = (piece: string): boolean => countTokens(prefix + piece.trim()) <= maxTokens;
  if (fits(text)) {
    return [{ ...base, text: prefix + text, tokens: countTokens(prefix + text), start: segment.start, end: segment.end }];
  }
  const pieces = splitText(text, fits);
  const duration = segment.end - segment.start;
  let offset = 0;
  return pieces.map((piece, index) => {
    // Transcripts carry no word timings here, so a piece's time is its share of the characters.
    const start = index === 0 ? segment.start : roundTime(segment.start + (duration * offset) / text.length);
    offset += piece.length;
    const end = index === pieces.length - 1 ? segment.end : roundTime(segment.start + (duration * offset) / text.length);
    const pieceText = prefix + piece.trim();
    return { ...base, text: pieceText, tokens: countTokens(pieceText), start, end };
  });
}

function roundTime(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * Splits text into pieces that each `fit`: at sentence boundaries, then words, then grapheme
 * clusters. Pieces keep their surrounding whitespace so their lengths add up to the original's,
 * which the time interpolation relies on.
 */
function splitText(text: string, fits: (piece: string) => boolean): string[] {
  const units = segments(text, 'sentence').flatMap((sentence) => {
    if (fits(sentence)) return [sentence];
    return segments(sentence, 'word').flatMap((word) => (fits(word) ? [word] : segments(word, 'grapheme')));
  });
  return packUnits(units, fits);
}

function packUnits(units: string[], fits: (piece: string) => boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const unit of units) {
    const candidate = current + unit;
    if (current.trim() && !fits(candidate)) {
      pieces.push(current);
      current = unit;
    } else {
      current = candidate;
    }
  }
  // Trailing whitespace belongs to the last piece, so the lengths still add up.
  if (current.trim() || !pieces.length) pieces.push(current);
  else pieces[pieces.length - 1] += current;
  return pieces;
}

/** Groups lines greedily into chunks, starting each chunk with the previous one's last lines. */
function packLines(lines: Line[], maxTokens: number, overlap: number): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (current.length && joinedTokens([...current, line]) > maxTokens) {
      groups.push(current);
      // Overlap is only carried when a new line follows, so no chunk is made of repeats alone.
      current = trimToFit(current.slice(Math.max(0, current.length - overlap)), line, maxTokens);
    }
    current.push(line);
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Drops overlap lines from the front until the next line fits beside them. */
function trimToFit(carried: Line[], next: Line, maxTokens: number): Line[] {
  let kept = carried;
  while (kept.length && joinedTokens([...kept, next]) > maxTokens) kept = kept.slice(1);
  return kept;
}

/** Exact token count of lines joined as a chunk; BPE may merge across the newlines. */
function joinedTokens(lines: Line[]): number {
  return countTokens(lines.map((line) => line.text).join('\n'));
}

function toChunk(lines: Line[], ordinal: number): Chunk {
  const text = lines.map((line) => line.text).join('\n');
  return {
    ordinal,
    text,
    startSec: lines[0].start,
    endSec: lines[lines.length - 1].end,
    speakers: distinct(lines.map((line) => line.speaker)),
    roles: distinct(lines.map((line) => line.role)),
    tokenCount: countTokens(text),
  };
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
