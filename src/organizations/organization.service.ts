import { mintApiKey } from '../auth/api-key-secret';
import type { Database } from '../db/prisma';

/** What create-org prints: the ids and the admin's API key secret (shown once). */
export interface CreatedOrganization {
  organizationId: string;
  adminUserId: string;
  apiKey: string;
}

/** Creating organizations: an operator action (CLI), not a GraphQL operation. */
export class OrganizationService {
  constructor(private readonly db: Database) {}

  /** Creates an organization with its first admin and that admin's API key, all or nothing. */
  async createWithAdmin(input: { name: string; adminEmail: string; adminName?: string }): Promise<CreatedOrganization> {
    const minted = mintApiKey();
    return this.db.$transaction(async (tx) => {
      const org = await tx.organization.create({ data: { name: input.name.trim() } });
      const admin = await tx.user.create({
        data: { organizationId: org.id, email: input.adminEmail.trim().toLowerCase(), name: input.adminName ?? 'Administrator', role: 'ADMIN' },
      });
      const key = await tx.apiKey.create({
        data: { organizationId: org.id, userId: admin.id, name: 'initial admin key', prefix: minted.prefix, digest: new Uint8Array(minted.digest) },
      });
      await tx.auditEvent.create({
        data: { organizationId: org.id, actorUserId: null, actorType: 'SYSTEM', action: 'organization.create', subjectType: 'Organization', subjectId: org.id },
      });
      await tx.auditEvent.create({
        data: { organizationId: org.id, actorUserId: null, actorType: 'SYSTEM', action: 'apikey.create', subjectType: 'ApiKey', subjectId: key.id },
      });
      return { organizationId: org.id, adminUserId: admin.id, apiKey: minted.secret };
    });
  }
}
