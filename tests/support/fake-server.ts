import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What every fake provider lets a test script for its next request, besides its own options. With
 * no `status`/`body` the fake sends its normal, documented reply.
 */
export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent verbatim (e.g. 'garbage', still labelled application/json); anything else as JSON. */
  body?: unknown;
  /** Wait this long before answering (to provoke client timeouts). */
  delayMs?: number;
}

/** When and whether a reply goes out: after `delayMs`, or not at all when `destroySocket` is set. */
export interface ReplyPacing {
  delayMs?: number;
  destroySocket?: boolean;
}

/**
 * A running local HTTP server with a script of replies: the part every fake provider shares. The
 * fake's request handler records requests, takes the next behaviour and builds the reply.
 */
export interface FakeServer<Behaviour, Recorded> {
  /** `http://127.0.0.1:<port>`, without a path. */
  url: string;
  /** Every request the handler recorded, in arrival order. */
  requests: Recorded[];
  /** Scripts the next requests, in order. */
  enqueue(...behaviours: Behaviour[]): void;
  /** The next scripted behaviour, or `{}` (a normal reply) once the script has run out. */
  nextBehaviour(): Behaviour;
  /** After the behaviour's delay (at once without one), runs `respond`, or drops the connection instead when `destroySocket` is set. */
  answer(req: IncomingMessage, pacing: ReplyPacing, respond: () => void): void;
  /** Cancels delayed replies, drops open connections and stops listening. */
  close(): Promise<void>;
}

/** What a test holds of a running fake provider: where it listens, its key, what it saw and its script. */
export interface FakeProvider<Behaviour, Recorded> {
  url: string;
  apiKey: string;
  requests: Recorded[];
  /** Scripts the next requests, in order. */
  enqueue(...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

/** The test's view of `server` as a provider accepting `apiKey` at `url` (by default the server's own). */
export function providerOf<Behaviour, Recorded>(server: FakeServer<Behaviour, Recorded>, apiKey: string, url = server.url): FakeProvider<Behaviour, Recorded> {
  return { url, apiKey, requests: server.requests, enqueue: server.enqueue, close: server.close };
}

/** The handler a fake gives `startFakeServer`, called once per request with the running server. */
export type FakeRequestHandler<Behaviour, Recorded> = (req: IncomingMessage, res: ServerResponse, server: FakeServer<Behaviour, Recorded>) => void;

/** Starts a fake on a free port of 127.0.0.1 and hands each request to `handle`. */
export async function startFakeServer<Behaviour extends object, Recorded>(
  handle: FakeRequestHandler<Behaviour, Recorded>,
): Promise<FakeServer<Behaviour, Recorded>> {
  const queue: Behaviour[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => handle(req, res, fake));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeServer<Behaviour, Recorded> = {
    url: `http://127.0.0.1:${port}`,
    requests: [],
    enqueue: (...behaviours) => void queue.push(...behaviours),
    nextBehaviour: () => queue.shift() ?? ({} as Behaviour),
    answer(req, pacing, respond) {
      const go = () => (pacing.destroySocket ? void req.socket.destroy() : respond());
      if (!pacing.delayMs) return go();
      const timer = setTimeout(() => (timers.delete(timer), go()), pacing.delayMs);
      timers.add(timer);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

/** Calls `onChunk` for each piece of the request body as it arrives and `onEnd` once it is complete; a broken upload never ends. */
export function readBody(req: IncomingMessage, onChunk: (chunk: Buffer) => void, onEnd: () => void): void {
  req.on('data', onChunk);
  req.on('error', () => undefined);
  req.on('end', onEnd);
}

/** Calls `onEnd` with the whole request body once it has arrived. */
export function collectBody(req: IncomingMessage, onEnd: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  readBody(req, (chunk) => chunks.push(chunk), () => onEnd(Buffer.concat(chunks)));
}

/** The request's URL, resolved against a placeholder origin so its path and query can be read. */
export function requestUrl(req: IncomingMessage): URL {
  return new URL(req.url ?? '/', 'http://fake');
}

/** Writes a whole reply: a string body verbatim, anything else as JSON. */
export function sendBody(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  res.writeHead(status, headers);
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** The error `promise` rejects with; fails the test when it resolves instead. For asserting on a client's failures against a fake. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}
