/**
 * Pipeline throughput: N recordings (samples/session-demo.wav, 60 s of stereo speech) uploaded at
 * once through the real GraphQL endpoint, then transcribed, chunked and embedded by one worker
 * process with the offline providers, end to end: first upload sent → last session READY.
 * Reports sessions per hour per worker and per core (from the worker's CPU time), and compares the
 * queue concurrency settings a clinic would choose between.
 *
 *   npx tsx bench/pipeline.ts   (BENCH_PIPELINE_SESSIONS=4, BENCH_PIPELINE_CONFIGS="1x2,2x2" = TRANSCRIBE x EMBED concurrency)
 *
 * The API runs in this process; the worker is a child process (workers as `npm run worker` starts
 * them: transcribe, embed, purge), started and warmed up before the clock starts.
 */
import 'reflect-metadata';
import 'dotenv/config';
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { App } from '../src/app';
import { startServer } from '../src/graphql/server';
import { createPipeline } from '../src/pipeline';
import { createTranscriber } from '../src/providers';
import { startWorkers } from '../src/queues/workers';
import { countTokens } from '../src/retrieval/chunker';
import { makeWorld } from '../devtools/factories';
import { dropBucket } from '../devtools/storage';
import { uploadSession } from '../devtools/upload';
import { embedProcessor } from '../src/workers/embed.processor';
import { consentRevokedProcessor, purgeProcessor } from '../src/workers/purge.processor';
import { transcribeProcessor } from '../src/workers/transcribe.processor';
import { benchEnv, createBenchApp, grantConsents, removeBenchOrganization } from './lib/app';
import { runAsMain } from './lib/main';
import type { BenchMetric, BenchResult } from './lib/result';
import { envNumber, percentile, round } from './lib/stats';
import { stopApiChild } from './lib/api-child';

const WORKER_CHILD = 'BENCH_PIPELINE_WORKER';
const SAMPLE = path.join(__dirname, '..', 'samples', 'session-demo.wav');
const SAMPLE_SECONDS = 60.3;
const READY_TIMEOUT_MS = 10 * 60_000;

interface Config {
  transcribe: number;
  embed: number;
}

/** Runs each concurrency configuration with a fresh worker and reports each. */
export async function run(): Promise<BenchResult> {
  const sessions = envNumber('BENCH_PIPELINE_SESSIONS', 4);
  const configs: Config[] = (process.env.BENCH_PIPELINE_CONFIGS ?? '1x2,2x2').split(',').map((c) => {
    const [transcribe, embed] = c.split('x').map(Number);
    return { transcribe, embed };
  });
  const metrics: BenchMetric[] = [];
  const perHour: { config: Config; rate: number }[] = [];
  for (const config of configs) {
    const result = await runOne(sessions, config);
    perHour.push({ config, rate: result.rate });
    metrics.push(...result.metrics);
  }
  const best = perHour.reduce((a, b) => (b.rate > a.rate ? b : a));
  metrics.push({ name: `best setting here: TRANSCRIBE_CONCURRENCY=${best.config.transcribe} EMBED_CONCURRENCY=${best.config.embed}, sessions per hour per worker`, value: round(best.rate), unit: 'sessions/h' });
  return { name: `pipeline (${sessions} recordings of ${SAMPLE_SECONDS} s uploaded at once, offline providers, one worker process, ${os.cpus().length} cores)`, metrics };
}

