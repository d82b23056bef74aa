import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline';
import { makeWav } from '../../devtools/audio';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';
import { uploadSession } from '../../devtools/upload';

let api: TestApi;
let world: World;
let sessionId: string;
let conversationId: string;

const EVENTS = 'query($p: ID, $first: Int, $after: ID) { auditEvents(patientId: $p, first: $first, after: $after) { items { id action actorUserId actorType actorJob subjectType subjectId patientId } endCursor hasNextPage } }';
type Event = { id: string; action: string; actorUserId: string | null; actorType: string; actorJob: string | null; subjectType: string; subjectId: string | null; patientId: string | null };

async function eventsOf(patientId: string): Promise<Event[]> {
  const res = await api.gql<{ auditEvents: { items: Event[] } }>(world.admin.key, EVENTS, { p: patientId, first: 500 });
  expect(res.errors).toBeUndefined();
  return res.data!.auditEvents.items;
}

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
  sessionId = await makeReadySession(api, world, [
    ['Therapist', 'How has your sleep been since our last session?'],
    ['Patient', 'I wake up at three in the morning and cannot fall asleep again.'],
  ]);
  const chat = await api.gql<{ chat: { conversationId: string } }>(world.patient.key, 'mutation { chat(input: {message: "What did we say about sleep?"}) { conversationId } }');
  conversationId = chat.data!.chat.conversationId;
});
afterAll(() => api?.close());

