import type { Redis } from '../infra/redis';
import { RedisChannels } from '../infra/redis-channels';
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
 * Risk alert events over Redis pub/sub (RedisChannels, as SessionEvents), one channel per
 * organization: whichever process raises, acknowledges or escalates an alert (an API replica, a
 * worker) reaches every subscriber of every replica.
 */
export class RiskAlertEvents {
  private readonly channels: RedisChannels<RiskAlertEvent>;

  constructor(publisher: Redis, redisUrl: string, private readonly prefix: string, log: Logger) {
    this.channels = new RedisChannels<RiskAlertEvent>(publisher, redisUrl, log, 'risk alert');
  }

  /** Publishes one event to all processes. */
  async publish(event: RiskAlertEvent): Promise<void> {
    await this.channels.publish(event, channelOf(this.prefix, event.organizationId));
  }

  /** Events of one organization from now on; iterate it, and `return()` it to unsubscribe. */
  async listen(organizationId: string) {
    return this.channels.listen(channelOf(this.prefix, organizationId));
  }

  /** Closes the subscriber connection. */
  async close(): Promise<void> {
    await this.channels.close();
  }
}
