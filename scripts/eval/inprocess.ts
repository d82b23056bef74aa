/**
 * The product's answer path run in process over the development set, so a parameter grid and
 * patient-wise cross-validation take seconds: the chunker, the embedder, the same BM25 and fusion
 * as RetrievalService, the utterances of each passage, the offline answerer and the citation
 * extraction. Only PostgreSQL is replaced (the vector search there is an exact cosine scan, as here).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractCitations } from '../../src/chat/citations';
import { isWeak, OfflineChatModel, type OfflineAnswerOptions } from '../../src/offline/answerer/offline.chat-model';
import type { ChatModel, ChatTurn } from '../../src/providers/chat-model';
import type { Embedder } from '../../src/providers/embedder';
import { bm25Document, bm25Rank, passageStems, type Bm25Document } from '../../src/retrieval/bm25';
import { chunkTranscript, type ChunkOptions } from '../../src/retrieval/chunker';
import type { FoundChunk } from '../../src/retrieval/chunk.repository';
import { fuse, preferSessions, type FusionOptions, type RetrievedChunk } from '../../src/retrieval/retrieval.service';
import { passageSource, utterancesOfChunk } from '../../src/retrieval/utterances';
import { expandQuery, loadWordNet } from '../../src/retrieval/wordnet';
import type { Segment } from '../../src/transcripts/segment';
import type { EvalTranscript } from './from-audio';
import { citationRank, isHit, type EvalQuestion, type QuestionOutcome } from './metrics';
import { cosine } from '../../src/offline/answerer/semantic';
import { hasWordKnowledge, type WordKnowledge } from '../../src/offline/embedder/word-knowledge';

/** The development set as read from disk. */
export interface EvalSet {
  transcripts: (EvalTranscript & { topic?: string })[];
  questions: EvalQuestion[];
}

/** Reads `dir` (transcripts/*.json and questions.jsonl); a clear message when it is not there. */
export function loadEvalSet(dir: string): EvalSet {
  const transcriptsDir = path.join(dir, 'transcripts');
  const questionsFile = path.join(dir, 'questions.jsonl');
  if (!existsSync(transcriptsDir) || !existsSync(questionsFile)) {
    throw new EvalSetMissing(`No eval set at ${dir}: expected ${transcriptsDir}/ and ${questionsFile}. Pass --dir <path> (or EVAL_DIR); the set lives in ../shared/eval next to the repository.`);
  }
  const transcripts = readdirSync(transcriptsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(transcriptsDir, f), 'utf8')));
  const questions = readFileSync(questionsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);
  return { transcripts, questions };
}

/** The eval set is not where it was looked for. */
export class EvalSetMissing extends Error {}

/** One indexed chunk of the in-process corpus. */
export interface CorpusChunk extends FoundChunk {
  patient: string;
  vector: number[];
  document: Bm25Document<CorpusChunk>;
}

/** Every session chunked and embedded, as the embed worker would store it. */
export interface Corpus {
  chunks: CorpusChunk[];
  segments: Map<string, Segment[]>;
  embedder: Embedder;
}

const RECORDED_AT = new Date('2026-01-01T00:00:00Z');

export function segmentsOf(t: EvalTranscript): Segment[] {
  return t.utterances.map((u) => ({ speaker: u.speaker, role: u.speaker === 'therapist' ? 'THERAPIST' : u.speaker === 'client' ? 'PATIENT' : 'UNKNOWN', start: u.start, end: u.end, text: u.text }));
}

/** Chunks and embeds the set; vectors are cached in `cacheDir` by model and text. */
export async function buildCorpus(set: EvalSet, embedder: Embedder, chunking: ChunkOptions, cacheDir: string): Promise<Corpus> {
  const segments = new Map(set.transcripts.map((t) => [t.id, segmentsOf(t)]));
  const chunks = set.transcripts.flatMap((t) =>
    chunkTranscript(segments.get(t.id)!, chunking).map((c) => ({ id: `${t.id}#${c.ordinal}`, sessionId: t.id, recordedAt: RECORDED_AT, ordinal: c.ordinal, text: c.text, startSec: c.startSec, endSec: c.endSec, speakers: c.speakers, score: 0, patient: t.patient })),
  );
  const vectors = await cachedEmbeddings(embedder, chunks.map((c) => c.text), cacheDir);
  const corpus = chunks.map((c, i) => ({ ...c, vector: vectors[i] }) as CorpusChunk);
  for (const c of corpus) c.document = bm25Document(c, passageStems(c.text));
  return { chunks: corpus, segments, embedder };
}

