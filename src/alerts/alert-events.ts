import { createAsyncQueue } from '../infra/async-queue';
import { createRedis, type Redis } from '../infra/redis';
import type { Logger } from '../logger';

/** What happened to a risk alert. */
export type RiskAlertChange = 'RAISED' | 'ACKNOWLEDGED' | 'ESCALATED';

/**
 * A change of a risk alert as published to every API replica. Ids only: subscribers read the
 * alert itself from the database, within their own scope, so no message text crosses Redis.
 */
export interface RiskAlertEvent {
  alertId: string;
  organizationId: string;
  patientId: string;
  change: RiskAlertChange;
}

const channelOf = (prefix: string, organizationId: string) => `${prefix}:risk-alerts:${organizationId}`;

/**
 * Risk alert events over Redis pub/sub, one channel per organization, the mechanism
 * SessionEvents uses for session status: whichever process raises, acknowledges or escalates an
 * alert (an API replica, a worker) reaches every subscriber of every replica.
 */
export class RiskAlertEvents {
  private subscriber: Redis | null = null;
  private readonly listeners = new Map<string, Set<(event: RiskAlertEvent) => void>>();

  constructor(
    private readonly publisher: Redis,
    private readonly redisUrl: string,
    private readonly prefix: string,
    private readonly log: Logger,
  ) {}

  /** Publishes one event to all processes. */
  async publish(event: RiskAlertEvent): Promise<void> {
    await this.publisher.publish(channelOf(this.prefix, event.organizationId), JSON.stringify(event));
  }

  /** Events of one organization from now on; iterate it, and `return()` it to unsubscribe. */
  async listen(organizationId: string) {
    const channel = channelOf(this.prefix, organizationId);
    const queue = createAsyncQueue<RiskAlertEvent>(() => this.removeListener(channel, listener));
    const listener = (event: RiskAlertEvent) => queue.push(event);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    if (set.size === 1) await this.connection().subscribe(channel);
    return queue;
  }

  /** Closes the subscriber connection. */
  async close(): Promise<void> {
    this.listeners.clear();
    await this.subscriber?.quit().catch(() => undefined);
    this.subscriber = null;
  }

  private connection(): Redis {
    if (this.subscriber) return this.subscriber;
    // Same settings as SessionEvents: no ready check (it would race SUBSCRIBE), resubscribe after reconnects.
    const subscriber = createRedis(this.redisUrl, { maxRetriesPerRequest: null, autoResubscribe: true, enableReadyCheck: false });
    subscriber.on('message', (channel: string, message: string) => this.dispatch(channel, message));
    subscriber.on('error', () => undefined);
    this.subscriber = subscriber;
    return subscriber;
  }

  private dispatch(channel: string, message: string): void {
    const set = this.listeners.get(channel);
    if (!set) return;
    try {
      const event = JSON.parse(message) as RiskAlertEvent;
      for (const listener of set) listener(event);
    } catch {
      this.log.warn({ channel }, 'ignored a malformed risk alert event');
    }
  }

  private removeListener(channel: string, listener: (event: RiskAlertEvent) => void): void {
    const set = this.listeners.get(channel);
    if (!set?.delete(listener) || set.size > 0) return;
    this.listeners.delete(channel);
    this.subscriber?.unsubscribe(channel).catch(() => undefined);
  }
}
