import type { Principal } from '../auth/principal';
import type { ConsentRecord, ConsentType, Database, Prisma, Tx, User } from '../db/prisma';
import { UserRepository } from '../users/user.repository';

/** A consent record as appended to the ledger. */
export type NewConsentRecord = Omit<Prisma.ConsentRecordUncheckedCreateInput, 'id' | 'sequence' | 'createdAt'>;

/**
 * Every query of the consent ledger. Reads on behalf of a caller take its `Principal` and only find
 * patients it may act for (tenancy and care assignment applied here, never by the caller); the
 * pipeline's checks (`isGranted`) read by patient id, as a job acts for no caller.
 */
export class ConsentRepository {
  private readonly users: UserRepository;

  constructor(private readonly db: Database) {
    this.users = new UserRepository(db);
  }

  /** The patient `principal` may act for with this id, or null (another organization's, not theirs, not a patient). */
  actablePatient(principal: Principal, patientId: string): Promise<User | null> {
    return this.users.findActablePatient(principal, patientId);
  }

  /** The latest record of each type for a patient the principal may act for; null when it may not. */
  async latestByType(principal: Principal, patientId: string): Promise<{ patient: User; latest: Map<ConsentType, ConsentRecord> } | null> {
    const patient = await this.actablePatient(principal, patientId);
    if (!patient) return null;
    const records = await this.db.consentRecord.findMany({ where: { patientId: patient.id }, orderBy: { sequence: 'desc' }, distinct: ['type'] });
    return { patient, latest: new Map(records.map((r) => [r.type, r])) };
  }

  /** Every record of a patient the principal may act for, oldest first; null when it may not. */
  async history(principal: Principal, patientId: string): Promise<{ patient: User; records: ConsentRecord[] } | null> {
    const patient = await this.actablePatient(principal, patientId);
    if (!patient) return null;
    const records = await this.db.consentRecord.findMany({ where: { patientId: patient.id, organizationId: patient.organizationId }, orderBy: { sequence: 'asc' } });
    return { patient, records };
  }

  /**
   * The latest record per patient and type of `patientIds` in the principal's organization (for
   * patients the caller was already shown: a batch loader behind User.consents).
   */
  latestOfPatients(principal: Principal, patientIds: readonly string[]): Promise<ConsentRecord[]> {
    return this.db.consentRecord.findMany({
      where: { organizationId: principal.organizationId, patientId: { in: [...patientIds] } },
      orderBy: [{ sequence: 'desc' }],
      distinct: ['patientId', 'type'],
    });
  }

  /** True when `type` is currently granted for the patient (its latest record says GRANTED). */
  isGranted(patientId: string, type: ConsentType, db: Tx | Database = this.db): Promise<boolean> {
    return isGranted(db, patientId, type);
  }

  /** Appends one record to the ledger inside the caller's transaction (after `lockConsent`). */
  append(tx: Tx, record: NewConsentRecord): Promise<ConsentRecord> {
    return tx.consentRecord.create({ data: record });
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }
}

/** Serialises changes (and consent-guarded writes) for one patient and type until the transaction ends. */
export async function lockConsent(tx: Tx, patientId: string, type: ConsentType): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`consent:${patientId}:${type}`}, 0))`;
}

async function isGranted(db: Tx | Database, patientId: string, type: ConsentType): Promise<boolean> {
  // Raw SQL (the (patient_id, type, sequence) index, one row): every chat and pipeline step asks this,
  // and the query builder's own work cost more CPU than PostgreSQL's.
  const latest = await db.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM consent_records
    WHERE patient_id = ${patientId}::uuid AND type = ${type}::"ConsentType" ORDER BY sequence DESC LIMIT 1`;
  return latest[0]?.status === 'GRANTED';
}
