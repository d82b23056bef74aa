/** Samples per analysis frame: 10 ms at 16 kHz, the grid every energy, gate and VAD decision uses. */
export const FRAME_SAMPLES = 160;

/** Energy floor (mean square of 16-bit samples) so silence maps to a finite level of about -100 dBFS. */
const POWER_FLOOR = 1e-10 * 32768 * 32768;

/** Mean square of each 10 ms frame (a trailing partial frame counts as a frame). */
export function framePowers(samples: Int16Array, frameSamples = FRAME_SAMPLES): Float32Array {
  const frames = Math.ceil(samples.length / frameSamples);
  const powers = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    const start = f * frameSamples;
    const end = Math.min(samples.length, start + frameSamples);
    let sum = 0;
    for (let i = start; i < end; i++) sum += samples[i] * samples[i];
    powers[f] = sum / (end - start);
  }
  return powers;
}

/** A mean-square power in dB relative to a full-scale 16-bit square wave. */
export function powerToDb(power: number): number {
  return 10 * Math.log10(Math.max(power, POWER_FLOOR) / (32768 * 32768));
}

/**
 * Per-frame powers of every channel for the whole recording, appended window by window. Costs
 * 4 bytes per channel per 10 ms (about 3 MB for a stereo hour), which keeps memory flat enough.
 */
export class FramePowerLog {
  private readonly channels: Float32Array[];
  private length = 0;

  constructor(channelCount: number) {
    this.channels = Array.from({ length: channelCount }, () => new Float32Array(1024));
  }

  /** Appends one window's frame powers, one array per channel, equally long. */
  append(powers: Float32Array[]): void {
    const added = powers[0]?.length ?? 0;
    if (this.length + added > this.channels[0].length) this.grow(this.length + added);
    powers.forEach((p, c) => this.channels[c].set(p, this.length));
    this.length += added;
  }

  /** Mean power of a channel over [startSec, endSec). */
  meanPower(channel: number, startSec: number, endSec: number): number {
    const from = Math.max(0, Math.floor(startSec * 100));
    const to = Math.min(this.length, Math.max(from + 1, Math.ceil(endSec * 100)));
    if (from >= to) return 0;
    let sum = 0;
    for (let f = from; f < to; f++) sum += this.channels[channel][f];
    return sum / (to - from);
  }

  private grow(needed: number): void {
    for (let c = 0; c < this.channels.length; c++) {
      const next = new Float32Array(Math.max(needed, this.channels[c].length * 2));
      next.set(this.channels[c].subarray(0, this.length));
      this.channels[c] = next;
    }
  }
}
