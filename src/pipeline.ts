import type { Core } from './composition/core';
import { createTranscriber } from './providers';
import type { Transcriber } from './providers/transcriber';
import { IndexingService } from './retrieval/indexing.service';
import { TranscriptionService } from './transcripts/transcription.service';

/** The worker-side services of the pipeline, built on the core. */
export interface Pipeline {
  transcription: TranscriptionService;
  indexing: IndexingService;
}

/** Builds transcription and indexing with the configured (or given) transcriber. */
export function createPipeline(app: Core, transcriber: Transcriber = createTranscriber(app.config)): Pipeline {
  const transcription = new TranscriptionService({ db: app.db, store: app.store, consent: app.consent, status: app.status, queues: app.queues, transcriber, log: app.log, audit: app.audit });
  const indexing = new IndexingService({ db: app.db, chunks: app.chunks, consent: app.consent, status: app.status, embedder: app.embedder, log: app.log });
  return { transcription, indexing };
}
