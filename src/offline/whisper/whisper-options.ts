import type { WhisperEngine, WhisperParams } from './whisper-engine';

/** Settings of the whisper.cpp transcriber; all but the model have defaults fit for a 2-core machine. */
export interface WhisperTranscriberOptions {
  /** The ggml model file (WHISPER_MODEL), e.g. models/ggml-base.en.bin. */
  modelPath: string;
  /** ffmpeg executable. Default `ffmpeg`. */
  ffmpegPath: string;
  /** Spoken language passed to whisper ("en" for .en models; "auto" detects). Default `en`. */
  language: string;
  /** whisper.cpp threads. Default: all cores. */
  threads: number;
  /** Buffers handed to whisper are cut at the quietest moment between these lengths (seconds). Default 240..300. */
  minWindowSec: number;
  maxWindowSec: number;
  /** One buffer taking longer than this kills whisper and fails the transcription. Default 60 s + 10 × maxWindowSec. */
  windowTimeoutMs: number;
  /** Stereo: frames where the other channel is this much louder are muted (bleed), and segments there dropped (dB). Default 12. */
  gateDb: number;
  /** Mono: most voices told apart by the MFCC clustering. Default 4. */
  maxSpeakers: number;
  /** Mono: below this silhouette the recording is one voice. Default 0.2. */
  minSilhouette: number;
  /** Extra smart-whisper parameters (beam_size, temperature_inc, max_tokens…); they override the defaults. */
  whisperParams: WhisperParams;
  /** The work folder (WORK_DIR) for the per-job folder (only used for MP4-like uploads that need seeking). Default `<os tmpdir>/therapyrag-work`. */
  tempDir: string;
  /** How models are run. Default: smart-whisper in a child process (see childProcessWhisperEngine). */
  engine: WhisperEngine;
}
