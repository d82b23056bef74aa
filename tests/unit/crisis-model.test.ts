import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCrisis, raiseWithModel, type CrisisAssessment } from '../../src/chat/crisis';
import { CrisisModel, crisisModel, densify, featurize, type CrisisModelFile } from '../../src/chat/crisis-model';
import { addConceptFeatures, conceptsOf } from '../../src/chat/crisis-concepts';
import { loadEvalQuestions, TUNE_ROWS } from './crisis-table';
import { MODEL_FILE, trainingChecksum } from './crisis-table/train';

const file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as CrisisModelFile;
const NONE: CrisisAssessment = { level: 'NONE', language: 'en', isCrisis: false, categories: [], concernForOthers: false };

/** The model's raw scores for the TUNE rows, highest p(crisis) first. */
function ranked() {
  return TUNE_ROWS.map((row) => ({ row, scores: crisisModel().score(row.text) })).sort((a, b) => b.scores.crisis - a.scores.crisis);
}

describe('the crisis model (learned second layer)', () => {
  it('loads the committed weights: 16-bit weights, three heads, within size, thresholds in (0, 1]', () => {
    expect(file.buckets).toBe(1 << 18);
    for (const head of [file.risk, file.crisis, file.others]) {
      expect(head).toBeDefined();
      const weights = densify(head!, file.buckets);
      expect(weights.filter((weight) => weight !== 0).length).toBeGreaterThan(1000);
    }
    // The budget of issue 16 (brief "crisis"): the model JSON stays under 3 MB.
    expect(readFileSync(MODEL_FILE).length).toBeLessThan(3 * 1024 * 1024);
    expect(file.thresholds.concern).toBeGreaterThan(0);
    expect(file.thresholds.concern).toBeLessThanOrEqual(1);
    expect(file.thresholds.crisis).toBeGreaterThan(0);
    expect(file.thresholds.crisis).toBeLessThanOrEqual(1);
  });

  it('was trained on the current table and eval questions (retrain with train.ts after a table change)', () => {
    const questions = loadEvalQuestions();
    // Without ../shared/eval the checksum cannot be recomputed; the table alone still must not have changed size.
    if (questions === null) {
      expect(TUNE_ROWS.length).toBeGreaterThan(1000);
      return;
    }
    expect(trainingChecksum(TUNE_ROWS, questions)).toBe(file.trainingChecksum);
  });

  it('scores deterministically, with probabilities, from the screen-normalised text', () => {
    const message = 'I want to k!ll my self tonight';
    const first = crisisModel().score(message);
    expect(new CrisisModel(file).score(message)).toEqual(first);
    expect(first.risk).toBeGreaterThanOrEqual(0);
    expect(first.risk).toBeLessThanOrEqual(1);
    // Case, accents and symbols for letters fold to the same features.
    expect(featurize('I WANT TO K!LL MYSELF')).toEqual(featurize('i want to kill myself'));
    expect(featurize('Quiero morir más')).toEqual(featurize('quiero morir mas'));
    expect(featurize('')).toEqual({ ids: [], values: [] });
    // A negator's clause has features of its own: "not suicidal" does not share the word feature of "suicidal".
    const negated = new Set(featurize("I'm not suicidal").ids);
    expect(featurize('suicidal').ids.every((id) => negated.has(id))).toBe(false);
  });

  it('reads the same classes of meaning in six languages (the concept features)', () => {
    const conceptFeatures = (folded: string) => {
      const words = folded.split(' ');
      const features = new Set<string>();
      addConceptFeatures(words, words.map(() => ''), (feature) => features.add(feature));
      return features;
    };
    // "I have the pills ready for tonight" and its Spanish, German and Portuguese wordings share PILLS, READY, SOON and their order.
    const english = conceptFeatures('i have the pills ready for tonight');
    for (const other of ['tengo las pastillas listas para esta noche', 'ich habe die tabletten bereit fur heute nacht', 'tenho os comprimidos prontos para hoje']) {
      const features = conceptFeatures(other);
      for (const shared of ['k:PILLS', 'k:READY', 'k:SOON', 'kp:PILLS>READY', 'kc:PILLS+SOON']) {
        expect(features.has(shared)).toBe(true);
        expect(english.has(shared)).toBe(true);
      }
    }
    // German "die" is an article, not DIE; English "i want to die" keeps DIE.
    expect(conceptFeatures('ich habe die tabletten bereit').has('k:DIE')).toBe(false);
    expect(conceptFeatures('i want to die').has('k:DIE')).toBe(true);
    // Stems and whole words: "suicidarme" and "suizidal" are SUICIDE; "died" is DIE but "diet" is not.
    expect(conceptsOf('suicidarme')).toContain('SUICIDE');
    expect(conceptsOf('suizidal')).toContain('SUICIDE');
    expect(conceptsOf('died')).toContain('DIE');
    expect(conceptsOf('diet')).not.toContain('DIE');
    expect(conceptsOf('table')).toEqual([]);
    // A negator's clause marks the classes it covers: "not" then DIE reads nk:DIE, not k:DIE.
    const negated = new Set<string>();
    addConceptFeatures(['i', 'don', 't', 'want', 'to', 'die'], ['', '', '', 'n', 'n', 'n'], (feature) => negated.add(feature));
    expect(negated.has('nk:DIE')).toBe(true);
    expect(negated.has('k:DIE')).toBe(false);
  });

  it('separates the training rows: crisis rows score higher than benign ones on average', () => {
    const scores = ranked();
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const crisis = mean(scores.filter((s) => s.row.expected === 'CRISIS').map((s) => s.scores.crisis));
    const benign = mean(scores.filter((s) => s.row.expected === 'NONE').map((s) => s.scores.crisis));
    expect(crisis).toBeGreaterThan(benign + 0.2);
  });

  it('only raises the rules\u2019 level, never lowers it, and keeps reported speech at CONCERN', () => {
    const crisisText = ranked().find((s) => s.scores.risk >= file.thresholds.concern && s.scores.crisis >= file.thresholds.crisis)!.row.text;
    // A rules CRISIS is returned unchanged whatever the text.
    const rulesCrisis: CrisisAssessment = { ...NONE, level: 'CRISIS', isCrisis: true, categories: ['SELF_HARM'] };
    expect(raiseWithModel(rulesCrisis, 'What breathing exercise did we talk about?')).toBe(rulesCrisis);
    // A benign text leaves NONE alone.
    expect(raiseWithModel(NONE, 'What breathing exercise did we talk about?')).toBe(NONE);
    // A text the model calls a crisis raises NONE to CRISIS with a category.
    expect(raiseWithModel(NONE, crisisText)).toMatchObject({ level: 'CRISIS', isCrisis: true, categories: ['SUICIDE'] });
    // ... keeps the rules' categories when they had some ...
    const rulesConcern: CrisisAssessment = { ...NONE, level: 'CONCERN', categories: ['SELF_HARM'] };
    expect(raiseWithModel(rulesConcern, crisisText)).toMatchObject({ level: 'CRISIS', categories: ['SELF_HARM'] });
    // ... but never turns the rules' concern for someone else into the patient's crisis.
    const others: CrisisAssessment = { ...NONE, level: 'CONCERN', categories: ['SUICIDE'], concernForOthers: true };
    expect(raiseWithModel(others, crisisText)).toBe(others);
    expect(assessCrisis(crisisText).level).toBe('CRISIS');
  });

  it('makes a CONCERN the rules found CRISIS on p(crisis) alone, never one about someone else, never NONE', () => {
    const onConcern = file.thresholds.crisisOnConcern!;
    expect(onConcern).toBeGreaterThan(0);
    // A text whose p(crisis) reaches the upgrade threshold while p(risk) stays below the concern threshold:
    // the model alone says NONE, so only a rules CONCERN is upgraded.
    const text = ranked().find((s) => s.scores.crisis >= onConcern && s.scores.risk < file.thresholds.concern && s.scores.others < (file.thresholds.others ?? 1))!.row.text;
    const rulesConcern: CrisisAssessment = { ...NONE, level: 'CONCERN', categories: ['SELF_HARM'] };
    expect(raiseWithModel(rulesConcern, text)).toMatchObject({ level: 'CRISIS', isCrisis: true, categories: ['SELF_HARM'] });
    expect(raiseWithModel(NONE, text)).toBe(NONE);
    const others: CrisisAssessment = { ...NONE, level: 'CONCERN', categories: ['SUICIDE'], concernForOthers: true };
    expect(raiseWithModel(others, text)).toBe(others);
  });
});
