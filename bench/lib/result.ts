/** One measured number; `goal` says in words what good looks like, `ok` whether this run met it. */
export interface BenchMetric {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  ok?: boolean;
}

/** What every bench's `run()` returns, so bench/run.ts can print and judge them all alike. */
export interface BenchResult {
  name: string;
  metrics: BenchMetric[];
}

/** Renders a result as aligned lines, one per metric, marking each goal met or missed. */
export function formatResult(result: BenchResult): string {
  const width = Math.max(...result.metrics.map((m) => m.name.length));
  const lines = result.metrics.map((m) => {
    const value = Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(2);
    const verdict = m.goal === undefined ? '' : `  goal ${m.goal}: ${m.ok ? 'ok' : 'MISSED'}`;
    return `  ${m.name.padEnd(width)}  ${value} ${m.unit}${verdict}`;
  });
  return [`${result.name}`, ...lines].join('\n');
}

/** True when no metric with a goal missed it. */
export function isPassing(result: BenchResult): boolean {
  return result.metrics.every((m) => m.ok !== false);
}
