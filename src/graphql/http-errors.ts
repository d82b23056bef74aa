import type { NextFunction, Request, Response } from 'express';
import { AppError, type ErrorCode } from '../errors';
import { isTransientDatabaseError } from '../infra/transient';
import { type Logger, safeError } from '../logger';
import { MALFORMED_MULTIPART } from '../sessions/upload-errors';
import { withValidationErrors } from './format-error';

/** What the body parser, busboy and graphql-upload report, as a public code and status. */
function classify(error: unknown): { status: number; code: ErrorCode; message: string } | null {
  const e = error as { type?: string; status?: number; statusCode?: number; message?: string };
  const status = e.status ?? e.statusCode;
  if (isTransientDatabaseError(error)) return { status: 503, code: 'SERVICE_UNAVAILABLE', message: 'Temporarily unavailable; please try again' };
  if (e.type === 'entity.too.large' || status === 413) return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
  if (e.type === 'entity.parse.failed') return { status: 400, code: 'BAD_USER_INPUT', message: 'The request body is not valid JSON' };
  if (e.type === 'charset.unsupported' || e.type === 'encoding.unsupported') return { status: 415, code: 'BAD_USER_INPUT', message: 'Unsupported request charset or encoding; send UTF-8 JSON' };
  if (MALFORMED_MULTIPART.test(e.message ?? '')) return { status: 400, code: 'BAD_USER_INPUT', message: 'The multipart request is malformed' };
  if (status && status >= 400 && status < 500) return { status, code: 'BAD_USER_INPUT', message: 'The request is malformed' };
  return null;
}

/**
 * The last handler on /graphql: anything thrown before Apollo (body parsing, multipart framing)
 * becomes a GraphQL-shaped JSON error with a public code — never Express's HTML page with a stack.
 */
export function jsonErrorHandler(log: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const known = error instanceof AppError ? { status: 400, code: error.code, message: error.message, details: error.details } : classify(error);
    if (!known) log.error({ err: safeError(error), path: req.path }, 'unhandled HTTP error');
    const { status, code, message, details } = { details: {}, ...(known ?? { status: 500, code: 'INTERNAL' as const, message: 'Internal error' }) };
    if (res.headersSent) return void res.end();
    res.status(status).json({ errors: [{ message, extensions: withValidationErrors({ ...details, code }, message) }] });
  };
}

/** Rejects bodies carrying NUL characters, which PostgreSQL cannot store in text (22021). */
export function rejectNulCharacters(req: Request, res: Response, next: NextFunction): void {
  if (!containsNul(req.body)) return next();
  const message = 'Text must not contain NUL (\\u0000) characters';
  res.status(400).json({ errors: [{ message, extensions: withValidationErrors({ code: 'BAD_USER_INPUT' }, message) }] });
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => containsNul(v, depth + 1));
}
