/** Analysis frames of 40 ms at 8 kHz, every 40 ms: pitch only needs a coarse look at each piece. */
const RATE = 8_000;
const FRAME = 320;
const MIN_HZ = 60;
const MAX_HZ = 400;
/** A frame is voiced when its normalised autocorrelation peak reaches this. */
const VOICED = 0.6;

/**
 * The median fundamental frequency (Hz) of the voiced frames of 16 kHz speech, by normalised
 * autocorrelation on a 2:1 decimated signal; NaN when nothing is voiced. Pitch is what separates a
 * low voice from a high one best, where spectral envelopes (MFCCs) vary with every phone.
 */
export function medianPitchHz(samples: Int16Array, start = 0, end = samples.length): number {
  const length = Math.floor((end - start) / 2);
  const x = new Float64Array(length);
  for (let i = 0; i < length; i++) x[i] = (samples[start + 2 * i] + samples[start + 2 * i + 1]) / 2;
  const minLag = Math.floor(RATE / MAX_HZ);
  const maxLag = Math.ceil(RATE / MIN_HZ);
  const pitches: number[] = [];
  for (let frame = 0; frame + FRAME + maxLag <= length; frame += FRAME) {
    const lag = bestLag(x, frame, minLag, maxLag);
    if (lag > 0) pitches.push(RATE / lag);
  }
  if (pitches.length === 0) return NaN;
  pitches.sort((a, b) => a - b);
  return pitches[Math.floor(pitches.length / 2)];
}

function bestLag(x: Float64Array, start: number, minLag: number, maxLag: number): number {
  let energy = 0;
  for (let i = start; i < start + FRAME; i++) energy += x[i] * x[i];
  if (energy === 0) return 0;
  const scores = new Float64Array(maxLag + 1);
  let best = 0;
  for (let lag = minLag; lag <= maxLag; lag++) {
    let cross = 0;
    let lagged = 0;
    for (let i = start; i < start + FRAME; i++) {
      cross += x[i] * x[i + lag];
      lagged += x[i + lag] * x[i + lag];
    }
    scores[lag] = lagged > 0 ? cross / Math.sqrt(energy * lagged) : 0;
    if (scores[lag] > scores[best]) best = lag;
  }
  if (scores[best] < VOICED) return 0;
  // The shortest lag nearly as good as the best avoids halving the pitch (octave errors).
  for (let lag = minLag; lag < best; lag++) if (scores[lag] >= 0.9 * scores[best] && isPeak(scores, lag)) return lag;
  return best;
}

function isPeak(scores: Float64Array, lag: number): boolean {
  return scores[lag] >= scores[lag - 1] && scores[lag] >= scores[lag + 1];
}
