import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { makeWorld, type World } from '../../devtools/factories';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';
import { TranscriptRepository } from '../../src/transcripts/transcript.repository';
import { utterancesOfChunk } from '../../src/retrieval/utterances';
import { startTestApi, type TestApi } from '../support/harness';

let api: TestApi;
let world: World;
let principal: Principal;

const TOPICS = ['sleep', 'drinking', 'my sister', 'work stress', 'the walk with my dog', 'breathing exercises', 'going back to school', 'smoking'];

/** A long session: many short and long turns, so chunks start and end inside utterances and span several. */
function longSession(): [speaker: 'Therapist' | 'Patient', text: string][] {
  const turns: [speaker: 'Therapist' | 'Patient', text: string][] = [];
  for (let i = 0; i < 160; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const words = i % 7 === 0 ? 120 : 6 + (i % 5) * 9;
    const text = Array.from({ length: words }, (_, w) => (w % 11 === 0 ? topic : `word${(i * 31 + w) % 97}`)).join(' ') + '.';
    turns.push([i % 2 ? 'Patient' : 'Therapist', `About ${topic}, turn ${i}: ${text}`]);
  }
  return turns;
}

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
  await makeReadySession(api, world, longSession(), new Date('2026-03-03T10:00:00Z'));
  await makeReadySession(api, world, longSession().reverse(), new Date('2026-03-10T10:00:00Z'));
  principal = { organizationId: world.organizationId, userId: world.patient.user.id, role: 'PATIENT', apiKeyId: world.patient.keyId };
});
afterAll(() => api.close());

describe('passages read only the segments around them', () => {
  it('give the same utterances (ids, speakers, times, text) as the whole transcript would', async () => {
    const whole = new TranscriptRepository(api.app.db);
    let compared = 0;
    for (const topic of TOPICS) {
      const passages = await api.app.retrieval.retrievePassages(principal, `What did I say about ${topic}?`, { limit: 5 });
      expect(passages.length).toBeGreaterThan(0);
      const segments = await whole.segmentsOfPatient(principal, [...new Set(passages.map((p) => p.sessionId))]);
      for (const passage of passages) {
        expect(passage.utterances).toEqual(utterancesOfChunk(passage, segments.get(passage.sessionId) ?? []));
        compared += passage.utterances.length;
      }
    }
    expect(compared).toBeGreaterThan(TOPICS.length * 5);
  });
});
