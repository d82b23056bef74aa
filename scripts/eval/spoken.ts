import type { EvalQuestion } from './metrics';

/**
 * Pure helpers for `npm run eval -- --from-audio`: what is spoken of each utterance, and where a
 * question's evidence lies on the spoken recording's timeline.
 */

/** One utterance of the spoken recording, at the time it was spoken. */
export interface SpokenTurn {
  start: number;
  end: number;
}

/**
 * The words of an utterance a person would say: transcription marks of the source such as
 * `[chuckles]`, `[crosstalk]` or `[unintelligible 00:01:04]` are not speech and are dropped.
 */
export function spokenText(text: string): string {
  return text.replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Evidence spans on the spoken timeline: one `[start, end]` per contiguous run of evidence
 * utterances, from the first one's spoken start to the last one's spoken end — the same rule the
 * eval set uses for its own timeline. Throws when an index has no spoken turn.
 */
export function spokenEvidenceSpans(utteranceIndexes: readonly number[], turns: readonly SpokenTurn[]): [number, number][] {
  const sorted = [...new Set(utteranceIndexes)].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  let runStart = -1;
  sorted.forEach((index, i) => {
    if (!turns[index]) throw new Error(`utterance ${index} was not spoken (the recording has ${turns.length} turns)`);
    if (runStart < 0) runStart = index;
    if (sorted[i + 1] !== index + 1) {
      spans.push([turns[runStart].start, turns[index].end]);
      runStart = -1;
    }
  });
  return spans;
}

/** The question with its evidence spans moved onto the spoken timeline of its session. */
export function onSpokenTimeline(question: EvalQuestion, turnsOf: (evalSessionId: string) => readonly SpokenTurn[] | undefined): EvalQuestion {
  if (question.type !== 'answerable' || !question.session_id) return question;
  const turns = turnsOf(question.session_id);
  if (!turns) throw new Error(`${question.id}: session ${question.session_id} was not spoken`);
  return { ...question, evidence_spans: spokenEvidenceSpans(question.evidence_utterance_indexes, turns) };
}
