/**
 * Failure families of the offline answer path (shipped defaults, given transcripts, in process):
 * for each answerable question whose first three citations miss, where the evidence's passage
 * ranked, where the evidence's best sentence ranked among the answerer's candidates and what
 * kind of sentence outscored it; for each foreign question answered, what carried its relevance.
 * Prints counts and question ids only (no transcript text) unless `--show` is given, for a local look.
 *
 *   npx tsx scripts/eval/diagnose.ts [--dir ../shared/eval] [--show]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentTerms } from '../../src/chat/sentences';
import { DEFAULT_OFFLINE_ANSWER, rankCandidates, type Candidate } from '../../src/offline/answerer/offline.chat-model';
import { semanticScores } from '../../src/offline/answerer/semantic';
import { OfflineEmbedder } from '../../src/offline/embedder/offline.embedder';
import { DEFAULT_CHUNK_OPTIONS } from '../../src/retrieval/chunker';
import { DEFAULT_FUSION } from '../../src/retrieval/retrieval.service';
import { passageSource, utterancesOfChunk } from '../../src/retrieval/utterances';
import { answerOutcome, buildCorpus, loadEvalSet, MemoEmbedder, prepareQuestions, retrieved, type PipelineParams } from './inprocess';
import { isCitationHit } from './metrics';

const ROOT = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env.EVAL_DIR ?? path.resolve(ROOT, '../shared/eval') }, show: { type: 'boolean', default: false } } });
  const set = loadEvalSet(path.resolve(values.dir!));
  const cacheDir = path.join(ROOT, '.run/eval/cache');
  const corpus = await buildCorpus(set, new MemoEmbedder(new OfflineEmbedder()), DEFAULT_CHUNK_OPTIONS, cacheDir);
  const prepared = await prepareQuestions(corpus, set.questions, ({ patient }) => patient, cacheDir);
  const params: PipelineParams = { fusion: { ...DEFAULT_FUSION }, answer: { ...DEFAULT_OFFLINE_ANSWER }, passages: 5 };
  const families = new Map<string, string[]>();
  const note = (family: string, id: string) => families.set(family, [...(families.get(family) ?? []), id]);
  for (const p of prepared) {
    const q = p.question;
    const scored = await answerOutcome(corpus, p, params);
    if (q.type === 'foreign') {
      if (!scored.outcome.declined) {
        note('foreign answered', q.id);
        if (values.show) console.log(`FOREIGN ${q.id} rel=${scored.evidence.relevance.toFixed(2)} unf=${scored.evidence.unfamiliarity.toFixed(2)} | ${q.question}\n   ${scored.text.split('\n').slice(1).join('\n   ')}`);
      } else note('foreign declined', q.id);
      continue;
    }
    const rank = scored.outcome.citationRank;
    if (rank > 0 && rank <= 3) {
      note(rank === 1 ? 'hit@1' : 'hit@2-3', q.id);
      continue;
    }
    const found = retrieved(p, params.fusion);
    const passageRank = found.findIndex((c) => c.sessionId === q.session_id && q.evidence_spans.some(([s, e]) => c.startSec <= e + 20 && c.endSec >= s - 20)) + 1;
    if (scored.outcome.declined) {
      note(`declined (passage rank ${passageRank > 0 && passageRank <= 5 ? '1-5' : passageRank ? '6+' : 'none'})`, q.id);
      continue;
    }
    if (!passageRank || passageRank > 5) {
      note(`evidence passage not in top 5 (rank ${passageRank || '>40'})`, q.id);
      if (values.show) console.log(`NOTRETRIEVED ${q.id} | ${q.question}`);
      continue;
    }
    const passages = found.slice(0, 5).map((c) => ({ ...c, utterances: utterancesOfChunk(c, corpus.segments.get(c.sessionId) ?? []) })).filter((x) => x.utterances.length);
    const sources = passages.map((x, i) => passageSource(x, i + 1));
    const semantic = await semanticScores(corpus.embedder, q.question, sources);
    const ranked = rankCandidates(q.question, sources, params.answer, semantic);
    const isEvidence = (c: Candidate) => {
      const u = c.source.utterances?.[c.lineIndex];
      return !!u && isCitationHit(q, { sessionId: c.source.sessionId, patientId: q.patient, start: u.startSec, end: u.endSec });
    };
    const evidenceAt = ranked.findIndex(isEvidence);
    const top = ranked[0];
    const qTerms = new Set(contentTerms(q.question));
    const shared = [...top.terms].filter((t) => qTerms.has(t));
    const kind = top.span.text.endsWith('?') ? 'question sentence' : shared.length === 0 ? 'no shared term (meaning only)' : shared.length === 1 ? 'one shared term' : 'several shared terms';
    note(`evidence passage in top 5, best evidence sentence #${evidenceAt < 0 ? 'none' : evidenceAt < 3 ? evidenceAt + 1 : evidenceAt < 10 ? '4-10' : '>10'}; winner: ${kind}, speaker ${top.speaker === 'Patient' ? 'patient' : 'therapist'}`, q.id);
    if (values.show) {
      const ev = ranked[evidenceAt];
      console.log(`MISS ${q.id} [${q.difficulty}] | ${q.question}\n   WIN  s=${top.score.toFixed(2)} cov=${top.coverage.toFixed(2)} rel=${top.relevance.toFixed(2)} src=${top.rank} ${top.speaker}: ${top.span.text}\n   EVID#${evidenceAt + 1} ${ev ? `s=${ev.score.toFixed(2)} cov=${ev.coverage.toFixed(2)} rel=${ev.relevance.toFixed(2)} src=${ev.rank} ${ev.speaker}: ${ev.span.text}` : '-'}`);
    }
  }
  console.log('\nfamilies (count: question ids)\n');
  for (const [family, ids] of [...families].sort((a, b) => b[1].length - a[1].length)) console.log(`${String(ids.length).padStart(4)}  ${family}: ${ids.slice(0, 12).join(' ')}${ids.length > 12 ? ' …' : ''}`);
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
