import { describe, expect, it } from 'vitest';
import { assessCrisis } from '../../src/chat/crisis';
import { CRISIS_RESOURCES, buildCrisisReply } from '../../src/chat/crisis-resources';
import { CRISIS_CASES, scoreCases } from './crisis.cases';

describe('assessCrisis on the labelled table', () => {
  it('has at least 80 rows covering crisis and non-crisis messages', () => {
    expect(CRISIS_CASES.length).toBeGreaterThanOrEqual(80);
    expect(CRISIS_CASES.some((row) => row.crisis)).toBe(true);
    expect(CRISIS_CASES.some((row) => !row.crisis)).toBe(true);
  });

  it('catches every crisis row and keeps false positives at or under 10 %', () => {
    const score = scoreCases(CRISIS_CASES, (text) => assessCrisis(text).isCrisis);
    console.log(
      `crisis table: ${CRISIS_CASES.length} rows, recall ${score.recall.toFixed(3)}, ` +
        `false-positive rate ${(score.falsePositiveRate * 100).toFixed(1)} %`,
      score.falseAlarms.length > 0 ? { falseAlarms: score.falseAlarms } : '',
    );
    expect(score.missed).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it.each(CRISIS_CASES.filter((row) => row.concern))('flags concern for others, not a crisis: $text', ({ text }) => {
    expect(assessCrisis(text)).toMatchObject({ level: 'CONCERN', isCrisis: false, concernForOthers: true });
  });
});

describe('assessCrisis categories', () => {
  it.each([
    ['I want to die', 'SUICIDE'],
    ['I cut myself last night', 'SELF_HARM'],
    ['I want to kill my boss', 'HARM_TO_OTHERS'],
    ['my husband is hitting me', 'ABUSE_IN_PROGRESS'],
  ])('labels "%s" as %s', (text, category) => {
    expect(assessCrisis(text)).toEqual({ level: 'CRISIS', language: 'en', isCrisis: true, categories: [category], concernForOthers: false });
  });

  it('names the category behind a concern for someone else', () => {
    expect(assessCrisis('my brother tried to kill himself last year')).toEqual({
      level: 'CONCERN',
      language: 'en',
      isCrisis: false,
      categories: ['SUICIDE'],
      concernForOthers: true,
    });
  });

  it('lists several categories in a fixed order', () => {
    const result = assessCrisis("He's hitting me again and honestly I just want to die");
    expect(result.categories).toEqual(['SUICIDE', 'ABUSE_IN_PROGRESS']);
  });

  it('returns an empty verdict for ordinary chat and empty input', () => {
    const empty = { level: 'NONE', language: 'en', isCrisis: false, categories: [], concernForOthers: false };
    expect(assessCrisis('what was the breathing exercise we discussed?')).toEqual(empty);
    expect(assessCrisis('')).toEqual(empty);
    expect(assessCrisis('   ?!  ')).toEqual(empty);
  });
});

describe('assessCrisis robustness', () => {
  it('ignores case, curly apostrophes and punctuation', () => {
    for (const text of ['I WANT TO DIE!!!', 'i don’t want to live anymore', 'Cant. Go. On.', 'KMS']) {
      expect(assessCrisis(text).isCrisis, text).toBe(true);
    }
  });

  it('is deterministic', () => {
    const texts = CRISIS_CASES.map((row) => row.text);
    const first = texts.map((text) => assessCrisis(text));
    expect(texts.map((text) => assessCrisis(text))).toEqual(first);
  });

  // Speed is measured by bench, not asserted here: a timed test measures the neighbours on a shared machine.
  it('finds crisis language at the end of a long message', () => {
    const long = `${'I talked about my week and the breathing exercise, '.repeat(200)}and I want to die`;
    expect(assessCrisis(long).isCrisis).toBe(true);
  });
});

describe('crisis resources and reply', () => {
  it('lists exactly the four resources', () => {
    expect(CRISIS_RESOURCES).toEqual([
      { name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' },
      { name: '988 Lifeline chat', contact: '988lifeline.org' },
      { name: 'Emergency services', contact: 'call 911' },
      { name: 'Crisis Text Line', contact: 'text HOME to 741741' },
    ]);
  });

  it('builds a short reply with every resource, the therapist notice and the 911 line', () => {
    const reply = buildCrisisReply();
    for (const resource of CRISIS_RESOURCES) expect(reply).toContain(`${resource.name}: ${resource.contact}`);
    expect(reply).toMatch(/deserve support right now/i);
    expect(reply).toMatch(/therapist will be notified and will see this message/i);
    expect(reply).toMatch(/immediate danger.*911/i);
    expect(reply.length).toBeLessThan(700);
  });
});
