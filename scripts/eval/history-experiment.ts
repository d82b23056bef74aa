/**
 * Retrieval and answer variants against history size: each variant (JSON merged into the shipped
 * fusion; its `answer` and `passages` keys set the answerer's options and how many passages it
 * reads) at the set's own patients and at the pooled long histories (`npm run eval`'s table):
 * passage hit@3/5 of the top 5, citation hit@1/3 (all and hard) and retrieval ms per question.
 * A development aid beside `npm run eval`; nothing is cross-validated here.
 *
 *   npx tsx scripts/eval/history-experiment.ts [--dir ../shared/eval] '{}' '{"vectorWeight":0.2}' '{"passages":8,"answer":{"rankDecay":0.05}}' …
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OFFLINE_ANSWER } from '../../src/offline/answerer/offline.chat-model';
import { OfflineEmbedder } from '../../src/offline/embedder/offline.embedder';
import { DEFAULT_CHUNK_OPTIONS } from '../../src/retrieval/chunker';
import { DEFAULT_FUSION } from '../../src/retrieval/retrieval.service';
import { answerOutcome, buildCorpus, loadEvalSet, MemoEmbedder, prepareQuestions, retrieved } from './inprocess';
import { isHit, summarize } from './metrics';
import { HISTORY_SIZES, pools } from './report';

const ROOT = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string', default: process.env.EVAL_DIR ?? path.resolve(ROOT, '../shared/eval') }, passages: { type: 'string', default: '5' } } });
  const set = loadEvalSet(path.resolve(values.dir!));
  const cacheDir = path.join(ROOT, '.run/eval/cache');
  const corpus = await buildCorpus(set, new MemoEmbedder(new OfflineEmbedder()), DEFAULT_CHUNK_OPTIONS, cacheDir);
  const answerable = set.questions.filter((q) => q.type === 'answerable');
  const histories = [];
  for (const size of HISTORY_SIZES) {
    const owner = size <= 4 ? undefined : pools(set, size);
    histories.push({ size, prepared: await prepareQuestions(corpus, answerable, ({ patient, sessionId }) => (owner && sessionId ? owner.get(sessionId)! : patient), cacheDir) });
  }
  console.log('| variant | sessions per patient (target) | passage hit@3 | passage hit@5 | citation hit@1 | hit@3 | hard hit@3 | ms/question (retrieval) |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const spec of positionals.length ? positionals : ['{}']) {
    const { answer: answerSpec, passages: passageSpec, ...fusionSpec } = JSON.parse(spec);
    const fusion = { ...DEFAULT_FUSION, ...fusionSpec };
    const passages = passageSpec ?? Number(values.passages);
    const answer = { ...DEFAULT_OFFLINE_ANSWER, maxSources: passages, ...answerSpec };
    for (const { size, prepared } of histories) {
      let p3 = 0;
      let p5 = 0;
      let ms = 0;
      const outcomes = [];
      for (const p of prepared) {
        const t = performance.now();
        const top = retrieved(p, fusion).slice(0, 5);
        ms += performance.now() - t;
        const rank = top.findIndex((c) => isHit(p.question, { sessionId: c.sessionId, patientId: '', start: c.startSec, end: c.endSec })) + 1;
        if (rank > 0 && rank <= 3) p3++;
        if (rank > 0) p5++;
        outcomes.push((await answerOutcome(corpus, p, { fusion, answer, passages })).outcome);
      }
      const s = summarize(outcomes);
      const hard = summarize(outcomes.filter((o) => o.question.difficulty === 'hard'));
      const n = prepared.length;
      console.log(`| ${spec} | ${size} | ${(p3 / n).toFixed(3)} | ${(p5 / n).toFixed(3)} | ${s.hit1.toFixed(3)} | ${s.hit3.toFixed(3)} | ${hard.hit3.toFixed(3)} | ${(ms / n).toFixed(2)} |`);
    }
  }
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
