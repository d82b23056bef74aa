import DataLoader from 'dataloader';
import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import { userWhere } from '../auth/scope';
import type { ConsentRecord, Database, User } from '../db/prisma';
import { ConsentType } from '../generated/prisma/enums';
import type { CurrentConsent } from '../consent/consent.service';

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
    const { db } = this;
    const organizationId = caller.principal.organizationId;
    return {
      user: new DataLoader(async (ids) => {
        const rows = await db.user.findMany({ where: { AND: [userWhere(caller.principal), { id: { in: [...ids] } }] } });
        const byId = new Map(rows.map((u) => [u.id, u]));
        await this.auditPatients(caller, 'user.read', rows.filter((u) => u.role === 'PATIENT').map((u) => u.id));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      consents: new DataLoader(async (patientIds) => {
        const records = await db.consentRecord.findMany({
          where: { organizationId, patientId: { in: [...patientIds] } },
          orderBy: [{ sequence: 'desc' }],
          distinct: ['patientId', 'type'],
        });
        await this.auditPatients(caller, 'consent.read', [...patientIds]);
        return patientIds.map((id) => currentOf(records.filter((r) => r.patientId === id)));
      }),
      openAlerts: new DataLoader(async (patientIds) => {
        const counts = await db.alert.groupBy({ by: ['patientId'], where: { organizationId, patientId: { in: [...patientIds] }, acknowledgedAt: null }, _count: { _all: true } });
        const byPatient = new Map(counts.map((c) => [c.patientId, c._count._all]));
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
