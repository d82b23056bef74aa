import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

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

/** ggml tensor types a whisper.cpp model may use: elements per block and bytes per block. */
export const GGML_TYPES: Readonly<Record<number, { name: string; blockSize: number; typeSize: number }>> = {
  0: { name: 'f32', blockSize: 1, typeSize: 4 },
  1: { name: 'f16', blockSize: 1, typeSize: 2 },
  2: { name: 'q4_0', blockSize: 32, typeSize: 18 },
  3: { name: 'q4_1', blockSize: 32, typeSize: 20 },
  6: { name: 'q5_0', blockSize: 32, typeSize: 22 },
  7: { name: 'q5_1', blockSize: 32, typeSize: 24 },
  8: { name: 'q8_0', blockSize: 32, typeSize: 34 },
  10: { name: 'q2_K', blockSize: 256, typeSize: 84 },
  11: { name: 'q3_K', blockSize: 256, typeSize: 110 },
  12: { name: 'q4_K', blockSize: 256, typeSize: 144 },
  13: { name: 'q5_K', blockSize: 256, typeSize: 176 },
  14: { name: 'q6_K', blockSize: 256, typeSize: 210 },
};

/** ggml_ftype → the type of the big matrices (ggml_ftype_to_ggml_type); only the ones whisper.cpp's quantizer makes. */
const FTYPE_TO_WEIGHT_TYPE: Readonly<Record<number, number>> = { 0: 0, 1: 1, 2: 2, 3: 3, 7: 8, 8: 6, 9: 7, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14 };

/** The weight type of a model's ftype (quantization version stripped), or undefined when whisper.cpp would abort on it. */
export function weightTypeOf(ftype: number): number | undefined {
  return FTYPE_TO_WEIGHT_TYPE[ftype % 1000];
}

/** How whisper.cpp types a tensor: always f32, the conv type (f32 or f16), or the weight type. */
export type WhisperTensorKind = 'f32' | 'conv' | 'weight';

export interface WhisperTensorSpec {
  name: string;
  /** ggml order: ne[0] first. */
  shape: number[];
  kind: WhisperTensorKind;
}

/** The ggml type whisper.cpp allocates for a tensor of `kind` in a model of `ftype`. */
export function tensorTypeOf(kind: WhisperTensorKind, ftype: number): number {
  const weight = weightTypeOf(ftype);
  if (weight === undefined) throw new InvalidWhisperModelError(`unsupported ftype ${ftype}`);
  if (kind === 'f32') return 0;
  if (kind === 'conv') return weight === 0 ? 0 : 1;
  return weight;
}

/** Every tensor whisper.cpp's loader expects for these hyper-parameters, with its shape (as in whisper_model_load). */
export function whisperTensorSpecs(h: WhisperHyperParameters): WhisperTensorSpec[] {
  const specs: WhisperTensorSpec[] = [];
  const add = (name: string, shape: number[], kind: WhisperTensorKind) => specs.push({ name, shape, kind });
  const a = h.n_audio_state;
  add('encoder.positional_embedding', [a, h.n_audio_ctx], 'f32');
  add('encoder.conv1.weight', [3, h.n_mels, a], 'conv');
  add('encoder.conv1.bias', [1, a], 'f32');
  add('encoder.conv2.weight', [3, a, a], 'conv');
  add('encoder.conv2.bias', [1, a], 'f32');
  add('encoder.ln_post.weight', [a], 'f32');
  add('encoder.ln_post.bias', [a], 'f32');
  for (let i = 0; i < h.n_audio_layer; i++) addBlock(`encoder.blocks.${i}`, a, false);
  const t = h.n_text_state;
  add('decoder.positional_embedding', [t, h.n_text_ctx], 'f32');
  add('decoder.token_embedding.weight', [t, h.n_vocab], 'weight');
  add('decoder.ln.weight', [t], 'f32');
  add('decoder.ln.bias', [t], 'f32');
  for (let i = 0; i < h.n_text_layer; i++) addBlock(`decoder.blocks.${i}`, t, true);
  return specs;

  function addBlock(prefix: string, n: number, cross: boolean): void {
    add(`${prefix}.mlp_ln.weight`, [n], 'f32');
    add(`${prefix}.mlp_ln.bias`, [n], 'f32');
    add(`${prefix}.mlp.0.weight`, [n, 4 * n], 'weight');
    add(`${prefix}.mlp.0.bias`, [4 * n], 'f32');
    add(`${prefix}.mlp.2.weight`, [4 * n, n], 'weight');
    add(`${prefix}.mlp.2.bias`, [n], 'f32');
    for (const attn of cross ? ['attn', 'cross_attn'] : ['attn']) {
      add(`${prefix}.${attn}_ln.weight`, [n], 'f32');
      add(`${prefix}.${attn}_ln.bias`, [n], 'f32');
      add(`${prefix}.${attn}.query.weight`, [n, n], 'weight');
      add(`${prefix}.${attn}.query.bias`, [n], 'f32');
      add(`${prefix}.${attn}.key.weight`, [n, n], 'weight');
      add(`${prefix}.${attn}.value.weight`, [n, n], 'weight');
      add(`${prefix}.${attn}.value.bias`, [n], 'f32');
      add(`${prefix}.${attn}.out.weight`, [n, n], 'weight');
      add(`${prefix}.${attn}.out.bias`, [n], 'f32');
    }
  }
}

