import type { AuditService } from '../audit/audit.service';
import type { ConsentType, Database, Prisma } from '../db/prisma';
import type { ObjectStore } from '../infra/object-store';
import type { Logger } from '../logger';
import type { SessionStatusWriter } from '../sessions/session-status';
import { legalSources, type TransitionCase } from '../sessions/session-transitions';

type Tx = Prisma.TransactionClient;

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
  constructor(
    private readonly deps: { db: Database; store: ObjectStore; status: SessionStatusWriter; log: Logger; audit?: AuditService },
  ) {}

  /** Removes what a revoked consent no longer allows and returns the sessions it stopped. */
  async purgeForRevokedConsent(tx: Tx, patientId: string, type: ConsentType): Promise<string[]> {
    if (type === 'AI_ANALYSIS' || type === 'TRANSCRIPTION') await tx.sessionChunk.deleteMany({ where: { patientId } });
    if (type === 'TRANSCRIPTION') {
      await tx.transcript.deleteMany({ where: { patientId } });
      // Answers quoting those transcripts carry their text (content and citation quotes): erase them too.
      const sessions = await tx.session.findMany({ where: { patientId }, select: { id: true } });
      await eraseAnswersQuoting(tx, patientId, sessions.map((s) => s.id), ERASED_BY_REVOCATION);
    }
    const stopped = await tx.session.findMany({ where: { patientId, deletedAt: null, status: { in: STOPPED_BY[type].flatMap((c) => legalSources('FAILED', c)) } }, select: { id: true } });
    await tx.session.updateMany({ where: { id: { in: stopped.map((s) => s.id) } }, data: { status: 'FAILED', error: 'consent revoked', updatedAt: new Date() } });
    return stopped.map((s) => s.id);
  }

  /** Deletes every stored recording of a patient (RECORDING revoked). */
  async purgeAudioOfPatient(patientId: string): Promise<number> {
    const sessions = await this.deps.db.session.findMany({ where: { patientId, storageKey: { not: null } }, select: { id: true, storageKey: true, organizationId: true } });
    for (const session of sessions) {
      await this.deps.store.remove(session.storageKey!);
      await this.deps.db.session.update({ where: { id: session.id }, data: { storageKey: null } });
      await this.deps.audit?.recordJob({ organizationId: session.organizationId, job: 'consent-revoked' }, { action: 'audio.delete', subjectType: 'Session', subjectId: session.id, patientId });
    }
    return sessions.length;
  }

  /** Removes a deleted session completely: audio, chunks, transcript, quotes in answers, the row. */
  async purgeSession(sessionId: string): Promise<'purged' | 'gone'> {
    const session = await this.deps.db.session.findUnique({ where: { id: sessionId } });
    if (!session) return 'gone';
    if (!session.deletedAt) throw new Error('refusing to purge a session that was not deleted');
    if (session.storageKey) await this.deps.store.remove(session.storageKey);
    await this.deps.db.$transaction(async (tx) => {
      await eraseAnswersQuoting(tx, session.patientId, [sessionId], ERASED_ANSWER);
      await tx.sessionChunk.deleteMany({ where: { sessionId } });
      await tx.transcript.deleteMany({ where: { sessionId } });
      await tx.session.delete({ where: { id: sessionId } });
      await this.deps.audit?.recordJob({ organizationId: session.organizationId, job: 'purge' }, { action: 'session.purge', subjectType: 'Session', subjectId: sessionId, patientId: session.patientId }, tx);
    });
    this.deps.log.info({ sessionId }, 'session purged');
    return 'purged';
  }
}

/**
 * Replaces the text and citations of every answer in the patient's conversations that quoted one
 * of `sessionIds`; the message keeps its place in the conversation with `note` as its content.
 */
async function eraseAnswersQuoting(tx: Tx, patientId: string, sessionIds: string[], note: string): Promise<number> {
  if (sessionIds.length === 0) return 0;
  return tx.$executeRaw`UPDATE messages SET content = ${note}, citations = '[]'::jsonb
    WHERE conversation_id IN (SELECT id FROM conversations WHERE patient_id = ${patientId}::uuid)
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(citations) AS cited WHERE cited->>'sessionId' = ANY(${sessionIds}::text[]))`;
}
