import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Bull from 'bull';
import { PipelineOperations } from '../../src/operations/pipeline-ops';
import { StuckSessionSweeper } from '../../src/operations/stuck-sessions';
import { RetentionService } from '../../src/organizations/retention.service';
import { maintenanceProcessor } from '../../src/workers/purge.processor';
import { makeWav } from '../../devtools/audio';
import { makeWorld, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { grantAllConsents } from '../../devtools/ready-session';
import { uploadSession } from '../../devtools/upload';

let api: TestApi;
let world: World;

const SETTINGS = 'mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { keepAudio retentionDays } }';
const AUDIO = 'query($s: ID!) { sessionAudioUrl(sessionId: $s) { url expiresAt mimeType } }';

async function upload(w: World, wav: Buffer): Promise<string> {
  const res = await uploadSession(api.url, w.therapist.key, { patientId: w.patient.user.id }, wav);
  expect(res.body.errors).toBeUndefined();
  return (res.body.data!.uploadSession as { id: string }).id;
}

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  await grantAllConsents(api, world);
});
afterAll(() => api?.close());

describe('organization settings', () => {
  it('an admin reads and changes keepAudio and retentionDays (audited); null clears the retention', async () => {
    expect((await api.gql(world.admin.key, '{ organizationSettings { keepAudio retentionDays } }')).data).toEqual({ organizationSettings: { keepAudio: false, retentionDays: null } });
    expect((await api.gql(world.admin.key, SETTINGS, { input: { keepAudio: true, retentionDays: 30 } })).data).toEqual({ updateOrganizationSettings: { keepAudio: true, retentionDays: 30 } });
    expect((await api.gql(world.admin.key, SETTINGS, { input: { retentionDays: null } })).data).toEqual({ updateOrganizationSettings: { keepAudio: true, retentionDays: null } });
    expect((await api.app.db.organization.findUniqueOrThrow({ where: { id: world.organizationId } })).keepAudio).toBe(true);
    expect(await api.app.db.auditEvent.count({ where: { organizationId: world.organizationId, action: 'organization.settings.update', actorUserId: world.admin.user.id } })).toBe(2);
  });

  it('refuses out-of-range retention and non-admins', async () => {
    for (const retentionDays of [0, -5, 3651]) expect(codeOf(await api.gql(world.admin.key, SETTINGS, { input: { retentionDays } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(world.admin.key, SETTINGS, { input: { keepAudio: null } }))).toBe('BAD_USER_INPUT');
    for (const key of [world.therapist.key, world.patient.key]) {
      expect(codeOf(await api.gql(key, SETTINGS, { input: { keepAudio: false } }))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(key, '{ organizationSettings { keepAudio } }'))).toBe('FORBIDDEN');
    }
  });
});

describe('playback of a kept recording', () => {
  it('gives the care team a short-lived URL that plays the uploaded bytes, audited', async () => {
    const wav = makeWav(0.5);
    const id = await upload(world, wav);
    for (const key of [world.therapist.key, world.patient.key, world.admin.key]) {
      const res = await api.gql<{ sessionAudioUrl: { url: string; expiresAt: string; mimeType: string } }>(key, AUDIO, { s: id });
      expect(res.errors).toBeUndefined();
      const { url, expiresAt, mimeType } = res.data!.sessionAudioUrl;
      expect(mimeType).toBe('audio/wav');
      const ttl = Date.parse(expiresAt) - Date.now();
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(300_000);
      const audio = await fetch(url);
      expect(audio.status).toBe(200);
      expect(Buffer.from(await audio.arrayBuffer()).equals(wav)).toBe(true);
    }
    expect(await api.app.db.auditEvent.count({ where: { action: 'session.audio.url', subjectId: id, patientId: world.patient.user.id } })).toBe(3);
  });

  it('is NOT_FOUND outside the care team, and a clear BAD_USER_INPUT when the audio was not kept', async () => {
    const id = await upload(world, makeWav(0.2));
    const other = await makeWorld(api.app.db);
    for (const key of [world.otherTherapist.key, world.otherPatient.key, other.admin.key]) expect(codeOf(await api.gql(key, AUDIO, { s: id }))).toBe('NOT_FOUND');
    await api.app.db.session.update({ where: { id }, data: { storageKey: null } });
    const res = await api.gql(world.therapist.key, AUDIO, { s: id });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/not kept/);
  });

  it('is CONSENT_REQUIRED once the patient has revoked RECORDING consent', async () => {
    const w = await makeWorld(api.app.db);
    await grantAllConsents(api, w);
    const id = await upload(w, makeWav(0.2));
    const revoke = await api.gql(w.patient.key, 'mutation($p: ID!) { revokeConsent(input: {patientId: $p, type: RECORDING}) { id } }', { p: w.patient.user.id });
    expect(revoke.errors).toBeUndefined();
    const res = await api.gql(w.therapist.key, AUDIO, { s: id });
    expect(codeOf(res)).toBe('CONSENT_REQUIRED');
    expect(res.errors![0].extensions?.consentType).toBe('RECORDING');
  });
});

describe('retention', () => {
  it('deletes kept recordings older than retentionDays, leaves newer ones, and audits with the job as actor', async () => {
    const w = await makeWorld(api.app.db);
    await api.app.db.organization.update({ where: { id: w.organizationId }, data: { keepAudio: true, retentionDays: 7 } });
    await grantAllConsents(api, w);
    const [old, recent] = [await upload(w, makeWav(0.2)), await upload(w, makeWav(0.2))];
    await api.app.db.session.updateMany({ where: { id: { in: [old, recent] } }, data: { status: 'READY' } });
    await api.app.db.session.update({ where: { id: old }, data: { recordedAt: new Date(Date.now() - 8 * 86_400_000) } });
    const oldKey = (await api.app.db.session.findUniqueOrThrow({ where: { id: old } })).storageKey!;
    // Through the workers' periodic maintenance job, as `npm run worker` schedules it.
    const retention = new RetentionService({ db: api.app.db, store: api.app.store, audit: api.app.audit, log: api.app.log });
    const sweeper = new StuckSessionSweeper({ ...api.app, operations: new PipelineOperations(api.app), stuckAfterMs: 3_600_000, maxAttempts: 5 });
    const result = (await maintenanceProcessor({ sweeper, retention }).build(api.app.queues)({ data: { task: 'sweep-stuck-sessions' } } as Bull.Job)) as { retention: { audioDeleted: number } };
    expect(result.retention.audioDeleted).toBeGreaterThanOrEqual(1);
    expect(await api.app.store.exists(oldKey)).toBe(false);
    expect((await api.app.db.session.findUniqueOrThrow({ where: { id: old } })).storageKey).toBeNull();
    expect((await api.app.db.session.findUniqueOrThrow({ where: { id: recent } })).storageKey).not.toBeNull();
    const event = await api.app.db.auditEvent.findFirst({ where: { organizationId: w.organizationId, action: 'audio.delete', subjectId: old } });
    expect(event).toMatchObject({ actorType: 'JOB', actorJob: 'retention', actorUserId: null, patientId: w.patient.user.id });
  });
});
