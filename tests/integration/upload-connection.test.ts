import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../devtools/factories';
import { generatedWav, makeWav } from '../../devtools/audio';
import { startTestApi, type TestApi } from '../support/harness';
import { uploadSession, type UploadResponse } from '../../devtools/upload';

let api: TestApi;
let world: World;
let consented: World;

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  consented = await makeWorld(api.app.db);
  const res = await api.gql(consented.patient.key, 'mutation($p: ID!) { grantConsent(input: {patientId: $p, type: RECORDING}) { id } }', { p: consented.patient.user.id });
  expect(res.errors).toBeUndefined();
});
afterAll(() => api.close());

/** POSTs `{ me { id } }` through `agent`, reporting the local port of the connection it used. */
function me(agent: http.Agent, key: string, url = api.url): Promise<{ status: number; body: { data?: { me: { id: string } } }; localPort?: number }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: '{ me { id } }' });
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-api-key': key } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), localPort: req.socket?.localPort }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends a refused upload, then `me` on a keep-alive agent with one socket: the second answer must come, on a working connection. */
async function refusedThenMe(refusal: (agent: http.Agent) => Promise<UploadResponse>, key: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const refused = await refusal(agent);
    const next = await me(agent, key);
    return { refused, next, reused: refused.localPort === next.localPort, closeAnnounced: refused.headers?.connection === 'close' };
  } finally {
    agent.destroy();
  }
}

// 16 MB is well beyond what socket buffers hold on loopback, so an unread body stalls the connection.
const BIG = 16 * 1024 * 1024;

