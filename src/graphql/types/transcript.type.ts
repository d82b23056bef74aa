import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Transcript as TranscriptRow } from '../../db/prisma';
import type { Segment as StoredSegment } from '../../transcripts/segment';
import { DateTime } from '../scalars';

/** Roles a speaker of a transcript can have. */
export const SpeakerRole = { THERAPIST: 'THERAPIST', PATIENT: 'PATIENT', UNKNOWN: 'UNKNOWN' } as const;
export type SpeakerRole = (typeof SpeakerRole)[keyof typeof SpeakerRole];
registerEnumType(SpeakerRole, {
  name: 'SpeakerRole',
  description: 'Who a speaker of a transcript is.',
  valuesConfig: {
    THERAPIST: { description: 'The clinician.' },
    PATIENT: { description: 'The patient.' },
    UNKNOWN: { description: 'Someone else, or not determined.' },
  },
});

@ObjectType({ description: 'One utterance of a transcript.' })
export class Segment {
  @Field(() => String, { description: 'Speaker id from diarization, e.g. channel_0 or speaker_1.' })
  speaker!: string;

  @Field(() => String, { description: 'THERAPIST, PATIENT or UNKNOWN (guessed automatically; correct it with setSpeakerRole).' })
  role!: string;

  @Field(() => Float, { description: 'Start, in seconds from the start of the recording.' })
  start!: number;

  @Field(() => Float, { description: 'End, in seconds.' })
  end!: number;

  @Field(() => String, { description: 'What was said.' })
  text!: string;

  @Field(() => Float, { nullable: true, description: 'Recognizer confidence from 0 to 1, when known.' })
  confidence?: number | null;
}

@ObjectType({ description: 'The diarized, timestamped transcript of a session.' })
export class Transcript {
  @Field(() => ID, { description: 'The session.' })
  sessionId!: string;

  @Field(() => String, { description: 'The engine that made it: deepgram, offline (pocketsphinx), …' })
  provider!: string;

  @Field(() => String, { description: 'The engine\'s model.' })
  model!: string;

  @Field(() => String, { description: 'Language of the transcript (e.g. en).' })
  language!: string;

  @Field(() => [Segment], { description: 'The utterances in time order.' })
  segments!: Segment[];

  @Field(() => DateTime, { description: 'When the transcript was made.' })
  createdAt!: Date;

  @Field(() => DateTime, { description: 'When it last changed (e.g. a speaker role was corrected).' })
  updatedAt!: Date;
}

/** The GraphQL shape of a stored transcript. */
export function toTranscript(row: TranscriptRow): Transcript {
  return { ...row, segments: row.segments as unknown as StoredSegment[] };
}
