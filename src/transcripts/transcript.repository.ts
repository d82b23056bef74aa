import type { Principal } from '../auth/principal';
import type { Database, Prisma, Session, Transcript, TranscriptCorrection, Tx } from '../db/prisma';
import type { Segment } from './segment';

/**
 * Every query of transcripts and their corrections. Callers reach a transcript through a session
 * they were already allowed to see (SessionRepository.findVisible), as the patient themself (a
 * `Principal` acting as the patient: its organization and patient scope the read), or as a job.
 */
export class TranscriptRepository {
  constructor(private readonly db: Database) {}

  /** The transcript of a session, or null while it has none. */
  ofSession(sessionId: string, tx: Tx | Database = this.db): Promise<Transcript | null> {
    return tx.transcript.findUnique({ where: { sessionId } });
  }

  /** The utterances of the patient's transcripts of `sessionIds` (the principal acts as the patient: its organization and user scope the read). */
  async segmentsOfPatient(patient: Principal, sessionIds: string[]): Promise<Map<string, Segment[]>> {
    const rows = await this.db.transcript.findMany({
      where: { organizationId: patient.organizationId, patientId: patient.userId, sessionId: { in: sessionIds } },
      select: { sessionId: true, segments: true },
    });
    return new Map(rows.map((r) => [r.sessionId, r.segments as unknown as Segment[]]));
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

  /** Deletes every transcript of a patient inside `tx` (TRANSCRIPTION revoked). */
  async deleteOfPatient(tx: Tx, patientId: string): Promise<void> {
    await tx.transcript.deleteMany({ where: { patientId } });
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }
}
