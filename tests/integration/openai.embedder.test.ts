import type { Tiktoken } from 'js-tiktoken' with { 'resolution-mode': 'import' };
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddingRequestError, OpenAIEmbedder, PermanentEmbeddingError, type OpenAIEmbedderOptions } from '../../src/providers/openai.embedder';
import { fakeEmbedding, startFakeOpenAI, type FakeOpenAI, type FakeOpenAIBehaviour } from '../support/fake-openai';
import { rejectionOf } from '../support/fake-server';

type TiktokenModule = typeof import('js-tiktoken', { with: { 'resolution-mode': 'import' } });
const { getEncoding } = require('js-tiktoken') as TiktokenModule;

let encoder: Tiktoken | undefined;
function exactTokens(text: string): number {
  encoder ??= getEncoding('cl100k_base');
  return encoder.encode(text, [], []).length;
}

/** Everything of an error a log line or a GraphQL reply could show. */
function visibleText(error: Error): string {
  return [error.message, error.stack, JSON.stringify(error), String((error as { cause?: unknown }).cause ?? '')].join('\n');
}

const PRIVATE_TEXT = 'I have not told anyone about the panic attacks at work';

describe('OpenAIEmbedder against a local OpenAI', () => {
  let fake: FakeOpenAI;
  const embedder = (options: Partial<OpenAIEmbedderOptions> = {}) =>
    new OpenAIEmbedder({ apiKey: fake.apiKey, baseUrl: fake.url, maxRetries: 2, timeoutMs: 5000, ...options });
  const embeddingRequests = () => fake.requests.filter((r) => r.path === '/v1/embeddings');

  beforeEach(async () => {
    fake = await startFakeOpenAI();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('sends the model, the bearer key and the inputs in order, and decodes the base64 reply', async () => {
    const texts = ['Therapist: How did the week go?', PRIVATE_TEXT, 'Patient: Better, mostly.'];
    const model = embedder();
    const vectors = await model.embed(texts, 'document');

    expect(model.model).toBe('text-embedding-3-small');
    expect(model.dimensions).toBe(1536);
    expect(embeddingRequests()).toHaveLength(1);
    const [request] = embeddingRequests();
    expect(request.headers.authorization).toBe(`Bearer ${fake.apiKey}`);
    expect(request).toMatchObject({ model: 'text-embedding-3-small', input: texts, encoding_format: 'base64' });
    expect(request.dimensions).toBeUndefined();
    expect(vectors).toEqual(texts.map((text) => fakeEmbedding(text, 1536)));
  });

  it('embeds a query exactly as a document', async () => {
    const [asQuery] = await embedder().embed([PRIVATE_TEXT], 'query');
    const [asDocument] = await embedder().embed([PRIVATE_TEXT], 'document');
    expect(asQuery).toEqual(asDocument);
  });

  it('asks for shortened vectors only when dimensions is set', async () => {
    const model = embedder({ dimensions: 256 });
    const [vector] = await model.embed(['hello'], 'query');
    expect(model.dimensions).toBe(256);
    expect(embeddingRequests()[0].dimensions).toBe(256);
    expect(vector).toEqual(fakeEmbedding('hello', 256));
  });

  it('accepts float lists from a gateway that ignores encoding_format', async () => {
    const texts = ['one', 'two'];
    const data = texts.map((text, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(text, 1536) })).reverse();
    fake.enqueue({ body: { object: 'list', data, model: 'text-embedding-3-small', usage: { prompt_tokens: 2, total_tokens: 2 } } });
    expect(await embedder().embed(texts, 'document')).toEqual(texts.map((text) => fakeEmbedding(text, 1536)));
  });

  it('makes no request for no texts', async () => {
    expect(await embedder().embed([], 'document')).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it('splits 5000 inputs into requests of at most 2048 and keeps their order', async () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `Patient: sentence number ${i} of the session`);
    const vectors = await embedder().embed(texts, 'document');

    const requests = embeddingRequests();
    expect(requests.length).toBeGreaterThanOrEqual(3);
    for (const request of requests) expect(request.input!.length).toBeLessThanOrEqual(2048);
    expect(requests.flatMap((request) => request.input)).toEqual(texts);
    expect(vectors).toHaveLength(5000);
    for (const i of [0, 2047, 2048, 4095, 4096, 4999]) expect(vectors[i]).toEqual(fakeEmbedding(texts[i], 1536));
  });

  it('keeps each request within 300 000 tokens', async () => {
    const long = (i: number) => `Session ${i}: ` + 'we talked about sleep and work again '.repeat(1000);
    const texts = Array.from({ length: 100 }, (_, i) => long(i));
    const vectors = await embedder().embed(texts, 'document');

    const requests = embeddingRequests();
    expect(requests.length).toBeGreaterThanOrEqual(3);
    for (const request of requests) {
      expect(request.input!.reduce((sum, text) => sum + exactTokens(text), 0)).toBeLessThanOrEqual(300_000);
    }
    expect(requests.flatMap((request) => request.input)).toEqual(texts);
    expect(vectors.map((vector) => vector[0])).toEqual(texts.map((text) => fakeEmbedding(text, 1536)[0]));
  });

  it('cuts a text over 8191 tokens to a prefix of at most 8191', async () => {
    const text = Array.from({ length: 12_000 }, (_, i) => `word${i % 97}`).join(' ');
    expect(exactTokens(text)).toBeGreaterThan(8191);
    await embedder().embed([text, 'short'], 'document');

    const [sent, short] = embeddingRequests()[0].input!;
    expect(text.startsWith(sent)).toBe(true);
    expect(exactTokens(sent)).toBeLessThanOrEqual(8191);
    expect(exactTokens(sent)).toBeGreaterThan(8000);
    expect(short).toBe('short');
  });

  it('cuts text without spaces (Chinese) to at most 8191 tokens', async () => {
    const text = '我这周在工作的时候又感到很焦虑，晚上也睡不好。'.repeat(2000);
    expect(exactTokens(text)).toBeGreaterThan(8191);
    await embedder().embed([text], 'document');

    const [sent] = embeddingRequests()[0].input!;
    expect(text.startsWith(sent)).toBe(true);
    expect(exactTokens(sent)).toBeLessThanOrEqual(8191);
    expect(exactTokens(sent)).toBeGreaterThan(7800);
  });

  it('handles special-token strings and long runs without spaces quickly', async () => {
    const started = Date.now();
    await embedder().embed(['before <|endoftext|> after', 'x'.repeat(200_000), '是'.repeat(50_000)], 'document');
    expect(Date.now() - started).toBeLessThan(10_000);

    const [special, run, cjk] = embeddingRequests()[0].input!;
    expect(special).toBe('before <|endoftext|> after');
    // Exactly 8191 tokens would be 65 528 x's; each cut costs at most a token.
    expect(run.length).toBeGreaterThan(60_000);
    expect(run.length).toBeLessThan(65_536);
    expect(cjk.length).toBeLessThan(50_000);
  });

  it('retries a 429 after its retry-after', async () => {
    fake.enqueue({ status: 429, headers: { 'retry-after': '0' } });
    const [vector] = await embedder().embed(['hello'], 'query');
    expect(vector).toEqual(fakeEmbedding('hello', 1536));
    expect(embeddingRequests()).toHaveLength(2);
  });

  it('retries two 500s with backoff, then succeeds', async () => {
    fake.enqueue({ status: 500 }, { status: 500, headers: { 'retry-after-ms': '10' } });
    const [vector] = await embedder().embed(['hello'], 'query');
    expect(vector).toEqual(fakeEmbedding('hello', 1536));
    expect(embeddingRequests()).toHaveLength(3);
  });

  it('gives up on lasting rate limits with a retryable error', async () => {
    const limited: FakeOpenAIBehaviour = { status: 429, headers: { 'retry-after-ms': '5' } };
    fake.enqueue(limited, limited, limited);
    const error = await rejectionOf(embedder({ maxRetries: 1 }).embed(['hello'], 'query'));
    expect(error).toBeInstanceOf(EmbeddingRequestError);
    expect((error as EmbeddingRequestError).details.status).toBe(429);
    expect(embeddingRequests()).toHaveLength(2);
  });

  it('times out each attempt and rejects in bounded time', async () => {
    fake.enqueue({ delayMs: 10_000 }, { delayMs: 10_000 });
    const started = Date.now();
    const error = await rejectionOf(embedder({ timeoutMs: 200, maxRetries: 1 }).embed(['hello'], 'query'));
    expect(error).toBeInstanceOf(EmbeddingRequestError);
    expect(error.message).toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(embeddingRequests()).toHaveLength(2);
  });

  const malformed: Array<[string, FakeOpenAIBehaviour]> = [
    ['a body that is not JSON', { body: 'garbage' }],
    ['a body without data', { body: { object: 'list' } }],
    ['a missing embedding', { dropItem: true }],
    ['a vector of the wrong length', { wrongDimension: true }],
    ['a non-finite value', { nonFinite: true }],
    ['a repeated index', { body: { object: 'list', data: [0, 0].map((index) => ({ object: 'embedding', index, embedding: fakeEmbedding('a', 1536) })) } }],
  ];
  it.each(malformed)('fails permanently, without retrying, on %s', async (_, behaviour) => {
    fake.enqueue(behaviour);
    const error = await rejectionOf(embedder().embed(['a', PRIVATE_TEXT], 'document'));
    expect(error).toBeInstanceOf(PermanentEmbeddingError);
    expect(error.name).toBe('PermanentEmbeddingError');
    expect(visibleText(error)).not.toContain(PRIVATE_TEXT);
    expect(embeddingRequests()).toHaveLength(1);
  });

  it('fails permanently on a 401 without retrying or repeating the key', async () => {
    fake.enqueue({ status: 401 });
    const error = await rejectionOf(embedder().embed(['hello'], 'query'));
    expect(error).toBeInstanceOf(PermanentEmbeddingError);
    expect(embeddingRequests()).toHaveLength(1);
    expect(visibleText(error)).not.toContain(fake.apiKey);

    const wrongKey = 'sk-wrong-0123456789abcdef';
    const rejected = await rejectionOf(embedder({ apiKey: wrongKey }).embed(['hello'], 'query'));
    expect(rejected).toBeInstanceOf(PermanentEmbeddingError);
    expect(rejected.message).toMatch(/401 invalid_api_key/);
    expect(visibleText(rejected)).not.toContain(wrongKey);
  });

  it('fails permanently on a 400 without repeating the provider message', async () => {
    fake.enqueue({ status: 400, body: { error: { message: `Invalid input: ${PRIVATE_TEXT} (key ${fake.apiKey})`, type: 'invalid_request_error' } } });
    const error = await rejectionOf(embedder().embed([PRIVATE_TEXT], 'document'));
    expect(error).toBeInstanceOf(PermanentEmbeddingError);
    expect(visibleText(error)).not.toContain(PRIVATE_TEXT);
    expect(visibleText(error)).not.toContain(fake.apiKey);
  });

  it('never repeats the key in retryable errors either', async () => {
    fake.enqueue({ status: 503, body: { error: { message: `overloaded for ${fake.apiKey}` } } });
    const error = await rejectionOf(embedder({ maxRetries: 0 }).embed(['hello'], 'query'));
    expect(error).toBeInstanceOf(EmbeddingRequestError);
    expect(visibleText(error)).not.toContain(fake.apiKey);
  });

  it('rejects an empty text before sending anything', async () => {
    const error = await rejectionOf(embedder().embed(['fine', ''], 'document'));
    expect(error).toBeInstanceOf(PermanentEmbeddingError);
    expect(fake.requests).toHaveLength(0);
  });
});
