import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A live subscription whose results tests pull one at a time (no sleeps: each pull waits for an event). */
export interface TestSubscription<T> {
  next(): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } | 'complete'>;
  close(): Promise<void>;
}

/** Subscribes over graphql-ws with the key in connectionParams. */
export function subscribe<T>(url: string, key: string, query: string, variables: Record<string, unknown>): TestSubscription<T> {
  const client: Client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { 'x-api-key': key }, retryAttempts: 0, lazy: true });
  const results: unknown[] = [];
  const waiting: ((v: unknown) => void)[] = [];
  const deliver = (value: unknown) => {
    const w = waiting.shift();
    if (w) w(value);
    else results.push(value);
  };
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (value) => deliver(value),
      error: (error) => deliver(Array.isArray(error) ? { errors: error } : { errors: [{ message: String((error as Error).message ?? error) }] }),
      complete: () => deliver('complete'),
    },
  );
  return {
    next: () => (results.length ? Promise.resolve(results.shift() as never) : new Promise((resolve) => waiting.push(resolve as never))),
    async close() {
      dispose();
      await client.dispose();
    },
  };
}
