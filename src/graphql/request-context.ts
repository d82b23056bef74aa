import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Principal } from '../auth/principal';
import type { User } from '../db/prisma';
import { authRateLimited, type AuthThrottle } from '../auth/auth-throttle';
import type { AuthFailure, Authenticator } from '../auth/authenticator';
import { AppError } from '../errors';
import { isKeylessDocument } from './keyless';
import { MULTIPART_OVERHEAD } from '../storage/upload-drain';
import { tooLarge } from '../storage/upload-guard';

/** What authenticating an HTTP request uses: the auth settings, the authenticator, the failure throttle, the log. */
export interface HttpAuthDeps {
  config: Pick<Config, 'auth'>;
  authenticator: Pick<Authenticator, 'check'>;
  keySecurity: { throttle: Pick<AuthThrottle, 'fail'> };
  log: Logger;
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const MAX_USER_AGENT = 512;

/** Per-request facts the GraphQL context is built from. */
export interface RequestFacts {
  requestId: string;
  principal: Principal | null;
  /** The principal's user, read with the key (absent without a key). */
  user?: User;
  ipAddress?: string;
  userAgent?: string;
}

type FactsRequest = Request & { facts: RequestFacts };

/** The facts attached by `requestId`. */
export function factsOf(req: Request): RequestFacts {
  return (req as FactsRequest).facts;
}

/** A caller's x-request-id when it is safe to log, else a new one; echoed back in the response. */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const id = given && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  const userAgent = req.header('user-agent')?.slice(0, MAX_USER_AGENT);
  (req as FactsRequest).facts = { requestId: id, principal: null, ipAddress: req.ip, userAgent };
  next();
}

/**
 * Authenticates x-api-key before any body is read, so a bad key never streams an upload. A
 * request without a key may only carry a small keyless document (introspection or
 * redeemEnrollment), checked by `refuseKeylessWork` once the JSON body is read; a declared body
 * larger than that cap is refused here, unread. Every refusal counts against the client address.
 */
export function authenticate(app: HttpAuthDeps) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const secret = req.header('x-api-key');
    const isMultipart = typeof req.is('multipart/form-data') === 'string';
    if (!secret && !isMultipart) {
      // Over the JSON body limit the body parser answers PAYLOAD_TOO_LARGE, also without reading it.
      const declared = Number(req.header('content-length') ?? 0);
      const isKeylessSize = declared <= app.config.auth.unauthenticatedMaxDocumentBytes + KEYLESS_BODY_SLACK || declared > JSON_BODY_LIMIT_BYTES;
      if (!isKeylessSize) return refuseAuthentication(app, req, res, 'missing');
      return next();
    }
    try {
      const outcome = await app.authenticator.check(secret);
      if (!outcome.ok) return await refuseAuthentication(app, req, res, outcome.reason);
      factsOf(req).principal = outcome.authenticated.principal;
      factsOf(req).user = outcome.authenticated.user;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** JSON framing and variables allowed around a keyless document. */
const KEYLESS_BODY_SLACK = 4096;
/** The JSON body parser's limit on /graphql (server.ts). */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * After the JSON body is read: caps every document's size (PAYLOAD_TOO_LARGE) and refuses a
 * request without a key unless its document is a small keyless one, before Apollo parses it.
 * GET without a query (the explorer page) is not an operation and passes.
 */
export function refuseKeylessWork(app: HttpAuthDeps) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const source = documentOf(req);
    if (source === undefined) return next();
    const maxBytes = app.config.auth.maxDocumentBytes;
    if (Buffer.byteLength(source, 'utf8') > maxBytes) {
      const error = new AppError('PAYLOAD_TOO_LARGE', `The GraphQL document is larger than ${maxBytes} bytes`, { maxBytes });
      return void res.status(413).json({ errors: [{ message: error.message, extensions: { code: error.code, maxBytes } }] });
    }
    if (factsOf(req).principal || isKeylessDocument(source, app.config.auth.unauthenticatedMaxDocumentBytes)) return next();
    try {
      await refuseAuthentication(app, req, res, 'missing');
    } catch (error) {
      next(error);
    }
  };
}

/** The GraphQL document of a JSON POST or a GET, if the request carries one. */
function documentOf(req: Request): string | undefined {
  const carrier = req.method === 'GET' ? (req.query as Record<string, unknown>) : (req.body as Record<string, unknown> | undefined);
  const query = carrier && typeof carrier === 'object' ? carrier.query : undefined;
  return typeof query === 'string' ? query : undefined;
}

/** Answers 401 UNAUTHENTICATED, or 429 RATE_LIMITED once the address failed too often. */
async function refuseAuthentication(app: HttpAuthDeps, req: Request, res: Response, reason: AuthFailure): Promise<void> {
  const facts = factsOf(req);
  const verdict = await app.keySecurity.throttle.fail(facts.ipAddress);
  app.log.warn({ requestId: facts.requestId, ipAddress: facts.ipAddress, reason, throttled: verdict.limited }, 'authentication failed');
  // A body we will not read must not be left on a keep-alive connection for the next request
  // (an upload's is drained or closed by settleUnreadUploads, which keeps the connection when it can).
  const settledElsewhere = typeof req.is('multipart/form-data') === 'string';
  if (!req.readableEnded && !settledElsewhere && Number(req.header('content-length') ?? 0) > KEYLESS_BODY_SLACK) res.setHeader('connection', 'close');
  if (verdict.limited) {
    const error = authRateLimited(verdict.retryAfterSeconds);
    res.setHeader('retry-after', String(verdict.retryAfterSeconds));
    return void res.status(429).json({ errors: [{ message: error.message, extensions: { code: error.code, retryAfterSeconds: verdict.retryAfterSeconds } }] });
  }
  const failure = reason === 'revoked' || reason === 'expired' ? new AppError('UNAUTHENTICATED', `API key ${reason}`) : AppError.unauthenticated();
  res.status(401).json({ errors: [{ message: failure.message, extensions: { code: failure.code } }] });
}

/**
 * Refuses an upload whose declared Content-Length is already over the limit, before a byte of it
 * is read: on a slow connection the user learns at once instead of after 500 MB.
 */
export function rejectOversizedUploads(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const declared = Number(req.header('content-length') ?? 0);
    if (typeof req.is('multipart/form-data') !== 'string' || !(declared > maxBytes + MULTIPART_OVERHEAD)) return next();
    const error = tooLarge(maxBytes);
    res.setHeader('connection', 'close');
    res.status(413).json({ errors: [{ message: error.message, extensions: { code: error.code, maxBytes } }] });
  };
}
