import type { ChatAnswer, ChatModel, ChatRequest, ChatSource, ChatTurn } from '../../providers/chat-model';
import { isFollowUp } from '../../chat/follow-up';
import type { Embedder } from '../../providers/embedder';
import { hasWordKnowledge, type WordKnowledge } from '../embedder/word-knowledge';
import { semanticScores, type SemanticScore } from './semantic';
import { memoUnfamiliarity, unfamiliarity } from './unfamiliarity';
import { contentTerms, contentWords, parseLines } from '../../chat/sentences';
import { splitSentences, type Span } from '../../text/sentences';
import { stem } from '../../text/stemmer';

/** Reported as ChatAnswer.model; bump it when the selection rules change. */
export const OFFLINE_MODEL = 'offline-extractive-v4';

const AI_REMINDER = "Just so you know, I'm an AI assistant, and I only know what was said in your recorded sessions.";
const NOT_FOUND = "I don't find that in your sessions. Your therapist would be the best person to ask.";
const CLINICAL_NOTE = "I can't give advice about medication or diagnoses, so please talk with your therapist or prescriber before deciding anything.";

/** At most this many sentences are quoted, from the first few sources (they arrive best first). */
const MAX_QUOTES = 3;
const MAX_SOURCES = 5;
/** A sentence's score is divided by 1 + RANK_DECAY × its source's rank (earlier sources first). */
const RANK_DECAY = 0.1;
const MAX_QUOTED_CHARS = 600;
/** What the answerer needs before it quotes anything. */
export interface OfflineAnswerOptions {
  /**
   * Least relevance (term coverage + semanticWeight × meaning similarity) of the best sentence;
   * below it the answer declines: the evidence is too weak to quote.
   */
  minRelevance: number;
  /** Weight of the utterance's similarity in meaning to the question (cosine of embeddings), when an embedder is given. */
  semanticWeight: number;
  /** Least share of the question's content terms found anywhere in the sources; below it the answer declines. */
  minSourceCoverage: number;
  /** Quote at most one sentence of an utterance, so each citation points at a different place (default false). */
  distinctUtterances?: boolean;
  /** Further quotes must score at least this fraction of the best one (default 0.6). */
  relativeScore?: number;
  /**
   * How much the question's unfamiliarity (see Evidence) lowers its relevance before the decline
   * test: relevance − unfamiliarityWeight × unfamiliarity < minRelevance declines (default 0).
   */
  unfamiliarityWeight?: number;
}

/** With an embedder: chosen by patient-wise cross-validation on the development set (`npm run eval`). */
export const DEFAULT_OFFLINE_ANSWER: Readonly<OfflineAnswerOptions> = Object.freeze({ minRelevance: 0.25, semanticWeight: 1, minSourceCoverage: 0, unfamiliarityWeight: 1, distinctUtterances: true, relativeScore: 0.4 });
/** Without an embedder: words alone (the previous answerer's threshold). */
export const LEXICAL_OFFLINE_ANSWER: Readonly<OfflineAnswerOptions> = Object.freeze({ minRelevance: 0.15, semanticWeight: 0, minSourceCoverage: 0 });
/** Further quotes must score at least this fraction of the best one. */
const RELATIVE_SCORE = 0.6;
/** Score factor for the speaker a question asks about ("what did I say" → the patient, "what did my therapist suggest" → the therapist). */
const ROLE_PREFERENCE = 1.2;

const CLINICAL = /\b(medications?|medicines?|meds|pills?|tablets?|doses?|dosage|prescri\w*|antidepressants?|diagnos\w*)\b/i;
const ASKS_ABOUT_THERAPIST = /\b(therapist|counsel+or|suggest\w*|recommend\w*|advi[cs]e\w*|you said|you told)\b/i;
const ASKS_ABOUT_SELF = /\b(did i|have i|i said|i say|i told|i mention\w*)\b/i;

/** How well the sources support an answer: its best sentence's relevance, and the share of the question's terms the sources hold. */
export interface Evidence {
  relevance: number;
  sourceCoverage: number;
  /**
   * Share of the question's words (weighted by how rare they are in English) that the patient's
   * sessions neither hold nor hold a close relative of: high when the question is about something
   * never said ("asthma", "tai chi"). Judged over the whole history when the request carries
   * `knownStems`, else over the sources; 0 without word knowledge.
   */
  unfamiliarity: number;
}

/** A sentence of a source, with what it says and how well it answers the question. */
export interface Candidate {
  source: ChatSource;
  rank: number;
  lineIndex: number;
  speaker: string | undefined;
  span: Span;
  terms: Set<string>;
  /** Content terms of the sentence's whole utterance, and its content words as written. */
  lineTerms: Set<string>;
  lineWords: string[];
  coverage: number;
  /** Coverage plus the weighted similarity in meaning. */
  relevance: number;
  score: number;
}

