import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { SessionFeed } from '../../sessions/session-feed';
import type { SessionQueryService } from '../../sessions/session-query.service';
import { SessionService } from '../../sessions/session.service';
import type { UserLoaderFactory } from '../../users/user-loaders';
import { callerOf, type GraphQLContext } from '../context';
import { SessionStatus } from '../enums';
import { DateTime } from '../scalars';
import { Session, SessionPage, SessionStatusEvent, toSession, UploadSessionInput } from '../types/session.type';
import { User } from '../types/user.type';

@Resolver(() => Session)
export class SessionResolver {
  constructor(
    private readonly sessionService: SessionService,
    private readonly sessionQuery: SessionQueryService,
    private readonly loaders: UserLoaderFactory,
  ) {}

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
  @Query(() => [Session], { description: 'Sessions you may see, most recently recorded first. For paging use sessionsPage.' })
  async sessions(
    @Ctx() ctx: GraphQLContext,
    @Arg('patientId', () => ID, { nullable: true, description: 'Only this patient\'s sessions.' }) patientId?: string | null,
    @Arg('status', () => SessionStatus, { nullable: true, description: 'Only sessions in this status.' }) status?: SessionStatus | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many, 1-500 (anything else is BAD_USER_INPUT).' }) first = 100,
    @Arg('recordedFrom', () => DateTime, { nullable: true, description: 'Only sessions recorded at or after this instant.' }) recordedFrom?: Date | null,
    @Arg('recordedTo', () => DateTime, { nullable: true, description: 'Only sessions recorded before this instant.' }) recordedTo?: Date | null,
  ): Promise<Session[]> {
    const rows = await this.sessionQuery.list(callerOf(ctx), { patientId, status, first, recordedFrom, recordedTo });
    return rows.map(toSession);
  }

  @Authorized()
  @Query(() => SessionPage, {
    description: 'A page of the sessions you may see, most recently recorded first (then by id). Pass the previous page\'s endCursor as `after`. Audited once per patient shown.',
  })
  async sessionsPage(
    @Ctx() ctx: GraphQLContext,
    @Arg('patientId', () => ID, { nullable: true, description: 'Only this patient\'s sessions.' }) patientId?: string | null,
    @Arg('status', () => SessionStatus, { nullable: true, description: 'Only sessions in this status.' }) status?: SessionStatus | null,
    @Arg('recordedFrom', () => DateTime, { nullable: true, description: 'Only sessions recorded at or after this instant.' }) recordedFrom?: Date | null,
    @Arg('recordedTo', () => DateTime, { nullable: true, description: 'Only sessions recorded before this instant.' }) recordedTo?: Date | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1-500 (anything else is BAD_USER_INPUT).' }) first = 50,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page (opaque).' }) after?: string | null,
  ): Promise<SessionPage> {
    const page = await this.sessionQuery.page(callerOf(ctx), { patientId, status, recordedFrom, recordedTo, first, after });
    return { ...page, items: page.items.map(toSession) };
  }

  @FieldResolver(() => User, { nullable: true, description: 'The patient (name, email…), loaded in one batch for a whole list. Audited as a read of the patient.' })
  patient(@Root() session: Session, @Ctx() ctx: GraphQLContext): Promise<User | null> {
    return this.loaders.for(ctx, callerOf(ctx)).user.load(session.patientId);
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

  @Authorized()
  @Subscription(() => SessionStatusEvent, {
    description:
      'Live feed of every session you may see (admin: the organization; therapist: your patients; patient: your own), from any API replica or worker. First the current state of each session still processing, then every change. Access is checked again for every event.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      return ctx.container.get(SessionFeed).watch(callerOf(ctx), (args as { patientId?: string | null }).patientId);
    },
  })
  sessionEvents(@Root() event: SessionStatusEvent, @Arg('patientId', () => ID, { nullable: true, description: 'Only this patient\'s sessions (NOT_FOUND for a patient you may not see).' }) _patientId?: string | null): SessionStatusEvent {
    return event;
  }
}
