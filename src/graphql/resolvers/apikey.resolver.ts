import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiKeyService } from '../../apikeys/apikey.service';
import { callerOf, type GraphQLContext } from '../context';
import { ApiKey, CreateApiKeyInput, CreatedApiKey } from '../types/apikey.type';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Authorized()
  @Query(() => [ApiKey], { description: 'ADMIN: the organization\'s keys (optionally of one user). Others: their own keys.' })
  apiKeys(@Ctx() ctx: GraphQLContext, @Arg('userId', () => ID, { nullable: true, description: 'Only keys of this user.' }) userId?: string | null): Promise<ApiKey[]> {
    return this.keys.list(callerOf(ctx), userId);
  }

  @Authorized()
  @Mutation(() => CreatedApiKey, {
    description: "Issue a key: anyone for themself, an ADMIN also for the organization's admins and therapists. A patient's key is never minted by someone else (createEnrollment). The secret is in the answer and nowhere else.",
  })
  createApiKey(@Ctx() ctx: GraphQLContext, @Arg('input', () => CreateApiKeyInput, { description: 'Whom the key acts as, a label and an optional expiry.' }) input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.keys.create(callerOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => ApiKey, { description: 'Revoke a key at once (ADMIN: any key of the organization; others: their own). Idempotent.' })
  revokeApiKey(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The key\'s id.' }) id: string): Promise<ApiKey> {
    return this.keys.revoke(callerOf(ctx), id);
  }
}
