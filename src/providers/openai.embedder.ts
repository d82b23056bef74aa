import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { cl100k, encodeTokens } from '../text/tokens';
import type { Embedder, EmbeddingKind } from './embedder';

/** Settings of the OpenAI embedder; only `apiKey` is required. */
export interface OpenAIEmbedderOptions {
  apiKey: string;
  /** Another endpoint than OpenAI's (a compatible gateway, or a local fake in tests), ending in /v1. */
  baseUrl?: string;
  /** Default text-embedding-3-small. */
  model?: string;
  /** Shortened vectors (text-embedding-3-*); sent to the API only when set. */
  dimensions?: number;
  /** Further attempts after a 408, 409, 429, 5xx, timeout or network failure (the SDK's backoff). Default 5. */
  maxRetries?: number;
  /** Per attempt. Default 60 s. */
  timeoutMs?: number;
  /** Most texts per request; at most 2048 (the API's limit), the default. */
  batchSize?: number;
  /** Most tokens per request; at most 300 000 (the API's limit), the default. */
  maxTokensPerRequest?: number;
}

/** A reply or rejection that retrying cannot fix (bad key, bad input, malformed reply): the job fails at once. */
export class PermanentEmbeddingError extends Error {
  override name = 'PermanentEmbeddingError';
}

/** A failure a later attempt may get past (rate limit, outage, timeout), raised once the SDK's retries are spent. */
export class EmbeddingRequestError extends Error {
  override name = 'EmbeddingRequestError';

  constructor(
    message: string,
    readonly details: { status?: number; requestId?: string } = {},
  ) {
    super(message);
  }
}

/** Limits of POST /v1/embeddings. */
export const OPENAI_EMBEDDING_LIMITS = Object.freeze({ inputsPerRequest: 2048, tokensPerRequest: 300_000, tokensPerInput: 8191 });

const DEFAULT_MODEL = 'text-embedding-3-small';
const NATIVE_DIMENSIONS: Readonly<Record<string, number>> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

/**
 * Embeddings through OpenAI's API. Texts are batched within the API's input and token limits and
 * cut to 8191 tokens; every reply is checked (count, indices, length, finite values) before use.
 * Retries, backoff (honouring retry-after-ms / retry-after) and per-attempt timeouts are the SDK's.
 * Error messages never carry input text, the key, or the provider's own message (which may echo either).
 */
export class OpenAIEmbedder implements Embedder {
  readonly model: string;
  readonly dimensions: number;
  private readonly client: OpenAI;
  private readonly requestedDimensions?: number;
  private readonly batchSize: number;
  private readonly maxTokensPerRequest: number;

  constructor(options: OpenAIEmbedderOptions) {
    if (!options.apiKey) throw new Error('OpenAIEmbedder needs an API key');
    this.model = options.model ?? DEFAULT_MODEL;
    this.requestedDimensions = options.dimensions;
    const dimensions = options.dimensions ?? NATIVE_DIMENSIONS[this.model];
    if (dimensions === undefined) throw new Error(`Unknown vector length for ${this.model}: set dimensions`);
    this.dimensions = requireInteger('dimensions', dimensions, 1, Number.MAX_SAFE_INTEGER);
    this.batchSize = requireInteger('batchSize', options.batchSize ?? OPENAI_EMBEDDING_LIMITS.inputsPerRequest, 1, OPENAI_EMBEDDING_LIMITS.inputsPerRequest);
    const { tokensPerRequest, tokensPerInput } = OPENAI_EMBEDDING_LIMITS;
    this.maxTokensPerRequest = requireInteger('maxTokensPerRequest', options.maxTokensPerRequest ?? tokensPerRequest, tokensPerInput, tokensPerRequest);
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseUrl ?? 'https://api.openai.com/v1',
      // Explicit nulls keep the SDK from reading OPENAI_* variables: src/config.ts owns the environment.
      organization: null,
      project: null,
      adminAPIKey: null,
      webhookSecret: null,
      maxRetries: requireInteger('maxRetries', options.maxRetries ?? 5, 0, 20),
      timeout: requireInteger('timeoutMs', options.timeoutMs ?? 60_000, 1, Number.MAX_SAFE_INTEGER),
      // The SDK's debug log (OPENAI_LOG=debug) prints request bodies, i.e. patient text.
      logLevel: 'off',
    });
  }

  /** One vector per text, in input order; `kind` is ignored (OpenAI embeds documents and queries alike). */
  async embed(texts: string[], _kind: EmbeddingKind): Promise<number[][]> {
    const vectors: number[][] = [];
    for (const batch of planBatches(texts, this.batchSize, this.maxTokensPerRequest)) {
      vectors.push(...(await this.embedBatch(batch)));
    }
    return vectors;
  }

  private async embedBatch(inputs: string[]): Promise<number[][]> {
    let reply: unknown;
    try {
      reply = await this.client.embeddings.create({
        model: this.model,
        input: inputs,
        // Explicit, so the SDK hands back the raw strings and the byte length can be checked here.
        encoding_format: 'base64',
        ...(this.requestedDimensions === undefined ? {} : { dimensions: this.requestedDimensions }),
      });
    } catch (error) {
      throw toSafeError(error);
    }
    return parseReply(reply, inputs.length, this.dimensions);
  }
}

