import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';
import { chatRateKey } from '../../src/chat/rate-limiter';

let api: TestApi;
let world: World;
let sessionId: string;

const CHAT = 'mutation($m: String!, $c: ID) { chat(input: {message: $m, conversationId: $c}) { conversationId crisis resources { name contact } message { id role content createdAt citations { index sessionId recordedAt startSec endSec speaker quote } } } }';
type Reply = { chat: { conversationId: string; crisis: boolean; resources: { name: string; contact: string }[]; message: { content: string; citations: { index: number; sessionId: string; speaker: string; quote: string; startSec: number; endSec: number }[] } } };

const SESSION: [ 'Therapist' | 'Patient', string][] = [
  ['Therapist', 'How has your sleep been this week?'],
  ['Patient', 'Not great. I keep waking up at three in the morning worrying about my job interview.'],
  ['Therapist', 'Let us try a breathing exercise. Breathe in for four counts, hold for seven, and breathe out slowly for eight counts.'],
  ['Patient', 'I will try the breathing before bed. I also want to start walking my dog in the evening.'],
  ['Therapist', 'Walking is a good idea. Notice how your body feels after the walk.'],
];

beforeAll(async () => {
  api = await startTestApi({ CHAT_RATE_LIMIT_PER_HOUR: '20' });
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
  sessionId = await makeReadySession(api, world, SESSION);
});
afterAll(() => api.close());

