import type http from 'node:http';
import type net from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DeniedAccessRecorder } from '../audit/denied-access';
import type { KeySecurity } from '../auth/key-security';
import type { Config } from '../config';
import type { Container } from '../container';
import type { Logger } from '../logger';
import type { AuthFailure } from '../auth/authenticator';
import { KEY_CLOSE_CODE, KEY_CLOSE_REASONS } from '../auth/key-sockets';
import { AppError } from '../errors';
import type { GraphQLContext } from './context';
import { formatError } from './format-error';
import { queryLimitsRule } from './limits';
import { subscribeSharingResults, type MessageSink } from './shared-execution';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode } from 'graphql';

/** Close code and reason sent to a socket whose connectionParams carry no valid API key. */
export const UNAUTHENTICATED_CLOSE = { code: KEY_CLOSE_CODE, reason: KEY_CLOSE_REASONS.missing };
/** Close code of a socket refused because its address failed authentication too often. */
export const RATE_LIMITED_CLOSE_CODE = 4429;

/** What the graphql-ws server uses: the settings, the key machinery, the resolvers' container, the denied-access recorder, the log. */
export interface SubscriptionDeps {
  config: Pick<Config, 'auth' | 'http'>;
  keySecurity: Pick<KeySecurity, 'authenticator' | 'sockets' | 'throttle'>;
  container: Container;
  deniedAccess: Pick<DeniedAccessRecorder, 'recordErrors'>;
  log: Logger;
}

type SocketFacts = Omit<GraphQLContext, 'log' | 'container'> & { secret: string };
type Extra = { socket: WebSocket; request: http.IncomingMessage; facts?: SocketFacts };

/**
 * graphql-ws on the HTTP server's /graphql path. The key in connectionParams is checked at
 * connection_init and again at every operation (`subscribe` message); a socket whose key is
 * revoked (on any replica) or expires is closed with 4401 and a reason, ending its subscriptions.
 */
export function attachSubscriptions(app: SubscriptionDeps, schema: GraphQLSchema, httpServer: http.Server): { dispose(): Promise<void> } {
  // No permessage-deflate: status messages are ~150 bytes, and compressing each one per socket
  // would cost more CPU than the write itself (ws's default; stated so it stays off).
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024, perMessageDeflate: false });
  const { authenticator, sockets, throttle } = app.keySecurity;
  // The socket and subscription id behind each operation's context, for the shared fan-out path.
  const sinks = new WeakMap<object, MessageSink>();
  // A dashboard's tabs send the same few documents: each is parsed and validated once, not per socket.
  const documents = new DocumentCache(DOCUMENT_CACHE_SIZE);
  const validated = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      // One execution and one JSON per event for every subscriber of the same document, written
      // straight to each socket (see shared-execution.ts).
      subscribe: (args) => subscribeSharingResults(args, sinks.get(args.contextValue as object)),
      onSubscribe: async (ctx, _id, payload) => {
        const facts = ctx.extra.facts!;
        const outcome = await authenticator.check(facts.secret);
        if (!outcome.ok) {
          ctx.extra.socket.close(KEY_CLOSE_CODE, KEY_CLOSE_REASONS[outcome.reason]);
          return [AppError.unauthenticated().toGraphQLError()];
        }
        return checkDocument(payload.query, app.config.auth, documents);
      },
      // checkDocument has parsed (and cached) every document that gets here.
      parse: (query) => (typeof query === 'string' ? documents.get(query) : undefined) ?? parse(query),
      // graphql-js's own errors carry no code; they are the same client error as over HTTP.
      validate: (schema, document) => {
        let errors = validated.get(document);
        if (!errors) {
          errors = validate(schema, document, [...specifiedRules, queryLimitsRule()]).map((e) =>
            e.extensions?.code ? e : new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }),
          );
          validated.set(document, errors);
        }
        return errors;
      },
      onConnect: async (ctx) => {
        const secret = ctx.connectionParams?.['x-api-key'];
        const outcome = await authenticator.check(typeof secret === 'string' ? secret : undefined);
        const request = ctx.extra.request;
        const ipAddress = clientAddress(request, app.config.http.trustProxy);
        if (!outcome.ok) return refuse(ctx.extra.socket, ipAddress, outcome.reason);
        // The upgrade request (headers and all) is not needed after this; graphql-ws would hold it for the socket's life.
        (ctx.extra as { request?: http.IncomingMessage }).request = undefined;
        ctx.extra.facts = {
          principal: outcome.authenticated.principal,
          requestId: crypto.randomUUID(),
          ipAddress,
          userAgent: request.headers['user-agent']?.slice(0, 512),
          secret: secret as string,
        };
        const untrack = sockets.track(outcome.authenticated.principal.apiKeyId, outcome.authenticated.expiresAt, ctx.extra.socket, async () => {
          const again = await authenticator.check(secret as string);
          return again.ok ? null : again.reason;
        });
        ctx.extra.socket.once('close', untrack);
        return true;
      },
      context: (ctx, id) => {
        const { secret: _secret, ...facts } = ctx.extra.facts!;
        const context = { ...facts, log: app.log.child({ requestId: facts.requestId }), container: app.container } satisfies GraphQLContext;
        sinks.set(context, socketSink(ctx.extra.socket, id));
        return context;
      },
      // Results of shareable subscriptions without errors never reach this hook (they are written
      // by shared-execution.ts); anything else does. Not async on the hot path.
      onNext: (ctx, _id, _payload, args, result) => {
        if (!result.errors?.length) return undefined;
        const errors = result.errors;
        const facts = (ctx.extra as { facts?: Omit<GraphQLContext, 'log' | 'container'> }).facts;
        return (async () => {
          if (facts?.principal) await app.deniedAccess.recordErrors({ ...facts, principal: facts.principal }, errors, args.document, args.variableValues ?? undefined);
          return { ...result, errors: errors.map((e) => formatError(e.toJSON(), e, app.log)) };
        })();
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e, app.log)),
    },
    wsServer,
  );

  /** Closes a socket whose key failed: 4401, or 4429 once the address failed too often. */
  async function refuse(socket: WebSocket, ipAddress: string | undefined, reason: AuthFailure): Promise<false> {
    const verdict = await throttle.fail(ipAddress);
    app.log.warn({ ipAddress, reason, throttled: verdict.limited, transport: 'graphql-ws' }, 'authentication failed');
    if (verdict.limited) socket.close(RATE_LIMITED_CLOSE_CODE, `RATE_LIMITED: retry after ${verdict.retryAfterSeconds} s`);
    else socket.close(KEY_CLOSE_CODE, KEY_CLOSE_REASONS[reason]);
    return false;
  }

  return { dispose: async () => cleanup.dispose() };
}

