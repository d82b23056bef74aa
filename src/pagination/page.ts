import { AppError } from '../errors';
import { isId } from '../ids';

/** Bounds of every `first` argument of the API (documented in the schema and README). */
export const PAGE_SIZE = { min: 1, max: 500 } as const;

/** One page of a list, in the list's order; pass `endCursor` as `after` for the next one. */
export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** `first` as given when it is within 1–500, else BAD_USER_INPUT (never silently clamped). */
export function requirePageSize(first: number, field = 'first', max: number = PAGE_SIZE.max): number {
  if (!Number.isInteger(first) || first < PAGE_SIZE.min || first > max) {
    throw AppError.badInput(`${field} must be between ${PAGE_SIZE.min} and ${max}`, { field });
  }
  return first;
}

/** Where a page starts: the sort value and id of the last item of the previous page. */
export interface Cursor {
  at: Date;
  id: string;
}

/** The opaque cursor of an item: base64url of its sort timestamp and id. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}

/** The position a cursor names; BAD_USER_INPUT for anything this API did not hand out. */
export function decodeCursor(cursor: string | null | undefined, field = 'after'): Cursor | null {
  if (cursor === null || cursor === undefined) return null;
  const [iso, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (extra !== undefined || !id || !isId(id) || Number.isNaN(at.getTime()) || cursor.length > 200) {
    throw AppError.badInput(`${field} is not a cursor returned by this API`, { field });
  }
  return { at, id: id.toLowerCase() };
}

/** Cuts the `first + 1` rows read into a page; `sortKey` gives each item's cursor timestamp. */
export function toPage<T extends { id: string }>(rows: T[], first: number, sortKey: (row: T) => Date): Page<T> {
  const items = rows.slice(0, first);
  const last = items.at(-1);
  return { items, endCursor: last ? encodeCursor(sortKey(last), last.id) : null, hasNextPage: rows.length > first };
}

/** Prisma `where` for rows after `cursor` in (field DESC, id DESC) order. */
export function afterDescending(field: string, cursor: Cursor | null): Record<string, unknown> {
  if (!cursor) return {};
  return { OR: [{ [field]: { lt: cursor.at } }, { [field]: cursor.at, id: { lt: cursor.id } }] };
}

/** Prisma `where` for rows after `cursor` in (field ASC, id ASC) order. */
export function afterAscending(field: string, cursor: Cursor | null): Record<string, unknown> {
  if (!cursor) return {};
  return { OR: [{ [field]: { gt: cursor.at } }, { [field]: cursor.at, id: { gt: cursor.id } }] };
}
