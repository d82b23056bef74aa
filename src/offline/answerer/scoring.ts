/**
 * How the offline answerer scores each sentence of its sources for a question: rarity-weighted
 * coverage of the question's content terms, similarity in meaning of the sentence's utterance,
 * what the question's type asks for (a number, a time, a person, a reason), and light preferences
 * (earlier sources, statements over questions, the speaker the question asks about).
 */
import type { ChatSource } from '../../providers/chat-model';
import { contentTerms, contentWords, parseLines, splitSentences, stem, type Span } from '../../chat/sentences';
import type { WordKnowledge } from '../embedder/word-knowledge';
import type { SemanticScore } from './semantic';

/** What sentence scoring reads of the answerer's options. */
export interface ScoringOptions {
  /** Weight of the utterance's similarity in meaning to the question (cosine of embeddings), when an embedder is given. */
  semanticWeight: number;
  /** Added to a sentence's score (not its relevance) when it holds what the question's type asks for (see questionCue; default 0). */
  cueWeight?: number;
  /** A sentence's score is divided by 1 + rankDecay × its source's rank (default 0.1). */
  rankDecay?: number;
  /**
   * How much a term's rarity in English (word knowledge) shapes its weight beside its rarity among
   * the candidates: weight × (rarity / mean rarity of the question's words) ^ rarityWeight (default 0).
   */
  rarityWeight?: number;
  /** Score factor for the speaker the question asks about ("what did I say", "what did my therapist suggest"; default 1.2). */
  rolePreference?: number;
  /** Score factor for a sentence that is itself a question (default 0.8). */
  questionSentenceFactor?: number;
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

const NUMBER = /\d|%|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|half|dozen|couple|once|twice|percent|single|double|first|second|third)\b/i;
const DURATION = /\b(years?|months?|weeks?|days?|hours?|minutes?|decades?|since|ago|forever|long time|every|daily|weekly|nightly)\b/i;
const TIME = /\d|\b(yesterday|tomorrow|tonight|today|morning|afternoon|evening|night|weekend|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|summer|winter|spring|soon|later|before|after|until|since|ago|next|when|then|once)\b/i;
const PERSON = /\b(mom|mum|mother|dad|father|parents?|wife|husband|son|daughter|brother|sister|friends?|boss|doctor|nurse|girlfriend|boyfriend|partner|kids?|children|family|aunt|uncle|grand\w+|cousin|neighbou?r|roommate|coach|teacher|guy|girl|man|woman|people|someone|somebody)\b|(?<=\S\s+)[A-Z][a-z]+/;
const REASON = /\b(because|'cause|cause|since|so that|reason|that's why|due to|in order to|worried|afraid|scared)\b/i;

/** The speaker a question asks about: "what did my therapist suggest" → Therapist, "what did I say" → Patient, else undefined. */
export function askedSpeaker(question: string): 'Therapist' | 'Patient' | undefined {
  return ASKS_ABOUT_THERAPIST.test(question) ? 'Therapist' : ASKS_ABOUT_SELF.test(question) ? 'Patient' : undefined;
}

/** What kind of answer a question asks for, as a test on a sentence; undefined for other questions. */
export function questionCue(question: string): RegExp | undefined {
  const q = question.toLowerCase();
  if (/\bhow (long|often)\b/.test(q)) return DURATION;
  if (/\b(how (many|much|old|far)|what (percentage|percent|number|amount))\b/.test(q)) return NUMBER;
  if (/^\s*(and\s+)?when\b|\bwhen (did|do|does|was|will|am|is|are)\b|\bwhat (time|day|age)\b/.test(q)) return TIME;
  if (/^\s*(and\s+)?(who|whom)\b|\bwho (did|do|is|was|else)\b|\bwhich (person|relative|friend|family)\b/.test(q)) return PERSON;
  if (/^\s*(and\s+)?why\b|\bwhat (made|makes|reason)\b/.test(q)) return REASON;
  return undefined;
}

/** Every sentence of the first sources, scored for the question, best first. */
export function rankCandidates(question: string, sources: readonly ChatSource[], options: ScoringOptions, semantic?: SemanticScore, words?: WordKnowledge): Candidate[] {
  const candidates = sources.slice(0, MAX_SOURCES).flatMap((source, rank) => candidatesOf(source, rank));
  const preferred = askedSpeaker(question);
  const cue = options.cueWeight ? questionCue(question) : undefined;
  const termRarity = words && options.rarityWeight ? rarityFactors(question, words, options.rarityWeight) : undefined;
  const meaning = (c: Candidate) => options.semanticWeight * (semantic?.(c.source, c.lineIndex) ?? 0);
  const bonus = (c: Candidate) => (cue && cue.test(c.span.text) ? options.cueWeight! : 0);
  const factor = (c: Candidate) => (preferred !== undefined && c.speaker === preferred ? options.rolePreference ?? ROLE_PREFERENCE : 1) * (c.span.text.endsWith('?') ? options.questionSentenceFactor ?? QUESTION_SENTENCE_FACTOR : 1);
  scoreCandidates(candidates, contentTerms(question), factor, meaning, bonus, options.rankDecay ?? RANK_DECAY, termRarity);
  return candidates.sort((a, b) => b.score - a.score);
}

/** Each question term's English rarity relative to the question's mean, to the power `exponent`. */
function rarityFactors(question: string, words: WordKnowledge, exponent: number): Map<string, number> {
  const rarities = new Map<string, number>();
  for (const word of contentWords(question)) rarities.set(stem(word), Math.max(rarities.get(stem(word)) ?? 0, words.rarity(word)));
  const mean = [...rarities.values()].reduce((a, b) => a + b, 0) / (rarities.size || 1) || 1;
  return new Map([...rarities].map(([term, rarity]) => [term, (rarity / mean) ** exponent]));
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
 * never said stays below the bar) and, with `termRarity`, in English. Score adds light
 * preferences: earlier sources, statements over questions, and the speaker the question asks about.
 */
function scoreCandidates(candidates: Candidate[], questionTerms: string[], factor: (c: Candidate) => number, meaning: (c: Candidate) => number, bonus: (c: Candidate) => number, rankDecay: number, termRarity?: Map<string, number>): void {
  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates) for (const term of candidate.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const weight = (term: string) => Math.log(1 + candidates.length / ((documentFrequency.get(term) ?? 0) + 0.5)) * (termRarity?.get(term) ?? 1);
  const total = questionTerms.reduce((sum, term) => sum + weight(term), 0) || 1;
  for (const candidate of candidates) {
    const matched = questionTerms.filter((term) => candidate.terms.has(term));
    candidate.coverage = matched.reduce((sum, term) => sum + weight(term), 0) / total;
    candidate.relevance = candidate.coverage + meaning(candidate);
    candidate.score = ((candidate.relevance + bonus(candidate)) * factor(candidate)) / (1 + rankDecay * candidate.rank);
  }
}
