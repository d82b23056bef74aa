import os from 'node:os';
import path from 'node:path';
import { type Transcriber, type TranscriptionInput, type TranscriptionResult } from '../../providers/transcriber';
import { WhisperJob } from './whisper-job';
import type { WhisperTranscriberOptions } from './whisper-options';
import { InvalidWhisperModelError, inspectWhisperModel, modelFileStamp, type WhisperModelInfo } from './whisper-model';
import { DEFAULT_WORK_DIR } from '../../infra/work-folder';
import {
  ChildProcessWhisperEngine,
  childProcessWhisperEngine,
  locateSmartWhisper,
  WhisperUnavailableError,
  type WhisperEngine,
} from './whisper-engine';

// The engine (smart-whisper in a child process) is in whisper-engine.ts; re-exported for one entry point.
export {
  WHISPER_SAMPLE_RATE,
  bindingWhisperEngine,
  childProcessWhisperEngine,
  locateSmartWhisper,
  WhisperUnavailableError,
  type ChildProcessEngineOptions,
  type SmartWhisperBinding,
  type SmartWhisperLocation,
  type WhisperEngine,
  type WhisperParams,
  type WhisperSession,
} from './whisper-engine';
export type { WhisperTranscriberOptions } from './whisper-options';

/**
 * Transcribes on this machine with whisper.cpp (through smart-whisper) and a ggml model file,
 * for sites that could download the model once but send no audio out. ffmpeg decodes the upload
 * to 16 kHz PCM as a stream; it is cut into windows of a few minutes at quiet moments (smart-whisper
 * takes whole buffers), so memory stays bounded whatever the length. A stereo recording with one
 * speaker per channel is transcribed per channel (`channel_0`, `channel_1`: exact turns); anything
 * else as one channel whose voices are told apart by MFCC clustering (`speaker_0`…, a suggestion).
 */
export class WhisperTranscriber implements Transcriber {
  readonly name: string;
  readonly modelFile: string;
  private readonly options: Omit<WhisperTranscriberOptions, 'engine'>;
  private readonly engine: WhisperEngine;
  private checked: { stamp: string; info: WhisperModelInfo } | null = null;

  constructor(options: Partial<WhisperTranscriberOptions> & { modelPath: string }) {
    if (!options.modelPath) throw new Error('WhisperTranscriber: modelPath (WHISPER_MODEL) is required');
    const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<WhisperTranscriberOptions>;
    const maxWindowSec = defined.maxWindowSec ?? 300;
    const minWindowSec = defined.minWindowSec ?? Math.min(240, maxWindowSec);
    if (!(minWindowSec > 0) || maxWindowSec < minWindowSec) throw new Error('WhisperTranscriber: 0 < minWindowSec <= maxWindowSec is required');
    this.options = {
      modelPath: path.resolve(options.modelPath),
      ffmpegPath: defined.ffmpegPath ?? 'ffmpeg',
      language: defined.language ?? 'en',
      threads: Math.max(1, Math.floor(defined.threads ?? os.availableParallelism())),
      minWindowSec,
      maxWindowSec,
      windowTimeoutMs: defined.windowTimeoutMs ?? 60_000 + 10_000 * maxWindowSec,
      gateDb: defined.gateDb ?? 12,
      maxSpeakers: defined.maxSpeakers ?? 4,
      minSilhouette: defined.minSilhouette ?? 0.2,
      whisperParams: defined.whisperParams ?? {},
      tempDir: defined.tempDir ?? DEFAULT_WORK_DIR,
    };
    this.engine = defined.engine ?? childProcessWhisperEngine({ timeoutMs: this.options.windowTimeoutMs });
    this.modelFile = path.basename(this.options.modelPath);
    this.name = `offline:whisper.cpp:${this.modelFile}`;
  }

  /**
   * Checks the model file's header and size (see inspectWhisperModel; remembered until the file
   * changes) and, with the default engine, that smart-whisper is installed and built.
   * Throws a WhisperUnavailableError saying what is wrong; call at start-up to fail fast.
   */
  async check(): Promise<WhisperModelInfo> {
    if (this.engine instanceof ChildProcessWhisperEngine) locateSmartWhisper();
    const stamp = await modelFileStamp(this.options.modelPath).catch(() => '');
    if (this.checked && this.checked.stamp === stamp) return this.checked.info;
    try {
      const info = await inspectWhisperModel(this.options.modelPath);
      this.checked = { stamp, info };
      return info;
    } catch (error) {
      if (error instanceof InvalidWhisperModelError) {
        throw new WhisperUnavailableError(`WHISPER_MODEL: ${error.message} (download the official model with \`npm run cli -- models:whisper\`)`, 'invalid-model');
      }
      throw error;
    }
  }

  /** Streams, decodes and transcribes the recording; rejects on a whisper failure or crash, a timeout or an abort. */
  async transcribe(input: TranscriptionInput, signal?: AbortSignal): Promise<TranscriptionResult> {
    await this.check();
    const job = new WhisperJob(this.options, this.engine, signal);
    const outcome = await job.run(input);
    return {
      provider: 'whisper.cpp',
      model: this.modelFile,
      language: outcome.language,
      durationSec: Math.round(outcome.durationSec * 1000) / 1000,
      segments: outcome.segments,
    };
  }
}
