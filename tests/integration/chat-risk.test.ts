import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assessCrisis, type CrisisAssessment } from '../../src/chat/crisis';
import { buildCrisisReply, resourcesFor } from '../../src/chat/crisis-resources';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';

/**
 * Crisis first, always (issue 16.1) and the two levels (16.5), through `chat`. The risk screen is
 * injected as the container does it; a marker in a message lets a test choose the verdict (a
 * Spanish CRISIS, a CONCERN) independently of today's rules, the rest goes to the real rules.
 */
const CHAT = 'mutation($m: String!, $c: ID) { chat(input: {message: $m, conversationId: $c}) { conversationId crisis riskLevel resources { name contact } message { id content citations { index } } } }';
type Reply = { chat: { conversationId: string; crisis: boolean; riskLevel: string; resources: { name: string; contact: string }[]; message: { id: string; content: string; citations: unknown[] } } };

const ES_CRISIS = '[[screen:es-crisis]]';
const CONCERN = '[[screen:concern]]';
const ES_CONCERN = '[[screen:es-concern]]';
const verdict = (level: CrisisAssessment['level'], language: CrisisAssessment['language']): CrisisAssessment => ({ level, language, isCrisis: level === 'CRISIS', categories: level === 'CRISIS' ? ['SUICIDE'] : [], concernForOthers: false });
const screen = async (message: string): Promise<CrisisAssessment> => {
  if (message.includes(ES_CRISIS)) return verdict('CRISIS', 'es');
  if (message.includes(ES_CONCERN)) return verdict('CONCERN', 'es');
  if (message.includes(CONCERN)) return verdict('CONCERN', 'en');
  return assessCrisis(message);
};
const SESSION: ['Therapist' | 'Patient', string][] = [
  ['Therapist', 'How has your sleep been this week?'],
  ['Patient', 'I keep waking up at three in the morning worrying about my job interview.'],
  ['Therapist', 'Let us try a breathing exercise: in for four counts, hold for seven, out for eight.'],
];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ CHAT_RATE_LIMIT_PER_HOUR: '2' }, { providers: { screen } });
});
afterAll(() => api.close());

const alertsOf = (w: World) => api.app.db.alert.findMany({ where: { patientId: w.patient.user.id }, orderBy: { createdAt: 'asc' } });
const chat = (w: World, m: string, c?: string) => api.gql<Reply>(w.patient.key, CHAT, { m, c });

