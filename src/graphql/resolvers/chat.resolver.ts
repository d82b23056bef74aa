import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ChatService } from '../../chat/chat.service';
import { callerOf, type GraphQLContext } from '../context';
import { ChatInput, ChatReply, Conversation, toMessage } from '../types/chat.type';

@Resolver(() => Conversation)
export class ChatResolver {
  constructor(private readonly chatService: ChatService) {}

  @Authorized('PATIENT')
  @Mutation(() => ChatReply, {
    description:
      'PATIENT: ask about your own sessions. Crisis language is answered first with resources. Needs AI_ANALYSIS consent; 20 messages per hour (RATE_LIMITED with retryAfterSeconds).',
  })
  async chat(@Ctx() ctx: GraphQLContext, @Arg('input', () => ChatInput, { description: 'The message and, to continue, the conversation id.' }) input: ChatInput): Promise<ChatReply> {
    const reply = await this.chatService.chat(callerOf(ctx), input);
    return { ...reply, message: toMessage(reply.message) };
  }

  @Authorized('PATIENT')
  @Query(() => [Conversation], { description: 'PATIENT: your conversations, most recent first (without messages; open one with `conversation`).' })
  async conversations(@Ctx() ctx: GraphQLContext): Promise<Conversation[]> {
    const rows = await this.chatService.list(callerOf(ctx));
    return rows.map((c) => ({ ...c, messages: [] }));
  }

  @Authorized('PATIENT')
  @Query(() => Conversation, { nullable: true, description: 'PATIENT: one of your conversations with its messages. NOT_FOUND for anyone else\'s.' })
  async conversation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The conversation id.' }) id: string): Promise<Conversation> {
    const { conversation, messages } = await this.chatService.get(callerOf(ctx), id);
    return { ...conversation, messages: messages.map(toMessage) };
  }
}
