/** Settings of the offline transcriber; every one has a default that works on a 2-core machine. */
export interface OfflineTranscriberOptions {
  /** ffmpeg executable (decodes every accepted container). Default `ffmpeg`. */
  ffmpegPath: string;
  /** pocketsphinx_continuous executable. Default `pocketsphinx_continuous`. */
  pocketsphinxPath: string;
  /** pocketsphinx search arguments (`-hmm`, `-lm`, `-dict`, beams…). Default DEFAULT_POCKETSPHINX_ARGS; `[]` gives the engine's own defaults. */
  pocketsphinxArgs: readonly string[];
  /** Recognizer processes at a time (each is single-threaded, ~110 MB). Default 2. */
  concurrency: number;
  /** Windows are cut at the quietest moment between these lengths (seconds). Default 40..60. */
  minWindowSec: number;
  maxWindowSec: number;
  /** A recognizer run on one window is killed and the transcription rejected after this. Default 120 s + 2 × max window. */
  windowTimeoutMs: number;
  /** A silence longer than this (seconds) ends a segment. Default 0.8. */
  maxPauseSec: number;
  /** Stereo: a word is bleed, and dropped, when the other channel is this much louder over it (dB). Default 12. */
  gateDb: number;
  /** Mono: most voices told apart. Default 4. */
  maxSpeakers: number;
  /** Mono: below this silhouette the recording is one voice. Default 0.3. */
  minSilhouette: number;
  /** The work folder holding one private folder per job (WORK_DIR). Default `<os tmpdir>/therapyrag-work`. */
  tempDir: string;
}
