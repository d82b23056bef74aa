import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { TranscriptService } from '../../transcripts/transcript.service';
import { callerOf, type GraphQLContext } from '../context';
import { SpeakerRole, Transcript, toTranscript } from '../types/transcript.type';

@Resolver(() => Transcript)
export class TranscriptResolver {
  constructor(private readonly transcripts: TranscriptService) {}

  @Authorized()
  @Query(() => Transcript, { nullable: true, description: 'The transcript of a session you may see (null until transcribed). Every read is audited.' })
  async transcript(@Ctx() ctx: GraphQLContext, @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string): Promise<Transcript | null> {
    const row = await this.transcripts.get(callerOf(ctx), sessionId);
    return row ? toTranscript(row) : null;
  }

  @Authorized('THERAPIST', 'ADMIN')
  @Mutation(() => Transcript, { description: 'Correct who a speaker is (e.g. swap THERAPIST and PATIENT). The session is re-indexed so answers quote the right person.' })
  async setSpeakerRole(
    @Ctx() ctx: GraphQLContext,
    @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string,
    @Arg('speaker', () => String, { description: 'The speaker id as it appears in the segments.' }) speaker: string,
    @Arg('role', () => SpeakerRole, { description: 'The speaker\'s role.' }) role: SpeakerRole,
  ): Promise<Transcript> {
    return toTranscript(await this.transcripts.setSpeakerRole(callerOf(ctx), sessionId, speaker, role));
  }
}
