import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients can rely on (DESIGN.md section 3). */
export const ErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONSENT_REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

/** The one error class of the domain: a stable code, a safe message and safe details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** A missing object, or one the caller may not see: the two look the same so ids cannot be probed. */
  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static badInput(message: string, details: Record<string, unknown> = {}): AppError {
    return new AppError('BAD_USER_INPUT', message, details);
  }

  static unauthenticated(): AppError {
    return new AppError('UNAUTHENTICATED', 'A valid API key is required (header x-api-key)');
  }

  static forbidden(message = 'Not allowed for this role'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static consentRequired(consentType: string): AppError {
    return new AppError('CONSENT_REQUIRED', `The patient has not granted ${consentType} consent`, { consentType });
  }

  static rateLimited(retryAfterSeconds: number): AppError {
    return new AppError('RATE_LIMITED', `Too many messages; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }

  /** The GraphQL shape of this error, with its code and details as extensions. */
  toGraphQLError(): GraphQLError {
    const status = HTTP_STATUS[this.code];
    return new GraphQLError(this.message, {
      extensions: { ...this.details, code: this.code, ...(status ? { http: { status } } : {}) },
    });
  }
}

/** True when `error` is an AppError, optionally of the given code. */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
