import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import { isPatientRead } from '../auth/policy';
import type { Database, Role, User } from '../db/prisma';
import { Prisma } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import { decodeCursor, type Page, requirePageSize, toPage } from '../pagination/page';
import { UserRepository } from './user.repository';

/** Input of createUser, already shape-checked by the GraphQL layer. */
export interface NewUser {
  email: string;
  name: string;
  role: Role;
}

/** Users of an organization and which therapist treats which patient. */
export class UserService {
  private readonly users: UserRepository;

  constructor(
    db: Database,
    private readonly audit: AuditService,
  ) {
    this.users = new UserRepository(db);
  }

  /** The calling user. */
  async me(caller: Caller): Promise<User> {
    return this.get(caller, caller.principal.userId);
  }

  /** One user the caller may see, else NOT_FOUND; reading a patient other than oneself is audited. */
  async get(caller: Caller, id: string): Promise<User> {
    const user = await this.users.findVisible(caller.principal, requireId(id, 'User'));
    if (!user) throw AppError.notFound('User');
    if (isPatientRead(caller.principal, user)) await this.audit.record(caller, { action: 'user.read', subjectType: 'User', subjectId: user.id, patientId: user.id });
    return user;
  }

  /** ADMIN: the organization's users; THERAPIST: their own patients (audited per patient shown). */
  async list(caller: Caller, role?: Role | null): Promise<User[]> {
    const users = await this.users.listVisible(caller.principal, { role });
    await this.auditShown(caller, users);
    return users;
  }

  /** One page of `list`, oldest user first; `after` is the previous page's endCursor. */
  async page(caller: Caller, filter: { role?: Role | null; first: number; after?: string | null }): Promise<Page<User>> {
    const first = requirePageSize(filter.first);
    const cursor = decodeCursor(filter.after);
    const rows = await this.users.listVisible(caller.principal, { role: filter.role, cursor, take: first + 1 });
    const page = toPage(rows, first, (u) => u.createdAt);
    await this.auditShown(caller, page.items);
    return page;
  }

  /** ADMIN: ends a therapist's care of a patient (their access ends with it); returns the patient. */
  async unassignTherapist(caller: Caller, patientId: string, therapistId: string): Promise<User> {
    const patient = await this.users.findInOrganization(caller.principal, requireId(patientId, 'Patient'), 'PATIENT');
    if (!patient) throw AppError.notFound('Patient');
    const therapist = await this.users.findInOrganization(caller.principal, requireId(therapistId, 'Therapist'), 'THERAPIST');
    if (!therapist) throw AppError.notFound('Therapist');
    await this.users.transaction(async (tx) => {
      if (!(await this.users.unassignCare(tx, caller.principal, therapist.id, patient.id))) throw AppError.badInput('The therapist is not assigned to this patient', { field: 'therapistId' });
      await this.audit.record(caller, { action: 'care.unassign', subjectType: 'User', subjectId: therapist.id, patientId: patient.id }, tx);
    });
    return patient;
  }

  /** A list of users shows names and emails: one `user.list` event per patient it showed. */
  private async auditShown(caller: Caller, users: User[]): Promise<void> {
    const patients = users.filter((u) => u.role === 'PATIENT');
    const entries = patients.length
      ? patients.map((u) => ({ action: 'user.list', subjectType: 'User', subjectId: u.id, patientId: u.id }))
      : [{ action: 'user.list', subjectType: 'User', subjectId: null, patientId: null }];
    await this.audit.recordMany(caller, entries);
  }

  /** Creates a user in the caller's organization; an email is unique per organization. */
  async create(caller: Caller, input: NewUser): Promise<User> {
    const email = input.email.trim().toLowerCase();
    try {
      return await this.users.transaction(async (tx) => {
        const user = await this.users.create(tx, caller.principal, { email, name: input.name.trim(), role: input.role });
        await this.audit.record(caller, { action: 'user.create', subjectType: 'User', subjectId: user.id, patientId: user.role === 'PATIENT' ? user.id : null }, tx);
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
    patientId = requireId(patientId, 'Patient');
    therapistId = requireId(therapistId, 'Therapist');
    const [patient, therapist] = await Promise.all([
      this.users.findInOrganization(caller.principal, patientId),
      this.users.findInOrganization(caller.principal, therapistId),
    ]);
    if (!patient) throw AppError.notFound('Patient');
    if (!therapist) throw AppError.notFound('Therapist');
    if (patient.role !== 'PATIENT') throw AppError.badInput('patientId must refer to a user with role PATIENT', { field: 'patientId' });
    if (therapist.role !== 'THERAPIST') throw AppError.badInput('therapistId must refer to a user with role THERAPIST', { field: 'therapistId' });
    await this.users.transaction(async (tx) => {
      await this.users.assignCare(tx, caller.principal, therapistId, patientId);
      await this.audit.record(caller, { action: 'care.assign', subjectType: 'User', subjectId: patientId, patientId }, tx);
    });
    return patient;
  }
}