/** A socket holding more unsent bytes than this is not reading: it is closed rather than fed without bound. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** Close code for a client too slow to read its messages ("try again later"). */
export const SLOW_CLIENT_CLOSE_CODE = 1013;

/** ws's internals this file relies on for writing whole frames itself (checked at every write). */
type WsInternals = { _socket?: net.Socket; _sender?: { _state?: number; _queue?: unknown[] } };

/**
 * Writes one subscription's messages to its socket (a client that stopped reading is closed). A
 * message goes out as one text frame in one buffer and one write, when ws's sender is idle (no
 * compression, nothing queued: always, here), so it keeps its place among ws's own writes; otherwise
 * through ws's `send` (header and payload corked into a writev, which costs more per socket).
 */
function socketSink(socket: WebSocket, id: string): MessageSink {
  const internals = socket as unknown as WsInternals;
  return {
    id,
    write(message) {
      if (socket.readyState !== socket.OPEN) return false;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.close(SLOW_CLIENT_CLOSE_CODE, 'Client too slow: reconnect');
        return false;
      }
      const raw = internals._socket;
      const sender = internals._sender;
      if (raw && sender && sender._state === 0 && sender._queue?.length === 0) raw.write(textFrame(message));
      else socket.send(message);
      return true;
    },
  };
}

/** One unmasked, final WebSocket text frame (RFC 6455 §5.2), as a server sends it. */
export function textFrame(message: string): Buffer {
  const length = Buffer.byteLength(message, 'utf8');
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x81; // FIN + text
  if (header === 2) frame[1] = length;
  else if (header === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.write(message, header, 'utf8');
  return frame;
}

/** Documents kept parsed, by query text (the least recently added go first). */
const DOCUMENT_CACHE_SIZE = 200;

/** Parsed documents by query text, at most `size`, dropping the oldest entry when full. */
class DocumentCache {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly size: number) {}

  get(query: string): DocumentNode | undefined {
    return this.documents.get(query);
  }

  set(query: string, document: DocumentNode): void {
    if (this.documents.size >= this.size) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(query, document);
  }
}

/**
 * A document over the size or token cap, or one that does not parse, is bad input answered as an
 * error message (not a 4500 close); undefined lets graphql-ws go on. A document that passed is cached.
 */
function checkDocument(query: string, limits: { maxDocumentBytes: number; maxTokens: number }, documents: DocumentCache): readonly GraphQLError[] | undefined {
  if (documents.get(query)) return undefined;
  if (Buffer.byteLength(query, 'utf8') > limits.maxDocumentBytes) {
    return [new GraphQLError(`The GraphQL document is larger than ${limits.maxDocumentBytes} bytes`, { extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: limits.maxDocumentBytes } })];
  }
  try {
    documents.set(query, parse(query, { maxTokens: limits.maxTokens }));
    return undefined;
  } catch (error) {
    return [new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT' } })];
  }
}

/** The client's address as the HTTP side sees it (the first X-Forwarded-For hop behind a trusted proxy). */
function clientAddress(request: http.IncomingMessage, trustProxy: boolean): string | undefined {
  const forwarded = request.headers['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  return trustProxy && first ? first : request.socket.remoteAddress;
}
