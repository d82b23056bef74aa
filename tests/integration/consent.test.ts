import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';

let api: TestApi;
let proxied: TestApi;
let world: World;
let otherOrg: World;

beforeAll(async () => {
  [api, proxied] = await Promise.all([startTestApi(), startTestApi({ TRUST_PROXY: 'true' })]);
  world = await makeWorld(api.app.db);
  otherOrg = await makeWorld(api.app.db);
});
afterAll(async () => {
  await api.close();
  await proxied.close();
});

const GRANT = 'mutation($p: ID!, $t: ConsentType!) { grantConsent(input: {patientId: $p, type: $t}) { id patientId type status actorUserId ipAddress userAgent createdAt } }';
const REVOKE = 'mutation($p: ID!, $t: ConsentType!) { revokeConsent(input: {patientId: $p, type: $t}) { id status actorUserId } }';
const CURRENT = 'query($p: ID!) { consents(patientId: $p) { type status updatedAt } }';
const HISTORY = 'query($p: ID!) { consentHistory(patientId: $p) { id type status actorUserId ipAddress userAgent createdAt } }';

type Record_ = { id: string; type: string; status: string; actorUserId: string; ipAddress: string | null; userAgent: string | null };

describe('grant, revoke, re-grant', () => {
  it('keeps the whole history with actors, IPs and user agents as sent', async () => {
    const p = world.patient.user.id;
    const byPatient = await proxied.gql(world.patient.key, GRANT, { p, t: 'TRANSCRIPTION' }, { 'user-agent': 'PatientApp/2.1 (iOS 18)', 'x-forwarded-for': '203.0.113.7' });
    expect(codeOf(byPatient)).toBeUndefined();
    const byTherapist = await api.gql(world.therapist.key, REVOKE, { p, t: 'TRANSCRIPTION' }, { 'user-agent': 'TherapistDashboard/5.0', 'x-forwarded-for': '198.51.100.9' });
    expect(codeOf(byTherapist)).toBeUndefined();
    const byAdmin = await api.gql(world.admin.key, GRANT, { p, t: 'TRANSCRIPTION' }, { 'user-agent': 'x'.repeat(2000) });
    expect(codeOf(byAdmin)).toBeUndefined();

    const history = await api.gql<{ consentHistory: Record_[] }>(world.patient.key, HISTORY, { p });
    const rows = history.data!.consentHistory.filter((r) => r.type === 'TRANSCRIPTION');
    expect(rows.map((r) => [r.status, r.actorUserId])).toEqual([
      ['GRANTED', world.patient.user.id],
      ['REVOKED', world.therapist.user.id],
      ['GRANTED', world.admin.user.id],
    ]);
    expect(rows[0]).toMatchObject({ ipAddress: '203.0.113.7', userAgent: 'PatientApp/2.1 (iOS 18)' });
    // Without TRUST_PROXY the forwarded header is ignored: the socket address is recorded.
    expect(rows[1].ipAddress).toMatch(/127\.0\.0\.1$/);
    expect(rows[1].userAgent).toBe('TherapistDashboard/5.0');
    expect(rows[2].userAgent).toHaveLength(512);
  });

  it('consents shows the current state of every type, REVOKED when never granted', async () => {
    const p = world.otherPatient.user.id;
    await api.gql(world.otherPatient.key, GRANT, { p, t: 'RECORDING' });
    const res = await api.gql<{ consents: { type: string; status: string; updatedAt: string | null }[] }>(world.otherPatient.key, CURRENT, { p });
    expect(res.data!.consents).toEqual([
      { type: 'RECORDING', status: 'GRANTED', updatedAt: expect.any(String) },
      { type: 'TRANSCRIPTION', status: 'REVOKED', updatedAt: null },
      { type: 'AI_ANALYSIS', status: 'REVOKED', updatedAt: null },
    ]);
  });
});

describe('who may act for a patient', () => {
  const cases: [string, (w: World, o: World) => string, 'ok' | 'NOT_FOUND'][] = [
    ['the patient themself', (w) => w.patient.key, 'ok'],
    ['an assigned therapist', (w) => w.therapist.key, 'ok'],
    ['an admin of the organization', (w) => w.admin.key, 'ok'],
    ['an unassigned therapist', (w) => w.otherTherapist.key, 'NOT_FOUND'],
    ['another patient', (w) => w.otherPatient.key, 'NOT_FOUND'],
    ["another organization's admin", (_w, o) => o.admin.key, 'NOT_FOUND'],
  ];
  it.each(cases)('%s: %s', async (_who, keyOf, expected) => {
    const fresh = await makeWorld(api.app.db);
    const key = keyOf(fresh, otherOrg);
    const p = fresh.patient.user.id;
    for (const [query, vars] of [[GRANT, { p, t: 'AI_ANALYSIS' }], [CURRENT, { p }], [HISTORY, { p }]] as const) {
      const res = await api.gql(key, query, vars);
      expect(codeOf(res) ?? 'ok', query).toBe(expected);
    }
    const written = await api.app.db.consentRecord.count({ where: { patientId: p } });
    expect(written).toBe(expected === 'ok' ? 1 : 0);
  });

  it('a consent for a user who is not a patient is NOT_FOUND', async () => {
    expect(codeOf(await api.gql(world.admin.key, GRANT, { p: world.therapist.user.id, t: 'RECORDING' }))).toBe('NOT_FOUND');
  });
});

