import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { Database } from '../db/prisma';
import { AppError } from '../errors';
import { OrganizationRepository } from './organization.repository';

/** What an admin can set for the whole organization. */
export interface OrganizationSettings {
  organizationId: string;
  name: string;
  keepAudio: boolean;
  retentionDays: number | null;
}

/** A change of settings: a field left undefined is not changed; retentionDays null clears it. */
export interface SettingsChange {
  keepAudio?: boolean | null;
  retentionDays?: number | null;
}

/** Longest retention the API accepts: ten years. */
export const MAX_RETENTION_DAYS = 3650;

/** Organization settings (ADMIN): whether recordings are kept after transcription, and for how long. */
export class OrganizationSettingsService {
  private readonly organizations: OrganizationRepository;

  constructor(
    db: Database,
    private readonly audit: AuditService,
  ) {
    this.organizations = new OrganizationRepository(db);
  }

  /** The caller's organization's settings. */
  async get(caller: Caller): Promise<OrganizationSettings> {
    const org = await this.organizations.findOwn(caller.principal);
    return { organizationId: org.id, name: org.name, keepAudio: org.keepAudio, retentionDays: org.retentionDays };
  }

  /** Changes settings (audited with before and after in the action name, never free text). */
  async update(caller: Caller, change: SettingsChange): Promise<OrganizationSettings> {
    const keepAudio = change.keepAudio;
    if (keepAudio === null) throw AppError.badInput('keepAudio cannot be null', { field: 'keepAudio' });
    const days = change.retentionDays;
    if (days !== undefined && days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS)) {
      throw AppError.badInput(`retentionDays must be between 1 and ${MAX_RETENTION_DAYS}, or null to keep recordings until deleted`, { field: 'retentionDays' });
    }
    const org = await this.organizations.transaction(async (tx) => {
      const updated = await this.organizations.updateOwn(tx, caller.principal, { ...(keepAudio !== undefined ? { keepAudio } : {}), ...(days !== undefined ? { retentionDays: days } : {}) });
      await this.audit.record(caller, { action: 'organization.settings.update', subjectType: 'Organization', subjectId: updated.id, patientId: null }, tx);
      return updated;
    });
    return { organizationId: org.id, name: org.name, keepAudio: org.keepAudio, retentionDays: org.retentionDays };
  }
}