async function runOne(sessions: number, config: Config): Promise<{ rate: number; metrics: BenchMetric[] }> {
  const env = benchEnv({ TRANSCRIBE_CONCURRENCY: String(config.transcribe), EMBED_CONCURRENCY: String(config.embed) });
  const app = createBenchApp(env);
  await app.store.ensureBucket();
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const world = await makeWorld(app.db);
  let worker: ChildProcess | undefined;
  try {
    await grantConsents(app.db, world.organizationId, world.patient.user.id, world.therapist.user.id, ['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']);
    worker = await forkWorker(env);
    const cpuBefore = cpuSecondsOf(worker.pid!);
    const wav = readFileSync(SAMPLE);
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const started = performance.now();
    const startedAt = new Date();
    const uploads = await Promise.all(Array.from({ length: sessions }, () => uploadSession(url, world.therapist.key, { patientId: world.patient.user.id }, wav, { declareLength: true })));
    const uploadMs = performance.now() - started;
    const ids = uploads.map((u) => {
      const id = u.body.data?.uploadSession.id;
      if (typeof id !== 'string') throw new Error(`upload failed: ${JSON.stringify(u.body.errors)}`);
      return id;
    });
    const readyAt = await waitReady(app, ids);
    const wallMs = performance.now() - started;
    const cpuSeconds = cpuSecondsOf(worker.pid!) - cpuBefore;
    const perSession = readyAt.map((at) => at.getTime() - startedAt.getTime());
    const rate = (sessions / wallMs) * 3_600_000;
    const tag = `[TRANSCRIBE_CONCURRENCY=${config.transcribe} EMBED_CONCURRENCY=${config.embed}]`;
    return {
      rate,
      metrics: [
        { name: `${tag} all ${sessions} uploads answered`, value: round(uploadMs / 1000), unit: 's' },
        { name: `${tag} first upload → last session READY`, value: round(wallMs / 1000), unit: 's' },
        { name: `${tag} upload → READY per session p50`, value: round(percentile(perSession, 0.5) / 1000), unit: 's' },
        { name: `${tag} upload → READY per session max`, value: round(Math.max(...perSession) / 1000), unit: 's' },
        { name: `${tag} audio processed per wall-clock second`, value: round((sessions * SAMPLE_SECONDS) / (wallMs / 1000)), unit: 's/s' },
        { name: `${tag} sessions per hour per worker (60 s recordings)`, value: round(rate), unit: 'sessions/h' },
        { name: `${tag} worker CPU per session (with its decoder processes)`, value: round(cpuSeconds / sessions), unit: 's' },
        { name: `${tag} sessions per hour per core (from worker CPU time)`, value: round((3600 / (cpuSeconds / sessions))), unit: 'sessions/h' },
        // Transcription cost grows with audio length; a clinic's sessions are 50 minutes, not 60 s.
        { name: `${tag} 50-minute sessions per hour per core (extrapolated linearly from the CPU per audio second)`, value: round(3600 / ((cpuSeconds / sessions / SAMPLE_SECONDS) * 3000)), unit: 'sessions/h' },
      ],
    };
  } finally {
    if (worker) await stopApiChild(worker);
    await server.stop();
    await removeBenchOrganization(app.db, world.organizationId).catch((error: unknown) => console.error('[pipeline] cleanup failed:', error));
    await dropBucket(app.store).catch(() => undefined);
    await app.close();
  }
}

/** Polls until every session is READY (or FAILED: the bench fails); returns when each became READY. */
async function waitReady(app: App, ids: string[]): Promise<Date[]> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const rows = await app.db.session.findMany({ where: { id: { in: ids } }, select: { status: true, updatedAt: true, error: true } });
    const failed = rows.find((r) => r.status === 'FAILED');
    if (failed) throw new Error(`a session failed: ${failed.error}`);
    if (rows.length === ids.length && rows.every((r) => r.status === 'READY')) return rows.map((r) => r.updatedAt);
    await sleep(100);
  }
  throw new Error('sessions did not become READY in time');
}

function forkWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(__filename, [], { execArgv: ['--import', 'tsx'], env: { ...env, [WORKER_CHILD]: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited with code ${code} before starting`)));
  });
}

/**
 * CPU seconds of a process and of the children it has waited for (the transcriber's decoder
 * processes): utime + stime + cutime + cstime from /proc/<pid>/stat, in clock ticks of 1/100 s.
 */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ", field 3 (state) is index 0, so utime (14) … cstime (17) are indexes 11-14.
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}


/** Child side: the workers as workers/index.ts starts them (transcribe, embed, purge), warmed up. */
async function serveWorker(): Promise<void> {
  const app = createBenchApp(Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)));
  const transcriber = createTranscriber(app.config);
  const pipeline = createPipeline(app, transcriber);
  await (app.embedder as { warmUp?: () => Promise<void> }).warmUp?.();
  countTokens('');
  const workers = await startWorkers(app, [
    transcribeProcessor({ transcription: pipeline.transcription, status: app.status, concurrency: app.config.workers.transcribeConcurrency }),
    embedProcessor({ indexing: pipeline.indexing, status: app.status, concurrency: app.config.workers.embedConcurrency }),
    purgeProcessor({ purge: app.purge }),
    consentRevokedProcessor({ purge: app.purge }),
  ]);
  process.on('message', (message) => {
    if (message === 'stop') void workers.close().then(() => app.close()).then(() => process.exit(0));
  });
  process.send?.('ready');
}

if (require.main === module) {
  if (process.env[WORKER_CHILD]) {
    serveWorker().catch((error: unknown) => {
      console.error('[pipeline] worker failed:', error);
      process.exit(1);
    });
  } else {
    runAsMain('pipeline', () => run());
  }
}
