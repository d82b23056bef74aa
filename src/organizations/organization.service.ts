import { mintApiKey } from '../auth/api-key-secret';
import type { Database } from '../db/prisma';
import { OrganizationRepository } from './organization.repository';

/** What create-org prints: the ids and the admin's API key secret (shown once). */
export interface CreatedOrganization {
  organizationId: string;
  adminUserId: string;
  apiKey: string;
}

/** Creating organizations: an operator action (CLI), not a GraphQL operation. */
export class OrganizationService {
  private readonly organizations: OrganizationRepository;

  constructor(db: Database) {
    this.organizations = new OrganizationRepository(db);
  }

  /** Creates an organization with its first admin and that admin's API key, all or nothing. */
  async createWithAdmin(input: { name: string; adminEmail: string; adminName?: string }): Promise<CreatedOrganization> {
    const minted = mintApiKey();
    const created = await this.organizations.createWithAdmin({
      name: input.name.trim(),
      adminEmail: input.adminEmail.trim().toLowerCase(),
      adminName: input.adminName ?? 'Administrator',
      keyPrefix: minted.prefix,
      keyDigest: new Uint8Array(minted.digest),
    });
    return { ...created, apiKey: minted.secret };
  }
}
