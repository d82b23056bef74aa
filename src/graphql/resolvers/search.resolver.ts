import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { TranscriptSearchService } from '../../search/transcript-search.service';
import { callerOf, type GraphQLContext } from '../context';
import { TranscriptHit } from '../types/search.type';

@Resolver(() => TranscriptHit)
export class SearchResolver {
  constructor(private readonly search: TranscriptSearchService) {}

  @Authorized('THERAPIST', 'ADMIN')
  @Query(() => [TranscriptHit], {
    description: 'THERAPIST of the patient or ADMIN: search one patient\'s processed sessions with the hybrid retrieval the assistant uses; best matches first, each with the surrounding turns. Audited (without the query text).',
  })
  searchTranscripts(
    @Ctx() ctx: GraphQLContext,
    @Arg('patientId', () => ID, { description: 'The patient whose sessions to search (NOT_FOUND unless you treat them, or are their admin).' }) patientId: string,
    @Arg('query', () => String, { description: 'What to look for, in plain words (1-500 characters).' }) query: string,
    @Arg('first', () => Int, { defaultValue: 10, description: 'At most this many utterances, 1-50.' }) first = 10,
  ): Promise<TranscriptHit[]> {
    return this.search.search(callerOf(ctx), patientId, query, first);
  }
}
