/**
 * Status fan-out: 1 000 graphql-ws subscribers, each on its own socket, follow one session's
 * `sessionStatus`; 20 status changes are then published the way a worker does
 * (`app.status.transition`, from another process, through Redis). Goal: p95 publish → client
 * latency at most 50 ms, and every subscriber receives every change (20 000 deliveries).
 *
 *   npx tsx bench/status-fanout.ts   (BENCH_SUBSCRIBERS=1000, BENCH_EVENTS=20)
 *
 * The API runs in a child process, the subscribers in BENCH_CLIENT_PROCESSES others (raw
 * graphql-transport-ws on `ws`, see bench/lib/ws-subscribers.ts), the publisher in this one; each
 * latency is read on the machine's monotonic clock, which all of them share: from just before
 * `transition()` to the arrival of the `next` message at the subscriber's socket.
 */
import 'reflect-metadata';
import 'dotenv/config';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { App } from '../src/app';
import type { SessionStatus } from '../src/db/prisma';
import type { TransitionCase } from '../src/sessions/session-transitions';
import { makeUser } from '../devtools/factories';
import { API_CHILD_VARIABLE, forkApiChild, serveApiChild, stopApiChild } from './lib/api-child';
import { benchEnv, createBenchApp, makeBenchOrganization, removeBenchOrganization } from './lib/app';
import { runAsMain } from './lib/main';
import type { BenchResult } from './lib/result';
import { statusBytes } from './lib/process-memory';
import { measureSocketFloor } from './lib/socket-floor';
import { envNumber, percentile, round } from './lib/stats';
import { monotonicMs, serveSubscribers, SUBSCRIBER_CHILD_VARIABLE, SubscriberProcesses, type SubscriberPlan } from './lib/ws-subscribers';

const GOAL_P95_MS = 50;
const CONNECT_CONCURRENCY = 50;
const DELIVERY_TIMEOUT_MS = 10_000;
/** About the size of one status `next` message (id, session id, status, time). */
const MESSAGE_BYTES = 170;
const SUBSCRIPTION = 'subscription($id: ID!) { sessionStatus(sessionId: $id) { sessionId status error at } }';

/** How a fan-out run is shaped: subscribers spread round-robin over sessions and API processes. */
export interface FanOutShape {
  subscribers: number;
  events: number;
  /** API child processes (replicas); subscriber i connects to process i mod processes. */
  processes: number;
  /** Sessions followed; subscriber i follows session i mod sessions; each change moves all of them at once. */
  sessions: number;
  /** Processes the subscribers' sockets are spread over (subscriber i in process i mod clientProcesses). */
  clientProcesses: number;
  goalP95Ms: number;
}

