import { createHash, randomBytes } from 'node:crypto';

const CODE_PATTERN = /^enr_[A-Za-z0-9_-]{32}$/;

/** A new one-time enrollment code (192 random bits) and the digest that is stored instead of it. */
export function mintEnrollmentCode(): { code: string; digest: Uint8Array<ArrayBuffer> } {
  const code = `enr_${randomBytes(24).toString('base64url')}`;
  return { code, digest: enrollmentCodeDigest(code) };
}

/** SHA-256 of a code; lookups go by digest, so the code itself is never stored or compared. */
export function enrollmentCodeDigest(code: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash('sha256').update(code, 'utf8').digest());
}

/** True when `code` has the shape of a code this API issues (anything else is not looked up). */
export function isEnrollmentCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}
