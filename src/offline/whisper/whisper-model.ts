import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
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
//   u32 magic 0x67676d6c ("ggml"), i32 × 11 hyper-parameters (WHISPER_HPARAM_NAMES order),
//   mel filters (i32 n_mel, i32 n_fft, f32 × n_mel·n_fft), the vocabulary, then the tensors.
// whisper.cpp's own loader (run in a child process) names what is wrong with a file it refuses
// ("bad magic", "not all tensors loaded"); the check below only covers what that loader lets
// through and fails on later: a file cut before its first tensor loads as an "empty model" and
// an all-f32 model loads, and both abort whisper.cpp at the first transcription.
// ---------------------------------------------------------------------------------------------

export const GGML_FILE_MAGIC = 0x67676d6c;

export interface WhisperHyperParameters {
  n_vocab: number;
  n_audio_ctx: number;
  n_audio_state: number;
  n_audio_head: number;
  n_audio_layer: number;
  n_text_ctx: number;
  n_text_state: number;
  n_text_head: number;
  n_text_layer: number;
  n_mels: number;
  ftype: number;
}

export const WHISPER_HPARAM_NAMES: readonly (keyof WhisperHyperParameters)[] = [
  'n_vocab', 'n_audio_ctx', 'n_audio_state', 'n_audio_head', 'n_audio_layer',
  'n_text_ctx', 'n_text_state', 'n_text_head', 'n_text_layer', 'n_mels', 'ftype',
];

/** whisper.cpp's STFT size: the mel filters must have 1 + 400/2 frequency bins. */
export const WHISPER_N_FFT_BINS = 201;
/** English-only vocabularies have 51864 tokens (text, specials, 1501 timestamps); fewer break decoding. */
export const WHISPER_MIN_VOCAB = 51_864;
/** Magic, hyper-parameters and the mel filters' two dimensions. */
const HEADER_BYTES = 4 + 4 * 11 + 8;

/**
 * ftype (quantization version stripped) → the type of the big matrices and its bytes per element
 * (ggml_ftype_to_ggml_type; only the ftypes whisper.cpp's quantizer makes, it aborts on others).
 */
const WEIGHT_TYPES: Readonly<Record<number, { name: string; bytes: number }>> = {
  0: { name: 'f32', bytes: 4 }, 1: { name: 'f16', bytes: 2 }, 2: { name: 'q4_0', bytes: 18 / 32 }, 3: { name: 'q4_1', bytes: 20 / 32 },
  7: { name: 'q8_0', bytes: 34 / 32 }, 8: { name: 'q5_0', bytes: 22 / 32 }, 9: { name: 'q5_1', bytes: 24 / 32 }, 10: { name: 'q2_K', bytes: 84 / 256 },
  11: { name: 'q3_K', bytes: 110 / 256 }, 12: { name: 'q4_K', bytes: 144 / 256 }, 13: { name: 'q5_K', bytes: 176 / 256 }, 14: { name: 'q6_K', bytes: 210 / 256 },
};

/** A file whisper.cpp would refuse, or load and then crash on. */
export class InvalidWhisperModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidWhisperModelError';
  }
}

/** What the header of a model file says. */
export interface WhisperModelInfo {
  path: string;
  bytes: number;
  hparams: WhisperHyperParameters;
  /** Type of the big matrices: f16, q5_1, … */
  weightType: string;
  /** True for multilingual models (n_vocab ≥ 51865), false for `.en` ones. */
  multilingual: boolean;
}

/**
 * Reads a model file's header and throws an InvalidWhisperModelError naming the first problem: a
 * missing file, a foreign one (bad magic), impossible or unsupported hyper-parameters, or a size
 * below what the tensors of those dimensions need (an interrupted copy).
 */
