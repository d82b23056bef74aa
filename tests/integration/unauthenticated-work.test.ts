import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { RATE_LIMITED_CLOSE_CODE } from '../../src/graphql/subscriptions';
import { AuthThrottle } from '../../src/auth/auth-throttle';
import { createRedis } from '../../src/infra/redis';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { connectWs } from '../support/ws';

let api: TestApi;
let world: World;

const ME = '{ me { id } }';
const UNKNOWN_KEY = `trag_0123456789ab_${'A'.repeat(43)}`;

beforeAll(async () => {
  api = await startTestApi({ GRAPHQL_MAX_DOCUMENT_BYTES: '20000', GRAPHQL_MAX_TOKENS: '1000' });
  world = await makeWorld(api.app.db);
});
afterAll(() => api.close());

/** True when Apollo handled (parsed) the request with this id: it logs one line per operation. */
const reachedApollo = (requestId: string) => api.logs.some((l) => l.includes('"graphql operation"') && l.includes(requestId));

describe('work without a key is refused before the document is parsed', () => {
  it('a huge document of thousands of operations without a key is 401 and never reaches Apollo', async () => {
    const query = Array.from({ length: 30_000 }, (_, i) => `query q${i} { me { id } }`).join('\n');
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'huge-keyless' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(reachedApollo('huge-keyless')).toBe(false);
  });

  it('a small document asking for data without a key is 401 before Apollo, over POST and GET', async () => {
    const post = await api.gql(null, ME, undefined, { 'x-request-id': 'small-keyless' });
    expect([post.status, codeOf(post)]).toEqual([401, 'UNAUTHENTICATED']);
    const get = await fetch(`${api.url}?query=${encodeURIComponent(ME)}`, { headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'get-keyless' } });
    expect(get.status).toBe(401);
    expect(reachedApollo('small-keyless') || reachedApollo('get-keyless')).toBe(false);
  });

  it('a redemption smuggling another field, or a fragment on Query, is refused', async () => {
    for (const query of [
      'mutation { redeemEnrollment(input: {code: "x", name: "y"}) { secret } me: createApiKey(input: {userId: "u", name: "n"}) { secret } }',
      'mutation { a: redeemEnrollment(input: {code: "x", name: "y"}) { secret } b: redeemEnrollment(input: {code: "z", name: "y"}) { secret } }',
      'query { ...F } fragment F on Query { me { id } }',
      '{ __typename me { id } }',
    ]) {
      const res = await api.gql(null, query);
      expect([res.status, codeOf(res)], query).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  it('introspection (as explorers send it) and redeemEnrollment still work without a key', async () => {
    const introspection = await api.gql<{ __schema: { queryType: { name: string } } }>(null, '{ __schema { queryType { name } types { name fields { name description } } } }');
    expect(introspection.data?.__schema.queryType.name, JSON.stringify(introspection.errors)).toBe('Query');
    const redeem = await api.gql(null, 'mutation($c: String!) { redeemEnrollment(input: {code: $c, name: "n"}) { secret } }', { c: `enr_${'q'.repeat(32)}` });
    expect(codeOf(redeem)).toBe('NOT_FOUND');
  });

  it('an introspection document padded past the keyless cap is refused', async () => {
    const padded = `${getIntrospectionQuery()}\n#${' '.repeat(17_000)}`;
    expect((await api.gql(null, padded)).status).toBe(401);
  });

  it('GET /graphql without a query (the explorer page) is not refused', async () => {
    const res = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(res.status).not.toBe(401);
  });
});

describe('document caps for everyone', () => {
  it('a document over GRAPHQL_MAX_DOCUMENT_BYTES is PAYLOAD_TOO_LARGE (413), even with a key', async () => {
    const res = await api.gql(world.admin.key, `{ me { id } }\n#${'x'.repeat(21_000)}`);
    expect([res.status, codeOf(res)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(res.errors?.[0].extensions?.maxBytes).toBe(20_000);
  });

  it('a document over GRAPHQL_MAX_TOKENS is refused as bad input naming the limit', async () => {
    const query = `{ ${Array.from({ length: 600 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await api.gql(world.admin.key, query);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/1000 tokens/);
  });
});

describe('failed authentication is throttled per client address', () => {
  it('after the limit: RATE_LIMITED (429, retryAfterSeconds) over HTTP and graphql-ws, while a valid key keeps working', async () => {
    const limited = await startTestApi({ AUTH_FAILURE_LIMIT: '3', AUTH_FAILURE_WINDOW_SECONDS: '120' });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.gql(UNKNOWN_KEY, ME)).status).toBe(401);
      const res = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': UNKNOWN_KEY }, body: JSON.stringify({ query: ME }) });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await res.json()) as { errors: { extensions: { code: string; retryAfterSeconds: number } }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect(body.errors[0].extensions.retryAfterSeconds).toBeLessThanOrEqual(120);
      expect((await limited.gql(null, ME)).status).toBe(429);

      const socket = await connectWs(limited.url, { 'x-api-key': UNKNOWN_KEY });
      expect([socket.acked, socket.code]).toEqual([false, RATE_LIMITED_CLOSE_CODE]);
      expect(socket.reason).toMatch(/RATE_LIMITED/);

      // Never a lockout of a valid key's owner behind the same address.
      expect((await limited.gql(world.patient.key, ME)).data).toEqual({ me: { id: world.patient.user.id } });
      const valid = await connectWs(limited.url, { 'x-api-key': world.patient.key });
      expect(valid.acked).toBe(true);
      valid.socket.close();
    } finally {
      await limited.close();
    }
  });

  it('counts per address: another client address is not throttled by these failures', async () => {
    const limited = await startTestApi({ AUTH_FAILURE_LIMIT: '2', TRUST_PROXY: 'true' });
    try {
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      for (let i = 0; i < 3; i++) await limited.gql(UNKNOWN_KEY, ME, undefined, from('203.0.113.7'));
      expect((await limited.gql(UNKNOWN_KEY, ME, undefined, from('203.0.113.7'))).status).toBe(429);
      expect((await limited.gql(UNKNOWN_KEY, ME, undefined, from('198.51.100.9'))).status).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('steps aside while Redis is unreachable instead of failing the refusal', async () => {
    const unreachable = createRedis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, lazyConnect: true });
    unreachable.on('error', () => undefined);
    const throttle = new AuthThrottle(unreachable, 'unreachable', 1, 60, api.app.log);
    for (let i = 0; i < 3; i++) expect((await throttle.fail('203.0.113.1')).limited).toBe(false);
    expect((await throttle.check('203.0.113.1')).limited).toBe(false);
    expect(api.logs.some((l) => l.includes('failed-authentication throttle unavailable'))).toBe(true);
    unreachable.disconnect();
  });
});
