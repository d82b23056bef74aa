import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assignRoles } from '../src/transcripts/roles';
import type { Segment } from '../src/transcripts/segment';

/**
 * How often the role heuristic names the right speaker THERAPIST on real counselling transcripts
 * (../shared/eval), with speaker ids anonymised, on the text as transcribed by a human and as a
 * recognizer without punctuation would give it.
 */
const dir = process.env.EVAL_DIR ?? path.resolve(__dirname, '../../shared/eval/transcripts');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
let right = { punctuated: 0, plain: 0 };
for (const file of files) {
  const t = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { utterances: { speaker: string; start: number; end: number; text: string }[] };
  const id = (s: string) => (s === 'therapist' ? 'speaker_1' : 'speaker_0'); // never the "first speaker" by name
  for (const variant of ['punctuated', 'plain'] as const) {
    const segments: Segment[] = t.utterances.map((u) => ({
      speaker: id(u.speaker),
      role: 'UNKNOWN',
      start: u.start,
      end: u.end,
      text: variant === 'plain' ? u.text.toLowerCase().replace(/[^a-z' ]/g, ' ') : u.text,
    }));
    const therapist = assignRoles(segments).find((s) => s.role === 'THERAPIST')?.speaker;
    if (therapist === 'speaker_1') right[variant]++;
  }
}
console.log(`role heuristic on ${files.length} transcripts: therapist identified in ${right.punctuated}/${files.length} (punctuated), ${right.plain}/${files.length} (no punctuation)`);
