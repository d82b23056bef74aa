import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime } from '../scalars';

@ObjectType({ description: 'Who read or changed which protected health information. Holds ids and verbs only, never PHI text.' })
export class AuditEvent {
  @Field(() => ID, { description: 'Stable id of the event (also the pagination cursor).' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The user who acted (null for system actions such as create-org).' })
  actorUserId!: string | null;

  @Field(() => String, { description: 'What happened, e.g. transcript.read, consent.revoke, session.delete.' })
  action!: string;

  @Field(() => String, { description: 'Kind of object acted on, e.g. Session, Patient, ConsentRecord.' })
  subjectType!: string;

  @Field(() => String, { nullable: true, description: 'Id of the object acted on.' })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'The request id (x-request-id) of the API call, to match logs.' })
  requestId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The API key the action came through (null for system actions and enrollment redemptions, which need no key).' })
  apiKeyId!: string | null;

  @Field(() => DateTime, { description: 'When it happened.' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The patient the event concerns (null when it concerns no patient, e.g. an admin\'s key).' })
  patientId!: string | null;

  @Field(() => String, { description: 'Who acted: USER (actorUserId), JOB (a background job, named by actorJob) or SYSTEM (the operator\'s CLI).' })
  actorType!: string;

  @Field(() => String, { nullable: true, description: 'The background job that acted (transcribe, purge, consent-revoked, retention), when actorType is JOB.' })
  actorJob!: string | null;
}

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventPage {
  @Field(() => [AuditEvent], { description: 'The events of this page.' })
  items!: AuditEvent[];

  @Field(() => ID, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether there are older events.' })
  hasNextPage!: boolean;
}
