import type { Principal } from '../auth/principal';
import { listedUserWhere } from '../auth/policy';
import { actablePatientWhere, userWhere } from '../auth/scope';
import type { Database, Prisma, Role, Tx, User } from '../db/prisma';
import { afterAscending, type Cursor } from '../pagination/page';

/**
 * Every query of users and care assignments. Reads take the caller's `Principal` and apply its
 * organization and care scope inside; writes stay in the caller's organization.
 */
export class UserRepository {
  constructor(private readonly db: Database) {}

  /** A user the principal may see, or null. */
  findVisible(principal: Principal, id: string): Promise<User | null> {
    return this.db.user.findFirst({ where: { AND: [userWhere(principal), { id }] } });
  }

  /** A patient the principal may act for (consent, uploads, enrollment), or null. */
  findActablePatient(principal: Principal, id: string): Promise<User | null> {
    return this.db.user.findFirst({ where: { AND: [actablePatientWhere(principal), { id }] } });
  }

  /** The users among `ids` the principal may see. */
  findVisibleMany(principal: Principal, ids: readonly string[]): Promise<User[]> {
    return this.db.user.findMany({ where: { AND: [userWhere(principal), { id: { in: [...ids] } }] } });
  }

  /** Users the principal's lists show (see policy.listedUserWhere), oldest first; a page with `cursor`/`take`. */
  listVisible(principal: Principal, filter: { role?: Role | null; cursor?: Cursor | null; take?: number }): Promise<User[]> {
    return this.db.user.findMany({
      where: { AND: [listedUserWhere(principal), filter.role ? { role: filter.role } : {}, ...(filter.cursor !== undefined ? [afterAscending('createdAt', filter.cursor) as Prisma.UserWhereInput] : [])] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      ...(filter.take !== undefined ? { take: filter.take } : {}),
    });
  }

  /** Whether the principal (a therapist) is assigned to `patientId` in its organization. */
  async isCaringFor(principal: Principal, patientId: string): Promise<boolean> {
    return (await this.db.careAssignment.count({ where: { therapistId: principal.userId, patientId, organizationId: principal.organizationId } })) > 0;
  }

  /** A user of the principal's organization (with `role` when given), or null: for admin actions on users. */
  findInOrganization(principal: Principal, id: string, role?: Role): Promise<User | null> {
    return this.db.user.findFirst({ where: { id, organizationId: principal.organizationId, ...(role ? { role } : {}) } });
  }

  /** Creates a user in the principal's organization inside `tx`; P2002 when the email is taken there. */
  create(tx: Tx, principal: Principal, data: { email: string; name: string; role: Role }): Promise<User> {
    return tx.user.create({ data: { ...data, organizationId: principal.organizationId } });
  }

  /** Makes the therapist treat the patient (idempotent) inside `tx`. */
  async assignCare(tx: Tx, principal: Principal, therapistId: string, patientId: string): Promise<void> {
    await tx.careAssignment.upsert({
      where: { therapistId_patientId: { therapistId, patientId } },
      create: { organizationId: principal.organizationId, therapistId, patientId },
      update: {},
    });
  }

  /** Ends the therapist's care of the patient inside `tx`; false when there was none. */
  async unassignCare(tx: Tx, principal: Principal, therapistId: string, patientId: string): Promise<boolean> {
    const removed = await tx.careAssignment.deleteMany({ where: { organizationId: principal.organizationId, therapistId, patientId } });
    return removed.count > 0;
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }
}
