import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED_ANSWER, ERASED_BY_REVOCATION } from '../../src/lifecycle/purge.service';
import { makeWav } from '../../devtools/audio';
import { makeWorld } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';
import { listKeys } from '../../devtools/storage';
import { subscribe } from '../support/subscription';
import { uploadSession } from '../../devtools/upload';
import { startTestWorkers } from '../support/workers';

let api: TestApi;
let workers: Awaited<ReturnType<typeof startTestWorkers>>;

const CHAT = 'mutation($m: String!) { chat(input: {message: $m}) { conversationId message { id content citations { sessionId quote } } } }';
const TURNS: ['Therapist' | 'Patient', string][] = [
  ['Therapist', 'What helped you most with the panic attacks this month?'],
  ['Patient', 'Counting five things I can see and four things I can touch really helped me at the supermarket.'],
];

beforeAll(async () => {
  api = await startTestApi();
  // Workers for purge and consent-revoked; transcription is not exercised here.
  workers = await startTestWorkers(api.app, { name: 'unused', transcribe: () => Promise.reject(new Error('not used')) });
});
afterAll(async () => {
  await workers.close();
  await api.close();
});

describe('deleteSession', () => {
  it('removes audio, transcript, chunks and quotes; subscribers get DELETED and the stream completes', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const sessionId = await makeReadySession(api, w, TURNS);
    // Give the session a stored recording too.
    const key = `${w.organizationId}/${w.patient.user.id}/${sessionId}/recording`;
    await api.app.store.client.putObject(api.app.store.bucket, key, makeWav(1));
    await api.app.db.session.update({ where: { id: sessionId }, data: { storageKey: key } });
    const answered = await api.gql<{ chat: { message: { id: string; citations: { sessionId: string }[] } } }>(w.patient.key, CHAT, { m: 'What helped with the panic attacks at the supermarket?' });
    const answerId = answered.data!.chat.message.id;
    expect(answered.data!.chat.message.citations[0]?.sessionId).toBe(sessionId);

    const sub = subscribe<{ sessionStatus: { status: string } }>(api.url, w.patient.key, 'subscription($id: ID!) { sessionStatus(sessionId: $id) { status } }', { id: sessionId });
    expect(await sub.next()).toMatchObject({ data: { sessionStatus: { status: 'READY' } } });
    const purged = api.waitForLog((l) => l.msg === 'session purged' && l.sessionId === sessionId);
    expect((await api.gql(w.therapist.key, 'mutation($id: ID!) { deleteSession(id: $id) }', { id: sessionId })).data).toEqual({ deleteSession: true });
    expect(await sub.next()).toMatchObject({ data: { sessionStatus: { status: 'DELETED' } } });
    expect(await sub.next()).toBe('complete');
    await sub.close();
    // Gone from every query at once, even before the purge ran.
    expect(codeOf(await api.gql(w.patient.key, 'query($id: ID!) { session(id: $id) { id } }', { id: sessionId }))).toBe('NOT_FOUND');

    await purged;
    expect(await listKeys(api.app.store, `${w.organizationId}/${w.patient.user.id}/${sessionId}/`)).toEqual([]);
    expect(await api.app.db.transcript.count({ where: { sessionId } })).toBe(0);
    expect(await api.app.db.sessionChunk.count({ where: { sessionId } })).toBe(0);
    const cited = await api.app.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM messages WHERE citations::text LIKE ${`%${sessionId}%`}`;
    expect(Number(cited[0].n)).toBe(0);
    const answer = await api.app.db.message.findUniqueOrThrow({ where: { id: answerId } });
    expect(answer.content).toBe(ERASED_ANSWER);
    expect(answer.content).not.toMatch(/supermarket/);
  });

  it('only an admin or a therapist of the patient may delete; others get NOT_FOUND or FORBIDDEN', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const sessionId = await makeReadySession(api, w, TURNS);
    const other = await makeWorld(api.app.db);
    const del = (key: string) => api.gql(key, 'mutation($id: ID!) { deleteSession(id: $id) }', { id: sessionId });
    expect(codeOf(await del(w.patient.key))).toBe('FORBIDDEN');
    expect(codeOf(await del(w.otherTherapist.key))).toBe('NOT_FOUND');
    expect(codeOf(await del(other.admin.key))).toBe('NOT_FOUND');
    expect(await api.app.db.session.count({ where: { id: sessionId, deletedAt: null } })).toBe(1);
    expect((await del(w.admin.key)).data).toEqual({ deleteSession: true });
  });
});

describe('consent revocation purges what it no longer allows', () => {
  it('TRANSCRIPTION revoked: transcripts and chunks are gone, the session FAILED "consent revoked"', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const sessionId = await makeReadySession(api, w, TURNS);
    await api.gql(w.patient.key, 'mutation($p: ID!) { revokeConsent(input: {patientId: $p, type: TRANSCRIPTION}) { id } }', { p: w.patient.user.id });
    expect(await api.app.db.transcript.count({ where: { patientId: w.patient.user.id } })).toBe(0);
    expect(await api.app.db.sessionChunk.count({ where: { patientId: w.patient.user.id } })).toBe(0);
    expect(await api.app.db.session.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ status: 'FAILED', error: 'consent revoked' });
  });

  it('TRANSCRIPTION revoked: answers that quoted the transcripts lose their text and quotes; the conversation holds no transcript text', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const sessionId = await makeReadySession(api, w, TURNS);
    const second = await makeReadySession(api, w, [['Therapist', 'Last week you tried the breathing exercise before bed.'], ['Patient', 'Breathing in for four and out for six helped me fall asleep.']], new Date('2026-03-10T10:00:00Z'));
    const first = await api.gql<{ chat: { conversationId: string; message: { citations: { sessionId: string; quote: string }[] } } }>(w.patient.key, CHAT, { m: 'What helped with the panic attacks at the supermarket?' });
    const conversationId = first.data!.chat.conversationId;
    const followUp = await api.gql<{ chat: { message: { citations: { sessionId: string }[] } } }>(
      w.patient.key,
      'mutation($m: String!, $c: ID!) { chat(input: {message: $m, conversationId: $c}) { message { citations { sessionId } } } }',
      { m: 'What breathing exercise helped me fall asleep?', c: conversationId },
    );
    const citedSessions = new Set([...first.data!.chat.message.citations, ...followUp.data!.chat.message.citations].map((c) => c.sessionId));
    expect(citedSessions).toEqual(new Set([sessionId, second]));
    const READ = 'query($id: ID!) { conversation(id: $id) { messages { role content citations { quote } } } }';
    const before = JSON.stringify((await api.gql(w.patient.key, READ, { id: conversationId })).data);
    expect(before).toMatch(/supermarket/);

    const revoked = await api.gql(w.patient.key, 'mutation($p: ID!) { revokeConsent(input: {patientId: $p, type: TRANSCRIPTION}) { id } }', { p: w.patient.user.id });
    expect(revoked.errors).toBeUndefined();

    const after = await api.gql<{ conversation: { messages: { role: string; content: string; citations: { quote: string }[] }[] } }>(w.patient.key, READ, { id: conversationId });
    const answers = after.data!.conversation.messages.filter((m) => m.role === 'ASSISTANT');
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(answer).toEqual({ role: 'ASSISTANT', content: ERASED_BY_REVOCATION, citations: [] });
    // Only the patient's own questions remain; nothing said in the sessions does.
    const text = JSON.stringify(after.data);
    for (const [, line] of [...TURNS, ['Patient', 'Breathing in for four and out for six']] as const) expect(text).not.toContain(line.slice(0, 30));
    expect(text).not.toMatch(/four things I can touch|out for six/);
    const stored = await api.app.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id
      WHERE c.patient_id = ${w.patient.user.id}::uuid AND (m.content ILIKE '%touch%' OR m.citations::text <> '[]')`;
    expect(Number(stored[0].n)).toBe(0);
  });

  it('RECORDING revoked: stored audio is deleted by the consent-revoked job', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const up = await uploadSession(api.url, w.therapist.key, { patientId: w.patient.user.id }, makeWav(2));
    const sessionId = (up.body.data!.uploadSession as { id: string }).id;
    const prefix = `${w.organizationId}/${w.patient.user.id}/${sessionId}/`;
    expect((await listKeys(api.app.store, prefix)).length).toBe(1);
    const revoked = await api.gql<{ revokeConsent: { id: string } }>(w.patient.key, 'mutation($p: ID!) { revokeConsent(input: {patientId: $p, type: RECORDING}) { id } }', { p: w.patient.user.id });
    const job = await api.app.queues['consent-revoked'].getJob(`consent-revoked:${revoked.data!.revokeConsent.id}`);
    expect(await job!.finished()).toEqual({ audioDeleted: 1 });
    expect(await listKeys(api.app.store, prefix)).toEqual([]);
    expect(await api.app.db.session.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ storageKey: null, status: 'FAILED', error: 'consent revoked' });
  });
});
