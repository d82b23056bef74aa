import { describe, expect, it } from 'vitest';
import { assessCrisis } from '../../src/chat/crisis';
import { OTHER_ROWS, passingByLanguage } from './crisis-table/other-languages';
import { score } from './crisis-table/rows';

/**
 * The eighteen core-phrase languages on blind rows (tests/unit/crisis-table/other-languages-r24.ts,
 * 12 per language, first run in its header): a ratchet, raised as the phrase families grow.
 */
const FLOOR = { pass: 216, maxFalseAlarms: 0 };

describe('the crisis screen in the eighteen core-phrase languages (r24)', () => {
  it('holds its measured pass count and false alarms, and every language gets some rows right', () => {
    const s = score(OTHER_ROWS, assessCrisis);
    expect(OTHER_ROWS).toHaveLength(216);
    expect(OTHER_ROWS.length - s.failures.length).toBeGreaterThanOrEqual(FLOOR.pass);
    expect(s.falseAlarms).toBeLessThanOrEqual(FLOOR.maxFalseAlarms);
    const byLanguage = passingByLanguage();
    expect(byLanguage.size).toBe(18);
    for (const [, { pass }] of byLanguage) expect(pass).toBeGreaterThan(0);
  });
});
