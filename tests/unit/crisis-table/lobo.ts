/**
 * The honest measurement of the learned layer (brief "crisis-model"): leave-one-batch-out over the blind
 * batches and leave-one-language-out over the five foreign languages.
 *   npx tsx tests/unit/crisis-table/lobo.ts                  # the product's features
 *   npx tsx tests/unit/crisis-table/lobo.ts --no-concepts    # n-grams only (the features before concepts)
 *   npx tsx tests/unit/crisis-table/lobo.ts --weight=3       # concept features weighted 3
 *   npx tsx tests/unit/crisis-table/lobo.ts --languages      # also leave-one-language-out
 * Folds: each blind batch (r15a …) is its own fold; the older batches (v1, r2-r14) and the eval questions
 * are spread over three folds. For a blind batch B the model is trained without B and its thresholds are
 * chosen (as train.ts chooses them) on the out-of-fold scores of the other folds only, so nothing about B
 * is used; rules + model is then measured on B. The rules, though, were tuned on r15-r18 (in-sample there);
 * r19 and later batches are new to both layers until the rules are tuned on them.
 * "lower" also lets a confident benign model verdict lower a rules CONCERN (never a CRISIS) to NONE, with
 * its threshold chosen the same way (≤ 0.5 % of other folds' risk rows lowered).
 */
import { assessCrisisByRules, asTopic, raiseTo, type CrisisAssessment } from '../../../src/chat/crisis';
import { asReport } from '../../../src/chat/crisis-reported';
import { BUCKETS, DEFAULT_FEATURES, featurize, type FeatureOptions } from '../../../src/chat/crisis-model';
import { loadEvalQuestions, TUNE_ROWS } from './index';
import { BLIND_BATCH as BLIND, foldOf, scoreWith, trainHeads, TRAINING, type Example } from './train';
import { chooseThresholds, type Scored, type Thresholds } from './thresholds';

const args = process.argv.slice(2);
const options: FeatureOptions = {
  concepts: !args.includes('--no-concepts'),
  conceptWeight: Number(args.find((arg) => arg.startsWith('--weight='))?.slice(9) ?? DEFAULT_FEATURES.conceptWeight),
};
const fmt = (part: number, whole: number) => `${(whole === 0 ? 1 : part / whole).toFixed(3)} (${part}/${whole})`;

const questions = loadEvalQuestions() ?? [];
const data: Example[] = [
  ...TUNE_ROWS.map((row, index): Example => {
    const kind = row.expected === 'NONE' ? 'n' : row.others ? 'o' : row.expected === 'CRISIS' ? 'C' : 'c';
    return { text: row.text, risk: kind === 'n' ? 0 : 1, crisis: kind === 'C' ? 1 : 0, fold: foldOf(row.batch, index), kind, ...featurize(row.text, BUCKETS, options) };
  }),
  ...questions.map((text, index): Example => ({ text, risk: 0, crisis: 0, fold: `old${index % 3}`, kind: 'eval', ...featurize(text, BUCKETS, options) })),
];
const language = new Map(TUNE_ROWS.map((row) => [row.text, row.language]));
const rules = new Map<string, CrisisAssessment>(data.map((example) => [example.text, assessCrisisByRules(example.text)]));

const settings = {
  epochs: Number(args.find((arg) => arg.startsWith('--epochs='))?.slice(9) ?? TRAINING.epochs),
  l2: Number(args.find((arg) => arg.startsWith('--l2='))?.slice(5) ?? TRAINING.l2),
};
function trainAll(training: readonly Example[]) {
  const { risk, crisis, others } = trainHeads(training, settings);
  return (example: Example): Scored => ({ example, risk: scoreWith(risk, example), crisis: scoreWith(crisis, example), others: scoreWith(others, example), rules: rules.get(example.text)!.level });
}

/** The screen's verdict for one scored example at given thresholds, optionally letting the model lower a rules CONCERN. */
function verdict(s: Scored, t: Thresholds, lower: boolean, upgrade = false): CrisisAssessment {
  const base = rules.get(s.example.text)!;
  if (lower && base.level === 'CONCERN' && !base.concernForOthers && s.risk < t.lower) return { ...base, level: 'NONE', isCrisis: false, categories: [] };
  // The rules already raised a CONCERN: the model may make it CRISIS on p(crisis) alone (no new alarm).
  if (upgrade && base.level === 'CONCERN' && !base.concernForOthers && s.crisis >= t.crisisOnConcern && s.others < t.others) return asReport(asTopic(raiseTo(base, 'CRISIS'), s.example.text), s.example.text);
  const level = s.risk < t.concern ? 'NONE' : s.others >= t.others ? 'CONCERN' : s.crisis >= t.crisis ? 'CRISIS' : 'CONCERN';
  const raised = raiseTo(base, level, s.risk >= t.concern && s.others >= t.others);
  return asReport(asTopic(raised, s.example.text), s.example.text);
}

