import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { connectWs } from '../support/ws';

let api: TestApi;
let world: World;
let otherOrg: World;

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  otherOrg = await makeWorld(api.app.db);
});
afterAll(() => api.close());

const ME = '{ me { id role organizationId } }';

describe('API key authentication over HTTP', () => {
  it('accepts a valid key and answers me as its user', async () => {
    const res = await api.gql<{ me: { id: string; role: string } }>(world.therapist.key, ME);
    expect(res.status).toBe(200);
    expect(res.data?.me).toMatchObject({ id: world.therapist.user.id, role: 'THERAPIST' });
  });

  it.each([
    ['missing', null],
    ['malformed', 'not-a-key'],
    ['unknown', `trag_0123456789ab_${'A'.repeat(43)}`],
  ])('refuses a %s key with UNAUTHENTICATED', async (_label, key) => {
    const res = await api.gql(key, ME);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a key whose secret part is wrong even though its prefix exists', async () => {
    const forged = world.admin.key.slice(0, 18) + 'B'.repeat(43);
    expect(codeOf(await api.gql(forged, ME))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired key', async () => {
    const expired = await makeUser(api.app.db, world.organizationId, 'THERAPIST', { expiresAt: new Date(Date.now() - 1000) });
    expect(codeOf(await api.gql(expired.key, ME))).toBe('UNAUTHENTICATED');
  });

  it('refuses a revoked key on the very next request', async () => {
    const actor = await makeUser(api.app.db, world.organizationId, 'PATIENT');
    expect((await api.gql(actor.key, ME)).data).toBeTruthy();
    const revoked = await api.gql(world.admin.key, 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }', { id: actor.keyId });
    expect(revoked.data).toMatchObject({ revokeApiKey: { id: actor.keyId } });
    expect(codeOf(await api.gql(actor.key, ME))).toBe('UNAUTHENTICATED');
  });

  it('lets introspection through without a key (Apollo Sandbox) but nothing else', async () => {
    const res = await api.gql(null, '{ __schema { queryType { name } } }');
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(codeOf(await api.gql(null, '{ __typename me { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('refuses a multipart request without a key before reading its body', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: ME }));
    form.append('map', '{}');
    const res = await fetch(api.url, { method: 'POST', body: form, headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('records lastUsedAt without writing on every request', async () => {
    const actor = await makeUser(api.app.db, world.organizationId, 'PATIENT');
    await api.gql(actor.key, ME);
    const first = await api.app.db.apiKey.findUniqueOrThrow({ where: { id: actor.keyId } });
    await api.gql(actor.key, ME);
    const second = await api.app.db.apiKey.findUniqueOrThrow({ where: { id: actor.keyId } });
    expect(second.lastUsedAt?.getTime()).toBe(first.lastUsedAt?.getTime());
  });
});

describe('API key authentication over graphql-ws', () => {
  it('acknowledges a connection with a valid key', async () => {
    const conn = await connectWs(api.url, { 'x-api-key': world.patient.key });
    expect(conn.acked).toBe(true);
    conn.socket.close();
  });

  it.each([
    ['missing', {}],
    ['malformed', { 'x-api-key': 'nope' }],
    ['unknown', { 'x-api-key': `trag_0123456789ab_${'A'.repeat(43)}` }],
  ])('closes the socket with a clear reason for a %s key', async (_label, params) => {
    const conn = await connectWs(api.url, params);
    expect(conn.acked).toBe(false);
    expect(conn.code).toBe(4401);
    expect(conn.reason).toMatch(/UNAUTHENTICATED/);
  });

  it('closes the socket for an expired key', async () => {
    const expired = await makeUser(api.app.db, world.organizationId, 'PATIENT', { expiresAt: new Date(Date.now() - 1) });
    const conn = await connectWs(api.url, { 'x-api-key': expired.key });
    expect([conn.acked, conn.code]).toEqual([false, 4401]);
  });
});

describe('roles and tenancy', () => {
  it('FORBIDDEN: a patient cannot create users or keys for anyone but themself', async () => {
    const user = await api.gql(world.patient.key, 'mutation { createUser(input: {email: "x@y.test", name: "X", role: PATIENT}) { id } }');
    expect(codeOf(user)).toBe('FORBIDDEN');
    const other = await api.gql(world.patient.key, 'mutation($u: ID!) { createApiKey(input: {userId: $u, name: "k"}) { secret } }', { u: world.otherPatient.user.id });
    expect(codeOf(other)).toBe('FORBIDDEN');
    // Contract change (issue 15.4): a patient's own key is the one key anybody may mint for a patient.
    const own = await api.gql<{ createApiKey: { secret: string; apiKey: { createdByUserId: string } } }>(
      world.patient.key,
      'mutation($u: ID!) { createApiKey(input: {userId: $u, name: "second device"}) { secret apiKey { createdByUserId } } }',
      { u: world.patient.user.id },
    );
    expect(own.data?.createApiKey.apiKey.createdByUserId).toBe(world.patient.user.id);
    expect((await api.gql(own.data!.createApiKey.secret, ME)).data).toMatchObject({ me: { id: world.patient.user.id } });
  });

  it('FORBIDDEN: a therapist cannot create users', async () => {
    const res = await api.gql(world.therapist.key, 'mutation { createUser(input: {email: "x@y.test", name: "X", role: PATIENT}) { id } }');
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('NOT_FOUND: an admin never reaches another organization\'s users or keys', async () => {
    const users = await api.gql<{ users: { id: string }[] }>(world.admin.key, '{ users { id } }');
    const ids = users.data!.users.map((u) => u.id);
    expect(ids).toContain(world.patient.user.id);
    expect(ids).not.toContain(otherOrg.patient.user.id);
    const assign = await api.gql(world.admin.key, 'mutation($p: ID!, $t: ID!) { assignTherapist(patientId: $p, therapistId: $t) { id } }', {
      p: otherOrg.patient.user.id,
      t: world.therapist.user.id,
    });
    expect(codeOf(assign)).toBe('NOT_FOUND');
    const key = await api.gql(world.admin.key, 'mutation($u: ID!) { createApiKey(input: {userId: $u, name: "k"}) { secret } }', { u: otherOrg.admin.user.id });
    expect(codeOf(key)).toBe('NOT_FOUND');
    const revoke = await api.gql(world.admin.key, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: otherOrg.admin.keyId });
    expect(codeOf(revoke)).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(otherOrg.admin.key, ME))).toBeUndefined();
  });

  it('a malformed id is NOT_FOUND, not an internal error', async () => {
    const res = await api.gql(world.admin.key, 'mutation { revokeApiKey(id: "not-a-uuid") { id } }');
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

describe('secrets at rest and in logs', () => {
  it('stores only a digest: no column of api_keys holds the secret or its random part', async () => {
    const created = await api.gql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string } } }>(
      world.admin.key,
      'mutation($u: ID!) { createApiKey(input: {userId: $u, name: "tablet"}) { secret apiKey { id prefix } } }',
      { u: world.therapist.user.id },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret.startsWith(`trag_${apiKey.prefix}_`)).toBe(true);
    const randomPart = secret.split('_').slice(2).join('_');
    const rows = await api.app.db.$queryRaw<{ row: string }[]>`SELECT row_to_json(k)::text AS row FROM api_keys k`;
    const dump = rows.map((r) => r.row).join('\n');
    expect(dump).toContain(apiKey.prefix);
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(randomPart);
    expect(dump).not.toContain(Buffer.from(randomPart).toString('hex'));
    expect((await api.gql(secret, ME)).data).toMatchObject({ me: { id: world.therapist.user.id } });
  });

  it('never writes a key, a forged key or an email to the log', async () => {
    const forged = `trag_0123456789ab_${'Z'.repeat(43)}`;
    await api.gql(forged, ME);
    await api.gql(world.admin.key, ME);
    await api.gql(world.admin.key, 'mutation { createUser(input: {email: "secret.person@example.test", name: "P", role: PATIENT}) { id } }');
    const text = api.logs.join('');
    expect(api.logs.length).toBeGreaterThan(2);
    for (const needle of [world.admin.key, forged, 'secret.person@example.test', world.admin.user.email]) expect(text).not.toContain(needle);
  });
});
