import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeepgramTranscriber } from '../../src/providers/deepgram.transcriber';
import { makeWav } from '../../devtools/audio';
import { startFakeDeepgram, type FakeDeepgram, type FakeUtterance } from '../support/fake-deepgram';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { listKeys } from '../../devtools/storage';
import { subscribe } from '../support/subscription';
import { uploadSession } from '../../devtools/upload';
import { startTestWorkers } from '../support/workers';

const CONVERSATION: FakeUtterance[] = [
  { start: 0.5, end: 4, transcript: 'Welcome back. How has your sleep been since our last session?', channel: 0, confidence: 0.95 },
  { start: 4.5, end: 12, transcript: 'Still rough. I lie awake replaying conversations from work, mostly with my manager.', channel: 1, confidence: 0.92 },
  { start: 12.5, end: 22, transcript: 'Let us try the four seven eight breathing exercise tonight. Breathe in for four counts, hold for seven, and breathe out for eight.', channel: 0, confidence: 0.94 },
  { start: 22.5, end: 28, transcript: 'Okay. I can also take a walk in the evening to clear my head.', channel: 1, confidence: 0.9 },
];

let api: TestApi;
let deepgram: FakeDeepgram;
let workers: Awaited<ReturnType<typeof startTestWorkers>>;
let world: World;

const grantAll = async (w: World) => {
  for (const t of ['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']) {
    await api.gql(w.patient.key, 'mutation($p: ID!, $t: ConsentType!) { grantConsent(input: {patientId: $p, type: $t}) { id } }', { p: w.patient.user.id, t });
  }
};
const upload = async (w: World) => {
  const res = await uploadSession(api.url, w.therapist.key, { patientId: w.patient.user.id, recordedAt: '2026-03-03T10:00:00Z' }, makeWav(3, { channels: 2 }));
  expect(res.body.errors).toBeUndefined();
  return (res.body.data!.uploadSession as { id: string }).id;
};
/** Follows a session over graphql-ws until `until`, returning every status seen. */
const statusesUntil = async (w: World, sessionId: string, until: string[]) => {
  const sub = subscribe<{ sessionStatus: { status: string } }>(api.url, w.patient.key, 'subscription($id: ID!) { sessionStatus(sessionId: $id) { status error } }', { id: sessionId });
  const seen: string[] = [];
  for (;;) {
    const next = await sub.next();
    if (next === 'complete') break;
    seen.push(next.data!.sessionStatus.status);
    if (until.includes(seen[seen.length - 1])) break;
  }
  await sub.close();
  return seen;
};

beforeAll(async () => {
  api = await startTestApi();
  deepgram = await startFakeDeepgram({ utterances: CONVERSATION });
  workers = await startTestWorkers(api.app, new DeepgramTranscriber({ apiKey: deepgram.apiKey, baseUrl: deepgram.url, retryBaseDelayMs: 10, retryMaxDelayMs: 50 }));
  world = await makeWorld(api.app.db);
  await grantAll(world);
});
afterAll(async () => {
  await workers.close();
  await deepgram.close();
  await api.close();
});

