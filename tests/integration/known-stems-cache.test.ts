import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { makeWorld, type World } from '../../devtools/factories';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';
import { passageStems } from '../../src/retrieval/bm25';
import { startTestApi, type TestApi } from '../support/harness';

let api: TestApi;
let world: World;
let principal: Principal;
let reads = 0;

beforeAll(async () => {
  // The stems cache is what answers when the per-patient index is off or not built yet (with it,
  // knownStems is answered from the index: tests/integration/patient-index.test.ts).
  api = await startTestApi({ RETRIEVAL_INDEX_CACHE_MB: '0' });
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
  await makeReadySession(api, world, [['Therapist', 'How did the walk with your dog go?'], ['Patient', 'The walk with my dog helped me calm down.']]);
  principal = { organizationId: world.organizationId, userId: world.patient.user.id, role: 'PATIENT', apiKeyId: world.patient.keyId };
  const chunks = api.app.chunks as unknown as { knownStems: (...args: unknown[]) => Promise<unknown> };
  const original = chunks.knownStems.bind(chunks);
  chunks.knownStems = (...args: unknown[]) => {
    reads++;
    return original(...args);
  };
});
afterAll(() => api.close());

describe('knownStems of a request is answered from memory while the patient\'s chunks are unchanged', () => {
  it('reads the postings once per version of the chunks; a new session is seen at once', async () => {
    const stems = passageStems('walk calm garden');
    const ask = async () => {
      const { knownStems } = await api.app.retrieval.retrieveForAnswer(principal, 'What did I say about the walk?');
      return [...(await knownStems(stems))].sort();
    };
    expect(await ask()).toEqual(passageStems('walk calm').sort());
    expect(reads).toBe(1);
    expect(await ask()).toEqual(passageStems('walk calm').sort());
    expect(reads).toBe(1);
    // Other stems at the same version are read (once), the cached ones still answer.
    const { knownStems } = await api.app.retrieval.retrieveForAnswer(principal, 'What did I say about the walk?');
    expect([...(await knownStems(passageStems('dog')))]).toEqual(passageStems('dog'));
    expect(reads).toBe(2);

    await makeReadySession(api, world, [['Patient', 'I planted tomatoes in the garden.']], new Date('2026-03-10T10:00:00Z'));
    expect(await ask()).toEqual(passageStems('walk calm garden').sort());
    expect(reads).toBe(3);

    // Without a version (no request's search behind it) the postings are read every time.
    await api.app.retrieval.knownStems(principal, stems);
    expect(reads).toBe(4);
  });

  it('a deleted session\'s stems are gone on the next request', async () => {
    const stems = passageStems('tomatoes');
    const ask = async () => {
      const { knownStems } = await api.app.retrieval.retrieveForAnswer(principal, 'What did I plant?');
      return [...(await knownStems(stems))];
    };
    expect(await ask()).toEqual(stems);
    await api.app.db.session.updateMany({ where: { patientId: world.patient.user.id, recordedAt: new Date('2026-03-10T10:00:00Z') }, data: { deletedAt: new Date(), status: 'DELETED' } });
    expect(await ask()).toEqual([]);
  });
});
