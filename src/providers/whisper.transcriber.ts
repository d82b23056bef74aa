import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Segment } from '../transcripts/segment';
import { gateChannelWords, muteBleed, type ChannelWord } from './offline-speech/channel-gate';
import { ChannelLayoutDetector, mixDown, peakLevelDb, type ChannelLayout } from './offline-speech/channel-layout';
import { abortReason, killProcess } from './offline-speech/child-process';
import { FRAME_SAMPLES, FramePowerLog, framePowers } from './offline-speech/energy';
import { decodeStream, needsSeekableInput, peekStream, spoolToFile, type Decoding } from './offline-speech/ffmpeg-decoder';
import { MonoDiarizer } from './offline-speech/mono-diarizer';
import type { RecognizedWord } from './offline-speech/recognized-word';
import { PcmWindower, type PcmWindow } from './offline-speech/windowing';
import { PermanentTranscriptionError, type Transcriber, type TranscriptionInput, type TranscriptionResult } from './transcriber';
import { placeWindowSegments, toTranscriptSegments, unwrapNativeResult, type PlacedSegment } from './whisper-mapping';
import { InvalidWhisperModelError, inspectWhisperModel, modelFileStamp, type WhisperModelInfo } from './whisper-model';

/** smart-whisper's transcription parameters (whisper.cpp's whisper_full_params); passed through as given. */
export type WhisperParams = Record<string, string | number | boolean>;

/** An open model: transcribes 16 kHz mono Float32 PCM buffers one at a time. */
export interface WhisperSession {
  /**
   * Resolves with what smart-whisper's `transcribe` delivers: an array of segments, or an Error
   * object when whisper.cpp failed (smart-whisper resolves with it rather than rejecting).
   */
  transcribe(pcm: Float32Array, params: WhisperParams): Promise<unknown>;
  /** Frees the model; idempotent. */
  close(): Promise<void>;
}

/** Loads models; the default runs smart-whisper in a child process. */
export interface WhisperEngine {
  open(modelPath: string, signal: AbortSignal): Promise<WhisperSession>;
}

/** The part of smart-whisper 0.8.1's native binding (`binding` export) this engine uses. */
export interface SmartWhisperBinding {
  WhisperModel: { load(file: string, gpu?: boolean): Promise<{ readonly handle: unknown; free(): Promise<void> }> };
  transcribe(handle: unknown, pcm: Float32Array, params: WhisperParams, finish: (results: unknown) => void, progress: (result: unknown) => void): void;
}

/** whisper.cpp cannot run here: smart-whisper missing or unbuilt, or the model file unusable. Retrying cannot help. */
export class WhisperUnavailableError extends PermanentTranscriptionError {
  constructor(message: string, readonly reason: 'module-missing' | 'addon-not-built' | 'invalid-model') {
    super(message);
    this.name = 'WhisperUnavailableError';
  }
}

/** Where smart-whisper's compiled addon is. */
export interface SmartWhisperLocation {
  packageDir: string;
  bindingPath: string;
  version: string;
}

/**
 * Finds the optional dependency smart-whisper without loading it (its native addon is only ever
 * loaded in the child process). Throws a WhisperUnavailableError saying what to do when the
 * package is absent (an optional dependency whose build failed is removed by npm) or present
 * without its compiled addon (its install script was not allowed to run).
 */
export function locateSmartWhisper(): SmartWhisperLocation {
  let manifest: string;
  try {
    manifest = require.resolve('smart-whisper/package.json');
  } catch {
    throw new WhisperUnavailableError(
      'smart-whisper is not installed, so WHISPER_MODEL cannot be used: it is an optional dependency compiled at install time ' +
      '(needs python3, make and g++; build with CFLAGS/CXXFLAGS="-mavx2 -mfma -mf16c"); run `npm install` on a machine with a C++ toolchain, or unset WHISPER_MODEL',
      'module-missing');
  }
  const packageDir = path.dirname(manifest);
  const bindingPath = path.join(packageDir, 'build', 'Release', 'smart-whisper.node');
  if (!existsSync(bindingPath)) {
    throw new WhisperUnavailableError(
      `smart-whisper is installed but its native addon was never built (${bindingPath} is missing): npm skipped its install script. ` +
      'Allow it in package.json "allowScripts" ("smart-whisper": true), then run `npm rebuild smart-whisper`',
      'addon-not-built');
  }
  const version = String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'unknown');
  return { packageDir, bindingPath, version };
}

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
  /** Parent of the per-job temp dir (only used for MP4-like uploads that need seeking). Default the OS temp dir. */
  tempDir: string;
  /** How models are run. Default: smart-whisper in a child process (see childProcessWhisperEngine). */
  engine: WhisperEngine;
}

