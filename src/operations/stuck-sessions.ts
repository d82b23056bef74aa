import type { Database } from '../db/prisma';
import type { Logger } from '../logger';
import type { Queues } from '../queues/queues';
import type { SessionStatusWriter } from '../sessions/session-status';
import { IN_FLIGHT } from '../sessions/session-transitions';
import { SessionRepository } from '../sessions/session.repository';
import type { PipelineOperations } from './pipeline-ops';

/**
 * Finds sessions that stopped moving (their job was lost with a Redis that restarted empty, or
 * failed inside Bull after repeated worker crashes) and puts them back into the pipeline, or marks
 * them FAILED once they have used their attempts. Sessions with a live job are left alone.
 */
export class StuckSessionSweeper {
  constructor(
    private readonly deps: { db: Database; queues: Queues; status: SessionStatusWriter; operations: PipelineOperations; log: Logger; stuckAfterMs: number; maxAttempts: number },
  ) {}

  /** One sweep; returns what it did per session. */
  async sweep(now = Date.now()): Promise<{ retried: string[]; failed: string[] }> {
    const stuck = await new SessionRepository(this.deps.db).stalled(IN_FLIGHT, new Date(now - this.deps.stuckAfterMs), 500);
    const live = await this.sessionsWithLiveJobs();
    const result = { retried: [] as string[], failed: [] as string[] };
    for (const session of stuck.filter((s) => !live.has(s.id))) {
      if (session.attempts >= this.deps.maxAttempts) {
        await this.deps.status.transition(session.id, 'FAILED', { error: 'Processing stalled; please retry or upload again', case: 'job.failed' });
        result.failed.push(session.id);
      } else {
        await this.deps.operations.retrySession(session.id).then(() => result.retried.push(session.id), () => undefined);
      }
    }
    if (result.retried.length || result.failed.length) this.deps.log.warn({ retried: result.retried.length, failed: result.failed.length }, 'recovered stuck sessions');
    return result;
  }

  private async sessionsWithLiveJobs(): Promise<Set<string>> {
    const jobs = await Promise.all([this.deps.queues.transcribe, this.deps.queues.embed].map((q) => q.getJobs(['active', 'waiting', 'delayed', 'paused'])));
    return new Set(jobs.flat().map((job) => (job?.data as { sessionId?: string } | undefined)?.sessionId).filter((id): id is string => Boolean(id)));
  }
}
