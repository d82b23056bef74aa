import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Alert } from '../../db/prisma';
import { DateTime } from '../scalars';
import { AlertStatus, RiskLevel } from './risk-level';

@ObjectType({ description: 'An alert raised when a patient\'s chat message showed risk; for the patient\'s therapists and the organization\'s admins.' })
export class RiskAlert {
  @Field(() => ID, { description: 'Stable id of the alert.' })
  id!: string;

  @Field(() => ID, { description: 'The patient who wrote the message.' })
  patientId!: string;

  @Field(() => RiskLevel, { description: 'CRISIS (urgent) or CONCERN (lower priority).' })
  level!: RiskLevel;

  // `message` is a field resolver (RiskAlertResolver): reading it is audited.

  @Field(() => DateTime, { description: 'When the message was written and the alert raised.' })
  createdAt!: Date;

  @Field(() => AlertStatus, { description: 'OPEN until a therapist or admin acknowledges it.' })
  status!: AlertStatus;

  @Field(() => ID, { nullable: true, description: 'The user who acknowledged it.' })
  acknowledgedBy?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was acknowledged.' })
  acknowledgedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The note left when acknowledging, e.g. "called the patient, safe".' })
  note?: string | null;

  @Field(() => [String], { description: 'What the screen recognised: SUICIDE, SELF_HARM, HARM_TO_OTHERS, ABUSE_IN_PROGRESS (may be empty).' })
  categories!: string[];

  @Field(() => String, { description: 'The message\'s language as the screen read it (ISO 639-1).' })
  language!: string;

  @Field(() => Boolean, { description: 'True when the message voiced worry about someone else\'s safety.' })
  concernForOthers!: boolean;

  @Field(() => ID, { nullable: true, description: 'The conversation the message is part of.' })
  conversationId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the alert, still open, was escalated to the organization\'s admins (CRISIS only).' })
  escalatedAt?: Date | null;

  /** The stored row, for the `message` field resolver. */
  row!: Alert;
}

/** The GraphQL shape of a stored alert. */
export function toRiskAlert(row: Alert): RiskAlert {
  return {
    id: row.id,
    patientId: row.patientId,
    level: row.level,
    createdAt: row.createdAt,
    status: row.acknowledgedAt ? AlertStatus.ACKNOWLEDGED : AlertStatus.OPEN,
    acknowledgedBy: row.acknowledgedBy,
    acknowledgedAt: row.acknowledgedAt,
    note: row.note,
    categories: row.categories,
    language: row.language,
    concernForOthers: row.concernForOthers,
    conversationId: row.conversationId,
    escalatedAt: row.escalatedAt,
    row,
  };
}

@ObjectType({ description: 'How the organization\'s risk alerts are delivered beyond the dashboard. The webhook\'s signing secret is never shown here.' })
export class RiskAlertSettings {
  @Field(() => String, { nullable: true, description: 'Where alerts are POSTed for paging systems (null: no webhook).' })
  webhookUrl?: string | null;

  @Field(() => RiskLevel, { description: 'The lowest level sent to the webhook (CRISIS by default; escalations are always sent).' })
  webhookMinimumLevel!: RiskLevel;

  @Field(() => Int, { nullable: true, description: 'The organization\'s escalation delay in minutes (null: the server default).' })
  escalationMinutes?: number | null;

  @Field(() => Float, { description: 'How long a CRISIS alert may stay open before the admins are alerted, in minutes.' })
  effectiveEscalationMinutes!: number;

  @Field(() => DateTime, { nullable: true, description: 'When the settings last changed.' })
  updatedAt?: Date | null;
}

@ObjectType({ description: 'A configured webhook with its new signing secret. The secret is shown here once only.' })
export class ConfiguredRiskAlertWebhook {
  @Field(() => RiskAlertSettings, { description: 'The settings now in force.' })
  settings!: RiskAlertSettings;

  @Field(() => String, {
    description: 'The HMAC-SHA256 signing secret: each delivery carries `x-therapyrag-signature: t=<unix seconds>,v1=<hex HMAC of "<t>.<body>">`. Store it now: it cannot be shown again.',
  })
  secret!: string;
}

@InputType({ description: 'Where to send risk alerts for paging systems.' })
export class ConfigureRiskAlertWebhookInput {
  @Field(() => String, { description: 'The receiver\'s URL (https in production; no credentials in it).' })
  url!: string;

  @Field(() => RiskLevel, { nullable: true, defaultValue: 'CRISIS', description: 'The lowest level to send: CRISIS (default) or CONCERN.' })
  minimumLevel?: RiskLevel | null;
}