export const WHISPER_SAMPLE_RATE = 16_000;
/** Windows quieter than this everywhere hold no speech; whisper would only hallucinate on them. */
const SILENT_WINDOW_DB = -60;
/** Windows kept while the channel layout is undecided. */
const MAX_UNDECIDED_WINDOWS = 3;
/** whisper.cpp ignores buffers under 1 s ("input is too short"): shorter ones are padded with silence. */
const MIN_WHISPER_SAMPLES = Math.round(1.1 * WHISPER_SAMPLE_RATE);

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
      tempDir: defined.tempDir ?? os.tmpdir(),
    };
    this.engine = defined.engine ?? childProcessWhisperEngine({ timeoutMs: this.options.windowTimeoutMs });
    this.modelFile = path.basename(this.options.modelPath);
    this.name = `offline:whisper.cpp:${this.modelFile}`;
  }

  /**
   * Checks that the model file is one whisper.cpp loads (walking its structure; remembered until
   * the file changes) and, with the default engine, that smart-whisper is installed and built.
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

interface JobOutcome {
  durationSec: number;
  language: string;
  segments: Segment[];
}

/** One transcription: decode → windows → whisper per channel or mixed → segments. Sequential, so reading pauses while whisper works. */
class WhisperJob {
  private readonly controller = new AbortController();
  private readonly powers = new FramePowerLog(2);
  private readonly layoutDetector = new ChannelLayoutDetector();
  private readonly diarizer: MonoDiarizer;
  private readonly undecided: { window: PcmWindow; powers: Float32Array[] }[] = [];
  private readonly placed: { segment: PlacedSegment; channel: number }[] = [];
  private layout: ChannelLayout | null = null;
  private session: WhisperSession | null = null;
  private dir = '';

  constructor(private readonly options: Omit<WhisperTranscriberOptions, 'engine'>, private readonly engine: WhisperEngine, signal?: AbortSignal) {
    const abort = () => this.controller.abort(abortReason(signal!));
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    this.diarizer = new MonoDiarizer({ maxSpeakers: options.maxSpeakers, minSilhouette: options.minSilhouette, minClusterSec: 0.5 }, WHISPER_SAMPLE_RATE);
  }

  async run(input: TranscriptionInput): Promise<JobOutcome> {
    try {
      this.throwIfAborted();
      this.session = await this.engine.open(this.options.modelPath, this.controller.signal);
      const durationSec = await this.readAndTranscribe(input);
      return { durationSec, language: this.language(), segments: this.segments() };
    } catch (error) {
      const reason = this.controller.signal.aborted ? abortReason(this.controller.signal) : error;
      this.controller.abort(reason);
      throw reason;
    } finally {
      await this.session?.close().catch(() => undefined);
      if (this.dir) await rm(this.dir, { recursive: true, force: true });
    }
  }

  private async readAndTranscribe(input: TranscriptionInput): Promise<number> {
    const decoding = await this.startDecoding(await input.open());
    const windower = new PcmWindower({
      channelCount: 2,
      minSamples: toFrameSamples(this.options.minWindowSec),
      maxSamples: toFrameSamples(this.options.maxWindowSec),
    });
    try {
      for await (const chunk of decoding.pcm as AsyncIterable<Buffer>) {
        for (const window of windower.push(chunk)) await this.accept(window);
      }
    } catch (error) {
      this.controller.abort(error); // stops ffmpeg, which would otherwise wait for us to read on
      await decoding.finished.catch(() => undefined);
      throw error;
    }
    await decoding.finished;
    this.throwIfAborted();
    for (const window of windower.flush()) await this.accept(window);
    await this.settleLayout(true);
    return windower.samplesEmitted / WHISPER_SAMPLE_RATE;
  }

