import type { Principal } from '../auth/principal';
import { alertWhere } from '../auth/scope';
import type { Alert, Database, Prisma, RiskAlertSettings, RiskLevel, Tx } from '../db/prisma';

/** Filters of a caller's alert list. */
export interface AlertListFilter {
  patientId?: string;
  acknowledged?: boolean;
  take: number;
}

/**
 * Every query of risk alerts. A caller's reads take its `Principal` and see only the alerts it may
 * (alertWhere: the organization's for an ADMIN, their patients' for a THERAPIST, none for a
 * PATIENT); the escalation worker's reads act for no caller and go by id or by age.
 */
export class AlertRepository {
  constructor(private readonly db: Database) {}

  /** Writes an alert about the principal (the patient chatting) inside the chat's transaction. */
  create(tx: Tx, principal: Principal, data: { level: RiskLevel; categories: string[]; language: string; concernForOthers: boolean; messageId: string; conversationId: string }): Promise<Alert> {
    return tx.alert.create({ data: { organizationId: principal.organizationId, patientId: principal.userId, kind: 'CRISIS', ...data } });
  }

  /** Alerts the principal may see, newest first. */
  listVisible(principal: Principal, filter: AlertListFilter): Promise<Alert[]> {
    const where: Prisma.AlertWhereInput = { AND: [alertWhere(principal)] };
    if (filter.patientId) where.patientId = filter.patientId;
    if (filter.acknowledged !== undefined) where.acknowledgedAt = filter.acknowledged ? { not: null } : null;
    return this.db.alert.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: filter.take });
  }

  /** The open alerts the principal may see, newest first. */
  openVisible(principal: Principal, take: number): Promise<Alert[]> {
    return this.db.alert.findMany({ where: { AND: [alertWhere(principal), { acknowledgedAt: null }] }, orderBy: [{ createdAt: 'desc' }], take });
  }

  /** An alert the principal may see, or null. */
  findVisible(principal: Principal, id: string): Promise<Alert | null> {
    return this.db.alert.findFirst({ where: { AND: [alertWhere(principal), { id }] } });
  }

  /** Acknowledges the alert unless someone already did; `changed` is true for the one caller that did. */
  async acknowledge(tx: Tx, principal: Principal, id: string, note: string | null): Promise<boolean> {
    const { count } = await tx.alert.updateMany({ where: { id, acknowledgedAt: null }, data: { acknowledgedAt: new Date(), acknowledgedBy: principal.userId, note } });
    return count === 1;
  }

  /** An alert by id (after a change this process made to it, or for a job). */
  findById(id: string, tx: Tx | Database = this.db): Promise<Alert> {
    return tx.alert.findUniqueOrThrow({ where: { id } });
  }

  /** The text of the message that raised an alert, or null once it is no longer stored. */
  async messageText(alert: Pick<Alert, 'messageId'>): Promise<string | null> {
    if (!alert.messageId) return null;
    const message = await this.db.message.findUnique({ where: { id: alert.messageId }, select: { content: true } });
    return message?.content ?? null;
  }

  /** Marks a CRISIS alert escalated if it is still open and was not escalated; true when it was now. */
  async markEscalated(id: string): Promise<boolean> {
    const { count } = await this.db.alert.updateMany({ where: { id, level: 'CRISIS', acknowledgedAt: null, escalatedAt: null }, data: { escalatedAt: new Date() } });
    return count === 1;
  }

  /** Open, unescalated CRISIS alerts raised before `cutoff`, oldest first, with their organization's delay. */
  overdueCandidates(cutoff: Date, take: number) {
    return this.db.alert.findMany({
      where: { level: 'CRISIS', acknowledgedAt: null, escalatedAt: null, createdAt: { lte: cutoff } },
      select: { id: true, createdAt: true, organization: { select: { riskAlertSettings: { select: { escalationMinutes: true } } } } },
      orderBy: { createdAt: 'asc' },
      take,
    });
  }

  /** The organization's escalation delay in minutes, or null for the default. */
  async escalationMinutes(organizationId: string): Promise<number | null> {
    const settings = await this.db.riskAlertSettings.findUnique({ where: { organizationId }, select: { escalationMinutes: true } });
    return settings?.escalationMinutes ?? null;
  }

  /** An alert by id, or null once it is gone (the webhook job). */
  findForJob(id: string): Promise<Alert | null> {
    return this.db.alert.findUnique({ where: { id } });
  }

  /** The principal's own organization's alert settings, or null when never configured. */
  ownSettings(principal: Principal): Promise<RiskAlertSettings | null> {
    return this.settingsOf(principal.organizationId);
  }

  /** An organization's alert settings, for a job delivering one of its alerts. */
  settingsOf(organizationId: string): Promise<RiskAlertSettings | null> {
    return this.db.riskAlertSettings.findUnique({ where: { organizationId } });
  }

  /** Creates or changes the principal's own organization's settings inside `tx`. */
  writeOwnSettings(tx: Tx, principal: Principal, data: Partial<Omit<RiskAlertSettings, 'organizationId'>>): Promise<RiskAlertSettings> {
    const organizationId = principal.organizationId;
    return tx.riskAlertSettings.upsert({ where: { organizationId }, create: { organizationId, ...data }, update: data });
  }

  /** How many alerts of each of `patientIds` in the principal's organization are not yet acknowledged. */
  async openCounts(principal: Principal, patientIds: readonly string[]): Promise<Map<string, number>> {
    const counts = await this.db.alert.groupBy({ by: ['patientId'], where: { organizationId: principal.organizationId, patientId: { in: [...patientIds] }, acknowledgedAt: null }, _count: { _all: true } });
    return new Map(counts.map((c) => [c.patientId, c._count._all]));
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }
}
