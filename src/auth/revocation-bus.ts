import { EventEmitter } from 'node:events';
import { createRedis, type Redis } from '../infra/redis';
import type { Logger } from '../logger';
import { safeError } from '../logger';

/** Keys that must stop working now, announced to every API process. */
export interface Revocation {
  keyIds: string[];
  reason: 'revoked' | 'expired';
}

/**
 * Carries key revocations across API replicas over Redis pub/sub: the process that revokes
 * publishes, every process (itself included, synchronously) drops the keys from its principal
 * cache and closes their sockets. `isLive` is false while the subscription is not established:
 * a replica that might miss a revocation must not trust its cache, so the authenticator reads
 * the database then, and every open socket is re-checked once the subscription is back.
 */
export class RevocationBus extends EventEmitter<{ revoked: [Revocation]; resync: [] }> {
  private subscriber: Redis | null = null;
  private live = false;
  private everLive = false;

  constructor(
    private readonly publisher: Redis,
    private readonly redisUrl: string,
    private readonly channel: string,
    private readonly log: Logger,
  ) {
    super();
    this.setMaxListeners(50);
  }

  /** True while this process is subscribed, i.e. it hears every revocation published from now on. */
  get isLive(): boolean {
    return this.live;
  }

  /** Subscribes this process; resolves once subscribed (or at once when Redis is not reachable yet). */
  async start(): Promise<void> {
    if (this.subscriber) return;
    const subscriber = createRedis(this.redisUrl, { maxRetriesPerRequest: null, autoResubscribe: false, enableReadyCheck: false });
    this.subscriber = subscriber;
    subscriber.on('message', (_channel: string, message: string) => this.receive(message));
    subscriber.on('error', () => undefined);
    subscriber.on('close', () => {
      if (this.live) this.log.warn('revocation bus disconnected: principal cache bypassed until it is back');
      this.live = false;
    });
    // Subscribe ourselves on every (re)connect, and only then trust the cache again.
    subscriber.on('ready', () => void this.subscribe());
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      this.once('resync', done);
      subscriber.once('error', done);
    });
  }

  /** Announces revoked or expired keys to every process, this one first (before any round trip). */
  async publish(revocation: Revocation): Promise<void> {
    if (revocation.keyIds.length === 0) return;
    this.emit('revoked', revocation);
    try {
      await this.publisher.publish(this.channel, JSON.stringify(revocation));
    } catch (error) {
      // Other replicas still refuse the key: their caches are bypassed while Redis is unreachable.
      this.log.error({ err: safeError(error), keyIds: revocation.keyIds }, 'could not publish a key revocation');
    }
  }

  /** Stops listening. */
  async close(): Promise<void> {
    this.live = false;
    const subscriber = this.subscriber;
    this.subscriber = null;
    await subscriber?.quit().catch(() => undefined);
  }

  private async subscribe(): Promise<void> {
    try {
      await this.subscriber?.subscribe(this.channel);
    } catch (error) {
      this.log.warn({ err: safeError(error) }, 'revocation bus could not subscribe');
      return;
    }
    if (this.everLive) this.log.info('revocation bus reconnected: cache cleared, open sockets re-checked');
    this.live = true;
    this.everLive = true;
    this.emit('resync');
  }

  private receive(message: string): void {
    try {
      const parsed = JSON.parse(message) as Partial<Revocation>;
      const keyIds = Array.isArray(parsed.keyIds) ? parsed.keyIds.filter((id): id is string => typeof id === 'string') : [];
      if (keyIds.length) this.emit('revoked', { keyIds, reason: parsed.reason === 'expired' ? 'expired' : 'revoked' });
    } catch (error) {
      this.log.warn({ err: safeError(error) }, 'ignored a malformed revocation message');
    }
  }
}
