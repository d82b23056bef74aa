import type { ApiKeyService } from '../apikeys/apikey.service';
import type { AuditService } from '../audit/audit.service';
import { authRateLimited as rateLimited, type AuthThrottle } from '../auth/auth-throttle';
import type { Caller } from '../auth/caller';
import type { ApiKey, Database, Enrollment } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import { UserRepository } from '../users/user.repository';
import { EnrollmentRepository } from './enrollment.repository';
import { enrollmentCodeDigest, isEnrollmentCode, mintEnrollmentCode } from './enrollment-code';

/** Input of createEnrollment. */
export interface NewEnrollment {
  userId: string;
  expiresInSec?: number | null;
}

/** Input of redeemEnrollment. */
export interface Redemption {
  code: string;
  name: string;
}

/** Who is redeeming: no key, only what the request tells. */
export interface RedeemingRequest {
  requestId: string;
  ipAddress?: string;
  userAgent?: string;
}

const MIN_TTL_SECONDS = 60;
const MAX_TTL_SECONDS = 30 * 24 * 3600;
const NOT_REDEEMABLE = 'Enrollment code not found, already used or expired';

/**
 * Keys for patients (DESIGN.md "Keys for patients"): an ADMIN or the patient's THERAPIST creates
 * an enrollment and hands its one-time code to the patient; the patient's app redeems it, without
 * a key, for a key only the patient ever sees. Only the code's digest is stored.
 */
export class EnrollmentService {
  private readonly enrollments: EnrollmentRepository;
  private readonly users: UserRepository;

  constructor(
    db: Database,
    private readonly audit: AuditService,
    private readonly keys: ApiKeyService,
    private readonly throttle: AuthThrottle,
    private readonly defaultTtlSeconds: number,
  ) {
    this.enrollments = new EnrollmentRepository(db);
    this.users = new UserRepository(db);
  }

  /** Creates an enrollment for a patient the caller may act for; the code is in the answer only. */
  async create(caller: Caller, input: NewEnrollment): Promise<{ enrollment: Enrollment; code: string }> {
    const ttl = input.expiresInSec ?? this.defaultTtlSeconds;
    if (!Number.isInteger(ttl) || ttl < MIN_TTL_SECONDS || ttl > MAX_TTL_SECONDS) {
      throw AppError.badInput(`expiresInSec must be between ${MIN_TTL_SECONDS} and ${MAX_TTL_SECONDS}`, { field: 'expiresInSec' });
    }
    const patientId = requireId(input.userId, 'Patient');
    const patient = await this.users.findActablePatient(caller.principal, patientId);
    if (!patient) throw AppError.notFound('Patient');
    const { code, digest } = mintEnrollmentCode();
    const enrollment = await this.enrollments.transaction(async (tx) => {
      const row = await this.enrollments.create(tx, patient, { createdByUserId: caller.principal.userId, codeDigest: digest, expiresAt: new Date(Date.now() + ttl * 1000) });
      await this.audit.record(caller, { action: 'enrollment.create', subjectType: 'Enrollment', subjectId: row.id, patientId: patient.id }, tx);
      return row;
    });
    return { enrollment, code };
  }

  /**
   * Exchanges a code for the patient's new key, once. Unknown, used and expired codes get the same
   * NOT_FOUND, and each counts as a failed authentication of the client address.
   */
  async redeem(request: RedeemingRequest, input: Redemption): Promise<{ apiKey: ApiKey; secret: string }> {
    const before = await this.throttle.check(request.ipAddress);
    if (before.limited) throw rateLimited(before.retryAfterSeconds);
    const code = input.code.trim();
    const redeemed = isEnrollmentCode(code) ? await this.claim(request, enrollmentCodeDigest(code), input.name) : null;
    if (redeemed) return redeemed;
    const after = await this.throttle.fail(request.ipAddress);
    if (after.limited) throw rateLimited(after.retryAfterSeconds);
    throw new AppError('NOT_FOUND', NOT_REDEEMABLE);
  }

  /** Marks the enrollment redeemed and issues the key in one transaction; null when it cannot be redeemed. */
  private async claim(request: RedeemingRequest, digest: Uint8Array<ArrayBuffer>, name: string): Promise<{ apiKey: ApiKey; secret: string } | null> {
    return this.enrollments.transaction(async (tx) => {
      const enrollment = await this.enrollments.findByCodeDigest(tx, digest);
      if (!enrollment || enrollment.user.role !== 'PATIENT') return null;
      // The conditional update is the single-use guarantee: of two concurrent redemptions one wins.
      if (!(await this.enrollments.claim(tx, enrollment.id))) return null;
      const issued = await this.keys.issue(tx, { organizationId: enrollment.organizationId, userId: enrollment.userId, name, expiresAt: null, createdByUserId: enrollment.createdByUserId });
      await this.enrollments.attachKey(tx, enrollment.id, issued.apiKey.id);
      const caller: Caller = {
        principal: { organizationId: enrollment.organizationId, userId: enrollment.userId, role: 'PATIENT', apiKeyId: issued.apiKey.id },
        requestId: request.requestId,
        ipAddress: request.ipAddress,
        userAgent: request.userAgent,
      };
      // The redemption itself came through no key; the key it created is the subject.
      await this.audit.record(caller, { action: 'enrollment.redeem', subjectType: 'Enrollment', subjectId: enrollment.id, apiKeyId: null, patientId: enrollment.userId }, tx);
      await this.audit.record(caller, { action: 'apikey.create', subjectType: 'ApiKey', subjectId: issued.apiKey.id, apiKeyId: null, patientId: enrollment.userId }, tx);
      return issued;
    });
  }
}
