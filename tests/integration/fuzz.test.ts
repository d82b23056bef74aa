import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema';
import { QUERY_LIMITS } from '../../src/graphql/limits';
import { makeWav } from '../../devtools/audio';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { documentFor, mapLimit, rootOperations } from '../support/matrix';
import { fanOut, introspectionAtDepth, junk, malformedDocument, variablesFor } from '../support/fuzz-arbitraries';
import { multipartBody, outcomeOf, preview, send, violationsOf, wsExchange, wsViolations, type RawResponse } from '../support/fuzz';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';

const SEED = 20_260_524;
const MB = 1024 * 1024;

let api: TestApi;
let world: World;
let schema: GraphQLSchema;
let pool: string[];
let tried = 0;
const failures: { category: string; input: string; response: string; problems: string[] }[] = [];

beforeAll(async () => {
  // The chat rate limit is not under test here: without this, later chat cases would stop at RATE_LIMITED before reaching storage.
  api = await startTestApi({ CHAT_RATE_LIMIT_PER_HOUR: '100000' });
  schema = await createSchema();
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
  const sessionId = await makeReadySession(api, world, [['Therapist', 'How did you sleep this week?'], ['Patient', 'Badly, I woke up at three.']]);
  // Real ids and enum values, so some junk lands on real objects and deeper code paths.
  pool = [world.patient.user.id, world.therapist.user.id, sessionId, randomUUID(), 'RECORDING', 'AI_ANALYSIS', 'PATIENT', 'ADMIN', 'READY', 'channel_0'];
});

afterAll(async () => {
  console.log(`fuzz: ${tried} cases tried (seed ${SEED}), ${failures.length} with problems`);
  await api?.close();
});

/** Draws `numRuns` inputs from `arbitrary` with the fixed seed (reproducible from run to run). */
function draw<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, offset = 0): T[] {
  return fc.sample(arbitrary, { seed: SEED + offset, numRuns });
}

/** Sends one case, records what is wrong with the answer, and returns the answer for extra checks. */
async function probe(category: string, input: unknown, request: () => Promise<RawResponse>, options: Parameters<typeof violationsOf>[1] = {}, extra?: (res: RawResponse) => string[]): Promise<RawResponse> {
  tried++;
  const res = await request();
  const problems = [...violationsOf(res, options), ...(extra?.(res) ?? [])];
  if (problems.length) failures.push({ category, input: preview(input), response: `${res.status} ${preview(res.text, 240)}`, problems });
  return res;
}

function postJson(body: string | Buffer, key: string | null = world.admin.key, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send(api.url, { headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}), ...headers }, body });
}

/** The failures of one category, one line each (input → answer: problems), for a readable assertion. */
function failuresOf(category: string): string[] {
  return failures.filter((f) => f.category === category).map((f) => `${f.input} → ${f.response.replace(/\s+/g, ' ')}: ${f.problems.join('; ')}`);
}

/** The API still answers a valid request correctly, and /health is healthy. */
async function expectAlive(): Promise<void> {
  const res = await api.gql<{ me: { id: string } }>(world.admin.key, '{ me { id } }');
  expect(res.data?.me.id).toBe(world.admin.user.id);
  expect((await fetch(api.url.replace('/graphql', '/health'))).status).toBe(200);
}

/** Every query and mutation of the schema with all its arguments as variables. */
function validDocuments(): string[] {
  return rootOperations(schema)
    .filter((o) => o.kind !== 'subscription')
    .map((o) => documentFor(o.kind, o.field, Object.fromEntries(o.field.args.map((a) => [a.name, null]))));
}

