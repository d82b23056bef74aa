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
import type { TransitionCase } from '../src/sessions/session-transitions';
import { makeUser } from '../tests/support/factories';
import { API_CHILD_VARIABLE, forkApiChild, serveApiChild, stopApiChild } from './lib/api-child';
import { benchEnv, createBenchApp, makeBenchOrganization, removeBenchOrganization } from './lib/app';
import { runAsMain } from './lib/main';
import type { BenchResult } from './lib/result';
import { statusBytes } from './lib/process-memory';
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

/** How a fan-out run is shaped: subscribers spread round-robin over sessions and API processes. */
export interface FanOutShape {
  subscribers: number;
  events: number;
  /** API child processes (replicas); subscriber i connects to process i mod processes. */
  processes: number;
  /** Sessions followed; subscriber i follows session i mod sessions; each change moves all of them at once. */
  sessions: number;
  goalP95Ms: number;
}

/** Connects the subscribers, publishes the changes one after another, and measures every delivery. */
export async function run(shape: FanOutShape = {
  subscribers: envNumber('BENCH_SUBSCRIBERS', 1_000),
  events: envNumber('BENCH_EVENTS', 20),
  processes: envNumber('BENCH_API_PROCESSES', 1),
  sessions: envNumber('BENCH_SESSIONS', 1),
  goalP95Ms: GOAL_P95_MS,
}): Promise<BenchResult> {
  const { subscribers, events, processes, sessions } = shape;
  const env = benchEnv();
  const app = createBenchApp(env);
  const organizationId = await makeBenchOrganization(app.db, 'status-fanout');
  const children: ChildProcess[] = [];
  const clients: Subscriber[] = [];
  try {
    const { key, sessionIds } = await makeSessions(app, organizationId, sessions);
    const apis = await Promise.all(Array.from({ length: processes }, () => forkApiChild(__filename, env)));
    children.push(...apis.map((api) => api.child));
    const idleRss = apis.map((api) => statusBytes(api.ready.pid, 'VmRSS'));
    const arrivals = new Arrivals();
    const started = performance.now();
    await connectAll(apis.map((api) => api.ready.url), key, sessionIds, subscribers, clients, arrivals);
    await arrivals.waitFor(subscribers, 0);
    const connectMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // let the connection burst's garbage settle
    const rssPerSubscriber = apis.reduce((sum, api, i) => sum + statusBytes(api.ready.pid, 'VmRSS') - idleRss[i], 0) / subscribers;

    const { publishedAt, transitionMs } = await publishChanges(app, sessionIds, events, (i) => arrivals.waitFor(subscribers, i + 1));
    const fanOut = describeFanOut(await askChild<FanOutTimes>(children[0], 'fan-out report'), publishedAt.map((at) => performance.timeOrigin + at));
    const latencies = clients.flatMap((s) => s.received.slice(1).map((event, i) => event.at - publishedAt[i]));
    // Order per session: the i-th event a subscriber received must be the i-th change of its session.
    const wrong = clients.reduce((sum, s) => sum + s.received.slice(1).filter((event, i) => event.status !== CHANGES[i % 2][1]).length, 0);
    const expected = subscribers * events;
    const p95 = percentile(latencies, 0.95);
    const where = processes === 1 ? `${subscribers} sockets` : `${subscribers} sockets over ${processes} API processes`;
    return {
      name: `status-fanout (${subscribers} subscribers on ${where}, ${sessions} session${sessions === 1 ? '' : 's'}, ${events} changes)`,
      metrics: [
        { name: 'connect + subscribe all, until each has its snapshot', value: round(connectMs / 1000), unit: 's' },
        { name: 'API process RSS per idle subscriber (socket + subscription)', value: round(rssPerSubscriber / 1024), unit: 'KiB' },
        { name: 'transition() (UPDATE, read, PUBLISH) p50', value: round(percentile(transitionMs, 0.5)), unit: 'ms' },
        { name: 'transition() start → message reaches the (first) API process p50', value: round(percentile(fanOut.arrival, 0.5)), unit: 'ms' },
        { name: `first API process: message → last socket write p50`, value: round(percentile(fanOut.fanOut, 0.5)), unit: 'ms' },
        { name: `first API process: message → last socket write max`, value: round(maxOf(fanOut.fanOut)), unit: 'ms' },
        { name: 'publish → client latency p50', value: round(percentile(latencies, 0.5)), unit: 'ms' },
        { name: 'publish → client latency p95', value: round(p95), unit: 'ms', goal: `<= ${shape.goalP95Ms} ms`, ok: p95 <= shape.goalP95Ms },
        { name: 'publish → client latency p99', value: round(percentile(latencies, 0.99)), unit: 'ms' },
        { name: 'publish → client latency max', value: round(maxOf(latencies)), unit: 'ms' },
        { name: 'deliveries', value: latencies.length, unit: 'events', goal: `= ${expected}`, ok: latencies.length === expected && wrong === 0 },
        { name: 'deliveries out of order or with the wrong status', value: wrong, unit: 'events', goal: '= 0', ok: wrong === 0 },
      ],
    };
  } finally {
    await Promise.all(clients.map((s) => s.client.dispose()));
    await Promise.all(children.map((child) => stopApiChild(child)));
    await removeBenchOrganization(app.db, organizationId).catch((error: unknown) => console.error('[status-fanout] cleanup failed:', error));
    await app.close();
  }
}

