import { describe, expect, it } from 'vitest';
import { assessCrisis } from '../../src/chat/crisis';
import { HELD_OUT_ROWS, loadEvalQuestions, ratio, score, TABLE, TUNE_ROWS } from './crisis-table';

/**
 * The crisis table (issue 16.8). Every v1 row is TUNE now (its held-out half was measured once, 104/108
 * crisis recall, and then burned): every row of the batches tuned to completion must pass; the blind
 * r15-r21 batches hold a ratchet of passing rows (IN_PROGRESS). A fresh held-out batch, written by someone
 * who has not seen the rules, is measured against the targets below.
 */
const TARGETS = { crisisRecall: 0.98, riskRecall: 0.95, maxFalseAlarmRate: 0.02 };
/**
 * What the screen (rules + learned layer) measured on the v2 held-out batch (README "The crisis screen,
 * measured"), run once at the end of each tuning session: first 0.73 / 0.77 / 6.7 %, then after the r15/r16
 * session 0.85 (106/125) / 0.88 (164/186) / 9.4 % (17/180): recall up, false alarms up too; after the r17
 * session 0.86 (108/125) / 0.89 (166/186) / 8.3 % (15/180); after the r18 session 0.88 (110/125) / 0.90 (168/186) /
 * 7.8 % (14/180); after the r19 session 0.90 (113/125) / 0.92 (172/186) / 6.7 % (12/180). Still below the
 * targets. These bounds make a regression fail; the targets stay the goal.
 */
