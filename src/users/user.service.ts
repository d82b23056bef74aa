import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import { actablePatientWhere, userWhere } from '../auth/scope';
import type { Database, Role, User } from '../db/prisma';
import { Prisma } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';

/** Input of createUser, already shape-checked by the GraphQL layer. */
export interface NewUser {
  email: string;
  name: string;
  role: Role;
}

/** Users of an organization and which therapist treats which patient. */
export class UserService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /** The calling user. */
  async me(caller: Caller): Promise<User> {
    return this.get(caller, caller.principal.userId);
  }

  /** One user the caller may see, else NOT_FOUND. */
  async get(caller: Caller, id: string): Promise<User> {
    const user = await this.db.user.findFirst({ where: { AND: [userWhere(caller.principal), { id: requireId(id, 'User') }] } });
    if (!user) throw AppError.notFound('User');
    return user;
  }

  /** ADMIN: the organization's users; THERAPIST: their own patients. */
  async list(caller: Caller, role?: Role | null): Promise<User[]> {
    const scope = caller.principal.role === 'THERAPIST' ? actablePatientWhere(caller.principal) : userWhere(caller.principal);
    return this.db.user.findMany({ where: { AND: [scope, role ? { role } : {}] }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  /** Creates a user in the caller's organization; an email is unique per organization. */
  async create(caller: Caller, input: NewUser): Promise<User> {
    const email = input.email.trim().toLowerCase();
    try {
      return await this.db.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: { organizationId: caller.principal.organizationId, email, name: input.name.trim(), role: input.role },
        });
        await this.audit.record(caller, { action: 'user.create', subjectType: 'User', subjectId: user.id }, tx);
        return user;
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw AppError.badInput('A user with this email already exists in the organization', { field: 'email' });
      }
      throw error;
    }
  }

  /** Makes `therapistId` a treating therapist of `patientId` (idempotent); returns the patient. */
  async assignTherapist(caller: Caller, patientId: string, therapistId: string): Promise<User> {
    const orgId = caller.principal.organizationId;
    patientId = requireId(patientId, 'Patient');
    therapistId = requireId(therapistId, 'Therapist');
    const [patient, therapist] = await Promise.all([
      this.db.user.findFirst({ where: { id: patientId, organizationId: orgId } }),
      this.db.user.findFirst({ where: { id: therapistId, organizationId: orgId } }),
    ]);
    if (!patient) throw AppError.notFound('Patient');
    if (!therapist) throw AppError.notFound('Therapist');
    if (patient.role !== 'PATIENT') throw AppError.badInput('patientId must refer to a user with role PATIENT', { field: 'patientId' });
    if (therapist.role !== 'THERAPIST') throw AppError.badInput('therapistId must refer to a user with role THERAPIST', { field: 'therapistId' });
    await this.db.$transaction(async (tx) => {
      await tx.careAssignment.upsert({
        where: { therapistId_patientId: { therapistId, patientId } },
        create: { organizationId: orgId, therapistId, patientId },
        update: {},
      });
      await this.audit.record(caller, { action: 'care.assign', subjectType: 'User', subjectId: patientId }, tx);
    });
    return patient;
  }
}