/** The session bounces between these, as a retried job would: [from, to, case] for even and odd changes. */
const CHANGES: [SessionStatus, SessionStatus, TransitionCase][] = [['UPLOADED', 'TRANSCRIBING', 'transcription.start'], ['TRANSCRIBING', 'UPLOADED', 'retry.transcription']];

/** Publishes the changes as a worker does, each once every subscriber has the previous one. */
async function publishChanges(app: App, sessionIds: string[], events: number, delivered: (i: number) => Promise<void>): Promise<{ publishedAt: number[]; transitionMs: number[] }> {
  const publishedAt: number[] = [];
  const transitionMs: number[] = [];
  for (let i = 0; i < events; i++) {
    const [from, to, transitionCase] = CHANGES[i % 2];
    const started = performance.now();
    publishedAt.push(started);
    const applied = await Promise.all(sessionIds.map((id) => app.status.transition(id, to, { case: transitionCase, from: [from] })));
    if (!applied.every(Boolean)) throw new Error(`transition ${from} → ${to} did not apply`);
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
  // RedisChannels.dispatch (private): every Redis message of SessionEvents goes through it.
  const events = (app.events as unknown as { channels: { dispatch(channel: string, message: string): void } }).channels;
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

/** Per round: from transition() start to the round's first message in the API, and from there to the round's last socket write. */
/** The largest value (Math.max(...values) overflows the stack for 100 000 values). */
function maxOf(values: readonly number[]): number {
  return values.reduce((max, value) => Math.max(max, value), -Infinity);
}

function describeFanOut(times: FanOutTimes, publishedAt: number[]): { arrival: number[]; fanOut: number[] } {
  const arrival: number[] = [];
  const fanOut: number[] = [];
  publishedAt.forEach((start, i) => {
    const until = publishedAt[i + 1] ?? Infinity;
    const first = times.arrivals.find((at) => at >= start && at < until);
    if (first === undefined) return;
    arrival.push(first - start);
    fanOut.push(maxOf([first, ...times.sends.filter((sent) => sent >= first && sent < until)]) - first);
  });
  return { arrival, fanOut };
}

function askChild<T>(child: ChildProcess, request: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message as T));
    child.send(request);
  });
}

/** A therapist with a key and `count` freshly uploaded sessions of their patient. */
async function makeSessions(app: App, organizationId: string, count: number): Promise<{ key: string; sessionIds: string[] }> {
  const therapist = await makeUser(app.db, organizationId, 'THERAPIST');
  const patient = await makeUser(app.db, organizationId, 'PATIENT');
  await app.db.careAssignment.create({ data: { organizationId, therapistId: therapist.user.id, patientId: patient.user.id } });
  const sessionIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const session = await app.db.session.create({
      data: { organizationId, patientId: patient.user.id, therapistId: therapist.user.id, status: 'UPLOADED', mimeType: 'audio/wav', sizeBytes: 1_000n, recordedAt: new Date() },
    });
    sessionIds.push(session.id);
  }
  return { key: therapist.key, sessionIds };
}

/** Opens one socket per subscriber, a few dozen at a time, as a crowd of browser tabs would. */
async function connectAll(urls: string[], key: string, sessionIds: string[], count: number, into: Subscriber[], arrivals: Arrivals): Promise<void> {
  let next = 0;
  const connectOne = async () => {
    while (next < count) {
      const index = next++;
      const url = urls[index % urls.length];
      const sessionId = sessionIds[index % sessionIds.length];
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