/**
 * An answerer that needs no network and invents nothing: it quotes, verbatim, the one to three
 * sentences of the top sources that share the most (rarity-weighted) content terms with the
 * question, and says who said each and in which session. Without such overlap it says it found
 * nothing, with no citation. It cannot paraphrase or reason, so it only suits an offline demo
 * or an outage; it never gives advice, and names the therapist for anything clinical.
 */
export class OfflineChatModel implements ChatModel {
  readonly name = 'offline:extractive';

  /** With an embedder, sentences are also judged by meaning (their utterance's similarity to the question). */
  constructor(options?: OfflineAnswerOptions, embedder?: Embedder) {
    this.options = options ?? (embedder ? DEFAULT_OFFLINE_ANSWER : LEXICAL_OFFLINE_ANSWER);
    this.embedder = embedder;
  }

  private readonly options: OfflineAnswerOptions;
  private readonly embedder?: Embedder;

  /** Quotes the best-matching sentences of the sources, framed by speaker and session date. */
  async answer(request: ChatRequest): Promise<ChatAnswer> {
    // A follow-up ("and what did I say about that?") is judged by its standalone rewrite.
    const question = request.searchQuery && request.searchQuery !== request.question ? `${request.question} ${request.searchQuery}` : request.question;
    const semantic = this.embedder && this.options.semanticWeight > 0 ? await semanticScores(this.embedder, question, request.sources.slice(0, MAX_SOURCES)) : undefined;
    const words = hasWordKnowledge(this.embedder) ? await this.embedder.wordKnowledge() : undefined;
    const unfamiliar = words && request.knownStems ? await memoUnfamiliarity(question, words, request.knownStems) : undefined;
    const { quotes, evidence } = selectQuotes(question, request.sources, this.options, semantic, words, unfamiliar);
    const parts = [
      ...(request.firstMessage ? [AI_REMINDER] : []),
      quotes.length ? frameQuotes(quotes, request.sessionDates) : NOT_FOUND,
      ...(CLINICAL.test(request.question) ? [CLINICAL_NOTE] : []),
    ];
    return { text: parts.join('\n\n'), model: OFFLINE_MODEL, evidence };
  }

  /** A follow-up ("and the second one?") borrows the content words of the previous question. */
  async rewriteQuery(question: string, history: ChatTurn[]): Promise<string> {
    const previous = [...history].reverse().find((turn) => turn.role === 'user' && turn.content.trim() !== question.trim());
    if (!previous || !isFollowUp(question)) return question;
    const known = new Set(contentTerms(question));
    const borrowed = [...new Set(contentWords(previous.content))].filter((word) => !known.has(stem(word)));
    return borrowed.length ? `${question} ${borrowed.join(' ')}` : question;
  }
}

/** The quotes to show, best first; empty when nothing in the sources is about the question. */
export function selectQuotes(question: string, sources: readonly ChatSource[], options: OfflineAnswerOptions = DEFAULT_OFFLINE_ANSWER, semantic?: SemanticScore, words?: WordKnowledge, historyUnfamiliar?: number): { quotes: Candidate[]; evidence: Evidence } {
  const questionTerms = contentTerms(question);
  const candidates = sources.slice(0, MAX_SOURCES).flatMap((source, rank) => candidatesOf(source, rank));
  if ((!questionTerms.length && !semantic) || !candidates.length) return { quotes: [], evidence: { relevance: 0, sourceCoverage: 0, unfamiliarity: 1 } };
  const preferred = ASKS_ABOUT_THERAPIST.test(question) ? 'Therapist' : ASKS_ABOUT_SELF.test(question) ? 'Patient' : undefined;
  scoreCandidates(candidates, questionTerms, preferred, (c) => options.semanticWeight * (semantic?.(c.source, c.lineIndex) ?? 0));
  const ranked = candidates.sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const inSources = new Set(candidates.flatMap((c) => [...c.terms]));
  const evidence = {
    relevance: Math.max(...candidates.map((c) => c.relevance)),
    sourceCoverage: questionTerms.length ? questionTerms.filter((t) => inSources.has(t)).length / questionTerms.length : 0,
    unfamiliarity: historyUnfamiliar ?? (words ? unfamiliarity(question, candidates, words) : 0),
  };
  if (!best || isWeak(evidence, options) || evidence.sourceCoverage < options.minSourceCoverage || best.relevance <= 0) return { quotes: [], evidence };
  const chosen: Candidate[] = [];
  let quotedChars = 0;
  const add = (candidate: Candidate) => {
    if (chosen.length >= MAX_QUOTES || chosen.some((c) => c.span.text === candidate.span.text)) return;
    if (options.distinctUtterances && chosen.some((c) => c.source.sessionId === candidate.source.sessionId && sameUtterance(c, candidate))) return;
    if (chosen.length && quotedChars + candidate.span.text.length > MAX_QUOTED_CHARS) return;
    chosen.push(candidate);
    quotedChars += candidate.span.text.length;
  };
  for (const candidate of ranked) {
    if (candidate !== best && candidate.score < (options.relativeScore ?? RELATIVE_SCORE) * best.score) break;
    add(candidate);
    // A question that matches is only useful with the answer that follows it.
    if (candidate.span.text.endsWith('?')) {
      const reply = replyTo(candidate, candidates);
      if (reply) add(reply);
    }
  }
  // Best first, each question's reply right after it: the first citation is the strongest evidence.
  return { quotes: chosen, evidence };
}