/** Bytes whisper.cpp reads for a tensor of `shape` and ggml `type`. */
export function tensorBytes(shape: number[], type: number): number {
  const info = GGML_TYPES[type];
  if (!info) throw new InvalidWhisperModelError(`unsupported ggml type ${type}`);
  const elements = shape.reduce((product, n) => product * n, 1);
  return (elements / info.blockSize) * info.typeSize;
}

/** A file whisper.cpp would refuse; loading it through smart-whisper would crash the process. */
export class InvalidWhisperModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidWhisperModelError';
  }
}

/** What a valid model file holds. */
export interface WhisperModelInfo {
  path: string;
  bytes: number;
  hparams: WhisperHyperParameters;
  /** Type of the big matrices: f32, f16, q5_1, … */
  weightType: string;
  /** True for multilingual models (n_vocab ≥ 51865), false for `.en` ones. */
  multilingual: boolean;
  vocabularyWords: number;
  tensorCount: number;
}

/**
 * Walks a ggml model file the way whisper.cpp's loader does (headers only; tensor data is
 * skipped) and throws an InvalidWhisperModelError naming the first problem. smart-whisper 0.8.1
 * dereferences a null context when whisper.cpp rejects a file, so the model must be checked
 * before it is handed to the native addon: a missing, truncated or foreign file would otherwise
 * take the whole process down with SIGSEGV.
 */
