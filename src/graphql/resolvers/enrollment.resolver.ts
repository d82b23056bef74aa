import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EnrollmentService } from '../../enrollment/enrollment.service';
import { callerOf, type GraphQLContext } from '../context';
import { CreatedApiKey } from '../types/apikey.type';
import { CreatedEnrollment, CreateEnrollmentInput, Enrollment, RedeemEnrollmentInput } from '../types/enrollment.type';

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  constructor(private readonly enrollments: EnrollmentService) {}

  @Authorized('ADMIN', 'THERAPIST')
  @Mutation(() => CreatedEnrollment, { description: "ADMIN or the patient's THERAPIST: create a one-time code with which the patient obtains their own key." })
  createEnrollment(@Ctx() ctx: GraphQLContext, @Arg('input', () => CreateEnrollmentInput, { description: 'The patient and an optional lifetime of the code.' }) input: CreateEnrollmentInput): Promise<CreatedEnrollment> {
    return this.enrollments.create(callerOf(ctx), input);
  }

  @Mutation(() => CreatedApiKey, { description: "Needs no key: exchange a one-time enrollment code for the patient's own API key. Failed attempts are throttled per client address." })
  redeemEnrollment(@Ctx() ctx: GraphQLContext, @Arg('input', () => RedeemEnrollmentInput, { description: 'The code and a label for the new key.' }) input: RedeemEnrollmentInput): Promise<CreatedApiKey> {
    return this.enrollments.redeem(ctx, input);
  }
}
