import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { Database, Transcript } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import { enqueue, type Queues } from '../queues/queues';
import { SessionRepository } from '../sessions/session.repository';
import { withSpeakerRole } from './roles';
import type { Segment, SpeakerRole } from './segment';
import { TranscriptRepository } from './transcript.repository';

/** Reading transcripts and correcting who is who. */
export class TranscriptService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly queues: Queues,
  ) {}

  /** The transcript of a session the caller may see (audited); null while not transcribed. */
  async get(caller: Caller, sessionId: string): Promise<Transcript | null> {
    const session = await this.visibleSession(caller, sessionId);
    const transcript = await new TranscriptRepository(this.db).ofSession(session.id);
    await this.audit.record(caller, { action: 'transcript.read', subjectType: 'Session', subjectId: session.id, patientId: session.patientId });
    return transcript;
  }

  /** Sets the role of one speaker (the therapist corrects the automatic guess) and re-indexes the session. */
  async setSpeakerRole(caller: Caller, sessionId: string, speaker: string, role: SpeakerRole): Promise<Transcript> {
    const session = await this.visibleSession(caller, sessionId);
    const transcripts = new TranscriptRepository(this.db);
    const updated = await transcripts.transaction(async (tx) => {
      const transcript = await transcripts.ofSession(session.id, tx);
      if (!transcript) throw AppError.badInput('The session has no transcript yet', { field: 'sessionId' });
      const segments = transcript.segments as unknown as Segment[];
      if (!segments.some((s) => s.speaker === speaker)) throw AppError.badInput(`No speaker "${speaker.slice(0, 40)}" in this transcript`, { field: 'speaker' });
      const next = await transcripts.setSegments(tx, transcript.id, withSpeakerRole(segments, speaker, role));
      await this.audit.record(caller, { action: 'transcript.speaker-role', subjectType: 'Session', subjectId: session.id, patientId: session.patientId }, tx);
      return next;
    });
    if (['READY', 'EMBEDDING', 'TRANSCRIBED'].includes(session.status)) {
      await enqueue(this.queues, 'embed', { sessionId: session.id, version: String(updated.updatedAt.getTime()) });
    }
    return updated;
  }

  private async visibleSession(caller: Caller, sessionId: string) {
    const session = await new SessionRepository(this.db).findVisible(caller.principal, requireId(sessionId, 'Session'));
    if (!session) throw AppError.notFound('Session');
    return session;
  }
}
