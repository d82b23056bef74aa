import { FRAME_SAMPLES, powerToDb } from './energy';

/** Speech kept per channel to lead into the next window. */
const MEMORY_SEC = 5;
/** Silence between the lead-in and the window: longer than the recognizer's end-of-utterance wait (0.5 s). */
export const LEAD_IN_GAP_SEC = 1;
/** Frames within this many dB of the window's loudest, and above -60 dBFS, count as speech. */
const SPEECH_RANGE_DB = 30;

/**
 * The last few seconds of a channel's speech, replayed before each window so that pocketsphinx's
 * live cepstral mean normalisation has adapted to the voice when the window's own speech starts.
 * Without it the first utterance of every window is decoded with the model's default mean, which
 * measurably hurt accuracy (annomi-7, male channel: 45 % WER with 10-15 s windows, 33 % in one piece).
 * A channel's first window has nothing before it, so it is led in by its own first seconds of
 * speech (decoded twice, the copy's words discarded): that fixed the cold start of the recording's
 * first utterance (scripts/measure-offline-asr.ts: male channel 26.2 → 23.9 %, female 9.9 → 8.6 %,
 * mono 16.1 → 15.5 %, for about 3 % more recognizer CPU time).
 */
export class SpeechLeadIn {
  private memory = new Int16Array(0);

  constructor(private readonly sampleRate: number) {}

  /**
   * The audio to prepend to a window (`samples`, with its frame `powers`, after any muting):
   * the remembered speech then a gap; before anything is remembered, the window's own first
   * seconds of speech then a gap; nothing when the window holds no speech either.
   */
  leadIn(samples: Int16Array, powers: Float32Array): Int16Array {
    const speech = this.memory.length > 0 ? this.memory : firstSpeech(samples, powers, MEMORY_SEC * this.sampleRate);
    if (speech.length === 0) return speech;
    const out = new Int16Array(speech.length + Math.round(LEAD_IN_GAP_SEC * this.sampleRate));
    out.set(speech);
    return out;
  }

  /** Remembers the speech frames of a window (after any muting). */
  remember(samples: Int16Array, powers: Float32Array): void {
    const speech = speechFrames(samples, powers);
    const capacity = MEMORY_SEC * this.sampleRate;
    const total = Math.min(capacity, this.memory.length + speech.reduce((n, s) => n + s.length, 0));
    const next = new Int16Array(total);
    let cursor = total;
    for (let i = speech.length - 1; i >= 0 && cursor > 0; i--) {
      const part = speech[i].subarray(Math.max(0, speech[i].length - cursor));
      cursor -= part.length;
      next.set(part, cursor);
    }
    if (cursor > 0) next.set(this.memory.subarray(this.memory.length - cursor), 0);
    this.memory = next;
  }
}

/** The window's speech frames, in order. */
function speechFrames(samples: Int16Array, powers: Float32Array): Int16Array[] {
  const peak = powers.reduce((max, p) => Math.max(max, p), 0);
  const threshold = Math.max(powerToDb(peak) - SPEECH_RANGE_DB, -60);
  const speech: Int16Array[] = [];
  for (let f = 0; f < powers.length; f++) {
    if (powerToDb(powers[f]) >= threshold) speech.push(samples.subarray(f * FRAME_SAMPLES, (f + 1) * FRAME_SAMPLES));
  }
  return speech;
}

/** At most `capacity` samples of the window's first speech frames, joined. */
function firstSpeech(samples: Int16Array, powers: Float32Array, capacity: number): Int16Array {
  const out = new Int16Array(capacity);
  let cursor = 0;
  for (const frame of speechFrames(samples, powers)) {
    if (cursor >= capacity) break;
    const part = frame.subarray(0, capacity - cursor);
    out.set(part, cursor);
    cursor += part.length;
  }
  return out.subarray(0, cursor);
}
