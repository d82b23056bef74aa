import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { Database } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import { withTimeout } from '../infra/timeout';
import { UserRepository } from '../users/user.repository';
import type { SessionEvents, SessionStatusEvent } from './session-events';
import { SessionRepository } from './session.repository';

/** Sessions still moving through the pipeline: the feed starts with their current state. */
const IN_FLIGHT = ['UPLOADED', 'TRANSCRIBING', 'TRANSCRIBED', 'EMBEDDING'] as const;
/** At most this many in-flight sessions open a feed; later changes arrive live anyway. */
const SNAPSHOT_LIMIT = 100;

const unavailable = () => new AppError('SERVICE_UNAVAILABLE', 'Live status is temporarily unavailable; please try again');

/**
 * The dashboard's live feed: status events of every session the caller may see (admin: the
 * organization; therapist: their patients; patient: their own), optionally one patient's. One Redis
 * channel per organization carries every replica's and worker's events; each subscriber filters,
 * and access is checked again for every event, so a therapist who is unassigned stops receiving.
 */
export class SessionFeed {
  private readonly sessions: SessionRepository;
  private readonly users: UserRepository;

  constructor(private readonly deps: { db: Database; events: SessionEvents; audit: AuditService }) {
    this.sessions = new SessionRepository(deps.db);
    this.users = new UserRepository(deps.db);
  }

  /** The in-flight sessions' current state first (oldest change first), then every change. */
  async watch(caller: Caller, patientId?: string | null): Promise<AsyncIterableIterator<SessionStatusEvent>> {
    const patient = patientId ? await this.visiblePatient(caller, patientId) : null;
    await this.deps.audit.record(caller, { action: 'session.feed', subjectType: 'Patient', subjectId: patient, patientId: patient });
    const queue = await withTimeout(this.deps.events.listenToOrganization(caller.principal.organizationId), 5_000, unavailable).catch((error: unknown) => {
      throw error instanceof AppError ? error : unavailable();
    });
    // Read the state after subscribing, so no change between the two is lost.
    const current = await this.sessions.listVisibleInStatus(caller.principal, patient, IN_FLIGHT, SNAPSHOT_LIMIT);
    const snapshot: SessionStatusEvent[] = current.map((s) => ({ sessionId: s.id, status: s.status, error: s.error, at: s.updatedAt, organizationId: s.organizationId, patientId: s.patientId }));
    return feedStream(snapshot, queue, (event) => this.mayReceive(caller, event, patient));
  }

  /**
   * Whether this subscriber may receive `event` now (checked per event, against the database). The
   * database answers are shared by every subscriber of this process that asks the same question
   * about the same event (the same therapist in many tabs, many tabs of one admin), so an event
   * costs one query per distinct question, not one per socket.
   */
  private async mayReceive(caller: Caller, event: SessionStatusEvent, patient: string | null): Promise<boolean> {
    const { principal } = caller;
    if (event.organizationId !== principal.organizationId) return false;
    const eventPatient = event.patientId ?? (await this.perEvent(event, 'patient', () => this.sessions.patientOf(event.sessionId)));
    if (!eventPatient || (patient && eventPatient !== patient)) return false;
    switch (principal.role) {
      case 'ADMIN':
        return true;
      case 'PATIENT':
        return eventPatient === principal.userId;
      case 'THERAPIST':
        return this.perEvent(event, `assigned:${principal.userId}:${eventPatient}:${principal.organizationId}`, () => this.users.isCaringFor(principal, eventPatient));
    }
  }

  /** One answer per (event object, question); gone with the event once every subscriber has it. */
  private perEvent<T>(event: SessionStatusEvent, question: string, ask: () => Promise<T>): Promise<T> {
    let answers = this.answers.get(event);
    if (!answers) this.answers.set(event, (answers = new Map()));
    let answer = answers.get(question) as Promise<T> | undefined;
    if (!answer) {
      answer = ask();
      answers.set(question, answer);
      // A failed query is asked again by the next subscriber rather than remembered.
      answer.catch(() => answers.delete(question));
    }
    return answer;
  }

  private readonly answers = new WeakMap<SessionStatusEvent, Map<string, Promise<unknown>>>();

  private async visiblePatient(caller: Caller, patientId: string): Promise<string> {
    const patient = await this.users.findActablePatient(caller.principal, requireId(patientId, 'Patient'));
    if (!patient) throw AppError.notFound('Patient');
    return patient.id;
  }
}

/**
 * The snapshot, then live events this subscriber may receive. Not an async generator, so that
 * `return()` releases the Redis listener at once even while waiting for the next event.
 */
function feedStream(
  snapshot: SessionStatusEvent[],
  queue: AsyncIterableIterator<SessionStatusEvent>,
  mayReceive: (event: SessionStatusEvent) => Promise<boolean>,
): AsyncIterableIterator<SessionStatusEvent> {
  const pending = [...snapshot];
  let finished = false;
  const finish = () => {
    finished = true;
    return queue.return!();
  };
  return {
    async next(): Promise<IteratorResult<SessionStatusEvent>> {
      const first = pending.shift();
      if (first) return { value: first, done: false };
      while (!finished) {
        const result = await queue.next();
        if (result.done) return result;
        if (await mayReceive(result.value)) return { value: result.value, done: false };
      }
      return { value: undefined, done: true };
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
