import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { DeniedAccessRecorder } from '../audit/denied-access';
import { callerOf, type GraphQLContext } from './context';

/** True when an operation only asks for schema introspection (allowed without a key, for Sandbox). */
function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))
  );
}

/** Rejects every operation but introspection when the request carried no API key. */
export function requireAuthentication(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!contextValue.principal && !(operation && isIntrospectionOnly(operation))) throw AppError.unauthenticated().toGraphQLError();
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