export async function cachedEmbeddings(embedder: Embedder, texts: string[], cacheDir: string, kind: 'document' | 'query' = 'document'): Promise<number[][]> {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `${embedder.model.replace(/[^\w.-]/g, '_')}-${kind}.json`);
  const cache: Record<string, number[]> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const key = (t: string) => createHash('sha1').update(t).digest('hex');
  const missing = [...new Set(texts.filter((t) => !cache[key(t)]))];
  if (missing.length) {
    for (let i = 0; i < missing.length; i += 256) {
      const batch = missing.slice(i, i + 256);
      const vectors = await embedder.embed(batch, kind);
      batch.forEach((t, j) => (cache[key(t)] = vectors[j].map((v) => Math.round(v * 1e6) / 1e6)));
    }
    writeFileSync(file, JSON.stringify(cache));
  }
  return texts.map((t) => cache[key(t)]);
}


/** What one question needs, computed once per corpus: its scope and both rankings (long enough for any fusion). */
export interface PreparedQuestion {
  question: EvalQuestion;
  owner: string;
  vector: CorpusChunk[];
  /** The BM25 ranking with the question's WordNet synonyms at a weight (0: its own words only), made on first use. */
  textAt: (expansionWeight: number) => CorpusChunk[];
  /** Which stems the owner's chunks hold (what RetrievalService.knownStems answers); one function per question, so the answerer can remember its answer. */
  knownStems: (stems: string[]) => Promise<ReadonlySet<string>>;
}

/**
 * Rankings of each question over its owner's chunks. `ownerOf` maps a session to the patient
 * holding it (the set's own patients, or a pooled long history).
 */
