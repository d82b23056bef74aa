import { spawn, type ChildProcess } from 'node:child_process';

/** How one native tool is run. */
export interface RunOptions {
  /** Kills the process (SIGKILL) and rejects when it runs longer than this. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Cap on collected stdout, so a runaway process cannot exhaust memory. */
  maxOutputBytes?: number;
}

/** What a finished process printed. */
export interface RunOutput {
  stdout: string;
  stderr: string;
}

/**
 * Runs a native tool to completion and resolves with its output; rejects when it exits non-zero,
 * dies of a signal (a crash: SIGSEGV, SIGABRT), cannot be started, outlives `timeoutMs`, or
 * when `signal` aborts. The process is always gone when the promise settles.
 */
export function runProcess(command: string, args: string[], options: RunOptions): Promise<RunOutput> {
  const maxBytes = options.maxOutputBytes ?? 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortReason(options.signal));
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stdoutBytes = 0;
    let failure: Error | null = null;
    const stop = (error: Error) => {
      failure ??= error;
      killProcess(child);
    };
    const timer = setTimeout(() => stop(new Error(`${command} timed out after ${Math.round(options.timeoutMs / 1000)} s`)), options.timeoutMs);
    const onAbort = () => stop(abortReason(options.signal!));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout!.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxBytes) stop(new Error(`${command} printed more than ${maxBytes} bytes`));
      else stdout.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 64) stderr.push(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      stop(error.code === 'ENOENT' ? new Error(`${command} not found: run scripts/ensure-speech.sh`) : error);
    });
    child.on('close', (code, killedBy) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      const err = Buffer.concat(stderr).toString('utf8');
      if (failure) return reject(failure);
      if (code !== 0) return reject(new Error(`${command} ${killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`}${lastLine(err)}`));
      resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: err });
    });
  });
}

/** Ends a child for good; SIGKILL because a wedged native engine may ignore SIGTERM. */
export function killProcess(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** The error an aborted signal carries, or a generic AbortError. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const error = new Error('The transcription was aborted');
  error.name = 'AbortError';
  return error;
}

function lastLine(text: string): string {
  const line = text.trim().split('\n').pop()?.trim();
  return line ? `: ${line.slice(0, 200)}` : '';
}
