import type Bull from 'bull';
import type { PurgeService } from '../lifecycle/purge.service';
import { JobPayload, type Queues } from '../queues/queues';
import type { StuckSessionSweeper } from '../operations/stuck-sessions';
import type { RetentionService } from '../organizations/retention.service';
import type { IncompleteUploadSweeper } from '../storage/incomplete-uploads';
import type { ProcessorRegistration } from '../queues/workers';

/** Bull processor for `purge`: removes a deleted session completely (retried until it succeeds). */
export function purgeProcessor(deps: { purge: PurgeService }): ProcessorRegistration {
  return {
    queue: 'purge',
    concurrency: 2,
    build: () => async (job: Bull.Job) => deps.purge.purgeSession(JobPayload.purge.parse(job.data).sessionId),
  };
}

/** Bull processor for `consent-revoked`: deletes stored audio when RECORDING consent is revoked. */
export function consentRevokedProcessor(deps: { purge: PurgeService }): ProcessorRegistration {
  return {
    queue: 'consent-revoked',
    concurrency: 2,
    build: () => async (job: Bull.Job) => {
      const event = JobPayload['consent-revoked'].parse(job.data);
      // Database rows were removed with the revoke itself; only objects in storage remain.
      return event.type === 'RECORDING' ? { audioDeleted: await deps.purge.purgeAudioOfPatient(event.patientId) } : { audioDeleted: 0 };
    },
  };
}

/**
 * Bull processor for `maintenance` (one repeatable job for all workers): the stuck-session sweep,
 * audio retention, then aborting incomplete multipart uploads older than INCOMPLETE_UPLOAD_MAX_AGE_MINUTES.
 */
export function maintenanceProcessor(deps: { sweeper: StuckSessionSweeper; retention?: RetentionService; uploads?: IncompleteUploadSweeper }): ProcessorRegistration {
  return {
    queue: 'maintenance',
    concurrency: 1,
    build: () => async (job: Bull.Job) => {
      JobPayload.maintenance.parse(job.data);
      const sessions = await deps.sweeper.sweep();
      const retention = deps.retention ? await deps.retention.apply() : undefined;
      const uploads = deps.uploads ? await deps.uploads.sweep() : undefined;
      return { ...sessions, retention, uploads };
    },
  };
}

/** Schedules the sweep every 5 minutes; idempotent, so every worker may call it at start-up. */
export async function scheduleMaintenance(queues: Queues): Promise<void> {
  await queues.maintenance.add({ task: 'sweep-stuck-sessions' }, { repeat: { every: 5 * 60_000 }, jobId: 'sweep-stuck-sessions', removeOnComplete: 10, removeOnFail: 10 });
}
