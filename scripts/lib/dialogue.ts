/**
 * Synthesized two-voice dialogues for testing and measuring the offline transcriber: Festival
 * speaks each turn (a female HTS voice and a male diphone voice, both Debian packages installed
 * by scripts/ensure-speech.sh), and the turns are laid out one speaker per channel (stereo) and
 * mixed (mono), with the reference transcript and each turn's start and end.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeWavFile } from '../../src/offline/speech/wav';
import { normalizeWords } from '../../src/offline/speech/word-alignment';

/** One turn to speak. */
export interface DialogueTurn {
  speaker: string;
  text: string;
}

/** The two Festival voices that recognize well (espeak-ng's formant voice does not). */
export const FESTIVAL_VOICES = {
  female: '(voice_cmu_us_slt_arctic_hts)',
  male: '(voice_kal_diphone)',
} as const;

export type FestivalVoice = keyof typeof FESTIVAL_VOICES;

/** `therapist=male,client=female` as speakers in channel order; throws on a voice that is neither. */
export function parseVoices(spec: string): { id: string; voice: FestivalVoice }[] {
  return spec.split(',').map((pair) => {
    const [id, voice] = pair.split('=');
    if (voice !== 'male' && voice !== 'female') throw new Error(`--voices: ${pair}: the voice must be male or female`);
    return { id, voice };
  });
}

/** How the dialogue is laid out. */
export interface DialogueOptions {
  turns: DialogueTurn[];
  /** Voice and channel of each speaker; the channel order is the array order. */
  speakers: { id: string; voice: FestivalVoice }[];
  outDir: string;
  name: string;
  /** Silence between turns (seconds). Default 0.6. */
  gapSec?: number;
  /** Level of each voice on the other speaker's channel, in dB (e.g. -30); omitted: no bleed. */
  bleedDb?: number;
}

/** A turn of the reference transcript. */
export interface ReferenceTurn extends DialogueTurn {
  channel: number;
  start: number;
  end: number;
}

/** The files made and what they contain. */
export interface Dialogue {
  stereoPath: string;
  monoPath: string;
  referencePath: string;
  durationSec: number;
  turns: ReferenceTurn[];
}

export const DIALOGUE_SAMPLE_RATE = 16_000;
/** Every turn is brought to this RMS level (dBFS), as a careful recording would be. */
const TURN_LEVEL_DB = -20;

/** Synthesizes the dialogue and writes `<name>.stereo.wav`, `<name>.mono.wav` and `<name>.reference.json`. */
export async function makeDialogue(options: DialogueOptions): Promise<Dialogue> {
  await mkdir(options.outDir, { recursive: true });
  const voices = new Map(options.speakers.map((s, channel) => [s.id, { ...s, channel }]));
  const audio = await mapLimit(options.turns, 2, (turn, i) => {
    const speaker = voices.get(turn.speaker);
    if (!speaker) throw new Error(`no voice for speaker ${turn.speaker}`);
    return synthesize(turn.text, speaker.voice, path.join(options.outDir, `${options.name}.turn${i}.wav`));
  });
  const gap = Math.round((options.gapSec ?? 0.6) * DIALOGUE_SAMPLE_RATE);
  const total = gap + audio.reduce((sum, a) => sum + a.length + gap, 0);
  const channels = options.speakers.map(() => new Float32Array(total));
  const bleed = options.bleedDb === undefined ? 0 : 10 ** (options.bleedDb / 20);
  const turns: ReferenceTurn[] = [];
  let cursor = gap;
  options.turns.forEach((turn, i) => {
    const { channel } = voices.get(turn.speaker)!;
    channels.forEach((samples, c) => samples.set(c === channel ? audio[i] : audio[i].map((s) => s * bleed), cursor));
    turns.push({ ...turn, channel, start: toSeconds(cursor), end: toSeconds(cursor + audio[i].length) });
    cursor += audio[i].length + gap;
  });
  const mono = new Float32Array(total);
  turns.forEach((turn, i) => mono.set(audio[i], Math.round(turn.start * DIALOGUE_SAMPLE_RATE)));
  const dialogue: Dialogue = {
    stereoPath: path.join(options.outDir, `${options.name}.stereo.wav`),
    monoPath: path.join(options.outDir, `${options.name}.mono.wav`),
    referencePath: path.join(options.outDir, `${options.name}.reference.json`),
    durationSec: toSeconds(total),
    turns,
  };
  await writeWavFile(dialogue.stereoPath, channels.map(toInt16), DIALOGUE_SAMPLE_RATE);
  await writeWavFile(dialogue.monoPath, [toInt16(mono)], DIALOGUE_SAMPLE_RATE);
  await writeFile(dialogue.referencePath, JSON.stringify({ durationSec: dialogue.durationSec, turns }, null, 2));
  return dialogue;
}