export async function inspectWhisperModel(file: string): Promise<WhisperModelInfo> {
  const target = path.resolve(file);
  const invalid = (problem: string) => new InvalidWhisperModelError(`model file ${target} ${problem}`);
  let handle: FileHandle;
  try {
    handle = await open(target, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw invalid(code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
  }
  try {
    const { size } = await handle.stat();
    const header = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0);
    if (bytesRead >= 4 && header.readUInt32LE(0) !== GGML_FILE_MAGIC) throw invalid('is not a ggml whisper model (bad magic)');
    if (bytesRead < HEADER_BYTES) throw invalid(`is truncated at byte ${bytesRead} (incomplete download?)`);
    const hparams = Object.fromEntries(WHISPER_HPARAM_NAMES.map((name, i) => [name, header.readInt32LE(4 + 4 * i)])) as unknown as WhisperHyperParameters;
    const problem = hyperParameterProblem(hparams);
    if (problem) throw invalid(problem);
    const [nMel, nFft] = [header.readInt32LE(48), header.readInt32LE(52)];
    if (nMel !== hparams.n_mels || nFft !== WHISPER_N_FFT_BINS) throw invalid(`has mel filters of ${nMel}×${nFft}, expected ${hparams.n_mels}×${WHISPER_N_FFT_BINS}`);
    const needed = minimumModelBytes(hparams);
    if (size < needed) throw invalid(`is truncated: ${size} bytes, a model of these dimensions needs more than ${needed} (incomplete download?)`);
    const weightType = WEIGHT_TYPES[hparams.ftype % 1000].name;
    return { path: target, bytes: size, hparams, weightType, multilingual: hparams.n_vocab >= WHISPER_MIN_VOCAB + 1 };
  } finally {
    await handle.close();
  }
}

function hyperParameterProblem(h: WhisperHyperParameters): string | null {
  const positive: (keyof WhisperHyperParameters)[] = ['n_audio_ctx', 'n_audio_state', 'n_audio_head', 'n_audio_layer', 'n_text_ctx', 'n_text_state', 'n_text_head', 'n_text_layer', 'n_mels'];
  for (const name of positive) {
    if (!(h[name] > 0 && h[name] <= 1 << 20)) return `has an impossible ${name} (${h[name]})`;
  }
  if (h.n_vocab < WHISPER_MIN_VOCAB || h.n_vocab > 1 << 20) return `has n_vocab ${h.n_vocab}; whisper needs at least ${WHISPER_MIN_VOCAB}`;
  if (h.n_audio_state !== h.n_text_state) return `has n_audio_state ${h.n_audio_state} ≠ n_text_state ${h.n_text_state}`;
  if (h.n_audio_state % h.n_audio_head || h.n_text_state % h.n_text_head) return 'has a state size not divisible by its head count';
  const weight = WEIGHT_TYPES[h.ftype % 1000];
  if (!weight || h.ftype < 0) return `has an unsupported ftype ${h.ftype}`;
  // Its f32 conv weights hit GGML_ASSERT(src0->type == GGML_TYPE_F16) in im2col: an abort at the first transcription.
  if (weight.name === 'f32') return 'is an all-f32 model, which the whisper.cpp in smart-whisper 0.8.1 aborts on: use an f16 or quantized model';
  return null;
}

/**
 * The header, the mel filters and the data of every tensor whisper_model_load reads for these
 * dimensions (the vocabulary and the tensors' own headers come on top). Per layer of width n, the
 * encoder has 12·n² matrix and 12·n f32 elements (attention, MLP, norms, biases) and the decoder,
 * with its cross-attention, 16·n² and 17·n; the convolutions are f16.
 */
function minimumModelBytes(h: WhisperHyperParameters): number {
  const [a, t] = [h.n_audio_state, h.n_text_state];
  const f32 = a * h.n_audio_ctx + 4 * a + h.n_audio_layer * 12 * a + t * h.n_text_ctx + 2 * t + h.n_text_layer * 17 * t;
  const conv = 3 * h.n_mels * a + 3 * a * a;
  const matrices = h.n_audio_layer * 12 * a * a + t * h.n_vocab + h.n_text_layer * 16 * t * t;
  return HEADER_BYTES + 4 * h.n_mels * WHISPER_N_FFT_BINS + 4 * f32 + 2 * conv + WEIGHT_TYPES[h.ftype % 1000].bytes * matrices;
}

/** Size and modification time, to notice that a model file was replaced. */
export async function modelFileStamp(file: string): Promise<string> {
  const info = await stat(file);
  return `${info.size}:${info.mtimeMs}`;
}
