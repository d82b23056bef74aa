import type { Database, Enrollment, Tx, User } from '../db/prisma';

/**
 * Every query of enrollments. Creation is for a patient the caller was already found to act for
 * (UserRepository.findActablePatient); redemption is keyless, so it finds an enrollment by its
 * code's digest only, and the conditional update is the single-use guarantee.
 */
export class EnrollmentRepository {
  constructor(private readonly db: Database) {}

  /** Writes an enrollment for `patient` inside `tx`; only the code's digest is stored. */
  create(tx: Tx, patient: Pick<User, 'id' | 'organizationId'>, data: { createdByUserId: string; codeDigest: Uint8Array<ArrayBuffer>; expiresAt: Date }): Promise<Enrollment> {
    return tx.enrollment.create({ data: { organizationId: patient.organizationId, userId: patient.id, ...data } });
  }

  /** The enrollment with this code digest and its user, or null. */
  findByCodeDigest(tx: Tx, digest: Uint8Array<ArrayBuffer>): Promise<(Enrollment & { user: User }) | null> {
    return tx.enrollment.findUnique({ where: { codeDigest: digest }, include: { user: true } });
  }

  /** Marks it redeemed unless it already was or has expired; true for the one caller that won. */
  async claim(tx: Tx, id: string): Promise<boolean> {
    const won = await tx.enrollment.updateMany({ where: { id, redeemedAt: null, expiresAt: { gt: new Date() } }, data: { redeemedAt: new Date() } });
    return won.count === 1;
  }

  /** Records which key the redemption issued. */
  async attachKey(tx: Tx, id: string, apiKeyId: string): Promise<void> {
    await tx.enrollment.update({ where: { id }, data: { apiKeyId } });
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }
}
