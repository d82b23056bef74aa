import { AppError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed UUID (every id in this API is one). */
export function isId(value: string): boolean {
  return UUID.test(value);
}

/** A malformed id cannot name anything: NOT_FOUND, as for a missing object. */
export function requireId(value: string, what: string): string {
  if (!isId(value)) throw AppError.notFound(what);
  return value.toLowerCase();
}
