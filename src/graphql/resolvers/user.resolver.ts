import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { UserService } from '../../users/user.service';
import { callerOf, type GraphQLContext } from '../context';
import { Role } from '../enums';
import { CreateUserInput, User } from '../types/user.type';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly userService: UserService) {}

  @Authorized()
  @Query(() => User, { description: 'The user the API key acts as.' })
  me(@Ctx() ctx: GraphQLContext): Promise<User> {
    // Over HTTP the user came with the key, in the same statement: no second read.
    if (ctx.user && ctx.user.id === ctx.principal?.userId) return Promise.resolve(ctx.user);
    return this.userService.me(callerOf(ctx));
  }

  @Authorized('ADMIN', 'THERAPIST')
  @Query(() => [User], { description: 'ADMIN: the organization\'s users. THERAPIST: the patients assigned to them. Optionally one role.' })
  users(@Ctx() ctx: GraphQLContext, @Arg('role', () => Role, { nullable: true, description: 'Only users with this role.' }) role?: Role | null): Promise<User[]> {
    return this.userService.list(callerOf(ctx), role);
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
}