  private async startDecoding(source: Readable): Promise<Decoding> {
    const options = { binary: this.options.ffmpegPath, sampleRate: WHISPER_SAMPLE_RATE, channelCount: 2, signal: this.controller.signal };
    source.on('error', () => undefined);
    const { head, stream } = await peekStream(source, 12);
    if (!needsSeekableInput(head)) return decodeStream(stream, options);
    this.dir = await mkdtemp(path.join(this.options.tempDir, 'therapyrag-whisper-'));
    const file = path.join(this.dir, 'input');
    await spoolToFile(stream, file, this.controller.signal);
    return decodeStream(file, options);
  }

  private async accept(window: PcmWindow): Promise<void> {
    this.throwIfAborted();
    const [left, right] = window.channels;
    const powers = [framePowers(left), framePowers(right)];
    this.powers.append(powers);
    if (this.layout === null) {
      this.layoutDetector.observe(left, right, powers[0], powers[1]);
      this.undecided.push({ window, powers });
      await this.settleLayout(false);
      return;
    }
    await this.dispatch(window, powers);
  }

  private async settleLayout(force: boolean): Promise<void> {
    if (this.layout !== null) return;
    if (!force && !this.layoutDetector.isConfident && this.undecided.length < MAX_UNDECIDED_WINDOWS) return;
    this.layout = this.layoutDetector.decide();
    for (const { window, powers } of this.undecided.splice(0)) await this.dispatch(window, powers);
  }

  private async dispatch(window: PcmWindow, powers: Float32Array[]): Promise<void> {
    const [left, right] = window.channels;
    if (this.layout === 'stereo') {
      for (const channel of [0, 1]) {
        if (peakLevelDb(powers[channel]) < SILENT_WINDOW_DB) continue;
        const own = window.channels[channel];
        const samples = muteBleed(own, powers[channel], powers[1 - channel], this.options.gateDb);
        await this.recognize(samples, window.startSample, channel);
      }
      return;
    }
    const mono = mixDown(left, right);
    const monoPowers = framePowers(mono);
    this.diarizer.addWindow(mono, window.startSample, monoPowers);
    if (peakLevelDb(monoPowers) < SILENT_WINDOW_DB) return;
    await this.recognize(mono, window.startSample, 0);
  }

  private async recognize(samples: Int16Array, startSample: number, channel: number): Promise<void> {
    const pcm = new Float32Array(Math.max(samples.length, MIN_WHISPER_SAMPLES));
    for (let i = 0; i < samples.length; i++) pcm[i] = samples[i] / 32768;
    const offsetSec = startSample / WHISPER_SAMPLE_RATE;
    const durationSec = samples.length / WHISPER_SAMPLE_RATE;
    const raw = await this.session!.transcribe(pcm, this.params());
    this.throwIfAborted();
    const where = `on ${offsetSec.toFixed(1)}–${(offsetSec + durationSec).toFixed(1)} s${this.layout === 'stereo' ? ` of channel ${channel}` : ''}`;
    for (const segment of placeWindowSegments(unwrapNativeResult(raw, where), { offsetSec, durationSec })) {
      this.placed.push({ segment, channel });
    }
  }

  private params(): WhisperParams {
    return {
      language: this.options.language,
      n_threads: this.options.threads,
      format: 'detail',
      token_timestamps: true,
      no_context: true,
      suppress_non_speech_tokens: true,
      print_progress: false,
      print_realtime: false,
      print_timestamps: false,
      ...this.options.whisperParams,
    };
  }

  private segments(): Segment[] {
    if (this.layout === 'stereo') {
      const byWord = new Map<ChannelWord, PlacedSegment>();
      const candidates = this.placed.map(({ segment, channel }) => {
        const word: ChannelWord = { word: segment.text.toLowerCase(), start: segment.start, end: segment.end, confidence: segment.confidence ?? 0, channel };
        byWord.set(word, segment);
        return word;
      });
      const kept = gateChannelWords(candidates, this.powers, 2, this.options.gateDb);
      const channelOf = new Map(kept.map((word) => [byWord.get(word)!, word.channel]));
      return toTranscriptSegments([...channelOf.keys()], (_word, segment) => `channel_${channelOf.get(segment)}`);
    }
    const segments = this.placed.map((p) => p.segment);
    const words = segments.flatMap((s) => s.words);
    const attributed = this.diarizer.attribute(words);
    const speakerOf = new Map<RecognizedWord, string>(words.map((word, i) => [word, attributed[i].speaker]));
    return toTranscriptSegments(segments, (word) => speakerOf.get(word) ?? 'speaker_0');
  }

