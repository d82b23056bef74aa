import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Segment } from '../../src/transcripts/segment';
import { seededRandom } from './stats';

/** Where the eval set keeps its real (AnnoMI) counselling transcripts; sentences are sampled from them. */
const EVAL_TRANSCRIPTS = process.env.BENCH_TRANSCRIPTS_DIR ?? '/work/shared/eval/transcripts';

/** Used only when the eval transcripts are not on this machine. */
const FALLBACK = {
  therapist: [
    'How have things been since we last met?', 'What did you notice when that happened?', 'It sounds like that was really hard for you.',
    'What would you like to be different by next month?', 'You mentioned sleep being difficult last week.', 'On a scale from one to ten, how important is that to you?',
  ],
  patient: [
    'I have been trying to walk every morning before work.', 'My sister called and we argued about our mother again.', 'I felt anxious on Sunday night thinking about the meeting.',
    'The breathing exercise helped a bit when I remembered to do it.', 'I had two drinks on Friday, which is less than before.', 'I keep thinking that I should be coping better by now.',
  ],
};

/** Sentences of each speaker role found in the eval transcripts (or a small built-in set). */
export function loadSentencePools(): { therapist: string[]; patient: string[] } {
  if (!existsSync(EVAL_TRANSCRIPTS)) return FALLBACK;
  const pools = { therapist: [] as string[], patient: [] as string[] };
  for (const file of readdirSync(EVAL_TRANSCRIPTS).filter((name) => name.endsWith('.json')).sort()) {
    const { utterances } = JSON.parse(readFileSync(path.join(EVAL_TRANSCRIPTS, file), 'utf8')) as { utterances: { speaker: string; text: string }[] };
    for (const utterance of utterances) {
      const sentences = utterance.text.match(/[^.!?]+[.!?]*/g)?.map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3) ?? [];
      (utterance.speaker === 'therapist' ? pools.therapist : pools.patient).push(...sentences);
    }
  }
  return pools.therapist.length && pools.patient.length ? pools : FALLBACK;
}

/**
 * A plausible counselling session of about `words` words: turns alternate therapist and patient,
 * each one to four sampled sentences, back to back at 150 words a minute (9 000 words = 60 minutes).
 * The same seed gives the same transcript.
 */
export function synthesizeTranscript(words: number, seed = 1): Segment[] {
  const pools = loadSentencePools();
  const random = seededRandom(seed);
  const pick = (pool: string[]) => pool[Math.floor(random() * pool.length)];
  const segments: Segment[] = [];
  let count = 0;
  let clock = 0;
  for (let turn = 0; count < words; turn++) {
    const isTherapist = turn % 2 === 0;
    const sentences = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(isTherapist ? pools.therapist : pools.patient));
    const text = sentences.join(' ');
    const turnWords = text.split(/\s+/).length;
    const start = clock;
    clock += (turnWords / 150) * 60;
    segments.push({ speaker: isTherapist ? 'channel_0' : 'channel_1', role: isTherapist ? 'THERAPIST' : 'PATIENT', start: round3(start), end: round3(clock), text });
    count += turnWords;
  }
  return segments;
}

function round3(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
