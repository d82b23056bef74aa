import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { abortReason, killProcess } from '../speech/child-process';
import { PermanentTranscriptionError } from '../../providers/transcriber';
import { waitAtMost } from '../../infra/timeout';

export const WHISPER_SAMPLE_RATE = 16_000;

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

export class ChildProcessWhisperEngine implements WhisperEngine {
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
        void waitAtMost(stderrEnded, 200).then(settle);
      });
    });
    signal.addEventListener('abort', this.onAbort, { once: true });
    if (signal.aborted) this.onAbort();
  }

  /**
   * Loads the model. When whisper.cpp's loader refuses the file (it then says why on stderr, and
   * smart-whisper crashes on the missing context), no retry can help: a WhisperUnavailableError.
   */
  async load(file: string): Promise<void> {
    try {
      await this.request({ type: 'load', file }, `loading ${path.basename(file)}`);
    } catch (error) {
      if (this.signal.aborted || !/failed to (load model|open)/.test(this.stderr)) throw error;
      throw new WhisperUnavailableError(`WHISPER_MODEL: ${(error as Error).message} (download the official model with \`npm run cli -- models:whisper\`)`, 'invalid-model');
    }
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
    // whisper.cpp's own reason ("ERROR not all tensors loaded…", "invalid model data (bad magic)",
    // a failed assertion) before its generic last words ("failed to load model").
    const last = (pattern: RegExp) => [...lines].reverse().find((l) => pattern.test(l));
    const line = last(/assert|ERROR|invalid/i) ?? last(/error|fail|abort|segmentation/i) ?? lines[lines.length - 1];
    return line ? `: ${line.slice(0, 240)}` : '';
  }
}
