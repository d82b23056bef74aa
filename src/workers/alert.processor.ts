import type Bull from 'bull';
import type { RiskAlertService } from '../alerts/alert.service';
import { RiskAlertWebhook } from '../alerts/alert-webhook';
import type { SecretBox } from '../alerts/webhook-signing';
import type { Config } from '../config';
import type { Database } from '../db/prisma';
import type { Logger } from '../logger';
import { AlertJobPayload, AlertQueueName, closeAlertQueues, createAlertQueues, scheduleEscalationSweep, type AlertQueues } from '../queues/alert-queues';

/** Bull processor for `risk-alert-webhook`: one signed delivery; a refusal throws so Bull retries with backoff. */
export function riskAlertWebhookProcessor(webhook: RiskAlertWebhook) {
  return async (job: Bull.Job) => {
    const { alertId, event } = AlertJobPayload[AlertQueueName.webhook].parse(job.data);
    return webhook.deliver(alertId, event, String(job.id));
  };
}

/** Bull processor for `risk-alert-escalation`: escalates the alert if it is still open when the delay is up. */
export function riskAlertEscalationProcessor(app: { alerts: Pick<RiskAlertService, 'escalate' | 'escalateOverdue'> }) {
  return async (job: Bull.Job) => {
    const payload = AlertJobPayload[AlertQueueName.escalation].parse(job.data);
    if ('sweep' in payload) return { overdueEscalated: await app.alerts.escalateOverdue() };
    return { escalated: await app.alerts.escalate(payload.alertId) };
  };
}

/** What the risk-alert workers use. */
export interface AlertWorkerDeps {
  config: Pick<Config, 'redis' | 'queues' | 'riskAlerts'>;
  db: Database;
  secretBox: SecretBox;
  alerts: Pick<RiskAlertService, 'escalate' | 'escalateOverdue'>;
  log: Logger;
}

/**
 * Runs both risk-alert queues in this process (`npm run worker`; tests start them too). They have
 * queues of their own (src/queues/alert-queues.ts), so they start and stop beside the pipeline's.
 * Given `options.queues` (the core's), it processes those and leaves closing them to the core.
 */
export function startAlertWorkers(app: AlertWorkerDeps, options: { concurrency?: number; sweep?: boolean; queues?: AlertQueues } = {}) {
  const queues = options.queues ?? createAlertQueues(app.config);
  const webhook = new RiskAlertWebhook({ db: app.db, box: app.secretBox, timeoutMs: app.config.riskAlerts.webhookTimeoutMs, log: app.log });
  void queues[AlertQueueName.webhook].process(options.concurrency ?? 4, riskAlertWebhookProcessor(webhook));
  void queues[AlertQueueName.escalation].process(options.concurrency ?? 2, riskAlertEscalationProcessor(app));
  if (options.sweep !== false) void scheduleEscalationSweep(queues).catch(() => app.log.warn('escalation sweep not scheduled'));
  return {
    queues,
    queueNames: Object.values(AlertQueueName),
    async close() {
      await Promise.allSettled(Object.values(queues).map((q) => q.pause(true, false)));
      if (!options.queues) await closeAlertQueues(queues);
    },
  };
}
