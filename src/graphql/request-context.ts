import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { App } from '../app';
import type { Principal } from '../auth/principal';
import type { User } from '../db/prisma';
import { AppError } from '../errors';
import { MULTIPART_OVERHEAD } from '../storage/upload-drain';
import { tooLarge } from '../storage/upload-guard';

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
 * Authenticates x-api-key before any body is read, so a bad key never streams an upload.
 * A missing key passes for plain JSON (introspection for Sandbox); every operation but
 * introspection then requires one (see plugins.ts).
 */
export function authenticate(app: App) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const secret = req.header('x-api-key');
    const isMultipart = typeof req.is('multipart/form-data') === 'string';
    if (!secret && !isMultipart) return next();
    try {
      const authenticated = await app.authenticator.authenticateWithUser(secret);
      factsOf(req).principal = authenticated?.principal ?? null;
      factsOf(req).user = authenticated?.user;
    } catch (error) {
      return next(error);
    }
    if (factsOf(req).principal) return next();
    const failure = AppError.unauthenticated();
    app.log.warn({ requestId: factsOf(req).requestId, ipAddress: factsOf(req).ipAddress, reason: secret ? 'invalid key' : 'missing key' }, 'authentication failed');
    res.status(401).json({ errors: [{ message: failure.message, extensions: { code: failure.code } }] });
  };
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