describe('chat', () => {
  it('answers from the patient\'s own session; each citation is the utterance holding its quote, with that utterance\'s speaker and times', async () => {
    const res = await api.gql<Reply>(world.patient.key, CHAT, { m: 'What breathing exercise did my therapist suggest?' });
    expect(res.errors).toBeUndefined();
    const { message, crisis } = res.data!.chat;
    expect(crisis).toBe(false);
    expect(message.citations.length).toBeGreaterThan(0);
    const transcript = await api.app.db.transcript.findUniqueOrThrow({ where: { sessionId } });
    const segments = transcript.segments as unknown as { role: string; start: number; end: number; text: string }[];
    for (const c of message.citations) {
      expect(c.sessionId).toBe(sessionId);
      expect(message.content).toContain(`[${c.index}]`);
      const holder = segments.find((s) => s.text.includes(c.quote));
      expect(holder, c.quote).toBeDefined();
      expect([c.speaker, c.startSec, c.endSec]).toEqual([holder!.role === 'THERAPIST' ? 'Therapist' : 'Patient', holder!.start, holder!.end]);
    }
    expect(message.citations[0]).toMatchObject({ speaker: 'Therapist', quote: expect.stringMatching(/breathing exercise/) });
    expect(message.content.toLowerCase()).toMatch(/breath/);
  });

  it('another patient asking the same question never gets the first patient\'s text', async () => {
    const other = await makeWorld(api.app.db);
    await grantAllConsents(api, other);
    const res = await api.gql<Reply>(other.patient.key, CHAT, { m: 'What breathing exercise did my therapist suggest?' });
    expect(res.data!.chat.message.citations).toEqual([]);
    expect(res.data!.chat.message.content).not.toMatch(/four counts|seven/);
  });

  it('keeps the conversation and follows up with the previous question\'s context', async () => {
    const first = await api.gql<Reply>(world.patient.key, CHAT, { m: 'What did I say about my sleep?' });
    const conversationId = first.data!.chat.conversationId;
    const followUp = await api.gql<Reply>(world.patient.key, CHAT, { m: 'And what time do I wake up?', c: conversationId });
    expect(followUp.data!.chat.conversationId).toBe(conversationId);
    expect(followUp.data!.chat.message.citations.length).toBeGreaterThan(0);
    const convo = await api.gql<{ conversation: { messages: { role: string }[] } }>(world.patient.key, 'query($id: ID!) { conversation(id: $id) { id messages { role content } } }', { id: conversationId });
    expect(convo.data!.conversation.messages.map((m) => m.role)).toEqual(['USER', 'ASSISTANT', 'USER', 'ASSISTANT']);
    const list = await api.gql<{ conversations: { id: string }[] }>(world.patient.key, '{ conversations { id } }');
    expect(list.data!.conversations.map((c) => c.id)).toContain(conversationId);
  });

  it('says so, citing nothing, when the sessions do not cover the question', async () => {
    const res = await api.gql<Reply>(world.patient.key, CHAT, { m: 'What did we decide about my tax return deductions?' });
    expect(res.data!.chat.message.citations).toEqual([]);
    expect(res.data!.chat.message.content).toMatch(/couldn.t find|could not find|don.t find|no record/i);
  });

  it('only patients chat; message length and foreign conversations are checked', async () => {
    expect(codeOf(await api.gql(world.therapist.key, CHAT, { m: 'hi' }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(world.admin.key, CHAT, { m: 'hi' }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(world.patient.key, CHAT, { m: '' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(world.patient.key, CHAT, { m: 'x'.repeat(4001) }))).toBe('BAD_USER_INPUT');
    const mine = await api.gql<Reply>(world.patient.key, CHAT, { m: 'What about walking?' });
    const other = await makeWorld(api.app.db);
    await grantAllConsents(api, other);
    expect(codeOf(await api.gql(other.patient.key, CHAT, { m: 'hello', c: mine.data!.chat.conversationId }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(other.patient.key, 'query($id: ID!) { conversation(id: $id) { id } }', { id: mine.data!.chat.conversationId }))).toBe('NOT_FOUND');
  });
});

describe('crisis first', () => {
  it('answers crisis language with resources, alerts the therapists, audits, and stores the reply', async () => {
    const w = await makeWorld(api.app.db);
    // No consent at all: the crisis reply must not depend on it.
    const res = await api.gql<Reply>(w.patient.key, CHAT, { m: "I don't want to be alive anymore, I've been thinking about ending it" });
    expect(res.errors).toBeUndefined();
    const reply = res.data!.chat;
    expect(reply.crisis).toBe(true);
    expect(reply.resources.map((r) => r.contact)).toEqual(expect.arrayContaining(['call or text 988', 'text HOME to 741741', 'call 911']));
    expect(reply.message.citations).toEqual([]);
    expect(await api.app.db.alert.count({ where: { patientId: w.patient.user.id, kind: 'CRISIS' } })).toBe(1);
    expect(await api.app.db.auditEvent.count({ where: { organizationId: w.organizationId, action: 'chat.crisis' } })).toBe(1);
    expect(await api.app.db.message.count({ where: { conversationId: reply.conversationId } })).toBe(2);
  });
});

describe('consent and rate limit', () => {
  it('CONSENT_REQUIRED without AI_ANALYSIS; a revoke takes effect on the next message and empties retrieval', async () => {
    const w = await makeWorld(api.app.db);
    expect((await api.gql(w.patient.key, CHAT, { m: 'What did we talk about?' })).errors?.[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', consentType: 'AI_ANALYSIS' });
    // A message refused for consent takes no rate-limit slot (the slot is taken while consent is read, then given back).
    expect(await api.app.redis.zcard(chatRateKey(w.patient.user.id))).toBe(0);
    await grantAllConsents(api, w);
    await makeReadySession(api, w, SESSION);
    expect((await api.gql<Reply>(w.patient.key, CHAT, { m: 'What breathing exercise did we do?' })).data!.chat.message.citations.length).toBeGreaterThan(0);
    await api.gql(w.patient.key, 'mutation($p: ID!) { revokeConsent(input: {patientId: $p, type: AI_ANALYSIS}) { id } }', { p: w.patient.user.id });
    expect(codeOf(await api.gql(w.patient.key, CHAT, { m: 'What breathing exercise did we do?' }))).toBe('CONSENT_REQUIRED');
    const principal = { organizationId: w.organizationId, userId: w.patient.user.id, role: 'PATIENT' as const, apiKeyId: w.patient.keyId };
    expect(await api.app.retrieval.retrieve(principal, 'breathing exercise')).toEqual([]);
    expect(await api.app.db.sessionChunk.count({ where: { patientId: w.patient.user.id } })).toBe(0);
  });

  it('30 concurrent messages let exactly 20 through; the 21st gets RATE_LIMITED with retryAfterSeconds; crisis still answered', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    await makeReadySession(api, w, SESSION);
    const results = await Promise.all(Array.from({ length: 30 }, () => api.gql<Reply>(w.patient.key, CHAT, { m: 'What did my therapist say about walking?' })));
    expect(results.filter((r) => !r.errors).length).toBe(20);
    const limited = results.filter((r) => codeOf(r) === 'RATE_LIMITED');
    expect(limited).toHaveLength(10);
    const retry = limited[0].errors![0].extensions!.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(3500);
    expect(retry).toBeLessThanOrEqual(3600);
    const crisis = await api.gql<Reply>(w.patient.key, CHAT, { m: 'I want to kill myself tonight' });
    expect(crisis.data!.chat.crisis).toBe(true);
  });
});
