import type { AuditService } from '../audit/audit.service';
import { ConversationHistoryRepository } from '../conversations/conversation-history.repository';
import type { ConsentType, Database, Tx } from '../db/prisma';
import type { ObjectStore } from '../infra/object-store';
import type { Logger } from '../logger';
import { ChunkRepository } from '../retrieval/chunk.repository';
import { SessionRepository } from '../sessions/session.repository';
import type { SessionStatusWriter } from '../sessions/session-status';
import { legalSources, type TransitionCase } from '../sessions/session-transitions';
import { TranscriptRepository } from '../transcripts/transcript.repository';

/** What an assistant message that quoted a deleted session says instead. */
export const ERASED_ANSWER = 'This answer quoted a session that has since been deleted, so its content was removed.';

/** What an assistant message that quoted transcripts says once TRANSCRIPTION consent is revoked. */
export const ERASED_BY_REVOCATION = 'This answer quoted session transcripts that were erased when transcription consent was revoked, so its content was removed.';

/** The transitions (to FAILED "consent revoked") a session takes when a consent it needs is revoked. */
const STOPPED_BY: Record<ConsentType, TransitionCase[]> = {
  RECORDING: ['transcription.consent-revoked'],
  TRANSCRIPTION: ['transcription.consent-revoked', 'indexing.consent-revoked'],
  AI_ANALYSIS: ['indexing.consent-revoked'],
};

/**
 * Erasure. Database rows go inside the transaction that revokes a consent, so the very next
 * request already finds nothing; audio objects go in a retried job. Every step is idempotent.
 */
export class PurgeService {
  private readonly sessions: SessionRepository;
  private readonly transcripts: TranscriptRepository;
  private readonly chunks: ChunkRepository;
  private readonly conversations: ConversationHistoryRepository;

  constructor(
    private readonly deps: { db: Database; store: ObjectStore; status: SessionStatusWriter; log: Logger; audit?: AuditService },
  ) {
    this.sessions = new SessionRepository(deps.db);
    this.transcripts = new TranscriptRepository(deps.db);
    this.chunks = new ChunkRepository(deps.db);
    this.conversations = new ConversationHistoryRepository(deps.db);
  }

  /** Removes what a revoked consent no longer allows and returns the sessions it stopped. */
  async purgeForRevokedConsent(tx: Tx, patient: { id: string; organizationId: string }, type: ConsentType): Promise<string[]> {
    if (type === 'AI_ANALYSIS' || type === 'TRANSCRIPTION') await this.chunks.deleteForPatient(tx, patient.organizationId, patient.id);
    if (type === 'TRANSCRIPTION') {
      await this.transcripts.deleteOfPatient(tx, patient.id);
      // Answers quoting those transcripts carry their text (content and citation quotes): erase them too.
      await this.conversations.eraseAnswersQuoting(tx, patient.id, await this.sessions.idsOfPatient(tx, patient.id), ERASED_BY_REVOCATION);
    }
    return this.sessions.failOfPatient(tx, patient.id, STOPPED_BY[type].flatMap((c) => legalSources('FAILED', c)), 'consent revoked');
  }

  /** Deletes every stored recording of a patient (RECORDING revoked). */
  async purgeAudioOfPatient(patientId: string): Promise<number> {
    const sessions = await this.sessions.recordingsOfPatient(patientId);
    for (const session of sessions) {
      await this.deps.store.remove(session.storageKey!);
      await this.sessions.forgetRecording(session.id);
      await this.deps.audit?.recordJob({ organizationId: session.organizationId, job: 'consent-revoked' }, { action: 'audio.delete', subjectType: 'Session', subjectId: session.id, patientId });
    }
    return sessions.length;
  }

  /** Removes a deleted session completely: audio, quotes in answers, the row with its chunks and transcript. */
  async purgeSession(sessionId: string): Promise<'purged' | 'gone'> {
    const session = await this.sessions.findById(sessionId);
    if (!session) return 'gone';
    if (!session.deletedAt) throw new Error('refusing to purge a session that was not deleted');
    if (session.storageKey) await this.deps.store.remove(session.storageKey);
    await this.sessions.transaction(async (tx) => {
      await this.conversations.eraseAnswersQuoting(tx, session.patientId, [sessionId], ERASED_ANSWER);
      await this.sessions.purge(tx, sessionId);
      await this.deps.audit?.recordJob({ organizationId: session.organizationId, job: 'purge' }, { action: 'session.purge', subjectType: 'Session', subjectId: sessionId, patientId: session.patientId }, tx);
    });
    this.deps.log.info({ sessionId }, 'session purged');
    return 'purged';
  }
}