function requireInteger(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be an integer in [${min}, ${max}]`);
  return value;
}

/** Groups texts, in order, into requests within both limits; each text is first cut to the per-input limit. */
function planBatches(texts: readonly string[], maxInputs: number, maxTokens: number): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let batchTokens = 0;
  texts.forEach((text, position) => {
    // The API rejects an empty string with a 400; fail before spending a request on it.
    if (text.length === 0) throw new PermanentEmbeddingError(`Text ${position} is empty`);
    const fitted = fitToTokens(text, OPENAI_EMBEDDING_LIMITS.tokensPerInput);
    if (batch.length > 0 && (batch.length >= maxInputs || batchTokens + fitted.tokens > maxTokens)) {
      batches.push(batch);
      batch = [];
      batchTokens = 0;
    }
    batch.push(fitted.text);
    batchTokens += fitted.tokens;
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * js-tiktoken's byte-pair merge is quadratic (or worse) in the length of one pre-tokenized piece:
 * 10 000 letters without a space take 9 s and 40 000 take minutes. So text is encoded in slices of
 * at most this many code points, cut before whitespace where possible. Cutting a long run adds
 * about one token per cut, so the sums over-count slightly (about 1 % on prose) rather than under-count.
 */
const SLICE_CODE_POINTS = 32;
const SLICE = new RegExp(`[\\s\\S]{1,${SLICE_CODE_POINTS}}(?=\\s|$)|[\\s\\S]{1,${SLICE_CODE_POINTS}}`, 'gu');


/** The longest prefix of `text` within `limit` tokens (by the slice count), and its token count. */
function fitToTokens(text: string, limit: number): { text: string; tokens: number } {
  let tokens = 0;
  let end = 0;
  for (const match of text.matchAll(SLICE)) {
    const slice = encodeTokens(match[0]);
    if (tokens + slice.length > limit) return { text: text.slice(0, end) + prefixWithin(slice, limit - tokens), tokens: limit };
    tokens += slice.length;
    end = match.index + match[0].length;
  }
  return { text, tokens };
}

/** Decodes the longest prefix of `tokens` that re-encodes within `budget`, minus any half character. */
function prefixWithin(tokens: number[], budget: number): string {
  for (let keep = budget; keep > 0; keep--) {
    const text = cl100k().decode(tokens.slice(0, keep)).replace(/\uFFFD+$/u, '');
    if (encodeTokens(text).length <= budget) return text;
  }
  return '';
}

/** Checks a reply against the request and returns its vectors in input order. */
function parseReply(reply: unknown, expectedCount: number, dimensions: number): number[][] {
  const data = (reply as { data?: unknown } | null | undefined)?.data;
  if (!Array.isArray(data)) throw new PermanentEmbeddingError('OpenAI returned a malformed embeddings reply (no data list)');
  if (data.length !== expectedCount) {
    throw new PermanentEmbeddingError(`OpenAI returned ${data.length} embeddings for ${expectedCount} inputs`);
  }
  const vectors = new Array<number[] | undefined>(expectedCount);
  for (const item of data as Array<{ index?: unknown; embedding?: unknown } | null>) {
    const index = item?.index;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= expectedCount || vectors[index]) {
      throw new PermanentEmbeddingError('OpenAI returned an embedding with a missing, repeated or out-of-range index');
    }
    vectors[index] = toVector(item?.embedding, dimensions, index);
  }
  return vectors as number[][];
}

/** A base64 string of little-endian float32s (what we ask for), or a number list (what some gateways send anyway). */
function toVector(embedding: unknown, dimensions: number, index: number): number[] {
  let vector: unknown[];
  if (typeof embedding === 'string') {
    const bytes = Buffer.from(embedding, 'base64');
    if (bytes.length !== dimensions * 4) {
      throw new PermanentEmbeddingError(`OpenAI returned embedding ${index} with ${bytes.length / 4} dimensions, expected ${dimensions}`);
    }
    vector = Array.from({ length: dimensions }, (_, i) => bytes.readFloatLE(i * 4));
  } else if (Array.isArray(embedding)) {
    vector = embedding;
  } else {
    throw new PermanentEmbeddingError(`OpenAI returned embedding ${index} in an unknown encoding`);
  }
  if (vector.length !== dimensions) {
    throw new PermanentEmbeddingError(`OpenAI returned embedding ${index} with ${vector.length} dimensions, expected ${dimensions}`);
  }
  if (!vector.every((value) => typeof value === 'number' && Number.isFinite(value))) {
    throw new PermanentEmbeddingError(`OpenAI returned embedding ${index} with a non-finite value`);
  }
  return vector as number[];
}

/** OpenAI's error codes and types ('invalid_api_key', 'server_error'): safe to repeat, unlike free text. */
const SAFE_REASON = /^[a-z0-9_]{1,64}$/;

/**
 * Maps an SDK failure to one of ours, dropping the provider's message (OpenAI's 401 echoes part of
 * the key; a 400 may quote input) and the cause (whose error body may hold the same).
 */
function toSafeError(error: unknown): Error {
  if (error instanceof APIConnectionTimeoutError) return new EmbeddingRequestError('OpenAI embeddings request timed out');
  if (error instanceof APIConnectionError) return new EmbeddingRequestError('Could not reach the OpenAI embeddings API');
  if (error instanceof APIError) {
    const details = { status: error.status, requestId: error.requestID ?? undefined };
    const status = error.status ?? 0;
    const reason = [error.code, error.type].find((value) => typeof value === 'string' && SAFE_REASON.test(value));
    const label = [status || 'no status', reason].filter(Boolean).join(' ');
    if (status === 429 || status === 408 || status === 409 || status >= 500 || status === 0) {
      return new EmbeddingRequestError(`OpenAI embeddings request failed (${label})`, details);
    }
    return new PermanentEmbeddingError(`OpenAI rejected the embeddings request (${label})`);
  }
  // A 200 whose JSON body does not parse.
  if (error instanceof SyntaxError) return new PermanentEmbeddingError('OpenAI returned an embeddings reply that is not JSON');
  return new EmbeddingRequestError('OpenAI embeddings request failed');
}
