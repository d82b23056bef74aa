import { describe, expect, it } from 'vitest';
import { isHit, type EvalQuestion } from '../../scripts/eval/metrics';
import { onSpokenTimeline, spokenEvidenceSpans, spokenText } from '../../scripts/eval/spoken';

const turns = [
  { start: 0.6, end: 4.2 },
  { start: 4.8, end: 9.9 },
  { start: 10.5, end: 12.0 },
  { start: 12.6, end: 20.3 },
  { start: 20.9, end: 25.0 },
];

const question = (over: Partial<EvalQuestion>): EvalQuestion => ({
  id: 'q',
  patient: 'patient-1',
  question: 'What did I say?',
  session_id: 's1',
  evidence_utterance_indexes: [1],
  evidence_spans: [[40, 80]],
  difficulty: 'normal',
  type: 'answerable',
  ...over,
});

describe('the eval from audio', () => {
  it('speaks the words of an utterance, not the transcriber marks', () => {
    expect(spokenText('Yeah. [chuckles] I guess [unintelligible 00:01:04] so.')).toBe('Yeah. I guess so.');
    expect(spokenText('[crosstalk]')).toBe('');
    expect(spokenText('Café — naïve')).toBe('Café — naïve');
  });

  it('puts one evidence span on each contiguous run of utterances, at the spoken times', () => {
    expect(spokenEvidenceSpans([1], turns)).toEqual([[4.8, 9.9]]);
    expect(spokenEvidenceSpans([3, 1, 2], turns)).toEqual([[4.8, 20.3]]);
    expect(spokenEvidenceSpans([0, 2, 3, 2], turns)).toEqual([[0.6, 4.2], [10.5, 20.3]]);
    expect(spokenEvidenceSpans([], turns)).toEqual([]);
  });

  it('refuses an utterance that was not spoken rather than scoring against a wrong time', () => {
    expect(() => spokenEvidenceSpans([7], turns)).toThrow(/utterance 7 was not spoken/);
  });

  it('moves answerable questions onto the spoken timeline and leaves foreign ones alone', () => {
    const moved = onSpokenTimeline(question({ evidence_utterance_indexes: [3, 4] }), () => turns);
    expect(moved.evidence_spans).toEqual([[12.6, 25.0]]);
    expect(isHit(moved, { sessionId: 's1', patientId: 'p', start: 24, end: 60 })).toBe(true);
    expect(isHit(moved, { sessionId: 's1', patientId: 'p', start: 40, end: 80 })).toBe(false);
    const foreign = question({ type: 'foreign', session_id: null, evidence_utterance_indexes: [], evidence_spans: [] });
    expect(onSpokenTimeline(foreign, () => undefined)).toBe(foreign);
    expect(() => onSpokenTimeline(question({}), () => undefined)).toThrow(/s1 was not spoken/);
  });
});
