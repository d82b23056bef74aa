/**
 * Offline transcription (ffmpeg + pocketsphinx) of long stereo recordings: real-time factor, where
 * the CPU time goes, and peak memory of this process plus its children, at two lengths to show
 * that memory stays flat as the recording grows. Goals on 2 cores: RTF <= 0.1; the longer run's
 * peak RSS within 20 % of the shorter one's.
 *
 *   npx tsx bench/transcribe.ts
 *   BENCH_MINUTES=10,60 npx tsx bench/transcribe.ts
 *
 * The audio is two Festival voices speaking counselling dialogue (made by scripts/make-dialogue.ts
 * in a child process, so its garbage never counts here; the eval transcript is development data),
 * one speaker per channel with -30 dB bleed, repeated to length and streamed as one WAV, so nothing
 * of recording size touches memory or disk. The transcriber runs with its default settings. CPU is
 * attributed by sampling /proc for child processes every 100 ms.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { OfflineTranscriber } from '../src/offline/speech/offline.transcriber';
import { encodeWavHeader, WAV_HEADER_BYTES } from '../src/offline/speech/wav';
import { formatResult, isPassing, type BenchMetric, type BenchResult } from './lib/result';

const SAMPLE_RATE = 16_000;
const BYTES_PER_SECOND = SAMPLE_RATE * 2 * 2;
const TRANSCRIPTS_DIR = process.env.EVAL_TRANSCRIPTS_DIR ?? '/work/shared/eval/transcripts';
const CLOCK_TICKS = 100;

/** What one run measured. */
interface RunMeasurement {
  minutes: number;
  wallSec: number;
  rtf: number;
  /** CPU seconds per second of audio, by who spent them. */
  cpu: { recognizer: number; decoder: number; node: number };
  peakNodeRss: number;
  peakChildrenRss: number;
  peakTotalRss: number;
  /** The largest VmHWM of any single recognizer process. */
  peakRecognizerRss: number;
  segments: number;
}

/** A WAV stream of `seconds` made by repeating `pcm` (interleaved stereo s16le), produced on demand. */
function repeatedWav(pcm: Buffer, seconds: number): Readable {
  const totalBytes = Math.floor(seconds * SAMPLE_RATE) * 4;
  let sent = -1;
  return new Readable({
    highWaterMark: 256 * 1024,
    read() {
      if (sent < 0) {
        sent = 0;
        this.push(encodeWavHeader(totalBytes / 4, SAMPLE_RATE, 2));
        return;
      }
      if (sent >= totalBytes) return void this.push(null);
      const offset = sent % pcm.length;
      const chunk = pcm.subarray(offset, Math.min(pcm.length, offset + 256 * 1024, offset + totalBytes - sent));
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

/** Polls /proc for this process's children: CPU per command (last seen) and RSS peaks. */
class ChildSampler {
  private readonly cpuByPid = new Map<number, { command: string; ticks: number }>();
  private timer?: NodeJS.Timeout;
  peakChildren = 0;
  peakTotal = 0;
  peakNode = 0;
  peakRecognizer = 0;

  start(): this {
    this.timer = setInterval(() => this.sample(), 100);
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }

  /** CPU seconds of children whose command starts with `prefix`. */
  cpuSeconds(prefix: string): number {
    let ticks = 0;
    for (const { command, ticks: t } of this.cpuByPid.values()) if (command.startsWith(prefix)) ticks += t;
    return ticks / CLOCK_TICKS;
  }

  private sample(): void {
    let children = 0;
    for (const pid of childPids()) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        this.cpuByPid.set(pid, { command, ticks: Number(fields[11]) + Number(fields[12]) });
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        children += kilobytes(status, 'VmRSS');
        if (command.startsWith('pocketsphinx')) this.peakRecognizer = Math.max(this.peakRecognizer, kilobytes(status, 'VmHWM'));
      } catch {
        // exited between listing and reading
      }
    }
    const node = process.memoryUsage().rss;
    this.peakNode = Math.max(this.peakNode, node);
    this.peakChildren = Math.max(this.peakChildren, children);
    this.peakTotal = Math.max(this.peakTotal, node + children);
  }
}

function childPids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid) pids.push(Number(name));
    } catch {
      // gone
    }
  }
  return pids;
}

function kilobytes(status: string, field: string): number {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) * 1024 : 0;
}

