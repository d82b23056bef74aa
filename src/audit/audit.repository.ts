import type { Principal } from '../auth/principal';
import type { AuditEvent, Database, Prisma, Tx } from '../db/prisma';

/** Where an event is written: the database, or the transaction of the change it describes. */
export type AuditWriter = Pick<Database, 'auditEvent'> | Tx;

/** Filters of the audit trail without the tenancy, which the repository adds. */
export type AuditWhere = Omit<Prisma.AuditEventWhereInput, 'organizationId'>;

/**
 * Every query of the audit trail. Reads take the caller's `Principal` and see only its
 * organization's events; writes append only (nothing updates or deletes an audit event).
 */
export class AuditRepository {
  constructor(private readonly db: Database) {}

  /** Appends one event. */
  async append(event: Prisma.AuditEventCreateManyInput, tx: AuditWriter = this.db): Promise<void> {
    await tx.auditEvent.create({ data: event });
  }

  /** Appends several events in one statement. */
  async appendMany(events: Prisma.AuditEventCreateManyInput[], tx: AuditWriter = this.db): Promise<void> {
    await tx.auditEvent.createMany({ data: events });
  }

  /** Up to `take` events of the principal's organization, newest first, after the event `after`. */
  newestFirst(principal: Principal, where: AuditWhere, take: number, after?: string | null): Promise<AuditEvent[]> {
    return this.db.auditEvent.findMany({
      where: { ...where, organizationId: principal.organizationId },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
  }

  /** Up to `take` events of the principal's organization, oldest first, after `last` (keyset over (at, id)). */
  oldestFirst(principal: Principal, where: AuditWhere, take: number, last: { at: Date; id: string } | null): Promise<AuditEvent[]> {
    const after: Prisma.AuditEventWhereInput = last ? { OR: [{ at: { gt: last.at } }, { at: last.at, id: { gt: last.id } }] } : {};
    return this.db.auditEvent.findMany({ where: { AND: [{ ...where, organizationId: principal.organizationId }, after] }, orderBy: [{ at: 'asc' }, { id: 'asc' }], take });
  }

  /** The patient one of `ids` names in the principal's organization (the patient, one of their sessions or conversations). */
  async patientNamedBy(principal: Principal, ids: string[]): Promise<string | null> {
    if (ids.length === 0) return null;
    const organizationId = principal.organizationId;
    const rows = await this.db.$queryRaw<{ patientId: string }[]>`
      SELECT id AS "patientId" FROM users WHERE organization_id = ${organizationId}::uuid AND role = 'PATIENT' AND id = ANY(${ids}::uuid[])
      UNION ALL SELECT patient_id FROM sessions WHERE organization_id = ${organizationId}::uuid AND id = ANY(${ids}::uuid[])
      UNION ALL SELECT patient_id FROM conversations WHERE organization_id = ${organizationId}::uuid AND id = ANY(${ids}::uuid[])
      LIMIT 1`;
    return rows[0]?.patientId ?? null;
  }
}
