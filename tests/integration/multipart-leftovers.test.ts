import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { IncompleteUploadSweeper } from '../../src/storage/incomplete-uploads';
import { generatedWav } from '../../devtools/audio';
import { makeWorld, type World } from '../../devtools/factories';
import { startFakeS3 } from '../support/fake-s3';
import { startTestApi, type TestApi } from '../support/harness';
import { freePort, startEntry } from '../support/processes';
import { listKeys } from '../../devtools/storage';
import { uploadSession } from '../../devtools/upload';

const log = createLogger({ level: 'silent', name: 'test' });
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('sweeping incomplete multipart uploads', () => {
  it('aborts uploads older than the configured age on a store that lists them (S3/MinIO wire format), and keeps recent ones', async () => {
    const s3 = await startFakeS3();
    try {
      s3.uploads.push(
        { key: 'org/patient/session-a/recording', uploadId: 'old-upload', initiated: minutesAgo(180) },
        { key: 'org/patient/session-b/recording', uploadId: 'recent-upload', initiated: minutesAgo(5) },
      );
      const result = await new IncompleteUploadSweeper({ store: s3.store(), maxAgeMs: 120 * 60_000, log }).sweep();
      expect(result).toEqual({ supported: true, aborted: 1, failed: 0 });
      expect(s3.uploads.map((u) => u.uploadId)).toEqual(['recent-upload']);
      expect(s3.requests).toContain('DELETE /fake-bucket/org/patient/session-a/recording?uploadId=old-upload');
    } finally {
      await s3.close();
    }
  });

  it('on s3rver, which cannot list them (501), the sweep reports it unsupported instead of failing', async () => {
    const sweeper = new IncompleteUploadSweeper({ store: api.app.store, maxAgeMs: 60_000, log });
    expect(await sweeper.sweep()).toEqual({ supported: false, aborted: 0, failed: 0 });
    expect(await sweeper.sweep()).toEqual({ supported: false, aborted: 0, failed: 0 });
  });

  it('creating the bucket: losing the race to another process (BucketAlreadyOwnedByYou) is success', async () => {
    const s3 = await startFakeS3();
    try {
      s3.bucketExists = false;
      s3.loseCreateRace = true;
      await expect(s3.store().ensureBucket()).resolves.toBeUndefined();
      expect(s3.requests.filter((r) => r === 'PUT /fake-bucket')).toHaveLength(1);
    } finally {
      await s3.close();
    }
  });
});

describe('a shutdown mid-upload', () => {
  let world: World;
  beforeAll(async () => {
    world = await makeWorld(api.app.db);
    const res = await api.gql(world.patient.key, 'mutation($p: ID!) { grantConsent(input: {patientId: $p, type: RECORDING}) { id } }', { p: world.patient.user.id });
    expect(res.errors).toBeUndefined();
  });

  it('stopping the server aborts the in-flight multipart upload: the client is told to upload again, no row, no object', async () => {
    const victim = await startTestApi({ QUEUE_PREFIX: api.app.config.redis.queuePrefix, S3_BUCKET: api.app.config.s3.bucket }, { ensureBucket: false });
    const client = victim.app.store.client;
    // Instrumented (not replaced): the real calls go through; the test learns when a part is stored and which abort was asked for.
    let partStored!: () => void;
    const firstPart = new Promise<void>((resolve) => (partStored = resolve));
    const uploadPart = client.uploadPart.bind(client);
    client.uploadPart = async (...args: Parameters<typeof client.uploadPart>) => {
      const result = await uploadPart(...args);
      partStored();
      return result;
    };
    const abortRequests: string[] = [];
    const abortMultipartUpload = client.abortMultipartUpload.bind(client);
    client.abortMultipartUpload = async (bucket: string, key: string, uploadId: string) => {
      abortRequests.push(uploadId);
      return abortMultipartUpload(bucket, key, uploadId);
    };
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    async function* stalledAfter20MB(): AsyncGenerator<Buffer> {
      yield* generatedWav(20 * 1024 * 1024);
      await held;
    }
    const aborted = victim.waitForLog((l) => l.msg === 'upload aborted' && String(l.storageKey).startsWith(`${world.organizationId}/${world.patient.user.id}/`));
    const response = uploadSession(victim.url, world.therapist.key, { patientId: world.patient.user.id }, stalledAfter20MB());
    await firstPart;

    await victim.server.stop();
    const res = await response;
    release();
    expect(res.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.body.errors?.[0].message).toMatch(/upload the recording again/);
    const report = await aborted;
    expect(abortRequests).toEqual([report.uploadId]);
    expect(await api.app.db.session.count({ where: { patientId: world.patient.user.id } })).toBe(0);
    expect(await listKeys(api.app.store, `${world.organizationId}/${world.patient.user.id}/`)).toEqual([]);
    await Promise.allSettled([victim.app.close()]);
  }, 60_000);

  it('SIGTERM to the API process mid-upload: the multipart upload is aborted before it exits, the client told to upload again', async () => {
    const port = await freePort();
    const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'debug', QUEUE_PREFIX: api.app.config.redis.queuePrefix, S3_BUCKET: api.app.config.s3.bucket };
    const child = startEntry('api', 'src/main.ts', env);
    try {
      await child.waitForLine(/"msg":"API listening"/, 45_000);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      async function* stalledAfter20MB(): AsyncGenerator<Buffer> {
        yield* generatedWav(20 * 1024 * 1024);
        await held;
      }
      const response = uploadSession(`http://127.0.0.1:${port}/graphql`, world.therapist.key, { patientId: world.patient.user.id }, stalledAfter20MB());
      const started = JSON.parse(await child.waitForLine(/"msg":"multipart upload started"/, 30_000)) as { uploadId: string };

      const killed = await child.kill('SIGTERM');
      const res = await response;
      release();
      expect(res.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const abortLine = child.lines.find((line) => line.includes('"msg":"upload aborted"'));
      expect(JSON.parse(abortLine!)).toMatchObject({ uploadId: started.uploadId });
      // A graceful exit (0), not the forced one after a stalled shutdown; the abort line came before it.
      expect(killed.exit).toEqual({ code: 0, signal: null });
      expect(await api.app.db.session.count({ where: { patientId: world.patient.user.id } })).toBe(0);
      expect(await listKeys(api.app.store, `${world.organizationId}/${world.patient.user.id}/`)).toEqual([]);
    } finally {
      await child.stop();
    }
  }, 90_000);
});