const HELD_OUT_FLOORS: Record<string, { crisisRecall: number; riskRecall: number; maxFalseAlarmRate: number }> = {
  // After the r19/r20 merge (rules of the r19 round, concept features, model retrained with r20): 0.94 (117/125) / 0.94 (174/186) / 6.7 % (12/180);
  // after the r20 rules round and retraining 0.94 (117/125) / 0.94 (174/186) / 5.6 % (10/180); model retrained with r21 wired
  // in (rules unchanged): 0.92 (115/125) / 0.94 (174/186) / 5.6 % (10/180); after the r21 rules round and retraining
  // 0.93 (116/125) / 0.94 (175/186) / 5.0 % (9/180).
  // After the r22 German round and retraining: 0.94 (117/125) / 0.94 (175/186) / 5.0 % (9/180).
  // After the r23/r24 rounds and retraining: 0.94 (117/125) / 0.95 (176/186) / 3.9 % (7/180).
  // After r25 and retraining: 0.94 (118/125) / 0.95 (177/186) / 3.9 % (7/180).
  // After r26/r27 (six blind batches) and retraining: 0.94 (118/125) / 0.95 (177/186) / 3.9 % (7/180).
  // After r28 (three blind batches and the stress fixes) and retraining: 0.94 (118/125) / 0.96 (178/186) / 3.3 % (6/180).
  v2: { crisisRecall: 0.94, riskRecall: 0.95, maxFalseAlarmRate: 0.035 },
  // v3 (397 rows kept of 420, written blind on 2026-12-07): at arrival 0.76 (107/140) / 0.78 (152/194) / 13.3 % (27/203);
  // after the r19/r20 merge 0.84 (118/140) / 0.86 (166/194) / 8.9 % (18/203); after the r20 rules round and retraining
  // 0.86 (121/140) / 0.86 (166/194) / 7.4 % (15/203). (The r20 rules round saw v3's totals once in a failing floor and
  // reverted the change that caused it: v3 is no longer untouched in the strictest sense.) Model retrained with r21 wired in
  // (rules unchanged): 0.87 (122/140) / 0.87 (168/194) / 7.4 % (15/203); after the r21 rules round and retraining
  // 0.87 (122/140) / 0.87 (169/194) / 6.4 % (13/203).
  // After the r22 German round and retraining: 0.89 (124/140) / 0.89 (172/194) / 6.4 % (13/203).
  // After the r23/r24 rounds and retraining: 0.89 (125/140) / 0.90 (174/194) / 5.4 % (11/203).
  // After r25 and retraining: 0.90 (126/140) / 0.90 (174/194) / 5.4 % (11/203).
  // After r26/r27 and retraining: 0.89 (125/140) / 0.90 (174/194) / 4.4 % (9/203).
  // After r28 and retraining: 0.89 (125/140) / 0.91 (176/194) / 4.4 % (9/203).
  // After r29 and retraining: 0.89 (125/140) / 0.91 (176/194) / 3.9 % (8/203).
  v3: { crisisRecall: 0.89, riskRecall: 0.9, maxFalseAlarmRate: 0.04 },
  // v4 (419 rows kept of 420, written blind on 2026-12-07: the messages a clinical safety reviewer would type, six languages),
  // measured after the r21 session only (never tuned on): 0.86 (114/132) / 0.87 (187/215) / 3.4 % (7/204). The same rows on
  // the screen at the session's start: 0.83 / 0.81 / 4.9 %; after r21 was wired in and the model retrained: 0.85 / 0.83 / 3.9 %.
  // After the r22 German round (a blind German TUNE batch, tuned on) and retraining, measured a second time: 0.89 (117/132) /
  // 0.88 (190/215) / 3.4 % (7/204).
  // After the r23/r24 rounds and retraining, read a third time: 0.88 (116/132, one crisis row fewer) / 0.89 (191/215) / 2.9 % (6/204).
  // After r25 and retraining: 0.89 (117/132) / 0.90 (193/215) / 2.9 % (6/204).
  // After r26/r27 and retraining: 0.89 (118/132) / 0.91 (195/215) / 2.0 % (4/204).
  // After r28 and retraining: 0.90 (119/132) / 0.91 (196/215) / 2.0 % (4/204).
  // After r29 and retraining: 0.90 (119/132) / 0.92 (197/215) / 2.0 % (4/204).
  v4: { crisisRecall: 0.9, riskRecall: 0.915, maxFalseAlarmRate: 0.02 },
  // v5 (415 rows, none dropped, written blind on 2026-12-07: an external acceptance tester's messages in six languages),
  // at arrival on the screen as it stood (before r23 was wired in): 0.92 (123/133) / 0.91 (226/249) / 3.0 % (5/166).
  // After the r23/r24 rounds and retraining: 0.93 (124/133) / 0.91 (226/249) / 2.4 % (4/166); French 0.86 the weakest.
  // After r25 and retraining: 0.93 (124/133) / 0.91 (227/249) / 2.4 % (4/166).
  // After r26/r27 and retraining: 0.93 (124/133) / 0.92 (230/249) / 2.4 % (4/166).
  // After r28 and retraining: 0.93 (124/133) / 0.92 (230/249) / 2.4 % (4/166).
  v5: { crisisRecall: 0.93, riskRecall: 0.92, maxFalseAlarmRate: 0.025 },
};
/**
 * Rows that pass, per blind batch not yet tuned to completion (first run and now, README "The crisis
 * screen, measured"): r15a 424 rows, r15b 445, r16a 444, r16b 403, r17a 356, r17b 347, r18a 297
 * (first run 236 pass), r18b 260 (first run 216), r19a 368, r19b 397 (repeats dropped; none in r19). A ratchet: raise a floor when more
 * rows pass; the goal stays every row, as for the older batches.
 */