function candidatesOf(source: ChatSource, rank: number): Candidate[] {
  const lines = parseLines(source.text, source.speakers);
  return lines.flatMap((line, lineIndex) => {
    const lineWords = [...new Set(contentWords(line.content))];
    const lineTerms = new Set(lineWords.map(stem));
    return splitSentences(line.content).map((span) => ({
      source,
      rank,
      lineIndex,
      speaker: line.speaker,
      span,
      terms: new Set(contentTerms(span.text)),
      lineTerms,
      lineWords,
      coverage: 0,
      relevance: 0,
      score: 0,
    }));
  });
}

/**
 * Coverage is the share of the question's terms a sentence holds, each weighted by how rare it
 * is among the candidates (a term no candidate holds weighs most, so a question about something
 * never said stays below the bar). Score adds light preferences: earlier sources, statements over
 * questions, and the speaker the question asks about ("what did my therapist suggest", "did I say").
 */
function scoreCandidates(candidates: Candidate[], questionTerms: string[], preferredSpeaker: string | undefined, meaning: (c: Candidate) => number): void {
  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates) for (const term of candidate.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const weight = (term: string) => Math.log(1 + candidates.length / ((documentFrequency.get(term) ?? 0) + 0.5));
  const total = questionTerms.reduce((sum, term) => sum + weight(term), 0) || 1;
  for (const candidate of candidates) {
    const matched = questionTerms.filter((term) => candidate.terms.has(term));
    candidate.coverage = matched.reduce((sum, term) => sum + weight(term), 0) / total;
    const roleFactor = preferredSpeaker !== undefined && candidate.speaker === preferredSpeaker ? ROLE_PREFERENCE : 1;
    const questionFactor = candidate.span.text.endsWith('?') ? 0.8 : 1;
    candidate.relevance = candidate.coverage + meaning(candidate);
    candidate.score = (candidate.relevance * roleFactor * questionFactor) / (1 + RANK_DECAY * candidate.rank);
  }
}

/** The evidence is too weak to quote: the answer declines. */
export function isWeak(evidence: Evidence, options: Pick<OfflineAnswerOptions, 'minRelevance' | 'minSourceCoverage' | 'unfamiliarityWeight'>): boolean {
  return evidence.relevance - (options.unfamiliarityWeight ?? 0) * evidence.unfamiliarity < options.minRelevance || evidence.sourceCoverage < options.minSourceCoverage;
}

/** Two sentences of the same transcript utterance (passages may overlap, so compare times when known). */
function sameUtterance(a: Candidate, b: Candidate): boolean {
  const ua = a.source.utterances?.[a.lineIndex];
  const ub = b.source.utterances?.[b.lineIndex];
  return ua && ub ? ua.startSec === ub.startSec && ua.speaker === ub.speaker : a.source === b.source && a.lineIndex === b.lineIndex;
}

/** The first sentence of the next line when another speaker says it. */
function replyTo(question: Candidate, candidates: readonly Candidate[]): Candidate | undefined {
  const next = candidates.find((c) => c.source === question.source && c.lineIndex === question.lineIndex + 1);
  return next && next.speaker !== question.speaker ? next : undefined;
}

/** `In your session on 3 March 2026, you said: "…" [2]`, one line per quote. */
function frameQuotes(quotes: readonly Candidate[], sessionDates?: Record<string, string>): string {
  return quotes
    .map((quote, i) => {
      const previous = quotes[i - 1];
      const who = speakerPhrase(quote.speaker);
      const quoted = `"${quote.span.text}" [${quote.source.index}]`;
      if (previous?.source === quote.source && previous.lineIndex + 1 === quote.lineIndex && previous.speaker !== quote.speaker) {
        return `${capitalise(who)} replied: ${quoted}`;
      }
      if (previous?.source === quote.source && previous.lineIndex === quote.lineIndex) return `${capitalise(who)} also said: ${quoted}`;
      if (previous?.source.sessionId === quote.source.sessionId) return `In the same session, ${who} said: ${quoted}`;
      return `In your session on ${displayDate(quote.source, sessionDates)}, ${who} said: ${quoted}`;
    })
    .join('\n');
}

function speakerPhrase(speaker: string | undefined): string {
  if (speaker === 'Therapist') return 'your therapist';
  if (speaker === 'Patient') return 'you';
  return speaker ?? 'someone';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The caller's display date, else the recording date in the same "3 March 2026" form (UTC). */
function displayDate(source: ChatSource, sessionDates?: Record<string, string>): string {
  return (
    sessionDates?.[source.sessionId] ??
    source.recordedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  );
}
