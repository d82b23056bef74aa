import type { ApiKeyRepository } from '../apikeys/apikey.repository';
import type { Logger } from '../logger';
import { safeError } from '../logger';

/**
 * Records when each key was last used, in one UPDATE per interval for all keys used meanwhile,
 * instead of a write per request. `flush()` runs on the timer and at shutdown.
 */
export class KeyUsageRecorder {
  private pending = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly log: Logger,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => void this.flush(), Math.max(1_000, intervalMs));
    this.timer.unref();
  }

  /** Notes a use of `keyId` at `now` (epoch ms); written with the next batch. */
  record(keyId: string, now: number): void {
    this.pending.set(keyId, now);
  }

  /** Writes every pending use in one statement; never moves lastUsedAt backwards. */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const ids = [...batch.keys()];
    const times = ids.map((id) => new Date(batch.get(id)!));
    try {
      await this.keys.recordUses(ids, times);
    } catch (error) {
      this.log.warn({ err: safeError(error), keys: ids.length }, 'could not record key use');
    }
  }

  /** Stops the timer and writes what is pending. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
