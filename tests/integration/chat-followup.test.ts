import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../devtools/factories';
import { startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';

let api: TestApi;
let world: World;

const CHAT = 'mutation($m: String!, $c: ID) { chat(input: {message: $m, conversationId: $c}) { conversationId message { content citations { index sessionId startSec endSec speaker quote } } } }';
type Reply = { chat: { conversationId: string; message: { content: string; citations: { sessionId: string; startSec: number; endSec: number; speaker: string; quote: string }[] } } };

const SESSION: ['Therapist' | 'Patient', string][] = [
  ['Therapist', 'How has your week been?'],
  ['Patient', 'Busy. My manager moved the deadline again and I felt tense most days.'],
  ['Therapist', 'Let us try a breathing exercise. Breathe in for four counts, hold for seven, and breathe out slowly for eight counts.'],
  ['Patient', 'I like that breathing idea. I will do it in the car before work because that is when my chest gets tight.'],
  ['Therapist', 'Good. We can also look at how you talk to your manager next time.'],
];

beforeAll(async () => {
  api = await startTestApi({ CHAT_RATE_LIMIT_PER_HOUR: '20' });
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
  await makeReadySession(api, world, SESSION);
});
afterAll(() => api.close());

describe('follow-up questions', () => {
  it('"And what did I say about that?" after a question on the breathing exercise cites what the patient said about it', async () => {
    const first = await api.gql<Reply>(world.patient.key, CHAT, { m: 'What breathing exercise did we talk about?' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.chat.message.citations.length).toBeGreaterThan(0);
    const followUp = await api.gql<Reply>(world.patient.key, CHAT, { m: 'And what did I say about that?', c: first.data!.chat.conversationId });
    expect(followUp.errors).toBeUndefined();
    const { citations, content } = followUp.data!.chat.message;
    expect(content).not.toMatch(/don.t find|couldn.t find/);
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.some((c) => c.speaker === 'Patient' && /breathing idea/.test(c.quote)), JSON.stringify(citations)).toBe(true);
  });

  it('the same follow-up without the conversation has nothing to go on and declines', async () => {
    const alone = await api.gql<Reply>(world.patient.key, CHAT, { m: 'And what did I say about that?' });
    expect(alone.data!.chat.message.citations).toEqual([]);
  });
});
