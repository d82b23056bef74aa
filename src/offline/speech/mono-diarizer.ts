import { FRAME_SAMPLES } from './energy';
import { clusterBySilhouette, nearestCentroid } from './kmeans';
import { MfccExtractor } from './mfcc';
import { medianPitchHz } from './pitch';
import type { RecognizedWord, SpeakerWord } from './recognized-word';
import { detectSpeech, type FrameSpan } from './voice-activity';

/** How voices are told apart in a single-channel recording. */
export interface DiarizationOptions {
  maxSpeakers: number;
  /** Below this best silhouette, everything is one speaker. */
  minSilhouette: number;
  /** Speech pieces shorter than this (seconds) are labelled by their nearest voice but do not shape the clusters. */
  minClusterSec: number;
}

/** How much more the pitch counts than one cepstral coefficient. */
const PITCH_WEIGHT = 2;

/** One speech piece and its voice features (MFCC means, c1..c12). */
interface SpeechPiece {
  startSec: number;
  endSec: number;
  features: number[];
  /** log2 of the median pitch; NaN when unvoiced. */
  pitch: number;
}

/**
 * Speaker turns for a single channel: voice activity splits each window into speech pieces of at
 * most 1.5 s, each piece is described by its mean MFCCs (c0, the loudness, left out) and its
 * median pitch, and k-means
 * with k chosen by silhouette groups the pieces into voices. A male and a female voice separate
 * well; similar voices often do not, so treat the result as a suggestion.
 */
export class MonoDiarizer {
  private readonly pieces: SpeechPiece[] = [];
  private readonly mfcc = new MfccExtractor();

  constructor(private readonly options: DiarizationOptions, private readonly sampleRate = 16_000) {}

  /** Adds a window's speech pieces; `powers` are its 10 ms frame powers. */
  addWindow(samples: Int16Array, startSample: number, powers: Float32Array): void {
    for (const span of detectSpeech(powers)) this.pieces.push(this.describe(samples, startSample, span));
  }

  /** Attributes each word to a voice (`speaker_0` is the first voice heard). */
  attribute(words: RecognizedWord[]): SpeakerWord[] {
    const labels = this.labelPieces();
    if (labels.length === 0) return words.map((w) => ({ ...w, speaker: 'speaker_0' }));
    return words.map((word) => ({ ...word, speaker: `speaker_${labels[this.pieceFor(word)]}` }));
  }

  /** Cluster label of every piece, renumbered by first appearance. */
  labelPieces(): number[] {
    const { maxSpeakers, minSilhouette, minClusterSec } = this.options;
    if (this.pieces.length === 0) return [];
    const points = featureVectors(this.pieces);
    const shaping = points.filter((_, i) => this.pieces[i].endSec - this.pieces[i].startSec >= minClusterSec);
    const clustering = clusterBySilhouette(shaping.length >= 2 ? shaping : points, maxSpeakers, minSilhouette);
    const raw = points.map((p) => nearestCentroid(p, clustering.centroids));
    const order = new Map<number, number>();
    return raw.map((label) => {
      if (!order.has(label)) order.set(label, order.size);
      return order.get(label)!;
    });
  }

  private pieceFor(word: RecognizedWord): number {
    let best = 0;
    let bestScore = -Infinity;
    this.pieces.forEach((piece, i) => {
      const overlap = Math.min(piece.endSec, word.end) - Math.max(piece.startSec, word.start);
      if (overlap > bestScore) [best, bestScore] = [i, overlap];
    });
    return best;
  }

  private describe(samples: Int16Array, startSample: number, span: FrameSpan): SpeechPiece {
    const sums = new Array<number>(12).fill(0);
    let count = 0;
    for (let frame = span.startFrame; frame < span.endFrame; frame++) {
      const cepstra = this.mfcc.frame(samples, frame * FRAME_SAMPLES);
      for (let c = 1; c <= 12; c++) sums[c - 1] += cepstra[c];
      count++;
    }
    const pitch = medianPitchHz(samples, span.startFrame * FRAME_SAMPLES, Math.min(samples.length, span.endFrame * FRAME_SAMPLES));
    return {
      startSec: (startSample + span.startFrame * FRAME_SAMPLES) / this.sampleRate,
      endSec: (startSample + span.endFrame * FRAME_SAMPLES) / this.sampleRate,
      features: sums.map((s) => s / Math.max(1, count)),
      pitch: Number.isNaN(pitch) ? NaN : Math.log2(pitch),
    };
  }
}

/**
 * The vectors k-means sees: 12 MFCC means and log pitch, each scaled to zero mean and unit
 * variance, pitch then weighted ×2. Measured on Festival dialogue, this lifts the silhouette of
 * two voices to 0.40-0.41 while one voice stays at 0.15-0.22 (MFCCs alone: 0.26-0.30 vs 0.15-0.19).
 */
function featureVectors(pieces: SpeechPiece[]): number[][] {
  const voiced = pieces.filter((p) => !Number.isNaN(p.pitch));
  const typicalPitch = voiced.length ? voiced.reduce((sum, p) => sum + p.pitch, 0) / voiced.length : 0;
  const raw = pieces.map((p) => [...p.features, Number.isNaN(p.pitch) ? typicalPitch : p.pitch]);
  const normalize = zScore(raw);
  return raw.map((row) => normalize(row).map((value, d) => (d === row.length - 1 ? value * PITCH_WEIGHT : value)));
}

/** A function scaling vectors to zero mean and unit variance per dimension over `points`. */
function zScore(points: number[][]): (p: number[]) => number[] {
  const dims = points[0].length;
  const means = Array.from({ length: dims }, (_, d) => points.reduce((s, p) => s + p[d], 0) / points.length);
  const deviations = means.map((m, d) => Math.sqrt(points.reduce((s, p) => s + (p[d] - m) ** 2, 0) / points.length) || 1);
  return (p) => p.map((v, d) => (v - means[d]) / deviations[d]);
}
