import { FRAME_SAMPLES } from './energy';

/** A stretch of the recording, one Int16Array per channel, starting `startSample` into it. */
export interface PcmWindow {
  index: number;
  startSample: number;
  channels: Int16Array[];
}

/** Where windows may be cut, in samples. */
export interface WindowingOptions {
  channelCount: number;
  minSamples: number;
  maxSamples: number;
}

/** Frames of the moving average that finds a quiet place to cut (300 ms), so a cut avoids words. */
const QUIET_SPAN_FRAMES = 30;

/**
 * Splits an interleaved little-endian 16-bit PCM stream into windows of `minSamples..maxSamples`,
 * each cut at the quietest 300 ms in that range (on a 10 ms grid), so words are rarely cut in two.
 * Holds at most one window of audio, whatever the recording's length.
 */
export class PcmWindower {
  private readonly buffer: Int16Array;
  private filled = 0;
  private carry: Buffer | null = null;
  private nextIndex = 0;
  private emittedSamples = 0;

  constructor(private readonly options: WindowingOptions) {
    if (options.minSamples % FRAME_SAMPLES || options.maxSamples % FRAME_SAMPLES || options.maxSamples < options.minSamples) {
      throw new Error('window bounds must be whole frames and min <= max');
    }
    this.buffer = new Int16Array(options.maxSamples * options.channelCount);
  }

  /** Adds decoded bytes; returns the windows that became complete. */
  push(chunk: Buffer): PcmWindow[] {
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const frameBytes = 2 * this.options.channelCount;
    const usable = bytes.length - (bytes.length % frameBytes);
    this.carry = usable < bytes.length ? Buffer.from(bytes.subarray(usable)) : null;
    const windows: PcmWindow[] = [];
    let offset = 0;
    while (offset < usable) {
      const room = this.buffer.length - this.filled;
      const take = Math.min(room * 2, usable - offset);
      for (let i = 0; i < take; i += 2) this.buffer[this.filled + i / 2] = bytes.readInt16LE(offset + i);
      this.filled += take / 2;
      offset += take;
      if (this.filled === this.buffer.length) windows.push(this.cut(this.quietCutSample()));
    }
    return windows;
  }

  /** The rest of the stream as a last window (none when nothing is left). */
  flush(): PcmWindow[] {
    const frames = this.filled / this.options.channelCount;
    return frames > 0 ? [this.cut(frames)] : [];
  }

  /** Total samples per channel handed out so far. */
  get samplesEmitted(): number {
    return this.emittedSamples;
  }

  private quietCutSample(): number {
    const { channelCount, minSamples, maxSamples } = this.options;
    const frames = maxSamples / FRAME_SAMPLES;
    const powers = new Float64Array(Math.floor(frames));
    for (let f = 0; f < powers.length; f++) {
      let sum = 0;
      for (let i = f * FRAME_SAMPLES * channelCount; i < (f + 1) * FRAME_SAMPLES * channelCount; i++) sum += this.buffer[i] ** 2;
      powers[f] = sum;
    }
    const half = QUIET_SPAN_FRAMES / 2;
    let best = Math.floor(powers.length - 1);
    let bestEnergy = Infinity;
    for (let f = minSamples / FRAME_SAMPLES; f < powers.length; f++) {
      let sum = 0;
      for (let g = Math.max(0, f - half); g < Math.min(powers.length, f + half); g++) sum += powers[g];
      if (sum < bestEnergy) [best, bestEnergy] = [f, sum];
    }
    return best * FRAME_SAMPLES;
  }

  private cut(frames: number): PcmWindow {
    const { channelCount } = this.options;
    const channels = Array.from({ length: channelCount }, (_, c) => {
      const out = new Int16Array(frames);
      for (let i = 0; i < frames; i++) out[i] = this.buffer[i * channelCount + c];
      return out;
    });
    this.buffer.copyWithin(0, frames * channelCount, this.filled);
    this.filled -= frames * channelCount;
    const window = { index: this.nextIndex++, startSample: this.emittedSamples, channels };
    this.emittedSamples += frames;
    return window;
  }
}
