import { powerToDb } from './energy';

/** A run of speech frames [startFrame, endFrame) on the 10 ms grid. */
export interface FrameSpan {
  startFrame: number;
  endFrame: number;
}

/** How speech is told from silence. */
export interface VoiceActivityOptions {
  /** A frame is speech when this many dB above the window's noise floor (10th percentile)… */
  aboveFloorDb: number;
  /** …and no more than this many dB below its loud frames (99th percentile). */
  belowPeakDb: number;
  /** Silences shorter than this (frames) inside speech are bridged. */
  bridgeFrames: number;
  /** Speech runs shorter than this (frames) are dropped as clicks. */
  minFrames: number;
  /** Longer runs are split into pieces of at most this many frames, so a turn change without a pause still shows. */
  maxFrames: number;
}

/** Tuned on Festival dialogue and counselling speech: 10 dB over the floor, 40 dB under the peak. */
export const DEFAULT_VOICE_ACTIVITY: Readonly<VoiceActivityOptions> = Object.freeze({
  aboveFloorDb: 10, belowPeakDb: 40, bridgeFrames: 10, minFrames: 20, maxFrames: 150,
});

/** The speech runs of a window, from its frame powers (mean squares, 10 ms frames). */
export function detectSpeech(powers: Float32Array, options: VoiceActivityOptions = DEFAULT_VOICE_ACTIVITY): FrameSpan[] {
  if (powers.length === 0) return [];
  const levels = Array.from(powers, powerToDb);
  const sorted = [...levels].sort((a, b) => a - b);
  const floor = sorted[Math.floor(sorted.length * 0.1)];
  const peak = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
  const threshold = Math.max(floor + options.aboveFloorDb, peak - options.belowPeakDb);
  const runs: FrameSpan[] = [];
  for (let f = 0; f < levels.length; f++) {
    if (levels[f] < threshold) continue;
    const last = runs[runs.length - 1];
    if (last && f - last.endFrame <= options.bridgeFrames) last.endFrame = f + 1;
    else runs.push({ startFrame: f, endFrame: f + 1 });
  }
  return runs.filter((r) => r.endFrame - r.startFrame >= options.minFrames).flatMap((r) => splitRun(r, options.maxFrames));
}

function splitRun(run: FrameSpan, maxFrames: number): FrameSpan[] {
  const length = run.endFrame - run.startFrame;
  const pieces = Math.ceil(length / maxFrames);
  const size = Math.ceil(length / pieces);
  return Array.from({ length: pieces }, (_, i) => ({
    startFrame: run.startFrame + i * size,
    endFrame: Math.min(run.endFrame, run.startFrame + (i + 1) * size),
  }));
}