describe('fuzz: abusive input gets a clean, coded answer and the API stays up', () => {
  it('malformed documents: random text, cut-off and unbalanced queries', async () => {
    const cases = draw(fc.tuple(malformedDocument(validDocuments()), fc.boolean()), 100);
    await mapLimit(cases, 6, ([query, withKey]) => probe('malformed', query, () => postJson(JSON.stringify({ query }), withKey ? world.admin.key : null), { allowOk: true }));
    const bodies = [
      '{"query": "{ me { id } }"', '{"query": "{ me { id } }",}', "{'query': '{ me { id } }'}", 'null', '"{ me { id } }"', '42', '[]', '{}',
      '{"query": null}', '{"query": 1}', '{"query": ["{ me { id } }"]}', '{"query": "{ me { id } }", "operationName": 5}', '{"query": "{ me { id } }", "operationName": "Nope"}',
      '{"query": "query A { me { id } } query B { me { id } }"}', '{"query": "{ me { id } }", "extensions": "x"}',
      '{"query": "{ me { id } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
      '{"query": "{ me { id } }", "extensions": {"persistedQuery": {"version": 2, "sha256Hash": "abc"}}}',
      '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0000000000000000000000000000000000000000000000000000000000000000"}}}',
    ];
    for (const body of bodies) await probe('malformed', body, () => postJson(body));
    await probe('malformed', 'JSON with a byte-order mark', () => postJson('\ufeff{"query": "{ me { id } }"}'), { allowOk: true });
    expect(failuresOf('malformed')).toEqual([]);
    await expectAlive();
  });

  it('wrong variable types: strings for ids and enums, objects for scalars, nulls for non-null', async () => {
    const operations = rootOperations(schema).filter((o) => o.kind !== 'subscription' && o.field.args.length);
    const keys = [world.admin.key, world.therapist.key, world.patient.key];
    const arbitrary = fc.constantFrom(...operations).chain((o) => fc.tuple(fc.constant(o), variablesFor(o.field.args, pool), fc.constantFrom(...keys)));
    const cases = draw(arbitrary, 90, 1);
    await mapLimit(cases, 6, ([o, variables, key]) => {
      const query = documentFor(o.kind, o.field, Object.fromEntries(o.field.args.map((a) => [a.name, null])));
      return probe('variables', { operation: o.key, variables }, () => postJson(JSON.stringify({ query, variables }), key), { allowOk: true });
    });
    // Variables that are not an object at all.
    for (const variables of draw(fc.oneof(fc.string(), fc.array(junk(pool)), fc.integer(), fc.boolean()), 10, 2)) {
      await probe('variables', { variables }, () => postJson(JSON.stringify({ query: 'query($id: ID!) { session(id: $id) { id } }', variables })));
    }
    // Control characters (NUL above all) in every kind of string argument, with otherwise valid variables.
    const text = fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u007f', '\ud800', 'a', 'é', '💥', ' ', '\n', '%', "'", '\\'), minLength: 1, maxLength: 30 });
    const slots: [string, string, (v: string) => Record<string, unknown>, string][] = [
      ['createUser name', 'mutation($v: String!, $e: String!) { createUser(input: {email: $e, name: $v, role: PATIENT}) { id } }', (v) => ({ v, e: `ctl-${randomUUID()}@example.test` }), world.admin.key],
      ['createUser email', 'mutation($v: String!) { createUser(input: {email: $v, name: "Ctl", role: PATIENT}) { id } }', (v) => ({ v: `${v}${randomUUID()}@example.test` }), world.admin.key],
      ['createApiKey name', 'mutation($u: ID!, $v: String!) { createApiKey(input: {userId: $u, name: $v}) { apiKey { id } } }', (v) => ({ u: world.otherPatient.user.id, v }), world.admin.key],
      ['chat message', 'mutation($v: String!) { chat(input: {message: $v}) { conversationId } }', (v) => ({ v }), world.patient.key],
      ['setSpeakerRole speaker', 'mutation($s: ID!, $v: String!) { setSpeakerRole(sessionId: $s, speaker: $v, role: PATIENT) { sessionId } }', (v) => ({ s: pool[2], v }), world.admin.key],
      ['auditEvents subjectId', 'query($v: ID) { auditEvents(subjectId: $v) { items { id } } }', (v) => ({ v }), world.admin.key],
      ['sessions patientId', 'query($v: ID) { sessions(patientId: $v) { id } }', (v) => ({ v }), world.therapist.key],
      ['session id', 'query($v: ID!) { session(id: $v) { id } }', (v) => ({ v }), world.therapist.key],
      ['conversation id', 'query($v: ID!) { conversation(id: $v) { id } }', (v) => ({ v }), world.patient.key],
    ];
    for (const [slot, value] of [...slots.map((slot) => [slot, 'a\u0000b'] as const), ...draw(fc.tuple(fc.constantFrom(...slots), text), 50, 10)]) {
      const [label, query, vars, key] = slot;
      await probe('variables', `${label} = ${JSON.stringify(value)}`, () => postJson(JSON.stringify({ query, variables: vars(value) }), key), { allowOk: true });
    }
    expect(failuresOf('variables')).toEqual([]);
    await expectAlive();
  });

  it('huge strings: a 2 MB body is PAYLOAD_TOO_LARGE, 100 KB field values are refused or handled', async () => {
    const big = 'x'.repeat(2 * MB);
    await probe('huge', 'chat message of 2 MB', () => postJson(JSON.stringify({ query: 'mutation($m: String!) { chat(input: {message: $m}) { conversationId } }', variables: { m: big } }), world.patient.key), { allowCodes: ['PAYLOAD_TOO_LARGE'] });
    await probe('huge', 'document of 2 MB', () => postJson(JSON.stringify({ query: `{ me { id } } #${big}` })), { allowCodes: ['PAYLOAD_TOO_LARGE'] });
    const value = 'y'.repeat(100 * 1024);
    const fixed: [string, string, Record<string, unknown>, string, string[]][] = [
      ['chat message', 'mutation($m: String!) { chat(input: {message: $m}) { conversationId } }', { m: value }, world.patient.key, ['BAD_USER_INPUT']],
      ['createUser name', 'mutation($n: String!) { createUser(input: {email: "big@example.test", name: $n, role: PATIENT}) { id } }', { n: value }, world.admin.key, ['BAD_USER_INPUT']],
      ['createUser email', 'mutation($e: String!) { createUser(input: {email: $e, name: "Big", role: PATIENT}) { id } }', { e: `${value}@example.test` }, world.admin.key, ['BAD_USER_INPUT']],
      ['createApiKey name', 'mutation($u: ID!, $n: String!) { createApiKey(input: {userId: $u, name: $n}) { secret } }', { u: world.patient.user.id, n: value }, world.admin.key, ['BAD_USER_INPUT']],
      ['session id', 'query($id: ID!) { session(id: $id) { id } }', { id: value }, world.admin.key, ['NOT_FOUND']],
      ['speaker', 'mutation($s: ID!, $p: String!) { setSpeakerRole(sessionId: $s, speaker: $p, role: PATIENT) { sessionId } }', { s: pool[2], p: value }, world.admin.key, ['BAD_USER_INPUT']],
    ];
    for (const [label, query, variables, key, codes] of fixed) await probe('huge', `${label} of 100 KB`, () => postJson(JSON.stringify({ query, variables }), key), { allowCodes: codes });
    await probe('huge', 'x-api-key of 8 KB', () => postJson(JSON.stringify({ query: '{ me { id } }' }), 'k'.repeat(8 * 1024)), { allowCodes: ['UNAUTHENTICATED'] });
    await probe('huge', 'x-request-id of 8 KB', () => postJson(JSON.stringify({ query: '{ me { id } }' }), world.admin.key, { 'x-request-id': 'r'.repeat(8 * 1024) }), { allowOk: true });
    // Random sizes in random string arguments: over the 1 MB body limit it must be PAYLOAD_TOO_LARGE.
    const targets = ['chat', 'createUser', 'consents', 'sessions', 'auditEvents'] as const;
    const documents: Record<(typeof targets)[number], [string, (v: string) => Record<string, unknown>, string]> = {
      chat: ['mutation($v: String!) { chat(input: {message: $v}) { conversationId } }', (v) => ({ v }), world.patient.key],
      createUser: ['mutation($v: String!) { createUser(input: {email: "huge@example.test", name: $v, role: THERAPIST}) { id } }', (v) => ({ v }), world.admin.key],
      consents: ['query($v: ID!) { consents(patientId: $v) { type } }', (v) => ({ v }), world.therapist.key],
      sessions: ['query($v: ID) { sessions(patientId: $v) { id } }', (v) => ({ v }), world.therapist.key],
      auditEvents: ['query($v: ID) { auditEvents(subjectId: $v) { items { id } } }', (v) => ({ v }), world.admin.key],
    };
    for (const [target, size, unit] of draw(fc.tuple(fc.constantFrom(...targets), fc.integer({ min: 10 * 1024, max: 1.5 * MB }), fc.constantFrom('a', 'é', '\u0000', '💥')), 16, 3)) {
      const [query, vars, key] = documents[target];
      const variables = vars(unit.repeat(Math.ceil(size / unit.length)));
      const body = JSON.stringify({ query, variables });
      await probe('huge', `${target} with ${size} × ${JSON.stringify(unit)}`, () => postJson(body, key), { allowOk: true, ...(Buffer.byteLength(body) > MB ? { allowCodes: ['PAYLOAD_TOO_LARGE'] } : {}) });
    }
    expect(failuresOf('huge')).toEqual([]);
    await expectAlive();
  });

  it('depth, width and alias limits apply, through fragments too', async () => {
    const modes = fc.array(fc.constantFrom('direct' as const, 'spread' as const, 'inline' as const), { minLength: 1, maxLength: 5 });
    for (const [depth, chosen] of draw(fc.tuple(fc.integer({ min: 1, max: 40 }), modes), 40, 4)) {
      const query = introspectionAtDepth(depth, chosen);
      const allowed = depth <= QUERY_LIMITS.maxDepth;
      await probe('limits', query, () => postJson(JSON.stringify({ query })), { allowOk: allowed, allowCodes: ['BAD_USER_INPUT'] }, (res) =>
        allowed ? (outcomeOf(res) === 'ok' ? [] : [`depth ${depth} refused`]) : /nested/.test(res.text) ? [] : [`depth ${depth}: no depth message`],
      );
    }
    for (const n of draw(fc.integer({ min: 1, max: 100 }), 25, 5)) {
      const query = `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
      const allowed = n <= QUERY_LIMITS.maxAliases;
      await probe('limits', `${n} aliases`, () => postJson(JSON.stringify({ query })), { allowOk: allowed, allowCodes: ['BAD_USER_INPUT'] }, (res) => (allowed === (outcomeOf(res) === 'ok') ? [] : [`${n} aliases: ${outcomeOf(res)}`]));
    }
    for (const n of draw(fc.integer({ min: 1, max: 800 }), 25, 6)) {
      const query = `{ me { ${'id '.repeat(n)}} }`;
      const allowed = n + 1 <= QUERY_LIMITS.maxFields;
      await probe('limits', `${n + 1} fields`, () => postJson(JSON.stringify({ query })), { allowOk: allowed, allowCodes: ['BAD_USER_INPUT'] }, (res) => (allowed === (outcomeOf(res) === 'ok') ? [] : [`${n + 1} fields: ${outcomeOf(res)}`]));
    }
    const extreme: [string, string][] = [
      ['selection sets 1,000 deep', `{ __schema { types { fields { type ${'{ ofType '.repeat(996)}{ name }${' }'.repeat(1000)}`],
      ['selection sets 100,000 deep', `{ me ${'{ id '.repeat(100_000)}${'}'.repeat(100_000)} }`],
      ['list literal 50,000 deep', `{ sessions(patientId: ${'['.repeat(50_000)}${']'.repeat(50_000)}) { id } }`],
      ['object literal 20,000 deep', `{ sessions(patientId: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}) { id } }`],
      ['fragment cycle', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
      ['fragment fan-out to 401 fields', fanOut()],
      ['2,000 anonymous operations', '{ me { id } } '.repeat(2_000)],
      ['2,000 directives', `{ me ${'@skip(if: false) '.repeat(2_000)}{ id } }`],
    ];
    for (const [label, query] of extreme) await probe('limits', label, () => postJson(JSON.stringify({ query })), { allowCodes: ['BAD_USER_INPUT', 'PAYLOAD_TOO_LARGE'] });
    const deepVariables = `{"query":"query($id: ID!) { session(id: $id) { id } }","variables":{"id":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    await probe('limits', 'variables nested 100,000 deep', () => postJson(deepVariables), { allowCodes: ['BAD_USER_INPUT'] });
    expect(failuresOf('limits')).toEqual([]);
    await expectAlive();
  });

  it('batches (JSON arrays of operations) are refused cleanly and run nothing', async () => {
    const before = await api.app.db.user.count({ where: { organizationId: world.organizationId } });
    const item = fc.oneof(
      fc.constant({ query: '{ me { id } }' }),
      fc.constant({ query: `mutation { createUser(input: {email: "batch-${randomUUID()}@example.test", name: "Batch", role: PATIENT}) { id } }` }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    for (const batch of draw(fc.array(item, { minLength: 0, maxLength: 5 }), 20, 7)) {
      await probe('batch', batch, () => postJson(JSON.stringify(batch)), { allowCodes: ['BAD_USER_INPUT'] });
    }
    expect(await api.app.db.user.count({ where: { organizationId: world.organizationId } })).toBe(before);
    expect(failuresOf('batch')).toEqual([]);
    await expectAlive();
  });

  it('wrong content types and methods', async () => {
    const types = fc.oneof(
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/graphql', 'text/html', 'image/png', 'application/octet-stream', 'multipart/mixed; boundary=x', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/json; charset=bogus', 'application/problem+json'),
      fc.stringMatching(/^[a-z]{1,10}\/[a-z+.-]{1,15}$/),
    );
    const bodies = fc.constantFrom('{"query":"{ me { id } }"}', 'query { me { id } }', 'query=%7B%20me%20%7B%20id%20%7D%20%7D', '<q/>', '');
    for (const [type, body, preflight] of draw(fc.tuple(types, bodies, fc.boolean()), 30, 8)) {
      const headers: Record<string, string> = { 'content-type': type, 'x-api-key': world.admin.key, ...(preflight ? { 'apollo-require-preflight': 'true' } : {}) };
      await probe('content-type', { type, body, preflight }, () => send(api.url, { headers, body }), { allowOk: true });
    }
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      await probe('content-type', `${method} /graphql`, () => send(api.url, { method, headers: { 'content-type': 'application/json', 'x-api-key': world.admin.key }, body: '{"query":"{ me { id } }"}' }));
    }
    const mutationOverGet = `${api.url}?query=${encodeURIComponent('mutation { createUser(input: {email: "get@example.test", name: "G", role: PATIENT}) { id } }')}`;
    await probe('content-type', 'mutation over GET', () => send(mutationOverGet, { method: 'GET', headers: { 'x-api-key': world.admin.key, 'apollo-require-preflight': 'true' } }));
    expect(failuresOf('content-type')).toEqual([]);
    await expectAlive();
  });

  it('multipart garbage', async () => {
    const upload = JSON.stringify({ query: 'mutation($input: UploadSessionInput!) { uploadSession(input: $input) { id } }', variables: { input: { patientId: world.patient.user.id, file: null } } });
    const part = fc.oneof(
      fc.record({ name: fc.constant('operations'), content: fc.oneof(fc.constant(upload), fc.string({ maxLength: 80 }), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null')) }),
      fc.record({ name: fc.constant('map'), content: fc.oneof(fc.constant('{"0":["variables.input.file"]}'), fc.constant('{"0":["variables.nope.deeper"]}'), fc.constant('{"9":["variables.input.file"]}'), fc.constant('{"0":"variables.input.file"}'), fc.string({ maxLength: 40 }), fc.constant('{}')) }),
      fc.record({ name: fc.constantFrom('0', '1', 'file'), filename: fc.constantFrom('a.wav', '', '../../x', '"quoted"'), type: fc.constantFrom('audio/wav', 'text/plain', 'application/octet-stream'), content: fc.oneof(fc.constant(makeWav(0.1)), fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a))) }),
    );
    const shape = fc.oneof(
      fc.record({ kind: fc.constant('parts' as const), parts: fc.array(part, { maxLength: 5 }), closing: fc.boolean(), boundary: fc.constantFrom('b0undary', 'x') }),
      fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 4000 }), boundary: fc.constantFrom('b0undary', '') }),
    );
    await mapLimit(draw(shape, 40, 9), 4, (c) => {
      const body = c.kind === 'parts' ? multipartBody('b0undary', c.parts as never, c.closing) : Buffer.from(c.bytes);
      const headers = { 'content-type': c.boundary ? `multipart/form-data; boundary=${c.boundary}` : 'multipart/form-data', 'x-api-key': world.admin.key, 'apollo-require-preflight': 'true' };
      return probe('multipart', c.kind === 'parts' ? { parts: c.parts.map((p) => `${p.name}=${preview(p.content, 40)}`), closing: c.closing, boundary: c.boundary } : body, () => send(api.url, { headers, body }), { allowOk: true });
    });
    const map = '{"0":["variables.input.file"]}';
    const fixed: [string, Buffer, string, string[]][] = [
      ['a file of random bytes', multipartBody('b', [{ name: 'operations', content: upload }, { name: 'map', content: map }, { name: '0', filename: 'a.wav', type: 'audio/wav', content: randomBytes(64) }]), 'b', ['UNSUPPORTED_MEDIA_TYPE']],
      ['an empty file', multipartBody('b', [{ name: 'operations', content: upload }, { name: 'map', content: map }, { name: '0', filename: 'a.wav', type: 'audio/wav', content: Buffer.alloc(0) }]), 'b', ['BAD_USER_INPUT', 'UNSUPPORTED_MEDIA_TYPE']],
      ['map names a file part that never comes', multipartBody('b', [{ name: 'operations', content: upload }, { name: 'map', content: map }]), 'b', ['BAD_USER_INPUT']],
      ['the file under another name than the map says', multipartBody('b', [{ name: 'operations', content: upload }, { name: 'map', content: map }, { name: 'file', filename: 'a.wav', type: 'audio/wav', content: makeWav(0.1) }]), 'b', ['BAD_USER_INPUT']],
      ['map before operations', multipartBody('b', [{ name: 'map', content: map }, { name: 'operations', content: upload }]), 'b', ['BAD_USER_INPUT']],
      ['no closing boundary', multipartBody('b', [{ name: 'operations', content: upload }, { name: 'map', content: map }, { name: '0', filename: 'a.wav', type: 'audio/wav', content: makeWav(0.1) }], false), 'b', ['BAD_USER_INPUT']],
      ['an empty body', Buffer.alloc(0), 'b', ['BAD_USER_INPUT']],
      ['no boundary parameter', multipartBody('b', [{ name: 'operations', content: upload }]), '', ['BAD_USER_INPUT']],
    ];
    for (const [label, body, boundary, codes] of fixed) {
      const headers = { 'content-type': boundary ? `multipart/form-data; boundary=${boundary}` : 'multipart/form-data', 'x-api-key': world.admin.key, 'apollo-require-preflight': 'true' };
      await probe('multipart', label, () => send(api.url, { headers, body }), { allowCodes: codes });
    }
    await probe('multipart', 'garbage without a key', () => send(api.url, { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: randomBytes(100) }), { allowCodes: ['UNAUTHENTICATED'] });
    expect(failuresOf('multipart')).toEqual([]);
    await expectAlive();
  });

  it('graphql-ws garbage: bad frames close the socket with a 44xx code, errors carry public codes', async () => {
    const subscribeWith = (payload: unknown, id: unknown = 'a') => JSON.stringify({ id, type: 'subscribe', payload });
    const frame = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
      malformedDocument(['subscription($sessionId: ID!) { sessionStatus(sessionId: $sessionId) { sessionId status at } }']).map((query) => subscribeWith({ query, variables: { sessionId: pool[2] } })),
      fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom<('direct' | 'spread' | 'inline')[]>(['direct'], ['spread'], ['inline', 'direct'])).map(([d, m]) => subscribeWith({ query: introspectionAtDepth(d, m) })),
      fc.tuple(junk(pool), junk(pool)).map(([variables, id]) => subscribeWith({ query: 'subscription($s: ID!) { sessionStatus(sessionId: $s) { status } }', variables: { s: variables } }, id)),
      fc.constantFrom(JSON.stringify({ type: 'complete', id: 'nope' }), JSON.stringify({ type: 'ping' }), JSON.stringify({ type: 'connection_init' }), JSON.stringify({ type: 'subscribe' })),
    );
    for (const frames of draw(fc.array(frame, { minLength: 1, maxLength: 3 }), 30, 11)) {
      tried++;
      const exchange = await wsExchange(api.url, world.admin.key, frames);
      const problems = wsViolations(exchange);
      if (problems.length) failures.push({ category: 'ws', input: preview(frames), response: preview(exchange), problems });
    }
    expect(failuresOf('ws')).toEqual([]);
    await expectAlive();
  });

  it('a valid request still succeeds after everything', async () => {
    await expectAlive();
    expect(codeOf(await api.gql(null, '{ me { id } }'))).toBe('UNAUTHENTICATED');
  });
});
