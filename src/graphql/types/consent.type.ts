import { IsIn } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConsentStatus, ConsentType } from '../enums';
import { DateTime } from '../scalars';

@ObjectType({ description: 'The current state of one consent type for a patient.' })
export class Consent {
  @Field(() => ConsentType, { description: 'What the consent covers.' })
  type!: ConsentType;

  @Field(() => ConsentStatus, { description: 'GRANTED when the latest record grants it; REVOKED when revoked or never granted.' })
  status!: ConsentStatus;

  @Field(() => DateTime, { nullable: true, description: 'When the latest record was written; null when there has never been one.' })
  updatedAt!: Date | null;
}

@ObjectType({ description: 'One entry of the append-only consent ledger. Records are never changed or deleted.' })
export class ConsentRecord {
  @Field(() => ID, { description: 'Stable id of the record.' })
  id!: string;

  @Field(() => ID, { description: 'The patient the consent belongs to.' })
  patientId!: string;

  @Field(() => ConsentType, { description: 'What the consent covers.' })
  type!: ConsentType;

  @Field(() => ConsentStatus, { description: 'GRANTED or REVOKED by this record.' })
  status!: ConsentStatus;

  @Field(() => ID, { description: 'Who made the change: the patient, or an admin or therapist on their behalf.' })
  actorUserId!: string;

  @Field(() => String, { nullable: true, description: 'Client IP address of the request that made the change.' })
  ipAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'User agent of the request that made the change (at most 512 characters).' })
  userAgent!: string | null;

  @Field(() => DateTime, { description: 'When the change was recorded.' })
  createdAt!: Date;
}

@InputType({ description: 'A patient and a consent type to grant or revoke.' })
export class ConsentInput {
  @Field(() => ID, { description: 'The patient (PATIENT: yourself; THERAPIST: an assigned patient; ADMIN: any patient of the organization).' })
  patientId!: string;

  @Field(() => ConsentType, { description: 'RECORDING, TRANSCRIPTION or AI_ANALYSIS.' })
  @IsIn(Object.values(ConsentType))
  type!: ConsentType;
}
