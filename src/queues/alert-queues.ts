import Bull from 'bull';
import { z } from 'zod';
import type { Config } from '../config';
import { AppError } from '../errors';
import { withTimeout } from '../infra/timeout';

/**
 * The risk-alert queues, kept apart from queues.ts so the pipeline's queue table stays as it is:
 * `risk-alert-webhook` delivers an alert to the organization's paging webhook (retried with
 * exponential backoff), `risk-alert-escalation` holds one delayed job per CRISIS alert that
 * escalates it to the admins if nobody acknowledged it in time.
 */
export const AlertQueueName = { webhook: 'risk-alert-webhook', escalation: 'risk-alert-escalation' } as const;
export type AlertQueueName = (typeof AlertQueueName)[keyof typeof AlertQueueName];

/** Payloads, validated by the processors (a job is data from Redis, not trusted code). */
export const AlertJobPayload = {
  'risk-alert-webhook': z.object({ alertId: z.string().uuid(), event: z.enum(['RAISED', 'ESCALATED']) }),
  // One delayed job per CRISIS alert, plus a repeatable sweep that catches any whose job was lost.
  'risk-alert-escalation': z.union([z.object({ alertId: z.string().uuid() }), z.object({ sweep: z.literal(true) })]),
} satisfies Record<AlertQueueName, z.ZodTypeAny>;
export type AlertJobPayload<Q extends AlertQueueName> = z.infer<(typeof AlertJobPayload)[Q]>;

/** The alert queues of one process. */
export type AlertQueues = Record<AlertQueueName, Bull.Queue>;

/** Opens both alert queues on the configured Redis and prefix. */
export function createAlertQueues(config: Pick<Config, 'redis' | 'queues' | 'riskAlerts'>): AlertQueues {
  const settings = { stalledInterval: config.queues.stalledIntervalMs, maxStalledCount: 2, lockDuration: config.queues.lockDurationMs };
  const history = { removeOnComplete: 1_000, removeOnFail: 5_000 };
  return {
    'risk-alert-webhook': new Bull(AlertQueueName.webhook, config.redis.url, {
      prefix: config.redis.queuePrefix,
      settings,
      defaultJobOptions: { ...history, attempts: config.riskAlerts.webhookAttempts, backoff: { type: 'exponential', delay: config.riskAlerts.webhookBackoffMs } },
    }),
    'risk-alert-escalation': new Bull(AlertQueueName.escalation, config.redis.url, {
      prefix: config.redis.queuePrefix,
      settings,
      defaultJobOptions: { ...history, attempts: 5, backoff: { type: 'exponential', delay: 2_000 } },
    }),
  };
}

const ENQUEUE_TIMEOUT_MS = 5_000;

/** Adds a job with a deterministic id (one delivery per alert and event, one escalation per alert). */
export async function enqueueAlertJob<Q extends AlertQueueName>(queues: AlertQueues, name: Q, payload: AlertJobPayload<Q>, options: { delayMs?: number } = {}): Promise<void> {
  const data = AlertJobPayload[name].parse(payload) as AlertJobPayload<Q>;
  const p = data as { alertId?: string; event?: string };
  const jobId = [name, p.alertId ?? 'sweep', p.event].filter(Boolean).join(':');
  await withTimeout(queues[name].add(data, { jobId, delay: options.delayMs }), ENQUEUE_TIMEOUT_MS, () => new AppError('SERVICE_UNAVAILABLE', 'The job queue is unavailable'));
}

/** Schedules the overdue-escalation sweep every minute; idempotent, so every worker may call it at start-up. */
export async function scheduleEscalationSweep(queues: AlertQueues): Promise<void> {
  await queues[AlertQueueName.escalation].add({ sweep: true }, { repeat: { every: 60_000 }, jobId: 'risk-alert-escalation-sweep', removeOnComplete: 10, removeOnFail: 10 });
}

/** Closes both queues' connections. */
export async function closeAlertQueues(queues: AlertQueues): Promise<void> {
  await Promise.allSettled(Object.values(queues).map((q) => q.close()));
}
