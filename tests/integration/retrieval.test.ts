import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { makeWorld, type World } from '../../devtools/factories';
import { startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';

let api: TestApi;
let world: World;
let otherOrg: World;

const principalOf = (w: World, who: 'patient' | 'otherPatient' = 'patient'): Principal => ({
  organizationId: w.organizationId,
  userId: w[who].user.id,
  role: 'PATIENT',
  apiKeyId: w[who].keyId,
});
const QUERY = 'What did we say about the panic attack on the subway platform?';
const EXACT: ['Therapist' | 'Patient', string][] = [
  ['Therapist', 'Tell me about the panic attack on the subway platform.'],
  ['Patient', 'The panic attack on the subway platform came out of nowhere; my chest was tight and I had to sit down.'],
];
const WEAK: ['Therapist' | 'Patient', string][] = [
  ['Therapist', 'How was your week at the office?'],
  ['Patient', 'Busy. I felt a little anxious before the quarterly meeting but it went fine.'],
];

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  otherOrg = await makeWorld(api.app.db);
  // Patient A has only a weak match; patient B (same org) and a patient of another org match exactly.
  const patientB = { ...world, patient: world.otherPatient, therapist: world.otherTherapist };
  for (const w of [world, patientB, otherOrg]) await grantAllConsents(api, w);
  await makeReadySession(api, world, WEAK);
  await makeReadySession(api, patientB, EXACT);
  await makeReadySession(api, otherOrg, EXACT);
});
afterAll(() => api.close());

describe('per-patient retrieval', () => {
  it.each(['hybrid', 'vector', 'text'] as const)('%s: patient A never gets patient B\'s chunk, even when B\'s text matches better', async (mode) => {
    const found = await api.app.retrieval.retrieve(principalOf(world), QUERY, { limit: 10, mode });
    const sessions = await api.app.db.session.findMany({ where: { id: { in: found.map((c) => c.sessionId) } } });
    expect(sessions.every((s) => s.patientId === world.patient.user.id && s.organizationId === world.organizationId)).toBe(true);
    expect(found.map((c) => c.text).join(' ')).not.toContain('subway');
  });

  it('patient B finds their own matching chunk first', async () => {
    const [top] = await api.app.retrieval.retrieve(principalOf(world, 'otherPatient'), QUERY);
    expect(top.text).toContain('subway platform');
    expect(top.foundBy.sort()).toEqual(['text', 'vector']);
  });

  it('another organization\'s patient with the same text never appears, and ids cannot be borrowed across orgs', async () => {
    // A principal claiming another org's patient id with its own org id finds nothing.
    const forged: Principal = { ...principalOf(world), userId: otherOrg.patient.user.id };
    expect(await api.app.retrieval.retrieve(forged, QUERY, { limit: 10 })).toEqual([]);
  });

  it('only READY, undeleted sessions and chunks of the current embedding model are searched', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const sessionId = await makeReadySession(api, w, EXACT);
    const search = () => api.app.retrieval.retrieve(principalOf(w), QUERY, { limit: 10 });
    expect((await search()).length).toBeGreaterThan(0);
    await api.app.db.session.update({ where: { id: sessionId }, data: { status: 'EMBEDDING' } });
    expect(await search()).toEqual([]);
    await api.app.db.session.update({ where: { id: sessionId }, data: { status: 'READY', deletedAt: new Date() } });
    expect(await search()).toEqual([]);
    await api.app.db.session.update({ where: { id: sessionId }, data: { deletedAt: null } });
    await api.app.db.sessionChunk.updateMany({ where: { sessionId }, data: { embeddingModel: 'some-old-model' } });
    expect((await api.app.retrieval.retrieve(principalOf(w), QUERY, { limit: 10, mode: 'vector' }))).toEqual([]);
  });

  it('only a patient principal may search', async () => {
    await expect(api.app.retrieval.retrieve({ ...principalOf(world), role: 'THERAPIST' }, QUERY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
