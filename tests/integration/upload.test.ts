import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../devtools/factories';
import { makeWav, generatedWav } from '../../devtools/audio';
import { startTestApi, type TestApi } from '../support/harness';
import { listKeys } from '../../devtools/storage';
import { uploadSession } from '../../devtools/upload';

let api: TestApi;
let world: World;

const grant = async (w: World, type: string) => {
  const res = await api.gql(w.patient.key, 'mutation($p: ID!, $t: ConsentType!) { grantConsent(input: {patientId: $p, type: $t}) { id } }', { p: w.patient.user.id, t: type });
  expect(res.errors).toBeUndefined();
};

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  await grant(world, 'RECORDING');
});
afterAll(() => api.close());

const prefixOf = (w: World) => `${w.organizationId}/${w.patient.user.id}/`;
const rowsOf = (w: World) => api.app.db.session.count({ where: { patientId: w.patient.user.id } });

describe('uploadSession', () => {
  it('accepts a 5 MB WAV: stored in S3, session UPLOADED, transcription queued once', async () => {
    const wav = makeWav(80, { channels: 2 });
    expect(wav.length).toBeGreaterThan(5_000_000);
    const res = await uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id, recordedAt: '2026-03-03T10:00:00Z' }, wav, { mimetype: 'application/octet-stream' });
    expect(res.body.errors).toBeUndefined();
    const session = res.body.data!.uploadSession as { id: string; status: string; mimeType: string; sizeBytes: number; therapistId: string };
    expect(session).toMatchObject({ status: 'UPLOADED', mimeType: 'audio/wav', sizeBytes: wav.length, therapistId: world.therapist.user.id });
    const row = await api.app.db.session.findUniqueOrThrow({ where: { id: session.id } });
    const stat = await api.app.store.client.statObject(api.app.store.bucket, row.storageKey!);
    expect(stat.size).toBe(wav.length);
    const job = await api.app.queues.transcribe.getJob(`transcribe:${session.id}`);
    expect(job?.data).toEqual({ sessionId: session.id });
  });

  it('an admin may upload for any patient of the organization; the treating therapist is recorded', async () => {
    const res = await uploadSession(api.url, world.admin.key, { patientId: world.patient.user.id }, makeWav(1));
    expect(res.body.data!.uploadSession).toMatchObject({ therapistId: world.therapist.user.id, status: 'UPLOADED' });
  });

  it('UNSUPPORTED_MEDIA_TYPE for a text file renamed .wav, with nothing stored', async () => {
    const fresh = await makeWorld(api.app.db);
    await grant(fresh, 'RECORDING');
    const text = Buffer.from('These are my private notes, not audio at all. '.repeat(200));
    const res = await uploadSession(api.url, fresh.therapist.key, { patientId: fresh.patient.user.id }, text, { filename: 'notes.wav', mimetype: 'audio/wav' });
    expect(res.body.errors?.[0].extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await rowsOf(fresh)).toBe(0);
    expect(await listKeys(api.app.store, prefixOf(fresh))).toEqual([]);
  });

  it('CONSENT_REQUIRED without RECORDING consent, with nothing stored', async () => {
    const fresh = await makeWorld(api.app.db);
    const res = await uploadSession(api.url, fresh.therapist.key, { patientId: fresh.patient.user.id }, makeWav(2));
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', consentType: 'RECORDING' });
    expect(await rowsOf(fresh)).toBe(0);
    expect(await listKeys(api.app.store, prefixOf(fresh))).toEqual([]);
  });

  it('PAYLOAD_TOO_LARGE for a 600 MB stream: no row, no object, and the multipart upload abort requested', async () => {
    const fresh = await makeWorld(api.app.db);
    await grant(fresh, 'RECORDING');
    const aborted = api.waitForLog((l) => l.msg === 'upload aborted' && String(l.storageKey).startsWith(prefixOf(fresh)));
    const res = await uploadSession(api.url, fresh.therapist.key, { patientId: fresh.patient.user.id }, generatedWav(600 * 1024 * 1024));
    expect(res.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const report = await aborted;
    expect(report.uploadId).toEqual(expect.any(String));
    expect(await rowsOf(fresh)).toBe(0);
    expect(await listKeys(api.app.store, prefixOf(fresh))).toEqual([]);
  }, 180_000);

  it('PAYLOAD_TOO_LARGE at once when the declared Content-Length is over the limit', async () => {
    const res = await uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id }, makeWav(1), { contentLength: 700 * 1024 * 1024, abortAfterBytes: 10_000_000 });
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an upload dropped halfway leaves no row and no object', async () => {
    const fresh = await makeWorld(api.app.db);
    await grant(fresh, 'RECORDING');
    const aborted = api.waitForLog((l) => l.msg === 'upload aborted' && String(l.storageKey).startsWith(prefixOf(fresh)));
    await uploadSession(api.url, fresh.therapist.key, { patientId: fresh.patient.user.id }, generatedWav(40 * 1024 * 1024), { abortAfterBytes: 20 * 1024 * 1024 });
    const report = await aborted;
    expect(report.uploadId).toEqual(expect.any(String));
    expect(await rowsOf(fresh)).toBe(0);
    expect(await listKeys(api.app.store, prefixOf(fresh))).toEqual([]);
  });
});

describe('who may upload', () => {
  it('a patient may not upload (FORBIDDEN); an unassigned therapist or another organization gets NOT_FOUND', async () => {
    const other = await makeWorld(api.app.db);
    const cases: [string, string][] = [
      [world.patient.key, 'FORBIDDEN'],
      [world.otherTherapist.key, 'NOT_FOUND'],
      [other.admin.key, 'NOT_FOUND'],
      [other.therapist.key, 'NOT_FOUND'],
    ];
    const before = await rowsOf(world);
    for (const [key, code] of cases) {
      const res = await uploadSession(api.url, key, { patientId: world.patient.user.id }, makeWav(1));
      expect(res.body.errors?.[0].extensions?.code).toBe(code);
    }
    expect(await rowsOf(world)).toBe(before);
  });

  it('no key: refused before the body is read', async () => {
    const res = await uploadSession(api.url, null, { patientId: world.patient.user.id }, makeWav(1));
    expect(res.status).toBe(401);
  });

  it('recordedAt in the future is BAD_USER_INPUT', async () => {
    const res = await uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id, recordedAt: '2999-01-01T00:00:00Z' }, makeWav(1));
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
