import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PermanentTranscriptionError } from '../../providers/transcriber';
import { abortReason, killProcess } from './child-process';

/** What ffmpeg turns the recording into. */
export interface DecoderOptions {
  binary: string;
  sampleRate: number;
  channelCount: number;
  signal: AbortSignal;
}

/** A running decode: raw interleaved s16le PCM, and its outcome. */
export interface Decoding {
  pcm: Readable;
  /** Settles when ffmpeg has exited: rejects with the source's own error, or a permanent error for undecodable audio. */
  finished: Promise<void>;
}

/**
 * Decodes a recording with ffmpeg, streaming the source into its stdin, to `channelCount` channels
 * of 16-bit PCM at `sampleRate` (mono sources are duplicated, more than two channels downmixed).
 * Only the first audio stream is used, so video containers work too.
 */
export function decodeStream(source: Readable | string, options: DecoderOptions): Decoding {
  const input = typeof source === 'string' ? source : 'pipe:0';
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-i', input, '-map', '0:a:0', '-vn', '-sn', '-dn',
    '-ac', String(options.channelCount), '-ar', String(options.sampleRate), '-acodec', 'pcm_s16le', '-f', 's16le', 'pipe:1'];
  const child = spawn(options.binary, args, { stdio: [typeof source === 'string' ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  let sourceError: Error | null = null;
  let stderr = '';
  const onAbort = () => killProcess(child);
  options.signal.addEventListener('abort', onAbort, { once: true });
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString('utf8');
  });
  if (typeof source !== 'string') {
    // ffmpeg may stop reading early (a decode error); the broken pipe is then its exit code's story.
    child.stdin!.on('error', () => undefined);
    source.on('error', (error) => {
      sourceError ??= error;
      killProcess(child);
    });
    source.pipe(child.stdin!);
  }
  const finished = new Promise<void>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(`${options.binary} not found: run scripts/ensure-speech.sh`) : error));
    child.on('close', (code, killedBy) => {
      options.signal.removeEventListener('abort', onAbort);
      if (options.signal.aborted) return reject(abortReason(options.signal));
      if (sourceError) return reject(sourceError);
      if (code === 0) return resolve();
      if (killedBy) return reject(new Error(`${options.binary} was killed by ${killedBy}`));
      const detail = stderr.trim().split('\n').pop()?.slice(0, 200) ?? '';
      reject(new PermanentTranscriptionError(`The recording could not be decoded (ffmpeg exited with code ${code}${detail ? `: ${detail}` : ''})`));
    });
  });
  finished.catch(() => undefined);
  return { pcm: child.stdout!, finished };
}

/**
 * ISO base media files (MP4, M4A, MOV, 3GP) often keep their index (`moov`) at the end, which
 * ffmpeg cannot reach through a pipe. They are recognised by the `ftyp` box in their first bytes.
 */
export function needsSeekableInput(head: Buffer): boolean {
  return head.length >= 8 && head.toString('latin1', 4, 8) === 'ftyp';
}

/** Reads the first `bytes` of a stream and returns them with a stream that still yields everything. */
export async function peekStream(source: Readable, bytes: number): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      chunks.push(chunk);
      length += chunk.length;
    }
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const stream = Readable.from(replay(), { objectMode: false });
  stream.on('close', () => source.destroy());
  return { head, stream };
}

/** Copies a stream to a file (for containers that need seeking); memory stays bounded. */
export async function spoolToFile(source: Readable, file: string, signal: AbortSignal): Promise<void> {
  await pipeline(source, createWriteStream(file), { signal });
}
