import { describe, expect, it } from 'vitest';
import { breakdowns, crossValidate, objective } from '../../scripts/eval/crossval';
import { atThreshold } from '../../scripts/eval/inprocess';
import { citationRank, isCitationHit, summarize, type EvalQuestion, type QuestionOutcome } from '../../scripts/eval/metrics';

const question = (id: string, patient: string, type: 'answerable' | 'foreign' = 'answerable'): EvalQuestion => ({
  id,
  patient,
  question: `q ${id}`,
  session_id: type === 'answerable' ? 's1' : null,
  evidence_utterance_indexes: [],
  evidence_spans: type === 'answerable' ? [[100, 110]] : [],
  difficulty: 'normal',
  type,
});
const outcome = (q: EvalQuestion, rank: number, declined = false): QuestionOutcome => ({ question: q, citationRank: rank, passageRank: rank, declined, leak: false });

describe('citation hit', () => {
  it('counts a citation in the right session within 20 s of the evidence, by rank', () => {
    const q = question('a', 'p1');
    expect(isCitationHit(q, { sessionId: 's1', patientId: 'x', start: 125, end: 130 })).toBe(true);
    expect(isCitationHit(q, { sessionId: 's1', patientId: 'x', start: 131, end: 140 })).toBe(false);
    expect(isCitationHit(q, { sessionId: 's2', patientId: 'x', start: 100, end: 110 })).toBe(false);
    expect(citationRank(q, [{ sessionId: 's2', patientId: 'x', start: 0, end: 1 }, { sessionId: 's1', patientId: 'x', start: 85, end: 90 }])).toBe(2);
  });

  it('summarizes hit@k, MRR and the answer shares', () => {
    const s = summarize([outcome(question('a', 'p'), 1), outcome(question('b', 'p'), 3), outcome(question('c', 'p'), 0, true), outcome(question('f', 'p', 'foreign'), 0, true)]);
    expect([s.hit1, s.hit3, s.mrr, s.answerableDeclined, s.foreignDeclined]).toEqual([1 / 3, 2 / 3, (1 + 1 / 3) / 3, 1 / 3, 1]);
  });
});

describe('leave-one-patient-out', () => {
  it('measures each patient with the setting best on the others, never on itself', () => {
    const qs = ['p1', 'p2', 'p3'].map((p) => question(`q-${p}`, p));
    // Setting "good" is right for p1 and p2 only; "odd" only for p3.
    const byPoint = new Map([
      ['good', qs.map((q) => outcome(q, q.patient === 'p3' ? 0 : 1))],
      ['odd', qs.map((q) => outcome(q, q.patient === 'p3' ? 1 : 0))],
    ]);
    const { outcomes, chosen } = crossValidate(byPoint, (o) => o.question.patient);
    expect(Object.fromEntries(chosen)).toEqual({ p1: 'good', p2: 'good', p3: 'good' });
    expect(summarize(outcomes).hit3).toBeCloseTo(2 / 3);
    expect(objective(byPoint.get('good')!)).toBeGreaterThan(objective(byPoint.get('odd')!));
  });

  it('groups by part, patient and difficulty', () => {
    const groups = breakdowns([outcome({ ...question('dev-q1', 'p1') }, 1), outcome({ ...question('dev2-q1', 'p4'), difficulty: 'hard' }, 0)]);
    expect(groups.part.map(([name, rows]) => [name, rows.length])).toEqual([['part 1', 1], ['part 2', 1], ['all', 2]]);
    expect(groups.difficulty.map(([name]) => name)).toEqual(['hard', 'normal']);
  });
});

describe('atThreshold', () => {
  it('declines, with no citation, when either evidence signal is below its threshold', () => {
    const scored = { outcome: outcome(question('a', 'p'), 1), evidence: { relevance: 0.5, sourceCoverage: 0.25, unfamiliarity: 0.2 }, text: '', citedSessions: [] };
    expect(atThreshold(scored, 0.45, 0.2)).toBe(scored.outcome);
    expect(atThreshold(scored, 0.55, 0.2)).toMatchObject({ citationRank: 0, declined: true });
    expect(atThreshold(scored, 0.45, 0.3)).toMatchObject({ citationRank: 0, declined: true });
  });

  it('declines when relevance less the weighted unfamiliarity is below the threshold', () => {
    const scored = { outcome: outcome(question('a', 'p'), 1), evidence: { relevance: 0.5, sourceCoverage: 0.25, unfamiliarity: 0.2 }, text: '', citedSessions: [] };
    expect(atThreshold(scored, 0.45, 0.2, 0.2)).toBe(scored.outcome);
    expect(atThreshold(scored, 0.45, 0.2, 0.5)).toMatchObject({ citationRank: 0, declined: true });
  });
});
