import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { App } from '../app';
import type { GraphQLContext } from './context';
import { formatError } from './format-error';
import { queryLimitsRule } from './limits';
import { GraphQLError, parse, specifiedRules, validate } from 'graphql';

/** Close code and reason sent to a socket whose connectionParams carry no valid API key. */
export const UNAUTHENTICATED_CLOSE = { code: 4401, reason: 'UNAUTHENTICATED: connectionParams must carry a valid x-api-key' };

/**
 * graphql-ws on the HTTP server's /graphql path. The key in connectionParams is checked once
 * at connection_init; the socket is refused with a clear close reason when it is not valid.
 */
export function attachSubscriptions(app: App, schema: GraphQLSchema, httpServer: http.Server): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const cleanup = useServer<Record<string, unknown>, { facts?: Omit<GraphQLContext, 'log' | 'container'> }>(
    {
      schema,
      // A query that does not parse is bad input, answered as an error message (not a 4500 close).
      onSubscribe: (_ctx, _id, payload) => {
        try {
          parse(payload.query);
          return undefined;
        } catch (error) {
          return [new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT' } })];
        }
      },
      validate: (schema, document) => validate(schema, document, [...specifiedRules, queryLimitsRule()]),
      onConnect: async (ctx) => {
        const secret = ctx.connectionParams?.['x-api-key'];
        const principal = await app.authenticator.authenticate(typeof secret === 'string' ? secret : undefined);
        if (!principal) {
          ctx.extra.socket.close(UNAUTHENTICATED_CLOSE.code, UNAUTHENTICATED_CLOSE.reason);
          return false;
        }
        const request = ctx.extra.request;
        const userAgent = request.headers['user-agent']?.slice(0, 512);
        (ctx.extra as { facts?: Omit<GraphQLContext, 'log' | 'container'> }).facts = {
          principal,
          requestId: crypto.randomUUID(),
          ipAddress: request.socket.remoteAddress,
          userAgent,
        };
        return true;
      },
      context: (ctx) => {
        const facts = (ctx.extra as { facts: Omit<GraphQLContext, 'log' | 'container'> }).facts;
        return { ...facts, log: app.log.child({ requestId: facts.requestId }), container: app.container } satisfies GraphQLContext;
      },
      onNext: async (ctx, _id, _payload, args, result) => {
        if (!result.errors?.length) return undefined;
        const facts = (ctx.extra as { facts?: Omit<GraphQLContext, 'log' | 'container'> }).facts;
        if (facts?.principal) await app.deniedAccess.recordErrors({ ...facts, principal: facts.principal }, result.errors, args.document, args.variableValues ?? undefined);
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e, app.log)) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e, app.log)),
    },
    wsServer,
  );
  return { dispose: async () => cleanup.dispose() };
}
