import type { Tiktoken } from 'js-tiktoken' with { 'resolution-mode': 'import' };
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { collectBody, providerOf, requestUrl, sendBody, startFakeServer, type FakeProvider, type ScriptedReply } from './fake-server';

type TiktokenModule = typeof import('js-tiktoken', { with: { 'resolution-mode': 'import' } });
const { getEncoding } = require('js-tiktoken') as TiktokenModule;

/**
 * What the fake does with the next embeddings request, after reading its body. With nothing set
 * it answers 200 with one deterministic vector per input, in the requested encoding.
 */
export interface FakeOpenAIBehaviour extends ScriptedReply {
  /** Leave the last embedding out of an otherwise valid reply. */
  dropItem?: boolean;
  /** Make the first embedding one value short. */
  wrongDimension?: boolean;
  /** Put a NaN into the first embedding (only expressible in base64). */
  nonFinite?: boolean;
}

/** An embeddings request as the fake saw it. */
export interface RecordedEmbeddingRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  authorized: boolean;
  model?: string;
  input?: string[];
  encoding_format?: string;
  dimensions?: number;
}

/** A running fake; `enqueue` scripts the next embeddings requests in order. */
export interface FakeOpenAI extends FakeProvider<FakeOpenAIBehaviour, RecordedEmbeddingRequest> {
  /** Base URL including /v1, for `new OpenAI({ baseURL })`. */
  url: string;
}

const NATIVE_DIMENSIONS: Record<string, number> = { 'text-embedding-3-small': 1536, 'text-embedding-3-large': 3072, 'text-embedding-ada-002': 1536 };
/** Limits the real API enforces with a 400, so a client that ignores them fails here too. */
const MAX_INPUTS = 2048;
const MAX_INPUT_TOKENS = 8192;
const MAX_REQUEST_TOKENS = 300_000;

/**
 * A local HTTP server speaking OpenAI's embeddings wire format (`POST /v1/embeddings`,
 * `Authorization: Bearer <key>`), for pointing the real SDK at. It records every request, enforces
 * the API's input limits, and replies as scripted: errors, delays, malformed or inconsistent bodies,
 * or vectors derived from each input's text.
 */
export async function startFakeOpenAI(options: { apiKey?: string } = {}): Promise<FakeOpenAI> {
  const apiKey = options.apiKey ?? `sk-test-${randomUUID()}`;
  const server = await startFakeServer<FakeOpenAIBehaviour, RecordedEmbeddingRequest>((req, res, fake) =>
    collectBody(req, (body) => {
      const record = recordOf(req.method ?? '', requestUrl(req).pathname, req.headers, apiKey, body);
      fake.requests.push(record);
      const isEmbeddings = record.method === 'POST' && record.path === '/v1/embeddings';
      const behaviour = isEmbeddings && record.authorized ? fake.nextBehaviour() : {};
      fake.answer(req, behaviour, () => reply(res, record, behaviour));
    }),
  );
  return providerOf(server, apiKey, `${server.url}/v1`);
}

/**
 * The fake's vector for a text: unit length, seeded by the text's SHA-256, every value exactly
 * representable as float32 so the float and base64 encodings carry the same numbers.
 */
export function fakeEmbedding(text: string, dimensions: number): number[] {
  const seed = createHash('sha256').update(text).digest();
  let state = seed.readUInt32LE(0) || 1;
  const raw = Array.from({ length: dimensions }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0xffffffff - 0.5;
  });
  const norm = Math.hypot(...raw) || 1;
  return raw.map((value) => Math.fround(value / norm));
}

function recordOf(method: string, path: string, headers: IncomingHttpHeaders, apiKey: string, body: Buffer): RecordedEmbeddingRequest {
  const record: RecordedEmbeddingRequest = { method, path, headers, authorized: headers.authorization === `Bearer ${apiKey}` };
  try {
    const parsed = JSON.parse(body.toString('utf8')) as Partial<RecordedEmbeddingRequest> & { input?: unknown };
    record.model = parsed.model;
    record.input = typeof parsed.input === 'string' ? [parsed.input] : (parsed.input as string[] | undefined);
    record.encoding_format = parsed.encoding_format;
    record.dimensions = parsed.dimensions;
  } catch {
    // Left unparsed: the reply below is a 400.
  }
  return record;
}

