/**
 * How the learned layer's thresholds are chosen from out-of-fold scores (train.ts for the product model,
 * lobo.ts per held-out batch), so both use one rule:
 * - concern: the lowest p(risk) whose false alarms on benign rows stay ≤ 2 %, whose alarms on benign rows
 *   the rules call NONE stay ≤ 1 % (the rules' own false alarms come on top), with none on the eval questions
 *   (and none in sample, when the final model's scores are given);
 * - crisis: the lowest p(crisis) that turns ≤ 10 % of CONCERN rows into CRISIS;
 * - others: the lowest p(others) that reads ≤ 1 % of the patient's own risk rows as someone else's;
 * - lower: the highest p(risk) below which a rules CONCERN may be lowered to NONE while ≤ 0.5 % of risk rows
 *   the rules call CONCERN are lowered (lobo.ts measures it; the product does not lower);
 * - crisisOnConcern: the lowest p(crisis) that turns ≤ 10 % of the CONCERN rows the rules call CONCERN into CRISIS.
 */
import type { RiskLevel } from '../../../src/chat/crisis';
import type { Example } from './train';

export interface Scored {
  example: Example;
  risk: number;
  crisis: number;
  others: number;
  /** The rules' level for the example. */
  rules: RiskLevel;
}

export interface Thresholds {
  concern: number;
  crisis: number;
  others: number;
  lower: number;
  /** p(crisis) at which a rules CONCERN (the patient's own) becomes CRISIS whatever p(risk). */
  crisisOnConcern: number;
}

export const MAX_FALSE_ALARMS = 0.02;
export const MAX_ADDED_FALSE_ALARMS = 0.01;
export const MAX_OVER_ESCALATION = 0.1;
export const MAX_OTHERS_SLIP = 0.01;
export const MAX_LOWERED = 0.005;

const candidatesOf = (values: readonly number[], from: number) => [...new Set(values.map((value) => Number(value.toFixed(4))))].filter((t) => t >= from).sort((a, b) => a - b);

/** Thresholds from out-of-fold scores; inSample (the final model on its training rows) adds "no in-sample alarm". */
export function chooseThresholds(outOfFold: readonly Scored[], inSample: readonly Scored[] = []): Thresholds {
  const of = (scored: readonly Scored[], kinds: string) => scored.filter((s) => kinds.split('').includes(s.example.kind === 'eval' ? 'e' : s.example.kind));
  const benign = of(outOfFold, 'n');
  const evals = of(outOfFold, 'e');
  const benignRulesNone = benign.filter((s) => s.rules === 'NONE');
  const inSampleBenign = of(inSample, 'ne');
  const concern =
    candidatesOf(outOfFold.map((s) => s.risk), 0.5).find(
      (t) =>
        benign.filter((s) => s.risk >= t).length <= MAX_FALSE_ALARMS * benign.length &&
        benignRulesNone.filter((s) => s.risk >= t).length <= MAX_ADDED_FALSE_ALARMS * benign.length &&
        evals.every((s) => s.risk < t) &&
        inSampleBenign.every((s) => s.risk < t),
    ) ?? 1;
  const concernRows = of(outOfFold, 'co').filter((s) => s.risk >= concern);
  const allConcern = of(outOfFold, 'co').length;
  const crisis = candidatesOf(outOfFold.map((s) => s.crisis), 0.3).find((t) => concernRows.filter((s) => s.crisis >= t).length <= MAX_OVER_ESCALATION * allConcern) ?? 1;
  const patient = of(outOfFold, 'Cc');
  const inSamplePatient = of(inSample, 'Cc');
  const others =
    candidatesOf(outOfFold.map((s) => s.others), 0.5).find(
      (t) => patient.filter((s) => s.others >= t).length <= MAX_OTHERS_SLIP * patient.length && inSamplePatient.every((s) => s.others < t),
    ) ?? 1;
  const rulesConcernRisk = of(outOfFold, 'Cco').filter((s) => s.rules === 'CONCERN');
  const lowerCandidates = candidatesOf(outOfFold.map((s) => s.risk), 0).filter((t) => t <= 0.5).reverse();
  const lower = lowerCandidates.find((t) => rulesConcernRisk.filter((s) => s.risk < t).length <= MAX_LOWERED * rulesConcernRisk.length) ?? 0;
  const rulesConcernMild = of(outOfFold, 'c').filter((s) => s.rules === 'CONCERN');
  const crisisOnConcern = candidatesOf(outOfFold.map((s) => s.crisis), 0.3).find((t) => rulesConcernMild.filter((s) => s.crisis >= t).length <= MAX_OVER_ESCALATION * rulesConcernMild.length) ?? 1;
  return { concern, crisis, others, lower, crisisOnConcern };
}
