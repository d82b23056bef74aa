import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RiskAlertSettingsService } from '../../alerts/alert-settings.service';
import { RiskAlertService } from '../../alerts/alert.service';
import type { Alert } from '../../db/prisma';
import { callerOf, type GraphQLContext } from '../context';
import { ConfiguredRiskAlertWebhook, ConfigureRiskAlertWebhookInput, RiskAlert, RiskAlertSettings, toRiskAlert } from '../types/risk-alert.type';
import { AlertStatus } from '../types/risk-level';

@Resolver(() => RiskAlert)
export class RiskAlertResolver {
  constructor(
    private readonly alerts: RiskAlertService,
    private readonly settings: RiskAlertSettingsService,
  ) {}

  @Authorized('THERAPIST', 'ADMIN')
  @Query(() => [RiskAlert], { description: 'THERAPIST: your patients\' risk alerts; ADMIN: the organization\'s. Newest first; audited.' })
  async riskAlerts(
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => AlertStatus, { nullable: true, description: 'Only OPEN or only ACKNOWLEDGED alerts.' }) status?: AlertStatus | null,
    @Arg('patientId', () => ID, { nullable: true, description: 'Only this patient\'s alerts.' }) patientId?: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many (1-200).' }) first?: number,
  ): Promise<RiskAlert[]> {
    const rows = await this.alerts.list(callerOf(ctx), { status, patientId, first });
    return rows.map(toRiskAlert);
  }

  @Authorized('THERAPIST', 'ADMIN')
  @Mutation(() => RiskAlert, { description: 'THERAPIST of the patient / ADMIN: mark an alert as taken in hand, with an optional note. Audited; a second acknowledgement changes nothing. NOT_FOUND for anyone else\'s.' })
  async acknowledgeRiskAlert(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The alert.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: 'What was done (at most 2000 characters).' }) note?: string | null,
  ): Promise<RiskAlert> {
    return toRiskAlert(await this.alerts.acknowledge(callerOf(ctx), id, note));
  }

  @Authorized('THERAPIST', 'ADMIN')
  @Subscription(() => RiskAlert, {
    name: 'riskAlerts',
    description: 'THERAPIST: your patients\' risk alerts; ADMIN: the organization\'s. The open ones first (newest 50), then every new, acknowledged or escalated alert, from any API replica or worker.',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext;
      return ctx.container.get(RiskAlertService).watch(callerOf(ctx));
    },
  })
  riskAlertsLive(@Root() alert: Alert): RiskAlert {
    return toRiskAlert(alert);
  }

  @FieldResolver(() => String, { description: 'The patient\'s message that raised the alert (an over-long one as its start and end). Every read is audited.' })
  message(@Ctx() ctx: GraphQLContext, @Root() alert: RiskAlert): Promise<string> {
    return this.alerts.readMessage(callerOf(ctx), alert.row);
  }

  @Authorized('ADMIN')
  @Query(() => RiskAlertSettings, { description: 'ADMIN: how risk alerts are delivered beyond the dashboard (webhook, escalation delay).' })
  riskAlertSettings(@Ctx() ctx: GraphQLContext): Promise<RiskAlertSettings> {
    return this.settings.get(callerOf(ctx));
  }

  @Authorized('ADMIN')
  @Mutation(() => ConfiguredRiskAlertWebhook, { description: 'ADMIN: send risk alerts to a paging webhook, signed with a new secret shown once (calling again rotates it). Audited.' })
  configureRiskAlertWebhook(@Ctx() ctx: GraphQLContext, @Arg('input', () => ConfigureRiskAlertWebhookInput, { description: 'The URL and lowest level to send.' }) input: ConfigureRiskAlertWebhookInput): Promise<ConfiguredRiskAlertWebhook> {
    return this.settings.configureWebhook(callerOf(ctx), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => RiskAlertSettings, { description: 'ADMIN: stop sending risk alerts to the webhook. Audited.' })
  removeRiskAlertWebhook(@Ctx() ctx: GraphQLContext): Promise<RiskAlertSettings> {
    return this.settings.removeWebhook(callerOf(ctx));
  }

  @Authorized('ADMIN')
  @Mutation(() => RiskAlertSettings, { description: 'ADMIN: minutes a CRISIS alert may stay open before the organization\'s admins are alerted (1-1440; null restores the server default). Audited.' })
  setRiskAlertEscalation(@Ctx() ctx: GraphQLContext, @Arg('minutes', () => Int, { nullable: true, description: 'The delay in minutes, or null.' }) minutes: number | null): Promise<RiskAlertSettings> {
    return this.settings.setEscalation(callerOf(ctx), minutes ?? null);
  }
}
