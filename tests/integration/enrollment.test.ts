import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';

let api: TestApi;
let world: World;
let otherOrg: World;

const CREATE = 'mutation($u: ID!, $t: Int) { createEnrollment(input: {userId: $u, expiresInSec: $t}) { code enrollment { id userId createdByUserId expiresAt redeemedAt } } }';
const REDEEM = 'mutation($c: String!, $n: String!) { redeemEnrollment(input: {code: $c, name: $n}) { secret apiKey { id userId createdByUserId } } }';

interface Created { createEnrollment: { code: string; enrollment: { id: string; userId: string; createdByUserId: string; expiresAt: string; redeemedAt: string | null } } }
interface Redeemed { redeemEnrollment: { secret: string; apiKey: { id: string; userId: string; createdByUserId: string } } }

beforeAll(async () => {
  api = await startTestApi();
  [world, otherOrg] = await Promise.all([makeWorld(api.app.db), makeWorld(api.app.db)]);
});
afterAll(() => api.close());

async function enroll(key: string, userId: string, expiresInSec?: number): Promise<Created['createEnrollment']> {
  const res = await api.gql<Created>(key, CREATE, { u: userId, t: expiresInSec });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createEnrollment;
}

describe('keys for patients through enrollments', () => {
  it('the assigned therapist enrolls, the patient redeems without a key and the key acts as the patient', async () => {
    const { code, enrollment } = await enroll(world.therapist.key, world.patient.user.id);
    expect(enrollment).toMatchObject({ userId: world.patient.user.id, createdByUserId: world.therapist.user.id, redeemedAt: null });
    const hours = (Date.parse(enrollment.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71);
    expect(hours).toBeLessThanOrEqual(72);

    const redeemed = await api.gql<Redeemed>(null, REDEEM, { c: code, n: 'my phone' });
    expect(redeemed.status).toBe(200);
    const { secret, apiKey } = redeemed.data!.redeemEnrollment;
    expect(apiKey).toMatchObject({ userId: world.patient.user.id, createdByUserId: world.therapist.user.id });

    const me = await api.gql<{ me: { id: string; role: string } }>(secret, '{ me { id role } }');
    expect(me.data?.me).toEqual({ id: world.patient.user.id, role: 'PATIENT' });
    // The key works for what only the patient may do, and every action records it.
    const chat = await api.gql(secret, 'mutation { grantConsent(input: {patientId: "' + world.patient.user.id + '", type: RECORDING}) { id actorUserId } }');
    expect(chat.errors).toBeUndefined();
    const audit = await api.gql<{ auditEvents: { items: { action: string; actorUserId: string; apiKeyId: string | null; subjectId: string }[] } }>(
      world.admin.key,
      '{ auditEvents(first: 50) { items { action actorUserId apiKeyId subjectId } } }',
    );
    const items = audit.data!.auditEvents.items;
    expect(items.find((e) => e.action === 'enrollment.create' && e.subjectId === enrollment.id)).toMatchObject({ actorUserId: world.therapist.user.id, apiKeyId: world.therapist.keyId });
    expect(items.find((e) => e.action === 'enrollment.redeem' && e.subjectId === enrollment.id)).toMatchObject({ actorUserId: world.patient.user.id, apiKeyId: null });
    expect(items.find((e) => e.action.startsWith('consent.') && e.actorUserId === world.patient.user.id)).toMatchObject({ apiKeyId: apiKey.id });
    const row = await api.app.db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } });
    expect(row.apiKeyId).toBe(apiKey.id);
    expect(row.redeemedAt).not.toBeNull();
  });

  it('an admin enrolls any patient of the organization', async () => {
    const { code } = await enroll(world.admin.key, world.otherPatient.user.id, 600);
    const redeemed = await api.gql<Redeemed>(null, REDEEM, { c: code, n: 'tablet' });
    expect(redeemed.data?.redeemEnrollment.apiKey).toMatchObject({ userId: world.otherPatient.user.id, createdByUserId: world.admin.user.id });
  });

  it('a code works once: the second redemption, even concurrent, is NOT_FOUND', async () => {
    const { code } = await enroll(world.therapist.key, world.patient.user.id);
    const both = await Promise.all([api.gql<Redeemed>(null, REDEEM, { c: code, n: 'a' }), api.gql<Redeemed>(null, REDEEM, { c: code, n: 'b' })]);
    expect(both.filter((r) => r.data?.redeemEnrollment).length).toBe(1);
    expect(both.map(codeOf).filter(Boolean)).toEqual(['NOT_FOUND']);
    expect(codeOf(await api.gql(null, REDEEM, { c: code, n: 'c' }))).toBe('NOT_FOUND');
  });

  it('an expired code is NOT_FOUND', async () => {
    const { code, enrollment } = await enroll(world.therapist.key, world.patient.user.id, 60);
    await api.app.db.enrollment.update({ where: { id: enrollment.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const res = await api.gql(null, REDEEM, { c: code, n: 'late' });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.data ?? null).toBeNull();
  });

  it('NOT_FOUND for a patient the caller may not act for; FORBIDDEN for a patient; BAD_USER_INPUT for a silly lifetime', async () => {
    expect(codeOf(await api.gql(world.otherTherapist.key, CREATE, { u: world.patient.user.id }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(otherOrg.admin.key, CREATE, { u: world.patient.user.id }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(world.admin.key, CREATE, { u: world.therapist.user.id }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(world.patient.key, CREATE, { u: world.patient.user.id }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(world.admin.key, CREATE, { u: world.patient.user.id, t: 5 }))).toBe('BAD_USER_INPUT');
  });

  it('an admin or therapist minting a key for a patient is FORBIDDEN, pointing at createEnrollment', async () => {
    for (const key of [world.admin.key, world.therapist.key]) {
      const res = await api.gql(key, 'mutation($u: ID!) { createApiKey(input: {userId: $u, name: "impersonation"}) { secret } }', { u: world.patient.user.id });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toMatch(/createEnrollment/);
      expect(res.data ?? null).toBeNull();
    }
    const keys = await api.app.db.apiKey.count({ where: { userId: world.patient.user.id, name: 'impersonation' } });
    expect(keys).toBe(0);
  });

  it('an admin still issues keys for therapists, recorded as their issuer', async () => {
    const res = await api.gql<{ createApiKey: { apiKey: { createdByUserId: string } } }>(
      world.admin.key,
      'mutation($u: ID!) { createApiKey(input: {userId: $u, name: "desk"}) { apiKey { createdByUserId } } }',
      { u: world.therapist.user.id },
    );
    expect(res.data?.createApiKey.apiKey.createdByUserId).toBe(world.admin.user.id);
  });

  it('stores only a digest of the code and never logs it', async () => {
    const { code } = await enroll(world.therapist.key, world.patient.user.id);
    await api.gql(null, REDEEM, { c: code, n: 'phone' });
    await api.gql(null, REDEEM, { c: code, n: 'phone' });
    const rows = await api.app.db.$queryRaw<{ row: string }[]>`SELECT row_to_json(e)::text AS row FROM enrollments e`;
    const secretPart = code.slice(4);
    for (const text of [rows.map((r) => r.row).join('\n'), api.logs.join('')]) {
      expect(text).not.toContain(secretPart);
      expect(text).not.toContain(Buffer.from(code).toString('hex'));
    }
    expect(api.logs.length).toBeGreaterThan(3);
  });

  it('admins still cannot read a patient\'s conversations', async () => {
    const res = await api.gql(world.admin.key, '{ conversations { id } }');
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});

describe('redemption throttle', () => {
  it('after the limit of wrong codes the address gets RATE_LIMITED with retryAfterSeconds, even for a good code', async () => {
    const limited = await startTestApi({ AUTH_FAILURE_LIMIT: '3' });
    try {
      const { code } = await enroll(world.therapist.key, world.patient.user.id);
      for (let i = 0; i < 3; i++) expect(codeOf(await limited.gql(null, REDEEM, { c: `enr_${'x'.repeat(32)}`, n: 'guess' }))).toBe('NOT_FOUND');
      const refused = await limited.gql(null, REDEEM, { c: `enr_${'y'.repeat(32)}`, n: 'guess' });
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(codeOf(await limited.gql(null, REDEEM, { c: code, n: 'phone' }))).toBe('RATE_LIMITED');
      // A valid key from the same address is unaffected.
      expect((await limited.gql(world.patient.key, '{ me { id } }')).data).toEqual({ me: { id: world.patient.user.id } });
    } finally {
      await limited.close();
    }
  });
});
