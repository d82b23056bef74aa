import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { providerOf, readBody, requestUrl, sendBody, startFakeServer, type FakeProvider, type ScriptedReply } from './fake-server';

/** One speaker turn the fake "hears"; words and channel transcripts are derived from it. */
export interface FakeUtterance {
  start: number;
  end: number;
  transcript: string;
  speaker?: number;
  channel?: number;
  confidence?: number;
}

/**
 * What the fake does with the next request, after reading its body. With no `status`/`body` it
 * answers 200 with a valid reply built from `utterances` (or the server's default ones).
 */
export interface FakeDeepgramBehaviour extends ScriptedReply {
  utterances?: FakeUtterance[];
  /** Build the valid reply without results.utterances (as when utterances=false). */
  omitUtterances?: boolean;
  /** Drop the connection without answering. */
  destroySocket?: boolean;
}

/** A request as the fake saw it; `bodyBytes` grows while the upload is still arriving. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  bodyBytes: number;
  bodyComplete: boolean;
  authorized: boolean;
}

/** A running fake; `enqueue` scripts the next requests in order. */
export type FakeDeepgram = FakeProvider<FakeDeepgramBehaviour, RecordedRequest>;

/** Two turns of a short session, used when a test gives no utterances. */
export const DEFAULT_UTTERANCES: FakeUtterance[] = [
  { start: 0.08, end: 2.4, transcript: 'How have you been sleeping this week?', speaker: 0, channel: 0, confidence: 0.97 },
  { start: 2.9, end: 6.1, transcript: 'Better since we talked, maybe five hours a night.', speaker: 1, channel: 1, confidence: 0.91 },
];

/**
 * A local HTTP server speaking Deepgram's prerecorded wire format (`POST /v1/listen`,
 * `Authorization: Token <key>`), for pointing the real SDK at. It reads every upload fully,
 * records it, and replies as scripted: errors, delays, malformed bodies or a documented reply.
 */
export async function startFakeDeepgram(options: { apiKey?: string; utterances?: FakeUtterance[] } = {}): Promise<FakeDeepgram> {
  const apiKey = options.apiKey ?? `dg-test-${randomUUID()}`;
  const server = await startFakeServer<FakeDeepgramBehaviour, RecordedRequest>((req, res, fake) => {
    const url = requestUrl(req);
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      bodyBytes: 0,
      bodyComplete: false,
      authorized: req.headers.authorization === `Token ${apiKey}`,
    };
    fake.requests.push(record);
    const hash = createHash('sha256');
    const onChunk = (chunk: Buffer) => {
      record.bodyBytes += chunk.length;
      hash.update(chunk);
    };
    readBody(req, onChunk, () => {
      record.bodyComplete = true;
      const behaviour = isListen(record) && record.authorized ? fake.nextBehaviour() : {};
      fake.answer(req, behaviour, () => reply(res, record, behaviour, { sha256: hash.digest('hex'), utterances: options.utterances }));
    });
  });
  return providerOf(server, apiKey);
}

function isListen(record: RecordedRequest): boolean {
  return record.method === 'POST' && record.path === '/v1/listen';
}

function reply(
  res: ServerResponse,
  record: RecordedRequest,
  behaviour: FakeDeepgramBehaviour,
  context: { sha256: string; utterances?: FakeUtterance[] },
): void {
  const requestId = randomUUID();
  const headers = { 'content-type': 'application/json', 'dg-request-id': requestId, ...behaviour.headers };
  if (!isListen(record)) return sendBody(res, 404, headers, errorBody('NOT_FOUND', 'Not found', requestId));
  if (!record.authorized) return sendBody(res, 401, headers, errorBody('INVALID_AUTH', 'Invalid credentials.', requestId));
  const status = behaviour.status ?? 200;
  if (behaviour.body !== undefined) return sendBody(res, status, headers, behaviour.body);
  if (status >= 400) return sendBody(res, status, headers, errorBody(status === 429 ? 'TOO_MANY_REQUESTS' : 'Bad Request', 'Scripted failure', requestId));
  const utterances = behaviour.utterances ?? context.utterances ?? DEFAULT_UTTERANCES;
  const body = buildListenResponse(utterances, {
    query: record.query,
    requestId,
    sha256: context.sha256,
    includeUtterances: !behaviour.omitUtterances && record.query.utterances === 'true',
  });
  sendBody(res, status, headers, body);
}

function errorBody(code: string, message: string, requestId: string) {
  return { err_code: code, err_msg: message, request_id: requestId };
}

/**
 * A reply in Deepgram's documented prerecorded shape: metadata (request_id, duration, channels,
 * models, model_info), results.channels[].alternatives[] with words, and results.utterances.
 * With `multichannel=true` each utterance lands on its own channel; otherwise all share channel
 * 0 and carry diarization speakers when `diarize=true`.
 */
export function buildListenResponse(
  utterances: FakeUtterance[],
  options: { query?: Record<string, string>; requestId?: string; sha256?: string; includeUtterances?: boolean } = {},
) {
  const query = options.query ?? { diarize: 'true', utterances: 'true' };
  const multichannel = query.multichannel === 'true';
  const diarize = query.diarize === 'true';
  const channelOf = (u: FakeUtterance) => (multichannel ? u.channel ?? 0 : 0);
  const channelCount = multichannel ? Math.max(2, ...utterances.map((u) => channelOf(u) + 1)) : 1;
  const modelUuid = randomUUID();
  const withWords = utterances.map((u) => ({ utterance: u, words: wordsOf(u, diarize) }));
  const channels = Array.from({ length: channelCount }, (_, channel) => {
    const mine = withWords.filter(({ utterance }) => channelOf(utterance) === channel);
    const words = mine.flatMap((m) => m.words);
    return {
      alternatives: [{ transcript: mine.map((m) => m.utterance.transcript).join(' '), confidence: average(words.map((w) => w.confidence)), words }],
    };
  });
  const results: Record<string, unknown> = { channels };
  if (options.includeUtterances ?? true) {
    results.utterances = withWords.map(({ utterance, words }) => ({
      start: utterance.start,
      end: utterance.end,
      confidence: utterance.confidence ?? 0.9,
      channel: channelOf(utterance),
      transcript: utterance.transcript,
      words,
      ...(diarize ? { speaker: utterance.speaker ?? 0 } : {}),
      id: randomUUID(),
    }));
  }
  return {
    metadata: {
      transaction_key: 'deprecated',
      request_id: options.requestId ?? randomUUID(),
      sha256: options.sha256 ?? '',
      created: new Date().toISOString(),
      duration: Math.max(0, ...utterances.map((u) => u.end)) + 0.5,
      channels: channelCount,
      models: [modelUuid],
      model_info: { [modelUuid]: { name: query.model ?? 'general-nova-3', version: '2025-01-01.0', arch: 'nova-3' } },
    },
    results,
  };
}

/** Words spread evenly over the utterance, with Deepgram's bare `word` and `punctuated_word`. */
function wordsOf(utterance: FakeUtterance, diarize: boolean) {
  const tokens = utterance.transcript.split(/\s+/).filter(Boolean);
  const step = (utterance.end - utterance.start) / Math.max(tokens.length, 1);
  return tokens.map((token, i) => ({
    word: token.toLowerCase().replace(/[^\p{L}\p{N}']/gu, ''),
    start: round(utterance.start + i * step),
    end: round(utterance.start + (i + 1) * step),
    confidence: utterance.confidence ?? 0.9,
    ...(diarize ? { speaker: utterance.speaker ?? 0, speaker_confidence: 0.8 } : {}),
    punctuated_word: token,
  }));
}

function average(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
