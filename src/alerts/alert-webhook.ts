import type { Database, RiskAlertSettings } from '../db/prisma';
import type { Logger } from '../logger';
import { AlertRepository } from './alert.repository';
import { type SecretBox, SIGNATURE_HEADER, signWebhook } from './webhook-signing';

/** A delivery the receiver did not accept (non-2xx, redirect, timeout, refused): Bull retries it. */
export class WebhookDeliveryError extends Error {
  constructor(readonly status: number | null) {
    super(status === null ? 'webhook unreachable' : `webhook answered ${status}`);
    this.name = 'WebhookDeliveryError';
  }
}

const RANK = { NONE: 0, CONCERN: 1, CRISIS: 2 } as const;

/**
 * Sends one alert to the organization's paging webhook. The body carries ids, level and times,
 * never message text, categories or names: a pager is not a place for PHI, and the on-call person
 * opens the alert in the product. Signed with HMAC-SHA256 over "<timestamp>.<body>".
 */
export class RiskAlertWebhook {
  constructor(private readonly deps: { db: Database; box: SecretBox; timeoutMs: number; log: Logger }) {}

  /** Delivers or explains why not; throws WebhookDeliveryError so the job is retried with backoff. */
  async deliver(alertId: string, event: 'RAISED' | 'ESCALATED', deliveryId: string): Promise<{ delivered: boolean; reason?: string; status?: number }> {
    const alerts = new AlertRepository(this.deps.db);
    const alert = await alerts.findForJob(alertId);
    if (!alert) return { delivered: false, reason: 'alert gone' };
    const settings = await alerts.settingsOf(alert.organizationId);
    if (!isConfigured(settings)) return { delivered: false, reason: 'no webhook' };
    if (event === 'RAISED' && RANK[alert.level] < RANK[settings.webhookMinimumLevel]) return { delivered: false, reason: 'below minimum level' };
    const body = JSON.stringify({
      deliveryId,
      event,
      alertId: alert.id,
      organizationId: alert.organizationId,
      patientId: alert.patientId,
      level: alert.level,
      createdAt: alert.createdAt.toISOString(),
      escalated: alert.escalatedAt !== null,
      escalatedAt: alert.escalatedAt?.toISOString() ?? null,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = signWebhook(this.deps.box.open(settings.webhookSecret), body, timestamp);
    let response: Response;
    try {
      response = await fetch(settings.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'therapyrag-risk-alerts', [SIGNATURE_HEADER]: signature, 'x-therapyrag-delivery': deliveryId },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.deps.timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
    } catch {
      this.deps.log.warn({ alertId, event }, 'risk alert webhook unreachable');
      throw new WebhookDeliveryError(null);
    }
    if (response.status < 200 || response.status >= 300) {
      this.deps.log.warn({ alertId, event, status: response.status }, 'risk alert webhook refused the delivery');
      throw new WebhookDeliveryError(response.status);
    }
    this.deps.log.info({ alertId, event, status: response.status }, 'risk alert webhook delivered');
    return { delivered: true, status: response.status };
  }
}

function isConfigured(settings: RiskAlertSettings | null): settings is RiskAlertSettings & { webhookUrl: string; webhookSecret: Uint8Array } {
  return Boolean(settings?.webhookUrl && settings.webhookSecret);
}
