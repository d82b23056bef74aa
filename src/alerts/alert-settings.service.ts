import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import { mayConfigureAlertDelivery } from '../auth/policy';
import type { Database, RiskAlertSettings, RiskLevel } from '../db/prisma';
import { AppError } from '../errors';
import { AlertRepository } from './alert.repository';
import { generateWebhookSecret, type SecretBox } from './webhook-signing';

/** What an admin sees of the organization's alert delivery; the signing secret never comes back. */
export interface RiskAlertSettingsView {
  webhookUrl: string | null;
  webhookMinimumLevel: RiskLevel;
  escalationMinutes: number | null;
  effectiveEscalationMinutes: number;
  updatedAt: Date | null;
}

const MAX_URL_CHARS = 2_000;

/** The organization's risk alert delivery settings (ADMIN only, every change audited). */
export class RiskAlertSettingsService {
  constructor(
    private readonly deps: {
      db: Database;
      audit: AuditService;
      box: SecretBox;
      /** False in production without RISK_ALERT_SECRET_KEY: then no webhook can be configured. */
      canStoreSecrets: boolean;
      requireHttps: boolean;
      defaultEscalationMs: number;
    },
  ) {}

  /** The current settings (defaults when never configured). */
  async get(caller: Caller): Promise<RiskAlertSettingsView> {
    requireAdmin(caller);
    const row = await new AlertRepository(this.deps.db).ownSettings(caller.principal);
    return this.view(row);
  }

  /** Points the webhook at `url` with a new signing secret, returned once (calling again rotates it). */
  async configureWebhook(caller: Caller, input: { url: string; minimumLevel?: RiskLevel | null }): Promise<{ settings: RiskAlertSettingsView; secret: string }> {
    requireAdmin(caller);
    if (!this.deps.canStoreSecrets) throw new AppError('SERVICE_UNAVAILABLE', 'Webhook signing is not set up on this server (RISK_ALERT_SECRET_KEY)');
    const url = this.validUrl(input.url);
    const minimumLevel = input.minimumLevel ?? 'CRISIS';
    if (minimumLevel === 'NONE') throw AppError.badInput('minimumLevel must be CONCERN or CRISIS', { field: 'minimumLevel' });
    const secret = generateWebhookSecret();
    const data = { webhookUrl: url, webhookSecret: this.deps.box.seal(secret), webhookMinimumLevel: minimumLevel, updatedBy: caller.principal.userId, updatedAt: new Date() };
    const row = await this.write(caller, 'riskAlerts.webhook.configure', data);
    return { settings: this.view(row), secret };
  }

  /** Stops webhook deliveries (jobs already queued find no webhook and end). */
  async removeWebhook(caller: Caller): Promise<RiskAlertSettingsView> {
    requireAdmin(caller);
    const row = await this.write(caller, 'riskAlerts.webhook.remove', { webhookUrl: null, webhookSecret: null, updatedBy: caller.principal.userId, updatedAt: new Date() });
    return this.view(row);
  }

  /** How long a CRISIS alert may stay open before the admins are alerted; null restores the server default. */
  async setEscalation(caller: Caller, minutes: number | null): Promise<RiskAlertSettingsView> {
    requireAdmin(caller);
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440)) throw AppError.badInput('minutes must be 1-1440', { field: 'minutes' });
    const row = await this.write(caller, 'riskAlerts.escalation.set', { escalationMinutes: minutes, updatedBy: caller.principal.userId, updatedAt: new Date() });
    return this.view(row);
  }

  private write(caller: Caller, action: string, data: Partial<Omit<RiskAlertSettings, 'organizationId'>>): Promise<RiskAlertSettings> {
    const organizationId = caller.principal.organizationId;
    const alerts = new AlertRepository(this.deps.db);
    return alerts.transaction(async (tx) => {
      const row = await alerts.writeOwnSettings(tx, caller.principal, data);
      await this.deps.audit.record(caller, { action, subjectType: 'Organization', subjectId: organizationId, patientId: null }, tx);
      return row;
    });
  }

  private validUrl(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      throw AppError.badInput('url must be an absolute http(s) URL', { field: 'url' });
    }
    const allowed = this.deps.requireHttps ? ['https:'] : ['https:', 'http:'];
    if (!allowed.includes(url.protocol) || url.username || url.password || raw.length > MAX_URL_CHARS) {
      throw AppError.badInput(`url must be ${this.deps.requireHttps ? 'an https' : 'an http(s)'} URL without credentials`, { field: 'url' });
    }
    return url.toString();
  }

  private view(row: RiskAlertSettings | null): RiskAlertSettingsView {
    const minutes = row?.escalationMinutes ?? null;
    return {
      webhookUrl: row?.webhookUrl ?? null,
      webhookMinimumLevel: row?.webhookMinimumLevel ?? 'CRISIS',
      escalationMinutes: minutes,
      effectiveEscalationMinutes: minutes ?? this.deps.defaultEscalationMs / 60_000,
      updatedAt: row?.updatedAt ?? null,
    };
  }
}

function requireAdmin(caller: Caller): void {
  if (!mayConfigureAlertDelivery(caller.principal)) throw AppError.forbidden('Only admins configure risk alert delivery');
}
