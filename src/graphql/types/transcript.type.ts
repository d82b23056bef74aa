import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Transcript as TranscriptRow, TranscriptCorrection as TranscriptCorrectionRow } from '../../db/prisma';
import { SpeakerRole, type Segment as StoredSegment } from '../../transcripts/segment';
import { DateTime } from '../scalars';

export { SpeakerRole };
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

@InputType({ description: 'A correction of one transcript segment: its text, its speaker role, or both.' })
export class CorrectTranscriptSegmentInput {
  @Field(() => ID, { description: 'The session whose transcript to correct.' })
  sessionId!: string;

  @Field(() => Int, { description: 'Position of the segment in `Transcript.segments` (0-based).' })
  index!: number;

  @Field(() => String, { nullable: true, description: 'The corrected words (1-10 000 characters).' })
  text?: string | null;

  @Field(() => SpeakerRole, { nullable: true, description: 'The corrected role of this segment only.' })
  role?: SpeakerRole | null;
}

@ObjectType({ description: 'One version of a transcript: a segment corrected by a clinician, with the segment before and after.' })
export class TranscriptCorrection {
  @Field(() => ID, { description: 'Stable id of the correction.' })
  id!: string;

  @Field(() => ID, { description: 'The session.' })
  sessionId!: string;

  @Field(() => Int, { description: 'Position of the corrected segment (0-based).' })
  segmentIndex!: number;

  @Field(() => Int, { description: 'Version number within the session: 1 for the first correction, then 2, 3…' })
  version!: number;

  @Field(() => ID, { description: 'The clinician who made the correction.' })
  actorUserId!: string;

  @Field(() => Segment, { description: 'The segment before the correction.' })
  before!: Segment;

  @Field(() => Segment, { description: 'The segment after the correction.' })
  after!: Segment;

  @Field(() => DateTime, { description: 'When the correction was made.' })
  createdAt!: Date;
}

/** The GraphQL shape of a stored correction. */
export function toCorrection(row: TranscriptCorrectionRow): TranscriptCorrection {
  return { ...row, before: row.before as unknown as StoredSegment, after: row.after as unknown as StoredSegment };
}
