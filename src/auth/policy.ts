import type { Prisma } from '../db/prisma';
import type { Principal } from './principal';
import { actablePatientWhere, userWhere } from './scope';

/**
 * Permission rules: what a role may do, beside the row scopes of scope.ts (what it may see).
 * Services ask here instead of comparing roles themselves.
 */

/** Users a principal's lists show: a therapist lists their patients, others everyone they may see. */
export function listedUserWhere(p: Principal): Prisma.UserWhereInput {
  return p.role === 'THERAPIST' ? actablePatientWhere(p) : userWhere(p);
}

/** Whether reading this user is a read of patient data to audit (a patient other than oneself). */
export function isPatientRead(p: Principal, user: { id: string; role: string }): boolean {
  return user.role === 'PATIENT' && user.id !== p.userId;
}

/** Only an admin reads or exports the organization's audit trail. */
export function mayExportAudit(p: Principal): boolean {
  return p.role === 'ADMIN';
}

/** Anyone issues keys for themself; only an ADMIN for other users of the organization. */
export function mayIssueKeyFor(p: Principal, userId: string): boolean {
  return userId === p.userId || p.role === 'ADMIN';
}

/** A patient's key is minted only by the patient (others hand over an enrollment code). */
export function mayMintKeyOf(p: Principal, user: { id: string; role: string }): boolean {
  return user.role !== 'PATIENT' || user.id === p.userId;
}

/** Risk alerts are for the care team: admins and therapists, never patients. */
export function mayHandleAlerts(p: Principal): boolean {
  return p.role !== 'PATIENT';
}

/** Only an admin configures where and when risk alerts are delivered. */
export function mayConfigureAlertDelivery(p: Principal): boolean {
  return p.role === 'ADMIN';
}

/** A therapist's upload is always recorded as theirs; an admin names (or defaults) the therapist. */
export function uploadsAsCaller(p: Principal): boolean {
  return p.role === 'THERAPIST';
}
