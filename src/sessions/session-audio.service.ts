import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { ConsentService } from '../consent/consent.service';
import type { Database } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import type { ObjectStore } from '../infra/object-store';
import { SessionRepository } from './session.repository';

/** How long a playback URL works. */
export const AUDIO_URL_TTL_SECONDS = 300;

/** A presigned link to a kept recording. */
export interface AudioUrl {
  url: string;
  expiresAt: Date;
  mimeType: string;
}

/** Playback of kept recordings through short-lived presigned URLs. */
export class SessionAudioService {
  constructor(private readonly deps: { db: Database; store: ObjectStore; consent: ConsentService; audit: AuditService }) {}

  /**
   * A 5-minute URL to the recording of a session the caller may see: NOT_FOUND when not visible,
   * CONSENT_REQUIRED without the patient's current RECORDING consent, BAD_USER_INPUT when the
   * audio was not kept. Audited.
   */
  async url(caller: Caller, sessionId: string): Promise<AudioUrl> {
    const session = await new SessionRepository(this.deps.db).findVisible(caller.principal, requireId(sessionId, 'Session'));
    if (!session) throw AppError.notFound('Session');
    await this.deps.consent.requireConsent(session.patientId, 'RECORDING');
    if (!session.storageKey) {
      throw AppError.badInput('The recording of this session was not kept: the organization does not keep audio, or its retention period has passed', { field: 'sessionId' });
    }
    const expiresAt = new Date(Date.now() + AUDIO_URL_TTL_SECONDS * 1000);
    const url = await this.deps.store.client.presignedGetObject(this.deps.store.bucket, session.storageKey, AUDIO_URL_TTL_SECONDS);
    await this.deps.audit.record(caller, { action: 'session.audio.url', subjectType: 'Session', subjectId: session.id, patientId: session.patientId });
    return { url, expiresAt, mimeType: session.mimeType };
  }
}
