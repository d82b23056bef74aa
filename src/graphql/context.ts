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

/**
 * An HTTP request's context. A class because Apollo copies the context's own properties for each
 * operation, which would call a getter defined on the object itself: one on the prototype stays
 * lazy, so the request-scoped logger is made only when something logs.
 */
export class HttpContext implements GraphQLContext {
  principal: Principal | null;
  user?: User;
  requestId: string;
  ipAddress?: string;
  userAgent?: string;
  private logger?: Logger;

  constructor(
    private readonly parentLog: Logger,
    readonly container: Container,
    facts: { principal: Principal | null; user?: User; requestId: string; ipAddress?: string; userAgent?: string },
  ) {
    this.principal = facts.principal;
    this.user = facts.user;
    this.requestId = facts.requestId;
    this.ipAddress = facts.ipAddress;
    this.userAgent = facts.userAgent;
  }

  get log(): Logger {
    return (this.logger ??= this.parentLog.child({ requestId: this.requestId }));
  }
}
