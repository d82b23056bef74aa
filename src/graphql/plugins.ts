import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { DeniedAccessRecorder } from '../audit/denied-access';
import { callerOf, type GraphQLContext } from './context';
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

/** What a client that sent a subscription over HTTP is told. */
export const SUBSCRIPTION_OVER_HTTP_MESSAGE =
  'Subscriptions are served over WebSocket with the graphql-ws protocol on this same path (/graphql), not over HTTP: connect with a graphql-ws client and send x-api-key in connectionParams';

/**
 * Refuses a subscription sent as an HTTP request with a clear client error (400, BAD_USER_INPUT,
 * reason SUBSCRIPTION_OVER_HTTP) instead of letting it execute as a query and fail as INTERNAL.
 */
export function refuseSubscriptionsOverHttp(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(SUBSCRIPTION_OVER_HTTP_MESSAGE, { extensions: { code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } } });
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

/** Records refused operations (NOT_FOUND, FORBIDDEN) of an authenticated caller in the audit trail. */
export function auditDeniedAttempts(recorder: DeniedAccessRecorder): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, document, request }) {
          if (!contextValue.principal) return;
          await recorder.recordErrors(callerOf(contextValue), errors, document, request.variables);
        },
      };
    },
  };
}
