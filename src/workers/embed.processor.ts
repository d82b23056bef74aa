import type Bull from 'bull';
import type { IndexingService } from '../retrieval/indexing.service';
import { JobPayload } from '../queues/queues';
import type { ProcessorRegistration } from '../queues/workers';
import type { SessionStatusWriter } from '../sessions/session-status';
import { handleJobFailure } from './job-failure';

/** Bull processor for `embed`: parse, call the indexing service, map failures onto the session. */
export function embedProcessor(deps: { indexing: IndexingService; status: SessionStatusWriter; concurrency?: number }): ProcessorRegistration {
  return {
    queue: 'embed',
    concurrency: deps.concurrency ?? 2,
    build: () => async (job: Bull.Job) => {
      const { sessionId } = JobPayload.embed.parse(job.data);
      try {
        return await deps.indexing.index(sessionId);
      } catch (error) {
        await handleJobFailure(job, deps.status, sessionId, 'Indexing', error);
        throw error;
      }
    },
  };
}
