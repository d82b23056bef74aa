import type { Alert } from '../db/prisma';
import type { RiskAlertEvent } from './alert-events';

/**
 * The subscriber's stream: the replayed open alerts, then one alert per event the subscriber may
 * see (`visible` reads it within their scope, so another therapist's patient is simply skipped).
 * A RAISED event for an alert already replayed is dropped; `return()` unsubscribes.
 */
export function alertStream(
  replay: Alert[],
  events: AsyncIterableIterator<RiskAlertEvent>,
  visible: (event: RiskAlertEvent) => Promise<Alert | null>,
): AsyncIterableIterator<Alert> {
  const replayed = new Set(replay.map((alert) => alert.id));
  const pending = [...replay];
  const iterator: AsyncIterableIterator<Alert> = {
    async next(): Promise<IteratorResult<Alert>> {
      if (pending.length) return { value: pending.shift()!, done: false };
      for (;;) {
        const event = await events.next();
        if (event.done) return { value: undefined, done: true };
        if (event.value.change === 'RAISED' && replayed.delete(event.value.alertId)) continue;
        const alert = await visible(event.value);
        if (alert) return { value: alert, done: false };
      }
    },
    async return(): Promise<IteratorResult<Alert>> {
      await events.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
