/** A promise's outcome, so one started early can be looked at later (or never) without an unhandled rejection. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** `promise`'s outcome as a value: it never rejects. */
export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error }),
  );
}

/** The value of a settled promise, or its error thrown. */
export function unwrap<T>(result: Settled<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}
