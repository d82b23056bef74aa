import type Bull from 'bull';
import type { Config } from '../config';
import { closeQueues, createQueues, type QueueName, type Queues } from './queues';

/** A processor for one queue: builds its handler (the services it calls were given to its factory). */
export interface ProcessorRegistration {
  queue: QueueName;
  concurrency: number;
  build(queues: Queues): (job: Bull.Job) => Promise<unknown>;
}

/**
 * Starts every registered processor on `given` queues (the core's, so a worker process opens each
 * queue once), or on queues of its own (from `deps.config`) when none are given. `close()` lets running jobs finish, then
 * closes the queues it opened (the core closes its own).
 */
export async function startWorkers(deps: { config: Pick<Config, 'redis' | 'queues'> }, registrations: ProcessorRegistration[], given?: Queues) {
  const queues = given ?? createQueues(deps.config);
  for (const registration of registrations) {
    const handler = registration.build(queues);
    void queues[registration.queue].process(registration.concurrency, handler);
  }
  return {
    queues,
    queueNames: registrations.map((r) => r.queue),
    async close() {
      await Promise.allSettled(Object.values(queues).map((q) => q.pause(true, false)));
      if (!given) await closeQueues(queues);
    },
  };
}
