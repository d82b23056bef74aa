import type Bull from 'bull';
import type { PurgeService } from '../src/lifecycle/purge.service';
import { JobPayload } from '../src/queues/queues';
import type { ProcessorRegistration } from '../src/queues/workers';

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
