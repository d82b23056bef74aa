import { groupWordsIntoSegments } from './segments';
import { TranscriptionJob, type JobSettings } from './transcription-job';
import type { Transcriber, TranscriptionInput, TranscriptionResult } from '../../providers/transcriber';
import { DEFAULT_WORK_DIR } from '../../infra/work-folder';
import type { OfflineTranscriberOptions } from './offline-transcriber-options';

export type { OfflineTranscriberOptions } from './offline-transcriber-options';

/** What the engine is; the Debian packages are 0.8+5prealpha (pocketsphinx and pocketsphinx-en-us). */
export const OFFLINE_MODEL = 'pocketsphinx-en-us-0.8';

/**
 * A narrower search than the engine's defaults (at most 3000 active HMMs per frame, 2 Gaussians
 * per senone): half the CPU time at the same WER on counselling dialogue (387 s of Festival
 * speech, scripts/measure-offline-asr.ts: stereo 17.2 % either way, mono 16.8 % vs 17.4 %).
 * Also dropping the flat-lexicon pass (`-fwdflat no`) saved little more and cost 2-4 points.
 * Tried on top and kept out (male / female channel WER, baseline 26.2 / 9.9 %): `-remove_noise no`
 * 24.3 / 9.3 on the clean synthetic speech but mono 16.9 vs 16.1, and 6-10 points worse everywhere
 * with pink or white noise at 20-25 dB SNR, so the spectral noise removal stays; frequency warping
 * (`-warp_params` 0.9…1.1) only trades one voice against the other; `-dither`, `-remove_silence no`,
 * `-bestpath no` cost 2-4 points; VAD thresholds, `-silprob`, `-fillprob`, `-wip` moved either
 * channel by about a point at most. `-cmn batch` (in the model's feat.params) cannot help: sphinxbase
 * falls back to live CMN unless a whole utterance comes at once, which pocketsphinx_continuous never
 * does; the cold start of live CMN is what SpeechLeadIn fixes instead.
 */
export const DEFAULT_POCKETSPHINX_ARGS: readonly string[] = Object.freeze(['-maxhmmpf', '3000', '-topn', '2']);

const DEFAULTS: Omit<OfflineTranscriberOptions, 'windowTimeoutMs' | 'tempDir'> = {
  ffmpegPath: 'ffmpeg',
  pocketsphinxPath: 'pocketsphinx_continuous',
  pocketsphinxArgs: DEFAULT_POCKETSPHINX_ARGS,
  concurrency: 2,
  minWindowSec: 40,
  maxWindowSec: 60,
  maxPauseSec: 0.8,
  gateDb: 12,
  maxSpeakers: 4,
  minSilhouette: 0.3,
};

/**
 * Transcribes on this machine with no network: ffmpeg decodes, pocketsphinx (CMU Sphinx, US
 * English) recognizes. A two-channel recording with one speaker per channel gives exact turns
 * (`channel_0`, `channel_1`); anything else is diarized by voice (`speaker_0`…), a suggestion to
 * confirm. Accuracy is far below a cloud model's: fine for a demo or an air-gapped site.
 */
export class OfflineTranscriber implements Transcriber {
  readonly name = `offline:${OFFLINE_MODEL}`;
  private readonly settings: JobSettings;
  private readonly maxPauseSec: number;

  constructor(options: Partial<OfflineTranscriberOptions> = {}) {
    const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
    const merged = { ...DEFAULTS, ...defined } as Omit<OfflineTranscriberOptions, 'windowTimeoutMs' | 'tempDir'> & Partial<OfflineTranscriberOptions>;
    if (!(merged.concurrency >= 1) || !(merged.minWindowSec > 0) || merged.maxWindowSec < merged.minWindowSec) {
      throw new Error('OfflineTranscriber: concurrency must be >= 1 and 0 < minWindowSec <= maxWindowSec');
    }
    this.maxPauseSec = merged.maxPauseSec;
    this.settings = {
      ffmpegPath: merged.ffmpegPath,
      pocketsphinxPath: merged.pocketsphinxPath,
      pocketsphinxArgs: merged.pocketsphinxArgs,
      concurrency: Math.floor(merged.concurrency),
      minWindowSec: merged.minWindowSec,
      maxWindowSec: merged.maxWindowSec,
      windowTimeoutMs: merged.windowTimeoutMs ?? 120_000 + 2_000 * merged.maxWindowSec,
      gateDb: merged.gateDb,
      diarization: { maxSpeakers: merged.maxSpeakers, minSilhouette: merged.minSilhouette, minClusterSec: 0.5 },
      tempDir: merged.tempDir ?? DEFAULT_WORK_DIR,
    };
  }

  /** Streams, decodes and recognizes the recording; rejects on a recognizer crash, a timeout or an abort. */
  async transcribe(input: TranscriptionInput, signal?: AbortSignal): Promise<TranscriptionResult> {
    const outcome = await new TranscriptionJob(this.settings, signal).run(input);
    const segments = groupWordsIntoSegments(outcome.words, { maxPauseSec: this.maxPauseSec });
    return {
      provider: 'offline',
      model: OFFLINE_MODEL,
      language: 'en',
      durationSec: Math.round(outcome.durationSec * 1000) / 1000,
      segments,
    };
  }
}
