import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTime } from '../scalars';

@ObjectType({ description: 'An API key. Acts as exactly one user; the secret itself is never stored or shown again.' })
export class ApiKey {
  @Field(() => ID, { description: 'Stable id of the key (use it to revoke).' })
  id!: string;

  @Field(() => ID, { description: 'The user this key acts as.' })
  userId!: string;

  @Field(() => String, { description: 'A label chosen at creation, e.g. "front desk tablet".' })
  name!: string;

  @Field(() => String, { description: 'Public part of the secret (`trag_<prefix>_…`), to recognise a key in lists.' })
  prefix!: string;

  @Field(() => DateTime, { nullable: true, description: 'After this instant the key no longer authenticates.' })
  expiresAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Last use, recorded at most once a minute.' })
  lastUsedAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When the key was revoked; revoked keys never authenticate again.' })
  revokedAt?: Date | null;

  @Field(() => DateTime, { description: 'When the key was created.' })
  createdAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Who issued the key: its creator, or for a key redeemed from an enrollment the user who created the enrollment.' })
  createdByUserId?: string | null;
}

@ObjectType({ description: 'A newly created key with its secret. The secret is shown here once only.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The stored key.' })
  apiKey!: ApiKey;

  @Field(() => String, { description: 'The secret to send as the `x-api-key` header. Store it now: it cannot be shown again.' })
  secret!: string;
}

@InputType({ description: 'A key to issue: for yourself, or (ADMIN) for an admin or therapist of the organization. Patients get keys through enrollments.' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'The user the key acts as.' })
  userId!: string;

  @Field(() => String, { description: 'A label for the key (1-100 characters).' })
  @Length(1, 100, { message: 'name must be 1-100 characters' })
  name!: string;

  @Field(() => DateTime, { nullable: true, description: 'Optional expiry; must be in the future.' })
  expiresAt?: Date | null;
}
