import type { Database, Session, SessionStatus } from '../db/prisma';
import type { Logger } from '../logger';
import { safeError } from '../logger';
import type { SessionEvents } from './session-events';
import { allowedSources, type TransitionCase } from './session-transitions';
import { SessionRepository } from './session.repository';

/** Extra columns a transition may set along with the status. */
export interface TransitionChanges {
  /** The case of SESSION_TRANSITIONS taken; required for retries, which may leave any status. */
  case?: TransitionCase;
  /** Narrows the table's sources further (older callers); a status the table forbids throws. */
  from?: readonly SessionStatus[];
  error?: string | null;
  durationSec?: number;
  incrementAttempts?: boolean;
  storageKey?: string | null;
}

/**
 * The one writer of session status: a conditional UPDATE (so a stale worker cannot move a session
 * backwards or revive a deleted one) followed by a Redis event for every subscriber.
 */
export class SessionStatusWriter {
  private readonly sessions: SessionRepository;

  constructor(
    db: Database,
    private readonly events: SessionEvents,
    private readonly log: Logger,
  ) {
    this.sessions = new SessionRepository(db);
  }

  /**
   * Moves a session to `to` when the transition table (session-transitions.ts) lets its current
   * status go there; returns the session, or null when it was deleted or in another status.
   */
  async transition(sessionId: string, to: SessionStatus, changes: TransitionChanges = {}): Promise<Session | null> {
    const from = allowedSources(to, changes.case, changes.from);
    const session = await this.sessions.setStatusIf(sessionId, from, {
      status: to,
      error: to === 'FAILED' ? (changes.error ?? 'Processing failed') : null,
      ...(changes.durationSec !== undefined ? { durationSec: changes.durationSec } : {}),
      ...(changes.storageKey !== undefined ? { storageKey: changes.storageKey } : {}),
      ...(changes.incrementAttempts ? { attempts: { increment: 1 } } : {}),
      updatedAt: new Date(),
    });
    if (!session) return null;
    await this.publish(session);
    return session;
  }

  /** Publishes the state a session is in now (after a change written in someone else's transaction). */
  async publishCurrent(sessionId: string): Promise<void> {
    const session = await this.sessions.findById(sessionId);
    if (session) await this.publish(session);
  }

  /** Publishes the current state of a session (used after creating one). */
  async publish(session: Pick<Session, 'id' | 'status' | 'error' | 'updatedAt'> & Partial<Pick<Session, 'organizationId' | 'patientId'>>): Promise<void> {
    await this.events
      .publish({ sessionId: session.id, status: session.status, error: session.error, at: session.updatedAt, organizationId: session.organizationId, patientId: session.patientId })
      .catch((error: unknown) => this.log.warn({ err: safeError(error), sessionId: session.id }, 'could not publish status event'));
  }
}
