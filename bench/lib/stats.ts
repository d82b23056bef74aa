/** The same seeded PRNG the product uses for reproducible clustering. */
export { seededRandom } from '../../src/infra/seeded-random';

/** Rounds to two decimals, for figures printed in a table. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The q-quantile (0..1) of `values` by nearest rank; NaN when there are none. */
export function percentile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Milliseconds since `started` (a performance.now() reading). */
export function elapsedMs(started: number): number {
  return performance.now() - started;
}


/** A positive number from the environment, else `fallback`; anything else is a mistake worth stopping for. */
export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number (got "${raw}")`);
  return value;
}
