import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatRateKey } from '../../src/chat/rate-limiter';
import { ObjectStore } from '../../src/infra/object-store';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { freePort } from '../support/processes';
import { dropBucket } from '../../devtools/storage';
import { subscribe } from '../support/subscription';
import { uploadSession } from '../../devtools/upload';
import { makeWav } from '../../devtools/audio';

let api: TestApi;
let world: World;

const grant = async (target: TestApi, w: World, type: string) => {
  const res = await target.gql(w.patient.key, 'mutation($p: ID!, $t: ConsentType!) { grantConsent(input: {patientId: $p, type: $t}) { id } }', { p: w.patient.user.id, t: type });
  expect(res.errors).toBeUndefined();
};

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  await grant(api, world, 'AI_ANALYSIS');
  await grant(api, world, 'RECORDING');
});
afterAll(() => api.close());

describe('NUL characters', () => {
  it('in an inline string literal: BAD_USER_INPUT (as in variables), not INTERNAL, and nothing stored', async () => {
    const inline = await api.gql(world.patient.key, 'mutation { chat(input: {message: "hello\\u0000world"}) { conversationId } }');
    expect(inline.status).toBe(400);
    expect(inline.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', validationErrors: [] });
    expect(inline.errors?.[0].message).toMatch(/NUL/);
    const userName = await api.gql(world.admin.key, 'mutation { createUser(input: {email: "nul@example.test", name: "a\\u0000b", role: PATIENT}) { id } }');
    expect(codeOf(userName)).toBe('BAD_USER_INPUT');
    const variables = await api.gql(world.patient.key, 'mutation($m: String!) { chat(input: {message: $m}) { conversationId } }', { m: 'hello\u0000world' });
    expect(variables.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', validationErrors: [] });
    expect(await api.app.db.user.count({ where: { organizationId: world.organizationId, email: 'nul@example.test' } })).toBe(0);
  });
});

describe('one chat per request', () => {
  it('aliased chat fields are refused before anything runs: no exchange stored, no rate-limit slot taken', async () => {
    const w = await makeWorld(api.app.db);
    await grant(api, w, 'AI_ANALYSIS');
    const aliases = Array.from({ length: 25 }, (_, i) => `c${i}: chat(input: {message: "What did we talk about? ${i}"}) { conversationId }`).join('\n');
    const res = await api.gql(w.patient.key, `mutation { ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/Only one chat per request/);
    expect(await api.app.db.conversation.count({ where: { patientId: w.patient.user.id } })).toBe(0);
    expect(await api.app.redis.exists(chatRateKey(w.patient.user.id))).toBe(0);
    // Also through fragments.
    const viaFragments = await api.gql(w.patient.key, 'mutation { ...A ...B } fragment A on Mutation { a: chat(input: {message: "one"}) { conversationId } } fragment B on Mutation { b: chat(input: {message: "two"}) { conversationId } }');
    expect(viaFragments.errors?.[0].message).toMatch(/Only one chat per request/);
    // One chat is fine.
    const single = await api.gql(w.patient.key, 'mutation { chat(input: {message: "What did we talk about?"}) { conversationId } }');
    expect(single.errors).toBeUndefined();
  });
});

describe('subscriptions over the wrong transport', () => {
  it('a subscription sent as an HTTP POST: 400 with a stable code pointing to graphql-ws', async () => {
    const res = await api.gql(world.patient.key, 'subscription { sessionStatus(sessionId: "00000000-0000-4000-8000-000000000000") { status } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP' });
    expect(res.errors?.[0].message).toMatch(/graphql-ws/);
  });

  it('over graphql-ws, a document that fails validation (an unknown field) is BAD_USER_INPUT as over HTTP, not INTERNAL', async () => {
    const sub = subscribe(api.url, world.patient.key, 'subscription($id: ID!) { sessionStatus(sessionId: $id) { status nope } }', { id: randomUUID() });
    try {
      const result = await sub.next();
      expect(result).not.toBe('complete');
      const errors = (result as { errors: { message: string; extensions?: Record<string, unknown> }[] }).errors;
      expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors[0].message).toMatch(/Cannot query field "nope"/);
      const overHttp = await api.gql(world.patient.key, '{ me { id nope } }');
      expect(codeOf(overHttp)).toBe(errors[0].extensions?.code);
    } finally {
      await sub.close();
    }
  });
});

describe('BAD_USER_INPUT always carries validationErrors', () => {
  it('the same shape from class-validator, from services naming a field, and from the request as a whole', async () => {
    const invalidEmail = await api.gql(world.admin.key, 'mutation { createUser(input: {email: "not-an-email", name: "X", role: PATIENT}) { id } }');
    const fromValidator = invalidEmail.errors?.[0].extensions?.validationErrors as { property: string; constraints: Record<string, string> }[];
    expect(fromValidator[0]).toEqual({ property: 'email', constraints: expect.any(Object) });

    const future = await uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id, recordedAt: '2999-01-01T00:00:00Z' }, makeWav(1), { declareLength: true });
    expect(future.body.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'recordedAt',
      validationErrors: [{ property: 'recordedAt', constraints: { invalid: 'recordedAt cannot be in the future' } }],
    });

    const malformed = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': world.admin.key }, body: '{"query": ' });
    const body = (await malformed.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', validationErrors: [] });
  });
});

describe('chat rate limit', () => {
  it('the key does not depend on QUEUE_PREFIX: two deployments with different prefixes share one limit per patient', async () => {
    const a = await startTestApi({ CHAT_RATE_LIMIT_PER_HOUR: '1' });
    const b = await startTestApi({ CHAT_RATE_LIMIT_PER_HOUR: '1' });
    try {
      expect(a.app.config.redis.queuePrefix).not.toBe(b.app.config.redis.queuePrefix);
      const w = await makeWorld(a.app.db);
      await grant(a, w, 'AI_ANALYSIS');
      const CHAT = 'mutation { chat(input: {message: "What did we talk about?"}) { conversationId } }';
      expect((await a.gql(w.patient.key, CHAT)).errors).toBeUndefined();
      const second = await b.gql(w.patient.key, CHAT);
      expect(second.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(await a.app.redis.zcard(chatRateKey(w.patient.user.id))).toBe(1);
      expect(chatRateKey(w.patient.user.id)).not.toContain(a.app.config.redis.queuePrefix);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('with Redis down, chat answers SERVICE_UNAVAILABLE (the documented code), not INTERNAL', async () => {
    const deadRedis = `redis://127.0.0.1:${await freePort()}`;
    const down = await startTestApi({ REDIS_URL: deadRedis });
    try {
      const res = await down.gql(world.patient.key, 'mutation { chat(input: {message: "What did we talk about?"}) { conversationId } }');
      expect(res.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.errors?.[0].message).not.toMatch(/redis|ECONNREFUSED|127\.0\.0\.1/i);
    } finally {
      await down.server.stop();
      await Promise.allSettled([down.app.db.$disconnect(), down.app.redis.disconnect(), ...Object.values(down.app.queues).map((q) => q.close(true))]);
    }
  });
});

describe('object store', () => {
  it('API and worker creating the bucket at once on a fresh store: both succeed', async () => {
    const bucket = `race-${randomUUID().slice(0, 8)}`;
    const options = { ...api.app.store.options, bucket };
    const stores = Array.from({ length: 4 }, () => new ObjectStore(options));
    try {
      const outcomes = await Promise.allSettled(stores.map((s) => s.ensureBucket()));
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      expect(await stores[0].client.bucketExists(bucket)).toBe(true);
    } finally {
      await dropBucket(stores[0]);
    }
  });
});