/** Connects the subscribers, publishes the changes one after another, and measures every delivery. */
export async function run(shape: FanOutShape = {
  subscribers: envNumber('BENCH_SUBSCRIBERS', 1_000),
  events: envNumber('BENCH_EVENTS', 20),
  processes: envNumber('BENCH_API_PROCESSES', 1),
  sessions: envNumber('BENCH_SESSIONS', 1),
  clientProcesses: envNumber('BENCH_CLIENT_PROCESSES', 2),
  goalP95Ms: GOAL_P95_MS,
}): Promise<BenchResult> {
  const { subscribers, events, processes, sessions, clientProcesses } = shape;
  const env = benchEnv();
  const app = createBenchApp(env);
  const organizationId = await makeBenchOrganization(app.db, 'status-fanout');
  const children: ChildProcess[] = [];
  const clients = SubscriberProcesses.fork(__filename, clientProcesses);
  try {
    const { key, sessionIds } = await makeSessions(app, organizationId, sessions);
    const apis = await Promise.all(Array.from({ length: processes }, () => forkApiChild(__filename, env)));
    children.push(...apis.map((api) => api.child));
    const idleRss = apis.map((api) => statusBytes(api.ready.pid, 'VmRSS'));
    const started = performance.now();
    await clients.connect(plansFor(apis.map((api) => api.ready.url), key, sessionIds, subscribers, clientProcesses));
    const connectMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // let the connection burst's garbage settle
    const rssPerSubscriber = apis.reduce((sum, api, i) => sum + statusBytes(api.ready.pid, 'VmRSS') - idleRss[i], 0) / subscribers;

    const floor = await measureSocketFloor(Math.ceil(subscribers / processes), MESSAGE_BYTES);
    const cpuBefore = await Promise.all(children.map((child) => askChild<FanOutTimes>(child, 'fan-out report')));
    const { publishedAt, transitionMs } = await publishChanges(app, sessionIds, events, (i) => clients.waitFor(i + 1, DELIVERY_TIMEOUT_MS));
    const reports = await Promise.all(children.map((child) => askChild<FanOutTimes>(child, 'fan-out report')));
    const fanOut = describeFanOut(reports[0], publishedAt);
    // API CPU (user + system) per change, per 1 000 subscribers it serves: the fan-out's cost without the machine's other load.
    const cpuMsPerThousand = reports.reduce((sum, r, i) => sum + (r.cpuMicros - cpuBefore[i].cpuMicros) / 1000, 0) / events / (subscribers / 1000);
    const received = (await clients.reports()).flatMap((report) => report.at.map((at, i) => ({ at, status: report.status[i] })));
    const latencies = received.flatMap((s) => s.at.slice(1).map((at, i) => at - publishedAt[i]));
    // Order per session: the i-th event a subscriber received must be the i-th change of its session.
    const wrong = received.reduce((sum, s) => sum + s.status.slice(1).filter((status, i) => status !== CHANGES[i % 2][1]).length, 0);
    const expected = subscribers * events;
    const p95 = percentile(latencies, 0.95);
    const where = processes === 1 ? `${subscribers} sockets` : `${subscribers} sockets over ${processes} API processes`;
    return {
      name: `status-fanout (${subscribers} subscribers on ${where}, ${sessions} session${sessions === 1 ? '' : 's'}, ${events} changes, clients in ${clientProcesses} processes)`,
      metrics: [
        { name: 'connect + subscribe all, until each has its snapshot', value: round(connectMs / 1000), unit: 's' },
        { name: 'API process RSS per idle subscriber (socket + subscription)', value: round(rssPerSubscriber / 1024), unit: 'KiB' },
        { name: 'transition() (UPDATE, read, PUBLISH) p50', value: round(percentile(transitionMs, 0.5)), unit: 'ms' },
        { name: 'transition() start → message reaches the (first) API process p50', value: round(percentile(fanOut.arrival, 0.5)), unit: 'ms' },
        { name: `first API process: message → last socket write p50`, value: round(percentile(fanOut.fanOut, 0.5)), unit: 'ms' },
        { name: `first API process: message → last socket write max`, value: round(maxOf(fanOut.fanOut)), unit: 'ms' },
        { name: 'API CPU per change per 1 000 subscribers (all API processes)', value: round(cpuMsPerThousand), unit: 'ms' },
        { name: `machine floor: one ${MESSAGE_BYTES}-byte write per loopback TCP socket, CPU per 1 000 sockets`, value: round(floor.cpuMsPerThousand), unit: 'ms' },
        { name: `machine floor: the same, wall time per 1 000 sockets`, value: round(floor.wallMsPerThousand), unit: 'ms' },
        { name: 'publish → client latency p50', value: round(percentile(latencies, 0.5)), unit: 'ms' },
        { name: 'publish → client latency p95', value: round(p95), unit: 'ms', goal: `<= ${shape.goalP95Ms} ms`, ok: p95 <= shape.goalP95Ms },
        { name: 'publish → client latency p99', value: round(percentile(latencies, 0.99)), unit: 'ms' },
        { name: 'publish → client latency max', value: round(maxOf(latencies)), unit: 'ms' },
        { name: 'deliveries', value: latencies.length, unit: 'events', goal: `= ${expected}`, ok: latencies.length === expected && wrong === 0 },
        { name: 'deliveries out of order or with the wrong status', value: wrong, unit: 'events', goal: '= 0', ok: wrong === 0 },
      ],
    };
  } finally {
    await clients.close();
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
    publishedAt.push(monotonicMs());
    const applied = await Promise.all(sessionIds.map((id) => app.status.transition(id, to, { case: transitionCase, from: [from] })));
    if (!applied.every(Boolean)) throw new Error(`transition ${from} → ${to} did not apply`);
    transitionMs.push(performance.now() - started);
    // A lost delivery shows in the count; the wait gives up after a timeout.
    await delivered(i).catch(() => undefined);
  }
  return { publishedAt, transitionMs };
}

/** Monotonic milliseconds in the API child: when each status message arrived, and every socket write; its CPU time so far. */
interface FanOutTimes {
  arrivals: number[];
  sends: number[];
  cpuMicros: number;
}

/** Child side: notes when status messages reach the process and when sockets are written, and reports on request. */
function instrumentFanOut(app: App): Promise<void> {
  const times: FanOutTimes = { arrivals: [], sends: [], cpuMicros: 0 };
  const now = monotonicMs;
  // RedisChannels.dispatch (private): every Redis message of SessionEvents goes through it.
  const events = (app.events as unknown as { channels: { dispatch(channel: string, message: string): void } }).channels;
  const dispatch = events.dispatch.bind(events);
  events.dispatch = (channel, message) => {
    times.arrivals.push(now());
    dispatch(channel, message);
  };
  // Every WebSocket text frame written (ws's send writes the header first; the fan-out writes whole frames).
  const write = net.Socket.prototype.write;
  net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]) {
    const chunk = args[0];
    if (Buffer.isBuffer(chunk) && chunk[0] === 0x81) times.sends.push(now());
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as net.Socket['write'];
  process.on('message', (message) => {
    if (message !== 'fan-out report') return;
    const cpu = process.cpuUsage();
    process.send?.({ ...times, cpuMicros: cpu.user + cpu.system });
  });
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

/** Subscriber i follows session i mod S on API process i mod N and lives in client process i mod C. */
function plansFor(urls: string[], key: string, sessionIds: string[], count: number, clientProcesses: number): SubscriberPlan[] {
  const plans: SubscriberPlan[] = Array.from({ length: clientProcesses }, () => ({ subscribers: [], key, query: SUBSCRIPTION, connectConcurrency: Math.ceil(CONNECT_CONCURRENCY / clientProcesses) }));
  for (let i = 0; i < count; i++) plans[i % clientProcesses].subscribers.push({ url: urls[i % urls.length], variables: { id: sessionIds[i % sessionIds.length] } });
  return plans;
}

if (require.main === module) {
  if (process.env[SUBSCRIBER_CHILD_VARIABLE]) {
    serveSubscribers();
  } else if (process.env[API_CHILD_VARIABLE]) {
    serveApiChild(instrumentFanOut).catch((error: unknown) => {
      console.error('[status-fanout] API child failed:', error);
      process.exit(1);
    });
  } else {
    runAsMain('status-fanout', () => run());
  }
}
