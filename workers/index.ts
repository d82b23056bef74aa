import 'reflect-metadata';
import { bootstrap, onShutdown } from '../src/bootstrap';
import { createCore } from '../src/composition/core';
import { createWorkerParts } from '../src/composition/workers';
import { WorkFolder } from '../src/infra/work-folder';
import { safeError } from '../src/logger';

/** How often each worker sweeps its machine's work folder. */
const WORK_SWEEP_INTERVAL_MS = 5 * 60_000;

/** The worker process: `npm run worker`. Any number of them may run against the same Redis. */
async function main(): Promise<void> {
  const { config, log } = bootstrap('therapyrag-worker');
  // Decoded audio a killed worker left on this machine goes before any new job starts.
  const workFolder = new WorkFolder({ root: config.dataHandling.workDir, maxAgeMs: config.dataHandling.workMaxAgeMs, log });
  await workFolder.removeLeftovers();
  const sweeping = workFolder.startSweeping(WORK_SWEEP_INTERVAL_MS);
  // The core and the worker parts only: no resolvers, no GraphQL container, and the queues the core opens are the ones processed.
  const app = createCore(config, log);
  await app.store.ensureBucket();
  const workers = createWorkerParts(app);
  const { queueNames } = await workers.start();
  // The stop handler before the line that says we started (see src/main.ts).
  onShutdown(log, async () => {
    sweeping.stop();
    await workers.close();
    await app.close();
  });
  log.info({ queues: queueNames, providers: app.providers }, 'workers started');
}

main().catch((error: unknown) => {
  process.stderr.write(`worker failed to start: ${JSON.stringify(safeError(error))}\n`);
  process.exit(1);
});