describe('crisis first, whatever else is wrong with the message', () => {
  it('a message too long to process that carries crisis language gets the crisis reply; its start and end are stored', async () => {
    const w = await makeWorld(api.app.db);
    const long = `${'Work has been a lot lately and I keep going over the same things in my head. '.repeat(60)}I want to kill myself tonight`;
    expect(long.length).toBeGreaterThan(4000);
    const res = await chat(w, long);
    expect(res.errors).toBeUndefined();
    expect(res.data!.chat).toMatchObject({ crisis: true, riskLevel: 'CRISIS' });
    expect(res.data!.chat.resources.map((r) => r.contact)).toContain('call or text 988');
    const [alert] = await alertsOf(w);
    expect(alert).toMatchObject({ level: 'CRISIS', conversationId: res.data!.chat.conversationId });
    const stored = await api.app.db.message.findUniqueOrThrow({ where: { id: alert.messageId! } });
    expect(stored.content.length).toBeLessThanOrEqual(4000);
    expect(stored.content).toContain('I want to kill myself tonight');
    expect(stored.content).toContain('the middle was not stored');
  });

  it('a very long message (300 000 characters) is screened in windows: crisis words at its end still get the crisis reply', async () => {
    const w = await makeWorld(api.app.db);
    const res = await chat(w, `${'I keep going over the same things in my head every night. '.repeat(5_100)}and now I have the pills ready to end it`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.chat).toMatchObject({ crisis: true, riskLevel: 'CRISIS' });
  });

  it('a message too long without crisis language is still BAD_USER_INPUT, and an empty one too', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    expect(codeOf(await chat(w, 'What did we say about sleep? '.repeat(200)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await chat(w, '   '))).toBe('BAD_USER_INPUT');
    expect(await alertsOf(w)).toEqual([]);
  });

  it('a rate-limited patient in crisis gets the crisis reply, never RATE_LIMITED', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    await makeReadySession(api, w, SESSION);
    for (let i = 0; i < 2; i++) expect((await chat(w, 'What breathing exercise did we do?')).errors).toBeUndefined();
    expect(codeOf(await chat(w, 'What breathing exercise did we do?'))).toBe('RATE_LIMITED');
    const res = await chat(w, "I can't do this anymore, I want to end my life");
    expect(res.errors).toBeUndefined();
    expect(res.data!.chat).toMatchObject({ crisis: true, riskLevel: 'CRISIS' });
    expect((await alertsOf(w)).map((a) => a.level)).toEqual(['CRISIS']);
  });

  it('a patient who revoked AI_ANALYSIS consent gets the crisis reply and the alert (a safety duty, not AI analysis)', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    await api.gql(w.patient.key, 'mutation($p: ID!) { revokeConsent(input: {patientId: $p, type: AI_ANALYSIS}) { id } }', { p: w.patient.user.id });
    expect(codeOf(await chat(w, 'What did we talk about?'))).toBe('CONSENT_REQUIRED');
    const res = await chat(w, 'I have been thinking about killing myself');
    expect(res.data!.chat).toMatchObject({ crisis: true, riskLevel: 'CRISIS' });
    expect(await alertsOf(w)).toHaveLength(1);
  });

  it('a crisis in a conversation that is not the patient\'s (or not an id) is answered in a new conversation', async () => {
    const [w, other] = await Promise.all([makeWorld(api.app.db), makeWorld(api.app.db)]);
    const theirs = await chat(other, 'I want to die');
    const res = await chat(w, 'I want to die', theirs.data!.chat.conversationId);
    expect(res.data!.chat.crisis).toBe(true);
    expect(res.data!.chat.conversationId).not.toBe(theirs.data!.chat.conversationId);
    expect(await api.app.db.message.count({ where: { conversationId: theirs.data!.chat.conversationId } })).toBe(2);
    expect((await chat(w, 'I want to die', 'not-an-id')).data!.chat.crisis).toBe(true);
    expect(codeOf(await chat(w, 'What did we talk about?', theirs.data!.chat.conversationId))).toBe('NOT_FOUND');
  });

  it('replies in the message\'s language: the reply and resources come from buildCrisisReply/resourcesFor for what the screen says', async () => {
    const w = await makeWorld(api.app.db);
    const res = await chat(w, `No puedo más, quiero desaparecer para siempre ${ES_CRISIS}`);
    expect(res.data!.chat).toMatchObject({ crisis: true, riskLevel: 'CRISIS' });
    expect(res.data!.chat.message.content).toBe(buildCrisisReply('es'));
    expect(res.data!.chat.resources).toEqual(resourcesFor('es'));
    expect((await alertsOf(w))[0]).toMatchObject({ level: 'CRISIS', language: 'es', categories: ['SUICIDE'] });
  });

  it('when the database cannot store a crisis exchange the patient still gets the reply and resources; operators see an error log', async () => {
    const w = await makeWorld(api.app.db);
    const spy = vi.spyOn(api.app.db, '$transaction').mockRejectedValueOnce(new Error('connection terminated'));
    try {
      const res = await chat(w, 'I want to kill myself tonight');
      expect(res.errors).toBeUndefined();
      expect(res.data!.chat).toMatchObject({ crisis: true, riskLevel: 'CRISIS' });
      expect(res.data!.chat.message.content).toBe(buildCrisisReply('en'));
      expect(res.data!.chat.resources).toEqual(resourcesFor('en'));
    } finally {
      spy.mockRestore();
    }
    await api.waitForLog((line) => line.patientId === w.patient.user.id && String(line.msg).includes('NOT stored'));
  });

  // Marker for the lead: today's English rules miss this; once the multilingual classifier lands this
  // passes, `it.fails` then reports it, and it becomes a plain `it`.
  it('"Quiero morirme" through the real rules is a CRISIS in Spanish', async () => {
    const w = await makeWorld(api.app.db);
    const res = await chat(w, 'Quiero morirme');
    expect(res.data!.chat).toMatchObject({ crisis: true, riskLevel: 'CRISIS' });
    expect(res.data!.chat.resources).toEqual(resourcesFor('es'));
  });
});

