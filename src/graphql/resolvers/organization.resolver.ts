import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { OrganizationSettingsService } from '../../organizations/organization-settings.service';
import type { SessionAudioService } from '../../sessions/session-audio.service';
import { callerOf, type GraphQLContext } from '../context';
import { OrganizationSettings, UpdateOrganizationSettingsInput } from '../types/organization.type';
import { AudioUrl } from '../types/session.type';

@Resolver(() => OrganizationSettings)
export class OrganizationResolver {
  constructor(
    private readonly settings: OrganizationSettingsService,
    private readonly audio: SessionAudioService,
  ) {}

  @Authorized('ADMIN')
  @Query(() => OrganizationSettings, { description: 'ADMIN: whether recordings are kept after transcription, and for how many days.' })
  organizationSettings(@Ctx() ctx: GraphQLContext): Promise<OrganizationSettings> {
    return this.settings.get(callerOf(ctx));
  }

  @Authorized('ADMIN')
  @Mutation(() => OrganizationSettings, { description: 'ADMIN: change keepAudio and/or retentionDays (audited). Retention is enforced by the workers\' periodic maintenance job.' })
  updateOrganizationSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateOrganizationSettingsInput, { description: 'The settings to change.' }) input: UpdateOrganizationSettingsInput,
  ): Promise<OrganizationSettings> {
    return this.settings.update(callerOf(ctx), { keepAudio: input.keepAudio, retentionDays: input.retentionDays });
  }

  @Authorized()
  @Query(() => AudioUrl, {
    description: 'A 5-minute presigned URL to play a kept recording of a session you may see (audited). CONSENT_REQUIRED without the patient\'s current RECORDING consent; BAD_USER_INPUT when the audio was not kept.',
  })
  sessionAudioUrl(@Ctx() ctx: GraphQLContext, @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string): Promise<AudioUrl> {
    return this.audio.url(callerOf(ctx), sessionId);
  }
}