export async function inspectWhisperModel(file: string): Promise<WhisperModelInfo> {
  const target = path.resolve(file);
  let handle: FileHandle;
  try {
    handle = await open(target, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidWhisperModelError(code === 'ENOENT' ? `model file ${target} does not exist` : `model file ${target} cannot be read (${code ?? String(error)})`);
  }
  try {
    const { size } = await handle.stat();
    const reader = new FileReader(handle, size, target);
    if ((await reader.u32()) !== GGML_FILE_MAGIC) throw reader.invalid('is not a ggml whisper model (bad magic)');
    const hparams = {} as WhisperHyperParameters;
    for (const name of WHISPER_HPARAM_NAMES) hparams[name] = await reader.i32();
    checkHyperParameters(hparams, reader);
    const nMel = await reader.i32();
    const nFft = await reader.i32();
    if (nMel !== hparams.n_mels || nFft !== WHISPER_N_FFT_BINS) {
      throw reader.invalid(`has mel filters of ${nMel}×${nFft}, expected ${hparams.n_mels}×${WHISPER_N_FFT_BINS}`);
    }
    await reader.skip(nMel * nFft * 4);
    const vocabularyWords = await reader.i32();
    if (vocabularyWords < 0 || vocabularyWords > hparams.n_vocab) throw reader.invalid(`has ${vocabularyWords} vocabulary entries for n_vocab ${hparams.n_vocab}`);
    for (let i = 0; i < vocabularyWords; i++) {
      const length = await reader.u32();
      if (length > 1024) throw reader.invalid(`has a vocabulary entry of ${length} bytes (entry ${i})`);
      await reader.skip(length);
    }
    const expected = new Map(whisperTensorSpecs(hparams).map((spec) => [spec.name, spec]));
    const seen = new Set<string>();
    // whisper.cpp stops at the first tensor header it cannot read whole.
    while (reader.remaining >= 12) {
      const nDims = await reader.i32();
      const nameLength = await reader.i32();
      const fileType = await reader.i32();
      if (nDims < 1 || nDims > 4 || nameLength < 1 || nameLength > 256) throw reader.invalid(`has a malformed tensor header (n_dims ${nDims}, name length ${nameLength})`);
      const shape: number[] = [];
      for (let d = 0; d < nDims; d++) shape.push(await reader.i32());
      const name = (await reader.bytes(nameLength)).toString('utf8');
      const spec = expected.get(name);
      if (!spec) throw reader.invalid(`has an unknown tensor "${name}"`);
      if (seen.has(name)) throw reader.invalid(`has tensor "${name}" twice`);
      seen.add(name);
      if (!sameShape(shape, spec.shape)) throw reader.invalid(`has tensor "${name}" of shape [${shape}], expected [${spec.shape}]`);
      const type = tensorTypeOf(spec.kind, hparams.ftype);
      const bytes = tensorBytes(spec.shape, type);
      const fileInfo = GGML_TYPES[fileType];
      const elements = spec.shape.reduce((p, n) => p * n, 1);
      if (!fileInfo || Math.floor((elements * fileInfo.typeSize) / GGML_TYPES[type].blockSize) !== bytes) {
        throw reader.invalid(`stores tensor "${name}" as ggml type ${fileType}, expected ${GGML_TYPES[type].name}`);
      }
      if (reader.remaining < bytes) throw reader.invalid(`is truncated: tensor "${name}" needs ${bytes} bytes, ${reader.remaining} left (incomplete download?)`);
      await reader.skip(bytes);
    }
    if (seen.size !== expected.size) {
      const missing = [...expected.keys()].filter((name) => !seen.has(name));
      throw reader.invalid(`is truncated or incomplete: ${missing.length} of ${expected.size} tensors missing (first: ${missing[0]})`);
    }
    return {
      path: target,
      bytes: size,
      hparams,
      weightType: GGML_TYPES[weightTypeOf(hparams.ftype)!].name,
      multilingual: hparams.n_vocab >= WHISPER_MIN_VOCAB + 1,
      vocabularyWords,
      tensorCount: seen.size,
    };
  } finally {
    await handle.close();
  }
}

function checkHyperParameters(h: WhisperHyperParameters, reader: FileReader): void {
  const positive: (keyof WhisperHyperParameters)[] = ['n_audio_ctx', 'n_audio_state', 'n_audio_head', 'n_audio_layer', 'n_text_ctx', 'n_text_state', 'n_text_head', 'n_text_layer', 'n_mels'];
  for (const name of positive) {
    if (!(h[name] > 0 && h[name] <= 1 << 20)) throw reader.invalid(`has an impossible ${name} (${h[name]})`);
  }
  if (h.n_vocab < WHISPER_MIN_VOCAB || h.n_vocab > 1 << 20) throw reader.invalid(`has n_vocab ${h.n_vocab}; whisper needs at least ${WHISPER_MIN_VOCAB}`);
  if (h.n_audio_state !== h.n_text_state) throw reader.invalid(`has n_audio_state ${h.n_audio_state} ≠ n_text_state ${h.n_text_state}`);
  if (h.n_audio_state % h.n_audio_head || h.n_text_state % h.n_text_head) throw reader.invalid('has a state size not divisible by its head count');
  if (weightTypeOf(h.ftype) === undefined) throw reader.invalid(`has an unsupported ftype ${h.ftype}`);
  // Its f32 conv weights hit GGML_ASSERT(src0->type == GGML_TYPE_F16) in im2col: an abort at the first transcription.
  if (weightTypeOf(h.ftype) === 0) throw reader.invalid('is an all-f32 model, which the whisper.cpp in smart-whisper 0.8.1 aborts on: use an f16 or quantized model');
}

function sameShape(actual: number[], expected: number[]): boolean {
  const pad = (s: number[]) => [...s, 1, 1, 1, 1].slice(0, 4);
  const [a, e] = [pad(actual), pad(expected)];
  return a.every((n, i) => n === e[i]);
}

/** Sequential little-endian reads over a file handle through a 1 MiB buffer. */
class FileReader {
  private buffer = Buffer.alloc(0);
  private bufferStart = 0;
  private position = 0;

  constructor(private readonly handle: FileHandle, private readonly size: number, private readonly file: string) {}

  get remaining(): number {
    return this.size - this.position;
  }

  invalid(problem: string): InvalidWhisperModelError {
    return new InvalidWhisperModelError(`model file ${this.file} ${problem}`);
  }

  async u32(): Promise<number> {
    return (await this.bytes(4)).readUInt32LE(0);
  }

  async i32(): Promise<number> {
    return (await this.bytes(4)).readInt32LE(0);
  }

  async skip(length: number): Promise<void> {
    if (length > this.remaining) throw this.invalid(`is truncated at byte ${this.position} (incomplete download?)`);
    this.position += length;
  }

  async bytes(length: number): Promise<Buffer> {
    if (length > this.remaining) throw this.invalid(`is truncated at byte ${this.position} (incomplete download?)`);
    const offset = this.position - this.bufferStart;
    if (offset < 0 || offset + length > this.buffer.length) {
      const chunk = Buffer.alloc(Math.max(length, 1 << 20));
      const { bytesRead } = await this.handle.read(chunk, 0, chunk.length, this.position);
      this.buffer = chunk.subarray(0, bytesRead);
      this.bufferStart = this.position;
    }
    const start = this.position - this.bufferStart;
    this.position += length;
    return this.buffer.subarray(start, start + length);
  }
}

/** Size and modification time, to notice that a model file was replaced. */
export async function modelFileStamp(file: string): Promise<string> {
  const info = await stat(file);
  return `${info.size}:${info.mtimeMs}`;
}
