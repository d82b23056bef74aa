/**
 * Status fan-out: 1 000 graphql-ws subscribers, each on its own socket, follow one session's
 * `sessionStatus`; 20 status changes are then published the way a worker does
 * (`app.status.transition`, from another process, through Redis). Goal: p95 publish → client
 * latency at most 50 ms, and every subscriber receives every change (20 000 deliveries).
 *
 *   npx tsx bench/status-fanout.ts   (BENCH_SUBSCRIBERS=1000, BENCH_EVENTS=20)
 *
 * The API runs in a child process; the clients and the publisher share this one, so each latency
 * is one clock: from just before `transition()` to the client's `next` callback.
 */
import 'reflect-metadata';
import 'dotenv/config';
import type { ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { App } from '../src/app';
import type { SessionStatus } from '../src/db/prisma';
import { makeUser } from '../tests/support/factories';
import { API_CHILD_VARIABLE, forkApiChild, serveApiChild, stopApiChild } from './lib/api-child';
import { benchEnv, createBenchApp, makeBenchOrganization, removeBenchOrganization } from './lib/app';
import { runAsMain } from './lib/main';
import type { BenchResult } from './lib/result';
import { envNumber, percentile, round } from './lib/stats';

const GOAL_P95_MS = 50;
const CONNECT_CONCURRENCY = 50;
const DELIVERY_TIMEOUT_MS = 10_000;
const SUBSCRIPTION = 'subscription($id: ID!) { sessionStatus(sessionId: $id) { sessionId status error at } }';

/** One subscriber: its socket, and when it received each event (index 0 is the snapshot). */
interface Subscriber {
  client: Client;
  received: { at: number; status: string }[];
}

/** Connects the subscribers, publishes the changes one after another, and measures every delivery. */
export async function run(subscribers = envNumber('BENCH_SUBSCRIBERS', 1_000), events = envNumber('BENCH_EVENTS', 20)): Promise<BenchResult> {
  const env = benchEnv();
  const app = createBenchApp(env);
  const organizationId = await makeBenchOrganization(app.db, 'status-fanout');
  let child: ChildProcess | undefined;
  const clients: Subscriber[] = [];
  try {
    const { key, sessionId } = await makeSession(app, organizationId);
    const api = await forkApiChild(__filename, env);
    child = api.child;
    const arrivals = new Arrivals();
    const started = performance.now();
    await connectAll(api.ready.url, key, sessionId, subscribers, clients, arrivals);
    await arrivals.waitFor(subscribers, 0);
    const connectMs = performance.now() - started;

    const { publishedAt, transitionMs } = await publishChanges(app, sessionId, events, (i) => arrivals.waitFor(subscribers, i + 1));
    const fanOut = describeFanOut(await askChild<FanOutTimes>(child, 'fan-out report'), publishedAt.map((at) => performance.timeOrigin + at));
    const latencies = clients.flatMap((s) => s.received.slice(1).map((event, i) => event.at - publishedAt[i]));
    const wrong = clients.reduce((sum, s) => sum + s.received.slice(1).filter((event, i) => event.status !== CHANGES[i % 2][1]).length, 0);
    const expected = subscribers * events;
    return {
      name: `status-fanout (${subscribers} subscribers on ${subscribers} sockets, ${events} changes)`,
      metrics: [
        { name: 'connect + subscribe all, until each has its snapshot', value: round(connectMs / 1000), unit: 's' },
        { name: 'transition() (UPDATE, read, PUBLISH) p50', value: round(percentile(transitionMs, 0.5)), unit: 'ms' },
        { name: 'transition() start → message reaches the API process p50', value: round(percentile(fanOut.arrival, 0.5)), unit: 'ms' },
        { name: `API process: message → last of ${subscribers} socket writes p50`, value: round(percentile(fanOut.fanOut, 0.5)), unit: 'ms' },
        { name: `API process: message → last of ${subscribers} socket writes max`, value: round(Math.max(...fanOut.fanOut)), unit: 'ms' },
        { name: 'publish → client latency p50', value: round(percentile(latencies, 0.5)), unit: 'ms' },
        { name: 'publish → client latency p95', value: round(percentile(latencies, 0.95)), unit: 'ms', goal: `<= ${GOAL_P95_MS} ms`, ok: percentile(latencies, 0.95) <= GOAL_P95_MS },
        { name: 'publish → client latency p99', value: round(percentile(latencies, 0.99)), unit: 'ms' },
        { name: 'publish → client latency max', value: round(Math.max(...latencies)), unit: 'ms' },
        { name: 'deliveries', value: latencies.length, unit: 'events', goal: `= ${expected}`, ok: latencies.length === expected && wrong === 0 },
        { name: 'deliveries with the wrong status', value: wrong, unit: 'events' },
      ],
    };
  } finally {
    await Promise.all(clients.map((s) => s.client.dispose()));
    if (child) await stopApiChild(child);
    await removeBenchOrganization(app.db, organizationId).catch((error: unknown) => console.error('[status-fanout] cleanup failed:', error));
    await app.close();
  }
}

/** The session bounces between these, as a retried job would: [from, to] for even and odd changes. */
const CHANGES: [SessionStatus, SessionStatus][] = [['UPLOADED', 'TRANSCRIBING'], ['TRANSCRIBING', 'UPLOADED']];

/** Publishes the changes as a worker does, each once every subscriber has the previous one. */
async function publishChanges(app: App, sessionId: string, events: number, delivered: (i: number) => Promise<void>): Promise<{ publishedAt: number[]; transitionMs: number[] }> {
  const publishedAt: number[] = [];
  const transitionMs: number[] = [];
  for (let i = 0; i < events; i++) {
    const [from, to] = CHANGES[i % 2];
    const started = performance.now();
    publishedAt.push(started);
    if (!(await app.status.transition(sessionId, to, { from: [from] }))) throw new Error(`transition ${from} → ${to} did not apply`);
    transitionMs.push(performance.now() - started);
    // A lost delivery shows in the count; the wait gives up after a timeout.
    await delivered(i).catch(() => undefined);
  }
  return { publishedAt, transitionMs };
}

/** Epoch milliseconds (fractional) in the API child: when each status message arrived, and every socket write. */
interface FanOutTimes {
  arrivals: number[];
  sends: number[];
}

/** Child side: notes when status messages reach the process and when sockets are written, and reports on request. */
function instrumentFanOut(app: App): Promise<void> {
  const times: FanOutTimes = { arrivals: [], sends: [] };
  const now = () => performance.timeOrigin + performance.now();
  const events = app.events as unknown as { dispatch(channel: string, message: string): void };
  const dispatch = events.dispatch.bind(events);
  events.dispatch = (channel, message) => {
    times.arrivals.push(now());
    dispatch(channel, message);
  };
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, ...args: Parameters<WebSocket['send']>) {
    times.sends.push(now());
    return send.apply(this, args);
  } as WebSocket['send'];
  process.on('message', (message) => message === 'fan-out report' && process.send?.(times));
  return Promise.resolve();
}

