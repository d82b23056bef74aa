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
import type { WordNet } from '../../retrieval/wordnet';

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
  /**
   * Added to the relevance of a sentence naming a kind of the thing a "what/which <noun>" question
   * asks for (WordNet hypernyms: "liver" for "what organ", "beer" for "what kind of drinks"; default 0).
   */
  kindWeight?: number;
  /**
   * Added to the relevance of a sentence that names the thing a "what/which <noun>" question asks
   * for ("a breathing exercise called four seven eight", "a technique known as…"; default 0).
   */
  namingWeight?: number;
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
export function rankCandidates(question: string, sources: readonly ChatSource[], options: ScoringOptions, semantic?: SemanticScore, wordnet?: WordNet | null): Candidate[] {
  const candidates = sources.slice(0, options.maxSources ?? MAX_SOURCES).flatMap((source, rank) => candidatesOf(source, rank));
  const preferred = askedSpeaker(question);
  const kind = options.kindWeight && wordnet ? namesAskedKind(question, wordnet) : undefined;
  const naming = options.namingWeight ? namesAskedThing(question) : undefined;
  const meaning = (c: Candidate) =>
    options.semanticWeight * (semantic?.(c.source, c.lineIndex) ?? 0) + (kind?.(c.span.text) ? options.kindWeight! : 0) + (naming?.(c.span.text) ? options.namingWeight! : 0);
  const factor = (c: Candidate) => (preferred !== undefined && c.speaker === preferred ? options.rolePreference ?? ROLE_PREFERENCE : 1) * (c.span.text.endsWith('?') ? options.questionSentenceFactor ?? QUESTION_SENTENCE_FACTOR : 1);
  scoreCandidates(candidates, contentTerms(question), factor, meaning, options.rankDecay ?? RANK_DECAY);
  return candidates.sort((a, b) => b.score - a.score);
}

const AUXILIARY = new Set(['did', 'do', 'does', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'would', 'could', 'should', 'can', 'will', 'am', 'i', 'my', 'we', 'you', 'the', 'a', 'an', 'made', 'makes', 'make']);

/**
 * For a "what/which [kind of] [adjective] <noun>" question, a test of whether a sentence names a kind
 * of that noun (WordNet hypernyms of its words, the question's own words excepted); undefined when
 * the question asks for no noun ("what did I say…").
 */
export function namesAskedKind(question: string, wordnet: WordNet): ((sentence: string) => boolean) | undefined {
  const asked = askedNoun(question);
  if (!asked) return undefined;
  const noun = asked.second && wordnet.nounSenses(asked.second, 1).length ? asked.second : asked.first;
  const kinds = new Set(wordnet.nounSenses(noun, 3));
  if (!kinds.size) return undefined;
  const own = new Set(contentWords(question));
  const memo = new Map<string, boolean>();
  const isKind = (word: string) => {
    let found = memo.get(word);
    if (found === undefined) memo.set(word, (found = !own.has(word) && wordnet.isKindOf(word, kinds)));
    return found;
  };
  return (sentence) => contentWords(sentence).some(isKind);
}

/** The noun a "what/which [kind of] [adjective] <noun>" question asks for, or undefined ("what did I say…"). */
function askedNoun(question: string): { first: string; second?: string } | undefined {
  const match = /\b(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?([a-z]+)(?:\s+([a-z]+))?/i.exec(question);
  if (!match) return undefined;
  const [first, second] = [match[1].toLowerCase(), match[2]?.toLowerCase()];
  if (AUXILIARY.has(first)) return undefined;
  return { first, second: second && !AUXILIARY.has(second) ? second : undefined };
}

const NAMING = /^(?:es|s)?\s+(?:called|named|known as|which is called|that is called|called the|named the)\b/;

/**
 * For a "what/which [adjective] <noun>" question, a test of whether a sentence names that thing:
 * the noun (or the adjective-noun pair's head) right before "called", "named", "known as"
 * ("a breathing exercise called four seven eight" for "what breathing exercise…").
 */
export function namesAskedThing(question: string): ((sentence: string) => boolean) | undefined {
  const asked = askedNoun(question);
  if (!asked) return undefined;
  const nouns = [...new Set([asked.first, asked.second].filter((w): w is string => !!w).map((w) => w.replace(/s$/, '')))];
  return (sentence) => {
    const lower = sentence.toLowerCase();
    return nouns.some((noun) => {
      for (let at = lower.indexOf(noun); at >= 0; at = lower.indexOf(noun, at + 1)) {
        if ((at === 0 || !/[a-z]/.test(lower[at - 1])) && NAMING.test(lower.slice(at + noun.length))) return true;
      }
      return false;
    });
  };
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
