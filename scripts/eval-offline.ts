/**
 * In-memory retrieval eval on the development set (/work/shared/eval, see its README): chunks each
 * session, embeds chunks and questions, and ranks the asking patient's chunks by vector cosine,
 * by BM25 full text, and by their reciprocal-rank fusion (the product's hybrid retrieval).
 *
 *   npx tsx scripts/eval-offline.ts [--sizes 150,300,500] [--overlaps 0,1] [--embedders combo,sif,hash]
 *                                    [--eval-dir DIR] [--verbose] [--pooled]
 *
 * --pooled is a harder stress test: every session is a candidate for every question, as if one
 * patient had all nine sessions (the dev sessions are short, so per-patient pools are small).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chunkTranscript, type Chunk } from '../src/retrieval/chunker';
import type { Segment } from '../src/transcripts/segment';
import type { Embedder } from '../src/providers/embedder';
import { OfflineEmbedder, DEFAULT_OFFLINE_SETTINGS as DEFAULTS } from '../src/offline/embedder/offline.embedder';
import { contentStems } from '../src/text/text';
import { cosine } from '../src/offline/answerer/semantic';

interface Question {
  id: string;
  patient: string;
  question: string;
  session_id: string | null;
  evidence_spans: [number, number][];
  difficulty: 'normal' | 'hard';
  type: 'answerable' | 'foreign';
}

interface Candidate {
  sessionId: string;
  patient: string;
  chunk: Chunk;
  stems: string[];
}

type Ranking = number[];
type Method = 'vector' | 'fulltext' | 'hybrid';

/** How many chunks each retriever contributes before fusion, and the MRR cutoff. */
const TOP_K = 10;
const RRF_K = 60;

/** Embedder variants compared in the table: the default, each half alone, and a few ablations. */
const EMBEDDERS: Record<string, () => Embedder> = {
  combo: () => new OfflineEmbedder(),
  sif: () => new OfflineEmbedder({ wordVectorShare: 1 }),
  hash: () => new OfflineEmbedder({ wordVectorShare: 0 }),
  'combo-nopc': () => new OfflineEmbedder({ sif: { ...DEFAULTS.sif, removedComponents: 0 } }),
  'combo-a1e-4': () => new OfflineEmbedder({ sif: { ...DEFAULTS.sif, smoothing: 1e-4 } }),
  'combo-200k': () => new OfflineEmbedder({ vocabularySize: 200_000 }),
  'combo-s0.3': () => new OfflineEmbedder({ wordVectorShare: 0.3 }),
  'combo-s0.7': () => new OfflineEmbedder({ wordVectorShare: 0.7 }),
  'combo-h1024': () => new OfflineEmbedder({ hashing: { ...DEFAULTS.hashing, dimensions: 1024 } }),
};

function loadEval(dir: string): { sessions: Map<string, { patient: string; segments: Segment[] }>; questions: Question[] } {
  const sessions = new Map<string, { patient: string; segments: Segment[] }>();
  for (const file of fs.readdirSync(path.join(dir, 'transcripts')).sort()) {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, 'transcripts', file), 'utf8'));
    const segments: Segment[] = raw.utterances.map((u: { speaker: string; start: number; end: number; text: string }) => ({
      speaker: u.speaker,
      role: u.speaker === 'therapist' ? 'THERAPIST' : u.speaker === 'client' ? 'PATIENT' : 'UNKNOWN',
      start: u.start,
      end: u.end,
      text: u.text,
    }));
    sessions.set(raw.id, { patient: raw.patient, segments });
  }
  const questions = fs
    .readFileSync(path.join(dir, 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Question);
  return { sessions, questions };
}

function buildCandidates(sessions: ReturnType<typeof loadEval>['sessions'], maxTokens: number, overlapSegments: number): Candidate[] {
  return [...sessions].flatMap(([sessionId, { patient, segments }]) =>
    chunkTranscript(segments, { maxTokens, overlapSegments }).map((chunk) => ({
      sessionId,
      patient,
      chunk,
      stems: contentStems(chunk.text),
    })),
  );
}