// r18 round: r18a 236 -> 285, r18b 216 -> 252 (rules by family + retraining). Retraining on r18 (the checksum ties the model to
// the table) moved the model; r16a and r17a each lost one row that only the previous model's in-sample fit caught
// (422 -> 421, 349 -> 348), while leave-one-batch-out rules+model crisis recall rose 0.907 -> 0.925 at the same false alarms.
// r19 round: wired in at r19a 245/368, r19b 289/397 passing (after this session's benign frames; first run in each file's header),
// then families by deed in six languages and a retrain: r19a 349, r19b 380; r15a 399 -> 406, r15b 429 -> 432, r16a 421 -> 429,
// r17a 348 -> 350, r18a 285 -> 289, r18b 252 -> 253 (r16b 399 and r17b 346 unchanged).
// r20 (four blind batches, first run in their headers) wired in after the r19 round and the concept model; the model retrained
// on the merged rules with r20: r15a 410, r15b 434, r16a 429, r16b 401, r17a 348, r17b 346, r18a 293, r18b 258, r19a 354, r19b 383;
// r20a 323/377, r20b 387/443, r20c 353/422, r20d 358/398 (in-sample for the model; the rules not yet tuned on r20).
// r20 rules session (families by grammar in six languages, model not retrained): r19b 383 -> 385, r20a 323 -> 340,
// r20b 387 -> 405, r20c 353 -> 374, r20d 358 -> 371; TUNE false alarms 83 -> 37 of 3199.
// Then the model retrained on those rules (train.ts --check reproduces it): its concern threshold rose 0.943 -> 0.948 with
// the rules' fewer false alarms, and 21 rows only the previous model's in-sample fit caught are lost (r15a 410 -> 408,
// r15b 434 -> 433, r16a 429 -> 427, r16b 401 -> 399, r18a 293 -> 291, r18b 258 -> 257, r19a 354 -> 352, r19b 385 -> 383,
// r20a 340 -> 336, r20b 405 -> 403, r20d 371 -> 370).
// r21 (three blind batches, first run in their headers) wired in and the model retrained with it (in-sample for the model;
// the rules not yet tuned on r21): r15a 408 -> 410, r16a 427 -> 429, r16b 399 -> 401, r17a 348 -> 350, r17b 346 -> 345,
// r18a 291 -> 294, r18b 257 -> 258, r19a 352 -> 354, r19b 383 -> 387, r20a 336 -> 343, r20b 403 -> 414, r20c 374 -> 387,
// r20d 370 -> 371; r21a 359/381, r21b 353/394, r21c 374/416.
// r21 rules session (English and foreign families in two branches, merged) and the model retrained on them: r15a 417, r15b 440,
// r16a 435, r16b 403, r17a 352, r17b 346, r18a 297, r18b 260, r19a 361, r19b 395, r20a 368, r20b 435, r20c 417, r20d 387,
// r21a 381/381, r21b 393/394, r21c 413/416; TUNE false alarms 77 -> 15 of 3833.
// r22a (German only, blind, first run in its header: 0.54 / 0.64 / 3 %) wired in and the model retrained with it: r15a 418,
// r15b 441, r16a 435 -> 434 (one row only the previous fit caught), r19b 396, r20c 418; r22a 298/344. The r22 German rules
// round and retraining: r22a 298 -> 338/344, other batches unchanged, TUNE false alarms 18 -> 15 of 3951.
// r23 (two blind TUNE batches, first run in their headers: r23a es/fr/pt/it 0.81 / 0.84 / 11 %, r23b en/de 0.74 / 0.77 / 3 %)
// wired in and the model retrained with them (in-sample for the model; rules not yet tuned on r23): r15a 418 -> 417,
// r16b 403 -> 402, r17a 352 -> 351, r20b 435 -> 433, r20c 418 -> 412, r21b 393 -> 392 (rows only the previous fit caught);
// r23a 332/356, r23b 321/345; TUNE false alarms 15 -> 29 of 4145 (11 + 3 of them r23 rows at first run).
// r23 en/de session (crisis-acts-r23.ts, crisis-lexicon-r23-de.ts): r23b 321 -> 345 (en 187 -> 201, de 134 -> 144), its false alarms 3 -> 0; TUNE false alarms 29 -> 26.
// r23 es/fr/pt/it session (crisis-lexicon-r23.ts and guards): r23a 332 -> 354, its false alarms 11 -> 1; r20b 433 -> 440, r20c 412 -> 415, r20d 387 -> 388.
// r25a (fr/de/it, blind, first run in its header: 0.76 / 0.77 / 3 %) wired in: 250/299.
// r25 fr/de/it session (crisis-lexicon-r25.ts and FR guards): r25a 250 -> 296 (fr 105 -> 128, de 88 -> 108, it 57 -> 60), its false alarms 3 -> 2; r19b 396 -> 397.
// r25 fr/de/it session (crisis-lexicon-r25.ts): r25a 250 -> 296, r19b 396 -> 397. Then the model retrained on r23-r25 and the merged
// rules: rows only the previous fit caught are lost (r15a 417 -> 416, r20a 368 -> 367, r20b 440 -> 438, r20c 415 -> 414, r20d 388 -> 387,
// r21b 392 -> 391, r21c 413 -> 412, r22a 338 -> 337, r23a 355 -> 352, r23b 345 -> 341), r15b 441 -> 442, r25a 296 -> 297; TUNE false alarms 16 of 4241.
// r26a (fr/de/es/pt dictated and typed, blind, first run in its header: 0.90 / 0.90 / 4 %) wired in: 272/299.
// r26c English session (crisis-acts-r26.ts, r26 frames in crisis-benign.ts): r26c 239 -> 291 (0.98 / 0.99 / 0 %; rules alone 0.56 / 0.61 / 10 % -> 0.96 / 0.98 / 0 %), its false alarms 10 -> 0; r16a 434 -> 435; TUNE false alarms 30 -> 20 of 4442.
// r26 fr/de/es/pt session (crisis-lexicon-r26.ts and guards in crisis-foreign.ts): r26a 272 -> 299 (fr 81 -> 89, de 82 -> 90, es 56 -> 60, pt 53 -> 60), its false alarms 4 -> 0; other batches unchanged; TUNE false alarms 20 -> 16 (measured in its branch, where r26c's 10 were not yet counted).
// r27c English session (crisis-acts-r27.ts, r27 frames in crisis-benign.ts): r27c 237 -> 293 (0.99 / 0.99 / 3 %), TUNE false alarms 35 -> 26, other batches unchanged.
// r27 fr/de/it session (crisis-lexicon-r27.ts, guards in crisis-foreign.ts, French "raté" kept out of crisis-topic.ts): r27a 243 -> 297 (fr 83 -> 108, de 87 -> 110, it 33 -> 39), its false alarms 7 -> 2; TUNE false alarms 35 -> 29 (in its branch).
// r26/r27 merged and the model retrained on them (TUNE false alarms 16 of 4642): rows only the previous fit caught are lost
// (r15b 442 -> 441, r16a 435 -> 433, r16b 402 -> 401, r19b 397 -> 395, r20b 438 -> 435, r20c 414 -> 413, r21b 391 -> 390,
// r22a 337 -> 333, r23a 352 -> 350), others gained (r15a 417, r19a 363, r23b 343, r25a 298, r26c 293, r27a 298, r27c 296).
// r28a (fr/de/it/es/pt patients of the session assistant, blind, first run in its header: 0.78 / 0.77 / 3 %) and r28c (English,
// 0.67 / 0.74 / 6 %) wired in: 250/300 and 237/299.
// r28a session (crisis-lexicon-r28.ts, guards in crisis-foreign.ts and crisis-foreign-frames.ts): r28a 250 -> 299 (rules alone now 295/300), false alarms 3 -> 0 (TUNE 25 -> 22).
// German dialect words in the language profile (crisis-language.ts: jetzt, gestern, hab …): r28a 299 -> 300, nothing else moved.
// r28c session (crisis-acts-r28.ts, crisis-acts-r28-concern.ts, r28 frames in crisis-benign.ts): 237 -> 298, false alarms 6 -> 0 (TUNE 25 -> 19).
// fa-en stress session (fa-en frames in crisis-benign.ts, REAL_PIECE in crisis-topic.ts, "end it with" a means in crisis-acts-r28.ts): r28c 298 -> 299, false alarms 16 -> 16.
// r28 merged with the stress fixes (crisis-r28-stress.test.ts, crisis-other-languages-stress.test.ts) and the model retrained
// (TUNE false alarms 16 of 4842): rows only the previous fit caught are lost (r15b 441 -> 440, r19a 363 -> 362, r20c 413 -> 409,
// r23b 343 -> 342), r21b 390 -> 391.
// r29a (fr/de/it/es/pt adults typing as their region does, blind, first run in its header: 0.76 / 0.80 / 4 %) and r29c (English of
// non-native speakers, dictating elders, veterans, teens; 0.74 / 0.75 / 10 %) wired in: 252/300 and 236/299 (TUNE false alarms 30 of 5 042).
// r29a session (crisis-lexicon-r29.ts, -r29-south.ts, -r29-signs.ts, -r29-words.ts, -r29-guards.ts read in crisis-foreign.ts; "doando" in GIVING_WORDS): r29a 252 -> 300 (fr/de/it/es/pt 60/60 each; rules alone 287/300), false alarms 4 -> 0 (TUNE 30 -> 26), other batches unchanged.
// r29c session (crisis-acts-r29.ts, crisis-acts-r29-concern.ts, crisis-benign-r29.ts, r29c lines in crisis-reported.ts and crisis-topic.ts): 236 -> 298, false alarms 10 -> 1 (TUNE 30 -> 21).
// r29 stress pass (crisis-benign-accidents.ts, crisis-benign-folded-everyday.ts): no row moved. r29 merged and the model retrained
// (TUNE false alarms 16 of 5 042): rows only the previous fit caught are lost (r17a 351 -> 350, r20b 435 -> 434, r21b 391 -> 389,
// r22a 333 -> 332, r23a 350 -> 348, r23b 342 -> 340), others gained (r15b 441, r20a 369, r20c 412, r29c 299).
const IN_PROGRESS: Record<string, number> = {
  r15a: 417, r15b: 441, r16a: 433, r16b: 401, r17a: 350, r17b: 346, r18a: 297, r18b: 260, r19a: 362, r19b: 395,
  r20a: 369, r20b: 434, r20c: 412, r20d: 387, r21a: 381, r21b: 389, r21c: 412, r22a: 332, r23a: 348, r23b: 340,
  r25a: 298, r26a: 299, r26c: 293, r27a: 298, r27c: 296, r28a: 300, r28c: 299, r29a: 300, r29c: 299,
};
// The whole table through the screen takes 20-30 s, over a minute on a loaded machine.
const SLOW = 180_000;