function reply(res: ServerResponse, record: RecordedEmbeddingRequest, behaviour: FakeOpenAIBehaviour): void {
  const headers = { 'content-type': 'application/json', 'x-request-id': `req_${randomUUID().replaceAll('-', '')}`, ...behaviour.headers };
  if (record.method !== 'POST' || record.path !== '/v1/embeddings') return sendBody(res, 404, headers, errorBody('Not found', 'invalid_request_error', null));
  if (!record.authorized) return sendBody(res, 401, headers, keyRejected(record));
  const status = behaviour.status ?? 200;
  if (behaviour.body !== undefined) return sendBody(res, status, headers, behaviour.body);
  if (status === 401) return sendBody(res, 401, headers, keyRejected(record));
  if (status >= 400) return sendBody(res, status, headers, errorBody('Scripted failure', status === 429 ? 'requests' : 'server_error', null));
  const problem = invalidRequest(record);
  if (problem) return sendBody(res, 400, headers, errorBody(problem, 'invalid_request_error', null));
  sendBody(res, 200, headers, embeddingsBody(record, behaviour));
}

/** The reason the real API would answer 400, if any. */
function invalidRequest(record: RecordedEmbeddingRequest): string | undefined {
  const { model, input, dimensions } = record;
  if (!model || !(model in NATIVE_DIMENSIONS)) return `The model '${model}' does not exist`;
  if (!Array.isArray(input) || input.length === 0 || input.some((text) => typeof text !== 'string' || text === '')) return "'$.input' is invalid.";
  if (input.length > MAX_INPUTS) return `'$.input' is too long: at most ${MAX_INPUTS} inputs`;
  if (dimensions !== undefined && (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > NATIVE_DIMENSIONS[model])) return 'Invalid dimensions';
  const counts = input.map(countTokens);
  const longest = Math.max(...counts);
  if (longest > MAX_INPUT_TOKENS) return `This model's maximum context length is ${MAX_INPUT_TOKENS} tokens, however you requested ${longest} tokens`;
  const total = counts.reduce((a, b) => a + b, 0);
  if (total > MAX_REQUEST_TOKENS) return `Requested ${total} tokens, max ${MAX_REQUEST_TOKENS} tokens per request`;
  return undefined;
}

let encoder: Tiktoken | undefined;

/** A run that cl100k_base pre-tokenizes as one piece, on which js-tiktoken's merge takes seconds to minutes. */
const LONG_PIECE = /\p{L}{256}|\s{256}|[^\s\p{L}\p{N}]{256}/u;

/** Exact cl100k_base count, except that texts with a long piece are estimated (8 characters a token) and not policed. */
function countTokens(text: string): number {
  if (LONG_PIECE.test(text)) return Math.ceil(text.length / 8);
  encoder ??= getEncoding('cl100k_base');
  return encoder.encode(text, [], []).length;
}

function embeddingsBody(record: RecordedEmbeddingRequest, behaviour: FakeOpenAIBehaviour) {
  const model = record.model!;
  const input = record.input!;
  const dimensions = record.dimensions ?? NATIVE_DIMENSIONS[model];
  const base64 = record.encoding_format === 'base64';
  const data = input.map((text, index) => {
    const vector = fakeEmbedding(text, dimensions);
    if (index === 0 && behaviour.wrongDimension) vector.pop();
    if (index === 0 && behaviour.nonFinite) vector[0] = Number.NaN;
    return { object: 'embedding', index, embedding: base64 ? toBase64(vector) : vector };
  });
  if (behaviour.dropItem) data.pop();
  const tokens = input.reduce((sum, text) => sum + countTokens(text), 0);
  return { object: 'list', data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

function toBase64(vector: number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((value, i) => bytes.writeFloatLE(value, i * 4));
  return bytes.toString('base64');
}

/** Like the real API's, the message quotes the key it was given (OpenAI masks most of it; we don't). */
function keyRejected(record: RecordedEmbeddingRequest) {
  const presented = String(record.headers.authorization ?? '').replace(/^Bearer /, '');
  return errorBody(`Incorrect API key provided: ${presented}`, 'invalid_request_error', 'invalid_api_key');
}

function errorBody(message: string, type: string, code: string | null) {
  return { error: { message, type, param: null, code } };
}
