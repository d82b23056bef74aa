import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const SCHEME = 'trag';
// trag_<12 hex prefix>_<43 chars base64url of 32 random bytes>
const SECRET_PATTERN = /^trag_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** A freshly minted key: the secret is shown once, only prefix and digest are stored. */
export interface MintedKey {
  secret: string;
  prefix: string;
  digest: Buffer;
}

/** Creates a new random API key secret. */
export function mintApiKey(): MintedKey {
  const prefix = randomBytes(6).toString('hex');
  const secret = `${SCHEME}_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, prefix, digest: digestOf(secret) };
}

/** SHA-256 of the whole secret: the secret has 256 random bits, so a fast hash is enough. */
export function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** The prefix of a well-formed secret, or null for anything malformed (no database lookup then). */
export function parsePrefix(secret: string): string | null {
  const match = SECRET_PATTERN.exec(secret);
  return match ? match[1] : null;
}

/** Compares the digest of a presented secret with a stored digest in constant time. */
export function matchesDigest(secret: string, stored: Uint8Array): boolean {
  const presented = digestOf(secret);
  return stored.length === presented.length && timingSafeEqual(presented, Buffer.from(stored));
}
