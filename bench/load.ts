/**
 * Mixed load: 200 authenticated clients on loopback, each sending its next request as soon as the
 * last one answered, for 60 s: ~70 % reads (`me`, `sessions`, `consents`), ~10 % uploads of a
 * 64 KB WAV and ~20 % chat messages from patients with a READY session. Goals: no failed request,
 * and no memory growth: the API's heap and RSS after the run (forced GC, settled) against the same
 * figures after a warm-up of the same load.
 *
 *   npx tsx bench/load.ts     (BENCH_LOAD_SECONDS=60, BENCH_LOAD_CLIENTS=200, BENCH_LOAD_WARMUP_SECONDS=5)
 *
 * The API runs in a child process (with --expose-gc, so this process can ask it to collect), the
 * clients in this one. Its RSS is read from /proc; CHAT_RATE_LIMIT_PER_HOUR is raised so the chat
 * share measures the assistant, not the limiter. Everything made is removed at the end.
 */
import 'reflect-metadata';
import 'dotenv/config';
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { App } from '../src/app';
import { startServer } from '../src/graphql/server';
import { makeWav } from '../devtools/audio';
import { makeWorld, type World } from '../devtools/factories';
import { makeReadySession } from '../devtools/ready-session';
import { dropBucket } from '../devtools/storage';
import { uploadSession } from '../devtools/upload';
import { benchEnv, createBenchApp, grantConsents, removeBenchOrganization } from './lib/app';
import { runAsMain } from './lib/main';
import { RssSampler, statusBytes } from './lib/process-memory';
import type { BenchResult } from './lib/result';
import { envNumber, percentile, round, seededRandom } from './lib/stats';
import { chatRateKey } from '../src/chat/rate-limiter';

const CHILD_VARIABLE = 'BENCH_LOAD_API_CHILD';
const MIB = 1024 * 1024;
/** Heap growth (after GC, after the run vs after the warm-up) that still counts as "no growth". */
const GOAL_HEAP_GROWTH_MIB = 16;
const WORLDS = 20;
const WAV = makeWav(65_536 / 2 / 16_000); // 64 KiB of samples, 16 kHz mono
const QUESTIONS = ['What did we say about my sleep?', 'Which breathing exercise should I try?', 'What did I say about work?', 'What was my homework for this week?', 'How many hours was I sleeping?'];
const TURNS: [speaker: 'Therapist' | 'Patient', text: string][] = [
  ['Therapist', 'How has your sleep been since we last met?'],
  ['Patient', 'Still rough. I sleep about five hours a night and lie awake thinking about work.'],
  ['Therapist', 'Let us try the four seven eight breathing exercise before bed, and keep a short sleep diary this week.'],
  ['Patient', 'Okay. I can also take a walk in the evening to clear my head.'],
];

type Kind = 'me' | 'sessions' | 'consents' | 'upload' | 'chat';
interface Outcome {
  kind: Kind;
  ms: number;
  error: string | null;
}
interface Memory {
  rss: number;
  heapUsed: number;
  /** Buffers and other memory outside the JS heap (process.memoryUsage().external). */
  external: number;
}

/** Sets up worlds with READY sessions, starts the API child, warms it up, runs the load and measures memory around it. */
export async function run(seconds = envNumber('BENCH_LOAD_SECONDS', 60), clients = envNumber('BENCH_LOAD_CLIENTS', 200)): Promise<BenchResult> {
  const env = benchEnv({ CHAT_RATE_LIMIT_PER_HOUR: '1000000000' });
  const app = createBenchApp(env);
  await app.store.ensureBucket();
  const worlds: World[] = [];
  let child: ChildProcess | undefined;
  try {
    for (let i = 0; i < Math.min(WORLDS, clients); i++) worlds.push(await makeBenchWorld(app));
    const api = forkApi(env);
    child = api.child;
    const { url, pid } = await api.ready;
    const cold = await collect(child, pid);
    await drive(url, worlds, clients, envNumber('BENCH_LOAD_WARMUP_SECONDS', 5), 1_000);
    const before = await collect(child, pid);
    const sampler = new RssSampler(pid, 200).start();
    const cpuBefore = [cpuSeconds(pid), cpuSeconds(process.pid)];
    const started = performance.now();
    const outcomes = await drive(url, worlds, clients, seconds, 0);
    const elapsedSeconds = (performance.now() - started) / 1000;
    const cpu = { api: (cpuSeconds(pid) - cpuBefore[0]) / elapsedSeconds, clients: (cpuSeconds(process.pid) - cpuBefore[1]) / elapsedSeconds };
    const peakRss = sampler.stop();
    const after = await collect(child, pid);
    return report({ seconds, clients, elapsedSeconds, outcomes, cpu, memory: { cold, before, peakRss, after } });
  } finally {
    if (child) await stopChild(child);
    await cleanUp(app, worlds);
  }
}

