/**
 * Speaks a dialogue with two Festival voices (see scripts/lib/dialogue.ts) and writes a stereo
 * WAV (one speaker per channel), a mono mix and the reference transcript with turn times.
 *
 *   npx tsx scripts/make-dialogue.ts TURNS.json[:N] --out DIR --name NAME
 *        [--voices therapist=male,client=female] [--bleed=-30] [--gap 0.6] [--stereo-only]
 *
 * TURNS.json holds `{ turns: [{ speaker, text }] }` or an eval transcript's `{ utterances }`; `:N`
 * keeps the first N. The first speaker named in --voices gets channel 0. --stereo-only writes just
 * NAME.wav and NAME.reference.json (how samples/session-demo.wav is made; see samples/README.md).
 */
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeDialogue, parseVoices, type DialogueTurn } from './lib/dialogue';

async function readTurns(spec: string): Promise<DialogueTurn[]> {
  const [file, count] = spec.split(/:(?=\d+$)/);
  const json = JSON.parse(await readFile(file, 'utf8')) as { turns?: DialogueTurn[]; utterances?: DialogueTurn[] };
  const turns = (json.turns ?? json.utterances ?? []).map(({ speaker, text }) => ({ speaker, text }));
  return count ? turns.slice(0, Number(count)) : turns;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: '.' },
      name: { type: 'string', default: 'dialogue' },
      voices: { type: 'string', default: 'therapist=male,client=female' },
      bleed: { type: 'string' },
      gap: { type: 'string', default: '0.6' },
      'stereo-only': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new Error('usage: make-dialogue.ts TURNS.json[:N] --out DIR --name NAME [options]');
  const dialogue = await makeDialogue({
    turns: await readTurns(positionals[0]),
    speakers: parseVoices(values.voices!),
    outDir: values.out!,
    name: values.name!,
    gapSec: Number(values.gap),
    bleedDb: values.bleed === undefined ? undefined : Number(values.bleed),
  });
  if (values['stereo-only']) {
    const target = path.join(values.out!, `${values.name}.wav`);
    await rename(dialogue.stereoPath, target);
    await rm(dialogue.monoPath, { force: true });
    console.log(`wrote ${target} and ${dialogue.referencePath} (${dialogue.durationSec.toFixed(1)} s)`);
  } else {
    console.log(`wrote ${dialogue.stereoPath}, ${dialogue.monoPath}, ${dialogue.referencePath} (${dialogue.durationSec.toFixed(1)} s)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
