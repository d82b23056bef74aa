import { createAsyncQueue } from './async-queue';
import { createRedis, type Redis } from './redis';
import type { Logger } from '../logger';

/**
 * Events of one kind over Redis pub/sub, so whichever process makes a change (a worker, another
 * API replica) reaches every listener of every process. One subscriber connection per instance; a
 * channel is subscribed while at least one listener needs it and unsubscribed when the last leaves.
 * `decode` turns a published message back into an event (a malformed one is logged and skipped).
 */
export class RedisChannels<T> {
  private subscriber: Redis | null = null;
  private readonly listeners = new Map<string, Set<(event: T) => void>>();

  constructor(
    private readonly publisher: Redis,
    private readonly redisUrl: string,
    private readonly log: Logger,
    private readonly kind: string,
    private readonly decode: (message: string) => T = (message) => JSON.parse(message) as T,
  ) {}

  /** Publishes one event on each of `channels`, serialised once. */
  async publish(event: T, ...channels: string[]): Promise<void> {
    const message = JSON.stringify(event);
    for (const channel of channels) await this.publisher.publish(channel, message);
  }

  /** Events of `channel` from now on; iterate it, and `return()` it to unsubscribe. */
  async listen(channel: string) {
    const queue = createAsyncQueue<T>(() => this.removeListener(channel, listener));
    const listener = (event: T) => queue.push(event);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    if (set.size === 1) await this.connection().subscribe(channel);
    return queue;
  }

  /** Channels this instance is subscribed to (for tests and metrics). */
  activeChannels(): string[] {
    return [...this.listeners.keys()];
  }

  /** Closes the subscriber connection. */
  async close(): Promise<void> {
    this.listeners.clear();
    await this.subscriber?.quit().catch(() => undefined);
    this.subscriber = null;
  }

  private connection(): Redis {
    if (this.subscriber) return this.subscriber;
    // ioredis re-subscribes to every channel by itself after a reconnect (autoResubscribe).
    // No ready check: its INFO command would race our SUBSCRIBE on a fresh connection ("only
    // subscriber commands may be used"); commands wait in the offline queue until connected.
    const subscriber = createRedis(this.redisUrl, { maxRetriesPerRequest: null, autoResubscribe: true, enableReadyCheck: false });
    subscriber.on('message', (channel: string, message: string) => this.dispatch(channel, message));
    subscriber.on('error', () => undefined);
    this.subscriber = subscriber;
    return subscriber;
  }

  private dispatch(channel: string, message: string): void {
    const set = this.listeners.get(channel);
    if (!set) return;
    let event: T;
    try {
      event = this.decode(message);
    } catch {
      this.log.warn({ channel }, `ignored a malformed ${this.kind} event`);
      return;
    }
    for (const listener of set) listener(event);
  }

  private removeListener(channel: string, listener: (event: T) => void): void {
    const set = this.listeners.get(channel);
    if (!set?.delete(listener) || set.size > 0) return;
    this.listeners.delete(channel);
    this.subscriber?.unsubscribe(channel).catch(() => undefined);
  }
}
