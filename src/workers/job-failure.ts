import type Bull from 'bull';
import { isAppError } from '../errors';
import { PermanentTranscriptionError } from '../providers/transcriber';
import type { SessionStatusWriter } from '../sessions/session-status';

/** True when retrying cannot help: consent is gone, or the input or provider reply is unusable. */
export function isPermanent(error: unknown): boolean {
  return isAppError(error, 'CONSENT_REQUIRED') || isAppError(error, 'NOT_FOUND') || error instanceof PermanentTranscriptionError || (error as Error)?.name === 'PermanentEmbeddingError';
}

/**
 * Maps a failed attempt onto the session: permanent failures and the last attempt mark it FAILED
 * with a safe reason (never the provider's message, which may echo audio or text), and permanent
 * ones are discarded so Bull does not retry them.
 */
export async function handleJobFailure(job: Bull.Job, status: SessionStatusWriter, sessionId: string, stage: string, error: unknown): Promise<void> {
  const permanent = isPermanent(error);
  const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  if (isAppError(error, 'CONSENT_REQUIRED')) {
    await job.discard();
    return;
  }
  if (permanent || lastAttempt) {
    const reason = permanent ? `The recording could not be processed (${stage})` : `${stage} failed after ${job.attemptsMade + 1} attempts`;
    await status.transition(sessionId, 'FAILED', { error: reason, case: 'job.failed' });
  }
  if (permanent) await job.discard();
}
