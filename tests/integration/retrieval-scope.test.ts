import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { makeWorld, type World } from '../../devtools/factories';
import { passageStems } from '../../src/retrieval/bm25';
import { startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';

let api: TestApi;
let world: World;
let other: World;
let mine: string;
let theirs: string;

const principalOf = (w: World): Principal => ({ organizationId: w.organizationId, userId: w.patient.user.id, role: 'PATIENT', apiKeyId: w.patient.keyId });

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  other = await makeWorld(api.app.db);
  for (const w of [world, other]) await grantAllConsents(api, w);
  mine = await makeReadySession(api, world, [['Therapist', 'How did the walk with your dog go?'], ['Patient', 'The walk with my dog helped me calm down.']]);
  theirs = await makeReadySession(api, other, [['Therapist', 'How did the walk with your dog go?'], ['Patient', 'The walk with my dog was a disaster, it rained.']]);
});
afterAll(() => api.close());

describe('the reads behind BM25 and citations are scoped to the principal\'s organization and patient', () => {
  it('chunk ids, chunk rows and transcript segments of another patient are never returned', async () => {
    const { chunks } = api.app;
    const myIds = await chunks.patientChunkIds(principalOf(world));
    const theirIds = await chunks.patientChunkIds(principalOf(other));
    expect(myIds.length).toBeGreaterThan(0);
    expect(theirIds.some((id) => myIds.includes(id))).toBe(false);
    expect(await chunks.chunksByIds(principalOf(world), theirIds)).toEqual([]);
    expect((await chunks.chunksByIds(principalOf(world), [...theirIds, ...myIds])).map((c) => c.id)).toEqual(myIds);
    const everything = { startSec: 0, endSec: 1e9 };
    const windows = await chunks.segmentWindows(principalOf(world), [{ sessionId: mine, ...everything }, { sessionId: theirs, ...everything }], 1);
    expect(windows[0]?.segments.map((s) => s.text)).toEqual(['How did the walk with your dog go?', 'The walk with my dog helped me calm down.']);
    expect(windows[1]).toBeNull();
  });

  it('passages carry their utterances, each with its own speaker and times', async () => {
    const [passage] = await api.app.retrieval.retrievePassages(principalOf(world), 'What did I say about the walk with my dog?');
    expect(passage.sessionId).toBe(mine);
    expect(passage.utterances.map((u) => [u.speaker, u.text])).toEqual([
      ['Therapist', 'How did the walk with your dog go?'],
      ['Patient', 'The walk with my dog helped me calm down.'],
    ]);
    expect(passage.utterances[0].endSec).toBe(passage.utterances[1].startSec);
  });

  it('knownStems answers from every chunk of the caller\'s own sessions only', async () => {
    const stems = passageStems('calm disaster rained walk');
    const known = await api.app.retrieval.knownStems(principalOf(world), stems);
    expect([...known].sort()).toEqual(passageStems('calm walk').sort());
    expect([...(await api.app.retrieval.knownStems(principalOf(other), stems))].sort()).toEqual(passageStems('disaster rained walk').sort());
  });
});
