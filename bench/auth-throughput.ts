/**
 * Authenticated `{ me { id } }` throughput of the real API against a bare Apollo Server 5 answering
 * `{ hello }`, over HTTP keep-alive with autocannon. Goal (issue 21): the real API keeps at least
 * 80 % of the bare server's requests per second: a key's principal is cached in the process
 * (invalidated by the revocation bus, expiry honoured), lastUsedAt is written in batches, so
 * authentication costs one SHA-256 and a map lookup per request.
 *
 *   npx tsx bench/auth-throughput.ts      (BENCH_DURATION=10 s per server, BENCH_CONNECTIONS=10, BENCH_ROUNDS=5)
 *
 * Each server runs in its own child process, built in-process as tests/support/harness.ts does;
 * the load generator stays in this one, so the two never share an event loop.
 */
import 'reflect-metadata';
import 'dotenv/config';
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { startServer } from '../src/graphql/server';
import { createLogger } from '../src/logger';
import { makeUser } from '../devtools/factories';
import { formatResult, isPassing, type BenchResult } from './lib/result';
import { stopApiChild } from './lib/api-child';

type ServerKind = 'bare' | 'real';

/** What a server child reports once it listens: where to send which request. */
interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface Options {
  durationSeconds: number;
  connections: number;
  /** Alternating measurement rounds per server. */
  rounds: number;
}

/** The measurement of one server. */
interface Run {
  requestsPerSecond: number;
  /** CPU time the server process spent per answered request (user + system), in microseconds. */
  cpuMicrosPerRequest: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

// autocannon ships no types; this is the part of its programmatic API used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, milliseconds: number) => void): void;
}
type Autocannon = (options: Record<string, unknown>) => AutocannonInstance;
const autocannon = require('autocannon') as Autocannon;

const SERVER_ROLE_VARIABLE = 'BENCH_AUTH_SERVER';
const GOAL_RATIO = 0.8;

/**
 * Runs both servers side by side and measures them in alternating rounds (bare, API, bare, API…):
 * on a shared machine the load changes by the second, and alternation exposes both servers to it
 * alike. The ratio reported is the median of the per-round ratios.
 */
export async function run(options: Options = optionsFromEnv()): Promise<BenchResult> {
  const loadBefore = os.loadavg()[0];
  const [bare, real] = await Promise.all([startServerChild('bare'), startServerChild('real')]);
  try {
    const expected = { bare: await checkAnswer('bare', bare.target), real: await checkAnswer('real', real.target) };
    const warmUp = { ...options, durationSeconds: Math.min(3, Math.max(1, options.durationSeconds / 5)) };
    await load(bare, expected.bare, warmUp);
    await load(real, expected.real, warmUp);
    const round = { ...options, durationSeconds: Math.max(1, Math.round(options.durationSeconds / options.rounds)) };
    const runs: { bare: Run; real: Run }[] = [];
    for (let i = 0; i < options.rounds; i++) {
      const bareRun = await load(bare, expected.bare, round);
      runs.push({ bare: bareRun, real: await load(real, expected.real, round) });
    }
    return report(options, runs, [loadBefore, os.loadavg()[0]]);
  } finally {
    await Promise.all([stopApiChild(bare.child), stopApiChild(real.child)]);
  }
}

function report(options: Options, runs: { bare: Run; real: Run }[], loads: number[]): BenchResult {
  const ratios = runs.map((r) => r.real.requestsPerSecond / r.bare.requestsPerSecond).sort((a, b) => a - b);
  const ratio = ratios[Math.floor(ratios.length / 2)];
  const mean = (pick: (r: { bare: Run; real: Run }) => number) => runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  const failures = runs.reduce((sum, r) => sum + r.bare.failures + r.real.failures, 0);
  return {
    name: `auth-throughput (${options.connections} connections, ${options.rounds} alternating rounds, ${options.durationSeconds} s per server)`,
    metrics: [
      { name: 'bare Apollo { hello }', value: round(mean((r) => r.bare.requestsPerSecond)), unit: 'req/s' },
      { name: 'bare latency p50', value: round(mean((r) => r.bare.p50)), unit: 'ms' },
      { name: 'bare latency p95', value: round(mean((r) => r.bare.p95)), unit: 'ms' },
      { name: 'API { me { id } } with x-api-key', value: round(mean((r) => r.real.requestsPerSecond)), unit: 'req/s' },
      { name: 'API latency p50', value: round(mean((r) => r.real.p50)), unit: 'ms' },
      { name: 'API latency p95', value: round(mean((r) => r.real.p95)), unit: 'ms' },
      { name: 'API / bare throughput, per round', value: round(ratios[0] * 100), unit: `% (lowest; highest ${round(ratios[ratios.length - 1] * 100)} %)` },
      { name: 'API / bare throughput (median of rounds)', value: round(ratio * 100), unit: '%', goal: `>= ${GOAL_RATIO * 100} %`, ok: ratio >= GOAL_RATIO },
      // CPU per request does not depend on what else the machine runs: the throughput an idle core would give.
      { name: 'bare CPU per request', value: round(mean((r) => r.bare.cpuMicrosPerRequest)), unit: 'µs' },
      { name: 'API CPU per request', value: round(mean((r) => r.real.cpuMicrosPerRequest)), unit: 'µs' },
      { name: 'API / bare throughput from CPU per request (load-independent)', value: round((mean((r) => r.bare.cpuMicrosPerRequest) / mean((r) => r.real.cpuMicrosPerRequest)) * 100), unit: '%' },
      { name: 'machine load average (1 min) before / after', value: round(loads[0]), unit: `/ ${round(loads[1])} on ${os.cpus().length} cores` },
      { name: 'failed or wrong responses', value: failures, unit: 'requests', goal: '0', ok: failures === 0 },
    ],
  };
}

