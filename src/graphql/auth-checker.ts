import type { AuthChecker } from 'type-graphql';
import { AppError } from '../errors';
import type { GraphQLContext } from './context';

/** Role check for @Authorized: roles only; which objects a role may touch is decided in src/auth/scope.ts. */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  if (!context.principal) throw AppError.unauthenticated();
  return roles.length === 0 || roles.includes(context.principal.role);
};