interface Tally {
  crisis: [number, number];
  risk: [number, number];
  fa: [number, number];
}
const empty = (): Tally => ({ crisis: [0, 0], risk: [0, 0], fa: [0, 0] });
function tally(into: Tally, scored: readonly Scored[], verdictOf: (s: Scored) => CrisisAssessment): Tally {
  for (const s of scored) {
    if (s.example.kind === 'eval') continue;
    const level = verdictOf(s).level;
    if (s.example.kind === 'n') {
      into.fa[1] += 1;
      if (level !== 'NONE') into.fa[0] += 1;
      continue;
    }
    into.risk[1] += 1;
    if (level !== 'NONE') into.risk[0] += 1;
    if (s.example.kind === 'C') {
      into.crisis[1] += 1;
      if (level === 'CRISIS') into.crisis[0] += 1;
    }
  }
  return into;
}
const show = (t: Tally) => `crisis ${fmt(...t.crisis)} risk ${fmt(...t.risk)} FA ${fmt(...t.fa)}`;
const rate = (pair: [number, number]) => pair[0] / Math.max(1, pair[1]);

const folds = [...new Set(data.map((example) => example.fold))].sort();
const outOfFold: Scored[] = [];
for (const fold of folds) {
  const scoreOf = trainAll(data.filter((example) => example.fold !== fold));
  for (const example of data.filter((e) => e.fold === fold)) outOfFold.push(scoreOf(example));
}
console.log(`features: ${JSON.stringify(options)}; training ${JSON.stringify(settings)}; ${folds.length} folds`);
const totals = { rules: empty(), raise: empty(), lower: empty(), upgrade: empty() };
const means: number[][] = [];
for (const batch of folds.filter((fold) => BLIND.test(fold))) {
  const thresholds = chooseThresholds(outOfFold.filter((s) => s.example.fold !== batch));
  const mine = outOfFold.filter((s) => s.example.fold === batch);
  const r = tally(empty(), mine, (s) => rules.get(s.example.text)!);
  const up = tally(empty(), mine, (s) => verdict(s, thresholds, false));
  const low = tally(empty(), mine, (s) => verdict(s, thresholds, true));
  tally(totals.rules, mine, (s) => rules.get(s.example.text)!);
  tally(totals.raise, mine, (s) => verdict(s, thresholds, false));
  tally(totals.lower, mine, (s) => verdict(s, thresholds, true));
  const up2 = tally(empty(), mine, (s) => verdict(s, thresholds, false, true));
  tally(totals.upgrade, mine, (s) => verdict(s, thresholds, false, true));
  means.push([rate(up.crisis), rate(up.risk), rate(up.fa), rate(low.crisis), rate(low.risk), rate(low.fa), rate(up2.crisis), rate(up2.risk), rate(up2.fa)]);
  console.log(`${batch.padEnd(5)} rules ${show(r)} | +model ${show(up)} | +model lowering ${show(low)} | +model upgrading CONCERN ${show(up2)} | t ${JSON.stringify(thresholds)}`);
}
const mean = (column: number) => (means.reduce((sum, row) => sum + row[column], 0) / means.length).toFixed(3);
console.log(`pooled rules ${show(totals.rules)}\npooled +model ${show(totals.raise)}\npooled +model lowering ${show(totals.lower)}\npooled +model upgrading CONCERN ${show(totals.upgrade)}`);
console.log(`mean over blind batches: +model ${mean(0)} / ${mean(1)} / ${mean(2)}; +model lowering ${mean(3)} / ${mean(4)} / ${mean(5)}; +model upgrading CONCERN ${mean(6)} / ${mean(7)} / ${mean(8)}`);

if (args.includes('--languages')) {
  for (const held of ['de', 'es', 'fr', 'pt', 'it']) {
    const scoreOf = trainAll(data.filter((example) => language.get(example.text) !== held));
    const thresholds = chooseThresholds(outOfFold.filter((s) => language.get(s.example.text) !== held));
    const mine = data.filter((example) => language.get(example.text) === held && BLIND.test(example.fold)).map(scoreOf);
    const inFold = outOfFold.filter((s) => language.get(s.example.text) === held && BLIND.test(s.example.fold));
    const modelAlone = (s: Scored) => ({ ...rules.get(s.example.text)!, level: s.risk < thresholds.concern ? ('NONE' as const) : s.crisis >= thresholds.crisis ? ('CRISIS' as const) : ('CONCERN' as const) });
    console.log(`without ${held}: model alone ${show(tally(empty(), mine, modelAlone))} | rules+model ${show(tally(empty(), mine, (s) => verdict(s, thresholds, false)))} || with ${held} (batch-out) model alone ${show(tally(empty(), inFold, modelAlone))}`);
  }
}
