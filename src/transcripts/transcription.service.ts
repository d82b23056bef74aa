import type { AuditService } from '../audit/audit.service';
import type { ConsentService } from '../consent/consent.service';
import { lockConsent } from '../consent/consent.service';
import type { Database, Session } from '../db/prisma';
import { AppError } from '../errors';
import type { ObjectStore } from '../infra/object-store';
import { type Logger, safeError } from '../logger';
import type { Transcriber } from '../providers/transcriber';
import { OrganizationRepository } from '../organizations/organization.repository';
import { SessionRepository } from '../sessions/session.repository';
import { TranscriptRepository } from './transcript.repository';
import { enqueue, type Queues } from '../queues/queues';
import type { SessionStatusWriter } from '../sessions/session-status';
import { assignRoles } from './roles';

/** What a transcription run did. */
export type TranscriptionOutcome = 'transcribed' | 'already-transcribed' | 'gone';

/**
 * Recording → transcript. Consent TRANSCRIPTION is checked before the work and again, under its
 * lock, when the transcript is stored, so a revoke during a long run still wins. Re-running is
 * safe: the transcript is keyed by session, and a session already past TRANSCRIBING is left alone.
 */
export class TranscriptionService {
  constructor(
    private readonly deps: {
      db: Database;
      store: ObjectStore;
      consent: ConsentService;
      status: SessionStatusWriter;
      queues: Queues;
      transcriber: Transcriber;
      log: Logger;
      /** Records the worker's actions (transcript written, audio deleted) with the job as actor. */
      audit?: AuditService;
    },
  ) {}

  /** Transcribes one session end to end; throws CONSENT_REQUIRED (after marking it FAILED) when consent is gone. */
  async transcribe(sessionId: string): Promise<TranscriptionOutcome> {
    const { db, status, log } = this.deps;
    const session = await new SessionRepository(db).findLive(sessionId);
    if (!session) return 'gone';
    if (session.status === 'TRANSCRIBED') {
      // A crash between storing the transcript and queuing indexing must not strand the session.
      await enqueue(this.deps.queues, 'embed', { sessionId: session.id, version: String(session.updatedAt.getTime()) });
      return 'already-transcribed';
    }
    if (['EMBEDDING', 'READY'].includes(session.status)) return 'already-transcribed';
    // A FAILED session stays failed (e.g. consent revoked) until someone retries it explicitly.
    if (session.status === 'FAILED' || !session.storageKey) return 'gone';
    await this.requireConsentOrFail(session);
    const started = await status.transition(session.id, 'TRANSCRIBING', { case: 'transcription.start', incrementAttempts: true });
    if (!started) return 'gone';

    const key = session.storageKey;
    const result = await this.deps.transcriber.transcribe({ open: () => this.deps.store.getStream(key), mimeType: session.mimeType, sizeBytes: Number(session.sizeBytes) });
    const segments = assignRoles(result.segments);
    const transcripts = new TranscriptRepository(db);
    const stored = await transcripts.transaction(async (tx) => {
      await lockConsent(tx, session.patientId, 'TRANSCRIPTION');
      if (!(await this.deps.consent.isGranted(session.patientId, 'TRANSCRIPTION'))) return false;
      await transcripts.upsertOfSession(tx, session, { provider: result.provider, model: result.model, language: result.language, segments });
      await this.deps.audit?.recordJob({ organizationId: session.organizationId, job: 'transcribe' }, { action: 'transcript.write', subjectType: 'Session', subjectId: session.id, patientId: session.patientId }, tx);
      return true;
    });
    if (!stored) await this.failForConsent(session);
    const done = await status.transition(session.id, 'TRANSCRIBED', { case: 'transcription.done', durationSec: result.durationSec });
    if (!done) return 'gone';
    log.info({ sessionId, provider: result.provider, segments: segments.length, durationSec: result.durationSec }, 'session transcribed');
    await enqueue(this.deps.queues, 'embed', { sessionId: session.id, version: String(done.updatedAt.getTime()) });
    await this.applyRetention(session);
    return 'transcribed';
  }

  private async requireConsentOrFail(session: Session): Promise<void> {
    if (!(await this.deps.consent.isGranted(session.patientId, 'TRANSCRIPTION'))) await this.failForConsent(session);
  }

  private async failForConsent(session: Session): Promise<never> {
    await this.deps.status.transition(session.id, 'FAILED', { error: 'consent revoked', case: 'transcription.consent-revoked' });
    throw AppError.consentRequired('TRANSCRIPTION');
  }

  /** Deletes the audio once transcribed unless the organization keeps audio. */
  private async applyRetention(session: Session): Promise<void> {
    const org = await new OrganizationRepository(this.deps.db).findForJob(session.organizationId);
    if (org.keepAudio || !session.storageKey) return;
    try {
      await this.deps.store.remove(session.storageKey);
      await new SessionRepository(this.deps.db).forgetRecording(session.id);
      await this.deps.audit?.recordJob({ organizationId: session.organizationId, job: 'transcribe' }, { action: 'audio.delete', subjectType: 'Session', subjectId: session.id, patientId: session.patientId });
    } catch (error) {
      // The transcript is stored; a leftover object is swept by the purge job, not worth failing for.
      this.deps.log.error({ err: safeError(error), sessionId: session.id }, 'could not delete audio after transcription');
    }
  }
}
