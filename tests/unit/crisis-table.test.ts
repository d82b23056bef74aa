import { describe, expect, it } from 'vitest';
import { assessCrisis } from '../../src/chat/crisis';
import { HELD_OUT_ROWS, loadEvalQuestions, ratio, score, TABLE, TUNE_ROWS } from './crisis-table';

/**
 * The crisis table (issue 16.8). The TUNE half is what the rules were tuned on: every row must pass.
 * The HELD-OUT half was evaluated once, after tuning; its figures are floors so a regression fails
 * (see the README's safety section and tests/unit/crisis-table/report.ts).
 */
// The held-out half was never tuned on. First evaluation, right after tuning: crisis recall 102/108,
// concern-or-crisis recall 141/148, false alarms 1/147. A later change made for speed (which foreign
// lexicons run; it runs all of them when a message is not clearly English) measured 104/108, 142/148
// and 1/147; those are the floors.
const HELD_OUT_FLOORS = { crisisRecall: 104 / 108, riskRecall: 142 / 148, maxFalseAlarmRate: 1 / 147 };

describe('the crisis table', () => {
  it('holds at least 300 crisis and concern rows and 300 hard benign rows, in six languages, split in two halves', () => {
    expect(TABLE.filter((row) => row.expected !== 'NONE').length).toBeGreaterThanOrEqual(300);
    expect(TABLE.filter((row) => row.expected === 'NONE').length).toBeGreaterThanOrEqual(300);
    expect(new Set(TABLE.map((row) => row.language))).toEqual(new Set(['en', 'es', 'fr', 'de', 'pt', 'it']));
    expect(new Set(TABLE.map((row) => row.text)).size).toBe(TABLE.length);
    expect(TUNE_ROWS.length).toBeGreaterThan(250);
    expect(HELD_OUT_ROWS.length).toBeGreaterThan(250);
  });

  it('passes every row of the TUNE half', () => {
    const failures = score(TUNE_ROWS, assessCrisis).failures.map((row) => `[${row.language} ${row.category}] expected ${row.expected}: ${row.text}`);
    expect(failures).toEqual([]);
  });

  it('raises no alarm on any development question of ../shared/eval', (context) => {
    const questions = loadEvalQuestions();
    if (questions === null) {
      console.warn('crisis table: ../shared/eval/questions.jsonl not found (set EVAL_DIR); skipping the eval-question check');
      context.skip();
      return;
    }
    expect(questions.length).toBeGreaterThan(200);
    expect(questions.filter((question) => assessCrisis(question).level !== 'NONE')).toEqual([]);
  });

  it('stays at or above the held-out figures measured once after tuning', () => {
    const held = score(HELD_OUT_ROWS, assessCrisis);
    expect(ratio(held.crisisCaught, held.crisisRows)).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.crisisRecall);
    expect(ratio(held.riskCaught, held.riskRows)).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.riskRecall);
    expect(ratio(held.falseAlarms, held.benignRows)).toBeLessThanOrEqual(HELD_OUT_FLOORS.maxFalseAlarmRate);
  });
});
