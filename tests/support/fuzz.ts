import WebSocket from 'ws';
import { ErrorCodes } from '../../src/errors';

/** A raw HTTP answer: status, content type, the text and (when it parses) the JSON. */
export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  json: unknown;
}

/** Sends one raw request (any body, any headers) and reads the whole answer; network failures come back as status 0. */
export async function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer | Uint8Array }): Promise<RawResponse> {
  try {
    const res = await fetch(url, { method: init.method ?? 'POST', headers: init.headers, body: init.body as string | Uint8Array | undefined, signal: AbortSignal.timeout(20_000) });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json };
  } catch (error) {
    return { status: 0, contentType: '', text: `network error: ${(error as Error).message}`, json: undefined };
  }
}

/** What no message may contain: stack frames, file paths, SQL, driver or ORM internals. */
const INTERNALS = /(\n\s+at\s|\bat\s+\S+\s\(|node_modules|\/work\/|\/home\/|\/usr\/|[\w-]+\.(ts|js|mjs|cjs):\d+|\bSELECT\s+[\w*"]|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b|\bprisma\b|PrismaClient|\bpg_\w+|\bECONN\w+|<html|<pre>)/i;

/** Outcome of one case: the code clients would act on (`ok` when no error). */
export function outcomeOf(res: RawResponse): string {
  const errors = (res.json as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return 'ok';
  return String(errors[0]?.extensions?.code ?? 'NO_CODE');
}

/**
 * Everything wrong with an answer to abusive input: not JSON, a 5xx, an error without a public
 * code, INTERNAL, or internals (stack, paths, SQL) in the text. Empty when the answer is clean.
 */
export function violationsOf(res: RawResponse, options: { allowOk?: boolean; allowCodes?: readonly string[] } = {}): string[] {
  const problems: string[] = [];
  if (res.status === 0 || res.status >= 500) problems.push(`HTTP ${res.status}`);
  if (!res.contentType.includes('application/json') || res.json === undefined) problems.push(`not a JSON body (${res.status} ${res.contentType || 'no content type'})`);
  const body = res.json as { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined;
  const errors = Array.isArray(body?.errors) ? body!.errors : [];
  if (res.json !== undefined && errors.length === 0 && !options.allowOk) problems.push('accepted (no error)');
  for (const error of errors) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string' || !(ErrorCodes as readonly string[]).includes(code)) problems.push(`code ${JSON.stringify(code)} is not public`);
    else if (code === 'INTERNAL') problems.push('INTERNAL');
    else if (options.allowCodes && !options.allowCodes.includes(code)) problems.push(`unexpected code ${code}`);
    if (typeof error?.message !== 'string') problems.push('error without a message');
  }
  const leak = INTERNALS.exec(res.text);
  if (leak) problems.push(`internals in the answer: ${JSON.stringify(leak[0])}`);
  return problems;
}

/** A short, printable form of an input for failure reports. */
export function preview(value: unknown, max = 160): string {
  const text = typeof value === 'string' ? value : Buffer.isBuffer(value) ? `<${value.length} bytes> ${value.subarray(0, 60).toString('latin1')}` : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/** A multipart body from parts in the given order, with a boundary of the caller's choice. */
export function multipartBody(boundary: string, parts: { name: string; filename?: string; type?: string; content: string | Buffer }[], closing = true): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`));
    chunks.push(Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content));
    chunks.push(Buffer.from('\r\n'));
  }
  if (closing) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** What a graphql-ws socket did after the frames were sent: the messages it got and how it closed (if it did). */
export interface WsExchange {
  messages: { type?: string; payload?: unknown }[];
  closeCode?: number;
  closeReason?: string;
}

/**
 * Opens an acknowledged graphql-transport-ws connection, sends raw frames and collects what comes
 * back until the socket closes or stays quiet for `quietMs`.
 */
export async function wsExchange(url: string, key: string, frames: string[], quietMs = 400): Promise<WsExchange> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const result: WsExchange = { messages: [] };
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      if (socket.readyState === WebSocket.OPEN) socket.close(1000);
      resolve(result);
    };
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(finish, quietMs);
    };
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { 'x-api-key': key } })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type?: string; payload?: unknown };
      if (message.type === 'connection_ack') {
        for (const frame of frames) socket.send(frame);
      } else {
        result.messages.push(message);
      }
      quiet();
    });
    socket.once('close', (code, reason) => {
      result.closeCode = code;
      result.closeReason = String(reason);
      finish();
    });
    socket.once('error', () => finish());
    quiet();
  });
}

/** A socket may close for a bad frame (44xx) or end normally; never 1011/1006, INTERNAL, a private code or internals. */
export function wsViolations(exchange: WsExchange): string[] {
  const problems: string[] = [];
  if (exchange.closeCode !== undefined && exchange.closeCode !== 1000 && !(exchange.closeCode >= 4400 && exchange.closeCode < 4500)) problems.push(`closed with ${exchange.closeCode}`);
  for (const message of exchange.messages) {
    const errors = message.type === 'error' ? (message.payload as unknown[]) : ((message.payload as { errors?: unknown[] } | undefined)?.errors ?? []);
    const json = JSON.stringify({ errors });
    problems.push(...violationsOf({ status: 200, contentType: 'application/json', text: json, json: { errors } }, { allowOk: true }));
  }
  return problems;
}
