/**
 * One measured number; `goal` says in words what good looks like, `ok` whether this run met it.
 * A figure the bench could not measure has `value` null (NaN turns into null on its way through
 * JSON) and, ideally, `missing` saying why; it is reported as missing, never as a number.
 */
export interface BenchMetric {
  name: string;
  value: number | null;
  unit: string;
  goal?: string;
  ok?: boolean;
  missing?: string;
}

/** True when the figure is a real number (not null, NaN or infinite). */
export function isMeasured(metric: BenchMetric): metric is BenchMetric & { value: number } {
  return typeof metric.value === 'number' && Number.isFinite(metric.value);
}

/** "12.35 ms", or "missing (why)" for a figure that could not be measured. */
export function formatValue(metric: BenchMetric): string {
  if (!isMeasured(metric)) return `missing${metric.missing ? ` (${metric.missing})` : ''}`;
  return `${Number.isInteger(metric.value) ? String(metric.value) : metric.value.toFixed(2)} ${metric.unit}`.trim();
}

/** A figure whose goal was not met; a missing figure with a goal counts as not met (nothing proves it). */
export function isMissedGoal(metric: BenchMetric): boolean {
  return metric.goal !== undefined && (!isMeasured(metric) || metric.ok === false);
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
    const verdict = m.goal === undefined ? '' : `  goal ${m.goal}: ${isMissedGoal(m) ? 'MISSED' : m.ok ? 'ok' : ''}`;
    return `  ${m.name.padEnd(width)}  ${formatValue(m)}${verdict}`;
  });
  return [`${result.name}`, ...lines].join('\n');
}

/** True when no metric with a goal missed it (or could not be measured). */
export function isPassing(result: BenchResult): boolean {
  return result.metrics.every((m) => m.ok !== false && !isMissedGoal(m));
}