describe('invalid changes', () => {
  it('double grant and double revoke are BAD_USER_INPUT and write nothing', async () => {
    const fresh = await makeWorld(api.app.db);
    const p = fresh.patient.user.id;
    expect(codeOf(await api.gql(fresh.patient.key, REVOKE, { p, t: 'RECORDING' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(fresh.patient.key, GRANT, { p, t: 'RECORDING' }))).toBeUndefined();
    const again = await api.gql(fresh.patient.key, GRANT, { p, t: 'RECORDING' });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].message).toMatch(/already granted/);
    expect(codeOf(await api.gql(fresh.patient.key, REVOKE, { p, t: 'RECORDING' }))).toBeUndefined();
    expect(codeOf(await api.gql(fresh.patient.key, REVOKE, { p, t: 'RECORDING' }))).toBe('BAD_USER_INPUT');
    expect(await api.app.db.consentRecord.count({ where: { patientId: p } })).toBe(2);
  });

  it('20 concurrent toggles leave a history that strictly alternates, starting with a grant', async () => {
    const fresh = await makeWorld(api.app.db);
    const p = fresh.patient.user.id;
    const calls = Array.from({ length: 20 }, (_, i) => api.gql(fresh.patient.key, i % 2 === 0 ? GRANT : REVOKE, { p, t: 'AI_ANALYSIS' }));
    const results = await Promise.all(calls);
    const codes = new Set(results.map((r) => codeOf(r) ?? 'ok'));
    expect([...codes].every((c) => c === 'ok' || c === 'BAD_USER_INPUT')).toBe(true);
    const rows = await api.app.db.consentRecord.findMany({ where: { patientId: p, type: 'AI_ANALYSIS' }, orderBy: { sequence: 'asc' } });
    expect(rows.length).toBe(results.filter((r) => !r.errors).length);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, i) => expect(row.status).toBe(i % 2 === 0 ? 'GRANTED' : 'REVOKED'));
  });
});

describe('enforcement', () => {
  it('requireConsent sees a revoke on the very next check, with CONSENT_REQUIRED and the type', async () => {
    const fresh = await makeWorld(api.app.db);
    const p = fresh.patient.user.id;
    await expect(api.app.consent.requireConsent(p, 'TRANSCRIPTION')).rejects.toSatisfy((e) => isAppError(e, 'CONSENT_REQUIRED'));
    await api.gql(fresh.patient.key, GRANT, { p, t: 'TRANSCRIPTION' });
    await expect(api.app.consent.requireConsent(p, 'TRANSCRIPTION')).resolves.toBeUndefined();
    await api.gql(fresh.patient.key, REVOKE, { p, t: 'TRANSCRIPTION' });
    const error = await api.app.consent.requireConsent(p, 'TRANSCRIPTION').catch((e: unknown) => e);
    expect(isAppError(error, 'CONSENT_REQUIRED') && error.details).toEqual({ consentType: 'TRANSCRIPTION' });
  });

  it('a revoke publishes a durable consent-revoked event for the purge', async () => {
    const fresh = await makeWorld(api.app.db);
    const p = fresh.patient.user.id;
    await api.gql(fresh.patient.key, GRANT, { p, t: 'AI_ANALYSIS' });
    const revoked = await api.gql<{ revokeConsent: { id: string } }>(fresh.patient.key, REVOKE, { p, t: 'AI_ANALYSIS' });
    const job = await api.app.queues['consent-revoked'].getJob(`consent-revoked:${revoked.data!.revokeConsent.id}`);
    expect(job?.data).toEqual({ consentRecordId: revoked.data!.revokeConsent.id, organizationId: fresh.organizationId, patientId: p, type: 'AI_ANALYSIS' });
  });

  it('every consent read and change leaves an audit event with the request id', async () => {
    const fresh = await makeWorld(api.app.db);
    const p = fresh.patient.user.id;
    await api.gql(fresh.therapist.key, GRANT, { p, t: 'RECORDING' }, { 'x-request-id': 'req-consent-1' });
    await api.gql(fresh.therapist.key, CURRENT, { p }, { 'x-request-id': 'req-consent-2' });
    await api.gql(fresh.therapist.key, HISTORY, { p }, { 'x-request-id': 'req-consent-3' });
    const events = await api.app.db.auditEvent.findMany({ where: { organizationId: fresh.organizationId }, orderBy: { at: 'asc' } });
    expect(events.map((e) => [e.action, e.actorUserId, e.requestId])).toEqual([
      ['consent.grant', fresh.therapist.user.id, 'req-consent-1'],
      ['consent.read', fresh.therapist.user.id, 'req-consent-2'],
      ['consent.history.read', fresh.therapist.user.id, 'req-consent-3'],
    ]);
  });
});
