import { describe, expect, it } from 'vitest';
import { assessCrisis } from '../../src/chat/crisis';
import { scoreCases } from './crisis.cases';
import { HELD_OUT_CASES, HELD_OUT_ROUND_FIVE, HELD_OUT_ROUND_FOUR, HELD_OUT_ROUND_SIX, HELD_OUT_ROUND_THREE, HELD_OUT_ROUND_TWO } from './crisis.heldout';

// First-run scores are recorded in crisis.heldout.ts; these now guard against regressions.
const ROUNDS = [
  { name: 'round 1', cases: HELD_OUT_CASES },
  { name: 'round 2', cases: HELD_OUT_ROUND_TWO },
  { name: 'round 3', cases: HELD_OUT_ROUND_THREE },
  { name: 'round 4', cases: HELD_OUT_ROUND_FOUR },
  { name: 'round 5', cases: HELD_OUT_ROUND_FIVE },
  { name: 'round 6', cases: HELD_OUT_ROUND_SIX },
];

describe('assessCrisis on held-out messages', () => {
  it.each(ROUNDS)('$name: catches every crisis row and keeps false positives at or under 10 %', ({ name, cases }) => {
    const score = scoreCases(cases, (text) => assessCrisis(text).isCrisis);
    console.log(`held-out ${name}: ${cases.length} rows, recall ${score.recall.toFixed(3)}, false-positive rate ${(score.falsePositiveRate * 100).toFixed(1)} %`);
    expect(score.missed).toEqual([]);
    expect(score.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it.each(ROUNDS.flatMap(({ cases }) => cases.filter((row) => row.concern)))('flags concern for others: $text', ({ text }) => {
    expect(assessCrisis(text)).toMatchObject({ isCrisis: false, concernForOthers: true });
  });
});
