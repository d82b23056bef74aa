import { rm } from 'node:fs/promises';
import { makeJobFolder } from '../../infra/work-folder';
import path from 'node:path';
import type { TranscriptionInput } from '../../providers/transcriber';
import { abortReason } from './child-process';
import { mixDown, peakLevelDb, type ChannelLayout } from './channel-layout';
import { gateChannelWords, muteBleed, type ChannelWord } from './channel-gate';
import { FramePowerLog, framePowers } from './energy';
import { MonoDiarizer, type DiarizationOptions } from './mono-diarizer';
import { recognizeFile } from './pocketsphinx';
import type { RecognizedWord, SpeakerWord } from './recognized-word';
import { TaskPool } from './task-pool';
import { writeWavFile } from './wav';
import { LEAD_IN_GAP_SEC, SpeechLeadIn } from './speech-lead-in';
import type { PcmWindow } from './windowing';
import { decodeInWindows } from './windowed-decoding';
import type { OfflineTranscriberOptions } from './offline-transcriber-options';

/** Everything a job needs to know: the transcriber's settings (see OfflineTranscriberOptions) and the mono diarizer's. */
export type JobSettings = Pick<
  OfflineTranscriberOptions,
  'ffmpegPath' | 'pocketsphinxPath' | 'pocketsphinxArgs' | 'concurrency' | 'minWindowSec' | 'maxWindowSec' | 'windowTimeoutMs' | 'gateDb' | 'tempDir'
> & { diarization: DiarizationOptions };

/** Words with speakers, and what the job found out about the recording. */
export interface JobOutcome {
  durationSec: number;
  layout: ChannelLayout;
  words: SpeakerWord[];
}

export const SAMPLE_RATE = 16_000;
/** Windows quieter than this everywhere hold no speech and skip the recognizer. */
const SILENT_WINDOW_DB = -60;

/**
 * One transcription: ffmpeg streams the recording in as 16 kHz stereo PCM, which is cut into
 * windows written to a private job folder under the work folder; pocketsphinx recognizes each window (per channel for a
 * two-speaker recording) in a bounded pool. Reading pauses while the pool is full, so memory and
 * disk stay bounded by a few windows whatever the length. Any failure aborts all children.
 */
export class TranscriptionJob {
  private readonly controller = new AbortController();
  private readonly pool: TaskPool<ChannelWord[]>;
  private readonly powers = new FramePowerLog(2);
  private readonly diarizer: MonoDiarizer;
  private readonly leadIns = [new SpeechLeadIn(SAMPLE_RATE), new SpeechLeadIn(SAMPLE_RATE)];
  private layout: ChannelLayout | null = null;
  private dir = '';
  private readonly unlinkSignal: () => void;

  constructor(private readonly settings: JobSettings, signal?: AbortSignal) {
    const abort = () => this.controller.abort(abortReason(signal!));
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    // A worker may pass one long-lived signal to many jobs: each job takes its listener away again.
    this.unlinkSignal = () => signal?.removeEventListener('abort', abort);
    this.pool = new TaskPool(settings.concurrency, this.controller.signal, (error) => this.controller.abort(error));
    this.diarizer = new MonoDiarizer(settings.diarization, SAMPLE_RATE);
  }

  /** Transcribes the input; always removes its temp dir and leaves no child running. */
  async run(input: TranscriptionInput): Promise<JobOutcome> {
    try {
      this.throwIfAborted();
      this.dir = await makeJobFolder(this.settings.tempDir, 'asr');
      const durationSec = await this.readAndDispatch(input);
      const results = await this.pool.drain();
      return { durationSec, layout: this.layout ?? 'mono', words: this.attribute(results.flat()) };
    } catch (error) {
      const reason = this.controller.signal.aborted ? abortReason(this.controller.signal) : error;
      this.controller.abort(reason);
      await this.pool.idle(); // the killed recognizers have exited before the caller hears of the failure
      throw reason;
    } finally {
      this.unlinkSignal();
      if (this.dir) await rm(this.dir, { recursive: true, force: true });
    }
  }

  private async readAndDispatch(input: TranscriptionInput): Promise<number> {
    const spoolPath = async () => path.join(this.dir, 'input');
    const options = { ...this.settings, sampleRate: SAMPLE_RATE, controller: this.controller, spoolPath, powerLog: this.powers };
    const { durationSec, layout } = await decodeInWindows(input, options, (window, powers, decided) => {
      this.layout = decided;
      return this.dispatch(window, powers);
    });
    this.layout = layout;
    return durationSec;
  }

  private async dispatch(window: PcmWindow, powers: Float32Array[]): Promise<void> {
    const [left, right] = window.channels;
    if (this.layout === 'stereo') {
      const { gateDb } = this.settings;
      await this.recognize(window, 0, muteBleed(left, powers[0], powers[1], gateDb));
      await this.recognize(window, 1, muteBleed(right, powers[1], powers[0], gateDb));
      return;
    }
    const mono = mixDown(left, right);
    const monoPowers = framePowers(mono);
    this.diarizer.addWindow(mono, window.startSample, monoPowers);
    await this.recognize(window, 0, mono);
  }

  private async recognize(window: PcmWindow, channel: number, samples: Int16Array): Promise<void> {
    const powers = framePowers(samples);
    if (peakLevelDb(powers) < SILENT_WINDOW_DB) return;
    await this.pool.waitForRoom(this.settings.concurrency * 2);
    const file = path.join(this.dir, `w${window.index}-c${channel}.wav`);
    const leadIn = this.leadIns[channel].leadIn(samples, powers);
    this.leadIns[channel].remember(samples, powers);
    await writeWavFile(file, [concat(leadIn, samples)], SAMPLE_RATE);
    const windowStart = window.startSample / SAMPLE_RATE;
    const fileStart = windowStart - leadIn.length / SAMPLE_RATE;
    const options = {
      binary: this.settings.pocketsphinxPath,
      extraArgs: this.settings.pocketsphinxArgs,
      timeoutMs: this.settings.windowTimeoutMs,
      signal: this.controller.signal,
    };
    this.pool.submit(async () => {
      try {
        const words = await recognizeFile(file, fileStart, options);
        // Words of the lead-in end a second before the window; anything starting there belongs to it.
        return words.filter((w) => w.start >= windowStart - LEAD_IN_GAP_SEC / 2).map((w) => ({ ...w, channel }));
      } finally {
        await rm(file, { force: true });
      }
    });
  }

  private attribute(words: ChannelWord[]): SpeakerWord[] {
    if (this.layout === 'stereo') {
      return gateChannelWords(words, this.powers, 2, this.settings.gateDb)
        .map(({ channel, ...word }) => ({ ...word, speaker: `channel_${channel}` }));
    }
    return this.diarizer.attribute(words.map(({ channel: _channel, ...word }): RecognizedWord => word));
  }

  private throwIfAborted(): void {
    if (this.controller.signal.aborted) throw abortReason(this.controller.signal);
  }
}

function concat(first: Int16Array, second: Int16Array): Int16Array {
  if (first.length === 0) return second;
  const out = new Int16Array(first.length + second.length);
  out.set(first);
  out.set(second, first.length);
  return out;
}

