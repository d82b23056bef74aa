import type { Principal } from '../auth/principal';
import type { Database, Organization, Prisma, Tx } from '../db/prisma';

/**
 * Every query of organizations. A caller only ever reads or changes its own organization (the
 * Principal's); jobs read one by id or those with a retention period; the operator's create-org
 * writes an organization with its first admin, key and audit events in one transaction.
 */
export class OrganizationRepository {
  constructor(private readonly db: Database) {}

  /** The principal's own organization. */
  findOwn(principal: Principal): Promise<Organization> {
    return this.db.organization.findUniqueOrThrow({ where: { id: principal.organizationId } });
  }

  /** Changes the principal's own organization inside `tx`. */
  updateOwn(tx: Tx, principal: Principal, data: Pick<Prisma.OrganizationUpdateInput, 'keepAudio' | 'retentionDays'>): Promise<Organization> {
    return tx.organization.update({ where: { id: principal.organizationId }, data });
  }

  /** An organization by id, for a job acting on one of its sessions. */
  findForJob(id: string): Promise<Organization> {
    return this.db.organization.findUniqueOrThrow({ where: { id } });
  }

  /** Organizations that delete kept recordings after a number of days. */
  withRetention(): Promise<{ id: string; retentionDays: number | null }[]> {
    return this.db.organization.findMany({ where: { retentionDays: { not: null } }, select: { id: true, retentionDays: true } });
  }

  /** Creates an organization, its first admin, that admin's key and the two SYSTEM audit events, all or nothing. */
  createWithAdmin(input: { name: string; adminEmail: string; adminName: string; keyPrefix: string; keyDigest: Uint8Array<ArrayBuffer> }): Promise<{ organizationId: string; adminUserId: string }> {
    return this.db.$transaction(async (tx) => {
      const org = await tx.organization.create({ data: { name: input.name } });
      const admin = await tx.user.create({ data: { organizationId: org.id, email: input.adminEmail, name: input.adminName, role: 'ADMIN' } });
      const key = await tx.apiKey.create({ data: { organizationId: org.id, userId: admin.id, name: 'initial admin key', prefix: input.keyPrefix, digest: input.keyDigest } });
      await tx.auditEvent.create({ data: { organizationId: org.id, actorUserId: null, actorType: 'SYSTEM', action: 'organization.create', subjectType: 'Organization', subjectId: org.id } });
      await tx.auditEvent.create({ data: { organizationId: org.id, actorUserId: null, actorType: 'SYSTEM', action: 'apikey.create', subjectType: 'ApiKey', subjectId: key.id } });
      return { organizationId: org.id, adminUserId: admin.id };
    });
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }
}
