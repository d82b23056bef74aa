import type { Segment } from '../../transcripts/segment';
import type { SpeakerWord } from './recognized-word';

/** How words become utterances. */
export interface GroupingOptions {
  /** A silence longer than this (seconds) between a speaker's words starts a new segment. */
  maxPauseSec: number;
}

/**
 * Groups time-ordered words into segments: a new segment starts when the speaker changes or the
 * speaker pauses longer than `maxPauseSec`. Roles stay UNKNOWN (assigned by the role mapper), and
 * the confidence is the mean of the words' confidences.
 */
export function groupWordsIntoSegments(words: SpeakerWord[], options: GroupingOptions): Segment[] {
  const ordered = [...words].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: SpeakerWord[][] = [];
  let current: SpeakerWord[] = [];
  for (const word of ordered) {
    const last = current[current.length - 1];
    if (last && (last.speaker !== word.speaker || word.start - last.end > options.maxPauseSec)) {
      groups.push(current);
      current = [];
    }
    current.push(word);
  }
  if (current.length) groups.push(current);
  return groups.map(toSegment);
}

function toSegment(words: SpeakerWord[]): Segment {
  const confidence = words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
  return {
    speaker: words[0].speaker,
    role: 'UNKNOWN',
    start: words[0].start,
    end: Math.max(...words.map((w) => w.end)),
    text: formatSentence(words.map((w) => w.word)),
    confidence: Math.round(confidence * 1000) / 1000,
  };
}

/** Lower-case recognizer words as a sentence: the pronoun "I" capitalised, a capital first letter, a final period. */
export function formatSentence(words: string[]): string {
  const text = words.map((w) => (/^i('|$)/.test(w) ? `I${w.slice(1)}` : w)).join(' ');
  if (!text) return '';
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
