import type { ChatAnswer, ChatModel, ChatRequest, ChatSource, ChatTurn } from '../../providers/chat-model';
import { isFollowUp } from '../../chat/follow-up';
import type { Embedder } from '../../providers/embedder';
import { loadWordNet } from '../../retrieval/wordnet';
import { hasWordKnowledge, type WordKnowledge } from '../embedder/word-knowledge';
import { semanticScores, type SemanticScore } from './semantic';
import { memoUnfamiliarity, unfamiliarity } from './unfamiliarity';
import { contentTerms, contentWords } from '../../chat/sentences';
import { stem } from '../../text/stemmer';
import { askedSpeaker, MAX_SOURCES, rankCandidates, type Candidate, type ScoringOptions } from './scoring';

export { rankCandidates, type Candidate } from './scoring';

/** Reported as ChatAnswer.model; bump it when the selection rules change. */
export const OFFLINE_MODEL = 'offline-extractive-v7';

const AI_REMINDER = "Just so you know, I'm an AI assistant, and I only know what was said in your recorded sessions.";
const NOT_FOUND = "I don't find that in your sessions. Your therapist would be the best person to ask.";
const CLINICAL_NOTE = "I can't give advice about medication or diagnoses, so please talk with your therapist or prescriber before deciding anything.";

/** At most this many sentences are quoted, from the first few sources (they arrive best first). */
const MAX_QUOTES = 3;
const MAX_QUOTED_CHARS = 600;
/** What the answerer needs before it quotes anything. */
export interface OfflineAnswerOptions extends ScoringOptions {
  /**
   * Least relevance (term coverage + semanticWeight × meaning similarity) of the best sentence;
   * below it the answer declines: the evidence is too weak to quote.
   */
  minRelevance: number;
  /** Least share of the question's content terms found anywhere in the sources; below it the answer declines. */
  minSourceCoverage: number;
  /** Quote at most one sentence of an utterance, so each citation points at a different place (default false). */
  distinctUtterances?: boolean;
  /**
   * Seconds a further quote must lie from every quote already chosen in the same session (a reply
   * to a quoted question excepted), so the citations point at different places (default 0).
   */
  minGapSec?: number;
  /**
   * In a short recording the gap shrinks to this share of the time the session's sources span
   * (first utterance to last), so a one-minute session can still show its two places (default: no
   * shrinking).
   */
  gapShare?: number;
  /** Further quotes must score at least this fraction of the best one (default 0.6). */
  relativeScore?: number;
  /**
   * How much the question's unfamiliarity (see Evidence) lowers its relevance before the decline
   * test: relevance − unfamiliarityWeight × unfamiliarity < minRelevance declines (default 0).
   */
  unfamiliarityWeight?: number;
}

/** With an embedder: chosen by patient-wise cross-validation on the development set (`npm run eval`). */
export const DEFAULT_OFFLINE_ANSWER: Readonly<OfflineAnswerOptions> = Object.freeze({ minRelevance: 0.25, semanticWeight: 1, minSourceCoverage: 0, unfamiliarityWeight: 1, distinctUtterances: true, relativeScore: 0.4, minGapSec: 30, gapShare: 0.25, kindWeight: 0.3, namingWeight: 0.3 });
/** Without an embedder: words alone (the previous answerer's threshold). */
export const LEXICAL_OFFLINE_ANSWER: Readonly<OfflineAnswerOptions> = Object.freeze({ minRelevance: 0.15, semanticWeight: 0, minSourceCoverage: 0 });
/** Further quotes must score at least this fraction of the best one. */
const RELATIVE_SCORE = 0.6;

const CLINICAL = /\b(medications?|medicines?|meds|pills?|tablets?|doses?|dosage|prescri\w*|antidepressants?|diagnos\w*)\b/i;

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
    const semantic = this.embedder && this.options.semanticWeight > 0 ? await semanticScores(this.embedder, question, request.sources.slice(0, this.options.maxSources ?? MAX_SOURCES)) : undefined;
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
  const candidates = rankCandidates(question, sources, options, semantic, options.kindWeight ? loadWordNet() : null);
  if ((!questionTerms.length && !semantic) || !candidates.length) return { quotes: [], evidence: { relevance: 0, sourceCoverage: 0, unfamiliarity: 1 } };
  const ranked = candidates;
  const best = ranked[0];
  const inSources = new Set(candidates.flatMap((c) => [...c.terms]));
  const evidence = {
    relevance: Math.max(...candidates.map((c) => c.relevance)),
    sourceCoverage: questionTerms.length ? questionTerms.filter((t) => inSources.has(t)).length / questionTerms.length : 0,
    unfamiliarity: historyUnfamiliar ?? (words ? unfamiliarity(question, candidates, words) : 0),
  };
  if (!best || isWeak(evidence, options) || evidence.sourceCoverage < options.minSourceCoverage || best.relevance <= 0) return { quotes: [], evidence };
  const chosen: Candidate[] = [];
  const asked = askedSpeaker(question);
  const spans = sessionSpans(sources);
  const gapIn = (sessionId: string) => Math.min(options.minGapSec ?? 0, options.gapShare === undefined ? Infinity : options.gapShare * (spans.get(sessionId) ?? Infinity));
  let quotedChars = 0;
  const add = (candidate: Candidate, isReply = false) => {
    if (chosen.length >= MAX_QUOTES || chosen.some((c) => c.span.text === candidate.span.text)) return;
    if (options.distinctUtterances && chosen.some((c) => c.source.sessionId === candidate.source.sessionId && sameUtterance(c, candidate))) return;
    // The first quote of the speaker the question asks about may stand next to another speaker's.
    const exempt = isReply || (candidate.speaker === asked && !chosen.some((c) => c.speaker === asked));
    if (!exempt && options.minGapSec && chosen.some((c) => c.source.sessionId === candidate.source.sessionId && secondsApart(c, candidate) < gapIn(c.source.sessionId))) return;
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
      if (reply) add(reply, true);
    }
  }
  // Best first, each question's reply right after it: the first citation is the strongest evidence.
  return { quotes: chosen, evidence };
}

/** The evidence is too weak to quote: the answer declines. */
export function isWeak(evidence: Evidence, options: Pick<OfflineAnswerOptions, 'minRelevance' | 'minSourceCoverage' | 'unfamiliarityWeight'>): boolean {
  return evidence.relevance - (options.unfamiliarityWeight ?? 0) * evidence.unfamiliarity < options.minRelevance || evidence.sourceCoverage < options.minSourceCoverage;
}

/** Per session, the seconds its sources' utterances span (first start to last end). */
function sessionSpans(sources: readonly ChatSource[]): Map<string, number> {
  const extent = new Map<string, { start: number; end: number }>();
  for (const source of sources) {
    for (const u of source.utterances ?? [{ startSec: source.startSec, endSec: source.endSec }]) {
      const e = extent.get(source.sessionId);
      if (!e) extent.set(source.sessionId, { start: u.startSec, end: u.endSec });
      else extent.set(source.sessionId, { start: Math.min(e.start, u.startSec), end: Math.max(e.end, u.endSec) });
    }
  }
  return new Map([...extent].map(([id, e]) => [id, e.end - e.start]));
}

/** Seconds between the utterances of two sentences (0 when they overlap or either has no times). */
function secondsApart(a: Candidate, b: Candidate): number {
  const ua = a.source.utterances?.[a.lineIndex];
  const ub = b.source.utterances?.[b.lineIndex];
  if (!ua || !ub) return 0;
  return Math.max(0, ua.startSec - ub.endSec, ub.startSec - ua.endSec);
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