function optionsFromEnv(): Options {
  const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  if (!(durationSeconds > 0) || !(connections >= 1) || !(rounds >= 1)) throw new Error('BENCH_DURATION, BENCH_CONNECTIONS and BENCH_ROUNDS must be positive numbers');
  return { durationSeconds, connections, rounds };
}

/** One request by hand: the server must answer correctly before its speed means anything. */
async function checkAnswer(kind: ServerKind, target: Target): Promise<string> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const text = await response.text();
  const data = (JSON.parse(text) as { data?: { me?: { id?: string }; hello?: string } }).data;
  const ok = response.status === 200 && (kind === 'real' ? typeof data?.me?.id === 'string' : data?.hello === 'world');
  if (!ok) throw new Error(`${kind} server answered ${response.status}: ${text.slice(0, 200)}`);
  return text;
}

/** Keeps `connections` keep-alive connections busy for the duration; every body must equal the first one. */
async function load(server: { child: ChildProcess; target: Target }, expectBody: string, options: Options): Promise<Run> {
  const { target } = server;
  const latencies: number[] = [];
  const cpuBefore = await cpuOf(server.child);
  const instance = autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: target.body,
    expectBody,
    connections: options.connections,
    duration: options.durationSeconds,
  });
  instance.on('response', (_client, _status, _bytes, milliseconds) => latencies.push(milliseconds));
  const result = await instance;
  const cpuMicros = (await cpuOf(server.child)) - cpuBefore;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return {
    requestsPerSecond: result.requests.average,
    cpuMicrosPerRequest: cpuMicros / Math.max(1, result.requests.total),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

/** The server child's CPU time so far (user + system, µs), asked over IPC. */
function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve((message as { cpuMicros: number }).cpuMicros));
    child.send('cpu');
  });
}

function startServerChild(kind: ServerKind): Promise<{ child: ChildProcess; target: Target }> {
  const child = fork(__filename, [], {
    // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of each server child there (open it in Chrome DevTools).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [])],
    env: { ...process.env, [SERVER_ROLE_VARIABLE]: kind, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, target: message as Target }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with code ${code} before listening`)));
    child.once('error', reject);
  });
}


/** Child side: serves until the parent says stop (or goes away), then releases everything. */
async function serve(kind: ServerKind): Promise<void> {
  const server = kind === 'real' ? await serveApi() : await serveBareApollo();
  const stop = async () => {
    await server.close().catch((error: unknown) => console.error(`[auth-throughput] ${kind} cleanup failed:`, error));
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'cpu') {
      const usage = process.cpuUsage();
      process.send?.({ cpuMicros: usage.user + usage.system });
    } else void stop();
  });
  process.once('disconnect', () => void stop());
  process.send?.(server.target);
}

/** The real API as `npm start` builds it, with one therapist and key in a fresh organization. */
async function serveApi(): Promise<{ target: Target; close(): Promise<void> }> {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' });
  // A sink that discards: formatting and redaction still cost what they cost, the terminal does not.
  const log = createLogger({ level: config.log.level, name: 'bench-api' }, new Writable({ write: (_chunk, _encoding, done) => done() }));
  const app = createApp(config, log);
  const server = await startServer(app, { port: 0, host: '127.0.0.1' }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  const organization = await app.db.organization.create({ data: { name: `Bench clinic ${randomUUID().slice(0, 8)}` } });
  const removeRows = async () => {
    await app.db.user.deleteMany({ where: { organizationId: organization.id } }); // cascades to the keys
    await app.db.organization.delete({ where: { id: organization.id } });
  };
  const close = async () => {
    await server.stop();
    await removeRows().finally(() => app.close());
  };
  const actor = await makeUser(app.db, organization.id, 'THERAPIST').catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return {
    target: {
      url: `http://127.0.0.1:${server.port}/graphql`,
      headers: { 'content-type': 'application/json', 'x-api-key': actor.key },
      body: JSON.stringify({ query: '{ me { id } }' }),
    },
    close,
  };
}

/** The baseline: Apollo Server 5 on express 5 with the same JSON body parser and nothing else. */
async function serveBareApollo(): Promise<{ target: Target; close(): Promise<void> }> {
  const apollo = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
  await apollo.start();
  const web = express();
  web.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const httpServer = http.createServer(web);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    target: { url: `http://127.0.0.1:${port}/graphql`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ hello }' }) },
    async close() {
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (require.main === module) {
  const role = process.env[SERVER_ROLE_VARIABLE];
  if (role === 'real' || role === 'bare') {
    serve(role).catch((error: unknown) => {
      console.error(`[auth-throughput] ${role} server failed:`, error);
      process.exit(1);
    });
  } else {
    run()
      .then((result) => {
        console.log(formatResult(result));
        process.exit(isPassing(result) ? 0 : 1);
      })
      .catch((error: unknown) => {
        console.error('[auth-throughput] failed:', error);
        process.exit(1);
      });
  }
}
