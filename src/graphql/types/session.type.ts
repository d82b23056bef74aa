import type { FileUpload } from 'graphql-upload-minimal';
import { GraphQLUpload } from 'graphql-upload-minimal';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Session as SessionRow } from '../../db/prisma';
import { SessionStatus } from '../enums';
import { DateTime } from '../scalars';

@ObjectType({ description: 'One recorded therapy session and where it is in processing.' })
export class Session {
  @Field(() => ID, { description: 'Stable id of the session.' })
  id!: string;

  @Field(() => ID, { description: 'The patient the session belongs to.' })
  patientId!: string;

  @Field(() => ID, { description: 'The treating therapist.' })
  therapistId!: string;

  @Field(() => SessionStatus, { description: 'Processing state; follow it live with the sessionStatus subscription.' })
  status!: SessionStatus;

  @Field(() => String, { description: 'Media type detected from the file\'s bytes (the client\'s claim is not trusted).' })
  mimeType!: string;

  @Field(() => Float, { description: 'Size of the uploaded recording in bytes.' })
  sizeBytes!: number;

  @Field(() => Float, { nullable: true, description: 'Length of the recording in seconds, once transcribed.' })
  durationSec!: number | null;

  @Field(() => String, { nullable: true, description: 'Why processing failed, in words safe to show (FAILED only).' })
  error!: string | null;

  @Field(() => Int, { description: 'How many times processing has been attempted.' })
  attempts!: number;

  @Field(() => DateTime, { description: 'When the session took place.' })
  recordedAt!: Date;

  @Field(() => DateTime, { description: 'When the recording was uploaded.' })
  createdAt!: Date;

  @Field(() => DateTime, { description: 'When the session last changed (e.g. its status).' })
  updatedAt!: Date;
}

/** The GraphQL shape of a session row (sizes as numbers: a recording is far below 2^53 bytes). */
export function toSession(row: SessionRow): Session {
  return { ...row, sizeBytes: Number(row.sizeBytes) };
}

@ObjectType({ description: 'A change of a session\'s status; the first event of a subscription is the current state.' })
export class SessionStatusEvent {
  @Field(() => ID, { description: 'The session.' })
  sessionId!: string;

  @Field(() => SessionStatus, { description: 'The status it moved to. DELETED is the last event, after which the subscription completes.' })
  status!: SessionStatus;

  @Field(() => String, { nullable: true, description: 'Why processing failed (FAILED only).' })
  error!: string | null;

  @Field(() => DateTime, { description: 'When the change happened.' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The session\'s patient (set on sessionEvents; may be null on sessionStatus).' })
  patientId?: string | null;
}

@ObjectType({ description: 'One page of sessions, most recently recorded first. Pass `endCursor` as `after` to get the next page.' })
export class SessionPage {
  @Field(() => [Session], { description: 'The sessions of this page.' })
  items!: Session[];

  @Field(() => String, { nullable: true, description: 'Opaque cursor after the last item; null on an empty page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether more sessions follow.' })
  hasNextPage!: boolean;
}

@ObjectType({ description: 'A short-lived link to play a kept recording.' })
export class AudioUrl {
  @Field(() => String, { description: 'Presigned GET URL of the recording; anyone holding it can download until it expires, so do not store or share it.' })
  url!: string;

  @Field(() => DateTime, { description: 'When the URL stops working.' })
  expiresAt!: Date;

  @Field(() => String, { description: 'Media type of the recording (for the player).' })
  mimeType!: string;
}

@InputType({ description: 'A recording to upload (GraphQL multipart request; send the header `apollo-require-preflight: true`).' })
export class UploadSessionInput {
  @Field(() => ID, { description: 'The patient the session belongs to (a patient assigned to you, or for an admin any patient).' })
  patientId!: string;

  @Field(() => GraphQLUpload, { description: 'The audio or video file, at most MAX_UPLOAD_BYTES (500 MB by default).' })
  file!: Promise<FileUpload>;

  @Field(() => DateTime, { nullable: true, description: 'When the session took place (default: now).' })
  recordedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'ADMIN only: the treating therapist (default: the patient\'s first assigned therapist).' })
  therapistId?: string | null;
}
