import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream';
import type { FileUpload } from 'graphql-upload-minimal';
import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import { uploadsAsCaller } from '../auth/policy';
import { type ConsentService, lockConsent } from '../consent/consent.service';
import type { Database, Session } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import type { ObjectStore } from '../infra/object-store';
import { withTimeout } from '../infra/timeout';
import { type Logger, safeError } from '../logger';
import { enqueue, type Queues } from '../queues/queues';
import { type AbortReport, uploadStream } from '../storage/streaming-upload';
import { UploadGuard } from '../storage/upload-guard';
import type { SessionEvents, SessionStatusEvent } from './session-events';
import type { SessionStatusWriter } from './session-status';
import { toUploadError } from './upload-errors';
import { SessionRepository } from './session.repository';
import { UserRepository } from '../users/user.repository';

/** What uploadSession receives. */
export interface NewSessionUpload {
  patientId: string;
  file: Promise<FileUpload>;
  recordedAt?: Date | null;
  therapistId?: string | null;
}

const CLOCK_SKEW_MS = 5 * 60_000;

/** Recordings: streamed into storage, listed and watched within the caller's scope. */
export class SessionService {
  /** Uploads streaming into storage right now, so a shutdown can stop them and abort their multipart uploads. */
  private readonly inFlight = new Map<AbortController, Promise<unknown>>();
  private stopping = false;

  private readonly sessions: SessionRepository;

  constructor(
    private readonly deps: {
      db: Database;
      store: ObjectStore;
      queues: Queues;
      consent: ConsentService;
      audit: AuditService;
      events: SessionEvents;
      status: SessionStatusWriter;
      log: Logger;
      maxUploadBytes: number;
      onUploadAbort?: (report: AbortReport) => void;
    },
  ) {
    this.sessions = new SessionRepository(deps.db);
  }

