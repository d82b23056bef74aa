/** Why a provider call failed in a way that may pass if tried again later. */
export type FailureKind = 'rate-limited' | 'unavailable' | 'network' | 'timeout';

/** A provider failure that may pass later; its message holds no request text, reply body or key. */
export class ProviderRequestError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
    readonly details: { status?: number; requestId?: string; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'ProviderRequestError';
  }

  /** Whether the client itself tries again: not after a timeout, which already cost a long wait. */
  get isRetryable(): boolean {
    return this.kind !== 'timeout';
  }
}

/** Parses retry-after as delta-seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half fixed, half random, capped at `maxMs`. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const backoff = Math.min(baseMs * 2 ** attempt, maxMs);
  return backoff / 2 + Math.random() * (backoff / 2);
}

/** The retryable kind an HTTP status stands for: 429 rate-limited, 408 and 5xx unavailable; otherwise undefined (retrying cannot help). */
export function failureKindOfStatus(status: number): FailureKind | undefined {
  if (status === 429) return 'rate-limited';
  if (status === 408 || status >= 500) return 'unavailable';
  return undefined;
}

/**
 * The provider's retryable error for an HTTP failure ("<provider> rate limit (<label>)" or
 * "<provider> unavailable (<label>)"), or undefined when the status is not worth retrying.
 * `label` must already be safe to show: status, error code and request id, never the reply body.
 */
export function retryableHttpError<E extends ProviderRequestError>(
  ErrorClass: new (message: string, kind: FailureKind, details: ProviderRequestError['details']) => E,
  provider: string,
  label: string,
  details: { status: number; requestId?: string; retryAfterMs?: number },
): E | undefined {
  const kind = failureKindOfStatus(details.status);
  if (!kind) return undefined;
  return new ErrorClass(`${provider} ${kind === 'rate-limited' ? 'rate limit' : 'unavailable'} (${label})`, kind, details);
}

/** The system error code (ECONNREFUSED…) under fetch's "fetch failed", or a generic word. */
export function networkCode(error: Error): string {
  let cause: unknown = error.cause;
  for (let depth = 0; cause && depth < 4; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code)) return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return 'network error';
}
