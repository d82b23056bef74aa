import { Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../scalars';

@ObjectType({ description: 'A one-time code with which a patient obtains their own API key. The code itself is never stored or shown again.' })
export class Enrollment {
  @Field(() => ID, { description: 'Stable id of the enrollment.' })
  id!: string;

  @Field(() => ID, { description: 'The patient who may redeem it.' })
  userId!: string;

  @Field(() => ID, { description: 'The ADMIN or THERAPIST who created it (recorded on the key it yields as its issuer).' })
  createdByUserId!: string;

  @Field(() => DateTime, { description: 'After this instant the code can no longer be redeemed.' })
  expiresAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When the code was redeemed (it works once only).' })
  redeemedAt?: Date | null;

  @Field(() => DateTime, { description: 'When the enrollment was created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A new enrollment with its one-time code. Hand the code to the patient; it is shown here once only.' })
export class CreatedEnrollment {
  @Field(() => Enrollment, { description: 'The stored enrollment.' })
  enrollment!: Enrollment;

  @Field(() => String, { description: 'The one-time code the patient redeems with redeemEnrollment. Not stored: it cannot be shown again.' })
  code!: string;
}

@InputType({ description: 'Whom an enrollment is for and how long its code stays redeemable.' })
export class CreateEnrollmentInput {
  @Field(() => ID, { description: 'A patient the caller may act for (ADMIN: of the organization; THERAPIST: assigned to them).' })
  userId!: string;

  @Field(() => Int, { nullable: true, description: 'Seconds the code stays redeemable (60 to 2592000; default ENROLLMENT_TTL_SECONDS, 72 h).' })
  @Min(60, { message: 'expiresInSec must be at least 60' })
  @Max(30 * 24 * 3600, { message: 'expiresInSec must be at most 2592000 (30 days)' })
  expiresInSec?: number | null;
}

@InputType({ description: 'A one-time enrollment code and a label for the key it yields.' })
export class RedeemEnrollmentInput {
  @Field(() => String, { description: 'The code from createEnrollment (`enr_…`).' })
  @Length(1, 200, { message: 'code must be 1-200 characters' })
  code!: string;

  @Field(() => String, { description: 'A label for the new key, e.g. "my phone" (1-100 characters).' })
  @Length(1, 100, { message: 'name must be 1-100 characters' })
  name!: string;
}
