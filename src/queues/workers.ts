import type Bull from 'bull';
import type { App } from '../app';
import { closeQueues, createQueues, type QueueName, type Queues } from './queues';

/** A processor for one queue: builds its handler from the app's services. */
export interface ProcessorRegistration {
  queue: QueueName;
  concurrency: number;
  build(app: App, queues: Queues): (job: Bull.Job) => Promise<unknown>;
}

/** Starts every registered processor; `close()` lets running jobs finish, then closes connections. */
export async function startWorkers(app: App, registrations: ProcessorRegistration[]) {
  const queues = createQueues(app.config);
  for (const registration of registrations) {
    const handler = registration.build(app, queues);
    void queues[registration.queue].process(registration.concurrency, handler);
  }
  return {
    queues,
    queueNames: registrations.map((r) => r.queue),
    async close() {
      await Promise.allSettled(Object.values(queues).map((q) => q.pause(true, false)));
      await closeQueues(queues);
    },
  };
}