/** The first `count` utterances of an eval transcript (`therapist`/`client`) as turns. */
export async function loadTranscriptTurns(file: string, count: number): Promise<DialogueTurn[]> {
  const transcript = JSON.parse(await readFile(file, 'utf8')) as { utterances: DialogueTurn[] };
  return transcript.utterances.slice(0, count).map(({ speaker, text }) => ({ speaker, text }));
}

/**
 * Text Festival reads naturally: dashes and ellipses become pauses, and hesitations ("um",
 * "mm-hmm") are left out — Festival spells "Mm-hmm" as letters, which no person says, and the
 * reference drops hesitations anyway (normalizeWords), so speaking them only adds artefacts.
 */
export function speakableText(text: string): string {
  return withoutHesitations(text).replace(/\s*(?:--|[\u2014\u2013]|\.\.\.)\s*/g, ', ').replace(/(^|\s)-|-(\s|$)/g, '$1$2').replace(/^[,\s]+|[,\s]+$/g, '').trim() || '.';
}

/** The text with every word that normalizes to hesitations only ("Mm-hmm,", "um") removed. */
function withoutHesitations(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => !(normalizeWords(word).length === 0 && /[a-z]/i.test(word)))
    .join(' ');
}

/** A turn with nothing to say (only hesitations or marks) is a short pause: kal_diphone crashes on text without words. */
const WORDLESS_TURN_SEC = 0.3;

async function synthesize(text: string, voice: FestivalVoice, file: string): Promise<Float32Array> {
  const spoken = speakableText(text);
  if (!/[a-z0-9]/i.test(spoken)) return new Float32Array(Math.round(WORDLESS_TURN_SEC * DIALOGUE_SAMPLE_RATE));
  try {
    await run('text2wave', ['-eval', FESTIVAL_VOICES[voice], '-o', file], spoken);
    const raw = await run('ffmpeg', ['-nostdin', '-loglevel', 'error', '-i', file, '-ac', '1', '-ar', String(DIALOGUE_SAMPLE_RATE), '-f', 's16le', 'pipe:1']);
    const samples = new Float32Array(raw.length / 2);
    for (let i = 0; i < samples.length; i++) samples[i] = raw.readInt16LE(i * 2) / 32768;
    return normalizeLevel(samples);
  } finally {
    await rm(file, { force: true });
  }
}

function normalizeLevel(samples: Float32Array): Float32Array {
  const rms = Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / Math.max(1, samples.length));
  const peak = samples.reduce((max, s) => Math.max(max, Math.abs(s)), 0);
  const gain = Math.min(10 ** (TURN_LEVEL_DB / 20) / Math.max(rms, 1e-9), 0.95 / Math.max(peak, 1e-9));
  return samples.map((s) => s * gain);
}

/** Sample index to seconds, rounded to the millisecond. */
function toSeconds(samples: number): number {
  return Math.round((samples / DIALOGUE_SAMPLE_RATE) * 1000) / 1000;
}

function toInt16(samples: Float32Array): Int16Array {
  return Int16Array.from(samples, (s) => Math.max(-32768, Math.min(32767, Math.round(s * 32767))));
}

function run(command: string, args: string[], stdin?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', (e) => reject(new Error(`${command}: ${e.message} (run scripts/ensure-speech.sh)`)));
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`${command} exited ${code}: ${err.slice(-300)}`))));
    child.stdin.end(stdin ?? '');
  });
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
