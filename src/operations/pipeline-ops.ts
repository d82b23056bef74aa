import type { Database } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import { enqueue, type Queues } from '../queues/queues';
import type { IndexingService } from '../retrieval/indexing.service';
import type { SessionStatusWriter } from '../sessions/session-status';
import { SessionRepository } from '../sessions/session.repository';

/** Operator actions on the pipeline: retrying a session, re-embedding after a model change. */
export class PipelineOperations {
  constructor(
    private readonly deps: { db: Database; queues: Queues; status: SessionStatusWriter },
  ) {}

  /**
   * Puts a session back into the pipeline from the last stage it can restart from: indexing when a
   * transcript exists, else transcription when the recording is still stored.
   */
  async retrySession(sessionId: string): Promise<{ stage: 'transcribe' | 'embed' }> {
    const session = await new SessionRepository(this.deps.db).findLiveWithTranscript(requireId(sessionId, 'Session'));
    if (!session) throw AppError.notFound('Session');
    const version = `retry-${Date.now()}`;
    if (session.transcript) {
      await this.deps.status.transition(session.id, 'TRANSCRIBED', { case: 'retry.indexing' });
      await enqueue(this.deps.queues, 'embed', { sessionId: session.id, version });
      return { stage: 'embed' };
    }
    if (!session.storageKey) throw AppError.badInput('The recording is no longer stored and there is no transcript: upload it again');
    await this.deps.status.transition(session.id, 'UPLOADED', { case: 'retry.transcription' });
    await enqueue(this.deps.queues, 'transcribe', { sessionId: session.id, version });
    return { stage: 'transcribe' };
  }

  /**
   * Re-indexes READY sessions whose chunks were made by another embedding model (or by `fromModel`
   * when given, or all with `all`), one at a time, reporting progress.
   */
  async reembed(indexing: IndexingService, currentModel: string, options: { fromModel?: string; all?: boolean }, progress: (line: string) => void): Promise<number> {
    const sessions = await new SessionRepository(this.deps.db).readyToReembed(currentModel, options);
    let done = 0;
    for (const [i, session] of sessions.entries()) {
      const outcome = await indexing.index(session.id).catch((error: Error) => `failed (${error.name})`);
      if (outcome === 'indexed') done++;
      progress(`[${i + 1}/${sessions.length}] session ${session.id}: ${outcome}`);
    }
    return done;
  }
}
