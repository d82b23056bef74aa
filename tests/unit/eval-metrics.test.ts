import { describe, expect, it } from 'vitest';
import { score, scoreAnswers, type EvalQuestion } from '../../scripts/eval/metrics';

const answerable = (id: string, difficulty: 'normal' | 'hard' = 'normal'): EvalQuestion => ({
  id, patient: 'p1', question: id, session_id: 's1', evidence_utterance_indexes: [3], evidence_spans: [[10, 20]], difficulty, type: 'answerable',
});
const foreign: EvalQuestion = { id: 'f', patient: 'p1', question: 'f', session_id: null, evidence_utterance_indexes: [], evidence_spans: [], difficulty: 'normal', type: 'foreign' };
const own = (sessionId: string, start: number, end: number) => ({ sessionId, patientId: 'A', start, end });

describe('eval metrics', () => {
  it('scores hit@k and MRR on answerable questions, with the 1 s tolerance, and counts leaks over all', () => {
    const s = score([
      { question: answerable('q1'), chunks: [own('s1', 20.5, 30)], askerPatientId: 'A' },
      { question: answerable('q2', 'hard'), chunks: [own('s2', 10, 20), own('s1', 0, 8.9), own('s1', 0, 9.5)], askerPatientId: 'A' },
      { question: foreign, chunks: [{ sessionId: 's9', patientId: 'B', start: 0, end: 5 }], askerPatientId: 'A' },
    ]);
    expect(s).toMatchObject({ n: 2, hit1: 0.5, hit3: 1, hit5: 1, leak: 1 });
    expect(s.mrr).toBeCloseTo((1 + 1 / 3) / 2);
    expect(s.hard).toEqual({ hit3: 1, mrr: 1 / 3 });
  });

  it('scores answers: cited evidence, "nothing found" on each kind of question, crisis replies and leaks', () => {
    const a = scoreAnswers([
      { question: answerable('q1'), answer: { citations: [own('s1', 12, 14)], notFound: false, crisis: false }, askerPatientId: 'A' },
      { question: answerable('q2'), answer: { citations: [], notFound: true, crisis: false }, askerPatientId: 'A' },
      { question: answerable('q3'), answer: { citations: [], notFound: false, crisis: true }, askerPatientId: 'A' },
      { question: foreign, answer: { citations: [], notFound: true, crisis: false }, askerPatientId: 'A' },
      { question: { ...foreign, id: 'f2' }, answer: { citations: [{ sessionId: 's9', patientId: 'B', start: 0, end: 4 }], notFound: false, crisis: false }, askerPatientId: 'A' },
    ]);
    expect(a).toEqual({ answerable: 3, foreign: 2, citesEvidence: 1 / 3, answerableNotFound: 1 / 3, foreignDeclined: 0.5, crisisReplies: 1, leak: 1 });
  });
});
