/**
 * Faults of the real moving parts, each on loopback and bounded in time: a worker process killed
 * with SIGKILL mid-transcription, Redis restarted during processing, the S3 server stopped during
 * an upload, and the API's PostgreSQL connections terminated. Each case starts what it breaks as
 * a private child (or names its own connections), so the shared services and other test files are
 * never touched, and prints what it killed and the state things ended in.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DeepgramTranscriber } from '../../src/providers/deepgram.transcriber';
import { generatedWav, makeWav } from '../../devtools/audio';
import { makeWorld, type World } from '../../devtools/factories';
import { startFakeDeepgram, type FakeDeepgram } from '../support/fake-deepgram';
import { startTestApi, type GqlResult, type TestApi } from '../support/harness';
import { freePort, isAlive, startRedisServer, startS3rver, startWorkerProcess, type KillReport, type ManagedProcess } from '../support/processes';
import { grantAllConsents } from '../../devtools/ready-session';
import { listKeys } from '../../devtools/storage';
import { subscribe, type TestSubscription } from '../support/subscription';
import { uploadSession } from '../../devtools/upload';
import { startTestWorkers } from '../support/workers';

const STATUS = 'subscription($id: ID!) { sessionStatus(sessionId: $id) { status error } }';
type StatusEvent = { sessionStatus: { status: string; error: string | null } };

/** Cleanups of the running case, run in reverse after it whatever happened. */
let cleanups: (() => Promise<unknown>)[] = [];
const onCleanup = (cleanup: () => Promise<unknown>) => void cleanups.push(cleanup);
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error('[faults] cleanup failed:', error));
  cleanups = [];
});

/** A queue prefix and bucket of its own, so nothing a case enqueues or stores meets another's. */
const isolation = (id = `faults-${randomUUID().slice(0, 8)}`) => ({ QUEUE_PREFIX: id, S3_BUCKET: id });

async function startApi(overrides: Record<string, string>): Promise<TestApi> {
  const api = await startTestApi({ LOG_LEVEL: 'info', ...overrides });
  onCleanup(() => api.close());
  return api;
}

async function worldWithConsents(api: TestApi): Promise<World> {
  const world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
  return world;
}

async function uploadShort(api: TestApi, world: World): Promise<string> {
  const res = await uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id }, makeWav(3, { channels: 2 }));
  expect(res.body.errors).toBeUndefined();
  return (res.body.data!.uploadSession as { id: string }).id;
}

function watch(api: TestApi, world: World, sessionId: string): TestSubscription<StatusEvent> {
  const sub = subscribe<StatusEvent>(api.url, world.patient.key, STATUS, { id: sessionId });
  onCleanup(() => sub.close());
  return sub;
}

