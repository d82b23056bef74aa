/**
 * `npm run eval` (given transcripts, in process): the grid over every patient, the leave-one-
 * patient-out figures per part, patient and difficulty, the long-history table, and a JSON report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isFollowUp } from '../../src/chat/follow-up';
import { DEFAULT_OFFLINE_ANSWER, OfflineChatModel } from '../../src/offline/answerer/offline.chat-model';
import type { ChatTurn } from '../../src/providers/chat-model';
import type { Embedder } from '../../src/providers/embedder';
import { DEFAULT_CHUNK_OPTIONS } from '../../src/retrieval/chunker';
import { DEFAULT_FUSION } from '../../src/retrieval/retrieval.service';
import { bestOverall, breakdowns, COVERAGE_THRESHOLDS, crossValidate, defaultGrid, table, THRESHOLDS, UNFAMILIARITY_WEIGHTS, type GridPoint } from './crossval';
import { answerOutcome, atThreshold, buildCorpus, MemoEmbedder, prepareQuestions, type EvalSet, type PipelineParams, type ScoredOutcome } from './inprocess';
import { summarize, type EvalQuestion, type QuestionOutcome } from './metrics';

/** Sessions per patient in the long-history table (a patient holding that many development sessions). */
export const HISTORY_SIZES = [4, 12, 40];

export interface InProcessReport {
  embedder: string;
  questions: number;
  grid: { name: string; summary: ReturnType<typeof summarize> }[];
  shipped: { params: PipelineParams; summary: ReturnType<typeof summarize> };
  crossValidated: { chosen: Record<string, string>; tables: Record<string, { group: string; summary: ReturnType<typeof summarize> }[]> };
  longHistory: { sessionsPerPatient: number; patients: number; summary: ReturnType<typeof summarize> }[];
  followUps: { followUp: string; summary: ReturnType<typeof summarize> }[];
}

/**
 * Follow-up pairs: each answerable question is asked, then a follow-up that only makes sense with
 * the conversation; it counts when the follow-up's answer still cites the question's evidence.
 */
export const FOLLOW_UPS = ['Tell me more about that.', 'And what did I say about that?'];

async function runPoint(corpus: Awaited<ReturnType<typeof buildCorpus>>, prepared: Awaited<ReturnType<typeof prepareQuestions>>, params: PipelineParams): Promise<ScoredOutcome[]> {
  const outcomes: ScoredOutcome[] = [];
  for (const p of prepared) outcomes.push(await answerOutcome(corpus, p, params));
  return outcomes;
}

/**
 * Long histories: the sessions are pooled into patients of `size` sessions (in set order, so one
 * pool mixes several of the set's patients); answerable questions keep their one right session.
 * Foreign questions are left out, since their answer may now be in the pool.
 */
export function pools(set: EvalSet, size: number): Map<string, string> {
  const sessions = set.transcripts.map((t) => t.id);
  const poolCount = Math.max(1, Math.round(sessions.length / size));
  return new Map(sessions.map((id, i) => [id, `pool-${Math.floor((i * poolCount) / sessions.length)}`]));
}

