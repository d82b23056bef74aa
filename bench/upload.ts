/**
 * A 500 MB recording through `uploadSession` (GraphQL multipart over HTTP) into S3, against the
 * API started as `npm start` does, in its own process. Goal: the server's RSS grows by at most
 * 64 MB however large the file (it streams, holding one 8 MiB part at a time). Throughput is shown
 * beside a plain minio putObject of the same generated stream, which is the most S3 can take here.
 *
 *   npx tsx bench/upload.ts        (BENCH_UPLOAD_MB=499: just under MAX_UPLOAD_BYTES, 500 MiB)
 *
 * RSS is read from /proc every 50 ms (VmRSS) and as the kernel's own peak (VmHWM, reset after
 * the idle baseline), for the node process that listens.
 */
import 'reflect-metadata';
import 'dotenv/config';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { Readable } from 'node:stream';
import type { App } from '../src/app';
import { makeUser } from '../devtools/factories';
import { generatedWav } from '../devtools/audio';
import { dropBucket } from '../devtools/storage';
import { uploadSession, type UploadResponse } from '../devtools/upload';
import { benchEnv, createBenchApp, grantConsents, makeBenchOrganization, removeBenchOrganization } from './lib/app';
import { runAsMain } from './lib/main';
import { listeningPid, resetPeak, RssSampler, statusBytes } from './lib/process-memory';
import type { BenchResult } from './lib/result';
import { envNumber, round } from './lib/stats';

const MIB = 1024 * 1024;
const GOAL_RSS_MIB = 64;
const WAV_HEADER_BYTES = 44;
/** A first, small upload through the multipart path, to tell first-use costs from per-upload buffering. */
const WARM_UP_BYTES = 17 * MIB;

/** Uploads through the API, then the same bytes straight to S3, and compares memory and speed. */
export async function run(megabytes = envNumber('BENCH_UPLOAD_MB', 499)): Promise<BenchResult> {
  const env = benchEnv();
  const app = createBenchApp(env);
  const dataBytes = Math.round(megabytes * MIB);
  const fileBytes = dataBytes + WAV_HEADER_BYTES;
  if (fileBytes > app.config.uploads.maxBytes) throw new Error(`BENCH_UPLOAD_MB=${megabytes} is over MAX_UPLOAD_BYTES (${app.config.uploads.maxBytes})`);
  await app.store.ensureBucket();
  const organizationId = await makeBenchOrganization(app.db, 'upload');
  let server: ChildProcess | undefined;
  try {
    const { key, patientId } = await makeTherapistAndPatient(app, organizationId);
    const port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit'] });
    const pid = await waitUntilHealthy(port, server);
    const url = `http://127.0.0.1:${port}/graphql`;
    const baseline = await idleRss(pid);
    const warmUp = await measureUpload(pid, () => uploadSession(url, key, { patientId }, generatedWav(WARM_UP_BYTES)), WARM_UP_BYTES + WAV_HEADER_BYTES);
    const warmBaseline = await idleRss(pid);
    const upload = await measureUpload(pid, () => uploadSession(url, key, { patientId }, generatedWav(dataBytes)), fileBytes);

    const ownSampler = new RssSampler(process.pid).start();
    const ownBaseline = ownSampler.peak;
    const started = performance.now();
    await app.store.client.putObject(app.store.bucket, `bench/${randomUUID()}`, Readable.from(generatedWav(dataBytes)));
    const plainSeconds = (performance.now() - started) / 1000;
    const ownGrowth = ownSampler.stop() - ownBaseline;

    const growth = Math.max(warmUp.peak, upload.peak) - baseline;
    const apiRate = fileBytes / MIB / upload.seconds;
    const plainRate = fileBytes / MIB / plainSeconds;
    return {
      name: `upload (${round(fileBytes / MIB)} MiB WAV, API in its own process)`,
      metrics: [
        { name: 'API process RSS, idle baseline', value: round(baseline / MIB), unit: 'MiB' },
        { name: 'API process RSS peak (max of 50 ms samples and VmHWM)', value: round(Math.max(warmUp.peak, upload.peak) / MIB), unit: 'MiB' },
        { name: 'API process peak RSS growth over idle baseline', value: round(growth / MIB), unit: 'MiB', goal: `<= ${GOAL_RSS_MIB} MiB`, ok: growth <= GOAL_RSS_MIB * MIB },
        { name: `first upload (${WARM_UP_BYTES / MIB} MiB): peak over idle baseline`, value: round((warmUp.peak - baseline) / MIB), unit: 'MiB' },
        { name: 'big upload: peak over the idle RSS after the first', value: round((upload.peak - warmBaseline) / MIB), unit: 'MiB' },
        { name: 'uploadSession throughput', value: round(apiRate), unit: 'MiB/s' },
        { name: 'plain minio putObject throughput', value: round(plainRate), unit: 'MiB/s' },
        { name: 'uploadSession / plain putObject', value: round((apiRate / plainRate) * 100), unit: '%' },
        { name: 'plain putObject: RSS growth of the bench process', value: round(ownGrowth / MIB), unit: 'MiB' },
      ],
    };
  } finally {
    if (server) await stopServer(server);
    await cleanUp(app, organizationId).catch((error: unknown) => console.error('[upload] cleanup failed:', error));
    await app.close();
  }
}