/** An organization whose patient granted every consent and has one READY session to chat about. */
async function makeBenchWorld(app: App): Promise<World> {
  const world = await makeWorld(app.db);
  await app.db.organization.update({ where: { id: world.organizationId }, data: { name: `Bench load ${world.organizationId.slice(0, 8)}` } });
  await grantConsents(app.db, world.organizationId, world.patient.user.id, world.patient.user.id, ['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']);
  await makeReadySession({ app }, world, TURNS);
  return world;
}

/** `clients` closed-loop clients for `seconds`; each starts `seed`-offset so warm-up and run differ. */
async function drive(url: string, worlds: World[], clients: number, seconds: number, seed: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, index) => {
      const random = seededRandom(seed + index + 1);
      const world = worlds[index % worlds.length];
      while (performance.now() < deadline) {
        const kind = pickKind(random());
        const started = performance.now();
        const error = await perform(kind, url, world, random).catch((e: unknown) => `exception ${(e as Error).name}: ${(e as Error).message}`);
        outcomes.push({ kind, ms: performance.now() - started, error });
      }
    }),
  );
  return outcomes;
}

function pickKind(r: number): Kind {
  if (r < 0.7) return (['me', 'sessions', 'consents'] as const)[Math.floor((r / 0.7) * 3)];
  return r < 0.8 ? 'upload' : 'chat';
}

