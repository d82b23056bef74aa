import { randomUUID } from 'node:crypto';
import { mintApiKey } from '../src/auth/api-key-secret';
import type { Database, Role, User } from '../src/db/prisma';

/** A user of a test organization with a working API key. */
export interface Actor {
  user: User;
  key: string;
  keyId: string;
}

/** A fresh organization with an admin, two therapists and two patients; therapist 1 treats patient 1. */
export interface World {
  organizationId: string;
  admin: Actor;
  therapist: Actor;
  otherTherapist: Actor;
  patient: Actor;
  otherPatient: Actor;
}

/** Creates a user with a key directly in the database (faster than going through GraphQL). */
export async function makeUser(db: Database, organizationId: string, role: Role, options: { expiresAt?: Date } = {}): Promise<Actor> {
  const user = await db.user.create({ data: { organizationId, role, name: `${role.toLowerCase()} ${randomUUID().slice(0, 4)}`, email: `${randomUUID()}@example.test` } });
  const minted = mintApiKey();
  const key = await db.apiKey.create({
    data: { organizationId, userId: user.id, name: 'test', prefix: minted.prefix, digest: new Uint8Array(minted.digest), expiresAt: options.expiresAt ?? null },
  });
  return { user, key: minted.secret, keyId: key.id };
}

/** Builds a World in its own organization, so tests never see each other's rows. */
export async function makeWorld(db: Database): Promise<World> {
  const org = await db.organization.create({ data: { name: `Test clinic ${randomUUID().slice(0, 8)}` } });
  const [admin, therapist, otherTherapist, patient, otherPatient] = await Promise.all([
    makeUser(db, org.id, 'ADMIN'),
    makeUser(db, org.id, 'THERAPIST'),
    makeUser(db, org.id, 'THERAPIST'),
    makeUser(db, org.id, 'PATIENT'),
    makeUser(db, org.id, 'PATIENT'),
  ]);
  await db.careAssignment.create({ data: { organizationId: org.id, therapistId: therapist.user.id, patientId: patient.user.id } });
  await db.careAssignment.create({ data: { organizationId: org.id, therapistId: otherTherapist.user.id, patientId: otherPatient.user.id } });
  return { organizationId: org.id, admin, therapist, otherTherapist, patient, otherPatient };
}