describe('a refused upload leaves the keep-alive connection usable', () => {
  const cases: [string, () => [key: string, input: Record<string, unknown>, file: Buffer], string][] = [
    ['FORBIDDEN (a patient may not upload)', () => [world.patient.key, { patientId: world.patient.user.id }, generatedWavBuffer()], 'FORBIDDEN'],
    ['NOT_FOUND (a patient the therapist does not treat)', () => [world.therapist.key, { patientId: world.otherPatient.user.id }, generatedWavBuffer()], 'NOT_FOUND'],
    ['CONSENT_REQUIRED (no RECORDING consent)', () => [world.therapist.key, { patientId: world.patient.user.id }, generatedWavBuffer()], 'CONSENT_REQUIRED'],
    ['BAD_USER_INPUT (recordedAt in the future)', () => [consented.therapist.key, { patientId: consented.patient.user.id, recordedAt: '2999-01-01T00:00:00Z' }, generatedWavBuffer()], 'BAD_USER_INPUT'],
    ['NOT_FOUND (a malformed patient id)', () => [consented.therapist.key, { patientId: 'not-an-id' }, generatedWavBuffer()], 'NOT_FOUND'],
    ['UNSUPPORTED_MEDIA_TYPE (refused after the first bytes)', () => [consented.therapist.key, { patientId: consented.patient.user.id }, Buffer.alloc(BIG, 'x')], 'UNSUPPORTED_MEDIA_TYPE'],
  ];

  for (const [name, make, code] of cases) {
    it(`${name}: the refusal is answered, then the next request on the same agent answers correctly`, async () => {
      const [key, input, file] = make();
      const { refused, next, reused, closeAnnounced } = await refusedThenMe((agent) => uploadSession(api.url, key, input, file, { agent, declareLength: true }), key);
      expect(refused.body.errors?.[0].extensions?.code).toBe(code);
      expect(next.status).toBe(200);
      expect(next.body.data?.me.id).toEqual(expect.any(String));
      // Either the drained connection was reused, or the server said it would close it (and the agent opened a clean one).
      expect(reused || closeAnnounced).toBe(true);
    });
  }

  it('a drained refusal keeps the connection: the second request reuses the same socket', async () => {
    const { next, reused } = await refusedThenMe((agent) => uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id }, makeWav(30), { agent, declareLength: true }), world.therapist.key);
    expect(next.body.data?.me.id).toBe(world.therapist.user.id);
    expect(reused).toBe(true);
  });

  it('with fetch (undici, as browsers and Apollo\'s upload link pool connections): a refused upload, then a query answers', async () => {
    const connections: unknown[] = [];
    const count = (socket: unknown) => connections.push(socket);
    api.server.httpServer.on('connection', count);
    try {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: 'mutation($i: UploadSessionInput!) { uploadSession(input: $i) { id } }', variables: { i: { patientId: world.patient.user.id, file: null } } }));
      form.set('map', JSON.stringify({ 0: ['variables.i.file'] }));
      form.set('0', new Blob([generatedWavBuffer()], { type: 'audio/wav' }), 'session.wav');
      const refused = await fetch(api.url, { method: 'POST', body: form, headers: { 'x-api-key': world.therapist.key, 'apollo-require-preflight': 'true' } });
      const refusedBody = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(refusedBody.errors[0].extensions.code).toBe('CONSENT_REQUIRED');
      const next = await fetch(api.url, { method: 'POST', body: JSON.stringify({ query: '{ me { id } }' }), headers: { 'content-type': 'application/json', 'x-api-key': world.therapist.key } });
      expect(((await next.json()) as { data: { me: { id: string } } }).data.me.id).toBe(world.therapist.user.id);
      // undici opens a second connection while the first is still sending; never more.
      expect(connections.length).toBeLessThanOrEqual(2);
    } finally {
      api.server.httpServer.off('connection', count);
    }
  });

  it('without a key (401): a declared body is drained and the connection reused; a chunked one is closed', async () => {
    const declared = await refusedThenMe((agent) => uploadSession(api.url, null, { patientId: world.patient.user.id }, generatedWavBuffer(), { agent, declareLength: true }), world.therapist.key);
    expect(declared.refused.status).toBe(401);
    expect(declared.next.body.data?.me.id).toBe(world.therapist.user.id);
    expect(declared.reused).toBe(true);
    const chunked = await refusedThenMe((agent) => uploadSession(api.url, null, { patientId: world.patient.user.id }, generatedWav(BIG), { agent }), world.therapist.key);
    expect(chunked.refused.status).toBe(401);
    expect(chunked.closeAnnounced).toBe(true);
    expect(chunked.next.body.data?.me.id).toBe(world.therapist.user.id);
  });

  it('a body of unknown length (chunked) refused early: the answer says connection: close and the next request gets a clean connection', async () => {
    const { refused, next, closeAnnounced } = await refusedThenMe(
      (agent) => uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id }, generatedWav(BIG), { agent }),
      world.therapist.key,
    );
    expect(refused.body.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
    expect(closeAnnounced).toBe(true);
    expect(next.body.data?.me.id).toBe(world.therapist.user.id);
  });

  it('PAYLOAD_TOO_LARGE while streaming: answered, the connection closed, the next request answered', async () => {
    const small = await startTestApi({ MAX_UPLOAD_BYTES: String(2 * 1024 * 1024) });
    try {
      const target = await makeWorld(small.app.db);
      const grant = await small.gql(target.patient.key, 'mutation($p: ID!) { grantConsent(input: {patientId: $p, type: RECORDING}) { id } }', { p: target.patient.user.id });
      expect(grant.errors).toBeUndefined();
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const refused = await uploadSession(small.url, target.therapist.key, { patientId: target.patient.user.id }, generatedWav(BIG), { agent });
        expect(refused.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
        expect(refused.body.errors?.[0].message).toBe('The recording is larger than the limit of 2 MiB (2097152 bytes)');
        expect(refused.headers?.connection).toBe('close');
        const next = await me(agent, target.therapist.key, small.url);
        expect(next.body.data?.me.id).toBe(target.therapist.user.id);
      } finally {
        agent.destroy();
      }
    } finally {
      await small.close();
    }
  });
});

function generatedWavBuffer(): Buffer {
  return makeWav(Math.ceil(BIG / 32_000));
}
