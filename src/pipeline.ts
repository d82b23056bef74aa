import type { Config } from './config';
import { createTranscriber } from './providers';
import type { Transcriber } from './providers/transcriber';
import { IndexingService } from './retrieval/indexing.service';
import { TranscriptionService } from './transcripts/transcription.service';

/** The worker-side services of the pipeline. */
export interface Pipeline {
  transcription: TranscriptionService;
  indexing: IndexingService;
}

/** What the pipeline is built from (the core has all of it): the services' own dependencies and the config. */
export type PipelineDeps = Omit<ConstructorParameters<typeof TranscriptionService>[0], 'transcriber'> &
  ConstructorParameters<typeof IndexingService>[0] & { config: Config };

/** Builds transcription and indexing with the configured (or given) transcriber. */
export function createPipeline(app: PipelineDeps, transcriber: Transcriber = createTranscriber(app.config)): Pipeline {
  const transcription = new TranscriptionService({ db: app.db, store: app.store, consent: app.consent, status: app.status, queues: app.queues, transcriber, log: app.log, audit: app.audit });
  const indexing = new IndexingService({ db: app.db, chunks: app.chunks, consent: app.consent, status: app.status, embedder: app.embedder, log: app.log });
  return { transcription, indexing };
}
