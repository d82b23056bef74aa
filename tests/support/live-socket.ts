import WebSocket from 'ws';

/** One graphql-transport-ws message as received. */
export interface WsMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

/** An acknowledged graphql-ws socket that records every message and how it closed. */
export interface LiveSocket {
  socket: WebSocket;
  messages: WsMessage[];
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string; at: number }>;
  /** Resolves with the next message matching `match` (already received or yet to come). */
  waitFor(match: (message: WsMessage) => boolean): Promise<WsMessage>;
  /** Sends a `subscribe` message; returns its id. */
  subscribe(query: string, variables?: Record<string, unknown>): string;
}

/**
 * Opens a socket with the key in connectionParams and waits for connection_ack; unlike the
 * graphql-ws client, it never reconnects and exposes the close code, so tests can assert on it.
 */
export async function openLiveSocket(url: string, key: string): Promise<LiveSocket> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const messages: WsMessage[] = [];
  const waiters: { match: (m: WsMessage) => boolean; resolve: (m: WsMessage) => void }[] = [];
  let sequence = 0;
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason), at: Date.now() })));
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as WsMessage;
    messages.push(message);
    for (const waiter of waiters.filter((w) => w.match(message))) waiters.splice(waiters.indexOf(waiter), 1) && waiter.resolve(message);
  });
  const waitFor = (match: (m: WsMessage) => boolean) => {
    const seen = messages.find(match);
    return seen ? Promise.resolve(seen) : new Promise<WsMessage>((resolve) => waiters.push({ match, resolve }));
  };
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { 'x-api-key': key } })));
    socket.once('error', reject);
    void closed.then(({ code, reason }) => reject(new Error(`socket closed before ack: ${code} ${reason}`)));
    void waitFor((m) => m.type === 'connection_ack').then(() => resolve());
  });
  return {
    socket,
    messages,
    closed,
    waitFor,
    subscribe(query, variables = {}) {
      const id = String(++sequence);
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
      return id;
    },
  };
}

/** A subscription document for a session's status, which answers with the current status first. */
export const SESSION_STATUS = 'subscription($s: ID!) { sessionStatus(sessionId: $s) { sessionId status } }';
