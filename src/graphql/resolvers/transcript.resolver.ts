import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { TranscriptCorrectionService } from '../../transcripts/transcript-correction.service';
import type { TranscriptService } from '../../transcripts/transcript.service';
import { callerOf, type GraphQLContext } from '../context';
import { CorrectTranscriptSegmentInput, SpeakerRole, Transcript, TranscriptCorrection, toCorrection, toTranscript } from '../types/transcript.type';

@Resolver(() => Transcript)
export class TranscriptResolver {
  constructor(
    private readonly transcripts: TranscriptService,
    private readonly corrections: TranscriptCorrectionService,
  ) {}

  @Authorized()
  @Query(() => Transcript, { nullable: true, description: 'The transcript of a session you may see (null until transcribed). Every read is audited.' })
  async transcript(@Ctx() ctx: GraphQLContext, @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string): Promise<Transcript | null> {
    const row = await this.transcripts.get(callerOf(ctx), sessionId);
    return row ? toTranscript(row) : null;
  }

  @Authorized('THERAPIST', 'ADMIN')
  @Mutation(() => Transcript, { description: 'Correct who one speaker is: every segment of `speaker` gets `role`; other speakers keep theirs. The session is re-indexed so answers quote the right person.' })
  async setSpeakerRole(
    @Ctx() ctx: GraphQLContext,
    @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string,
    @Arg('speaker', () => String, { description: 'The speaker id as it appears in the segments.' }) speaker: string,
    @Arg('role', () => SpeakerRole, { description: 'The speaker\'s role.' }) role: SpeakerRole,
  ): Promise<Transcript> {
    return toTranscript(await this.transcripts.setSpeakerRole(callerOf(ctx), sessionId, speaker, role));
  }

  @Authorized('THERAPIST', 'ADMIN')
  @Mutation(() => Transcript, {
    description: 'Correct one segment\'s text and/or role. Versioned (who, when, before and after: see transcriptCorrections), audited, and the session is re-indexed so answers quote the corrected words.',
  })
  async correctTranscriptSegment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CorrectTranscriptSegmentInput, { description: 'Which segment and what to change.' }) input: CorrectTranscriptSegmentInput,
  ): Promise<Transcript> {
    return toTranscript(await this.corrections.correct(callerOf(ctx), input));
  }

  @Authorized()
  @Query(() => [TranscriptCorrection], { description: 'Every correction of a session\'s transcript, oldest first (same access as `transcript`; audited).' })
  async transcriptCorrections(@Ctx() ctx: GraphQLContext, @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string): Promise<TranscriptCorrection[]> {
    return (await this.corrections.history(callerOf(ctx), sessionId)).map(toCorrection);
  }
}
