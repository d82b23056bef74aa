import { formatResult, isPassing, type BenchResult } from './result';

/**
 * What a bench does when executed directly: run, print the aligned figures, and with `--json` also
 * the BenchResult as JSON on the last line (bench/run.ts reads it). Exits non-zero on a missed goal.
 */
export function runAsMain(name: string, run: () => Promise<BenchResult>): void {
  run()
    .then((result) => {
      console.log(formatResult(result));
      if (process.argv.includes('--json')) console.log(JSON.stringify(result));
      process.exit(isPassing(result) ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(`[${name}] failed:`, error);
      process.exit(2);
    });
}
