/**
 * A push-to-pull bridge: producers `push` values, one consumer iterates them. `return()` (called
 * when a GraphQL subscription ends) runs `onClose` exactly once, so resources are released.
 */
export function createAsyncQueue<T>(onClose: () => void): AsyncIterableIterator<T> & { push(value: T): void; fail(error: Error): void } {
  const buffered: T[] = [];
  const waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: Error) => void }[] = [];
  let closed = false;
  let failure: Error | null = null;
  const close = () => {
    if (closed) return;
    closed = true;
    onClose();
    for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
  };
  return {
    push(value: T) {
      if (closed) return;
      const next = waiting.shift();
      if (next) next.resolve({ value, done: false });
      else buffered.push(value);
    },
    fail(error: Error) {
      failure = error;
      const next = waiting.shift();
      if (next) next.reject(error);
      close();
    },
    next() {
      if (buffered.length) return Promise.resolve({ value: buffered.shift()!, done: false });
      if (failure && !closed) return Promise.reject(failure);
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error: Error) {
      close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