describe('who touched patient X', () => {
  it('every read of the patient\'s data names the patient: sessions, transcripts, users, consents, conversations, search', async () => {
    const t = world.therapist.key;
    const p = world.patient.user.id;
    await api.gql(t, 'query($id: ID!) { session(id: $id) { id } }', { id: sessionId });
    await api.gql(t, 'query($id: ID!) { transcript(sessionId: $id) { provider } }', { id: sessionId });
    await api.gql(t, '{ users(role: PATIENT) { id name } }');
    await api.gql(t, 'query($p: ID!) { consents(patientId: $p) { type } }', { p });
    await api.gql(t, 'query($p: ID!) { searchTranscripts(patientId: $p, query: "sleep") { text } }', { p });
    await api.gql(world.patient.key, 'query($id: ID!) { conversation(id: $id) { id } }', { id: conversationId });
    const actions = new Set((await eventsOf(p)).map((e) => `${e.action}:${e.actorUserId === world.patient.user.id ? 'patient' : e.actorUserId === world.therapist.user.id ? 'therapist' : e.actorType}`));
    for (const expected of ['session.read:therapist', 'transcript.read:therapist', 'user.list:therapist', 'consent.read:therapist', 'transcript.search:therapist', 'conversation.read:patient', 'consent.grant:patient', 'chat.:patient']) {
      expect([...actions].some((a) => a.startsWith(expected.split(':')[0]) && a.endsWith(expected.split(':')[1])), expected).toBe(true);
    }
    // No event of another patient answers this question.
    expect((await eventsOf(p)).every((e) => e.patientId === p)).toBe(true);
  });

  it('records denied attempts: another organization, an unassigned therapist, a patient reaching for someone else', async () => {
    const other = await makeWorld(api.app.db);
    expect(codeOf(await api.gql(world.otherTherapist.key, 'query($id: ID!) { transcript(sessionId: $id) { provider } }', { id: sessionId }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(world.otherPatient.key, 'query($id: ID!) { session(id: $id) { id } }', { id: sessionId }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(world.patient.key, '{ users { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(other.admin.key, 'query($id: ID!) { session(id: $id) { id } }', { id: sessionId }))).toBe('NOT_FOUND');
    const denied = (await eventsOf(world.patient.user.id)).filter((e) => e.action.startsWith('access.denied'));
    expect(denied).toEqual(expect.arrayContaining([
      expect.objectContaining({ action: 'access.denied.not-found', actorUserId: world.otherTherapist.user.id, subjectType: 'transcript', subjectId: sessionId }),
      expect.objectContaining({ action: 'access.denied.not-found', actorUserId: world.otherPatient.user.id, subjectType: 'session', subjectId: sessionId }),
    ]));
    // The role refusal concerns no patient id, and the other organization's attempt is in its own trail.
    expect(await api.app.db.auditEvent.count({ where: { actorUserId: world.patient.user.id, action: 'access.denied.forbidden', subjectType: 'users' } })).toBe(1);
    expect(await api.app.db.auditEvent.count({ where: { organizationId: other.organizationId, actorUserId: other.admin.user.id, action: 'access.denied.not-found', subjectId: sessionId, patientId: null } })).toBe(1);
  });

  it('records what workers do with the job as actor: transcript written, audio deleted, session purged', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const res = await uploadSession(api.url, w.therapist.key, { patientId: w.patient.user.id }, makeWav(0.5));
    const id = (res.body.data!.uploadSession as { id: string }).id;
    const segments = [{ speaker: 'channel_0', role: 'UNKNOWN' as const, start: 0, end: 1, text: 'How are you feeling today?' }];
    const { transcription } = createPipeline(api.app, { name: 'test', transcribe: async () => ({ provider: 'test', model: 'given', language: 'en', durationSec: 1, segments }) });
    expect(await transcription.transcribe(id)).toBe('transcribed');
    expect(codeOf(await api.gql(w.admin.key, 'mutation($id: ID!) { deleteSession(id: $id) }', { id }))).toBeUndefined();
    expect(await api.app.purge.purgeSession(id)).toBe('purged');
    const jobs = await api.app.db.auditEvent.findMany({ where: { organizationId: w.organizationId, actorType: 'JOB' }, orderBy: { at: 'asc' } });
    expect(jobs.map((e) => [e.action, e.actorJob, e.subjectId, e.patientId, e.actorUserId])).toEqual([
      ['transcript.write', 'transcribe', id, w.patient.user.id, null],
      ['audio.delete', 'transcribe', id, w.patient.user.id, null],
      ['session.purge', 'purge', id, w.patient.user.id, null],
    ]);
  });

  it('records the consent-revoked job deleting a patient\'s stored audio', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const res = await uploadSession(api.url, w.therapist.key, { patientId: w.patient.user.id }, makeWav(0.2));
    const id = (res.body.data!.uploadSession as { id: string }).id;
    expect(await api.app.purge.purgeAudioOfPatient(w.patient.user.id)).toBe(1);
    const event = await api.app.db.auditEvent.findFirst({ where: { organizationId: w.organizationId, action: 'audio.delete', subjectId: id } });
    expect(event).toMatchObject({ actorType: 'JOB', actorJob: 'consent-revoked', actorUserId: null, patientId: w.patient.user.id });
  });

  it('pages auditEvents(patientId:) without gaps and refuses 100000 at once', async () => {
    const all = await eventsOf(world.patient.user.id);
    const paged: Event[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: { auditEvents: { items: Event[]; endCursor: string | null; hasNextPage: boolean } } | null } = await api.gql(world.admin.key, EVENTS, { p: world.patient.user.id, first: 3, after });
      paged.push(...res.data!.auditEvents.items);
      if (!res.data!.auditEvents.hasNextPage) break;
      after = res.data!.auditEvents.endCursor;
    }
    // Reading the trail is audited too (after `all` was read), so compare the ones both saw.
    expect(paged.map((e) => e.id).filter((id) => all.some((a) => a.id === id))).toEqual(all.map((e) => e.id));
    expect(codeOf(await api.gql(world.admin.key, EVENTS, { p: world.patient.user.id, first: 100_000 }))).toBe('BAD_USER_INPUT');
  });
});

describe('GET /audit/export', () => {
  const exportUrl = (query: string) => api.url.replace(/\/graphql$/, `/audit/export?${query}`);

  it('streams the patient\'s trail as JSON lines for an admin, oldest first, and audits the export', async () => {
    const res = await fetch(exportUrl(`format=jsonl&patientId=${world.patient.user.id}`), { headers: { 'x-api-key': world.admin.key } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every((l) => l.patientId === world.patient.user.id && l.organizationId === world.organizationId)).toBe(true);
    const times = lines.map((l) => Date.parse(String(l.at)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(lines.some((l) => l.action === 'audit.export' && l.actorUserId === world.admin.user.id)).toBe(true);
    expect(Object.keys(lines[0]).sort()).toEqual(['action', 'actorJob', 'actorType', 'actorUserId', 'at', 'id', 'organizationId', 'patientId', 'requestId', 'subjectId', 'subjectType']);
  });

  it('answers 401 without a key, 403 for a therapist, 400 for a bad format or date, and never another organization\'s events', async () => {
    expect((await fetch(exportUrl('format=jsonl'))).status).toBe(401);
    expect((await fetch(exportUrl(`format=jsonl&patientId=${world.patient.user.id}`), { headers: { 'x-api-key': world.therapist.key } })).status).toBe(403);
    expect(await api.app.db.auditEvent.count({ where: { actorUserId: world.therapist.user.id, action: 'access.denied.forbidden', subjectType: 'auditExport', patientId: world.patient.user.id } })).toBe(1);
    const bad = await fetch(exportUrl('format=csv'), { headers: { 'x-api-key': world.admin.key } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await fetch(exportUrl('from=yesterday'), { headers: { 'x-api-key': world.admin.key } })).status).toBe(400);
    const other = await makeWorld(api.app.db);
    const foreign = await fetch(exportUrl(`patientId=${world.patient.user.id}`), { headers: { 'x-api-key': other.admin.key } });
    const lines = (await foreign.text()).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.every((l) => l.organizationId === other.organizationId)).toBe(true);
    expect(lines.map((l) => l.action)).toEqual(['audit.export']);
  });
});
