import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Settings of the caller\'s organization (ADMIN).' })
export class OrganizationSettings {
  @Field(() => ID, { description: 'The organization.' })
  organizationId!: string;

  @Field(() => String, { description: 'The organization\'s name.' })
  name!: string;

  @Field(() => Boolean, { description: 'Keep recordings after transcription (default false: deleted once transcribed). Applies to recordings transcribed from now on.' })
  keepAudio!: boolean;

  @Field(() => Int, { nullable: true, description: 'Days a kept recording stays in storage after it was recorded; null keeps it until the session is deleted.' })
  retentionDays!: number | null;
}

@InputType({ description: 'Changes to the organization\'s settings; a field left out is not changed.' })
export class UpdateOrganizationSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Keep recordings after transcription.' })
  keepAudio?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Days to keep a recording (1-3650); null to keep recordings until deleted.' })
  retentionDays?: number | null;
}
