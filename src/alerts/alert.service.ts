import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { Principal } from '../auth/principal';
import { mayHandleAlerts } from '../auth/policy';
import type { CrisisAssessment } from '../chat/crisis';
import type { Alert, Database, Tx } from '../db/prisma';
import { AppError } from '../errors';
import { isId, requireId } from '../ids';
import { withTimeout } from '../infra/timeout';
import type { Logger } from '../logger';
import { AlertQueueName, enqueueAlertJob, type AlertQueues } from '../queues/alert-queues';
import type { RiskAlertEvent, RiskAlertEvents } from './alert-events';
import { AlertRepository } from './alert.repository';
import { alertStream } from './alert-stream';

/** Open or acknowledged: the dashboard's filter. */
export type AlertStatus = 'OPEN' | 'ACKNOWLEDGED';

const MAX_NOTE_CHARS = 2_000;
const MAX_LIST = 200;
/** How many open alerts a new subscriber receives first (a dashboard that reconnects misses nothing recent). */
const REPLAY_OPEN = 50;
const MESSAGE_GONE = '(The message is no longer stored.)';

/**
 * Risk alerts reach a person: raised with the chat exchange that triggered them, published to
 * every API replica (subscription `riskAlerts`), delivered to the organization's webhook and,
 * for CRISIS, escalated to its admins when still open after the configured delay. Therapists
 * see their patients' alerts, admins the organization's; patients none.
 */
export class RiskAlertService {
  private readonly alerts: AlertRepository;

  constructor(
    private readonly deps: {
      db: Database;
      events: RiskAlertEvents;
      queues: AlertQueues;
      audit: AuditService;
      log: Logger;
      /** Escalation delay when the organization sets none. */
      escalationMs: number;
    },
  ) {
    this.alerts = new AlertRepository(deps.db);
  }

  /** Writes the alert in the chat's own transaction, so a stored crisis message always has its alert. */
  raise(tx: Tx, principal: Principal, input: { assessment: CrisisAssessment; messageId: string; conversationId: string }): Promise<Alert> {
    const { assessment } = input;
    const level = assessment.level === 'NONE' ? 'CONCERN' : assessment.level;
    return this.alerts.create(tx, principal, {
      level,
      categories: assessment.categories,
      language: assessment.language,
      concernForOthers: assessment.concernForOthers,
      messageId: input.messageId,
      conversationId: input.conversationId,
    });
  }

