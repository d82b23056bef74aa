import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/prisma';
import type { ObjectStore } from '../infra/object-store';
import { type Logger, safeError } from '../logger';
import { SessionRepository } from '../sessions/session.repository';
import { OrganizationRepository } from './organization.repository';

/** Kept recordings are only deleted once the pipeline no longer needs them. */
const SETTLED = ['TRANSCRIBED', 'EMBEDDING', 'READY', 'FAILED'] as const;
const BATCH = 200;

/**
 * Enforces each organization's `retentionDays`: a kept recording older than that (by recordedAt)
 * is removed from storage and the session forgets its key. Runs in the workers' periodic
 * maintenance job; every deletion is an audit event with the job as actor.
 */
export class RetentionService {
  constructor(private readonly deps: { db: Database; store: ObjectStore; audit: AuditService; log: Logger }) {}

  /** One pass over every organization with a retention period; returns how many recordings it deleted. */
  async apply(now = new Date()): Promise<{ audioDeleted: number }> {
    const { db } = this.deps;
    const organizations = await new OrganizationRepository(db).withRetention();
    const sessions = new SessionRepository(db);
    let audioDeleted = 0;
    for (const org of organizations) {
      const cutoff = new Date(now.getTime() - org.retentionDays! * 86_400_000);
      const expired = await sessions.keptRecordingsBefore(org.id, cutoff, SETTLED, BATCH);
      for (const session of expired) {
        try {
          await this.deps.store.remove(session.storageKey!);
          await sessions.transaction(async (tx) => {
            await sessions.forgetRecording(session.id, tx);
            await this.deps.audit.recordJob({ organizationId: org.id, job: 'retention' }, { action: 'audio.delete', subjectType: 'Session', subjectId: session.id, patientId: session.patientId }, tx);
          });
          audioDeleted++;
        } catch (error) {
          this.deps.log.error({ err: safeError(error), sessionId: session.id }, 'could not apply retention to a recording');
        }
      }
    }
    if (audioDeleted) this.deps.log.info({ audioDeleted }, 'retention applied');
    return { audioDeleted };
  }
}