  /** Checks access and RECORDING consent, streams the file to S3, stores the session and queues transcription. */
  async upload(caller: Caller, input: NewSessionUpload): Promise<Session> {
    const { log } = this.deps;
    const patient = await new UserRepository(this.deps.db).findActablePatient(caller.principal, requireId(input.patientId, 'Patient'));
    if (!patient) throw AppError.notFound('Patient');
    const therapistId = await this.therapistFor(caller, patient.id, input.therapistId);
    const recordedAt = input.recordedAt ?? new Date();
    if (recordedAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw AppError.badInput('recordedAt cannot be in the future', { field: 'recordedAt' });
    await this.deps.consent.requireConsent(patient.id, 'RECORDING');

    const sessionId = randomUUID();
    const storageKey = `${patient.organizationId}/${patient.id}/${sessionId}/recording`;
    const { sizeBytes, mimeType } = await this.store(input.file, storageKey);
    const session = await this.insert(caller, { id: sessionId, organizationId: patient.organizationId, patientId: patient.id, therapistId, storageKey, mimeType, sizeBytes, recordedAt });
    try {
      await enqueue(this.deps.queues, 'transcribe', { sessionId });
    } catch (error) {
      log.error({ err: safeError(error), sessionId }, 'could not queue transcription; rolling the upload back');
      await this.sessions.removeUnscheduled(sessionId);
      await this.deps.store.remove(storageKey).catch(() => undefined);
      throw new AppError('SERVICE_UNAVAILABLE', 'Processing could not be scheduled; please upload again');
    }
    await this.deps.status.publish(session);
    log.info({ sessionId, sizeBytes, mimeType }, 'session uploaded');
    return session;
  }

  /** One session the caller may see (audited), else NOT_FOUND. */
  async get(caller: Caller, id: string): Promise<Session> {
    const session = await this.sessions.findVisible(caller.principal, requireId(id, 'Session'));
    if (!session) throw AppError.notFound('Session');
    await this.deps.audit.record(caller, { action: 'session.read', subjectType: 'Session', subjectId: session.id, patientId: session.patientId });
    return session;
  }

  /**
   * Deletes a session: it disappears from every query at once (deletedAt), subscribers get a last
   * DELETED event, and a retried purge job removes audio, transcript, chunks and quoted answers.
   */
  async delete(caller: Caller, id: string): Promise<boolean> {
    const session = await this.sessions.findVisible(caller.principal, requireId(id, 'Session'));
    if (!session) throw AppError.notFound('Session');
    const deletedAt = new Date();
    await this.sessions.transaction(async (tx) => {
      await this.sessions.markDeleted(tx, session.id, deletedAt);
      await this.deps.audit.record(caller, { action: 'session.delete', subjectType: 'Session', subjectId: session.id, patientId: session.patientId }, tx);
    });
    await this.deps.events.publish({ sessionId: session.id, status: 'DELETED', error: null, at: deletedAt, organizationId: session.organizationId, patientId: session.patientId }).catch(() => undefined);
    await enqueue(this.deps.queues, 'purge', { sessionId: session.id });
    return true;
  }

  /** Status events of a session: the current state first, then every change, until DELETED. */
  async watch(caller: Caller, id: string): Promise<AsyncIterableIterator<SessionStatusEvent>> {
    const session = await this.get(caller, id);
    const queue = await withTimeout(this.deps.events.listen(session.id), 5_000, () => new AppError('SERVICE_UNAVAILABLE', 'Live status is temporarily unavailable; please try again')).catch((error: unknown) => {
      throw error instanceof AppError ? error : new AppError('SERVICE_UNAVAILABLE', 'Live status is temporarily unavailable; please try again');
    });
    // Read the state after subscribing, so no change between the two is lost.
    const current = await this.sessions.findById(session.id);
    const snapshot: SessionStatusEvent = current && !current.deletedAt
      ? { sessionId: current.id, status: current.status, error: current.error, at: current.updatedAt, patientId: current.patientId }
      : { sessionId: session.id, status: 'DELETED', error: null, at: new Date() };
    return statusStream(snapshot, queue);
  }

  /**
   * For a graceful shutdown: refuses new uploads, stops those streaming (their clients are told to
   * upload again) and waits until each has aborted its multipart upload, so no parts are left behind.
   */
  async abortUploads(): Promise<number> {
    this.stopping = true;
    const running = [...this.inFlight];
    for (const [controller] of running) controller.abort(shuttingDown());
    await Promise.allSettled(running.map(([, done]) => done));
    return running.length;
  }

  private async store(upload: Promise<FileUpload>, storageKey: string): Promise<{ sizeBytes: number; mimeType: string }> {
    if (this.stopping) throw shuttingDown();
    const controller = new AbortController();
    const done = this.streamToStorage(upload, storageKey, controller.signal);
    this.inFlight.set(controller, done);
    try {
      return await done;
    } finally {
      this.inFlight.delete(controller);
    }
  }

  private async streamToStorage(upload: Promise<FileUpload>, storageKey: string, signal: AbortSignal): Promise<{ sizeBytes: number; mimeType: string }> {
    const guard = new UploadGuard(this.deps.maxUploadBytes);
    try {
      // The file may never arrive (a map naming a missing part): that is bad input, not INTERNAL.
      const file = await upload;
      pipeline(file.createReadStream(), guard, () => undefined);
      const sizeBytes = await uploadStream(this.deps.store, storageKey, guard, {
        contentType: () => guard.mediaType!.mimeType,
        log: this.deps.log,
        signal,
        onAbort: (report) => {
          this.deps.log.warn({ storageKey: report.key, uploadId: report.uploadId, aborted: report.aborted }, 'upload aborted');
          this.deps.onUploadAbort?.(report);
        },
      });
      return { sizeBytes, mimeType: guard.mediaType!.mimeType };
    } catch (error) {
      throw toUploadError(error, this.deps.maxUploadBytes);
    }
  }

  private async insert(caller: Caller, data: Omit<Session, 'status' | 'durationSec' | 'error' | 'attempts' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'sizeBytes'> & { sizeBytes: number }): Promise<Session> {
    try {
      // Consent may have been revoked during a long upload: check again under its lock.
      return await this.sessions.transaction(async (tx) => {
        await lockConsent(tx, data.patientId, 'RECORDING');
        await this.deps.consent.requireConsent(data.patientId, 'RECORDING', tx);
        const session = await this.sessions.create(tx, data);
        await this.deps.audit.record(caller, { action: 'session.upload', subjectType: 'Session', subjectId: session.id, patientId: session.patientId }, tx);
        return session;
      });
    } catch (error) {
      await this.deps.store.remove(data.storageKey!).catch(() => undefined);
      throw error;
    }
  }

  /** THERAPIST: themself. ADMIN: the given therapist (who must treat the patient), else the patient's first therapist, else the admin. */
  private async therapistFor(caller: Caller, patientId: string, requested?: string | null): Promise<string> {
    if (uploadsAsCaller(caller.principal)) return caller.principal.userId;
    const assignments = await this.sessions.careOf(patientId);
    if (requested) {
      if (!assignments.some((a) => a.therapistId === requested)) throw AppError.badInput('therapistId must be a therapist assigned to the patient', { field: 'therapistId' });
      return requested;
    }
    return assignments[0]?.therapistId ?? caller.principal.userId;
  }
}

/** What an upload cut short by a shutdown answers. */
function shuttingDown(): AppError {
  return new AppError('SERVICE_UNAVAILABLE', 'The server is restarting; please upload the recording again');
}

/**
 * The snapshot, then live events, ending after DELETED. Not an async generator on purpose: a
 * generator waiting for the next event cannot run `return()` until one arrives, so a closed
 * subscription would keep its Redis channel; here `return()` releases it at once.
 */
function statusStream(snapshot: SessionStatusEvent, queue: AsyncIterableIterator<SessionStatusEvent>): AsyncIterableIterator<SessionStatusEvent> {
  let sentSnapshot = false;
  let finished = false;
  const finish = () => {
    finished = true;
    return queue.return!();
  };
  return {
    async next(): Promise<IteratorResult<SessionStatusEvent>> {
      if (!sentSnapshot) {
        sentSnapshot = true;
        if (snapshot.status === 'DELETED') void finish();
        return { value: snapshot, done: false };
      }
      while (!finished) {
        const result = await queue.next();
        if (result.done) return result;
        const event = result.value;
        if (event.at.getTime() <= snapshot.at.getTime() && event.status === snapshot.status) continue;
        if (event.status === 'DELETED') void finish();
        return { value: event, done: false };
      }
      return { value: undefined, done: true };
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
