import type { Database, Prisma, Session, Transcript, TranscriptCorrection } from '../db/prisma';
import type { Segment } from './segment';

type Tx = Prisma.TransactionClient;

/**
 * Every query of transcripts and their corrections. Callers reach a transcript through a session
 * they were already allowed to see (SessionRepository.findVisible), or as the transcription job.
 */
export class TranscriptRepository {
  constructor(private readonly db: Database) {}

  /** The transcript of a session, or null while it has none. */
  ofSession(sessionId: string, tx: Tx | Database = this.db): Promise<Transcript | null> {
    return tx.transcript.findUnique({ where: { sessionId } });
  }

  /** Locks the session's transcript row until the transaction ends (corrections serialise). */
  async lockOfSession(tx: Tx, sessionId: string): Promise<void> {
    await tx.$executeRaw`SELECT 1 FROM transcripts WHERE session_id = ${sessionId}::uuid FOR UPDATE`;
  }

  /** Replaces a transcript's segments inside `tx`. */
  setSegments(tx: Tx, id: string, segments: Segment[]): Promise<Transcript> {
    return tx.transcript.update({ where: { id }, data: { segments: segments as unknown as Prisma.InputJsonValue } });
  }

  /** Writes (or rewrites) the session's transcript inside `tx`. */
  async upsertOfSession(tx: Tx, session: Pick<Session, 'id' | 'organizationId' | 'patientId'>, data: { provider: string; model: string; language: string; segments: Segment[] }): Promise<void> {
    const row = { provider: data.provider, model: data.model, language: data.language, segments: data.segments as unknown as Prisma.InputJsonValue };
    await tx.transcript.upsert({
      where: { sessionId: session.id },
      create: { ...row, sessionId: session.id, organizationId: session.organizationId, patientId: session.patientId },
      update: row,
    });
  }

  /** The latest correction version of the session's transcript (0 when none). */
  async latestCorrectionVersion(tx: Tx, sessionId: string): Promise<number> {
    const latest = await tx.transcriptCorrection.findFirst({ where: { sessionId }, orderBy: { version: 'desc' }, select: { version: true } });
    return latest?.version ?? 0;
  }

  /** Records one correction (the segment before and after) inside `tx`. */
  async addCorrection(tx: Tx, session: Pick<Session, 'id' | 'organizationId' | 'patientId'>, data: { segmentIndex: number; version: number; actorUserId: string; before: Segment; after: Segment }): Promise<void> {
    await tx.transcriptCorrection.create({
      data: {
        organizationId: session.organizationId, sessionId: session.id, patientId: session.patientId, segmentIndex: data.segmentIndex, version: data.version,
        actorUserId: data.actorUserId, before: data.before as unknown as Prisma.InputJsonValue, after: data.after as unknown as Prisma.InputJsonValue,
      },
    });
  }

  /** Every correction of the session's transcript, oldest first. */
  corrections(sessionId: string): Promise<TranscriptCorrection[]> {
    return this.db.transcriptCorrection.findMany({ where: { sessionId }, orderBy: { version: 'asc' } });
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }
}
