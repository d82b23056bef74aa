import { describe, expect, it } from 'vitest';
import { assessCrisis } from '../../src/chat/crisis';
import { OTHER_HELD_OUT_ROWS, OTHER_ROWS, OTHER_ROWS_26, OTHER_ROWS_27, OTHER_ROWS_28, OTHER_ROWS_29, passingByLanguage } from './crisis-table/other-languages';
import { ratio, score } from './crisis-table/rows';

/**
 * The eighteen core-phrase languages on blind rows (tests/unit/crisis-table/other-languages-r24.ts,
 * 12 per language, first run in its header): a ratchet, raised as the phrase families grow.
 */
const FLOOR = { pass: 216, maxFalseAlarms: 0 };
/**
 * The second blind batch in these languages (other-languages-r26.ts, 14 per language, first run 118/252 in its header, three texts already in r24 dropped).
 * Before the r26b families 115/249 (crisis 28/106, concern-or-crisis 58/177, false alarms 12/72); after them 249/249
 * (106/106, 177/177, 0/72), r24 still 216/216 with no false alarm.
 */
const FLOOR_26 = { pass: 249, maxFalseAlarms: 0 };
/** The third blind batch (other-languages-r27.ts, 14 per language, first run 120/252 in its header). */
// r27b families (decision to end it, place/means with a time, thanks that close for good, given away "won't need it",
// pills taken, not waking, burden, no way out): 120/252 and 3 false alarms before, 252/252 and 0 false alarms after.
const FLOOR_27 = { pass: 252, maxFalseAlarms: 0 };
/** The fourth blind batch (other-languages-r28.ts, 14 per language, half the crisis rows plainly direct; first run 125/251 in its header). */
const FLOOR_28 = { pass: 251, maxFalseAlarms: 0 }; // r28b session (crisis-lexicon-other-r28-{west,east}.ts, crisis-lexicon-other.ts): 125 -> 251, false alarms 3 -> 0
/** The fifth blind batch (other-languages-r29.ts, 14 per language, a third romanized; first run 135/252 in its header). */
// r29b session (crisis-lexicon-other-r29-{west,east,roman,benign}.ts, crisis-lexicon-other.ts): 135 -> 251, false alarms 8 -> 0
// r29 stress pass (pest poison kept unread when the message waits for the kids to sleep, crisis-lexicon-other-everyday.ts): 251 -> 252.
const FLOOR_29 = { pass: 252, maxFalseAlarms: 0 };
/**
 * Held-out rows in the same languages (other-languages-heldout.ts, 180, written blind, never tuned on):
 * before the r24 families crisis 3/72, concern-or-crisis 9/126, false alarms 14/54; after them
 * 0.67 (48/72) / 0.68 (86/126) / 3.7 % (2/54).
 */
// After the r26b and r27b families (two more writers' rows, tuned on): 0.71 (51/72) / 0.73 (92/126) / 3.7 % (2/54).
// After the r28b families and the stress fixes (poison drunk, better off without me, everyday frames in each script): 0.75 (54/72) / 0.76 (96/126) / 3.7 % (2/54).
// After the r29b families (a fifth writer, a third of its rows romanized) and the r29 stress pass: 0.79 (57/72) / 0.79 (100/126) / 3.7 % (2/54).
const HELD_OUT_FLOOR = { crisisRecall: 0.79, riskRecall: 0.79, maxFalseAlarmRate: 0.04 };

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

  it('holds the r26b batch at its measured pass count and false alarms', () => {
    const s = score(OTHER_ROWS_26, assessCrisis);
    expect(OTHER_ROWS_26).toHaveLength(249);
    expect(new Set([...OTHER_ROWS, ...OTHER_ROWS_26].map((row) => row.text)).size).toBe(OTHER_ROWS.length + OTHER_ROWS_26.length);
    expect(OTHER_ROWS_26.length - s.failures.length).toBeGreaterThanOrEqual(FLOOR_26.pass);
    expect(s.falseAlarms).toBeLessThanOrEqual(FLOOR_26.maxFalseAlarms);
  });

  it('holds the r27b batch at its measured pass count and false alarms', () => {
    const s = score(OTHER_ROWS_27, assessCrisis);
    expect(OTHER_ROWS_27).toHaveLength(252);
    expect(OTHER_ROWS_27.length - s.failures.length).toBeGreaterThanOrEqual(FLOOR_27.pass);
    expect(s.falseAlarms).toBeLessThanOrEqual(FLOOR_27.maxFalseAlarms);
  });

  it('holds the r28b batch at its measured pass count and false alarms', () => {
    const s = score(OTHER_ROWS_28, assessCrisis);
    expect(OTHER_ROWS_28).toHaveLength(251);
    expect(OTHER_ROWS_28.length - s.failures.length).toBeGreaterThanOrEqual(FLOOR_28.pass);
    expect(s.falseAlarms).toBeLessThanOrEqual(FLOOR_28.maxFalseAlarms);
  });

  it('holds the r29b batch at its measured pass count and false alarms', () => {
    const s = score(OTHER_ROWS_29, assessCrisis);
    expect(OTHER_ROWS_29).toHaveLength(252);
    expect(OTHER_ROWS_29.length - s.failures.length).toBeGreaterThanOrEqual(FLOOR_29.pass);
    expect(s.falseAlarms).toBeLessThanOrEqual(FLOOR_29.maxFalseAlarms);
  });

  // CRISIS_TUNING=1 while tuning rules: the held-out figures stay unseen.
  it.skipIf(process.env.CRISIS_TUNING === '1')('holds its measured floors on the held-out rows of these languages', () => {
    const s = score(OTHER_HELD_OUT_ROWS, assessCrisis);
    expect(OTHER_HELD_OUT_ROWS).toHaveLength(180);
    expect(ratio(s.crisisCaught, s.crisisRows)).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.crisisRecall);
    expect(ratio(s.riskCaught, s.riskRows)).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.riskRecall);
    expect(ratio(s.falseAlarms, s.benignRows)).toBeLessThanOrEqual(HELD_OUT_FLOOR.maxFalseAlarmRate);
  });
});