describe('the crisis table', () => {
  it('holds at least 300 crisis and concern rows and as many hard benign rows, in six languages', () => {
    const risk = TABLE.filter((row) => row.expected !== 'NONE').length;
    const benign = TABLE.filter((row) => row.expected === 'NONE').length;
    expect(risk).toBeGreaterThanOrEqual(300);
    expect(benign).toBeGreaterThanOrEqual(300);
    // The tuned half keeps hard benign rows near its risk rows (the r15-r19 batches lean to risk: 2328 benign, 3323 risk
    // with r19, 0.70; the bound was 0.7 before r18 was added).
    expect(TUNE_ROWS.filter((row) => row.expected === 'NONE').length).toBeGreaterThanOrEqual(0.65 * TUNE_ROWS.filter((row) => row.expected !== 'NONE').length);
    expect(new Set(TABLE.map((row) => row.language))).toEqual(new Set(['en', 'es', 'fr', 'de', 'pt', 'it']));
    expect(new Set(TABLE.map((row) => row.text)).size).toBe(TABLE.length);
    expect(TUNE_ROWS.length).toBeGreaterThan(1000);
  });

  it('passes every row of the batches tuned to completion (v1, r2-r14)', () => {
    const rows = TUNE_ROWS.filter((row) => !(row.batch in IN_PROGRESS));
    const failures = score(rows, assessCrisis).failures.map((row) => `[${row.language} ${row.category}] expected ${row.expected}: ${row.text}`);
    expect(failures).toEqual([]);
  }, SLOW);

  it('holds the blind batches still being worked through (r15-r21) at their measured pass counts', () => {
    for (const [batch, floor] of Object.entries(IN_PROGRESS)) {
      const rows = TUNE_ROWS.filter((row) => row.batch === batch);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length - score(rows, assessCrisis).failures.length).toBeGreaterThanOrEqual(floor);
    }
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

  // CRISIS_TUNING=1 while tuning rules: the held-out figures stay unseen (the session measures them once at its end).
  it.skipIf(process.env.CRISIS_TUNING === '1')('holds its measured floors on each held-out batch (v2, v3, v4, v5)', () => {
    expect(new Set(HELD_OUT_ROWS.map((row) => row.batch))).toEqual(new Set(Object.keys(HELD_OUT_FLOORS)));
    for (const [batch, floors] of Object.entries(HELD_OUT_FLOORS)) {
      const held = score(HELD_OUT_ROWS.filter((row) => row.batch === batch), assessCrisis);
      expect(ratio(held.crisisCaught, held.crisisRows)).toBeGreaterThanOrEqual(floors.crisisRecall);
      expect(ratio(held.riskCaught, held.riskRows)).toBeGreaterThanOrEqual(floors.riskRecall);
      expect(ratio(held.falseAlarms, held.benignRows)).toBeLessThanOrEqual(floors.maxFalseAlarmRate);
      // The targets, for the record (not met: see the README).
      expect(TARGETS.crisisRecall).toBeGreaterThan(floors.crisisRecall);
    }
  }, SLOW);
});
