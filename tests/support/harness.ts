import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { createLogger } from '../../src/logger';
import { dropBucket } from '../../devtools/storage';
import { type GqlResult, postGraphQL } from '../../devtools/graphql-client';

export { codeOf, type GqlResult, postGraphQL } from '../../devtools/graphql-client';

/** A real API server on a free loopback port, with its own S3 bucket and queue prefix, and captured logs. */
export interface TestApi {
  app: App;
  server: RunningServer;
  url: string;
  /** Every JSON log line the app wrote, as text. */
  logs: string[];
  /** Resolves with the first log line (parsed) that matches, already written or yet to come. */
  waitForLog(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  gql<T = Record<string, unknown>>(key: string | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** The config for a test process: unique bucket and queue prefix so test files never collide. */
export function testEnv(overrides: Record<string, string> = {}): Record<string, string | undefined> {
  const id = randomUUID().slice(0, 8);
  // Every test file sends from 127.0.0.1: its own failed-authentication counter, and a limit that
  // only the throttle tests lower, so one file's refused requests never throttle another's.
  const throttle = { AUTH_THROTTLE_PREFIX: `test-${id}:auth-failures`, AUTH_FAILURE_LIMIT: '100000' };
  return { ...process.env, PORT: '0', HOST: '127.0.0.1', S3_BUCKET: `test-${id}`, QUEUE_PREFIX: `test-${id}`, ...throttle, ...overrides };
}

/** Starts the API as `npm start` would, but in-process. */
export async function startTestApi(overrides: Record<string, string> = {}, options: { ensureBucket?: boolean; providers?: Parameters<typeof createApp>[2] } = {}): Promise<TestApi> {
  const config = loadConfig(testEnv(overrides));
  const logs: string[] = [];
  const waiters: { match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      logs.push(String(chunk));
      const line = JSON.parse(String(chunk)) as Record<string, unknown>;
      for (const waiter of waiters.filter((w) => w.match(line))) waiters.splice(waiters.indexOf(waiter), 1) && waiter.resolve(line);
      done();
    },
  });
  const waitForLog = (match: (line: Record<string, unknown>) => boolean) => {
    const seen = logs.map((l) => JSON.parse(l) as Record<string, unknown>).find(match);
    return seen ? Promise.resolve(seen) : new Promise<Record<string, unknown>>((resolve) => waiters.push({ match, resolve }));
  };
  const log = createLogger({ level: config.log.level, name: 'test-api' }, sink);
  const app = createApp(config, log, options.providers);
  if (options.ensureBucket !== false) await app.store.ensureBucket();
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${server.port}/graphql`;
  return {
    app,
    server,
    url,
    logs,
    waitForLog,
    gql: (key, query, variables, headers) => postGraphQL(url, key, query, variables, headers),
    async close() {
      await server.stop();
      await Promise.all([...Object.values(app.queues), ...Object.values(app.alertQueues)].map((q) => q.obliterate({ force: true }).catch(() => undefined)));
      if (options.ensureBucket !== false) await dropBucket(app.store);
      await app.close();
    },
  };
}
