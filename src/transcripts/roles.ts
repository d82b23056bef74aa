import type { Segment, SpeakerRole } from './segment';

/** Per speaker: how much they talk, how many questions they ask, when they first speak. */
interface SpeakerStats {
  speaker: string;
  firstStart: number;
  words: number;
  questions: number;
}

const QUESTION_OPENERS = /^(what|how|why|when|where|who|which|do|does|did|is|are|was|were|can|could|would|will|have|has|tell me|say more)\b/i;

/** Questions in a segment: question marks, or question-like openers when punctuation is missing. */
function countQuestions(text: string): number {
  const marks = (text.match(/\?/g) ?? []).length;
  if (marks > 0) return marks;
  return text.split(/[.!]\s+/).filter((s) => QUESTION_OPENERS.test(s.trim())).length;
}

/**
 * Guesses which speaker is the therapist: in a session the clinician usually opens and asks most
 * of the questions. Scores = questions per 100 words (main signal) + a bonus for speaking first.
 * The top scorer is THERAPIST, the most talkative other speaker PATIENT, anyone else UNKNOWN.
 * It is a suggestion: the therapist can correct it with setSpeakerRole.
 */
export function assignRoles(segments: Segment[]): Segment[] {
  const stats = new Map<string, SpeakerStats>();
  for (const s of segments) {
    const entry = stats.get(s.speaker) ?? { speaker: s.speaker, firstStart: s.start, words: 0, questions: 0 };
    entry.firstStart = Math.min(entry.firstStart, s.start);
    entry.words += s.text.split(/\s+/).filter(Boolean).length;
    entry.questions += countQuestions(s.text);
    stats.set(s.speaker, entry);
  }
  if (stats.size === 0) return segments;
  const firstSpeaker = [...stats.values()].sort((a, b) => a.firstStart - b.firstStart)[0].speaker;
  const score = (s: SpeakerStats) => (100 * s.questions) / Math.max(s.words, 1) + (s.speaker === firstSpeaker ? 1.5 : 0);
  const ranked = [...stats.values()].sort((a, b) => score(b) - score(a));
  const roles = new Map<string, SpeakerRole>([[ranked[0].speaker, 'THERAPIST']]);
  const others = ranked.slice(1).sort((a, b) => b.words - a.words);
  if (others[0]) roles.set(others[0].speaker, 'PATIENT');
  return segments.map((s) => ({ ...s, role: roles.get(s.speaker) ?? 'UNKNOWN' }));
}

/**
 * Applies a correction: every segment of `speaker` gets `role`, and a speaker who held that role
 * takes `speaker`'s old one — so marking the patient as THERAPIST swaps the two.
 */
export function withSpeakerRole(segments: Segment[], speaker: string, role: SpeakerRole): Segment[] {
  const oldRole = segments.find((s) => s.speaker === speaker)?.role ?? 'UNKNOWN';
  const previous = new Set(segments.filter((s) => s.speaker !== speaker && s.role === role && role !== 'UNKNOWN').map((s) => s.speaker));
  return segments.map((s) => {
    if (s.speaker === speaker) return { ...s, role };
    if (previous.has(s.speaker)) return { ...s, role: oldRole === role ? 'UNKNOWN' : oldRole };
    return s;
  });
}
