import type { App } from '../../src/app';
import { createPipeline, type Pipeline } from '../../src/pipeline';
import type { Transcriber } from '../../src/providers/transcriber';
import { startWorkers } from '../../src/queues/workers';
import { embedProcessor } from '../../src/workers/embed.processor';
import { consentRevokedProcessor, purgeProcessor } from '../../src/workers/purge.processor';
import { transcribeProcessor } from '../../src/workers/transcribe.processor';

/** Every worker of the system, in-process, on the test app's queues (what `npm run worker` runs). */
export async function startTestWorkers(app: App, transcriber: Transcriber): Promise<{ pipeline: Pipeline; close(): Promise<void> }> {
  const pipeline = createPipeline(app, transcriber);
  const workers = await startWorkers(app, [
    transcribeProcessor({ transcription: pipeline.transcription, status: app.status }),
    embedProcessor({ indexing: pipeline.indexing, status: app.status }),
    purgeProcessor({ purge: app.purge }),
    consentRevokedProcessor({ purge: app.purge }),
  ]);
  return { pipeline, close: () => workers.close() };
}
