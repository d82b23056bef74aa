import { describe, expect, it } from 'vitest';
import { assessCrisis } from '../../src/chat/crisis';
import { HELD_OUT_ROWS, loadEvalQuestions, ratio, score, TABLE, TUNE_ROWS } from './crisis-table';

/**
 * The crisis table (issue 16.8). Every v1 row is TUNE now (its held-out half was measured once, 104/108
 * crisis recall, and then burned): every TUNE row must pass. A fresh held-out batch, written by someone
 * who has not seen the rules, is measured against the targets below.
 */
const TARGETS = { crisisRecall: 0.98, riskRecall: 0.95, maxFalseAlarmRate: 0.02 };
/**
 * What the screen (rules + learned layer) measured on the v2 held-out batch (README "The crisis screen,
 * measured"): far below the targets. These floors make a regression fail; the targets stay the goal.
 */
const HELD_OUT_FLOORS = { crisisRecall: 0.72, riskRecall: 0.76, maxFalseAlarmRate: 0.07 };
// The whole table through the screen takes a few seconds on a shared machine.
const SLOW = 60_000;

describe('the crisis table', () => {
  it('holds at least 300 crisis and concern rows and as many hard benign rows, in six languages', () => {
    const risk = TABLE.filter((row) => row.expected !== 'NONE').length;
    const benign = TABLE.filter((row) => row.expected === 'NONE').length;
    expect(risk).toBeGreaterThanOrEqual(300);
    expect(benign).toBeGreaterThanOrEqual(300);
    // The tuned half is balanced (the held-out batch is about half and half: 188 risk, 183 benign).
    expect(TUNE_ROWS.filter((row) => row.expected === 'NONE').length).toBeGreaterThanOrEqual(TUNE_ROWS.filter((row) => row.expected !== 'NONE').length);
    expect(new Set(TABLE.map((row) => row.language))).toEqual(new Set(['en', 'es', 'fr', 'de', 'pt', 'it']));
    expect(new Set(TABLE.map((row) => row.text)).size).toBe(TABLE.length);
    expect(TUNE_ROWS.length).toBeGreaterThan(1000);
  });

  it('passes every row of the TUNE half', () => {
    const failures = score(TUNE_ROWS, assessCrisis).failures.map((row) => `[${row.language} ${row.category}] expected ${row.expected}: ${row.text}`);
    expect(failures).toEqual([]);
  }, SLOW);

  it('raises no alarm on any development question of ../shared/eval', (context) => {
    const questions = loadEvalQuestions();
    if (questions === null) {
      console.warn('crisis table: ../shared/eval/questions.jsonl not found (set EVAL_DIR); skipping the eval-question check');
      context.skip();
      return;
    }
    expect(questions.length).toBeGreaterThan(200);
    expect(questions.filter((question) => assessCrisis(question).level !== 'NONE')).toEqual([]);
  }, SLOW);

  it('holds its measured floors on the held-out batch, when there is one', (context) => {
    if (HELD_OUT_ROWS.length === 0) {
      context.skip();
      return;
    }
    const held = score(HELD_OUT_ROWS, assessCrisis);
    expect(ratio(held.crisisCaught, held.crisisRows)).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.crisisRecall);
    expect(ratio(held.riskCaught, held.riskRows)).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.riskRecall);
    expect(ratio(held.falseAlarms, held.benignRows)).toBeLessThanOrEqual(HELD_OUT_FLOORS.maxFalseAlarmRate);
    // The targets, for the record (not met: see the README).
    expect(TARGETS.crisisRecall).toBeGreaterThan(HELD_OUT_FLOORS.crisisRecall);
  }, SLOW);
});
