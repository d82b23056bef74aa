import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { AuditQueryService } from '../../audit/audit-query.service';
import { callerOf, type GraphQLContext } from '../context';
import { AuditEvent, AuditEventPage } from '../types/audit.type';
import { DateTime } from '../scalars';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditQuery: AuditQueryService) {}

  @Authorized('ADMIN')
  @Query(() => AuditEventPage, { description: 'ADMIN: the organization\'s PHI access trail, newest first. Reading it is audited too.' })
  auditEvents(
    @Ctx() ctx: GraphQLContext,
    @Arg('subjectId', () => ID, { nullable: true, description: 'Only events about this object.' }) subjectId?: string | null,
    @Arg('actorUserId', () => ID, { nullable: true, description: 'Only events by this user.' }) actorUserId?: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1-500 (anything else is BAD_USER_INPUT). For more, page with `after` or use GET /audit/export.' }) first = 50,
    @Arg('after', () => ID, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
    @Arg('patientId', () => ID, { nullable: true, description: 'Only events concerning this patient: who read or changed their data, including denied attempts and background jobs.' }) patientId?: string | null,
    @Arg('from', () => DateTime, { nullable: true, description: 'Only events at or after this instant.' }) from?: Date | null,
    @Arg('to', () => DateTime, { nullable: true, description: 'Only events before this instant.' }) to?: Date | null,
  ): Promise<AuditEventPage> {
    return this.auditQuery.list(callerOf(ctx), { subjectId, actorUserId, patientId, from, to, first, after });
  }
}
