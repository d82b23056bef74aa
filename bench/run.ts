/**
 * `npm run bench`: runs every bench one after another, each in a fresh process (so one bench's
 * heap, sockets or JIT state never colours the next), and writes bench/REPORT.md.
 *
 *   npm run bench                       every bench
 *   npm run bench -- upload retrieval   only these; the report keeps the other sections
 *   npm run bench -- --report-only      rewrite REPORT.md from the results it already holds
 *
 * Exits non-zero when a bench failed or missed a goal. BENCH_TIMEOUT_SECONDS (default 900) stops
 * a bench that hangs.
 */
import 'dotenv/config';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createRedis } from '../src/infra/redis';
import { describeMachine, parseEntries, renderReport, summarize, verdict, type BenchEntry, type Machine } from './lib/report';
import { isPassing, type BenchResult } from './lib/result';

/** Every bench, in the order they run and appear in the report. */
const BENCHES = ['auth-throughput', 'upload', 'status-fanout', 'status-fanout-scale', 'retrieval', 'retrieval-scale', 'embed', 'chat', 'pipeline', 'transcribe', 'load'];
const ROOT = path.join(__dirname, '..');
const REPORT = path.join(__dirname, 'REPORT.md');
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 900) * 1000;

async function main(): Promise<number> {
  const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = requested.filter((name) => !BENCHES.includes(name));
  if (unknown.length) {
    console.error(`unknown bench: ${unknown.join(', ')} (known: ${BENCHES.join(', ')})`);
    return 2;
  }
  const reportOnly = process.argv.includes('--report-only');
  const selected = reportOnly ? [] : requested.length ? BENCHES.filter((name) => requested.includes(name)) : BENCHES;
  const entries: BenchEntry[] = [];
  for (const bench of selected) {
    console.log(`\n=== ${bench} ===`);
    const entry = await runBench(bench);
    console.log(`=== ${bench}: ${verdict(entry).replace(/\*/g, '')} in ${Math.round(entry.seconds)} s ===`);
    entries.push(entry);
  }
  const previous = existsSync(REPORT) ? readPreviousEntries() : [];
  const merged = [...previous.filter((entry) => !selected.includes(entry.bench)), ...entries];
  writeFileSync(REPORT, renderReport(await machineOrUnknown(), merged, BENCHES));
  console.log(`\nwrote ${path.relative(process.cwd(), REPORT)}\n`);
  console.log(summarize(reportOnly ? merged : entries));
  return entries.every((entry) => entry.skipped || (entry.result && isPassing(entry.result))) ? 0 : 1;
}

/** The sections of the existing report; an unreadable report is rewritten from this run alone. */
function readPreviousEntries(): BenchEntry[] {
  try {
    return parseEntries(readFileSync(REPORT, 'utf8'));
  } catch (error) {
    console.error(`[bench] could not read the previous sections of ${REPORT} (${(error as Error).message}); writing this run's only`);
    return [];
  }
}

/** The machine's description; the report is still written when PostgreSQL or Redis cannot be asked. */
async function machineOrUnknown(): Promise<Machine> {
  try {
    const config = loadConfig();
    return await describeMachine(config.database.url, () => redisVersion(config.redis.url));
  } catch (error) {
    console.error(`[bench] could not describe the database (${(error as Error).message}); the report says "unknown"`);
    const cpu = os.cpus()[0]?.model ?? 'unknown';
    return { cpu, cores: os.cpus().length, memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10, os: `${os.type()} ${os.release()}`, node: process.version, postgres: 'unknown', redis: 'unknown' };
  }
}

/** Runs one bench in a child process and reads the JSON line it prints last. */
async function runBench(bench: string): Promise<BenchEntry> {
  const ranAt = new Date().toISOString();
  const loadAverage = os.loadavg()[0];
  if (!existsSync(path.join(__dirname, `${bench}.ts`))) return { bench, ranAt, seconds: 0, loadAverage, skipped: `bench/${bench}.ts does not exist (yet)` };
  const started = performance.now();
  const { output, code } = await runChild(['bench/lib/run-one.ts', bench]);
  const seconds = (performance.now() - started) / 1000;
  const last = output.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(last) as { result?: BenchResult; error?: string };
    if (parsed.result) return { bench, ranAt, seconds, loadAverage, result: parsed.result };
    return { bench, ranAt, seconds, loadAverage, error: parsed.error ?? `exited with code ${code}` };
  } catch {
    return { bench, ranAt, seconds, loadAverage, error: `exited with code ${code} without a result` };
  }
}

/** Runs `tsx <args>` from the project root, echoing its output while keeping stdout to parse. */
function runChild(args: string[]): Promise<{ output: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    const timer = setTimeout(() => {
      console.error(`[bench] ${args[1]} took longer than ${TIMEOUT_MS / 1000} s; stopping it`);
      child.kill('SIGTERM');
    }, TIMEOUT_MS);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ output, code });
    });
  });
}

async function redisVersion(url: string): Promise<string> {
  const redis = createRedis(url, { maxRetriesPerRequest: 1 });
  try {
    return (await redis.info('server')).match(/^redis_version:(.+)$/m)?.[1].trim() ?? 'unknown';
  } finally {
    redis.disconnect();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error('[bench] failed:', error);
    process.exit(2);
  });
