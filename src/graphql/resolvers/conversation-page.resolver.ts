import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { ConversationPageService } from '../../conversations/conversation-page.service';
import { callerOf, type GraphQLContext } from '../context';
import { Conversation } from '../types/chat.type';

@ObjectType({ description: 'One page of conversations, most recently active first. Pass `endCursor` as `after` to get the next page.' })
export class ConversationPage {
  @Field(() => [Conversation], { description: 'The conversations of this page (without messages; open one with `conversation`).' })
  items!: Conversation[];

  @Field(() => String, { nullable: true, description: 'Opaque cursor after the last item; null on an empty page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether more conversations follow.' })
  hasNextPage!: boolean;
}

@Resolver(() => ConversationPage)
export class ConversationPageResolver {
  constructor(private readonly conversations: ConversationPageService) {}

  @Authorized('PATIENT')
  @Query(() => ConversationPage, { description: 'PATIENT: a page of your conversations, most recently active first (then by id). Audited.' })
  async conversationsPage(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1-500 (anything else is BAD_USER_INPUT).' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page (opaque).' }) after?: string | null,
  ): Promise<ConversationPage> {
    const page = await this.conversations.page(callerOf(ctx), { first, after });
    return { ...page, items: page.items.map((c) => ({ ...c, messages: [] })) };
  }
}