/** Indexes of `ids` sorted by score, best first; ties keep chunk order so runs are reproducible. */
function rankBy(ids: number[], score: (id: number) => number): Ranking {
  const scored = ids.map((id) => ({ id, score: score(id) }));
  return scored.sort((a, b) => b.score - a.score || a.id - b.id).map((entry) => entry.id);
}

/** Okapi BM25 (k1 1.2, b 0.75) over the patient's chunks, OR semantics: any shared stem counts. */
function rankFullText(queryStems: string[], ids: number[], candidates: Candidate[]): Ranking {
  const averageLength = ids.reduce((sum, id) => sum + candidates[id].stems.length, 0) / ids.length;
  const documentFrequency = new Map<string, number>();
  for (const id of ids) for (const term of new Set(candidates[id].stems)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const score = (id: number): number => {
    const stems = candidates[id].stems;
    let total = 0;
    for (const term of new Set(queryStems)) {
      const frequency = stems.filter((s) => s === term).length;
      if (!frequency) continue;
      const df = documentFrequency.get(term) ?? 0;
      const idf = Math.log(1 + (ids.length - df + 0.5) / (df + 0.5));
      total += (idf * frequency * 2.2) / (frequency + 1.2 * (0.25 + (0.75 * stems.length) / averageLength));
    }
    return total;
  };
  const matching = ids.filter((id) => score(id) > 0);
  return rankBy(matching, score);
}

/** Reciprocal-rank fusion of the top-k of each ranking. */
function fuse(rankings: Ranking[]): Ranking {
  const scores = new Map<number, number>();
  for (const ranking of rankings) {
    ranking.slice(0, TOP_K).forEach((id, index) => scores.set(id, (scores.get(id) ?? 0) + 1 / (RRF_K + index + 1)));
  }
  return rankBy([...scores.keys()], (id) => scores.get(id) ?? 0);
}

function isHit(question: Question, candidate: Candidate): boolean {
  if (candidate.sessionId !== question.session_id) return false;
  const { startSec, endSec } = candidate.chunk;
  return question.evidence_spans.some(([start, end]) => startSec <= end + 1 && endSec >= start - 1);
}

interface Scores {
  hit1: number;
  hit3: number;
  hit5: number;
  mrr: number;
  count: number;
}

function score(questions: Question[], rankings: Map<string, Ranking>, candidates: Candidate[]): Scores {
  const totals = { hit1: 0, hit3: 0, hit5: 0, mrr: 0, count: questions.length };
  for (const question of questions) {
    const ranking = (rankings.get(question.id) ?? []).slice(0, TOP_K);
    const first = ranking.findIndex((id) => isHit(question, candidates[id]));
    if (first < 0) continue;
    totals.hit1 += first < 1 ? 1 : 0;
    totals.hit3 += first < 3 ? 1 : 0;
    totals.hit5 += first < 5 ? 1 : 0;
    totals.mrr += 1 / (first + 1);
  }
  const n = questions.length || 1;
  return { hit1: totals.hit1 / n, hit3: totals.hit3 / n, hit5: totals.hit5 / n, mrr: totals.mrr / n, count: totals.count };
}

/** Questions whose retrieved chunks include any from another patient: must be 0. */
function countLeaks(questions: Question[], rankings: Map<string, Ranking>, candidates: Candidate[]): number {
  return questions.filter((q) => (rankings.get(q.id) ?? []).some((id) => candidates[id].patient !== q.patient)).length;
}

async function rankAll(embedder: Embedder, questions: Question[], candidates: Candidate[], pooled: boolean): Promise<Record<Method, Map<string, Ranking>>> {
  const documents = await embedder.embed(candidates.map((c) => c.chunk.text), 'document');
  const queries = await embedder.embed(questions.map((q) => q.question), 'query');
  const result: Record<Method, Map<string, Ranking>> = { vector: new Map(), fulltext: new Map(), hybrid: new Map() };
  questions.forEach((question, index) => {
    // Scoped like the product: only the asking patient's chunks are candidates at all. Pooled
    // mode is a stress test instead: all nine sessions as if they were one patient's history.
    const ids = candidates.flatMap((c, id) => (pooled || c.patient === question.patient ? [id] : []));
    const vector = rankBy(ids, (id) => cosine(queries[index], documents[id])).slice(0, TOP_K);
    const fulltext = rankFullText(contentStems(question.question), ids, candidates).slice(0, TOP_K);
    result.vector.set(question.id, vector);
    result.fulltext.set(question.id, fulltext);
    result.hybrid.set(question.id, fuse([vector, fulltext]).slice(0, TOP_K));
  });
  return result;
}

function format(scores: Scores): string {
  return [scores.hit1, scores.hit3, scores.hit5, scores.mrr].map((v) => v.toFixed(3)).join(' | ');
}

function readList(args: string[], flag: string, fallback: string): string[] {
  const at = args.indexOf(flag);
  return (at >= 0 ? args[at + 1] : fallback).split(',');
}

function printMisses(questions: Question[], rankings: Map<string, Ranking>, candidates: Candidate[]): void {
  for (const question of questions) {
    const ranking = (rankings.get(question.id) ?? []).slice(0, 3);
    if (ranking.some((id) => isHit(question, candidates[id]))) continue;
    console.log(`    miss ${question.id} (${question.difficulty}): ${question.question}`);
  }
}

function printRows(label: string, rankings: Record<Method, Map<string, Ranking>>, questions: Question[], candidates: Candidate[], verbose: boolean): void {
  const answerable = questions.filter((q) => q.type === 'answerable');
  for (const method of ['vector', 'fulltext', 'hybrid'] as const) {
    const byDifficulty = (difficulty: string): string => format(score(answerable.filter((q) => q.difficulty === difficulty), rankings[method], candidates));
    const overall = format(score(answerable, rankings[method], candidates));
    const leaks = countLeaks(questions, rankings[method], candidates);
    console.log(`| ${label} | ${method} | ${overall} | ${byDifficulty('normal')} | ${byDifficulty('hard')} | ${leaks} |`);
    if (verbose && method === 'hybrid') printMisses(answerable, rankings[method], candidates);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { sessions, questions } = loadEval(readList(args, '--eval-dir', '/work/shared/eval')[0]);
  const pooled = args.includes('--pooled');
  // Pooled mode lets every patient see every session, so leak counts there are expected, not bugs.
  const asked = pooled ? questions.filter((q) => q.type === 'answerable') : questions;
  if (pooled) console.log('Pooled stress test: all sessions are candidates for every question; leak is not meaningful.');
  console.log('| embedder | tokens/overlap (chunks) | method | hit@1 | hit@3 | hit@5 | MRR@10 | normal hit@1 | hit@3 | hit@5 | MRR@10 | hard hit@1 | hit@3 | hit@5 | MRR@10 | leak |');
  console.log(`|${' --- |'.repeat(16)}`);
  for (const size of readList(args, '--sizes', '150,300,500').map(Number)) {
    for (const overlap of readList(args, '--overlaps', '0,1').map(Number)) {
      const candidates = buildCandidates(sessions, size, overlap);
      for (const name of readList(args, '--embedders', 'combo,sif,hash')) {
        const create = EMBEDDERS[name];
        if (!create) throw new Error(`Unknown embedder ${name}; choose from ${Object.keys(EMBEDDERS).join(', ')}`);
        const rankings = await rankAll(create(), asked, candidates, pooled);
        printRows(`${name} | ${size}/${overlap} (${candidates.length})`, rankings, asked, candidates, args.includes('--verbose'));
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
