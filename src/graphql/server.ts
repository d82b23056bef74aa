import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import type { AuditQueryService } from '../audit/audit-query.service';
import type { DeniedAccessRecorder } from '../audit/denied-access';
import type { KeySecurity } from '../auth/key-security';
import type { Config } from '../config';
import type { HealthReport } from '../health';
import type { SessionService } from '../sessions/session.service';
import { explorerRoutes } from './explorer/explorer.route';
import { HttpContext, type GraphQLContext } from './context';
import { formatError } from './format-error';
import { queryLimitsRule } from './limits';
import { jsonErrorHandler, rejectNulCharacters } from './http-errors';
import { auditDeniedAttempts, refuseSubscriptionsOverHttp, requestLogging, requireAuthentication } from './plugins';
import { auditExportHandler } from '../audit/audit-export';
import { authenticate, factsOf, type HttpAuthDeps, JSON_BODY_LIMIT_BYTES, refuseKeylessWork, rejectOversizedUploads, requestId, type RequestFacts } from './request-context';
import { createSchema } from './schema';
import { settleUnreadUploads, settleUploadConnections } from '../storage/upload-drain';
import { attachSubscriptions, type SubscriptionDeps } from './subscriptions';

/** A listening API server; `stop()` aborts in-flight uploads, stops accepting, drains in-flight requests and closes sockets. */
export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/**
 * What the API server uses (built by src/composition): the settings, the resolvers' container, the
 * key machinery, the audit reader and denied-access recorder, the upload aborter and the health check.
 */
export interface ApiServerDeps extends SubscriptionDeps, HttpAuthDeps {
  config: Pick<Config, 'auth' | 'http' | 'explorer' | 'uploads'>;
  keySecurity: Pick<KeySecurity, 'start' | 'authenticator' | 'sockets' | 'throttle'>;
  deniedAccess: DeniedAccessRecorder;
  auditQuery: AuditQueryService;
  sessions: Pick<SessionService, 'abortUploads'>;
  /** PostgreSQL, Redis and S3, each probed with a timeout (GET /health). */
  health(): Promise<HealthReport>;
}

/** Starts one HTTP server: GraphQL (+ multipart uploads) and graphql-ws on /graphql, and GET /health. */
export async function startServer(app: ApiServerDeps, options: { port: number; host: string }): Promise<RunningServer> {
  const schema = await createSchema(app.container);
  await app.keySecurity.start();
  const web = express();
  web.disable('x-powered-by');
  web.set('trust proxy', app.config.http.trustProxy);
  const httpServer = http.createServer(web);
  const subscriptions = attachSubscriptions(app, schema, httpServer);

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: app.config.http.sandbox || app.config.explorer.kind !== 'off',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    validationRules: [queryLimitsRule()],
    parseOptions: { maxTokens: app.config.auth.maxTokens },
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown (src/bootstrap.ts onShutdown → stop below): Apollo's own SIGTERM
    // handler would drain the HTTP server in parallel with the upload abort, cutting clients off
    // before they read their answer, and then re-send the signal.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, app.log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's hosted Sandbox (from Apollo's CDN) only when asked for; its telemetry only when asked for too.
      app.config.explorer.kind === 'apollo-sandbox'
        ? ApolloServerPluginLandingPageLocalDefault({ embed: { runTelemetry: app.config.explorer.telemetry }, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      requireAuthentication(),
      refuseSubscriptionsOverHttp(),
      requestLogging(app.log),
      auditDeniedAttempts(app.deniedAccess),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
    ],
  });
  await apollo.start();

  web.get('/health', async (_req, res) => {
    const report = await app.health();
    res.status(report.status === 'healthy' ? 200 : 503).json(report);
  });
  // Before the GraphQL middleware: the explorer page and its files need no key (GET + text/html only).
  if (app.config.explorer.kind === 'graphiql') web.use(explorerRoutes());
  web.get('/audit/export', requestId, authenticate(app), auditExportHandler(app, app.auditQuery));
  web.use(
    '/graphql',
    requestId,
    // First, so every early answer to an upload (401 included) leaves a usable or a closed connection.
    settleUnreadUploads(app.config.uploads.maxBytes),
    authenticate(app),
    rejectOversizedUploads(app.config.uploads.maxBytes),
    // One byte over the limit so our own guard (which knows the limit) reports it first.
    graphqlUploadExpress({ maxFileSize: app.config.uploads.maxBytes + 1, maxFiles: 1 }),
    express.json({ limit: JSON_BODY_LIMIT_BYTES }),
    refuseKeylessWork(app),
    rejectNulCharacters,
    expressMiddleware(apollo, {
      context: async ({ req }) => requestContext(app, factsOf(req)),
    }),
    jsonErrorHandler(app.log),
  );
  web.use(jsonErrorHandler(app.log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  // In-flight uploads are stopped first, each aborting its multipart upload, so a shutdown leaves no parts behind.
  // Their answers get up to UPLOAD_SETTLE_MS to reach the clients (well inside the 25 s forced exit, and
  // within an orchestrator's usual 30 s grace): on a loaded machine 3 s was seen to cut one before it was read.
  const stop = async () => {
    await app.sessions.abortUploads();
    await settleUploadConnections(UPLOAD_SETTLE_MS);
    await apollo.stop();
  };
  return { url: `http://${shownHost}:${port}/graphql`, port, httpServer, stop };
}

/** How long a graceful stop waits for upload answers and lingering upload connections. */
const UPLOAD_SETTLE_MS = 10_000;

/** A request's GraphQL context; its request-scoped logger is made the first time something logs. */
function requestContext(app: ApiServerDeps, facts: RequestFacts): GraphQLContext {
  return new HttpContext(app.log, app.container, facts);
}
