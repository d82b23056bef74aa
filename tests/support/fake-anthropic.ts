import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { collectBody, providerOf, requestUrl, sendBody, startFakeServer, type FakeProvider, type ScriptedReply } from './fake-server';

/**
 * What the fake does with the next authorised `POST /v1/messages`, after reading its body. With
 * no `status`/`body` it answers 200 with a documented Messages reply holding `text`.
 */
export interface FakeAnthropicBehaviour extends ScriptedReply {
  /** The text of a normal reply. */
  text?: string;
  /** Drop the connection without answering. */
  destroySocket?: boolean;
}

/** A request as the fake saw it, with its JSON body parsed when it was JSON. */
export interface RecordedAnthropicRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** How the key arrived: `x-api-key`, `Authorization: Bearer`, or not at all (or a wrong key). */
  authScheme: 'x-api-key' | 'bearer' | null;
  anthropicVersion: string | undefined;
}

/** A running fake; `enqueue` scripts the next requests in order. */
export type FakeAnthropic = FakeProvider<FakeAnthropicBehaviour, RecordedAnthropicRequest>;

/** The reply text when neither the behaviour nor the server options give one. */
export const DEFAULT_REPLY_TEXT = 'You talked about sleeping better, about five hours a night [1].';

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

/**
 * A local HTTP server speaking Anthropic's Messages wire format (`POST /v1/messages`), for
 * pointing the real SDK at. Like the real API it refuses a request without a valid key (either
 * `x-api-key` or `Authorization: Bearer`, since SDK versions differ) or without an
 * `anthropic-version` header, and one whose body lacks model, max_tokens or messages. Every
 * request is recorded; authorised ones are answered as scripted.
 */
export async function startFakeAnthropic(options: { apiKey?: string; text?: string } = {}): Promise<FakeAnthropic> {
  const apiKey = options.apiKey ?? `sk-ant-test-${randomUUID()}`;
  const server = await startFakeServer<FakeAnthropicBehaviour, RecordedAnthropicRequest>((req, res, fake) =>
    collectBody(req, (body) => {
      const record: RecordedAnthropicRequest = {
        method: req.method ?? '',
        path: requestUrl(req).pathname,
        headers: req.headers,
        body: parseJson(body.toString('utf8')),
        authScheme: authSchemeOf(req.headers, apiKey),
        anthropicVersion: headerOf(req.headers, 'anthropic-version'),
      };
      fake.requests.push(record);
      const problem = rejectionOf(record);
      if (problem) return send(res, problem.status, {}, errorBody(problem.status, problem.message));
      const behaviour = fake.nextBehaviour();
      fake.answer(req, behaviour, () => reply(res, record, behaviour, options.text ?? DEFAULT_REPLY_TEXT));
    }),
  );
  return providerOf(server, apiKey);
}

/** Why the real API would refuse this request before looking at it, if it would. */
function rejectionOf(record: RecordedAnthropicRequest): { status: number; message: string } | undefined {
  if (record.method !== 'POST' || record.path !== '/v1/messages') return { status: 404, message: 'Not found' };
  if (!record.authScheme) return { status: 401, message: 'invalid x-api-key' };
  if (!record.anthropicVersion) return { status: 400, message: 'anthropic-version: header is required' };
  const body = record.body as { model?: unknown; max_tokens?: unknown; messages?: unknown } | undefined;
  if (typeof body?.model !== 'string' || typeof body.max_tokens !== 'number' || !Array.isArray(body.messages)) {
    return { status: 400, message: 'model, max_tokens and messages are required' };
  }
  return undefined;
}

function reply(res: ServerResponse, record: RecordedAnthropicRequest, behaviour: FakeAnthropicBehaviour, defaultText: string): void {
  const status = behaviour.status ?? 200;
  if (behaviour.body !== undefined) return send(res, status, behaviour.headers ?? {}, behaviour.body);
  if (status >= 400) return send(res, status, behaviour.headers ?? {}, errorBody(status, 'Scripted failure'));
  const model = (record.body as { model: string }).model;
  send(res, status, behaviour.headers ?? {}, buildMessageReply(behaviour.text ?? defaultText, model));
}

/** A reply in the documented Messages shape with one text block. */
export function buildMessageReply(text: string, model: string) {
  return {
    id: `msg_${randomUUID().replace(/-/g, '')}`,
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 321, output_tokens: Math.ceil(text.length / 4) },
  };
}

function errorBody(status: number, message: string) {
  const type = ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
  return { type: 'error', error: { type, message }, request_id: `req_${randomUUID().replace(/-/g, '')}` };
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  sendBody(res, status, { 'content-type': 'application/json', 'request-id': `req_${randomUUID().replace(/-/g, '')}`, ...headers }, body);
}

function authSchemeOf(headers: IncomingHttpHeaders, apiKey: string): RecordedAnthropicRequest['authScheme'] {
  if (headerOf(headers, 'x-api-key') === apiKey) return 'x-api-key';
  if (headerOf(headers, 'authorization') === `Bearer ${apiKey}`) return 'bearer';
  return null;
}

function headerOf(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