  private language(): string {
    if (this.options.language !== 'auto') return this.options.language;
    const counts = new Map<string, number>();
    for (const { segment } of this.placed) if (segment.lang) counts.set(segment.lang, (counts.get(segment.lang) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
  }

  private throwIfAborted(): void {
    if (this.controller.signal.aborted) throw abortReason(this.controller.signal);
  }
}

function toFrameSamples(seconds: number): number {
  return Math.round((seconds * WHISPER_SAMPLE_RATE) / FRAME_SAMPLES) * FRAME_SAMPLES;
}

// ---------------------------------------------------------------------------------------------
// Engines
// ---------------------------------------------------------------------------------------------

/**
 * Runs models in this process through a smart-whisper binding (the real one, or a fake in
 * tests). A whisper.cpp crash or a model it rejects takes this process down, and a running
 * buffer cannot be interrupted; prefer the child-process engine in servers and workers.
 */
export function bindingWhisperEngine(binding: SmartWhisperBinding): WhisperEngine {
  return {
    async open(modelPath: string, signal: AbortSignal): Promise<WhisperSession> {
      if (signal.aborted) throw abortReason(signal);
      const model = await binding.WhisperModel.load(modelPath, false);
      let closed = false;
      return {
        transcribe(pcm, params) {
          if (closed || model.handle === null || model.handle === undefined) return Promise.reject(new Error('the whisper model was already freed'));
          return new Promise((resolve) => binding.transcribe(model.handle, pcm, params, resolve, () => undefined));
        },
        async close() {
          if (closed) return;
          closed = true;
          await model.free();
        },
      };
    },
  };
}

export interface ChildProcessEngineOptions {
  /** A model load or one buffer's transcription taking longer than this kills the child. */
  timeoutMs: number;
  /** The compiled addon; default: found with locateSmartWhisper(). */
  bindingPath?: string;
}

/**
 * Runs smart-whisper in a child Node process per transcription, talking over IPC (Float32
 * buffers travel with the structured-clone serializer). The child isolates this process from
 * whisper.cpp: a native crash (SIGSEGV, GGML_ASSERT abort) becomes a rejected promise, an abort or
 * timeout kills it at once (whisper_full cannot be interrupted otherwise), and its memory (the
 * model, ~250 MB for base.en) is returned when the job ends.
 */
export function childProcessWhisperEngine(options: ChildProcessEngineOptions): WhisperEngine {
  return new ChildProcessWhisperEngine(options);
}

class ChildProcessWhisperEngine implements WhisperEngine {
  constructor(private readonly options: ChildProcessEngineOptions) {}

  async open(modelPath: string, signal: AbortSignal): Promise<WhisperSession> {
    const bindingPath = this.options.bindingPath ?? locateSmartWhisper().bindingPath;
    const session = new ChildWhisperSession(bindingPath, this.options.timeoutMs, signal);
    await session.load(modelPath);
    return session;
  }
}

/** The child's whole program: plain JavaScript, so it runs the same under tsx, vitest and the compiled build. */
const CHILD_SOURCE = `
'use strict';
const binding = require(process.env.THERAPYRAG_SMART_WHISPER_BINDING);
let model = null;
const send = (message) => { if (process.connected) process.send(message); };
const text = (error) => String((error && error.message) || error);
process.on('message', (message) => {
  if (message.type === 'load') {
    binding.WhisperModel.load(message.file, false).then(
      (loaded) => { model = loaded; send({ type: 'loaded' }); },
      (error) => send({ type: 'load-failed', message: text(error) }));
  } else if (message.type === 'transcribe') {
    if (!model || !model.handle) return send({ type: 'result', id: message.id, nativeError: 'the model is not loaded' });
    try {
      binding.transcribe(model.handle, message.pcm, message.params, (results) => {
        if (results instanceof Error) send({ type: 'result', id: message.id, nativeError: text(results) });
        else send({ type: 'result', id: message.id, results });
      }, () => {});
    } catch (error) {
      send({ type: 'result', id: message.id, nativeError: text(error) });
    }
  }
});
process.on('disconnect', () => {
  const loaded = model;
  model = null;
  Promise.resolve(loaded && loaded.free()).finally(() => process.exit(0));
});
`;

type ChildMessage =
  | { type: 'loaded' }
  | { type: 'load-failed'; message: string }
  | { type: 'result'; id: number; results?: unknown; nativeError?: string };

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** One child process holding one loaded model; one request at a time. */
class ChildWhisperSession implements WhisperSession {
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private stderr = '';
  private pending: Pending | null = null;
  private failure: Error | null = null;
  private nextId = 1;

  constructor(bindingPath: string, private readonly timeoutMs: number, private readonly signal: AbortSignal) {
    this.child = spawn(process.execPath, ['-e', CHILD_SOURCE], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      env: { ...process.env, THERAPYRAG_SMART_WHISPER_BINDING: bindingPath },
    });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-8192);
    });
    this.child.on('message', (message: ChildMessage) => this.onMessage(message));
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.fail(new Error(`whisper.cpp child process could not start: ${error.message}`));
        resolve();
      });
      const stderrEnded = new Promise<void>((done) => this.child.stderr!.once('close', done));
      // 'exit', not 'close': after disconnect() Node never emits 'close'. The last stderr lines
      // (whisper.cpp's reason for an abort) may still be in flight, so they get a moment.
      this.child.on('exit', (code, killedBy) => {
        const settle = () => {
          this.fail(new Error(`whisper.cpp ${killedBy ? `crashed (${killedBy})` : `exited with code ${code}`}${this.lastError()}`));
          resolve();
        };
        void Promise.race([stderrEnded, new Promise((done) => setTimeout(done, 200))]).then(settle);
      });
    });
    signal.addEventListener('abort', this.onAbort, { once: true });
    if (signal.aborted) this.onAbort();
  }

  async load(file: string): Promise<void> {
    await this.request({ type: 'load', file }, `loading ${path.basename(file)}`);
  }

  async transcribe(pcm: Float32Array, params: WhisperParams): Promise<unknown> {
    const id = this.nextId++;
    return this.request({ type: 'transcribe', id, pcm, params }, `transcribing ${(pcm.length / WHISPER_SAMPLE_RATE).toFixed(1)} s`);
  }

  async close(): Promise<void> {
    this.signal.removeEventListener('abort', this.onAbort);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      if (this.child.connected) this.child.disconnect();
      const grace = setTimeout(() => killProcess(this.child), 10_000);
      await this.exited;
      clearTimeout(grace);
    }
  }

  private request(message: object, what: string): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.pending) return Promise.reject(new Error('whisper session: one request at a time'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new Error(`whisper.cpp took longer than ${Math.round(this.timeoutMs / 1000)} s ${what}`));
        killProcess(this.child);
      }, this.timeoutMs);
      this.pending = { resolve, reject, timer };
      const gone = (error: Error) => this.fail(new Error(`whisper.cpp child process is gone (${error.message})${this.lastError()}`));
      try {
        this.child.send(message, (error) => error && gone(error));
      } catch (error) {
        gone(error as Error);
      }
    });
  }

  private onMessage(message: ChildMessage): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    if (message.type === 'loaded') pending.resolve(undefined);
    else if (message.type === 'load-failed') pending.reject(new Error(`whisper.cpp could not load the model: ${message.message}`));
    // Mirrors smart-whisper: a whisper.cpp failure arrives as an Error value, not a rejection.
    else pending.resolve(message.nativeError !== undefined ? new Error(message.nativeError) : message.results);
  }

  private readonly onAbort = () => {
    this.fail(abortReason(this.signal));
    killProcess(this.child);
  };

  /** The first failure wins; it rejects the request under way and every later one. */
  private fail(error: Error): void {
    this.failure ??= error;
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.reject(this.failure);
  }

  private lastError(): string {
    const lines = this.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
    const line = [...lines].reverse().find((l) => /assert|error|fail|abort|segmentation/i.test(l)) ?? lines[lines.length - 1];
    return line ? `: ${line.slice(0, 240)}` : '';
  }
}
