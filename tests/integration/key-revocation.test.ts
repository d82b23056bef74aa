import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_CLOSE_CODE } from '../../src/auth/key-sockets';
import { makeUser, makeWorld, type Actor, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { makeSessionRow, type Target } from '../support/matrix';
import { openLiveSocket, SESSION_STATUS, type LiveSocket } from '../support/live-socket';

// Both API instances share one revocation channel, as replicas of one deployment do; its own name
// keeps this file apart from any other process on the machine.
const channel = `test-revocations-${randomUUID()}`;
let api: TestApi;
let replica: TestApi;
let world: World;
let sessionId: string;

const ME = '{ me { id } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';

beforeAll(async () => {
  [api, replica] = await Promise.all([startTestApi({ AUTH_REVOCATION_CHANNEL: channel }), startTestApi({ AUTH_REVOCATION_CHANNEL: channel })]);
  world = await makeWorld(api.app.db);
  sessionId = await makeSessionRow(api.app.db, { world, patient: world.patient, therapist: world.therapist } as Target);
});
afterAll(async () => {
  await Promise.all([api?.close(), replica?.close()]);
});

/** A fresh key of the world's patient, its cache warmed on `on` by one request. */
async function warmKey(on: TestApi, options: { expiresAt?: Date } = {}): Promise<Actor> {
  const actor = await makeUser(api.app.db, world.organizationId, 'PATIENT', options);
  await api.app.db.careAssignment.create({ data: { organizationId: world.organizationId, therapistId: world.therapist.user.id, patientId: actor.user.id } });
  expect((await on.gql(actor.key, ME)).data).toEqual({ me: { id: actor.user.id } });
  return actor;
}

/** A socket of `actor` following one of its own sessions, its first event received. */
async function following(on: TestApi, actor: Actor): Promise<{ live: LiveSocket; channelCount: () => number }> {
  const own = await makeSessionRow(api.app.db, { world, patient: actor, therapist: world.therapist } as Target);
  const live = await openLiveSocket(on.url, actor.key);
  const id = live.subscribe(SESSION_STATUS, { s: own });
  await live.waitFor((m) => m.type === 'next' && m.id === id);
  const channelCount = () => on.app.events.activeChannels().filter((c) => c.endsWith(own)).length;
  expect(channelCount()).toBe(1);
  return { live, channelCount };
}

describe('revocation over HTTP', () => {
  it('refuses a revoked key on the next request although its principal was cached', async () => {
    const actor = await warmKey(api);
    expect((await api.gql(actor.key, ME)).data).toBeTruthy();
    expect(api.app.keySecurity.cache.size).toBeGreaterThan(0);
    await api.gql(world.admin.key, REVOKE, { id: actor.keyId });
    const after = await api.gql(actor.key, ME);
    expect(after.status).toBe(401);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
  });

  it('refuses it on another replica whose cache was warm, as soon as the revocation arrives', async () => {
    const actor = await warmKey(replica);
    const heard = new Promise((resolve) => replica.app.keySecurity.bus.once('revoked', resolve));
    await api.gql(world.admin.key, REVOKE, { id: actor.keyId });
    await heard;
    expect(codeOf(await replica.gql(actor.key, ME))).toBe('UNAUTHENTICATED');
  });
});

describe('revocation and expiry on open graphql-ws sockets', () => {
  it('closes the socket (4401 "API key revoked") and ends its subscriptions on revocation', async () => {
    const actor = await warmKey(api);
    const { live, channelCount } = await following(api, actor);
    await api.gql(world.admin.key, REVOKE, { id: actor.keyId });
    expect(await live.closed).toMatchObject({ code: KEY_CLOSE_CODE, reason: 'API key revoked' });
    await expect.poll(channelCount).toBe(0);
  });

  it('closes a socket held on another replica when the key is revoked elsewhere', async () => {
    const actor = await warmKey(replica);
    const { live, channelCount } = await following(replica, actor);
    const before = live.messages.length;
    await api.gql(world.admin.key, REVOKE, { id: actor.keyId });
    expect(await live.closed).toMatchObject({ code: KEY_CLOSE_CODE, reason: 'API key revoked' });
    await expect.poll(channelCount).toBe(0);
    // A status change after the revocation reaches nobody on that socket.
    await replica.app.events.publish({ sessionId, status: 'FAILED', error: null, at: new Date() });
    expect(live.messages.slice(before).filter((m) => m.type === 'next')).toEqual([]);
  });

  it('closes the socket (4401 "API key expired") when the key expires, not before', async () => {
    const expiresAt = new Date(Date.now() + 1500);
    const actor = await warmKey(api, { expiresAt });
    const { live, channelCount } = await following(api, actor);
    const closed = await live.closed;
    expect(closed).toMatchObject({ code: KEY_CLOSE_CODE, reason: 'API key expired' });
    expect(closed.at).toBeGreaterThanOrEqual(expiresAt.getTime());
    await expect.poll(channelCount).toBe(0);
    expect(codeOf(await api.gql(actor.key, ME))).toBe('UNAUTHENTICATED');
  });

  it('checks the key again on every operation: a revocation the bus never carried still ends the socket', async () => {
    const actor = await warmKey(replica);
    const live = await openLiveSocket(replica.url, actor.key);
    // The bus goes down (its cache is no longer trusted) and the revocation happens behind its back.
    await replica.app.keySecurity.bus.close();
    expect(replica.app.keySecurity.bus.isLive).toBe(false);
    await api.app.db.apiKey.update({ where: { id: actor.keyId }, data: { revokedAt: new Date() } });
    const id = live.subscribe('{ me { id } }');
    expect(await live.closed).toMatchObject({ code: KEY_CLOSE_CODE, reason: 'API key revoked' });
    expect(live.messages.filter((m) => m.id === id && m.type === 'next')).toEqual([]);
    expect(codeOf(await replica.gql(actor.key, ME))).toBe('UNAUTHENTICATED');
  });
});

describe('lastUsedAt', () => {
  it('is written in batches: one flush records the last use of every key used meanwhile', async () => {
    const [one, two] = [await warmKey(api), await warmKey(api)];
    await api.app.keySecurity.usage.flush();
    const rows = await api.app.db.apiKey.findMany({ where: { id: { in: [one.keyId, two.keyId] } } });
    expect(rows.map((r) => r.lastUsedAt)).not.toContain(null);
  });
});
