import type Bull from 'bull';
import { JobPayload } from '../queues/queues';
import type { ProcessorRegistration } from '../queues/workers';
import type { SessionStatusWriter } from '../sessions/session-status';
import type { TranscriptionService } from '../transcripts/transcription.service';
import { handleJobFailure } from './job-failure';

/** Bull processor for `transcribe`: parse, call the service, map failures onto the session. */
export function transcribeProcessor(deps: { transcription: TranscriptionService; status: SessionStatusWriter; concurrency?: number }): ProcessorRegistration {
  return {
    queue: 'transcribe',
    concurrency: deps.concurrency ?? 1,
    build: () => async (job: Bull.Job) => {
      const { sessionId } = JobPayload.transcribe.parse(job.data);
      try {
        return await deps.transcription.transcribe(sessionId);
      } catch (error) {
        await handleJobFailure(job, deps.status, sessionId, 'Transcription', error);
        throw error;
      }
    },
  };
}
