import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

/** Where a whisper.cpp model comes from and what it must be. */
export interface WhisperModelSource {
  url: string;
  expectedBytes: number;
  /** Lower-case hex SHA-1 of the whole file. */
  expectedSha1: string;
}

/**
 * The model `npm run cli -- models:whisper` installs: whisper base, English only, from
 * whisper.cpp's own model repository on Hugging Face (MIT weights converted by the whisper.cpp authors).
 */
export const OFFICIAL_WHISPER_MODEL = {
  fileName: 'ggml-base.en.bin',
  url: 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-base.en.bin',
  expectedBytes: 147_964_211,
  expectedSha1: '137c40403d78fd54d454da0f9bd998f78703390c',
} as const satisfies WhisperModelSource & { fileName: string };

/** A download that failed or produced the wrong file; nothing is left at the destination. */
export class WhisperModelDownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WhisperModelDownloadError';
  }
}

export interface DownloadWhisperModelOptions extends WhisperModelSource {
  /** Defaults to the global fetch (Node 20); tests pass their own. */
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
  /** Gives up when no byte arrives for this long. Default 60 s. */
  idleTimeoutMs?: number;
  /** Called as bytes arrive (at most every 1 MiB). */
  onProgress?: (receivedBytes: number, expectedBytes: number) => void;
}

export interface DownloadedWhisperModel {
  path: string;
  bytes: number;
  sha1: string;
  /** False when `dest` already held the expected file and nothing was fetched. */
  downloaded: boolean;
}

/**
 * Downloads a model to `dest`: streams it into a temp file beside `dest`, checks its size and
 * SHA-1, and only then renames it into place (atomic on one file system), so `dest` is either
 * absent, the old file, or the verified new one. A `dest` that already matches is kept as is.
 */
export async function downloadWhisperModel(dest: string, options: DownloadWhisperModelOptions): Promise<DownloadedWhisperModel> {
  const expectedSha1 = options.expectedSha1.toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(expectedSha1)) throw new WhisperModelDownloadError(`expectedSha1 must be 40 hex digits, got "${options.expectedSha1}"`);
  if (!Number.isSafeInteger(options.expectedBytes) || options.expectedBytes <= 0) {
    throw new WhisperModelDownloadError('expectedBytes must be a positive integer');
  }
  const target = path.resolve(dest);
  const existing = await fileDigest(target).catch(() => null);
  if (existing && existing.bytes === options.expectedBytes && existing.sha1 === expectedSha1) {
    return { path: target, bytes: existing.bytes, sha1: existing.sha1, downloaded: false };
  }

  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const idleMs = options.idleTimeoutMs ?? 60_000;
  let idleTimer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => controller.abort(new WhisperModelDownloadError(`no data from ${options.url} for ${idleMs / 1000} s`)), idleMs);
  };
  let file: FileHandle | null = null;
  try {
    touch();
    const response = await (options.fetchImpl ?? fetch)(options.url, { signal: controller.signal, redirect: 'follow' });
    if (!response.ok || !response.body) {
      throw new WhisperModelDownloadError(`download of ${options.url} failed: HTTP ${response.status} ${response.statusText}`.trim());
    }
    const announced = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(announced) && announced !== options.expectedBytes && !response.headers.get('content-encoding')) {
      throw new WhisperModelDownloadError(`${options.url} is ${announced} bytes, expected ${options.expectedBytes}: not the expected model`);
    }
    file = await open(temp, 'w');
    const hash = createHash('sha1');
    let received = 0;
    let reported = 0;
    for await (const chunk of Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>, { signal: controller.signal })) {
      touch();
      const bytes = chunk as Uint8Array;
      received += bytes.length;
      if (received > options.expectedBytes) {
        throw new WhisperModelDownloadError(`${options.url} sent more than the expected ${options.expectedBytes} bytes: not the expected model`);
      }
      hash.update(bytes);
      await file.write(bytes);
      if (options.onProgress && (received - reported >= 1 << 20 || received === options.expectedBytes)) {
        reported = received;
        options.onProgress(received, options.expectedBytes);
      }
    }
    if (received !== options.expectedBytes) {
      throw new WhisperModelDownloadError(`${options.url} ended after ${received} bytes, expected ${options.expectedBytes}: incomplete download`);
    }
    const sha1 = hash.digest('hex');
    if (sha1 !== expectedSha1) {
      throw new WhisperModelDownloadError(`SHA-1 of the downloaded file is ${sha1}, expected ${expectedSha1}: the file is corrupt or not the expected model`);
    }
    await file.sync();
    await file.close();
    file = null;
    await rename(temp, target);
    return { path: target, bytes: received, sha1, downloaded: true };
  } catch (error) {
    const reason = controller.signal.aborted && controller.signal.reason instanceof Error ? controller.signal.reason : error;
    if (reason instanceof WhisperModelDownloadError || (reason instanceof Error && reason.name === 'AbortError')) throw reason;
    throw new WhisperModelDownloadError(`download of ${options.url} failed: ${reason instanceof Error ? reason.message : String(reason)}`);
  } finally {
    clearTimeout(idleTimer);
    options.signal?.removeEventListener('abort', onAbort);
    await file?.close().catch(() => undefined);
    await rm(temp, { force: true });
  }
}

/** Size and SHA-1 of a file, streamed. */
export async function fileDigest(file: string): Promise<{ bytes: number; sha1: string }> {
  const hash = createHash('sha1');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    bytes += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { bytes, sha1: hash.digest('hex') };
}

// ---------------------------------------------------------------------------------------------
// The ggml model file of whisper.cpp (the layout its `whisper_model_load` reads), little-endian:
//   u32 magic 0x67676d6c ("ggml")
//   i32 × 11 hyper-parameters (WHISPER_HPARAM_NAMES order)
//   mel filters: i32 n_mel, i32 n_fft, f32 × n_mel·n_fft
//   vocabulary: i32 count, then count × (u32 byte length, UTF-8 bytes)
//   tensors until the end: i32 n_dims, i32 name length, i32 ggml type, i32 × n_dims shape
//     (ne[0] first, the fastest-varying dimension), name bytes, raw data
// ---------------------------------------------------------------------------------------------

// Checks of the ggml model file format live in whisper-model-file.ts; re-exported so callers have one entry point.
export * from './whisper-model-file';
