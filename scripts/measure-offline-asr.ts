/**
 * Measures the offline transcriber on counselling dialogue spoken by two Festival voices:
 * WER per channel and overall (stereo, one speaker per channel, -30 dB bleed), WER of the mono mix,
 * speaker attribution for both, and the real-time factor (wall clock, this machine).
 *
 *   npx tsx scripts/measure-offline-asr.ts [annomi-7:12 annomi-43:14 …] [--args '-maxhmmpf 3000'] [--window 30-45] [--keep DIR]
 *
 * Each argument is an eval transcript (/work/shared/eval/transcripts/<id>.json, development data,
 * never shipped) and how many of its first utterances to speak; the therapist gets the male voice
 * and the client the female one unless the id is followed by `:N:swap`. Reference words and the
 * hypothesis are normalised alike (lower case, no punctuation, hesitations such as "um" dropped).
 * --args replaces the pocketsphinx search arguments (default DEFAULT_POCKETSPHINX_ARGS; '' for the
 * engine's own defaults); --window sets the window bounds in seconds.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_POCKETSPHINX_ARGS, OfflineTranscriber } from '../src/offline/speech/offline.transcriber';
import { normalizeWords, speakerAttribution, wordErrorRate, type LabelledWord } from '../src/offline/speech/word-alignment';
import type { TranscriptionResult } from '../src/providers/transcriber';
import { loadTranscriptTurns, makeDialogue, type Dialogue } from './lib/dialogue';

const TRANSCRIPTS_DIR = process.env.EVAL_TRANSCRIPTS_DIR ?? '/work/shared/eval/transcripts';
const DEFAULT_SETS = ['annomi-7:12', 'annomi-43:14:swap', 'annomi-78:20:swap'];

/** Totals over all dialogues, so the summary weighs each word once. */
interface Totals {
  words: number;
  audioSec: number;
  stereoSec: number;
  monoSec: number;
  errors: Record<string, { errors: number; words: number }>;
  attribution: Record<'stereo' | 'mono', { right: number; words: number }>;
}

/** Reference words, each labelled with its speaker. */
function referenceWords(dialogue: Dialogue, channel?: number): LabelledWord[] {
  return dialogue.turns
    .filter((t) => channel === undefined || t.channel === channel)
    .flatMap((t) => normalizeWords(t.text).map((word) => ({ word, speaker: t.speaker })));
}

/** Hypothesis words in time order, labelled with the segment's speaker. */
function hypothesisWords(result: TranscriptionResult, speaker?: string): LabelledWord[] {
  return [...result.segments]
    .sort((a, b) => a.start - b.start)
    .filter((s) => speaker === undefined || s.speaker === speaker)
    .flatMap((s) => normalizeWords(s.text).map((word) => ({ word, speaker: s.speaker })));
}

async function transcribeFile(transcriber: OfflineTranscriber, file: string): Promise<{ result: TranscriptionResult; seconds: number }> {
  const started = performance.now();
  const result = await transcriber.transcribe({ open: async () => createReadStream(file), mimeType: 'audio/wav', sizeBytes: 0 });
  return { result, seconds: (performance.now() - started) / 1000 };
}

