import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors';
import { decodeCursor, encodeCursor, requirePageSize, toPage } from '../../src/pagination/page';

const codeOf = (work: () => unknown) => {
  try {
    work();
    return 'ok';
  } catch (error) {
    return isAppError(error) ? error.code : 'other';
  }
};

describe('page size', () => {
  it('accepts 1-500 and refuses everything else with BAD_USER_INPUT naming the argument', () => {
    expect([1, 50, 500].map((n) => requirePageSize(n))).toEqual([1, 50, 500]);
    for (const n of [0, -1, 501, 1000, 100_000, 2_147_483_647, 1.5, Number.NaN]) expect(codeOf(() => requirePageSize(n)), String(n)).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requirePageSize(51, 'first', 50))).toBe('BAD_USER_INPUT');
  });
});

describe('cursors', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
  it('round-trip a timestamp and an id', () => {
    const at = new Date('2026-03-03T10:00:00.123Z');
    expect(decodeCursor(encodeCursor(at, id))).toEqual({ at, id });
    expect(decodeCursor(null)).toBeNull();
  });

  it('refuse anything this API did not issue', () => {
    for (const bad of ['', 'abc', Buffer.from('2026-01-01|not-an-id').toString('base64url'), Buffer.from(`nonsense|${id}`).toString('base64url'), Buffer.from(`2026-01-01T00:00:00Z|${id}|x`).toString('base64url')]) {
      expect(codeOf(() => decodeCursor(bad)), bad).toBe('BAD_USER_INPUT');
    }
  });

  it('a page holds `first` items and says whether more follow', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `${id.slice(0, -1)}${n}`, at: new Date(n * 1000) }));
    const page = toPage(rows, 2, (r) => r.at);
    expect(page.items).toHaveLength(2);
    expect(page.hasNextPage).toBe(true);
    expect(decodeCursor(page.endCursor)).toEqual({ at: rows[1].at, id: rows[1].id });
    expect(toPage([], 2, (r: { id: string; at: Date }) => r.at)).toEqual({ items: [], endCursor: null, hasNextPage: false });
  });
});