describe('upload → transcribe → embed → READY', () => {
  let sessionId: string;

  it('walks every status, seen live on sessionStatus', async () => {
    sessionId = await upload(world);
    const seen = await statusesUntil(world, sessionId, ['READY', 'FAILED']);
    expect(seen[seen.length - 1]).toBe('READY');
    // The first event is whatever the state was when we subscribed; every later one follows in order.
    const order = ['UPLOADED', 'TRANSCRIBING', 'TRANSCRIBED', 'EMBEDDING', 'READY'];
    expect(seen).toEqual(order.slice(order.indexOf(seen[0])));
    expect(deepgram.requests.at(-1)?.query).toMatchObject({ mip_opt_out: 'true', multichannel: 'true' });
  });

  it('stores a transcript with speakers, roles and times, readable by the patient and audited', async () => {
    const res = await api.gql<{ transcript: { provider: string; segments: { speaker: string; role: string; start: number; text: string }[] } }>(
      world.patient.key,
      'query($id: ID!) { transcript(sessionId: $id) { provider segments { speaker role start end text } } }',
      { id: sessionId },
    );
    const { segments, provider } = res.data!.transcript;
    expect(provider).toBe('deepgram');
    expect(segments.map((s) => [s.speaker, s.role])).toEqual([
      ['channel_0', 'THERAPIST'], ['channel_1', 'PATIENT'], ['channel_0', 'THERAPIST'], ['channel_1', 'PATIENT'],
    ]);
    expect(await api.app.db.auditEvent.count({ where: { subjectId: sessionId, action: 'transcript.read' } })).toBe(1);
    expect(codeOf(await api.gql(world.otherPatient.key, 'query($id: ID!) { transcript(sessionId: $id) { provider } }', { id: sessionId }))).toBe('NOT_FOUND');
  });

  it('deletes the audio after transcription (organization does not keep audio)', async () => {
    const row = await api.app.db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.storageKey).toBeNull();
    expect(await listKeys(api.app.store, `${world.organizationId}/${world.patient.user.id}/${sessionId}/`)).toEqual([]);
  });

  it('running both jobs again leaves one transcript and one set of chunks', async () => {
    const before = await api.app.db.sessionChunk.findMany({ where: { sessionId }, orderBy: { ordinal: 'asc' } });
    expect(before.length).toBeGreaterThan(0);
    expect(await workers.pipeline.transcription.transcribe(sessionId)).toBe('already-transcribed');
    expect(await workers.pipeline.indexing.index(sessionId)).toBe('indexed');
    expect(await workers.pipeline.indexing.index(sessionId)).toBe('indexed');
    expect(await api.app.db.transcript.count({ where: { sessionId } })).toBe(1);
    const after = await api.app.db.sessionChunk.findMany({ where: { sessionId }, orderBy: { ordinal: 'asc' } });
    expect(after.map((c) => [c.ordinal, c.text])).toEqual(before.map((c) => [c.ordinal, c.text]));
  });

  it('the therapist corrects speaker roles and the session is re-indexed with the new labels', async () => {
    // setSpeakerRole changes only the speaker named (issue 19): a swap is two corrections.
    const res = await api.gql(world.therapist.key, 'mutation($id: ID!) { setSpeakerRole(sessionId: $id, speaker: "channel_0", role: PATIENT) { segments { speaker role } } }', { id: sessionId });
    expect(res.errors).toBeUndefined();
    await expect.poll(async () => (await api.app.db.sessionChunk.findFirst({ where: { sessionId } }))?.text.startsWith('Patient: Welcome back'), { interval: 50, timeout: 15_000 }).toBe(true);
    await api.gql(world.therapist.key, 'mutation($id: ID!) { setSpeakerRole(sessionId: $id, speaker: "channel_0", role: THERAPIST) { sessionId } }', { id: sessionId });
    await expect.poll(async () => (await api.app.db.sessionChunk.findFirst({ where: { sessionId } }))?.text.startsWith('Therapist: Welcome back'), { interval: 50, timeout: 15_000 }).toBe(true);
  });
});

describe('consent and retention in the pipeline', () => {
  it('TRANSCRIPTION not granted: the session FAILS with "consent revoked" and the job is not retried', async () => {
    const w = await makeWorld(api.app.db);
    await api.gql(w.patient.key, 'mutation($p: ID!) { grantConsent(input: {patientId: $p, type: RECORDING}) { id } }', { p: w.patient.user.id });
    const id = await upload(w);
    const seen = await statusesUntil(w, id, ['FAILED', 'READY']);
    expect(seen.at(-1)).toBe('FAILED');
    expect((await api.app.db.session.findUniqueOrThrow({ where: { id } })).error).toBe('consent revoked');
    const job = await api.app.queues.transcribe.getJob(`transcribe:${id}`);
    await expect.poll(async () => (await job?.getState()) ?? 'missing', { interval: 50, timeout: 5_000 }).toBe('failed');
    expect((await api.app.queues.transcribe.getJob(`transcribe:${id}`))?.attemptsMade).toBe(1);
  });

  it('an organization that keeps audio keeps the object after transcription', async () => {
    const w = await makeWorld(api.app.db);
    await api.app.db.organization.update({ where: { id: w.organizationId }, data: { keepAudio: true } });
    await grantAll(w);
    const id = await upload(w);
    expect((await statusesUntil(w, id, ['READY', 'FAILED'])).at(-1)).toBe('READY');
    const row = await api.app.db.session.findUniqueOrThrow({ where: { id } });
    expect(await listKeys(api.app.store, row.storageKey!)).toEqual([row.storageKey]);
  });
});