function count(totals: Totals, key: string, reference: LabelledWord[], hypothesis: LabelledWord[]): number {
  const ref = reference.map((w) => w.word);
  const wer = wordErrorRate(ref, hypothesis.map((w) => w.word));
  const entry = (totals.errors[key] ??= { errors: 0, words: 0 });
  entry.errors += wer * ref.length;
  entry.words += ref.length;
  return wer;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

async function measureSet(spec: string, transcriber: OfflineTranscriber, dir: string, totals: Totals): Promise<void> {
  const [id, utterances = '12', swap] = spec.split(':');
  const turns = await loadTranscriptTurns(path.join(TRANSCRIPTS_DIR, `${id}.json`), Number(utterances));
  const voices = swap ? (['female', 'male'] as const) : (['male', 'female'] as const);
  const dialogue = await makeDialogue({
    turns, outDir: dir, name: id, bleedDb: -30,
    speakers: [{ id: 'therapist', voice: voices[0] }, { id: 'client', voice: voices[1] }],
  });
  const stereo = await transcribeFile(transcriber, dialogue.stereoPath);
  const mono = await transcribeFile(transcriber, dialogue.monoPath);
  const reference = referenceWords(dialogue);
  const lines = [`${id} (${utterances} utterances, ${dialogue.durationSec.toFixed(1)} s, therapist ${voices[0]}, client ${voices[1]}, ${reference.length} words)`];
  for (const channel of [0, 1]) {
    const wer = count(totals, `stereo ${voices[channel]} channel`, referenceWords(dialogue, channel), hypothesisWords(stereo.result, `channel_${channel}`));
    lines.push(`  stereo channel_${channel} (${voices[channel]}) WER ${percent(wer)}`);
  }
  lines.push(`  stereo overall   WER ${percent(count(totals, 'stereo overall', reference, hypothesisWords(stereo.result)))}`);
  lines.push(`  mono             WER ${percent(count(totals, 'mono overall', reference, hypothesisWords(mono.result)))}`);
  const channelSpeakers = new Map([['channel_0', 'therapist'], ['channel_1', 'client']]);
  const stereoAttribution = speakerAttribution(reference, hypothesisWords(stereo.result), channelSpeakers);
  const monoAttribution = speakerAttribution(reference, hypothesisWords(mono.result));
  const monoSpeakers = new Set(mono.result.segments.map((s) => s.speaker)).size;
  lines.push(`  attribution stereo ${percent(stereoAttribution)}, mono ${percent(monoAttribution)} (${monoSpeakers} voices found)`);
  lines.push(`  RTF stereo ${(stereo.seconds / dialogue.durationSec).toFixed(3)}, mono ${(mono.seconds / dialogue.durationSec).toFixed(3)}`);
  console.log(lines.join('\n'));
  const aligned = reference.length;
  totals.attribution.stereo.right += stereoAttribution * aligned;
  totals.attribution.stereo.words += aligned;
  totals.attribution.mono.right += monoAttribution * aligned;
  totals.attribution.mono.words += aligned;
  totals.words += reference.length;
  totals.audioSec += dialogue.durationSec;
  totals.stereoSec += stereo.seconds;
  totals.monoSec += mono.seconds;
}

function printSummary(totals: Totals): void {
  console.log(`\nall (${totals.words} reference words, ${totals.audioSec.toFixed(0)} s of audio)`);
  for (const [key, { errors, words }] of Object.entries(totals.errors)) {
    const goal = key.endsWith('channel') ? '   goal per channel <= 25 %' : '';
    console.log(`  ${key.padEnd(21)} WER ${percent(errors / words)} (${words} words)${goal}`);
  }
  const { stereo, mono } = totals.attribution;
  console.log(`  attribution           stereo ${percent(stereo.right / stereo.words)}, mono ${percent(mono.right / mono.words)}   goal mono >= 90 %`);
  console.log(`  RTF (wall)            stereo ${(totals.stereoSec / totals.audioSec).toFixed(3)}, mono ${(totals.monoSec / totals.audioSec).toFixed(3)}   on ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keepIndex = args.indexOf('--keep');
  const keep = keepIndex >= 0 ? args.splice(keepIndex, 2)[1] : undefined;
  const windowIndex = args.indexOf('--window');
  const [minWindowSec, maxWindowSec] = windowIndex >= 0 ? args.splice(windowIndex, 2)[1].split('-').map(Number) : [];
  const argsIndex = args.indexOf('--args');
  const pocketsphinxArgs = argsIndex >= 0 ? args.splice(argsIndex, 2)[1].split(/\s+/).filter(Boolean) : DEFAULT_POCKETSPHINX_ARGS;
  const sets = args.filter((a) => !a.startsWith('--'));
  const transcriber = new OfflineTranscriber({ minWindowSec, maxWindowSec, pocketsphinxArgs });
  const dir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'measure-asr-')));
  const totals: Totals = { words: 0, audioSec: 0, stereoSec: 0, monoSec: 0, errors: {}, attribution: { stereo: { right: 0, words: 0 }, mono: { right: 0, words: 0 } } };
  console.log(`engine ${transcriber.name}, pocketsphinx arguments: ${pocketsphinxArgs.join(' ') || '(defaults)'}`);
  try {
    for (const spec of sets.length ? sets : DEFAULT_SETS) await measureSet(spec, transcriber, dir, totals);
    printSummary(totals);
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
