/**
 * How the offline answerer scores each sentence of its sources for a question: rarity-weighted
 * coverage of the question's content terms, similarity in meaning of the sentence's utterance,
 * and light preferences (earlier sources, statements over questions, the speaker the question
 * asks about).
 */
import type { ChatSource } from '../../providers/chat-model';
import { contentTerms, contentWords, parseLines } from '../../chat/sentences';
import { splitSentences, type Span } from '../../text/sentences';
import { stem } from '../../text/stemmer';
import type { SemanticScore } from './semantic';

/** What sentence scoring reads of the answerer's options. */
export interface ScoringOptions {
  /** Weight of the utterance's similarity in meaning to the question (cosine of embeddings), when an embedder is given. */
  semanticWeight: number;
  /** A sentence's score is divided by 1 + rankDecay × its source's rank (default 0.1). */
  rankDecay?: number;
  /** Score factor for the speaker the question asks about ("what did I say", "what did my therapist suggest"; default 1.2). */
  rolePreference?: number;
  /** Score factor for a sentence that is itself a question (default 0.8). */
  questionSentenceFactor?: number;
  /** How many of the sources (best first) are read (default MAX_SOURCES). */
  maxSources?: number;
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

/** At most this many sources are read (they arrive best first). */
export const MAX_SOURCES = 5;
const RANK_DECAY = 0.1;
/** Score factor for the speaker a question asks about ("what did I say" → the patient, "what did my therapist suggest" → the therapist). */
const ROLE_PREFERENCE = 1.2;
const QUESTION_SENTENCE_FACTOR = 0.8;
const ASKS_ABOUT_THERAPIST = /\b(therapist|counsel+or|suggest\w*|recommend\w*|advi[cs]e\w*|you said|you told)\b/i;
const ASKS_ABOUT_SELF = /\b(did i|have i|i said|i say|i told|i mention\w*)\b/i;

/** The speaker a question asks about: "what did my therapist suggest" → Therapist, "what did I say" → Patient, else undefined. */
export function askedSpeaker(question: string): 'Therapist' | 'Patient' | undefined {
  return ASKS_ABOUT_THERAPIST.test(question) ? 'Therapist' : ASKS_ABOUT_SELF.test(question) ? 'Patient' : undefined;
}

/** Every sentence of the first sources, scored for the question, best first. */
export function rankCandidates(question: string, sources: readonly ChatSource[], options: ScoringOptions, semantic?: SemanticScore): Candidate[] {
  const candidates = sources.slice(0, options.maxSources ?? MAX_SOURCES).flatMap((source, rank) => candidatesOf(source, rank));
  const preferred = askedSpeaker(question);
  const meaning = (c: Candidate) => options.semanticWeight * (semantic?.(c.source, c.lineIndex) ?? 0);
  const factor = (c: Candidate) => (preferred !== undefined && c.speaker === preferred ? options.rolePreference ?? ROLE_PREFERENCE : 1) * (c.span.text.endsWith('?') ? options.questionSentenceFactor ?? QUESTION_SENTENCE_FACTOR : 1);
  scoreCandidates(candidates, contentTerms(question), factor, meaning, options.rankDecay ?? RANK_DECAY);
  return candidates.sort((a, b) => b.score - a.score);
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
 * never said stays below the bar). Score adds light
 * preferences: earlier sources, statements over questions, and the speaker the question asks about.
 */
function scoreCandidates(candidates: Candidate[], questionTerms: string[], factor: (c: Candidate) => number, meaning: (c: Candidate) => number, rankDecay: number): void {
  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates) for (const term of candidate.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const weight = (term: string) => Math.log(1 + candidates.length / ((documentFrequency.get(term) ?? 0) + 0.5));
  const total = questionTerms.reduce((sum, term) => sum + weight(term), 0) || 1;
  for (const candidate of candidates) {
    const matched = questionTerms.filter((term) => candidate.terms.has(term));
    candidate.coverage = matched.reduce((sum, term) => sum + weight(term), 0) / total;
    candidate.relevance = candidate.coverage + meaning(candidate);
    candidate.score = (candidate.relevance * factor(candidate)) / (1 + rankDecay * candidate.rank);
  }
}
