import Bull from 'bull';
import { z } from 'zod';
import type { Config } from '../config';
import { AppError } from '../errors';
import { withTimeout } from '../infra/timeout';

/** Every queue of the system; API and workers agree on these names through this module only. */
export const QueueName = { transcribe: 'transcribe', embed: 'embed', purge: 'purge', consentRevoked: 'consent-revoked', maintenance: 'maintenance' } as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Payloads, validated by the processor before use (a job is data from Redis, not trusted code). */
// `version` distinguishes deliberate re-runs (a retry, a changed transcript) from duplicates.
const SessionJob = z.object({ sessionId: z.string().uuid(), version: z.string().max(64).optional() });
export const JobPayload = {
  transcribe: SessionJob,
  embed: SessionJob,
  purge: SessionJob,
  'consent-revoked': z.object({
    consentRecordId: z.string().uuid(),
    organizationId: z.string().uuid(),
    patientId: z.string().uuid(),
    type: z.enum(['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']),
  }),
  maintenance: z.object({ task: z.literal('sweep-stuck-sessions') }),
} satisfies Record<QueueName, z.ZodTypeAny>;
export type JobPayload<Q extends QueueName> = z.infer<(typeof JobPayload)[Q]>;

/** One job per session and stage, one per consent revocation: a duplicate enqueue is a no-op. */
function jobIdOf<Q extends QueueName>(name: Q, payload: JobPayload<Q>): string {
  const p = payload as Partial<{ sessionId: string; consentRecordId: string; version: string; task: string }>;
  return [name, p.sessionId ?? p.consentRecordId ?? p.task, p.version].filter(Boolean).join(':');
}

/** Retries with exponential backoff; bounded history so Redis does not grow without end. */
export const defaultJobOptions: Bull.JobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: 1_000,
  removeOnFail: 5_000,
};

/** The Bull queues of one process, sharing the configured Redis and key prefix. */
export type Queues = Record<QueueName, Bull.Queue>;

/**
 * Opens every queue. Bull needs its own connections (one of them blocking), so it gets the URL.
 * A worker that dies holds its job's lock for at most `lockDurationMs`; the stalled check then
 * hands the job to another worker (at most twice, then it fails).
 */
export function createQueues(config: Pick<Config, 'redis' | 'queues'>): Queues {
  const open = (name: QueueName) =>
    new Bull(name, config.redis.url, {
      prefix: config.redis.queuePrefix,
      defaultJobOptions: { ...defaultJobOptions, attempts: config.queues.attempts },
      settings: { stalledInterval: config.queues.stalledIntervalMs, maxStalledCount: 2, lockDuration: config.queues.lockDurationMs },
    });
  return { transcribe: open('transcribe'), embed: open('embed'), purge: open('purge'), 'consent-revoked': open('consent-revoked'), maintenance: open('maintenance') };
}

/** How long adding a job may take before Redis counts as unavailable. */
const ENQUEUE_TIMEOUT_MS = 5_000;

/** Adds a job with a deterministic id, so the same work is never queued twice; fails fast when Redis is down. */
export async function enqueue<Q extends QueueName>(queues: Queues, name: Q, payload: JobPayload<Q>): Promise<void> {
  const data = JobPayload[name].parse(payload) as JobPayload<Q>;
  await withTimeout(queues[name].add(data, { jobId: jobIdOf(name, data) }), ENQUEUE_TIMEOUT_MS, () => new AppError('SERVICE_UNAVAILABLE', 'The job queue is unavailable; please try again'));
}

/** Closes every queue's connections. */
export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.allSettled(Object.values(queues).map((q) => q.close()));
}
