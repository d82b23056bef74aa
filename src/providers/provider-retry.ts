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
