import DataLoader from 'dataloader';
import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import { AlertRepository } from '../alerts/alert.repository';
import { ConsentRepository } from '../consent/consent.repository';
import type { ConsentRecord, Database, User } from '../db/prisma';
import { ConsentType } from '../generated/prisma/enums';
import type { CurrentConsent } from '../consent/consent.service';
import { UserRepository } from './user.repository';

/** Per-request batch loaders behind Session.patient, User.consents and User.openAlertCount. */
export interface UserLoaders {
  /** A user the caller may see, or null. */
  user: DataLoader<string, User | null>;
  /** A patient's current consent per type (no record: REVOKED with updatedAt null). */
  consents: DataLoader<string, CurrentConsent[]>;
  /** A patient's alerts not yet acknowledged. */
  openAlerts: DataLoader<string, number>;
}

/**
 * Builds the loaders of one request: each field over a list of N rows costs one query (plus one
 * batched audit insert) instead of N. Scoped to the caller like every other read, and audited
 * once per patient whose data was read.
 */
export class UserLoaderFactory {
  private readonly perRequest = new WeakMap<object, UserLoaders>();

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /** The loaders of the request `key` (the GraphQL context object), made on first use. */
  for(key: object, caller: Caller): UserLoaders {
    let loaders = this.perRequest.get(key);
    if (!loaders) {
      loaders = this.create(caller);
      this.perRequest.set(key, loaders);
    }
    return loaders;
  }

  private create(caller: Caller): UserLoaders {
    const users = new UserRepository(this.db);
    const consents = new ConsentRepository(this.db);
    const alerts = new AlertRepository(this.db);
    return {
      user: new DataLoader(async (ids) => {
        const rows = await users.findVisibleMany(caller.principal, ids);
        const byId = new Map(rows.map((u) => [u.id, u]));
        await this.auditPatients(caller, 'user.read', rows.filter((u) => u.role === 'PATIENT').map((u) => u.id));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      consents: new DataLoader(async (patientIds) => {
        const records = await consents.latestOfPatients(caller.principal, patientIds);
        await this.auditPatients(caller, 'consent.read', [...patientIds]);
        return patientIds.map((id) => currentOf(records.filter((r) => r.patientId === id)));
      }),
      openAlerts: new DataLoader(async (patientIds) => {
        const byPatient = await alerts.openCounts(caller.principal, patientIds);
        await this.auditPatients(caller, 'alert.count.read', [...patientIds]);
        return patientIds.map((id) => byPatient.get(id) ?? 0);
      }),
    };
  }

  private auditPatients(caller: Caller, action: string, patientIds: string[]): Promise<void> {
    return this.audit.recordMany(caller, patientIds.map((patientId) => ({ action, subjectType: 'User', subjectId: patientId, patientId })));
  }
}

function currentOf(latest: ConsentRecord[]): CurrentConsent[] {
  return Object.values(ConsentType).map((type) => {
    const record = latest.find((r) => r.type === type);
    return { type, status: record?.status ?? 'REVOKED', updatedAt: record?.createdAt ?? null };
  });
}
