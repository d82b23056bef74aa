import type { Prisma } from '../db/prisma';
import type { Principal } from './principal';

/**
 * Tenancy and role scoping as Prisma `where` clauses. Every read of a scoped model goes through
 * one of these, so a row outside the caller's reach is simply not found.
 */

/** Users the principal may see: the org (ADMIN), their patients and themself (THERAPIST), themself (PATIENT). */
export function userWhere(p: Principal): Prisma.UserWhereInput {
  switch (p.role) {
    case 'ADMIN':
      return { organizationId: p.organizationId };
    case 'THERAPIST':
      return { organizationId: p.organizationId, OR: [{ id: p.userId }, { treatedBy: { some: { therapistId: p.userId } } }] };
    case 'PATIENT':
      return { organizationId: p.organizationId, id: p.userId };
  }
}

/** Patients the principal may act for (consent, uploads, sessions). */
export function actablePatientWhere(p: Principal): Prisma.UserWhereInput {
  switch (p.role) {
    case 'ADMIN':
      return { organizationId: p.organizationId, role: 'PATIENT' };
    case 'THERAPIST':
      return { organizationId: p.organizationId, role: 'PATIENT', treatedBy: { some: { therapistId: p.userId } } };
    case 'PATIENT':
      return { organizationId: p.organizationId, role: 'PATIENT', id: p.userId };
  }
}

/** Sessions the principal may see; deleted sessions are invisible to everyone. */
export function sessionWhere(p: Principal): Prisma.SessionWhereInput {
  const base = { organizationId: p.organizationId, deletedAt: null };
  switch (p.role) {
    case 'ADMIN':
      return base;
    case 'THERAPIST':
      return { ...base, patient: { treatedBy: { some: { therapistId: p.userId } } } };
    case 'PATIENT':
      return { ...base, patientId: p.userId };
  }
}

/** API keys the principal may see or revoke: the org's (ADMIN) or their own. */
export function apiKeyWhere(p: Principal): Prisma.ApiKeyWhereInput {
  return p.role === 'ADMIN' ? { organizationId: p.organizationId } : { organizationId: p.organizationId, userId: p.userId };
}

/** Risk alerts the principal may see: the org's (ADMIN), their patients' (THERAPIST), none (PATIENT). */
export function alertWhere(p: Principal): Prisma.AlertWhereInput {
  switch (p.role) {
    case 'ADMIN':
      return { organizationId: p.organizationId };
    case 'THERAPIST':
      return { organizationId: p.organizationId, patient: { treatedBy: { some: { therapistId: p.userId } } } };
    case 'PATIENT':
      return { id: { in: [] } };
  }
}
