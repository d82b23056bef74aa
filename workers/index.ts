import 'reflect-metadata';
import { createCore } from '../src/composition/core';
import { bootstrap, onShutdown } from '../src/bootstrap';
import { safeError } from '../src/logger';
import { createPipeline } from '../src/pipeline';
import { countTokens } from '../src/retrieval/chunker';
import { createTranscriber } from '../src/providers';
import { WhisperTranscriber } from '../src/providers/whisper.transcriber';
import { startWorkers } from '../src/queues/workers';
import { embedProcessor } from './embed.processor';
import { consentRevokedProcessor, maintenanceProcessor, purgeProcessor, scheduleMaintenance } from './purge.processor';
import { PipelineOperations } from '../src/operations/pipeline-ops';
import { StuckSessionSweeper } from '../src/operations/stuck-sessions';
import { RetentionService } from '../src/organizations/retention.service';
import { transcribeProcessor } from './transcribe.processor';
import { startAlertWorkers } from './alert.processor';
import { WorkFolder } from '../src/infra/work-folder';
import { IncompleteUploadSweeper } from '../src/storage/incomplete-uploads';

/** How often each worker sweeps its machine's work folder. */
const WORK_SWEEP_INTERVAL_MS = 5 * 60_000;

/** The worker process: `npm run worker`. Any number of them may run against the same Redis. */
async function main(): Promise<void> {
  const { config, log } = bootstrap('therapyrag-worker');
  // Decoded audio a killed worker left on this machine goes before any new job starts.
  const workFolder = new WorkFolder({ root: config.dataHandling.workDir, maxAgeMs: config.dataHandling.workMaxAgeMs, log });
  await workFolder.removeLeftovers();
  const sweeping = workFolder.startSweeping(WORK_SWEEP_INTERVAL_MS);
  // The core only: no resolvers, no GraphQL container, and the queues it opens are the ones processed.
  const app = createCore(config, log);
  await app.store.ensureBucket();
  const transcriber = createTranscriber(config);
  // A whisper.cpp set-up that cannot work (package not built, bad model file) fails here, not per job.
  if (transcriber instanceof WhisperTranscriber) await transcriber.check();
  const pipeline = createPipeline(app, transcriber);
  // Load the tokenizer and word vectors now rather than in the first job.
  await (app.embedder as { warmUp?: () => Promise<void> }).warmUp?.();
  countTokens('');
  const operations = new PipelineOperations(app);
  const sweeper = new StuckSessionSweeper({ ...app, operations, stuckAfterMs: config.queues.stuckAfterMs, maxAttempts: config.queues.attempts });
  const workers = await startWorkers(app, [
    transcribeProcessor({ transcription: pipeline.transcription, status: app.status, concurrency: config.workers.transcribeConcurrency }),
    embedProcessor({ indexing: pipeline.indexing, status: app.status, concurrency: config.workers.embedConcurrency }),
    purgeProcessor({ purge: app.purge }),
    consentRevokedProcessor({ purge: app.purge }),
    maintenanceProcessor({
      sweeper,
      retention: new RetentionService({ db: app.db, store: app.store, audit: app.audit, log }),
      uploads: new IncompleteUploadSweeper({ store: app.store, maxAgeMs: config.dataHandling.incompleteUploadMaxAgeMs, log }),
    }),
  ], app.queues);
  await scheduleMaintenance(workers.queues);
  const alertWorkers = startAlertWorkers(app, { queues: app.alertQueues });
  log.info({ queues: [...workers.queueNames, ...alertWorkers.queueNames], providers: app.providers }, 'workers started');
  onShutdown(log, async () => {
    await alertWorkers.close();
    sweeping.stop();
    await workers.close();
    await app.close();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`worker failed to start: ${JSON.stringify(safeError(error))}\n`);
  process.exit(1);
});
