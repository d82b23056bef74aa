import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDeepgram } from '../support/fake-deepgram';
import { grantAllConsents } from '../../devtools/ready-session';
import { makeWav } from '../../devtools/audio';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { subscribe } from '../support/subscription';
import { entryCommand } from '../support/processes';
import { uploadSession } from '../../devtools/upload';

let api: TestApi;
let replica: TestApi;
let world: World;
let sessionId: string;

const STATUS = 'subscription($id: ID!) { sessionStatus(sessionId: $id) { sessionId status error at } }';

beforeAll(async () => {
  api = await startTestApi();
  // A second API replica on another port, sharing Redis and the queue prefix like a real deployment.
  replica = await startTestApi({ QUEUE_PREFIX: api.app.config.redis.queuePrefix, S3_BUCKET: api.app.config.s3.bucket });
  world = await makeWorld(api.app.db);
  await api.gql(world.patient.key, 'mutation($p: ID!) { grantConsent(input: {patientId: $p, type: RECORDING}) { id } }', { p: world.patient.user.id });
  const res = await uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id }, makeWav(2));
  sessionId = (res.body.data!.uploadSession as { id: string }).id;
});
afterAll(async () => {
  await replica.close();
  await api.close();
});

describe('session and sessions', () => {
  it('patient sees own, therapist their patient\'s, admin the organization\'s; others NOT_FOUND', async () => {
    for (const key of [world.patient.key, world.therapist.key, world.admin.key]) {
      const res = await api.gql<{ session: { id: string } }>(key, 'query($id: ID!) { session(id: $id) { id status sizeBytes } }', { id: sessionId });
      expect(res.data?.session.id).toBe(sessionId);
    }
    const other = await makeWorld(api.app.db);
    for (const key of [world.otherPatient.key, world.otherTherapist.key, other.admin.key]) {
      expect(codeOf(await api.gql(key, 'query($id: ID!) { session(id: $id) { id } }', { id: sessionId }))).toBe('NOT_FOUND');
      const list = await api.gql<{ sessions: { id: string }[] }>(key, '{ sessions { id } }');
      expect(list.data?.sessions.map((s) => s.id) ?? []).not.toContain(sessionId);
    }
  });

  it('filters by patient and status, and audits the list', async () => {
    const res = await api.gql<{ sessions: { id: string }[] }>(world.therapist.key, 'query($p: ID) { sessions(patientId: $p, status: UPLOADED) { id } }', { p: world.patient.user.id });
    expect(res.data!.sessions.map((s) => s.id)).toContain(sessionId);
    const none = await api.gql<{ sessions: { id: string }[] }>(world.therapist.key, 'query($p: ID) { sessions(patientId: $p, status: READY) { id } }', { p: world.patient.user.id });
    expect(none.data!.sessions).toEqual([]);
    const audits = await api.app.db.auditEvent.count({ where: { organizationId: world.organizationId, action: 'session.list' } });
    expect(audits).toBeGreaterThan(0);
  });
});

describe('sessionStatus subscription', () => {
  it('first event is the current state; a change made elsewhere arrives through Redis at another replica', async () => {
    const sub = subscribe<{ sessionStatus: { status: string; sessionId: string } }>(replica.url, world.patient.key, STATUS, { id: sessionId });
    const first = await sub.next();
    expect(first).toMatchObject({ data: { sessionStatus: { sessionId, status: 'UPLOADED' } } });
    // The change is made by the *first* instance's writer (as a worker would); the replica delivers it.
    await api.app.status.transition(sessionId, 'TRANSCRIBING', { from: ['UPLOADED'] });
    expect(await sub.next()).toMatchObject({ data: { sessionStatus: { status: 'TRANSCRIBING' } } });
    await api.app.status.transition(sessionId, 'FAILED', { error: 'Transcription failed after 5 attempts', from: ['TRANSCRIBING'] });
    expect(await sub.next()).toMatchObject({ data: { sessionStatus: { status: 'FAILED', error: 'Transcription failed after 5 attempts' } } });
    await sub.close();
  });

  it('an unauthorised session id gets a NOT_FOUND error, like a missing one', async () => {
    const other = await makeWorld(api.app.db);
    for (const [key, id] of [[other.admin.key, sessionId], [world.otherPatient.key, sessionId], [world.patient.key, '00000000-0000-4000-8000-000000000000']]) {
      const sub = subscribe(api.url, key, STATUS, { id });
      const result = await sub.next();
      expect(result !== 'complete' && result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      await sub.close();
    }
  });

  it('closing a subscription releases its Redis channel', async () => {
    // Earlier subscriptions of this file are released asynchronously after their sockets close.
    await expect.poll(() => replica.app.events.activeChannels().length, { interval: 20, timeout: 5_000 }).toBe(0);
    const sub = subscribe(replica.url, world.therapist.key, STATUS, { id: sessionId });
    await sub.next();
    expect(replica.app.events.activeChannels().length).toBe(1);
    const channel = replica.app.events.activeChannels().find((c) => c.endsWith(sessionId))!;
    expect(((await replica.app.redis.pubsub('NUMSUB', channel)) as [string, number])[1]).toBeGreaterThan(0);
    await sub.close();
    await expect.poll(() => replica.app.events.activeChannels().length, { interval: 20, timeout: 5_000 }).toBe(0);
    await expect.poll(async () => ((await replica.app.redis.pubsub('NUMSUB', channel)) as [string, number])[1], { interval: 20, timeout: 5_000 }).toBe(0);
  });
});

describe('events from a worker process', () => {
  it('a change made by a separate worker process reaches a subscriber on the second API instance', async () => {
    const deepgram = await startFakeDeepgram();
    const root = path.resolve(__dirname, '../..');
    const { command, args } = entryCommand('workers/index.ts');
    const worker = spawn(command, args, {
      cwd: root,
      env: {
        ...process.env,
        QUEUE_PREFIX: api.app.config.redis.queuePrefix,
        S3_BUCKET: api.app.config.s3.bucket,
        DEEPGRAM_API_KEY: deepgram.apiKey,
        DEEPGRAM_BASE_URL: deepgram.url,
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
      detached: true,
    });
    try {
      const w = await makeWorld(api.app.db);
      await grantAllConsents(api, w);
      const res = await uploadSession(api.url, w.therapist.key, { patientId: w.patient.user.id }, makeWav(2));
      const id = (res.body.data!.uploadSession as { id: string }).id;
      const sub = subscribe<{ sessionStatus: { status: string } }>(replica.url, w.patient.key, STATUS, { id });
      const seen: string[] = [];
      while (!['READY', 'FAILED'].includes(seen.at(-1) ?? '')) {
        const next = await sub.next();
        if (next === 'complete') break;
        seen.push(next.data!.sessionStatus.status);
      }
      await sub.close();
      expect(seen.at(-1)).toBe('READY');
      expect(seen).toContain('TRANSCRIBING');
      expect(deepgram.requests.length).toBeGreaterThan(0);
    } finally {
      process.kill(-worker.pid!, 'SIGTERM');
      await deepgram.close();
    }
  }, 60_000);
});
