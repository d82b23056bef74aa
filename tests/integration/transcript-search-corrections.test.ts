import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';

let api: TestApi;
let world: World;
let sessionId: string;

const TURNS: [speaker: 'Therapist' | 'Patient', text: string][] = [
  ['Therapist', 'Welcome back. How was your week?'],
  ['Patient', 'Busy. Work was stressful and I argued with my manager twice.'],
  ['Therapist', 'How has your sleep been since our last session?'],
  ['Patient', 'I wake up at three in the morning and cannot fall asleep again.'],
  ['Therapist', 'Try the breathing exercise before bed and keep a sleep diary this week.'],
  ['Patient', 'Okay, I will write it down every morning.'],
];

const SEARCH = 'query($p: ID!, $q: String!, $n: Int) { searchTranscripts(patientId: $p, query: $q, first: $n) { sessionId recordedAt segmentIndex startSec endSec speaker role text before { speaker role text } after { speaker text } } }';
type Hit = { sessionId: string; segmentIndex: number; speaker: string; role: string; text: string; before: { text: string }[]; after: { text: string }[] };

beforeAll(async () => {
  api = await startTestApi({}, { ensureBucket: false });
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
  sessionId = await makeReadySession(api, world, TURNS);
});
afterAll(() => api?.close());

describe('searchTranscripts', () => {
  it('finds the utterance with its session, time, speaker, role and the turns around it', async () => {
    const res = await api.gql<{ searchTranscripts: Hit[] }>(world.therapist.key, SEARCH, { p: world.patient.user.id, q: 'waking up at three in the morning', n: 5 });
    expect(res.errors).toBeUndefined();
    const hit = res.data!.searchTranscripts[0];
    expect(hit).toMatchObject({ sessionId, segmentIndex: 3, speaker: 'channel_1', role: 'PATIENT', text: TURNS[3][1] });
    expect(hit.before.map((s) => s.text)).toEqual([TURNS[1][1], TURNS[2][1]]);
    expect(hit.after.map((s) => s.text)).toEqual([TURNS[4][1], TURNS[5][1]]);
    const admin = await api.gql<{ searchTranscripts: Hit[] }>(world.admin.key, SEARCH, { p: world.patient.user.id, q: 'sleep diary' });
    expect(admin.data!.searchTranscripts.some((h) => h.text === TURNS[4][1])).toBe(true);
  });

  it('is audited with the patient and without the query text', async () => {
    await api.gql(world.therapist.key, SEARCH, { p: world.patient.user.id, q: 'manager argument' });
    const events = await api.app.db.auditEvent.findMany({ where: { actorUserId: world.therapist.user.id, action: 'transcript.search' } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.patientId === world.patient.user.id && !JSON.stringify(e).includes('manager'))).toBe(true);
  });

  it('is NOT_FOUND for an unassigned therapist or another organization, FORBIDDEN for a patient, BAD_USER_INPUT for bad input', async () => {
    const other = await makeWorld(api.app.db);
    for (const key of [world.otherTherapist.key, other.admin.key]) expect(codeOf(await api.gql(key, SEARCH, { p: world.patient.user.id, q: 'sleep' }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(world.patient.key, SEARCH, { p: world.patient.user.id, q: 'sleep' }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(world.therapist.key, SEARCH, { p: world.patient.user.id, q: '   ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(world.therapist.key, SEARCH, { p: world.patient.user.id, q: 'sleep', n: 0 }))).toBe('BAD_USER_INPUT');
  });
});

describe('corrections', () => {
  const CORRECT = 'mutation($input: CorrectTranscriptSegmentInput!) { correctTranscriptSegment(input: $input) { segments { speaker role text } } }';
  const HISTORY = 'query($s: ID!) { transcriptCorrections(sessionId: $s) { version segmentIndex actorUserId before { text role } after { text role } createdAt } }';

  it('corrects a segment\'s text and role, versioned with who/before/after, audited, and re-indexed', async () => {
    const embedJobsBefore = (await api.app.queues.embed.getJobs(['waiting', 'delayed', 'active'])).length;
    const first = await api.gql<{ correctTranscriptSegment: { segments: { text: string; role: string }[] } }>(world.therapist.key, CORRECT, { input: { sessionId, index: 5, text: 'Okay, I will write it down every evening.' } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.correctTranscriptSegment.segments[5].text).toBe('Okay, I will write it down every evening.');
    const second = await api.gql(world.admin.key, CORRECT, { input: { sessionId, index: 0, role: 'UNKNOWN' } });
    expect(second.errors).toBeUndefined();
    const history = await api.gql<{ transcriptCorrections: { version: number; segmentIndex: number; actorUserId: string; before: { text: string; role: string }; after: { text: string; role: string } }[] }>(world.patient.key, HISTORY, { s: sessionId });
    expect(history.data!.transcriptCorrections).toMatchObject([
      { version: 1, segmentIndex: 5, actorUserId: world.therapist.user.id, before: { text: TURNS[5][1], role: 'PATIENT' }, after: { text: 'Okay, I will write it down every evening.', role: 'PATIENT' } },
      { version: 2, segmentIndex: 0, actorUserId: world.admin.user.id, before: { role: 'THERAPIST' }, after: { role: 'UNKNOWN', text: TURNS[0][1] } },
    ]);
    const audits = await api.app.db.auditEvent.count({ where: { organizationId: world.organizationId, action: 'transcript.correct', subjectId: sessionId, patientId: world.patient.user.id } });
    expect(audits).toBe(2);
    const embedJobs = await api.app.queues.embed.getJobs(['waiting', 'delayed', 'active']);
    expect(embedJobs.length - embedJobsBefore).toBe(2);
    expect(embedJobs.map((j) => j.data)).toEqual(expect.arrayContaining([{ sessionId, version: 'correction-1' }, { sessionId, version: 'correction-2' }]));
  });

  it('the re-index makes search find the corrected words', async () => {
    const { indexing } = createPipeline(api.app, { name: 'unused', transcribe: () => Promise.reject(new Error('not used')) });
    await api.gql(world.therapist.key, CORRECT, { input: { sessionId, index: 1, text: 'Busy. Work was stressful and I argued with my supervisor Gwendolyn twice.' } });
    expect(await indexing.index(sessionId)).toBe('indexed');
    const res = await api.gql<{ searchTranscripts: Hit[] }>(world.therapist.key, SEARCH, { p: world.patient.user.id, q: 'Gwendolyn' });
    expect(res.data!.searchTranscripts[0]).toMatchObject({ segmentIndex: 1, text: expect.stringContaining('Gwendolyn') });
  });

  it('refuses an index out of range, a correction that changes nothing, and anyone outside the care team', async () => {
    expect(codeOf(await api.gql(world.therapist.key, CORRECT, { input: { sessionId, index: 99, text: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(world.therapist.key, CORRECT, { input: { sessionId, index: 2, text: TURNS[2][1] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(world.therapist.key, CORRECT, { input: { sessionId, index: 2 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(world.otherTherapist.key, CORRECT, { input: { sessionId, index: 2, text: 'changed' } }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(world.patient.key, CORRECT, { input: { sessionId, index: 2, text: 'changed' } }))).toBe('FORBIDDEN');
  });

  it('setSpeakerRole changes only the speaker named: channel_1 to THERAPIST leaves channel_0 THERAPIST', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const id = await makeReadySession(api, w, TURNS);
    const res = await api.gql<{ setSpeakerRole: { segments: { speaker: string; role: string }[] } }>(w.therapist.key, 'mutation($s: ID!) { setSpeakerRole(sessionId: $s, speaker: "channel_1", role: THERAPIST) { segments { speaker role } } }', { s: id });
    expect(res.errors).toBeUndefined();
    const roles = new Set(res.data!.setSpeakerRole.segments.map((s) => `${s.speaker}=${s.role}`));
    expect([...roles].sort()).toEqual(['channel_0=THERAPIST', 'channel_1=THERAPIST']);
  });
});