/** Pulls status events until one of `until` (or the stream ends); fails after `timeoutMs`. */
async function statusesUntil(sub: TestSubscription<StatusEvent>, until: string[], timeoutMs: number, seen: string[] = []): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${until.join('/')} within ${timeoutMs} ms; statuses seen: ${seen.join(' → ')}`)), timeoutMs);
  });
  try {
    for (;;) {
      const next = await Promise.race([sub.next(), deadline]);
      if (next === 'complete') return seen;
      if (next.errors) throw new Error(`subscription error: ${JSON.stringify(next.errors)}`);
      seen.push(next.data!.sessionStatus.status);
      if (until.includes(seen.at(-1)!)) return seen;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** One transcript and one set of chunks (ordinals 0..n-1, none twice) for the session. */
async function expectSingleOutput(api: TestApi, sessionId: string): Promise<{ transcripts: number; chunks: number }> {
  const transcripts = await api.app.db.transcript.count({ where: { sessionId } });
  const ordinals = (await api.app.db.sessionChunk.findMany({ where: { sessionId }, select: { ordinal: true }, orderBy: { ordinal: 'asc' } })).map((c) => c.ordinal);
  expect(transcripts).toBe(1);
  expect(ordinals.length).toBeGreaterThan(0);
  expect(ordinals).toEqual(ordinals.map((_, i) => i));
  return { transcripts, chunks: ordinals.length };
}

/** Transcription requests the fake Deepgram received (only those whose upload it has read fully, with `complete`). */
const listenRequests = (fake: FakeDeepgram, complete: boolean) => fake.requests.filter((r) => r.path === '/v1/listen' && (!complete || r.bodyComplete)).length;

const describeKill = (report: KillReport) => `${report.signal} to process group: ${report.processes.map((p) => `${p.pid} (${p.command})`).join(', ')}; exit ${JSON.stringify(report.exit)}`;

const tempDir = async (name: string) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), `therapyrag-${name}-`));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  return dir;
};

describe('faults', () => {
  it('kill -9 of a worker process mid-transcription: a second worker takes the job over → READY, one transcript, one set of chunks', async () => {
    const started = performance.now();
    const deepgram = await startFakeDeepgram();
    onCleanup(() => deepgram.close());
    deepgram.enqueue({ delayMs: 30_000 });
    const ids = isolation();
    const workerEnv = { ...process.env, ...ids, DATABASE_URL: process.env.DATABASE_URL, DEEPGRAM_API_KEY: deepgram.apiKey, DEEPGRAM_BASE_URL: deepgram.url,
      QUEUE_LOCK_DURATION_MS: '2000', QUEUE_STALLED_INTERVAL_MS: '1000', LOG_LEVEL: 'info' };
    const [api, first] = await Promise.all([startApi(ids), startWorkerProcess(workerEnv, 'worker-1')]);
    const workerUpMs = Math.round(performance.now() - started);
    onCleanup(() => first.stop());
    const world = await worldWithConsents(api);

    const sessionId = await uploadShort(api, world);
    const sub = watch(api, world, sessionId);
    // The worker has streamed the whole recording to the fake and now waits for the (delayed) reply.
    await expect.poll(() => listenRequests(deepgram, true), { interval: 50, timeout: 20_000 }).toBe(1);
    expect((await api.app.db.session.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe('TRANSCRIBING');

    const killedAt = performance.now();
    const killed = await first.kill('SIGKILL');
    expect(isAlive(first.workerPid)).toBe(false);
    expect(killed.processes.map((p) => p.pid)).toContain(first.workerPid);
    const second = await startWorkerProcess(workerEnv, 'worker-2');
    onCleanup(() => second.stop());

    const secondUpMs = Math.round(performance.now() - killedAt);
    const seen = await statusesUntil(sub, ['READY', 'FAILED'], 30_000);
    const readyAfterKillMs = Math.round(performance.now() - killedAt);
    expect(seen.at(-1)).toBe('READY');
    const output = await expectSingleOutput(api, sessionId);
    const session = await api.app.db.session.findUniqueOrThrow({ where: { id: sessionId } });
    // 2 unless a starved event loop also let worker-2's 2 s lock lapse (then the job simply ran once more).
    expect(session.attempts).toBeGreaterThanOrEqual(2);
    expect(listenRequests(deepgram, false)).toBeGreaterThanOrEqual(2);
    const job = await api.app.queues.transcribe.getJob(`transcribe:${sessionId}`);
    expect(await job?.getState()).toBe('completed');
    console.log(
      `[faults] worker kill -9: killed worker-1 (${describeKill(killed)}); worker-2 pid ${second.workerPid} took over.\n` +
        `  session ${sessionId} ended ${session.status} (statuses seen: ${seen.join(' → ')}), attempts ${session.attempts}, ` +
        `${output.transcripts} transcript, ${output.chunks} chunks, Deepgram requests ${deepgram.requests.length}, job ${await job?.getState()}.\n` +
        `  timing: API + worker-1 up ${workerUpMs} ms; worker-2 up ${secondUpMs} ms after the kill; READY ${readyAfterKillMs} ms after the kill; case ${Math.round(performance.now() - started)} ms`,
    );
  }, 75_000);

  it('Redis restarted during processing (append-only file, appendfsync always) → READY, and a subscription opened before the restart sees it', async () => {
    const started = performance.now();
    const port = await freePort();
    const dir = await tempDir('redis');
    let redis: ManagedProcess = await startRedisServer(port, { dir });
    onCleanup(() => redis.stop());
    const deepgram = await startFakeDeepgram();
    onCleanup(() => deepgram.close());
    deepgram.enqueue({ delayMs: 4_000 });
    const api = await startApi({ ...isolation(), REDIS_URL: `redis://127.0.0.1:${port}` });
    const workers = await startTestWorkers(api.app, new DeepgramTranscriber({ apiKey: deepgram.apiKey, baseUrl: deepgram.url, retryBaseDelayMs: 10, retryMaxDelayMs: 50 }));
    onCleanup(() => workers.close());
    const world = await worldWithConsents(api);

    const sessionId = await uploadShort(api, world);
    const sub = watch(api, world, sessionId);
    const seen = await statusesUntil(sub, ['UPLOADED', 'TRANSCRIBING'], 10_000);
    await expect.poll(() => listenRequests(deepgram, true), { interval: 50, timeout: 15_000 }).toBe(1);

    const killed = await redis.kill('SIGKILL');
    redis = await startRedisServer(port, { dir });
    const restartedAfterMs = Math.round(performance.now() - started);

    await statusesUntil(sub, ['READY', 'FAILED'], 30_000, seen);
    expect(seen.at(-1)).toBe('READY');
    const output = await expectSingleOutput(api, sessionId);
    const fresh = watch(api, world, sessionId);
    expect(await fresh.next()).toMatchObject({ data: { sessionStatus: { status: 'READY' } } });
    const job = await api.app.queues.transcribe.getJob(`transcribe:${sessionId}`);
    expect(await job?.getState()).toBe('completed');
    console.log(
      `[faults] redis restart: killed redis-server on port ${port} (${describeKill(killed)}) at ${restartedAfterMs} ms while the Deepgram reply was pending, restarted it on the same AOF.\n` +
        `  session ${sessionId} ended READY (statuses seen by the subscriber opened before the restart: ${seen.join(' → ')}), ` +
        `${output.transcripts} transcript, ${output.chunks} chunks, transcribe job ${await job?.getState()}, attempts made ${job?.attemptsMade}; ${Math.round(performance.now() - started)} ms`,
    );
  }, 60_000);

  it('S3 server stopped during a 100 MB upload → SERVICE_UNAVAILABLE, no row, nothing stored; the API keeps answering', async () => {
    const started = performance.now();
    const port = await freePort();
    const dir = await tempDir('s3');
    let s3: ManagedProcess = await startS3rver(port, dir);
    onCleanup(() => s3.stop());
    const api = await startApi({ ...isolation(), S3_ENDPOINT: `http://127.0.0.1:${port}` });
    const world = await worldWithConsents(api);
    const patientId = world.patient.user.id;

    const aborted = api.waitForLog((line) => line.msg === 'upload aborted' && String(line.storageKey).startsWith(`${world.organizationId}/${patientId}/`));
    let killed: KillReport | undefined;
    let sentWhenKilled = 0;
    const file = afterBytes(generatedWav(100 * 1024 * 1024), 30 * 1024 * 1024, async (sent) => {
      sentWhenKilled = sent;
      killed = await s3.kill('SIGKILL');
    });
    const res = await uploadSession(api.url, world.therapist.key, { patientId }, file);
    const tookMs = Math.round(performance.now() - started);
    expect(killed).toBeDefined();
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.body.errors?.[0].message).not.toMatch(/ECONN|127\.0\.0\.1|at /);
    expect(await api.app.db.session.count({ where: { patientId } })).toBe(0);
    expect((await me(api, world)).data?.me.id).toBe(world.therapist.user.id);
    // It failed mid-multipart; the abort itself cannot reach a dead server, which the log says.
    const abortReport = await aborted;
    expect(abortReport.uploadId).toEqual(expect.any(String));

    // With the S3 server back on the same data, nothing of the recording is there and uploads work again.
    s3 = await startS3rver(port, dir);
    expect(await listKeys(api.app.store, `${world.organizationId}/${patientId}/`)).toEqual([]);
    const again = await uploadSession(api.url, world.therapist.key, { patientId }, makeWav(1));
    expect(again.body.data?.uploadSession).toMatchObject({ status: 'UPLOADED' });
    console.log(
      `[faults] s3 stop: killed s3rver (${describeKill(killed!)}) after ${(sentWhenKilled / 2 ** 20).toFixed(0)} MiB of 100 MiB were sent.\n` +
        `  upload answered HTTP ${res.status} ${res.body.errors?.[0].extensions?.code} after ${tookMs} ms; multipart upload ${String(abortReport.uploadId).slice(0, 12)}… abort ${abortReport.aborted ? 'done' : 'not possible (server down)'}; session rows for the patient: 0; ` +
        `after restarting s3rver: no object under the patient's prefix, a new upload is ${String((again.body.data?.uploadSession as { status?: string })?.status)}`,
    );
  }, 60_000);

  it('PostgreSQL connections of the API terminated, one of them mid-query → at most one request fails, as a JSON error with a public code; then it recovers', async () => {
    const applicationName = `faults-api-${randomUUID().slice(0, 8)}`;
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set('application_name', applicationName);
    // No principal cache (AUTH_CACHE_MAX_KEYS=0): every request's key lookup goes to the database, as this case needs.
    const api = await startApi({ ...isolation(), DATABASE_URL: url.toString(), AUTH_CACHE_MAX_KEYS: '0' });
    const world = await makeWorld(api.app.db);
    // Several requests at once, so the pool holds more than one connection to terminate.
    for (const res of await Promise.all(Array.from({ length: 6 }, () => me(api, world)))) expect(res.data?.me.id).toBe(world.therapist.user.id);
    const admin = await connectPg('faults-admin');
    const apiBackends = async (where = 'true') =>
      (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND ${where}`, [applicationName])).rows[0].n;

    // One request's key lookup waits on a lock, so its connection is terminated mid-query, not only idle ones.
    // The lock is held for well under a second (bounded by lock_timeout); other files' key lookups just wait.
    const locker = await connectPg('faults-locker'); // ending it (cleanup) releases the lock if the case fails early
    await locker.query("BEGIN; SET LOCAL lock_timeout = '3s'; LOCK TABLE api_keys IN ACCESS EXCLUSIVE MODE");
    const inFlight = me(api, world);
    await expect.poll(() => apiBackends("wait_event_type = 'Lock'"), { interval: 20, timeout: 5_000 }).toBe(1);
    const { rows } = await admin.query<{ pid: number; state: string; terminated: boolean }>(
      'SELECT pid, state, pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = $1',
      [applicationName],
    );
    await locker.query('ROLLBACK');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.terminated)).toBe(true);

    const attempts = [await inFlight];
    while (attempts.length < 4 && !attempts.at(-1)?.data?.me) attempts.push(await me(api, world));
    const outcomes = attempts.map((a) => (a.data?.me ? `ok (HTTP ${a.status})` : `failed: HTTP ${a.status} ${String(a.errors?.[0]?.extensions?.code ?? a.errors?.[0]?.message.replace(/\s+/g, ' ').slice(0, 200))}`));
    console.log(
      `[faults] postgres: terminated ${rows.length} backends of the API pool (application_name ${applicationName}: ${rows.map((r) => `${r.pid} ${r.state}`).join(', ')}), ` +
        `one while a request's key lookup waited on a lock.\n  requests from then on: ${outcomes.join(', ')}; the pool now holds ${await apiBackends()} new connection(s)`,
    );
    const failures = attempts.filter((a) => !a.data?.me);
    expect(failures.length).toBeLessThanOrEqual(1);
    for (const failure of failures) {
      expect(failure.errors?.[0]?.extensions?.code, JSON.stringify(failure).slice(0, 400)).toBe('SERVICE_UNAVAILABLE');
      expect(failure.errors?.[0]?.message).not.toMatch(/terminat|prisma|postgres|SQL|57P01/i);
    }
    expect(attempts.at(-1)?.data?.me.id).toBe(world.therapist.user.id);
  }, 30_000);
});

