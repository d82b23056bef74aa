import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { Database, Transcript, TranscriptCorrection } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import { enqueue, type Queues } from '../queues/queues';
import { SessionRepository } from '../sessions/session.repository';
import type { Segment, SpeakerRole } from './segment';
import { TranscriptRepository } from './transcript.repository';

/** A correction of one segment: new text, a new role for it, or both. */
export interface SegmentCorrection {
  sessionId: string;
  index: number;
  text?: string | null;
  role?: SpeakerRole | null;
}

const MAX_TEXT_CHARS = 10_000;
/** Statuses whose chunks exist or are being made: a corrected transcript is indexed again. */
const INDEXED = ['TRANSCRIBED', 'EMBEDDING', 'READY'];

/**
 * Clinicians correct what the recognizer got wrong. Every correction is a numbered version of the
 * session's transcript (who, when, the segment before and after), made under a row lock so two
 * concurrent corrections get consecutive versions; the session is then re-indexed through the
 * normal embed job, so answers quote the corrected words.
 */
export class TranscriptCorrectionService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly queues: Queues,
  ) {}

  /** Applies one correction and returns the updated transcript. */
  async correct(caller: Caller, input: SegmentCorrection): Promise<Transcript> {
    const session = await this.visibleSession(caller, input.sessionId);
    const text = input.text?.trim();
    if (input.text !== undefined && input.text !== null && (!text || text.length > MAX_TEXT_CHARS)) {
      throw AppError.badInput(`text must be 1-${MAX_TEXT_CHARS} characters`, { field: 'text' });
    }
    if (!text && !input.role) throw AppError.badInput('Give the corrected text, role or both', { field: 'text' });
    const transcripts = new TranscriptRepository(this.db);
    const updated = await transcripts.transaction(async (tx) => {
      await transcripts.lockOfSession(tx, session.id);
      const transcript = await transcripts.ofSession(session.id, tx);
      if (!transcript) throw AppError.badInput('The session has no transcript yet', { field: 'sessionId' });
      const segments = transcript.segments as unknown as Segment[];
      if (!Number.isInteger(input.index) || input.index < 0 || input.index >= segments.length) {
        throw AppError.badInput(`index must be between 0 and ${segments.length - 1}`, { field: 'index' });
      }
      const before = segments[input.index];
      const after: Segment = { ...before, ...(text ? { text } : {}), ...(input.role ? { role: input.role } : {}) };
      if (after.text === before.text && after.role === before.role) throw AppError.badInput('The correction changes nothing', { field: 'text' });
      const version = (await transcripts.latestCorrectionVersion(tx, session.id)) + 1;
      await transcripts.addCorrection(tx, session, { segmentIndex: input.index, version, actorUserId: caller.principal.userId, before, after });
      const next = segments.map((s, i) => (i === input.index ? after : s));
      const saved = await transcripts.setSegments(tx, transcript.id, next);
      await this.audit.record(caller, { action: 'transcript.correct', subjectType: 'Session', subjectId: session.id, patientId: session.patientId }, tx);
      return { saved, version };
    });
    if (INDEXED.includes(session.status)) await enqueue(this.queues, 'embed', { sessionId: session.id, version: `correction-${updated.version}` });
    return updated.saved;
  }

  /** Every correction of a session's transcript, oldest first (audited read). */
  async history(caller: Caller, sessionId: string): Promise<TranscriptCorrection[]> {
    const session = await this.visibleSession(caller, sessionId);
    const rows = await new TranscriptRepository(this.db).corrections(session.id);
    await this.audit.record(caller, { action: 'transcript.corrections.read', subjectType: 'Session', subjectId: session.id, patientId: session.patientId });
    return rows;
  }

  private async visibleSession(caller: Caller, sessionId: string) {
    const session = await new SessionRepository(this.db).findVisible(caller.principal, requireId(sessionId, 'Session'));
    if (!session) throw AppError.notFound('Session');
    return session;
  }
}