/** Per event: from transition() start to the message's arrival in the API, and from there to the last socket write it caused. */
function describeFanOut(times: FanOutTimes, publishedAt: number[]): { arrival: number[]; fanOut: number[] } {
  const arrival = times.arrivals.map((at, i) => at - publishedAt[i]);
  const fanOut = times.arrivals.map((at, i) => {
    const until = times.arrivals[i + 1] ?? Infinity;
    return Math.max(at, ...times.sends.filter((sent) => sent >= at && sent < until)) - at;
  });
  return { arrival, fanOut };
}

function askChild<T>(child: ChildProcess, request: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message as T));
    child.send(request);
  });
}

/** A therapist with a key and one freshly uploaded session of their patient. */
async function makeSession(app: App, organizationId: string): Promise<{ key: string; sessionId: string }> {
  const therapist = await makeUser(app.db, organizationId, 'THERAPIST');
  const patient = await makeUser(app.db, organizationId, 'PATIENT');
  await app.db.careAssignment.create({ data: { organizationId, therapistId: therapist.user.id, patientId: patient.user.id } });
  const session = await app.db.session.create({
    data: { organizationId, patientId: patient.user.id, therapistId: therapist.user.id, status: 'UPLOADED', mimeType: 'audio/wav', sizeBytes: 1_000n, recordedAt: new Date() },
  });
  return { key: therapist.key, sessionId: session.id };
}

/** Opens one socket per subscriber, a few dozen at a time, as a crowd of browser tabs would. */
async function connectAll(url: string, key: string, sessionId: string, count: number, into: Subscriber[], arrivals: Arrivals): Promise<void> {
  let next = 0;
  const connectOne = async () => {
    while (next < count) {
      next++;
      const subscriber: Subscriber = { client: createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { 'x-api-key': key }, retryAttempts: 0, lazy: false }), received: [] };
      into.push(subscriber);
      const first = new Promise<void>((resolve, reject) => {
        subscriber.client.subscribe<{ sessionStatus: { status: string } }>(
          { query: SUBSCRIPTION, variables: { id: sessionId } },
          {
            next: (value) => {
              const at = performance.now();
              subscriber.received.push({ at, status: value.data?.sessionStatus.status ?? `error: ${JSON.stringify(value.errors)}` });
              arrivals.add(subscriber.received.length - 1);
              resolve();
            },
            error: (error) => reject(new Error(`subscription failed: ${JSON.stringify(error)}`)),
            complete: () => undefined,
          },
        );
      });
      await first;
    }
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, connectOne));
}

/** Counts deliveries per event index and wakes whoever waits for a count. */
class Arrivals {
  private readonly counts: number[] = [];
  private waiter?: { index: number; count: number; resolve: () => void };

  add(index: number): void {
    this.counts[index] = (this.counts[index] ?? 0) + 1;
    if (this.waiter && this.waiter.index === index && this.counts[index] >= this.waiter.count) this.waiter.resolve();
  }

  /** Resolves once `count` subscribers have event `index`; rejects after a timeout (a lost delivery). */
  waitFor(count: number, index: number): Promise<void> {
    if ((this.counts[index] ?? 0) >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${this.counts[index] ?? 0} of ${count} deliveries of event ${index}`)), DELIVERY_TIMEOUT_MS);
      this.waiter = { index, count, resolve: () => (clearTimeout(timer), resolve()) };
    });
  }
}

if (require.main === module) {
  if (process.env[API_CHILD_VARIABLE]) {
    serveApiChild(instrumentFanOut).catch((error: unknown) => {
      console.error('[status-fanout] API child failed:', error);
      process.exit(1);
    });
  } else {
    runAsMain('status-fanout', () => run());
  }
}
