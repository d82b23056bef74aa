import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { GraphQLContext } from './context';
import { isKeylessOperation } from './keyless';

/** Rejects every operation but introspection and redeemEnrollment when the request carried no API key. */
export function requireAuthentication(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!contextValue.principal && !(operation && isKeylessOperation(operation))) throw AppError.unauthenticated().toGraphQLError();
        },
      };
    },
  };
}

/** One log line per operation: name, type, outcome, duration. Never the query text or variables. */
export function requestLogging(log: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          log.info(
            {
              requestId: contextValue.requestId,
              userId: contextValue.principal?.userId,
              operationName: operationName ?? undefined,
              operationType: operation?.operation,
              errorCodes: errors?.map((e) => e.extensions?.code ?? 'INTERNAL'),
              durationMs: Math.round(performance.now() - started),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
