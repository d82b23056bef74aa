import type { Role } from '../db/prisma';

/** Who is calling: one user of one organization, as identified by an API key. */
export interface Principal {
  readonly organizationId: string;
  readonly userId: string;
  readonly role: Role;
  readonly apiKeyId: string;
}
