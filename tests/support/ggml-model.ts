import { open } from 'node:fs/promises';
import {
  GGML_FILE_MAGIC,
  WHISPER_HPARAM_NAMES,
  WHISPER_MIN_VOCAB,
  WHISPER_N_FFT_BINS,
  type WhisperHyperParameters,
} from '../../src/offline/whisper/whisper-model';
import { seededRandom } from '../../src/infra/seeded-random';

/**
 * The smallest whisper model whisper.cpp loads and runs: English vocabulary size (51864, which the
 * decoder's special and timestamp tokens need), the real audio/text context lengths and 80 mels,
 * but one encoder and one decoder layer of width 8 with 2 heads, f16 matrices (the bundled
 * whisper.cpp aborts on all-f32 models). About 1.5 MB.
 */
export const TINY_WHISPER_HPARAMS: WhisperHyperParameters = {
  n_vocab: WHISPER_MIN_VOCAB,
  n_audio_ctx: 1500,
  n_audio_state: 8,
  n_audio_head: 2,
  n_audio_layer: 1,
  n_text_ctx: 448,
  n_text_state: 8,
  n_text_head: 2,
  n_text_layer: 1,
  n_mels: 80,
  ftype: 1,
};

/** Text tokens before the first special token (<|endoftext|>) of an English whisper vocabulary. */
const TEXT_TOKENS = 50_256;

export interface TinyModelOptions {
  /** Seed of the weights (the same seed gives the same file). Default 1. */
  seed?: number;
  /** Override hyper-parameters (ftype 1 = f16 matrices, the default; 0 = all f32). */
  hparams?: Partial<WhisperHyperParameters>;
  /** Leave out the lone-space token 220, so whisper.cpp fails inside whisper_full ("map::at"): a native failure on demand. */
  omitBlankToken?: boolean;
}

/**
 * Writes a whisper.cpp ggml model file with random weights in the exact layout
 * `whisper_model_load` reads: magic, 11 hyper-parameters, 80×201 mel filters, a vocabulary of
 * 50256 pronounceable pseudo-words (" ka", " tirbo"…; the specials and timestamps whisper.cpp
 * adds itself), then every tensor (n_dims, name length, type, shape, name, data). It loads and
 * transcribes anything into garbage words with garbage timestamps: it tests loading and the
 * mapping of whisper's output, never accuracy. Returns the file's size in bytes.
 */
export async function writeTinyWhisperModel(file: string, options: TinyModelOptions = {}): Promise<number> {
  const hparams = { ...TINY_WHISPER_HPARAMS, ...options.hparams };
  if (hparams.ftype !== 0 && hparams.ftype !== 1) throw new Error(`writeTinyWhisperModel writes f32 (ftype 0) or f16 (ftype 1) models, not ftype ${hparams.ftype}`);
  const random = seededRandom(options.seed ?? 1);
  const handle = await open(file, 'w');
  let written = 0;
  const write = async (buffer: Buffer) => {
    await handle.write(buffer);
    written += buffer.length;
  };
  try {
    const header = Buffer.alloc(4 + 4 * WHISPER_HPARAM_NAMES.length);
    header.writeUInt32LE(GGML_FILE_MAGIC, 0);
    WHISPER_HPARAM_NAMES.forEach((name, i) => header.writeInt32LE(hparams[name], 4 + 4 * i));
    await write(header);

    // Mel filters: non-negative, small, so log-mel values stay in whisper's usual range.
    await write(int32s(hparams.n_mels, WHISPER_N_FFT_BINS));
    await write(float32s(hparams.n_mels * WHISPER_N_FFT_BINS, () => random() * 0.02));

    const words = [int32s(TEXT_TOKENS)];
    for (let i = 0; i < TEXT_TOKENS; i++) {
      const word = Buffer.from(i === 220 && options.omitBlankToken ? ' blank' : pseudoWord(i), 'utf8');
      words.push(int32s(word.length), word);
    }
    await write(Buffer.concat(words));

    for (const spec of whisperTensorSpecs(hparams)) {
      // ggml types: 0 = f32, 1 = f16. Matrices follow the ftype, convolutions are f16 unless all is f32.
      const type = spec.kind === 'f32' || hparams.ftype === 0 ? 0 : 1;
      const name = Buffer.from(spec.name, 'utf8');
      await write(Buffer.concat([int32s(spec.shape.length, name.length, type, ...spec.shape), name]));
      const elements = spec.shape.reduce((p, n) => p * n, 1);
      const isNormWeight = /ln(_post)?\.weight$|_ln\.weight$/.test(spec.name);
      const value = () => (isNormWeight ? 1 + (random() - 0.5) * 0.2 : (random() - 0.5) * 0.4);
      const data = type === 0 ? float32s(elements, value) : float16s(elements, value);
      await write(data);
    }
  } finally {
    await handle.close();
  }
  return written;
}

/** How whisper.cpp types a tensor: always f32, or f16 in an f16 model (convolutions and matrices). */
type TensorKind = 'f32' | 'conv' | 'weight';

/** Every tensor whisper.cpp's loader expects for these hyper-parameters, with its shape (ggml order, ne[0] first), as in whisper_model_load. */
function whisperTensorSpecs(h: WhisperHyperParameters): { name: string; shape: number[]; kind: TensorKind }[] {
  const specs: { name: string; shape: number[]; kind: TensorKind }[] = [];
  const add = (name: string, shape: number[], kind: TensorKind) => specs.push({ name, shape, kind });
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

function int32s(...values: number[]): Buffer {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => out.writeInt32LE(v, 4 * i));
  return out;
}

function float32s(count: number, value: () => number): Buffer {
  const array = new Float32Array(count);
  for (let i = 0; i < count; i++) array[i] = value();
  return Buffer.from(array.buffer);
}

function float16s(count: number, value: () => number): Buffer {
  const out = Buffer.alloc(2 * count);
  for (let i = 0; i < count; i++) out.writeUInt16LE(toHalf(value()), 2 * i);
  return out;
}

/** IEEE 754 half precision of a small float (normal range only; enough for random weights). */
function toHalf(value: number): number {
  const f32 = new Float32Array([value]);
  const bits = new Uint32Array(f32.buffer)[0];
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  if (exponent <= 0) return sign;
  if (exponent >= 31) return sign | 0x7c00;
  return sign | (exponent << 10) | ((bits >>> 13) & 0x3ff);
}

/**
 * Deterministic, pronounceable token text: most tokens start a word (leading space), like BPE
 * vocabularies. Token 220 is a lone space, as in GPT-2's vocabulary: whisper.cpp looks it up by
 * text (`suppress_blank`) and fails with "map::at" without it.
 */
function pseudoWord(index: number): string {
  if (index === 220) return ' ';
  const consonants = 'bdfghklmnprstvz';
  const vowels = 'aeiou';
  let n = index;
  let word = '';
  do {
    word += consonants[n % consonants.length] + vowels[Math.floor(n / consonants.length) % vowels.length];
    n = Math.floor(n / (consonants.length * vowels.length));
  } while (n > 0);
  return index % 4 === 3 ? word : ` ${word}`;
}

