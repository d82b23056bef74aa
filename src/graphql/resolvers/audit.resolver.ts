import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { AuditQueryService } from '../../audit/audit-query.service';
import { callerOf, type GraphQLContext } from '../context';
import { AuditEvent, AuditEventPage } from '../types/audit.type';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditQuery: AuditQueryService) {}

  @Authorized('ADMIN')
  @Query(() => AuditEventPage, { description: 'ADMIN: the organization\'s PHI access trail, newest first. Reading it is audited too.' })
  auditEvents(
    @Ctx() ctx: GraphQLContext,
    @Arg('subjectId', () => ID, { nullable: true, description: 'Only events about this object.' }) subjectId?: string | null,
    @Arg('actorUserId', () => ID, { nullable: true, description: 'Only events by this user.' }) actorUserId?: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size (1-200).' }) first = 50,
    @Arg('after', () => ID, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
  ): Promise<AuditEventPage> {
    return this.auditQuery.list(callerOf(ctx), { subjectId, actorUserId, first: Math.min(Math.max(first, 1), 200), after });
  }
}
