import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';
import { formatValue, isMeasured, isMissedGoal, type BenchMetric, type BenchResult } from './result';

/** One bench's outcome in the report: its figures, or why it has none. */
export interface BenchEntry {
  bench: string;
  ranAt: string;
  seconds: number;
  /** One-minute load average when it started: a busy machine explains a slow run. */
  loadAverage: number;
  result?: BenchResult;
  error?: string;
  skipped?: string;
}

/** What the figures were measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  redis: string;
}

const ENTRY_MARK = '<!-- bench-entry ';

/** Describes this machine and the PostgreSQL (and pgvector) the benches talk to. */
export async function describeMachine(databaseUrl: string, redisVersion: () => Promise<string>): Promise<Machine> {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1].trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; vector: string | null }>(
      `SELECT current_setting('server_version') AS version, (SELECT extversion FROM pg_extension WHERE extname = 'vector') AS vector`,
    );
    return {
      cpu,
      cores: os.cpus().length,
      memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      postgres: `${rows[0].version}${rows[0].vector ? ` (pgvector ${rows[0].vector})` : ''}`,
      redis: await redisVersion().catch(() => 'unknown'),
    };
  } finally {
    await client.end();
  }
}

/** The entries stored in an existing report (each section carries its own as a comment). */
export function parseEntries(markdown: string): BenchEntry[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith(ENTRY_MARK))
    .map((line) => JSON.parse(line.slice(ENTRY_MARK.length, line.lastIndexOf(' -->'))) as BenchEntry);
}

/** The whole report: machine, a summary line per bench, then a table per bench in `order`. */
export function renderReport(machine: Machine, entries: BenchEntry[], order: string[]): string {
  const sorted = [...entries].sort((a, b) => rank(order, a.bench) - rank(order, b.bench));
  return [
    '# Benchmark report',
    '',
    'Written by `npm run bench` (bench/run.ts): do not edit by hand. Running a subset (`npm run bench -- upload chat`)',
    'replaces those sections and keeps the others. What each bench does and how to read it: bench/README.md.',
    '',
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    `| CPU | ${machine.cpu} |`,
    `| Cores | ${machine.cores} |`,
    `| RAM | ${machine.memoryGiB} GiB |`,
    `| OS | ${machine.os} |`,
    `| Node | ${machine.node} |`,
    `| PostgreSQL | ${machine.postgres} |`,
    `| Redis | ${machine.redis} |`,
    `| Report written | ${new Date().toISOString()} |`,
    `| Load average when written (1/5/15 min) | ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} |`,
    '',
    '## Summary',
    '',
    '| Bench | Goals | Ran at (UTC) | Took | Load average at start |',
    '|---|---|---|---:|---:|',
    ...sorted.map((e) => `| [${e.bench}](#${e.bench}) | ${verdict(e)} | ${e.ranAt.slice(0, 16).replace('T', ' ')} | ${Math.round(e.seconds)} s | ${e.loadAverage.toFixed(2)} |`),
    '',
    `A load average above the number of cores (${machine.cores}) means other work shared the machine during that bench: its`,
    'latencies are then upper bounds. Compare runs made on the same machine under similar load.',
    '',
    ...renderGoals(sorted),
    ...sorted.flatMap(renderSectionSafely),
  ].join('\n');
}

/** Every goal of every bench beside its figure, in one table. */
function renderGoals(entries: BenchEntry[]): string[] {
  const rows = entries.flatMap((entry) =>
    (entry.result?.metrics ?? [])
      .filter((metric) => metric.goal !== undefined)
      .map((metric) => `| ${entry.bench} | ${escapeCell(metric.name.trim())} | ${escapeCell(formatValue(metric))} | ${escapeCell(metric.goal ?? '')} | ${isMissedGoal(metric) ? '**missed**' : metric.ok ? 'met' : ''} |`),
  );
  if (!rows.length) return [];
  return ['## Goals', '', '| Bench | Figure | Measured | Goal | |', '|---|---|---:|---|---|', ...rows, ''];
}