async function measure(pcm: Buffer, minutes: number, transcriber: OfflineTranscriber): Promise<RunMeasurement> {
  const seconds = minutes * 60;
  const sampler = new ChildSampler().start();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await transcriber.transcribe({ open: async () => repeatedWav(pcm, seconds), mimeType: 'audio/wav', sizeBytes: seconds * BYTES_PER_SECOND });
  const wallSec = (performance.now() - started) / 1000;
  sampler.stop();
  const nodeCpu = process.cpuUsage(cpuBefore);
  return {
    minutes,
    wallSec,
    rtf: wallSec / seconds,
    cpu: {
      recognizer: sampler.cpuSeconds('pocketsphinx') / seconds,
      decoder: sampler.cpuSeconds('ffmpeg') / seconds,
      node: (nodeCpu.user + nodeCpu.system) / 1e6 / seconds,
    },
    peakNodeRss: sampler.peakNode,
    peakChildrenRss: sampler.peakChildren,
    peakTotalRss: sampler.peakTotal,
    peakRecognizerRss: sampler.peakRecognizer,
    segments: result.segments.length,
  };
}

/** Synthesizes the dialogue that gets repeated (about 2.5 minutes) in a child process and returns its stereo PCM. */
async function dialoguePcm(dir: string): Promise<Buffer> {
  const script = path.join(__dirname, '../scripts/make-dialogue.ts');
  const turns = `${path.join(TRANSCRIPTS_DIR, 'annomi-43.json')}:14`;
  const made = spawnSync(process.execPath, [require.resolve('tsx/cli'), script, turns, '--out', dir, '--name', 'bench',
    '--voices', 'therapist=female,client=male', '--bleed=-30', '--stereo-only'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`make-dialogue failed: ${made.stderr.trim().split('\n').pop()}`);
  return (await readFile(path.join(dir, 'bench.wav'))).subarray(WAV_HEADER_BYTES);
}

const MB = 1024 * 1024;

function runMetrics(label: string, run: RunMeasurement, rtfGoal: boolean): BenchMetric[] {
  const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
  return [
    { name: `${label} rtf (wall / audio)`, value: round(run.rtf, 3), unit: 'x', ...(rtfGoal ? { goal: '<= 0.1', ok: run.rtf <= 0.1 } : {}) },
    { name: `${label} cpu pocketsphinx`, value: round(run.cpu.recognizer * 60, 2), unit: 'cpu s / audio min' },
    { name: `${label} cpu ffmpeg`, value: round(run.cpu.decoder * 60, 2), unit: 'cpu s / audio min' },
    { name: `${label} cpu node (windowing, files, gate)`, value: round(run.cpu.node * 60, 2), unit: 'cpu s / audio min' },
    { name: `${label} peak rss node`, value: mb(run.peakNodeRss), unit: 'MB' },
    { name: `${label} peak rss node + children`, value: mb(run.peakTotalRss), unit: 'MB' },
    { name: `${label} peak rss one pocketsphinx (VmHWM)`, value: mb(run.peakRecognizerRss), unit: 'MB' },
  ];
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

/** Runs the bench; see the file comment for what it measures. */
export async function run(): Promise<BenchResult> {
  const [shortMinutes, longMinutes] = (process.env.BENCH_MINUTES ?? '10,30').split(',').map(Number);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-transcribe-'));
  try {
    const pcm = await dialoguePcm(dir);
    const transcriber = new OfflineTranscriber({ tempDir: dir });
    const short = await measure(pcm, shortMinutes, transcriber);
    const long = await measure(pcm, longMinutes, transcriber);
    const growth = long.peakTotalRss / short.peakTotalRss;
    return {
      name: `transcribe (offline pocketsphinx, stereo, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)} at the end)`,
      metrics: [
        ...runMetrics(`${shortMinutes} min:`, short, true),
        ...runMetrics(`${longMinutes} min:`, long, false),
        { name: `peak rss growth ${shortMinutes} -> ${longMinutes} min (node + children)`, value: round(growth, 2), unit: 'x', goal: '<= 1.2 (flat)', ok: growth <= 1.2 },
        { name: `peak rss growth ${shortMinutes} -> ${longMinutes} min (node)`, value: round(long.peakNodeRss / short.peakNodeRss, 2), unit: 'x' },
        { name: 'pcm held by the bench itself (the repeated dialogue)', value: round(pcm.length / MB, 1), unit: 'MB' },
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run()
    .then((result) => {
      console.log(formatResult(result));
      process.exit(isPassing(result) ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error('[transcribe] failed:', error);
      process.exit(1);
    });
}