describe('CONCERN: answered normally, with resources and a lower-priority alert', () => {
  it('with consent: the normal answer (with citations) plus resources, and a CONCERN alert on the stored message', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    await makeReadySession(api, w, SESSION);
    const res = await chat(w, `What breathing exercise did my therapist suggest? ${CONCERN}`);
    expect(res.errors).toBeUndefined();
    const reply = res.data!.chat;
    expect(reply).toMatchObject({ crisis: false, riskLevel: 'CONCERN' });
    expect(reply.message.citations.length).toBeGreaterThan(0);
    expect(reply.resources).toEqual(resourcesFor('en'));
    const [alert] = await alertsOf(w);
    expect(alert).toMatchObject({ level: 'CONCERN', conversationId: reply.conversationId, escalatedAt: null });
    const stored = await api.app.db.message.findUniqueOrThrow({ where: { id: alert.messageId! } });
    expect(stored).toMatchObject({ role: 'USER', content: expect.stringContaining('breathing exercise') });
  });

  it('without consent, rate limited or too long: still a reply with resources and the alert, never an error', async () => {
    const w = await makeWorld(api.app.db);
    const noConsent = await chat(w, `Everything feels pointless lately ${CONCERN}`);
    expect(noConsent.errors).toBeUndefined();
    expect(noConsent.data!.chat).toMatchObject({ crisis: false, riskLevel: 'CONCERN' });
    expect(noConsent.data!.chat.message.content).toMatch(/consent/);
    expect(noConsent.data!.chat.resources.length).toBeGreaterThan(0);
    await grantAllConsents(api, w);
    for (let i = 0; i < 2; i++) await chat(w, 'What did we talk about?');
    const limited = await chat(w, `Everything feels pointless lately ${CONCERN}`);
    expect(limited.data!.chat.message.content).toMatch(/message limit/);
    const long = await chat(w, `${'We went over my week at work. '.repeat(150)}${CONCERN}`);
    expect(long.data!.chat).toMatchObject({ riskLevel: 'CONCERN' });
    expect(long.data!.chat.message.content).toMatch(/longer than 4000/);
    expect((await alertsOf(w)).map((a) => a.level)).toEqual(['CONCERN', 'CONCERN', 'CONCERN']);
  });

  it('a CONCERN message in Spanish that cannot be answered gets the reason, the resources and the therapist notice in Spanish', async () => {
    const w = await makeWorld(api.app.db);
    const res = await chat(w, `Últimamente todo me parece inútil ${ES_CONCERN}`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.chat).toMatchObject({ crisis: false, riskLevel: 'CONCERN', resources: resourcesFor('es') });
    const content = res.data!.chat.message.content;
    expect(content).toMatch(/^Ahora mismo no puedo responder a eso: .*consentimiento de análisis con IA/);
    expect(content).toContain('• Chat 988 en español: 988lineadevida.org');
    expect(content).toMatch(/Tu terapeuta verá este mensaje/);
    expect(content).not.toMatch(/I can't answer|therapist will see/);
    expect((await alertsOf(w)).map((a) => a.level)).toEqual(['CONCERN']);
  });

  it('worry about someone else (concernForOthers) is a CONCERN reply with resources and a CONCERN alert marked as such', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const res = await chat(w, 'My friend told me she wants to kill herself, what should I do?');
    expect(res.data!.chat).toMatchObject({ crisis: false, riskLevel: 'CONCERN' });
    expect(res.data!.chat.resources.length).toBeGreaterThan(0);
    expect((await alertsOf(w))[0]).toMatchObject({ level: 'CONCERN', concernForOthers: true });
  });

  it('an ordinary question is NONE: no resources, no alert', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const res = await chat(w, 'What did we talk about last time?');
    expect(res.data!.chat).toMatchObject({ crisis: false, riskLevel: 'NONE', resources: [] });
    expect(await alertsOf(w)).toEqual([]);
  });
});
