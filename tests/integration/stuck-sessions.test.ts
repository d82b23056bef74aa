import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineOperations } from '../../src/operations/pipeline-ops';
import { StuckSessionSweeper } from '../../src/operations/stuck-sessions';
import { enqueue } from '../../src/queues/queues';
import { makeWorld, type World } from '../../devtools/factories';
import { startTestApi, type TestApi } from '../support/harness';

let api: TestApi;
let world: World;
let sweeper: StuckSessionSweeper;
const HOUR = 3_600_000;

const makeSession = async (status: 'UPLOADED' | 'TRANSCRIBING', options: { ageMs: number; attempts?: number }) => {
  const session = await api.app.db.session.create({
    data: {
      organizationId: world.organizationId, patientId: world.patient.user.id, therapistId: world.therapist.user.id, status,
      storageKey: `${world.organizationId}/stuck/recording`, mimeType: 'audio/wav', sizeBytes: 10n, recordedAt: new Date(), attempts: options.attempts ?? 1,
    },
  });
  await api.app.db.$executeRaw`UPDATE sessions SET updated_at = ${new Date(Date.now() - options.ageMs)} WHERE id = ${session.id}::uuid`;
  return session.id;
};

beforeAll(async () => {
  api = await startTestApi();
  world = await makeWorld(api.app.db);
  sweeper = new StuckSessionSweeper({ ...api.app, operations: new PipelineOperations(api.app), stuckAfterMs: HOUR / 2, maxAttempts: 3 });
});
afterAll(() => api.close());

describe('stuck-session sweeper', () => {
  it('re-queues a session whose job was lost, fails one that used its attempts, and leaves the rest alone', async () => {
    const lost = await makeSession('UPLOADED', { ageMs: HOUR });
    const exhausted = await makeSession('TRANSCRIBING', { ageMs: HOUR, attempts: 3 });
    const fresh = await makeSession('UPLOADED', { ageMs: 60_000 });
    const queued = await makeSession('UPLOADED', { ageMs: HOUR });
    await enqueue(api.app.queues, 'transcribe', { sessionId: queued });

    const result = await sweeper.sweep();
    expect(result.retried).toEqual([lost]);
    expect(result.failed).toEqual([exhausted]);
    const jobs = await api.app.queues.transcribe.getJobs(['waiting']);
    expect(jobs.filter((j) => j.data.sessionId === lost)).toHaveLength(1);
    expect(await api.app.db.session.findUniqueOrThrow({ where: { id: exhausted } })).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/stalled/) });
    for (const id of [fresh, queued]) expect((await api.app.db.session.findUniqueOrThrow({ where: { id } })).status).toBe('UPLOADED');
    // The retried session counts as moving again: a second sweep leaves it alone.
    expect(await sweeper.sweep()).toEqual({ retried: [], failed: [] });
  });
});
