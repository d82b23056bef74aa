import type { Segment, SpeakerRole } from './segment';

/** Per speaker: how much they talk, how many questions they ask, how they address the other, when they first speak. */
interface SpeakerStats {
  speaker: string;
  firstStart: number;
  words: number;
  questions: number;
  /** Second-person words ("you", "your"…) minus first-person ones ("I", "my"…). */
  focusOnOther: number;
}

const SECOND_PERSON = new Set(['you', "you're", 'youre', 'your', 'yours', "you've", "you'd", "you'll", 'yourself']);
const FIRST_PERSON = new Set(['i', "i'm", 'im', 'me', 'my', 'mine', "i've", 'ive', "i'd", "i'll", 'myself']);

/** Second-person minus first-person words: a clinician talks about the client, the client about themself. */
function focusOnOther(words: string[]): number {
  return words.reduce((sum, w) => sum + (SECOND_PERSON.has(w) ? 1 : FIRST_PERSON.has(w) ? -1 : 0), 0);
}

const QUESTION_OPENERS = /^(what|how|why|when|where|who|which|do|does|did|is|are|was|were|can|could|would|will|have|has|tell me|say more)\b/i;

/** Questions in a segment: question marks, or question-like openers when punctuation is missing. */
function countQuestions(text: string): number {
  const marks = (text.match(/\?/g) ?? []).length;
  if (marks > 0) return marks;
  return text.split(/[.!]\s+/).filter((s) => QUESTION_OPENERS.test(s.trim())).length;
}

/**
 * Guesses which speaker is the therapist. A clinician talks about the client ("you", "your") and
 * asks most of the questions; a client talks about themself ("I", "my"). Score = (second-person
 * minus first-person words + questions) per 100 words, plus a bonus for speaking first. The pronoun
 * balance needs no punctuation, so it holds for a recognizer's plain words too (measured by
 * scripts/measure-roles.ts and `npm run eval -- --from-audio`).
 * The top scorer is THERAPIST, the most talkative other speaker PATIENT, anyone else UNKNOWN.
 * It is a suggestion: the therapist can correct it with setSpeakerRole.
 */
export function assignRoles(segments: Segment[]): Segment[] {
  const stats = new Map<string, SpeakerStats>();
  for (const s of segments) {
    const entry = stats.get(s.speaker) ?? { speaker: s.speaker, firstStart: s.start, words: 0, questions: 0, focusOnOther: 0 };
    const words = s.text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[a-z']+/g) ?? [];
    entry.firstStart = Math.min(entry.firstStart, s.start);
    entry.words += words.length;
    entry.questions += countQuestions(s.text);
    entry.focusOnOther += focusOnOther(words);
    stats.set(s.speaker, entry);
  }
  if (stats.size === 0) return segments;
  const firstSpeaker = [...stats.values()].sort((a, b) => a.firstStart - b.firstStart)[0].speaker;
  const score = (s: SpeakerStats) => (100 * (s.questions + s.focusOnOther)) / Math.max(s.words, 1) + (s.speaker === firstSpeaker ? 1.5 : 0);
  const ranked = [...stats.values()].sort((a, b) => score(b) - score(a));
  const roles = new Map<string, SpeakerRole>([[ranked[0].speaker, 'THERAPIST']]);
  const others = ranked.slice(1).sort((a, b) => b.words - a.words);
  if (others[0]) roles.set(others[0].speaker, 'PATIENT');
  return segments.map((s) => ({ ...s, role: roles.get(s.speaker) ?? 'UNKNOWN' }));
}

/**
 * Applies a correction: every segment of `speaker` gets `role`, and nothing else changes. Two
 * speakers may hold the same role (e.g. two therapists); the clinician corrects each one by name.
 */
export function withSpeakerRole(segments: Segment[], speaker: string, role: SpeakerRole): Segment[] {
  return segments.map((s) => (s.speaker === speaker ? { ...s, role } : s));
}
