import { FRAME_SAMPLES, type FramePowerLog } from './energy';
import type { RecognizedWord } from './recognized-word';

/** A word heard on one channel of a recording with one speaker per channel. */
export interface ChannelWord extends RecognizedWord {
  channel: number;
}

/** Longer than any word the recognizer reports, so neighbour search never misses an overlap. */
const MAX_WORD_SEC = 5;

/**
 * Drops the words a channel picked up from another speaker's microphone (bleed):
 * - a word is dropped when another channel is more than `gateDb` louder over the word's span;
 * - the same word heard at the same time on two channels is kept only on the louder one.
 * Genuine overlapping speech survives both rules, since each voice is loudest on its own channel.
 */
export function gateChannelWords(words: ChannelWord[], powers: FramePowerLog, channelCount: number, gateDb: number): ChannelWord[] {
  const level = (w: ChannelWord, channel: number) => powers.meanPower(channel, w.start, w.end);
  const ratio = 10 ** (gateDb / 10);
  const audible = words.filter((word) => {
    const own = level(word, word.channel);
    for (let c = 0; c < channelCount; c++) if (c !== word.channel && level(word, c) > own * ratio) return false;
    return true;
  });
  const sorted = audible.sort((a, b) => a.start - b.start);
  return sorted.filter((word, i) => !neighbours(sorted, i).some((other) =>
    other.channel !== word.channel && other.word === word.word &&
    overlapShare(word, other) >= 0.5 && isLouder(other, word, level)));
}

/** Words starting within a few seconds of word `i` (the list is sorted by start): the only ones it can overlap. */
function neighbours(sorted: ChannelWord[], i: number): ChannelWord[] {
  const out: ChannelWord[] = [];
  for (let j = i - 1; j >= 0 && sorted[i].start - sorted[j].start < MAX_WORD_SEC; j--) out.push(sorted[j]);
  for (let j = i + 1; j < sorted.length && sorted[j].start < sorted[i].end; j++) out.push(sorted[j]);
  return out;
}

function overlapShare(a: RecognizedWord, b: RecognizedWord): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap / Math.max(0.01, Math.min(a.end - a.start, b.end - b.start));
}

/** True when `a` is the better copy: louder on its own channel than `b` is on its own (ties: lower channel). */
function isLouder(a: ChannelWord, b: ChannelWord, level: (w: ChannelWord, c: number) => number): boolean {
  const la = level(a, a.channel);
  const lb = level(b, b.channel);
  return la > lb || (la === lb && a.channel < b.channel);
}

/**
 * A copy of one channel with the frames silenced where another channel is more than `gateDb`
 * louder: there this channel only carries that speaker's bleed. The recognizer then neither
 * transcribes the bleed nor spends time on it; the gain ramps over a frame to avoid clicks.
 */
export function muteBleed(samples: Int16Array, ownPowers: Float32Array, otherPowers: Float32Array, gateDb: number): Int16Array {
  const ratio = 10 ** (gateDb / 10);
  const gains = Float32Array.from(ownPowers, (own, f) => (otherPowers[f] > own * ratio ? 0 : 1));
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const position = i / FRAME_SAMPLES - 0.5;
    const frame = Math.max(0, Math.floor(position));
    const next = Math.min(gains.length - 1, frame + 1);
    const weight = Math.min(1, Math.max(0, position - frame));
    out[i] = Math.round(samples[i] * (gains[frame] * (1 - weight) + gains[next] * weight));
  }
  return out;
}