/** Runs one upload while sampling the server's RSS; the peak is the higher of the samples and VmHWM. */
async function measureUpload(pid: number, upload: () => Promise<UploadResponse>, fileBytes: number): Promise<{ seconds: number; peak: number }> {
  resetPeak(pid);
  const sampler = new RssSampler(pid).start();
  const started = performance.now();
  const response = await upload();
  const seconds = (performance.now() - started) / 1000;
  const peak = Math.max(sampler.stop(), statusBytes(pid, 'VmHWM'));
  const stored = response.body.data?.uploadSession;
  if (response.status !== 200 || !stored || Number(stored.sizeBytes) !== fileBytes) throw new Error(`upload answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
  return { seconds, peak };
}

/** A therapist (with a key) treating a patient who has granted RECORDING consent. */
async function makeTherapistAndPatient(app: App, organizationId: string): Promise<{ key: string; patientId: string }> {
  const therapist = await makeUser(app.db, organizationId, 'THERAPIST');
  const patient = await makeUser(app.db, organizationId, 'PATIENT');
  await app.db.careAssignment.create({ data: { organizationId, therapistId: therapist.user.id, patientId: patient.user.id } });
  await grantConsents(app.db, organizationId, patient.user.id, therapist.user.id, ['RECORDING']);
  return { key: therapist.key, patientId: patient.user.id };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls /health until it answers 200, then returns the pid of the process listening on the port. */
async function waitUntilHealthy(port: number, server: ChildProcess): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited with code ${server.exitCode}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    const pid = healthy ? listeningPid(port) : undefined;
    if (pid) return pid;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the API did not become healthy within 60 s');
}

/** The RSS once start-up has settled: the median of ten readings over a second. */
async function idleRss(pid: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const readings: number[] = [];
  for (let i = 0; i < 10; i++) {
    readings.push(statusBytes(pid, 'VmRSS'));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readings.sort((a, b) => a - b)[5];
}

/** SIGTERM to the launcher (tsx forwards it; the API drains and exits); SIGKILL after 30 s. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const timer = setTimeout(() => server.kill('SIGKILL'), 30_000);
  server.kill('SIGTERM');
  await exited;
  clearTimeout(timer);
}

/** The session rows, the queued transcription job and the bench bucket with every object in it. */
async function cleanUp(app: App, organizationId: string): Promise<void> {
  await removeBenchOrganization(app.db, organizationId);
  await Promise.all(Object.values(app.queues).map((queue) => queue.obliterate({ force: true }).catch(() => undefined)));
  await dropBucket(app.store);
}

if (require.main === module) runAsMain('upload', () => run());
