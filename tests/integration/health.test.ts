import type { HealthReport } from '../../src/health';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('GET /health', () => {
  it('is healthy with PostgreSQL, Redis and S3 up, and says which providers are active', async () => {
    const res = await fetch(api.url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as HealthReport;
    expect(body.status).toBe('healthy');
    expect(Object.keys(body.checks).sort()).toEqual(['postgres', 'redis', 's3']);
    expect(body.providers).toMatchObject({ transcriber: expect.any(String), embedder: expect.any(String), chatModel: expect.any(String) });
  });
});

describe('GET /health with S3 down', () => {
  let broken: TestApi;
  beforeAll(async () => {
    // A port nothing listens on: S3 looks down while PostgreSQL and Redis are up.
    broken = await startTestApi({ S3_ENDPOINT: 'http://127.0.0.1:9' }, { ensureBucket: false });
  });
  afterAll(() => broken?.close());

  it('answers 503 and names the dependency that is down', async () => {
    const res = await fetch(broken.url.replace('/graphql', '/health'));
    expect(res.status).toBe(503);
    const body = (await res.json()) as HealthReport;
    expect(body.status).toBe('unhealthy');
    expect(body.checks.s3.status).toBe('down');
    expect(body.checks.postgres.status).toBe('up');
  });
});
