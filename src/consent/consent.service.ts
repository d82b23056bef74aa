import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { ConsentRecord, ConsentStatus, ConsentType, Database, Tx } from '../db/prisma';
import { ConsentType as ConsentTypes } from '../generated/prisma/enums';
import { AppError } from '../errors';
import { requireId } from '../ids';
import type { Logger } from '../logger';
import { safeError } from '../logger';
import type { PurgeService } from '../lifecycle/purge.service';
import { enqueue, type Queues } from '../queues/queues';
import type { SessionStatusWriter } from '../sessions/session-status';
import { ConsentRepository, lockConsent } from './consent.repository';

export { lockConsent };

/** The state of one consent type for a patient; no record at all means not granted. */
export interface CurrentConsent {
  type: ConsentType;
  status: ConsentStatus;
  updatedAt: Date | null;
}

/**
 * The consent ledger. Every change appends one record under a per-(patient, type) advisory lock,
 * so concurrent grants and revokes serialise and the history strictly alternates. Nothing is
 * cached: a revoke is seen by the very next `requireConsent`.
 */
export class ConsentService {
  private readonly ledger: ConsentRepository;

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly queues: Queues,
    private readonly log: Logger,
    private readonly purge: PurgeService,
    private readonly status: SessionStatusWriter,
  ) {
    this.ledger = new ConsentRepository(db);
  }

  /** Grants `type` for a patient the caller may act for; BAD_USER_INPUT if already granted. */
  grant(caller: Caller, patientId: string, type: ConsentType): Promise<ConsentRecord> {
    return this.change(caller, patientId, type, 'GRANTED');
  }

  /**
   * Revokes `type`; BAD_USER_INPUT if not granted. What the consent covered leaves the database in
   * the same transaction (chunks for AI_ANALYSIS, transcripts too for TRANSCRIPTION) and sessions
   * it stops become FAILED "consent revoked"; stored audio (RECORDING) is deleted by a retried job.
   * A later re-grant does not bring any of it back: new recordings must be uploaded.
   */
  async revoke(caller: Caller, patientId: string, type: ConsentType): Promise<ConsentRecord> {
    let stopped: string[] = [];
    const record = await this.change(caller, patientId, type, 'REVOKED', async (tx, patient) => {
      stopped = await this.purge.purgeForRevokedConsent(tx, patient, type);
    });
    for (const sessionId of stopped) await this.status.publishCurrent(sessionId);
    await enqueue(this.queues, 'consent-revoked', { consentRecordId: record.id, organizationId: record.organizationId, patientId: record.patientId, type }).catch(
      (error: unknown) => this.log.error({ err: safeError(error), consentRecordId: record.id }, 'could not enqueue consent-revoked event'),
    );
    return record;
  }

  /** Current state of all three types for a patient the caller may act for (audited read). */
  async current(caller: Caller, patientId: string): Promise<CurrentConsent[]> {
    const found = await this.ledger.latestByType(caller.principal, requireId(patientId, 'Patient'));
    if (!found) throw AppError.notFound('Patient');
    const { patient, latest } = found;
    await this.audit.record(caller, { action: 'consent.read', subjectType: 'Patient', subjectId: patient.id, patientId: patient.id });
    return Object.values(ConsentTypes).map((t) => {
      const record = latest.get(t);
      return { type: t, status: record?.status ?? 'REVOKED', updatedAt: record?.createdAt ?? null };
    });
  }

  /** Every record for a patient, oldest first (audited read). */
  async history(caller: Caller, patientId: string): Promise<ConsentRecord[]> {
    const found = await this.ledger.history(caller.principal, requireId(patientId, 'Patient'));
    if (!found) throw AppError.notFound('Patient');
    const { patient, records } = found;
    await this.audit.record(caller, { action: 'consent.history.read', subjectType: 'Patient', subjectId: patient.id, patientId: patient.id });
    return records;
  }

  /** Throws CONSENT_REQUIRED unless `type` is currently granted. Every pipeline step calls this. */
  async requireConsent(patientId: string, type: ConsentType, tx: Tx | Database = this.db): Promise<void> {
    if (!(await this.ledger.isGranted(patientId, type, tx))) throw AppError.consentRequired(type);
  }

  /** True when `type` is currently granted for the patient. */
  isGranted(patientId: string, type: ConsentType): Promise<boolean> {
    return this.ledger.isGranted(patientId, type);
  }

  private async actablePatient(caller: Caller, patientId: string) {
    const patient = await this.ledger.actablePatient(caller.principal, requireId(patientId, 'Patient'));
    if (!patient) throw AppError.notFound('Patient');
    return patient;
  }

  private async change(
    caller: Caller,
    patientId: string,
    type: ConsentType,
    status: ConsentStatus,
    alsoInTransaction?: (tx: Tx, patient: { id: string; organizationId: string }) => Promise<void>,
  ): Promise<ConsentRecord> {
    const patient = await this.actablePatient(caller, patientId);
    return this.ledger.transaction(async (tx) => {
      await lockConsent(tx, patient.id, type);
      const granted = await this.ledger.isGranted(patient.id, type, tx);
      if (granted === (status === 'GRANTED')) {
        throw AppError.badInput(`${type} consent is already ${granted ? 'granted' : 'not granted'}`, { field: 'type' });
      }
      const record = await this.ledger.append(tx, {
        organizationId: patient.organizationId,
        patientId: patient.id,
        type,
        status,
        actorUserId: caller.principal.userId,
        ipAddress: caller.ipAddress ?? null,
        userAgent: caller.userAgent ?? null,
      });
      await this.audit.record(caller, { action: status === 'GRANTED' ? 'consent.grant' : 'consent.revoke', subjectType: 'ConsentRecord', subjectId: record.id, patientId: patient.id }, tx);
      await alsoInTransaction?.(tx, patient);
      return record;
    });
  }
}
