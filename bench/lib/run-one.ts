/**
 * Runs one bench module in this (fresh) process for bench/run.ts: `tsx bench/lib/run-one.ts <name>`.
 * Prints the aligned figures, then one JSON line last: `{"result": BenchResult}` or `{"error": "…"}`.
 * Going through `run()` rather than the bench's own main works for every bench, including ones
 * whose command line has no `--json`.
 */
import 'reflect-metadata';
import 'dotenv/config';
import path from 'node:path';
import { formatResult, type BenchResult } from './result';

async function main(name: string): Promise<void> {
  const module = (await import(path.join(__dirname, '..', `${name}.ts`))) as { run?: () => Promise<BenchResult> };
  if (typeof module.run !== 'function') throw new Error(`bench/${name}.ts does not export run()`);
  const result = await module.run();
  console.log(formatResult(result));
  console.log(JSON.stringify({ result }));
}

const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: tsx bench/lib/run-one.ts <bench name>');
  process.exit(2);
}
main(name)
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`[${name}] failed:`, error);
    console.log(JSON.stringify({ error: error instanceof Error ? error.message.split('\n')[0] : String(error) }));
    process.exit(1);
  });
