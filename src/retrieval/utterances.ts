import type { ChatSource, SourceUtterance } from '../providers/chat-model';
import type { Segment } from '../transcripts/segment';
import { speakerLabel } from './chunker';

/** Seconds of slack when matching a chunk's time range to its segments (times are rounded to ms). */
const SLACK_SEC = 0.01;

/** One line of a chunk: "Label: text". */
function chunkLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/^[^:\n]{1,40}:\s+/, '').trim()).filter(Boolean);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The transcript utterances a chunk was built from, each with its own speaker and times. A chunk
 * line is an utterance or a piece of a long one; lines are matched in order to the segments inside
 * the chunk's time range whose text holds them. Lines that match nothing (a transcript edited after
 * indexing) are left out rather than given the chunk's span.
 */
export function utterancesOfChunk(chunk: { text: string; startSec: number; endSec: number }, segments: readonly Segment[]): SourceUtterance[] {
  const utterances: SourceUtterance[] = [];
  let cursor = segments.findIndex((s) => s.end >= chunk.startSec - SLACK_SEC);
  if (cursor < 0) return [];
  for (const line of chunkLines(chunk.text)) {
    for (let i = cursor; i < segments.length && segments[i].start <= chunk.endSec + SLACK_SEC; i++) {
      const text = oneLine(segments[i].text);
      if (!text.includes(line)) continue;
      const id = `u${i}`;
      if (utterances[utterances.length - 1]?.id !== id) {
        utterances.push({ id, speaker: speakerLabel(segments[i]), startSec: segments[i].start, endSec: segments[i].end, text });
      }
      cursor = i;
      break;
    }
  }
  return utterances;
}

/** A passage's text as the model reads it: one labelled line per utterance. */
export function passageText(utterances: readonly SourceUtterance[]): string {
  return utterances.map((u) => `${u.speaker}: ${u.text}`).join('\n');
}

/** A retrieved passage as the answer's numbered source [index], spanning its own utterances. */
export function passageSource(passage: { sessionId: string; recordedAt: Date; utterances: SourceUtterance[] }, index: number): ChatSource {
  const { utterances } = passage;
  const speakers = [...new Set(utterances.map((u) => u.speaker))];
  return { index, sessionId: passage.sessionId, recordedAt: passage.recordedAt, startSec: utterances[0].startSec, endSec: utterances[utterances.length - 1].endSec, speakers, text: passageText(utterances), utterances };
}
