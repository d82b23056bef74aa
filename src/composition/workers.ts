import { WhisperTranscriber } from '../offline/whisper/whisper.transcriber';
import { createTranscriber } from '../providers';
import type { Transcriber } from '../providers/transcriber';
import { PipelineOperations } from '../operations/pipeline-ops';
import { StuckSessionSweeper } from '../operations/stuck-sessions';
import { RetentionService } from '../organizations/retention.service';
import { createPipeline, type Pipeline } from '../pipeline';
import { startWorkers } from '../queues/workers';
import { countTokens } from '../retrieval/chunker';
import { IncompleteUploadSweeper } from '../storage/incomplete-uploads';
import { startAlertWorkers } from '../workers/alert.processor';
import { embedProcessor } from '../workers/embed.processor';
import { consentRevokedProcessor, maintenanceProcessor, purgeProcessor, scheduleMaintenance } from '../workers/purge.processor';
import { transcribeProcessor } from '../workers/transcribe.processor';
import type { Core } from './core';

/** What only the worker process builds: the pipeline, the operator's sweeps and every queue's processor. */
export interface WorkerParts {
  pipeline: Pipeline;
  operations: PipelineOperations;
  /** Checks the transcriber, warms the models, then processes the core's queues (each opened once, by the core). */
  start(): Promise<{ queueNames: string[] }>;
  /** Lets running jobs finish; the core closes the queues. */
  close(): Promise<void>;
}

/** Wires the processors on a core: no resolvers, no GraphQL container, no second set of queues. */
export function createWorkerParts(core: Core, options: { transcriber?: Transcriber } = {}): WorkerParts {
  const { config, log } = core;
  const transcriber = options.transcriber ?? createTranscriber(config);
  const pipeline = createPipeline(core, transcriber);
  const operations = new PipelineOperations(core);
  const sweeper = new StuckSessionSweeper({ ...core, operations, stuckAfterMs: config.queues.stuckAfterMs, maxAttempts: config.queues.attempts });
  const registrations = [
    transcribeProcessor({ transcription: pipeline.transcription, status: core.status, concurrency: config.workers.transcribeConcurrency }),
    embedProcessor({ indexing: pipeline.indexing, status: core.status, concurrency: config.workers.embedConcurrency }),
    purgeProcessor({ purge: core.purge }),
    consentRevokedProcessor({ purge: core.purge }),
    maintenanceProcessor({
      sweeper,
      retention: new RetentionService({ db: core.db, store: core.store, audit: core.audit, log }),
      uploads: new IncompleteUploadSweeper({ store: core.store, maxAgeMs: config.dataHandling.incompleteUploadMaxAgeMs, log }),
    }),
  ];
  let running: { close(): Promise<void> }[] = [];
  return {
    pipeline,
    operations,
    async start() {
      // A whisper.cpp set-up that cannot work (package not built, bad model file) fails here, not per job.
      if (transcriber instanceof WhisperTranscriber) await transcriber.check();
      // Load the tokenizer and word vectors now rather than in the first job.
      await (core.embedder as { warmUp?: () => Promise<void> }).warmUp?.();
      countTokens('');
      const workers = await startWorkers(core, registrations, core.queues);
      await scheduleMaintenance(workers.queues);
      const alertWorkers = startAlertWorkers(core, { queues: core.alertQueues });
      running = [alertWorkers, workers];
      return { queueNames: [...workers.queueNames, ...alertWorkers.queueNames] };
    },
    async close() {
      for (const part of running) await part.close();
    },
  };
}