export async function runInProcess(set: EvalSet, embedder: Embedder, cacheDir: string, options: { grid?: GridPoint[]; log?: (line: string) => void } = {}): Promise<InProcessReport> {
  const log = options.log ?? console.log;
  const grid = options.grid ?? defaultGrid();
  const started = performance.now();
  const corpus = await buildCorpus(set, new MemoEmbedder(embedder), DEFAULT_CHUNK_OPTIONS, cacheDir);
  const prepared = await prepareQuestions(corpus, set.questions, ({ patient }) => patient, cacheDir);
  const byPoint = new Map<string, QuestionOutcome[]>();
  for (const point of grid) {
    const scored = await runPoint(corpus, prepared, { ...point.params, answer: { ...point.params.answer, minRelevance: 0, minSourceCoverage: 0 } });
    for (const threshold of THRESHOLDS) {
      for (const coverage of COVERAGE_THRESHOLDS) {
        for (const unfamiliarity of UNFAMILIARITY_WEIGHTS) byPoint.set(`${point.name}-t${threshold}-c${coverage}-u${unfamiliarity}`, scored.map((s) => atThreshold(s, threshold, coverage, unfamiliarity)));
      }
    }
  }
  log(`${set.questions.length} questions, ${set.transcripts.length} sessions, ${corpus.chunks.length} chunks, embedder ${embedder.model}; grid of ${byPoint.size} settings in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

  const shippedParams: PipelineParams = { fusion: { ...DEFAULT_FUSION }, answer: { ...DEFAULT_OFFLINE_ANSWER }, passages: 5 };
  const shipped = (await runPoint(corpus, prepared, shippedParams)).map((s) => s.outcome);
  const { outcomes, chosen } = crossValidate(byPoint, (o) => o.question.patient);
  const groups = breakdowns(outcomes);
  log(`Cross-validated by patient (leave one patient out over ${byPoint.size} settings; each patient measured with the setting best on the other ${new Set(set.questions.map((q) => q.patient)).size - 1}):\n`);
  for (const [name, rows] of Object.entries(groups)) log(`by ${name}\n\n${table(rows)}\n`);
  const best = bestOverall(byPoint);
  log(`Setting best on all patients: ${best}. Shipped defaults (${describe(shippedParams)}) on all patients, not cross-validated:\n\n${table([['all', shipped]])}\n`);

  const longHistory: InProcessReport['longHistory'] = [];
  const answerable = set.questions.filter((q) => q.type === 'answerable');
  for (const size of HISTORY_SIZES) {
    const owner = size <= 4 ? undefined : pools(set, size);
    const ownerOf = ({ patient, sessionId }: { patient: string; sessionId?: string }) => (owner && sessionId ? owner.get(sessionId)! : patient);
    const pooled = await prepareQuestions(corpus, answerable, ownerOf, cacheDir);
    const rows = (await runPoint(corpus, pooled, shippedParams)).map((s) => s.outcome);
    const patients = owner ? new Set(owner.values()).size : new Set(set.transcripts.map((t) => t.patient)).size;
    longHistory.push({ sessionsPerPatient: size <= 4 ? set.transcripts.length / patients : set.transcripts.length / patients, patients, summary: summarize(rows) });
  }
  log('Long histories (shipped defaults; sessions pooled into fewer patients; answerable questions only):\n');
  log('| sessions per patient | patients | citation hit@1 | hit@3 | hit@5 | MRR | passage hit@3 |\n| --- | --- | --- | --- | --- | --- | --- |');
  for (const h of longHistory) log(`| ${h.sessionsPerPatient.toFixed(1)} | ${h.patients} | ${h.summary.hit1.toFixed(3)} | ${h.summary.hit3.toFixed(3)} | ${h.summary.hit5.toFixed(3)} | ${h.summary.mrr.toFixed(3)} | ${h.summary.passageHit3.toFixed(3)} |`);

  const followUps: InProcessReport['followUps'] = [];
  const model = new OfflineChatModel(DEFAULT_OFFLINE_ANSWER, corpus.embedder);
  const firstTurns = await runPoint(corpus, prepared.filter((p) => p.question.type === 'answerable'), shippedParams);
  for (const followUp of FOLLOW_UPS) {
    const rewritten: EvalQuestion[] = [];
    for (const first of firstTurns) {
      const history: ChatTurn[] = [{ role: 'user', content: first.outcome.question.question }, { role: 'assistant', content: first.text }];
      rewritten.push({ ...first.outcome.question, question: await model.rewriteQuery(followUp, history) });
    }
    const again = await prepareQuestions(corpus, rewritten, ({ patient }) => patient, cacheDir);
    const outcomes: QuestionOutcome[] = [];
    for (const [i, p] of again.entries()) {
      const history: ChatTurn[] = [{ role: 'user', content: firstTurns[i].outcome.question.question }, { role: 'assistant', content: firstTurns[i].text }];
      // As the chat does: a follow-up ranks the sessions the previous answer cited higher.
      const conversation = { message: followUp, history, preferSessions: isFollowUp(followUp) ? firstTurns[i].citedSessions : [] };
      outcomes.push({ ...(await answerOutcome(corpus, p, shippedParams, model, conversation)).outcome, question: firstTurns[i].outcome.question });
    }
    followUps.push({ followUp, summary: summarize(outcomes) });
  }
  log('\nFollow-up pairs (shipped defaults; the question, then a follow-up that needs the conversation; answerable questions only):\n');
  log('| follow-up | first answer hit@3 | follow-up citation hit@1 | hit@3 | MRR |\n| --- | --- | --- | --- | --- |');
  const firstHit3 = summarize(firstTurns.map((t) => t.outcome)).hit3;
  for (const f of followUps) log(`| "${f.followUp}" | ${firstHit3.toFixed(3)} | ${f.summary.hit1.toFixed(3)} | ${f.summary.hit3.toFixed(3)} | ${f.summary.mrr.toFixed(3)} |`);

  return {
    followUps,
    embedder: embedder.model,
    questions: set.questions.length,
    grid: [...byPoint].map(([name, rows]) => ({ name, summary: summarize(rows) })),
    shipped: { params: shippedParams, summary: summarize(shipped) },
    crossValidated: {
      chosen: Object.fromEntries(chosen),
      tables: Object.fromEntries(Object.entries(groups).map(([name, rows]) => [name, rows.map(([group, o]) => ({ group, summary: summarize(o) }))])),
    },
    longHistory,
  };
}

function describe(p: PipelineParams): string {
  return `vector weight ${p.fusion.vectorWeight}, RRF k ${p.fusion.rrfK}, meaning weight ${p.answer.semanticWeight}, quotes of a session at least ${p.answer.minGapSec ?? 0} s apart, answer-kind cue ${p.answer.kindWeight ?? 0}, decline when relevance − ${p.answer.unfamiliarityWeight ?? 0} × unfamiliarity is below ${p.answer.minRelevance} or source coverage below ${p.answer.minSourceCoverage}`;
}

export function writeReport(file: string, report: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