export async function prepareQuestions(corpus: Corpus, questions: EvalQuestion[], ownerOf: (sessionOrPatient: { patient: string; sessionId?: string }) => string, cacheDir: string, depth = 40): Promise<PreparedQuestion[]> {
  const queryVectors = await cachedEmbeddings(corpus.embedder, questions.map((q) => q.question), cacheDir, 'query');
  const byOwner = new Map<string, CorpusChunk[]>();
  for (const c of corpus.chunks) {
    const owner = ownerOf({ patient: c.patient, sessionId: c.sessionId });
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), c]);
  }
  const wordnet = loadWordNet((message) => console.warn(message));
  const stemsOf = new Map([...byOwner].map(([owner, chunks]) => [owner, new Set(chunks.flatMap((c) => [...c.document.frequencies.keys()]))]));
  return questions.map((question, i) => {
    const owner = ownerOf({ patient: question.patient, sessionId: question.session_id ?? undefined });
    const own = byOwner.get(owner) ?? [];
    const vector = own
      .map((c) => ({ c, s: cosine(queryVectors[i], c.vector) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, depth)
      .map((x) => ({ ...x.c, score: x.s }));
    const documents = own.map((c) => c.document);
    const texts = new Map<number, CorpusChunk[]>();
    const textAt = (weight: number) => {
      if (!texts.has(weight)) {
        const { terms, weights } = expandQuery(question.question, wordnet, weight);
        texts.set(weight, bm25Rank(terms, documents, weights).slice(0, depth).map((x) => ({ ...x.item, score: x.score })));
      }
      return texts.get(weight)!;
    };
    const held = stemsOf.get(owner) ?? new Set<string>();
    return { question, owner, vector, textAt, knownStems: async (stems: string[]) => new Set(stems.filter((s) => held.has(s))) };
  });
}

/** How the in-process pipeline answers. */
export interface PipelineParams {
  fusion: FusionOptions;
  answer: OfflineAnswerOptions;
  /** Passages given to the answerer (the chat uses 5). */
  passages: number;
}

/** The fused passages of a prepared question. */
export function retrieved(prepared: PreparedQuestion, fusion: FusionOptions): RetrievedChunk[] {
  return fuse({ vector: prepared.vector, text: prepared.textAt(fusion.expansionWeight ?? 0) }, fusion);
}

/** An embedder that remembers every vector it made (the eval embeds the same utterances many times). */
export class MemoEmbedder implements Embedder {
  private readonly memo = new Map<string, number[]>();
  constructor(private readonly inner: Embedder) {}
  get model(): string {
    return this.inner.model;
  }
  get dimensions(): number {
    return this.inner.dimensions;
  }
  /** The inner embedder's word knowledge, when it has some (the offline answerer's related words). */
  async wordKnowledge(): Promise<WordKnowledge> {
    if (!hasWordKnowledge(this.inner)) throw new Error(`${this.inner.model} has no word knowledge`);
    return this.inner.wordKnowledge();
  }
  async embed(texts: string[], kind: 'document' | 'query'): Promise<number[][]> {
    const missing = [...new Set(texts.filter((t) => !this.memo.has(`${kind}:${t}`)))];
    if (missing.length) (await this.inner.embed(missing, kind)).forEach((v, i) => this.memo.set(`${kind}:${missing[i]}`, v));
    return texts.map((t) => this.memo.get(`${kind}:${t}`)!);
  }
}

/** An outcome with the answerer's evidence signals, so decline thresholds can be applied afterwards. */
export interface ScoredOutcome {
  outcome: QuestionOutcome;
  evidence: { relevance: number; sourceCoverage: number; unfamiliarity: number };
  /** The answer as the patient reads it. */
  text: string;
  /** Sessions its citations point at. */
  citedSessions: string[];
}

/** The outcome had the answerer declined below these thresholds (what OfflineChatModel does with that minRelevance, minSourceCoverage and unfamiliarityWeight). */
export function atThreshold(scored: ScoredOutcome, minRelevance: number, minSourceCoverage = 0, unfamiliarityWeight = 0): QuestionOutcome {
  const weak = isWeak(scored.evidence, { minRelevance, minSourceCoverage, unfamiliarityWeight });
  return weak ? { ...scored.outcome, citationRank: 0, declined: true } : scored.outcome;
}

/** Answers one question as the chat does and scores it; its thresholds should be 0 to keep the evidence signals usable. */
export async function answerOutcome(
  corpus: Corpus,
  prepared: PreparedQuestion,
  params: PipelineParams,
  model: ChatModel = new OfflineChatModel(params.answer, corpus.embedder),
  conversation?: { message: string; history: ChatTurn[]; preferSessions?: string[] },
): Promise<ScoredOutcome> {
  const { question } = prepared;
  const found = preferSessions(retrieved(prepared, params.fusion), conversation?.preferSessions).slice(0, params.passages);
  const passages = found.map((c) => ({ ...c, utterances: utterancesOfChunk(c, corpus.segments.get(c.sessionId) ?? []) })).filter((p) => p.utterances.length);
  const sources = passages.map((p, i) => passageSource(p, i + 1));
  const ownerOfSession = new Map(corpus.chunks.map((c) => [c.sessionId, c]));
  let citations: { sessionId: string; patientId: string; start: number; end: number }[] = [];
  let evidence: ScoredOutcome['evidence'] = { relevance: 0, sourceCoverage: 0, unfamiliarity: 1 };
  let text = '';
  if (sources.length) {
    // A follow-up is asked as itself; its rewrite (the prepared question) is what retrieval searched.
    const asked = conversation ? { question: conversation.message, searchQuery: question.question, history: conversation.history } : { question: question.question, history: [] };
    const answer = await model.answer({ ...asked, sources, firstMessage: !conversation, knownStems: prepared.knownStems });
    evidence = { unfamiliarity: 0, ...(answer.evidence ?? { relevance: 1, sourceCoverage: 1 }) };
    text = answer.text;
    citations = extractCitations(answer.text, sources).citations.map((c) => ({ sessionId: c.sessionId, patientId: ownerOfSession.get(c.sessionId)?.patient ?? '?', start: c.startSec, end: c.endSec }));
  }
  const spans = found.map((c) => ({ sessionId: c.sessionId, patientId: ownerOfSession.get(c.sessionId)?.patient ?? '?', start: c.startSec, end: c.endSec }));
  const outcome = {
    question,
    citationRank: question.type === 'answerable' ? citationRank(question, citations) : 0,
    passageRank: question.type === 'answerable' ? spans.findIndex((s) => isHit(question, s)) + 1 : 0,
    declined: citations.length === 0,
    leak: false,
  };
  return { outcome, evidence, text, citedSessions: [...new Set(citations.map((c) => c.sessionId))] };
}