  /**
   * After the transaction: tell every replica, queue the webhook and, for CRISIS, the escalation.
   * Never throws: the patient's crisis reply must not fail because Redis is slow; the row is
   * already stored and visible to `riskAlerts`.
   */
  async dispatch(alert: Alert): Promise<void> {
    const { log } = this.deps;
    const steps: Promise<unknown>[] = [
      this.publish(alert, 'RAISED'),
      enqueueAlertJob(this.deps.queues, AlertQueueName.webhook, { alertId: alert.id, event: 'RAISED' }),
    ];
    if (alert.level === 'CRISIS') steps.push(this.scheduleEscalation(alert));
    const results = await Promise.allSettled(steps);
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed) log.error({ alertId: alert.id, failed }, 'risk alert stored but not fully dispatched');
  }

  /** Alerts the caller may see, newest first. */
  async list(caller: Caller, filter: { status?: AlertStatus | null; patientId?: string | null; first?: number | null }): Promise<Alert[]> {
    requireClinician(caller.principal);
    // A malformed id is just a filter that matches nothing, as for sessions(patientId).
    if (filter.patientId && !isId(filter.patientId)) return [];
    const take = Math.min(Math.max(filter.first ?? 50, 1), MAX_LIST);
    const rows = await this.alerts.listVisible(caller.principal, {
      patientId: filter.patientId ? filter.patientId.toLowerCase() : undefined,
      acknowledged: filter.status ? filter.status === 'ACKNOWLEDGED' : undefined,
      take,
    });
    await this.deps.audit.record(caller, { action: 'riskAlert.list', subjectType: 'RiskAlert', subjectId: filter.patientId ?? null, patientId: filter.patientId ?? null });
    return rows;
  }

  /**
   * Marks an alert as seen by a person, with an optional note. Idempotent: a second
   * acknowledgement returns the alert as the first one left it (who, when and note unchanged).
   */
  async acknowledge(caller: Caller, id: string, note?: string | null): Promise<Alert> {
    requireClinician(caller.principal);
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > MAX_NOTE_CHARS) throw AppError.badInput(`note must be at most ${MAX_NOTE_CHARS} characters`, { field: 'note' });
    const alert = await this.findVisible(caller.principal, id);
    if (alert.acknowledgedAt) return alert;
    const { changed, row } = await this.alerts.transaction(async (tx) => {
      const acknowledged = await this.alerts.acknowledge(tx, caller.principal, alert.id, trimmed);
      if (acknowledged) await this.deps.audit.record(caller, { action: 'riskAlert.acknowledge', subjectType: 'RiskAlert', subjectId: alert.id, patientId: alert.patientId }, tx);
      return { changed: acknowledged, row: await this.alerts.findById(alert.id, tx) };
    });
    if (changed) {
      await this.publish(row, 'ACKNOWLEDGED').catch(() => this.deps.log.warn({ alertId: row.id }, 'acknowledgement not published'));
      await this.cancelEscalation(row.id);
    }
    return row;
  }

  /** The triggering message's text, for the treating therapist or an admin; every read is audited. */
  async readMessage(caller: Caller, alert: Alert): Promise<string> {
    requireClinician(caller.principal);
    if (alert.organizationId !== caller.principal.organizationId) throw AppError.notFound('Risk alert');
    const text = await this.alerts.messageText(alert);
    await this.deps.audit.record(caller, { action: 'riskAlert.message.read', subjectType: 'RiskAlert', subjectId: alert.id, patientId: alert.patientId });
    return text ?? MESSAGE_GONE;
  }

  /** Live alerts for the caller: the open ones first (newest {REPLAY_OPEN}), then every change from any replica. */
  async watch(caller: Caller): Promise<AsyncIterableIterator<Alert>> {
    requireClinician(caller.principal);
    const unavailable = () => new AppError('SERVICE_UNAVAILABLE', 'Live alerts are temporarily unavailable; please try again');
    const queue = await withTimeout(this.deps.events.listen(caller.principal.organizationId), 5_000, unavailable).catch((error: unknown) => {
      throw error instanceof AppError ? error : unavailable();
    });
    // Read after subscribing, so nothing raised in between is lost (duplicates are dropped by id).
    const open = await this.alerts.openVisible(caller.principal, REPLAY_OPEN);
    const visible = (event: RiskAlertEvent) => this.alerts.findVisible(caller.principal, event.alertId);
    return alertStream(open.reverse(), queue, visible);
  }

  /** Worker side: marks a CRISIS alert escalated if it is still open; publishes it and queues the webhook. */
  async escalate(alertId: string): Promise<boolean> {
    if (!(await this.alerts.markEscalated(alertId))) return false;
    const alert = await this.alerts.findById(alertId);
    await this.publish(alert, 'ESCALATED');
    await enqueueAlertJob(this.deps.queues, AlertQueueName.webhook, { alertId, event: 'ESCALATED' });
    this.deps.log.warn({ alertId, organizationId: alert.organizationId }, 'risk alert unacknowledged; escalated to admins');
    return true;
  }

  /**
   * Escalates every CRISIS alert open past its organization's delay whose delayed job was lost
   * (Redis down when it was raised, a flushed queue): escalation must not depend on one job.
   */
  async escalateOverdue(now = new Date()): Promise<number> {
    const candidates = await this.alerts.overdueCandidates(new Date(now.getTime() - Math.min(this.deps.escalationMs, 60_000)), 500);
    let escalated = 0;
    for (const alert of candidates) {
      const minutes = alert.organization.riskAlertSettings?.escalationMinutes;
      const delayMs = minutes ? minutes * 60_000 : this.deps.escalationMs;
      if (alert.createdAt.getTime() + delayMs <= now.getTime() && (await this.escalate(alert.id))) escalated++;
    }
    return escalated;
  }

  private async findVisible(principal: Principal, id: string): Promise<Alert> {
    const alert = await this.alerts.findVisible(principal, requireId(id, 'Risk alert'));
    if (!alert) throw AppError.notFound('Risk alert');
    return alert;
  }

  private publish(alert: Alert, change: RiskAlertEvent['change']): Promise<void> {
    return this.deps.events.publish({ alertId: alert.id, organizationId: alert.organizationId, patientId: alert.patientId, change });
  }

  private async scheduleEscalation(alert: Alert): Promise<void> {
    const minutes = await this.alerts.escalationMinutes(alert.organizationId);
    const delayMs = minutes ? minutes * 60_000 : this.deps.escalationMs;
    await enqueueAlertJob(this.deps.queues, AlertQueueName.escalation, { alertId: alert.id }, { delayMs });
  }

  private async cancelEscalation(alertId: string): Promise<void> {
    // Only tidiness: the escalation job re-checks the alert and does nothing once it is acknowledged.
    const job = await this.deps.queues[AlertQueueName.escalation].getJob(`${AlertQueueName.escalation}:${alertId}`).catch(() => null);
    await job?.remove().catch(() => undefined);
  }
}

function requireClinician(principal: Principal): void {
  if (!mayHandleAlerts(principal)) throw AppError.forbidden('Risk alerts are for the care team');
}
