import type { Principal } from '../auth/principal';
import { sessionWhere } from '../auth/scope';
import type { CareAssignment, Database, Prisma, Session, SessionStatus, Tx } from '../db/prisma';
import { afterDescending, type Cursor } from '../pagination/page';

/** Filters of a caller's session list. */
export interface SessionListFilter {
  patientId?: string;
  status?: SessionStatus | null;
  recordedFrom?: Date | null;
  recordedTo?: Date | null;
  cursor: Cursor | null;
  take: number;
}

/** The columns an upload writes. */
export type NewSessionRow = Omit<Session, 'status' | 'durationSec' | 'error' | 'attempts' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'sizeBytes'> & { sizeBytes: number };

/**
 * Queries of sessions (the status writer, session-status.ts, keeps its conditional update). A
 * caller's reads take its `Principal` and see only the sessions it may (sessionWhere: the
 * organization, care assignment, the patient's own; never a deleted one); operator and job reads
 * act for no caller and go by id, status or age.
 */
export class SessionRepository {
  constructor(private readonly db: Database) {}

  /** A session the principal may see, or null. */
  findVisible(principal: Principal, id: string): Promise<Session | null> {
    return this.db.session.findFirst({ where: { AND: [sessionWhere(principal), { id }] } });
  }

  /** Sessions the principal may see, newest recording first. */
  listVisible(principal: Principal, filter: SessionListFilter): Promise<Session[]> {
    const where: Prisma.SessionWhereInput = {
      AND: [
        sessionWhere(principal),
        filter.patientId ? { patientId: filter.patientId } : {},
        filter.status ? { status: filter.status } : {},
        filter.recordedFrom || filter.recordedTo ? { recordedAt: { ...(filter.recordedFrom ? { gte: filter.recordedFrom } : {}), ...(filter.recordedTo ? { lt: filter.recordedTo } : {}) } } : {},
        afterDescending('recordedAt', filter.cursor) as Prisma.SessionWhereInput,
      ],
    };
    return this.db.session.findMany({ where, orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }], take: filter.take });
  }

  /** Sessions the principal may see (of one patient when given) in one of `statuses`, least recently changed first. */
  listVisibleInStatus(principal: Principal, patientId: string | null, statuses: readonly SessionStatus[], take: number): Promise<Session[]> {
    return this.db.session.findMany({
      where: { AND: [sessionWhere(principal), patientId ? { patientId } : {}, { status: { in: [...statuses] } }] },
      orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
      take,
    });
  }

  /** The patient of a session by id (deleted or not), or null when its row is gone: for routing an event already scoped by organization. */
  async patientOf(id: string): Promise<string | null> {
    const row = await this.db.session.findUnique({ where: { id }, select: { patientId: true } });
    return row?.patientId ?? null;
  }

  /** A session by id as it is now (deleted or not), or null when its row is gone. */
  findById(id: string): Promise<Session | null> {
    return this.db.session.findUnique({ where: { id } });
  }

  /** A live (not deleted) session by id, for a job. */
  findLive(id: string): Promise<Session | null> {
    return this.db.session.findFirst({ where: { id, deletedAt: null } });
  }

  /** A live (not deleted) session with whether it has a transcript: for the operator's retry. */
  findLiveWithTranscript(id: string): Promise<(Session & { transcript: { id: string } | null }) | null> {
    return this.db.session.findFirst({ where: { id, deletedAt: null }, include: { transcript: { select: { id: true } } } });
  }

  /** READY sessions to re-embed: all, those made by `fromModel`, or those not made by `currentModel`. */
  /** A live session with its whole transcript (what indexing chunks), for a job acting for no caller. */
  findLiveWithSegments(id: string): Promise<(Session & { transcript: { segments: Prisma.JsonValue } | null }) | null> {
    return this.db.session.findFirst({ where: { id, deletedAt: null }, include: { transcript: { select: { segments: true } } } });
  }

  readyToReembed(currentModel: string, options: { fromModel?: string; all?: boolean }): Promise<{ id: string }[]> {
    return this.db.session.findMany({
      where: {
        status: 'READY',
        deletedAt: null,
        ...(options.all ? {} : { chunks: { some: options.fromModel ? { embeddingModel: options.fromModel } : { embeddingModel: { not: currentModel } } } }),
      },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  /** Live sessions in one of `statuses` not changed since `before` (the stuck-session sweep). */
  stalled(statuses: readonly SessionStatus[], before: Date, take: number): Promise<{ id: string; attempts: number }[]> {
    return this.db.session.findMany({ where: { deletedAt: null, status: { in: [...statuses] }, updatedAt: { lt: before } }, select: { id: true, attempts: true }, take });
  }

  /** An organization's kept recordings older than `before` in one of `statuses` (retention). */
  keptRecordingsBefore(organizationId: string, before: Date, statuses: readonly SessionStatus[], take: number): Promise<{ id: string; patientId: string; storageKey: string | null }[]> {
    return this.db.session.findMany({
      where: { organizationId, storageKey: { not: null }, recordedAt: { lt: before }, status: { in: [...statuses] } },
      select: { id: true, patientId: true, storageKey: true },
      take,
    });
  }

  /** The session forgets its recording's key (the object was deleted). */
  async forgetRecording(id: string, tx: Tx | Database = this.db): Promise<void> {
    await tx.session.update({ where: { id }, data: { storageKey: null } });
  }

  /** Writes an uploaded session (status UPLOADED) inside `tx`. */
  create(tx: Tx, row: NewSessionRow): Promise<Session> {
    return tx.session.create({ data: { ...row, sizeBytes: BigInt(row.sizeBytes), status: 'UPLOADED' } });
  }

  /** The ids of every session of a patient, deleted or not, inside `tx` (erasure). */
  async idsOfPatient(tx: Tx, patientId: string): Promise<string[]> {
    const rows = await tx.session.findMany({ where: { patientId }, select: { id: true } });
    return rows.map((s) => s.id);
  }

  /** Every stored recording of a patient (RECORDING revoked). */
  recordingsOfPatient(patientId: string): Promise<{ id: string; storageKey: string | null; organizationId: string }[]> {
    return this.db.session.findMany({ where: { patientId, storageKey: { not: null } }, select: { id: true, storageKey: true, organizationId: true } });
  }

  /** Sets every live session of a patient in one of `from` to FAILED with `error` inside `tx`; returns their ids. */
  async failOfPatient(tx: Tx, patientId: string, from: readonly SessionStatus[], error: string): Promise<string[]> {
    const stopped = await tx.session.findMany({ where: { patientId, deletedAt: null, status: { in: [...from] } }, select: { id: true } });
    const ids = stopped.map((s) => s.id);
    await tx.session.updateMany({ where: { id: { in: ids } }, data: { status: 'FAILED', error, updatedAt: new Date() } });
    return ids;
  }

  /** Deletes a session row inside `tx`; its transcript, corrections and chunks go with it (ON DELETE CASCADE). */
  async purge(tx: Tx, id: string): Promise<void> {
    await tx.session.delete({ where: { id } });
  }

  /** Removes a session row written moments ago whose processing could not be scheduled. */
  async removeUnscheduled(id: string): Promise<void> {
    await this.db.session.delete({ where: { id } });
  }

  /** Marks a session deleted inside `tx`: it disappears from every query at once. */
  async markDeleted(tx: Tx, id: string, deletedAt: Date): Promise<void> {
    await tx.session.update({ where: { id }, data: { deletedAt } });
  }

  /** The care assignments of a patient, oldest first (who recorded an admin's upload). */
  careOf(patientId: string): Promise<CareAssignment[]> {
    return this.db.careAssignment.findMany({ where: { patientId }, orderBy: { createdAt: 'asc' } });
  }

  /**
   * Sets a live session's status (and the columns that go with it) when its current status is one
   * of `from`; returns the session after, or null when it was deleted or in another status.
   */
  async setStatusIf(id: string, from: readonly SessionStatus[], data: Prisma.SessionUpdateManyMutationInput): Promise<Session | null> {
    const result = await this.db.session.updateMany({ where: { id, deletedAt: null, status: { in: [...from] } }, data });
    if (result.count === 0) return null;
    return this.db.session.findUniqueOrThrow({ where: { id } });
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }
}
