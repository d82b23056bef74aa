import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsentService } from '../../consent/consent.service';
import { callerOf, type GraphQLContext } from '../context';
import { Consent, ConsentInput, ConsentRecord } from '../types/consent.type';

@Resolver(() => ConsentRecord)
export class ConsentResolver {
  constructor(private readonly consent: ConsentService) {}

  @Authorized()
  @Query(() => [Consent], { description: 'Current consent of a patient, one entry per ConsentType (REVOKED when never granted). Audited.' })
  consents(@Ctx() ctx: GraphQLContext, @Arg('patientId', () => ID, { description: 'The patient.' }) patientId: string): Promise<Consent[]> {
    return this.consent.current(callerOf(ctx), patientId);
  }

  @Authorized()
  @Query(() => [ConsentRecord], { description: 'Every consent record of a patient, oldest first, with actor, IP and user agent. Audited.' })
  consentHistory(@Ctx() ctx: GraphQLContext, @Arg('patientId', () => ID, { description: 'The patient.' }) patientId: string): Promise<ConsentRecord[]> {
    return this.consent.history(callerOf(ctx), patientId);
  }

  @Authorized()
  @Mutation(() => ConsentRecord, { description: 'Grant a consent (the patient, or an admin or assigned therapist on their behalf). BAD_USER_INPUT when already granted.' })
  grantConsent(@Ctx() ctx: GraphQLContext, @Arg('input', () => ConsentInput, { description: 'Patient and consent type.' }) input: ConsentInput): Promise<ConsentRecord> {
    return this.consent.grant(callerOf(ctx), input.patientId, input.type);
  }

  @Authorized()
  @Mutation(() => ConsentRecord, {
    description: 'Revoke a consent. Takes effect at once: every later pipeline step refuses, and data the consent covered is purged. BAD_USER_INPUT when not granted.',
  })
  revokeConsent(@Ctx() ctx: GraphQLContext, @Arg('input', () => ConsentInput, { description: 'Patient and consent type.' }) input: ConsentInput): Promise<ConsentRecord> {
    return this.consent.revoke(callerOf(ctx), input.patientId, input.type);
  }
}
