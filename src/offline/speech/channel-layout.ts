import { FRAME_SAMPLES, powerToDb } from './energy';

/** How a two-channel decode is transcribed: one speaker per channel, or one mixed channel to diarize. */
export type ChannelLayout = 'stereo' | 'mono';

/** Frames louder than this (dBFS) count towards the decision; silence says nothing about the channels. */
const ACTIVE_DB = -55;
/** Channels correlating at least this much (at lag 0) carry the same signal. */
const SAME_SIGNAL_CORRELATION = 0.9;
/** …provided their levels differ by no more than this. */
const SAME_SIGNAL_LEVEL_DB = 6;

/**
 * Decides from the decoded audio whether a two-channel stream is a real one-speaker-per-channel
 * recording or a mono recording in disguise (a mono source duplicated by the decoder, or a stereo
 * file whose channels are nearly identical). Needs `minActiveSec` of sound, or is forced.
 */
export class ChannelLayoutDetector {
  private sumLeft = 0;
  private sumRight = 0;
  private sumCross = 0;
  private activeFrames = 0;

  constructor(private readonly minActiveSec = 3) {}

  /** Accumulates a window's loud frames. */
  observe(left: Int16Array, right: Int16Array, leftPowers: Float32Array, rightPowers: Float32Array): void {
    for (let f = 0; f < leftPowers.length; f++) {
      if (powerToDb(Math.max(leftPowers[f], rightPowers[f])) < ACTIVE_DB) continue;
      this.activeFrames++;
      const end = Math.min(left.length, (f + 1) * FRAME_SAMPLES);
      for (let i = f * FRAME_SAMPLES; i < end; i++) {
        this.sumLeft += left[i] * left[i];
        this.sumRight += right[i] * right[i];
        this.sumCross += left[i] * right[i];
      }
    }
  }

  /** True once enough sound was observed to decide. */
  get isConfident(): boolean {
    return this.activeFrames >= this.minActiveSec * 100;
  }

  /** The layout suggested by what was observed (mono when nothing was). */
  decide(): ChannelLayout {
    if (this.activeFrames === 0) return 'mono';
    if (this.sumLeft === 0 || this.sumRight === 0) return 'stereo';
    const correlation = this.sumCross / Math.sqrt(this.sumLeft * this.sumRight);
    const levelDifference = Math.abs(10 * Math.log10(this.sumLeft / this.sumRight));
    return correlation >= SAME_SIGNAL_CORRELATION && levelDifference <= SAME_SIGNAL_LEVEL_DB ? 'mono' : 'stereo';
  }
}

/** The average of two channels, for a recording transcribed as one. */
export function mixDown(left: Int16Array, right: Int16Array): Int16Array {
  const out = new Int16Array(left.length);
  for (let i = 0; i < left.length; i++) out[i] = (left[i] + right[i]) >> 1;
  return out;
}

/** The loudest 10 ms frame of a window, in dBFS; windows below about -60 dBFS need no recognizer. */
export function peakLevelDb(powers: Float32Array): number {
  let peak = 0;
  for (const p of powers) if (p > peak) peak = p;
  return powerToDb(peak);
}
