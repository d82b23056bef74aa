import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { SessionService } from '../../sessions/session.service';
import { callerOf, type GraphQLContext } from '../context';
import { SessionStatus } from '../enums';
import { Session, SessionStatusEvent, toSession, UploadSessionInput } from '../types/session.type';

@Resolver(() => Session)
export class SessionResolver {
  constructor(private readonly sessionService: SessionService) {}

  @Authorized('THERAPIST', 'ADMIN')
  @Mutation(() => Session, {
    description: 'Upload a recording (multipart). Needs RECORDING consent. Returns at once with status UPLOADED; transcription and indexing continue in the background.',
  })
  async uploadSession(@Ctx() ctx: GraphQLContext, @Arg('input', () => UploadSessionInput, { description: 'Patient, file and when it was recorded.' }) input: UploadSessionInput): Promise<Session> {
    return toSession(await this.sessionService.upload(callerOf(ctx), input));
  }

  @Authorized('THERAPIST', 'ADMIN')
  @Mutation(() => Boolean, {
    description: 'Delete a session (admin, or a therapist of the patient). It disappears at once; audio, transcript, index and quotes in answers are erased in the background.',
  })
  deleteSession(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The session id.' }) id: string): Promise<boolean> {
    return this.sessionService.delete(callerOf(ctx), id);
  }

  @Authorized()
  @Query(() => Session, { nullable: true, description: 'One session (patient: own; therapist: their patients\'; admin: the organization\'s). NOT_FOUND otherwise.' })
  async session(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The session id.' }) id: string): Promise<Session> {
    return toSession(await this.sessionService.get(callerOf(ctx), id));
  }

  @Authorized()
  @Query(() => [Session], { description: 'Sessions you may see, most recently recorded first.' })
  async sessions(
    @Ctx() ctx: GraphQLContext,
    @Arg('patientId', () => ID, { nullable: true, description: 'Only this patient\'s sessions.' }) patientId?: string | null,
    @Arg('status', () => SessionStatus, { nullable: true, description: 'Only sessions in this status.' }) status?: SessionStatus | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many (1-500).' }) first = 100,
  ): Promise<Session[]> {
    const rows = await this.sessionService.list(callerOf(ctx), { patientId, status, first: Math.min(Math.max(first, 1), 500) });
    return rows.map(toSession);
  }

  @Authorized()
  @Subscription(() => SessionStatusEvent, {
    description: 'Live status of one session you may see: the current state first, then every change (from any API replica or worker).',
    // The subscribe option cannot reach the resolver instance; the context's container can.
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      return ctx.container.get(SessionService).watch(callerOf(ctx), (args as { sessionId: string }).sessionId);
    },
  })
  sessionStatus(@Root() event: SessionStatusEvent, @Arg('sessionId', () => ID, { description: 'The session to follow.' }) _sessionId: string): SessionStatusEvent {
    return event;
  }
}