/** One request of the given kind; null when it answered correctly, else what went wrong. */
async function perform(kind: Kind, url: string, world: World, random: () => number): Promise<string | null> {
  const patientId = world.patient.user.id;
  switch (kind) {
    case 'me': {
      const actor = [world.therapist, world.patient, world.admin][Math.floor(random() * 3)];
      return check(await graphql(url, actor.key, '{ me { id } }'), (d) => d.me?.id === actor.user.id);
    }
    case 'sessions': {
      const actor = random() < 0.5 ? world.therapist : world.patient;
      return check(await graphql(url, actor.key, '{ sessions(first: 20) { id status } }'), (d) => Array.isArray(d.sessions) && d.sessions.length > 0);
    }
    case 'consents':
      return check(await graphql(url, world.therapist.key, 'query($p: ID!) { consents(patientId: $p) { type status } }', { p: patientId }), (d) => d.consents?.length === 3);
    case 'upload': {
      const res = await uploadSession(url, world.therapist.key, { patientId }, WAV);
      return check({ status: res.status, body: res.body as GraphQLBody }, (d) => d.uploadSession?.status === 'UPLOADED');
    }
    case 'chat': {
      const message = QUESTIONS[Math.floor(random() * QUESTIONS.length)];
      return check(await graphql(url, world.patient.key, 'mutation($m: String!) { chat(input: { message: $m }) { conversationId message { id content } } }', { m: message }), (d) => Boolean(d.chat?.message?.content));
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type GraphQLBody = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function graphql(url: string, key: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLBody }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as GraphQLBody };
  } catch {
    return { status: res.status, body: { errors: [{ message: `not JSON: ${text.slice(0, 80)}` }] } };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function check(res: { status: number; body: GraphQLBody }, isRight: (data: Record<string, any>) => boolean): string | null {
  const error = res.body.errors?.[0];
  if (error) return `HTTP ${res.status} ${error.extensions?.code ?? error.message}`;
  if (res.status !== 200 || !res.body.data || !isRight(res.body.data)) return `HTTP ${res.status} wrong answer`;
  return null;
}

/** Forces two collections in the child, lets it settle, and reads its heap and RSS. */
async function collect(child: ChildProcess, pid: number): Promise<Memory> {
  await request(child, 'gc');
  await sleep(2_000);
  const { heapUsed, external } = (await request(child, 'gc')) as Omit<Memory, 'rss'>;
  return { heapUsed, external, rss: statusBytes(pid, 'VmRSS') };
}

/** User + system CPU seconds a process has used so far (/proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function report(r: { seconds: number; clients: number; elapsedSeconds: number; outcomes: Outcome[]; cpu: { api: number; clients: number }; memory: { cold: Memory; before: Memory; peakRss: number; after: Memory } }): BenchResult {
  const { outcomes, memory } = r;
  const failed = outcomes.filter((o) => o.error);
  const byError = new Map<string, number>();
  for (const o of failed) byError.set(`${o.kind}: ${o.error}`, (byError.get(`${o.kind}: ${o.error}`) ?? 0) + 1);
  if (byError.size) console.error(`[load] failures:\n${[...byError].map(([what, n]) => `  ${n} × ${what}`).join('\n')}`);
  const ms = (kinds: Kind[]) => outcomes.filter((o) => kinds.includes(o.kind)).map((o) => o.ms);
  const share = (kind: Kind) => round((outcomes.filter((o) => o.kind === kind).length / outcomes.length) * 100);
  const heapGrowth = (memory.after.heapUsed - memory.before.heapUsed) / MIB;
  const mib = (bytes: number) => round(bytes / MIB);
  return {
    name: `load (${r.clients} clients, ${r.seconds} s: reads ${round(share('me') + share('sessions') + share('consents'))} %, uploads ${share('upload')} %, chat ${share('chat')} %)`,
    metrics: [
      { name: 'requests', value: outcomes.length, unit: 'requests' },
      { name: 'throughput', value: round(outcomes.length / r.elapsedSeconds), unit: 'req/s' },
      { name: 'latency p50 (all)', value: round(percentile(ms(['me', 'sessions', 'consents', 'upload', 'chat']), 0.5)), unit: 'ms' },
      { name: 'latency p95 (all)', value: round(percentile(ms(['me', 'sessions', 'consents', 'upload', 'chat']), 0.95)), unit: 'ms' },
      { name: 'latency p99 (all)', value: round(percentile(ms(['me', 'sessions', 'consents', 'upload', 'chat']), 0.99)), unit: 'ms' },
      { name: 'reads p50 / p95', value: round(percentile(ms(['me', 'sessions', 'consents']), 0.5)), unit: `/ ${round(percentile(ms(['me', 'sessions', 'consents']), 0.95))} ms` },
      { name: 'uploads (64 KB) p50 / p95', value: round(percentile(ms(['upload']), 0.5)), unit: `/ ${round(percentile(ms(['upload']), 0.95))} ms` },
      { name: 'chat p50 / p95', value: round(percentile(ms(['chat']), 0.5)), unit: `/ ${round(percentile(ms(['chat']), 0.95))} ms` },
      { name: 'API process CPU during the run', value: round(r.cpu.api * 100), unit: '% of one core' },
      { name: 'load generator CPU during the run', value: round(r.cpu.clients * 100), unit: '% of one core' },
      { name: 'errors', value: failed.length, unit: 'requests', goal: '0', ok: failed.length === 0 },
      { name: 'API RSS at start (after GC)', value: mib(memory.cold.rss), unit: 'MiB' },
      { name: 'API RSS before the run (warmed up, after GC)', value: mib(memory.before.rss), unit: 'MiB' },
      { name: 'API RSS peak during the run', value: mib(memory.peakRss), unit: 'MiB' },
      { name: 'API RSS after the run (after GC, settled)', value: mib(memory.after.rss), unit: 'MiB' },
      { name: 'API heap used before / after the run (after GC)', value: mib(memory.before.heapUsed), unit: `/ ${mib(memory.after.heapUsed)} MiB` },
      { name: 'API external (buffers) before / after the run', value: mib(memory.before.external), unit: `/ ${mib(memory.after.external)} MiB` },
      { name: 'API heap growth over the run', value: round(heapGrowth), unit: 'MiB', goal: `<= ${GOAL_HEAP_GROWTH_MIB} MiB`, ok: heapGrowth <= GOAL_HEAP_GROWTH_MIB },
    ],
  };
}

/** Forks this file as the API server; `ready` resolves with its URL and pid once it listens. */
function forkApi(env: Record<string, string>): { child: ChildProcess; ready: Promise<{ url: string; pid: number }> } {
  const child = fork(__filename, [], { execArgv: ['--import', 'tsx', '--expose-gc'], env: { ...env, [CHILD_VARIABLE]: '1', NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return { child, ready: request(child, 'ready') as Promise<{ url: string; pid: number }> };
}

/** Sends one command to the child and resolves with its answer (or rejects when it exits first). */
function request(child: ChildProcess, command: 'ready' | 'gc'): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { command?: string }) => {
      if (message.command !== command) return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`API child exited (${code}) while waiting for "${command}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    if (command !== 'ready') child.send({ command });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  child.send({ command: 'stop' });
  await exited;
  clearTimeout(timer);
}

/** Drops the bucket, the queues (uploads queued transcriptions no worker ran) and every row the bench made. */
async function cleanUp(app: App, worlds: World[]): Promise<void> {
  await Promise.all(Object.values(app.queues).map((q) => q.obliterate({ force: true }).catch(() => undefined)));
  const limiterKeys = worlds.map((world) => chatRateKey(world.patient.user.id));
  if (limiterKeys.length) await app.redis.del(...limiterKeys);
  await dropBucket(app.store);
  for (const world of worlds) await removeBenchOrganization(app.db, world.organizationId);
  await app.close();
}

/** Child side: the API as `npm start` builds it, answering "gc" with its heap after two collections. */
async function serve(): Promise<void> {
  const app = createBenchApp(Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)));
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const stop = async () => {
    await server.stop().catch((error: unknown) => console.error('[load] API child stop failed:', error));
    await app.close();
    process.exit(0);
  };
  process.on('message', (message: { command: string }) => {
    if (message.command === 'stop') return void stop();
    global.gc?.();
    global.gc?.();
    const { heapUsed, external } = process.memoryUsage();
    process.send?.({ command: 'gc', heapUsed, external });
  });
  process.once('disconnect', () => void stop());
  process.send?.({ command: 'ready', url: `http://127.0.0.1:${server.port}/graphql`, pid: process.pid });
}

if (require.main === module) {
  if (process.env[CHILD_VARIABLE]) {
    serve().catch((error: unknown) => {
      console.error('[load] API child failed:', error);
      process.exit(1);
    });
  } else runAsMain('load', () => run());
}