/** A pg connection of the test itself, named so it is never mistaken for the API's; closed after the case. */
async function connectPg(applicationName: string): Promise<Client> {
  const client = new Client({ connectionString: process.env.DATABASE_URL, application_name: applicationName });
  await client.connect();
  onCleanup(() => client.end());
  return client;
}

/** `{ me { id } }` as the therapist; a body that is not JSON (e.g. an HTML error page) is reported, not thrown. */
async function me(api: TestApi, world: World): Promise<GqlResult<{ me: { id: string } }>> {
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': world.therapist.key }, body: JSON.stringify({ query: '{ me { id } }' }) });
  const text = await res.text();
  try {
    return { ...(JSON.parse(text) as GqlResult<{ me: { id: string } }>), status: res.status };
  } catch {
    return { status: res.status, errors: [{ message: `not JSON (${res.headers.get('content-type')}): ${text.slice(0, 300)}` }] };
  }
}

/** Passes `source` through; once `threshold` bytes went by, awaits `onReached` before yielding more. */
async function* afterBytes(source: AsyncIterable<Buffer>, threshold: number, onReached: (sent: number) => Promise<void>): AsyncGenerator<Buffer> {
  let sent = 0;
  let reached = false;
  for await (const chunk of source) {
    yield chunk;
    sent += chunk.length;
    if (!reached && sent >= threshold) {
      reached = true;
      await onReached(sent);
    }
  }
}