/** A section that cannot be rendered (a malformed stored entry) says so; the others are still written. */
function renderSectionSafely(entry: BenchEntry): string[] {
  try {
    return renderSection(entry);
  } catch (error) {
    return [`## ${entry.bench}`, '', `**Could not be rendered:** ${escapeCell(error instanceof Error ? error.message : String(error))}`, ''];
  }
}

function renderSection(entry: BenchEntry): string[] {
  const body = entry.result
    ? [
        `${entry.result.name}`,
        '',
        '| Figure | Value | Goal | Met |',
        '|---|---:|---|---|',
        ...entry.result.metrics.map(renderMetric),
      ]
    : [entry.skipped ? `Skipped: ${entry.skipped}` : `**Failed:** ${escapeCell(entry.error ?? 'unknown error')}`];
  return [`## ${entry.bench}`, '', ...body, '', `${ENTRY_MARK}${JSON.stringify(entry)} -->`, ''];
}

function renderMetric(metric: BenchMetric): string {
  const value = isMeasured(metric) ? escapeCell(formatValue(metric)) : `*${escapeCell(formatValue(metric))}*`;
  const met = !isMeasured(metric) ? (metric.goal === undefined ? '' : '**missing**') : metric.ok === undefined ? '' : metric.ok ? 'ok' : '**not ok**';
  return `| ${escapeCell(metric.name.trim())} | ${value} | ${escapeCell(metric.goal ?? '')} | ${met} |`;
}

/** "2/2 ok", "1/3 ok", "1/2 ok, 1 missing", "failed", "skipped" or "no goals". */
export function verdict(entry: BenchEntry): string {
  if (entry.skipped) return 'skipped';
  if (!entry.result) return '**failed**';
  if (!Array.isArray(entry.result.metrics)) return '**unreadable**';
  const metrics = entry.result.metrics;
  const judged = metrics.filter((m) => m.ok !== undefined || (m.goal !== undefined && !isMeasured(m)));
  const missing = metrics.filter((m) => !isMeasured(m)).length;
  const missingNote = missing ? `, ${missing} missing` : '';
  if (!judged.length) return missing ? `**no goals${missingNote}**` : 'no goals';
  const met = judged.filter((m) => !isMissedGoal(m) && m.ok).length;
  return met === judged.length && !missing ? `${met}/${judged.length} ok` : `**${met}/${judged.length} ok${missingNote}**`;
}

/**
 * The one-screen summary `npm run bench` ends with: a line per bench, then every goal missed and
 * every figure that could not be measured, each with its bench.
 */
export function summarize(entries: BenchEntry[]): string {
  const lines = ['Summary', ...entries.map((e) => `  ${e.bench.padEnd(16)} ${verdict(e).replace(/\*/g, '')}${e.error ? `: ${firstLine(e.error)}` : e.skipped ? `: ${e.skipped}` : ''}`)];
  const metrics = entries.flatMap((e) => (e.result?.metrics ?? []).map((metric) => ({ bench: e.bench, metric })));
  const missed = metrics.filter(({ metric }) => isMeasured(metric) && isMissedGoal(metric));
  const missing = metrics.filter(({ metric }) => !isMeasured(metric));
  const judged = metrics.filter(({ metric }) => metric.goal !== undefined).length;
  lines.push('', `Goals met: ${judged - missed.length - missing.filter(({ metric }) => metric.goal !== undefined).length} of ${judged}`);
  if (missed.length) lines.push('Goals missed:', ...missed.map(({ bench, metric }) => `  ${bench}: ${metric.name.trim()} = ${formatValue(metric)} (goal ${metric.goal})`));
  if (missing.length) lines.push('Figures missing (not measured):', ...missing.map(({ bench, metric }) => `  ${bench}: ${metric.name.trim()}${metric.missing ? ` (${metric.missing})` : ''}`));
  const failed = entries.filter((e) => !e.skipped && !e.result);
  if (failed.length) lines.push(`Benches that failed: ${failed.map((e) => e.bench).join(', ')} (their sections say why)`);
  return lines.join('\n');
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 120);
}

function rank(order: string[], bench: string): number {
  const at = order.indexOf(bench);
  return at < 0 ? order.length : at;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
