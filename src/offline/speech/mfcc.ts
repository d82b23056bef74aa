/** Mel-frequency cepstral analysis settings (defaults: the usual 25 ms / 10 ms speech front end). */
export interface MfccOptions {
  sampleRate: number;
  frameLength: number;
  hop: number;
  fftSize: number;
  filterCount: number;
  coefficientCount: number;
  lowHz: number;
  highHz: number;
  preemphasis: number;
}

/** 16 kHz, 25 ms Hamming frames every 10 ms, 26 mel filters from 133 Hz to 6.8 kHz, 13 cepstra. */
export const DEFAULT_MFCC: Readonly<MfccOptions> = Object.freeze({
  sampleRate: 16_000, frameLength: 400, hop: 160, fftSize: 512, filterCount: 26,
  coefficientCount: 13, lowHz: 133, highHz: 6800, preemphasis: 0.97,
});

/**
 * Computes MFCC frames from 16-bit PCM. Plain TypeScript (radix-2 FFT, triangular mel filters,
 * DCT-II): slow next to a native front end, but only used for per-segment speaker features.
 */
export class MfccExtractor {
  readonly options: MfccOptions;
  private readonly window: Float64Array;
  private readonly filters: { start: number; weights: Float64Array }[];
  private readonly dct: Float64Array[];
  private readonly fft: RealFft;

  constructor(options: Partial<MfccOptions> = {}) {
    this.options = { ...DEFAULT_MFCC, ...options };
    const { frameLength, fftSize, filterCount, coefficientCount } = this.options;
    this.window = Float64Array.from({ length: frameLength }, (_, i) => 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (frameLength - 1)));
    this.filters = melFilters(this.options);
    this.dct = Array.from({ length: coefficientCount }, (_, k) =>
      Float64Array.from({ length: filterCount }, (_, m) => Math.cos((Math.PI * k * (m + 0.5)) / filterCount)));
    this.fft = new RealFft(fftSize);
  }

  /** The cepstra of the frame starting at `start` (zero-padded past the end of `samples`). */
  frame(samples: Int16Array, start: number): Float64Array {
    const { frameLength, preemphasis } = this.options;
    const input = this.fft.input;
    input.fill(0);
    for (let i = 0; i < frameLength; i++) {
      const index = start + i;
      if (index >= samples.length) break;
      const previous = index > 0 ? samples[index - 1] : 0;
      input[i] = ((samples[index] - preemphasis * previous) / 32768) * this.window[i];
    }
    const power = this.fft.powerSpectrum();
    const logEnergies = this.filters.map(({ start: bin, weights }) => {
      let sum = 0;
      for (let j = 0; j < weights.length; j++) sum += weights[j] * power[bin + j];
      return Math.log(sum + 1e-10);
    });
    return Float64Array.from(this.dct, (row) => row.reduce((sum, w, m) => sum + w * logEnergies[m], 0));
  }
}

function hzToMel(hz: number): number {
  return 2595 * Math.log10(1 + hz / 700);
}

function melToHz(mel: number): number {
  return 700 * (10 ** (mel / 2595) - 1);
}

function melFilters({ sampleRate, fftSize, filterCount, lowHz, highHz }: MfccOptions): { start: number; weights: Float64Array }[] {
  const low = hzToMel(lowHz);
  const step = (hzToMel(highHz) - low) / (filterCount + 1);
  const bins = Array.from({ length: filterCount + 2 }, (_, i) => (melToHz(low + i * step) * fftSize) / sampleRate);
  return Array.from({ length: filterCount }, (_, m) => {
    const [left, center, right] = [bins[m], bins[m + 1], bins[m + 2]];
    const start = Math.ceil(left);
    const end = Math.floor(right);
    const weights = Float64Array.from({ length: Math.max(0, end - start + 1) }, (_, j) => {
      const bin = start + j;
      return bin <= center ? (bin - left) / (center - left) : (right - bin) / (right - center);
    });
    return { start, weights };
  });
}

/** An in-place iterative radix-2 FFT of a real frame, returning the power of bins 0..n/2. */
class RealFft {
  readonly input: Float64Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly power: Float64Array;
  private readonly reversed: Uint32Array;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;

  constructor(private readonly size: number) {
    if (size & (size - 1)) throw new Error('FFT size must be a power of two');
    this.input = new Float64Array(size);
    this.re = new Float64Array(size);
    this.im = new Float64Array(size);
    this.power = new Float64Array(size / 2 + 1);
    const bits = Math.log2(size);
    this.reversed = Uint32Array.from({ length: size }, (_, i) => {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      return r;
    });
    this.cos = Float64Array.from({ length: size / 2 }, (_, i) => Math.cos((-2 * Math.PI * i) / size));
    this.sin = Float64Array.from({ length: size / 2 }, (_, i) => Math.sin((-2 * Math.PI * i) / size));
  }

  powerSpectrum(): Float64Array {
    const { re, im, size } = this;
    for (let i = 0; i < size; i++) {
      re[this.reversed[i]] = this.input[i];
      im[i] = 0;
    }
    for (let length = 2; length <= size; length *= 2) {
      const half = length / 2;
      const stride = size / length;
      for (let start = 0; start < size; start += length) {
        for (let k = 0; k < half; k++) {
          const wr = this.cos[k * stride];
          const wi = this.sin[k * stride];
          const a = start + k;
          const b = a + half;
          const tr = re[b] * wr - im[b] * wi;
          const ti = re[b] * wi + im[b] * wr;
          re[b] = re[a] - tr;
          im[b] = im[a] - ti;
          re[a] += tr;
          im[a] += ti;
        }
      }
    }
    for (let i = 0; i <= size / 2; i++) this.power[i] = re[i] * re[i] + im[i] * im[i];
    return this.power;
  }
}
