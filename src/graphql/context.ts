import type { Caller } from '../auth/caller';
import type { Container } from '../container';
import type { Principal } from '../auth/principal';
import type { User } from '../db/prisma';
import { AppError } from '../errors';
import type { Logger } from '../logger';

/** What every resolver receives: the authenticated principal (null only for introspection) and request facts. */
export interface GraphQLContext {
  principal: Principal | null;
  /** The principal's user as read with its key on this request (HTTP only). */
  user?: User;
  requestId: string;
  ipAddress?: string;
  userAgent?: string;
  log: Logger;
  /** The process's service instances (for subscription `subscribe` functions). */
  container: Container;
}

/** The caller for a service call; UNAUTHENTICATED when the request carried no valid key. */
export function callerOf(ctx: GraphQLContext): Caller {
  if (!ctx.principal) throw AppError.unauthenticated();
  return { principal: ctx.principal, requestId: ctx.requestId, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent };
}
