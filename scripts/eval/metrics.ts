/** One retrieved chunk as the eval README defines it: a session and the time range it covers. */
export interface RetrievedSpan {
  sessionId: string;
  patientId: string;
  start: number;
  end: number;
}

/** One question of the eval set. */
export interface EvalQuestion {
  id: string;
  patient: string;
  question: string;
  session_id: string | null;
  evidence_utterance_indexes: number[];
  evidence_spans: [number, number][];
  difficulty: 'normal' | 'hard';
  type: 'answerable' | 'foreign';
}

/** A chunk counts when it is from the right session and overlaps an evidence span within 1 s. */
export function isHit(q: EvalQuestion, chunk: RetrievedSpan): boolean {
  return chunk.sessionId === q.session_id && q.evidence_spans.some(([s, e]) => chunk.start <= e + 1 && chunk.end >= s - 1);
}

/** hit@1/3/5 and MRR@10 over answerable questions, and leaks over all of them. */
export function score(results: { question: EvalQuestion; chunks: RetrievedSpan[]; askerPatientId: string }[]) {
  const answerable = results.filter((r) => r.question.type === 'answerable');
  const rank = (r: (typeof results)[number]) => r.chunks.slice(0, 10).findIndex((c) => isHit(r.question, c)) + 1;
  const hitAt = (k: number, rows = answerable) => (rows.length ? rows.filter((r) => rank(r) > 0 && rank(r) <= k).length / rows.length : 0);
  const mrr = (rows = answerable) => (rows.length ? rows.reduce((sum, r) => sum + (rank(r) > 0 ? 1 / rank(r) : 0), 0) / rows.length : 0);
  const split = (difficulty: string) => answerable.filter((r) => r.question.difficulty === difficulty);
  return {
    n: answerable.length,
    hit1: hitAt(1),
    hit3: hitAt(3),
    hit5: hitAt(5),
    mrr: mrr(),
    normal: { hit3: hitAt(3, split('normal')), mrr: mrr(split('normal')) },
    hard: { hit3: hitAt(3, split('hard')), mrr: mrr(split('hard')) },
    leak: results.filter((r) => r.chunks.some((c) => c.patientId !== r.askerPatientId)).length,
  };
}

/** One chat answer as the eval reads it: what it cites (session and time range) and whether it says it found nothing. */
export interface EvalAnswer {
  citations: RetrievedSpan[];
  notFound: boolean;
  /** Answered as a crisis (resources, no retrieval): on this set, a false alarm. */
  crisis: boolean;
}

/**
 * How the assistant answers, beyond retrieval: for answerable questions, the share whose answer
 * cites the evidence (a citation from the right session overlapping an evidence span within 1 s)
 * and the share answered "nothing found"; for foreign questions, the share answered "nothing
 * found" with no citation; and leaks (a citation from another patient's session) over all.
 */
export function scoreAnswers(results: { question: EvalQuestion; answer: EvalAnswer; askerPatientId: string }[]) {
  const answerable = results.filter((r) => r.question.type === 'answerable');
  const foreign = results.filter((r) => r.question.type === 'foreign');
  const share = (rows: typeof results, test: (r: (typeof results)[number]) => boolean) => (rows.length ? rows.filter(test).length / rows.length : 0);
  return {
    answerable: answerable.length,
    foreign: foreign.length,
    citesEvidence: share(answerable, (r) => r.answer.citations.some((c) => isHit(r.question, c))),
    answerableNotFound: share(answerable, (r) => r.answer.notFound),
    foreignDeclined: share(foreign, (r) => r.answer.notFound && r.answer.citations.length === 0),
    crisisReplies: results.filter((r) => r.answer.crisis).length,
    leak: results.filter((r) => r.answer.citations.some((c) => c.patientId !== r.askerPatientId)).length,
  };
}

/** Seconds of slack for a citation: the README's citation hit@k rule. */
export const CITATION_SLACK_SEC = 20;

/** A citation counts when it is from the right session and lies within 20 s of an evidence span. */
export function isCitationHit(q: EvalQuestion, citation: RetrievedSpan): boolean {
  return citation.sessionId === q.session_id && q.evidence_spans.some(([s, e]) => citation.start <= e + CITATION_SLACK_SEC && citation.end >= s - CITATION_SLACK_SEC);
}

/** 1-based rank of the first citation that hits, 0 when none of the first `cutoff` does. */
export function citationRank(q: EvalQuestion, citations: readonly RetrievedSpan[], cutoff = 10): number {
  return citations.slice(0, cutoff).findIndex((c) => isCitationHit(q, c)) + 1;
}

/** Per-question outcome of one answer, the unit every table aggregates. */
export interface QuestionOutcome {
  question: EvalQuestion;
  /** Rank of the first citation that hits (0: none), answerable questions only. */
  citationRank: number;
  /** Rank of the first retrieved passage that overlaps the evidence (diagnostic, 0: none). */
  passageRank: number;
  /** The answer declined (no citation). */
  declined: boolean;
  /** A citation or passage from another patient's session. */
  leak: boolean;
}

/** hit@1/3/5 and MRR of citations over answerable outcomes, plus the answer-level shares. */
export function summarize(outcomes: readonly QuestionOutcome[]) {
  const answerable = outcomes.filter((o) => o.question.type === 'answerable');
  const foreign = outcomes.filter((o) => o.question.type === 'foreign');
  const share = (rows: readonly QuestionOutcome[], test: (o: QuestionOutcome) => boolean) => (rows.length ? rows.filter(test).length / rows.length : NaN);
  const hit = (k: number) => share(answerable, (o) => o.citationRank > 0 && o.citationRank <= k);
  return {
    answerable: answerable.length,
    foreign: foreign.length,
    hit1: hit(1),
    hit3: hit(3),
    hit5: hit(5),
    mrr: answerable.length ? answerable.reduce((sum, o) => sum + (o.citationRank ? 1 / o.citationRank : 0), 0) / answerable.length : NaN,
    passageHit3: share(answerable, (o) => o.passageRank > 0 && o.passageRank <= 3),
    /** Answerable questions answered with a citation of the evidence (any of its citations). */
    citesEvidence: share(answerable, (o) => o.citationRank > 0),
    answerableDeclined: share(answerable, (o) => o.declined),
    foreignDeclined: share(foreign, (o) => o.declined),
    leak: outcomes.filter((o) => o.leak).length,
  };
}
