import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../scalars';
import { Segment } from './transcript.type';

@ObjectType({ description: 'An utterance of a patient\'s transcript that matches a search, with the turns around it.' })
export class TranscriptHit {
  @Field(() => ID, { description: 'The session it was said in.' })
  sessionId!: string;

  @Field(() => DateTime, { description: 'When that session took place.' })
  recordedAt!: Date;

  @Field(() => Int, { description: 'Position of the utterance in `Transcript.segments` (use it with correctTranscriptSegment).' })
  segmentIndex!: number;

  @Field(() => Float, { description: 'Start of the utterance, in seconds from the start of the recording.' })
  startSec!: number;

  @Field(() => Float, { description: 'End of the utterance, in seconds.' })
  endSec!: number;

  @Field(() => String, { description: 'Speaker id from diarization, e.g. channel_0.' })
  speaker!: string;

  @Field(() => String, { description: 'THERAPIST, PATIENT or UNKNOWN.' })
  role!: string;

  @Field(() => String, { description: 'What was said.' })
  text!: string;

  @Field(() => [Segment], { description: 'Up to two turns just before, oldest first.' })
  before!: Segment[];

  @Field(() => [Segment], { description: 'Up to two turns just after.' })
  after!: Segment[];
}
