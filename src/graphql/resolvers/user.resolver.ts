import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { UserLoaderFactory } from '../../users/user-loaders';
import type { UserService } from '../../users/user.service';
import { callerOf, type GraphQLContext } from '../context';
import { Role } from '../enums';
import { Consent } from '../types/consent.type';
import { CreateUserInput, User, UserPage } from '../types/user.type';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly loaders: UserLoaderFactory,
  ) {}

  @Authorized()
  @Query(() => User, { description: 'The user the API key acts as.' })
  me(@Ctx() ctx: GraphQLContext): Promise<User> {
    // Over HTTP the user came with the key, in the same statement: no second read.
    if (ctx.user && ctx.user.id === ctx.principal?.userId) return Promise.resolve(ctx.user);
    return this.userService.me(callerOf(ctx));
  }

  @Authorized('ADMIN', 'THERAPIST')
  @Query(() => [User], { description: 'ADMIN: the organization\'s users. THERAPIST: the patients assigned to them. Optionally one role. Audited per patient shown.' })
  users(@Ctx() ctx: GraphQLContext, @Arg('role', () => Role, { nullable: true, description: 'Only users with this role.' }) role?: Role | null): Promise<User[]> {
    return this.userService.list(callerOf(ctx), role);
  }

  @Authorized('ADMIN', 'THERAPIST')
  @Query(() => UserPage, {
    description: 'A page of `users` (oldest first, then by id): ADMIN the organization, THERAPIST their patients. With `consents` and `openAlertCount` this is a therapist\'s patient list.',
  })
  usersPage(
    @Ctx() ctx: GraphQLContext,
    @Arg('role', () => Role, { nullable: true, description: 'Only users with this role.' }) role?: Role | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1-500 (anything else is BAD_USER_INPUT).' }) first = 50,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page (opaque).' }) after?: string | null,
  ): Promise<UserPage> {
    return this.userService.page(callerOf(ctx), { role, first, after });
  }

  @FieldResolver(() => [Consent], {
    description: 'A patient\'s current consent, one per type (empty for staff). Batched for a whole list; audited as a consent read. Patients see their own.',
  })
  async consents(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<Consent[]> {
    if (user.role !== 'PATIENT') return [];
    return this.loaders.for(ctx, callerOf(ctx)).consents.load(user.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Alerts about this patient not yet acknowledged (e.g. crisis language in chat). For therapists and admins; null for staff users and for patients themselves.',
  })
  async openAlertCount(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    const caller = callerOf(ctx);
    if (user.role !== 'PATIENT' || caller.principal.role === 'PATIENT') return null;
    return this.loaders.for(ctx, caller).openAlerts.load(user.id);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'ADMIN: create a user (admin, therapist or patient) in the organization.' })
  createUser(@Ctx() ctx: GraphQLContext, @Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput): Promise<User> {
    return this.userService.create(callerOf(ctx), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'ADMIN: make a therapist a treating therapist of a patient (idempotent). Returns the patient.' })
  assignTherapist(
    @Ctx() ctx: GraphQLContext,
    @Arg('patientId', () => ID, { description: 'A user with role PATIENT.' }) patientId: string,
    @Arg('therapistId', () => ID, { description: 'A user with role THERAPIST.' }) therapistId: string,
  ): Promise<User> {
    return this.userService.assignTherapist(callerOf(ctx), patientId, therapistId);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, {
    description: 'ADMIN: end a therapist\'s care of a patient. Their access (sessions, transcripts, live feed) ends at once. BAD_USER_INPUT when they were not assigned. Returns the patient.',
  })
  unassignTherapist(
    @Ctx() ctx: GraphQLContext,
    @Arg('patientId', () => ID, { description: 'A user with role PATIENT.' }) patientId: string,
    @Arg('therapistId', () => ID, { description: 'A therapist currently assigned to the patient.' }) therapistId: string,
  ): Promise<User> {
    return this.userService.unassignTherapist(callerOf(ctx), patientId, therapistId);
  }
}
