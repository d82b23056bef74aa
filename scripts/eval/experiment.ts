/**
 * Quick comparison of answerer variants at the shipped fusion: each variant's outcomes under every
 * decline setting, cross-validated by patient (the variant itself is one more choice the CV makes
 * when `--joint`). A development aid beside `npm run eval`, which runs the full grid.
 *
 *   npx tsx scripts/eval/experiment.ts [--dir ../shared/eval] [--fusion '{"rrfK":20}'] '{"minGapSec":30}' '{"rankDecay":0.3}' …
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OFFLINE_ANSWER, type OfflineAnswerOptions } from '../../src/offline/answerer/offline.chat-model';
import { OfflineEmbedder } from '../../src/offline/embedder/offline.embedder';
import { DEFAULT_CHUNK_OPTIONS } from '../../src/retrieval/chunker';
import { DEFAULT_FUSION } from '../../src/retrieval/retrieval.service';
import { crossValidate, THRESHOLDS, UNFAMILIARITY_WEIGHTS, table } from './crossval';
import { answerOutcome, atThreshold, buildCorpus, loadEvalSet, MemoEmbedder, prepareQuestions } from './inprocess';
import type { QuestionOutcome } from './metrics';

const ROOT = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string', default: process.env.EVAL_DIR ?? path.resolve(ROOT, '../shared/eval') }, fusion: { type: 'string', default: '{}' } } });
  const set = loadEvalSet(path.resolve(values.dir!));
  const cacheDir = path.join(ROOT, '.run/eval/cache');
  const corpus = await buildCorpus(set, new MemoEmbedder(new OfflineEmbedder()), DEFAULT_CHUNK_OPTIONS, cacheDir);
  const prepared = await prepareQuestions(corpus, set.questions, ({ patient }) => patient, cacheDir);
  const fusion = { ...DEFAULT_FUSION, ...JSON.parse(values.fusion!) };
  const joint = new Map<string, QuestionOutcome[]>();
  for (const spec of positionals.length ? positionals : ['{}']) {
    const answer: OfflineAnswerOptions = { ...DEFAULT_OFFLINE_ANSWER, ...JSON.parse(spec), minRelevance: 0, minSourceCoverage: 0 };
    const started = process.cpuUsage();
    const scored = [];
    for (const p of prepared) scored.push(await answerOutcome(corpus, p, { fusion, answer, passages: 5 }));
    const cpu = process.cpuUsage(started);
    const byPoint = new Map<string, QuestionOutcome[]>();
    for (const t of THRESHOLDS) for (const u of UNFAMILIARITY_WEIGHTS) byPoint.set(`${spec}-t${t}-u${u}`, scored.map((s) => atThreshold(s, t, 0, u)));
    for (const [k, o] of byPoint) joint.set(k, o);
    const { outcomes } = crossValidate(byPoint, (o) => o.question.patient);
    const undeclined = scored.map((s) => s.outcome);
    console.log(`\n${spec} (answer CPU ${((cpu.user + cpu.system) / 1000 / prepared.length).toFixed(2)} ms/question)\n${table([['no decline', undeclined], ['CV', outcomes], ['CV hard', outcomes.filter((o) => o.question.difficulty === 'hard' && o.question.type === 'answerable')]])}`);
  }
  if (positionals.length > 1) console.log(`\njoint CV over all variants\n${table([['CV', crossValidate(joint, (o) => o.question.patient).outcomes]])}`);
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
