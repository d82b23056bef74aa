import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCodes, type ErrorCode } from '../errors';
import { isTransientDatabaseError } from '../infra/transient';
import { type Logger, safeError } from '../logger';

/** Apollo's and graphql-js's own codes, mapped onto the public ones. */
const CODE_MAP: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  UNAUTHORIZED: 'FORBIDDEN', // type-graphql's AuthorizationError: the role may not do this
};

const isPublicCode = (code: unknown): code is ErrorCode => typeof code === 'string' && (ErrorCodes as readonly string[]).includes(code);

/**
 * The single place where errors become what clients see: AppErrors keep their code and safe
 * details, known GraphQL errors get a public code, and anything else is INTERNAL with no detail
 * (logged with the request id, without its message, which may echo data).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const original = isGraphQLError(error) && error.originalError ? error.originalError : error;
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: withValidationErrors({ ...original.details, code: original.code }, original.message) };
  }
  const code = formatted.extensions?.code;
  const mapped = typeof code === 'string' ? (CODE_MAP[code] ?? (isPublicCode(code) && code !== 'INTERNAL' ? code : undefined)) : undefined;
  if (mapped && (!(original instanceof Error) || isGraphQLError(original))) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: publicExtensions(mapped, formatted) };
  }
  if (isTransientDatabaseError(original)) {
    log.warn({ err: safeError(original), path: formatted.path }, 'database temporarily unavailable');
    return { message: 'Temporarily unavailable; please try again', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  log.error({ err: safeError(original), path: formatted.path }, 'unexpected error');
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

/**
 * graphql ships CommonJS and ESM builds; a library may throw the other build's GraphQLError, so
 * `instanceof` is not reliable across packages.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || Object.prototype.toString.call(error) === '[object GraphQLError]';
}

/** Extensions safe to return: the code, plus validation constraints without the submitted values. */
function publicExtensions(code: ErrorCode, formatted: GraphQLFormattedError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { code };
  const validation = formatted.extensions?.validationErrors;
  if (Array.isArray(validation)) {
    extensions.validationErrors = validation.map((v: { property?: string; constraints?: unknown; children?: unknown }) => ({
      property: v.property,
      constraints: v.constraints,
    }));
  }
  for (const key of ['consentType', 'retryAfterSeconds', 'field', 'reason', 'maxBytes'] as const) {
    if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  }
  return withValidationErrors(extensions, formatted.message);
}

/** One entry of `validationErrors`: the field (input property) and what is wrong with it. */
export interface ValidationErrorEntry {
  property: string;
  constraints: Record<string, string>;
}

/**
 * Every BAD_USER_INPUT carries `validationErrors` in one shape, `[{property, constraints}]`, as
 * class-validator reports input types: an error naming one `field` becomes one entry for it, an
 * error about the request as a whole an empty list. `field` stays for clients that read it.
 */
export function withValidationErrors(extensions: Record<string, unknown>, message: string): Record<string, unknown> {
  if (extensions.code !== 'BAD_USER_INPUT' || Array.isArray(extensions.validationErrors)) return extensions;
  const field = typeof extensions.field === 'string' ? extensions.field : null;
  const entries: ValidationErrorEntry[] = field ? [{ property: field, constraints: { invalid: message } }] : [];
  return { ...extensions, validationErrors: entries };
}
