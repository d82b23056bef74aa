import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';

let api: TestApi;
let world: World;

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
});
afterAll(() => api.close());

const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id email name role organizationId } }';

describe('createUser', () => {
  it('creates a user in the admin\'s organization, email normalised, with an audit event', async () => {
    const res = await api.gql<{ createUser: { id: string; email: string; organizationId: string } }>(world.admin.key, CREATE, {
      i: { email: 'New.Patient@Example.test', name: 'New Patient', role: 'PATIENT' },
    });
    expect(res.data?.createUser).toMatchObject({ email: 'new.patient@example.test', organizationId: world.organizationId });
    const audit = await api.app.db.auditEvent.findMany({ where: { subjectId: res.data!.createUser.id } });
    expect(audit).toEqual([expect.objectContaining({ action: 'user.create', actorUserId: world.admin.user.id })]);
  });

  it('rejects a duplicate email in the same organization with BAD_USER_INPUT and writes nothing', async () => {
    const input = { email: 'twice@example.test', name: 'Twice', role: 'THERAPIST' };
    expect(codeOf(await api.gql(world.admin.key, CREATE, { i: input }))).toBeUndefined();
    const again = await api.gql(world.admin.key, CREATE, { i: { ...input, email: 'TWICE@example.test' } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(await api.app.db.user.count({ where: { organizationId: world.organizationId, email: 'twice@example.test' } })).toBe(1);
  });

  it('rejects an invalid email and an empty name with BAD_USER_INPUT naming the fields', async () => {
    const res = await api.gql(world.admin.key, CREATE, { i: { email: 'nope', name: '', role: 'PATIENT' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const props = (res.errors![0].extensions!.validationErrors as { property: string }[]).map((v) => v.property);
    expect(props.sort()).toEqual(['email', 'name']);
  });

  it('rejects an unknown role as BAD_USER_INPUT', async () => {
    const res = await api.gql(world.admin.key, CREATE, { i: { email: 'r@example.test', name: 'R', role: 'OWNER' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('users and assignTherapist', () => {
  it('a therapist lists only their own patients', async () => {
    const res = await api.gql<{ users: { id: string }[] }>(world.therapist.key, '{ users { id role } }');
    expect(res.data?.users.map((u) => u.id)).toEqual([world.patient.user.id]);
  });

  it('an admin lists the organization, filtered by role', async () => {
    const res = await api.gql<{ users: { role: string }[] }>(world.admin.key, '{ users(role: THERAPIST) { id role } }');
    expect(res.data!.users.length).toBeGreaterThanOrEqual(2);
    expect(new Set(res.data!.users.map((u) => u.role))).toEqual(new Set(['THERAPIST']));
  });

  it('a patient may not list users', async () => {
    expect(codeOf(await api.gql(world.patient.key, '{ users { id } }'))).toBe('FORBIDDEN');
  });

  it('assigns a therapist idempotently; the therapist then sees the patient', async () => {
    const q = 'mutation($p: ID!, $t: ID!) { assignTherapist(patientId: $p, therapistId: $t) { id } }';
    const vars = { p: world.otherPatient.user.id, t: world.therapist.user.id };
    expect((await api.gql(world.admin.key, q, vars)).data).toEqual({ assignTherapist: { id: world.otherPatient.user.id } });
    expect(codeOf(await api.gql(world.admin.key, q, vars))).toBeUndefined();
    const res = await api.gql<{ users: { id: string }[] }>(world.therapist.key, '{ users { id } }');
    expect(res.data!.users.map((u) => u.id).sort()).toEqual([world.patient.user.id, world.otherPatient.user.id].sort());
    await api.app.db.careAssignment.delete({ where: { therapistId_patientId: { therapistId: world.therapist.user.id, patientId: world.otherPatient.user.id } } });
  });

  it('refuses to assign with swapped roles (BAD_USER_INPUT)', async () => {
    const res = await api.gql(world.admin.key, 'mutation($p: ID!, $t: ID!) { assignTherapist(patientId: $p, therapistId: $t) { id } }', {
      p: world.therapist.user.id,
      t: world.patient.user.id,
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('createApiKey', () => {
  it('rejects an expiry in the past', async () => {
    const res = await api.gql(world.admin.key, 'mutation($u: ID!, $e: DateTime) { createApiKey(input: {userId: $u, name: "k", expiresAt: $e}) { secret } }', {
      u: world.patient.user.id,
      e: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('a user can list and revoke their own keys but not another user\'s', async () => {
    const own = await api.gql<{ apiKeys: { id: string }[] }>(world.patient.key, '{ apiKeys { id userId } }');
    expect(own.data!.apiKeys.map((k) => k.id)).toEqual([world.patient.keyId]);
    const other = await api.gql(world.patient.key, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: world.otherPatient.keyId });
    expect(codeOf(other)).toBe('NOT_FOUND');
  });
});
