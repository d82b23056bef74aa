/**
 * Parameter grid and patient-wise cross-validation for the in-process eval: parameters are chosen
 * on the other patients and measured on the held-out one (leave one patient out), so the figures
 * predict conversations the choices never saw.
 */
import { summarize, type QuestionOutcome } from './metrics';
import type { PipelineParams } from './inprocess';

/** One setting of the grid. */
export interface GridPoint {
  name: string;
  params: PipelineParams;
}

/** The grid: fusion balance, WordNet expansion, the weight of meaning in the answerer, the quotes' least gap and the answer-kind cue (decline thresholds are applied afterwards). */
export function defaultGrid(): GridPoint[] {
  const points: GridPoint[] = [];
  for (const vectorWeight of [0.3, 0.5, 0.7]) {
    for (const semanticWeight of [0, 0.5, 1, 2]) {
      for (const expansionWeight of EXPANSION_WEIGHTS) {
        for (const minGapSec of QUOTE_GAPS) {
          for (const kindWeight of KIND_WEIGHTS) {
            points.push({ name: `w${vectorWeight}-s${semanticWeight}-x${expansionWeight}-g${minGapSec}-k${kindWeight}`, params: { fusion: { vectorWeight, rrfK: 60, candidates: 40, expansionWeight }, answer: { minRelevance: 0, semanticWeight, minSourceCoverage: 0, distinctUtterances: true, relativeScore: 0.4, minGapSec, gapShare: 0.25, kindWeight }, passages: 5 } });
          }
        }
      }
    }
  }
  return points;
}

/** Weights of the answer-kind cue (a sentence naming a kind of what a "what <noun>" question asks for, by WordNet). */
export const KIND_WEIGHTS = [0, 0.3];

/** Least seconds between two quotes of one session (0: only distinct utterances). */
export const QUOTE_GAPS = [0, 30];

/** Weights of the question's WordNet synonyms in the BM25 query. */
export const EXPANSION_WEIGHTS = [0, 0.3];

/** Decline thresholds (least relevance of the best quote) tried for every grid point. */
export const THRESHOLDS = Array.from({ length: 31 }, (_, i) => Math.round(i * 0.05 * 100) / 100);
/** Decline thresholds on the share of the question's terms found in the sources. */
export const COVERAGE_THRESHOLDS = [0, 0.2, 0.3, 0.4, 0.5];
/** Weights of the question's unfamiliarity to the patient's history, subtracted from relevance before the decline test. */
export const UNFAMILIARITY_WEIGHTS = [0, 0.25, 0.5, 0.75, 1];

/**
 * What a setting is chosen for: the share of questions a patient gets right, each counting once —
 * an answerable one when a first-three citation is the evidence (citation hit@3), a foreign one
 * when it is declined with nothing cited; MRR breaks ties.
 */
export function objective(outcomes: readonly QuestionOutcome[]): number {
  const s = summarize(outcomes);
  const right = (s.hit3 || 0) * s.answerable + (s.foreign ? s.foreignDeclined * s.foreign : 0);
  return right / Math.max(1, s.answerable + s.foreign) + 0.001 * (s.mrr || 0);
}

/** Leave-one-patient-out: each patient's outcomes under the setting that scored best on all the others. */
export function crossValidate(byPoint: Map<string, QuestionOutcome[]>, patientOf: (o: QuestionOutcome) => string): { outcomes: QuestionOutcome[]; chosen: Map<string, string> } {
  const patients = [...new Set([...byPoint.values()][0].map(patientOf))].sort();
  const outcomes: QuestionOutcome[] = [];
  const chosen = new Map<string, string>();
  for (const heldOut of patients) {
    let best: { name: string; score: number } | undefined;
    for (const [name, all] of byPoint) {
      const score = objective(all.filter((o) => patientOf(o) !== heldOut));
      if (!best || score > best.score + 1e-12) best = { name, score };
    }
    chosen.set(heldOut, best!.name);
    outcomes.push(...byPoint.get(best!.name)!.filter((o) => patientOf(o) === heldOut));
  }
  return { outcomes, chosen };
}

/** The setting that scores best on everything: what the product ships. */
export function bestOverall(byPoint: Map<string, QuestionOutcome[]>): string {
  let best: { name: string; score: number } | undefined;
  for (const [name, all] of byPoint) {
    const score = objective(all);
    if (!best || score > best.score + 1e-12) best = { name, score };
  }
  return best!.name;
}

const f = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(3));

/** A markdown table of citation hit@k and answer shares, one row per group. */
export function table(groups: [string, QuestionOutcome[]][]): string {
  const lines = [
    '| group | answerable | citation hit@1 | hit@3 | hit@5 | MRR | passage hit@3 | cites evidence | foreign declined |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [label, outcomes] of groups) {
    const s = summarize(outcomes);
    lines.push(`| ${label} | ${s.answerable} | ${f(s.hit1)} | ${f(s.hit3)} | ${f(s.hit5)} | ${f(s.mrr)} | ${f(s.passageHit3)} | ${f(s.citesEvidence)} | ${s.foreign ? `${f(s.foreignDeclined)} (of ${s.foreign})` : '–'} |`);
  }
  return lines.join('\n');
}

/** Groups outcomes by part (1: dev-, 2: dev2-), by patient and by difficulty. */
export function breakdowns(outcomes: QuestionOutcome[]): Record<'part' | 'patient' | 'difficulty', [string, QuestionOutcome[]][]> {
  const group = (key: (o: QuestionOutcome) => string): [string, QuestionOutcome[]][] => {
    const map = new Map<string, QuestionOutcome[]>();
    for (const o of outcomes) map.set(key(o), [...(map.get(key(o)) ?? []), o]);
    return [...map].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  };
  return {
    part: [...group((o) => (o.question.id.startsWith('dev2-') ? 'part 2' : 'part 1')), ['all', outcomes]],
    patient: group((o) => o.question.patient),
    difficulty: group((o) => (o.question.type === 'foreign' ? 'foreign' : o.question.difficulty)),
  };
}
