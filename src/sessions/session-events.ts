import type { SessionStatus } from '../db/prisma';
import type { Redis } from '../infra/redis';
import { RedisChannels } from '../infra/redis-channels';
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
 * Status events over Redis pub/sub (RedisChannels), so whichever process makes a change (a worker,
 * another API replica) reaches every subscriber: one channel per session and one per organization.
 */
export class SessionEvents {
  private readonly channels: RedisChannels<SessionStatusEvent>;

  constructor(publisher: Redis, redisUrl: string, private readonly prefix: string, log: Logger) {
    this.channels = new RedisChannels<SessionStatusEvent>(publisher, redisUrl, log, 'session status', (message) => {
      const raw = JSON.parse(message) as SessionStatusEvent & { at: string };
      return { ...raw, at: new Date(raw.at) };
    });
  }

  /** Publishes one event to all processes: on the session's channel and its organization's feed. */
  async publish(event: SessionStatusEvent): Promise<void> {
    const channels = [channelOf(this.prefix, event.sessionId)];
    if (event.organizationId) channels.push(organizationChannelOf(this.prefix, event.organizationId));
    await this.channels.publish(event, ...channels);
  }

  /** Events for one session from now on; iterate it, and `return()` it to unsubscribe. */
  async listen(sessionId: string) {
    return this.channels.listen(channelOf(this.prefix, sessionId));
  }

  /** Events of every session of an organization from now on (the feed; filter per subscriber). */
  async listenToOrganization(organizationId: string) {
    return this.channels.listen(organizationChannelOf(this.prefix, organizationId));
  }

  /** Channels this process is subscribed to (for tests and metrics). */
  activeChannels(): string[] {
    return this.channels.activeChannels();
  }

  /** Closes the subscriber connection. */
  async close(): Promise<void> {
    await this.channels.close();
  }
}
