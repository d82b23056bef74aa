import { describe, expect, it } from 'vitest';
import { parseEntries, renderReport, summarize, verdict, type BenchEntry, type Machine } from '../../bench/lib/report';
import { formatResult, isPassing, type BenchResult } from '../../bench/lib/result';

const MACHINE: Machine = { cpu: 'Test CPU', cores: 2, memoryGiB: 4, os: 'Linux', node: 'v20', postgres: '15', redis: '7' };
const ORDER = ['auth-throughput', 'chat', 'upload'];

function entry(bench: string, result?: BenchResult, extra: Partial<BenchEntry> = {}): BenchEntry {
  return { bench, ranAt: '2026-12-06T21:00:00.000Z', seconds: 12, loadAverage: 1.5, result, ...extra };
}

/** A chat result as it arrives from the bench's child process: NaN figures became null in JSON. */
const chatWithMissing: BenchResult = JSON.parse(
  JSON.stringify({
    name: 'chat overhead',
    metrics: [
      { name: 'latency p50', value: 41.2, unit: 'ms' },
      { name: '  authentication p50', value: NaN, unit: 'ms', missing: 'no call of this phase was timed' },
      { name: 'overhead p95', value: NaN, unit: 'ms', goal: '<= 30 ms', ok: false },
      { name: 'throughput', value: 150, unit: 'req/s', goal: '>= 100 req/s', ok: true },
    ],
  }),
) as BenchResult;

const authMissedGoal: BenchResult = { name: 'auth', metrics: [{ name: 'p95', value: 45.5, unit: 'ms', goal: '<= 20 ms', ok: false }] };

describe('bench report with figures that could not be measured', () => {
  it('renders a missing figure as missing, and still writes every other section', () => {
    const report = renderReport(MACHINE, [entry('chat', chatWithMissing), entry('auth-throughput', authMissedGoal), entry('upload', undefined, { error: 'exited with code 1' })], ORDER);
    expect(report).toContain('| authentication p50 | *missing (no call of this phase was timed)* |  |  |');
    expect(report).toContain('| overhead p95 | *missing* | <= 30 ms | **missing** |');
    expect(report).toContain('| throughput | 150 req/s | >= 100 req/s | ok |');
    expect(report).toContain('| p95 | 45.50 ms | <= 20 ms | **not ok** |');
    expect(report).toContain('**Failed:** exited with code 1');
    expect(report.indexOf('## auth-throughput')).toBeLessThan(report.indexOf('## chat'));
    expect(report).not.toMatch(/NaN|null ms/);
  });

  it('keeps the entries so a later partial run can rewrite the report, missing figures included', () => {
    const report = renderReport(MACHINE, [entry('chat', chatWithMissing)], ORDER);
    const [parsed] = parseEntries(report);
    expect(parsed.result?.metrics[1].value).toBeNull();
    expect(renderReport(MACHINE, parseEntries(report), ORDER)).toContain('*missing (no call of this phase was timed)*');
  });

  it('still writes the report when a stored section is malformed', () => {
    const broken = { ...entry('chat'), result: { name: 'x', metrics: null } } as unknown as BenchEntry;
    const report = renderReport(MACHINE, [broken, entry('auth-throughput', authMissedGoal)], ORDER);
    expect(report).toContain('## chat');
    expect(report).toContain('**Could not be rendered:**');
    expect(report).toContain('| p95 | 45.50 ms | <= 20 ms | **not ok** |');
  });

  it('counts a missing figure with a goal as not met, in the verdict, the pass check and the console output', () => {
    expect(verdict(entry('chat', chatWithMissing))).toBe('**1/2 ok, 2 missing**');
    expect(isPassing(chatWithMissing)).toBe(false);
    expect(isPassing({ name: 'fine', metrics: [{ name: 'p50', value: 1, unit: 'ms' }, { name: 'x', value: 2, unit: 'ms', goal: '<= 3 ms', ok: true }] })).toBe(true);
    expect(formatResult(chatWithMissing)).toContain('overhead p95          missing  goal <= 30 ms: MISSED');
  });

  it('ends with a one-screen summary naming every goal missed and every figure missing', () => {
    const summary = summarize([entry('auth-throughput', authMissedGoal), entry('chat', chatWithMissing), entry('upload', undefined, { error: 'boom\nstack' })]);
    expect(summary).toContain('Goals met: 1 of 3');
    expect(summary).toContain('auth-throughput: p95 = 45.50 ms (goal <= 20 ms)');
    expect(summary).toContain('chat: authentication p50 (no call of this phase was timed)');
    expect(summary).toContain('chat: overhead p95');
    expect(summary).toContain('upload           failed: boom');
    expect(summary.split('\n').length).toBeLessThan(25);
  });
});
