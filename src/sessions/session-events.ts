import type { SessionStatus } from '../db/prisma';
import { createAsyncQueue } from '../infra/async-queue';
import { createRedis, type Redis } from '../infra/redis';
import type { Logger } from '../logger';

/** A status change of a session, as published to every API replica. `DELETED` ends a stream. */
export interface SessionStatusEvent {
  sessionId: string;
  status: SessionStatus | 'DELETED';
  error: string | null;
  at: Date;
  /** The session's organization: when known, the event also goes to the organization's feed. */
  organizationId?: string;
  /** The session's patient (for the feed's per-subscriber access check). */
  patientId?: string;
}

const channelOf = (prefix: string, sessionId: string) => `${prefix}:session-status:${sessionId}`;
const organizationChannelOf = (prefix: string, organizationId: string) => `${prefix}:session-feed:${organizationId}`;

/**
 * Status events over Redis pub/sub, so whichever process makes a change (a worker, another API
 * replica) reaches every subscriber. One subscriber connection per process; a channel is
 * subscribed while at least one listener needs it and unsubscribed when the last one leaves.
 */
export class SessionEvents {
  private subscriber: Redis | null = null;
  private readonly listeners = new Map<string, Set<(event: SessionStatusEvent) => void>>();

  constructor(
    private readonly publisher: Redis,
    private readonly redisUrl: string,
    private readonly prefix: string,
    private readonly log: Logger,
  ) {}

  /** Publishes one event to all processes: on the session's channel and its organization's feed. */
  async publish(event: SessionStatusEvent): Promise<void> {
    const message = JSON.stringify(event);
    await this.publisher.publish(channelOf(this.prefix, event.sessionId), message);
    if (event.organizationId) await this.publisher.publish(organizationChannelOf(this.prefix, event.organizationId), message);
  }

  /** Events for one session from now on; iterate it, and `return()` it to unsubscribe. */
  async listen(sessionId: string) {
    return this.listenTo(channelOf(this.prefix, sessionId));
  }

  /** Events of every session of an organization from now on (the feed; filter per subscriber). */
  async listenToOrganization(organizationId: string) {
    return this.listenTo(organizationChannelOf(this.prefix, organizationId));
  }

  private async listenTo(channel: string) {
    const queue = createAsyncQueue<SessionStatusEvent>(() => this.removeListener(channel, listener));
    const listener = (event: SessionStatusEvent) => queue.push(event);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    if (set.size === 1) await this.connection().subscribe(channel);
    return queue;
  }

  /** Channels this process is subscribed to (for tests and metrics). */
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
    try {
      const raw = JSON.parse(message) as SessionStatusEvent & { at: string };
      const event = { ...raw, at: new Date(raw.at) };
      for (const listener of set) listener(event);
    } catch {
      this.log.warn({ channel }, 'ignored a malformed session status event');
    }
  }

  private removeListener(channel: string, listener: (event: SessionStatusEvent) => void): void {
    const set = this.listeners.get(channel);
    if (!set?.delete(listener) || set.size > 0) return;
    this.listeners.delete(channel);
    this.subscriber?.unsubscribe(channel).catch(() => undefined);
  }
}
