import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitAtMost, withTimeout } from '../../src/infra/timeout';

/** A promise settled by hand, so each case decides what happens before and after the deadline. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe('timeouts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('withTimeout passes a value in time through and leaves no timer behind', async () => {
    const work = deferred<string>();
    const result = withTimeout(work.promise, 1_000, () => new Error('late'));
    work.resolve('done');
    await expect(result).resolves.toBe('done');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('withTimeout rejects with the given error once the time is up', async () => {
    const result = withTimeout(deferred<string>().promise, 1_000, () => new Error('late'));
    const settled = expect(result).rejects.toThrow('late');
    await vi.advanceTimersByTimeAsync(1_000);
    await settled;
  });

  it('waitAtMost gives the value, or the rejection, of what settles in time', async () => {
    const ok = deferred<number>();
    const okResult = waitAtMost(ok.promise, 500);
    ok.resolve(7);
    await expect(okResult).resolves.toBe(7);
    const failing = deferred<number>();
    const failed = waitAtMost(failing.promise, 500);
    failing.reject(new Error('broken'));
    await expect(failed).rejects.toThrow('broken');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waitAtMost resolves undefined once the time is up, without waiting for the rest', async () => {
    const late = deferred<number>();
    let outcome: number | undefined | 'pending' = 'pending';
    void waitAtMost(late.promise, 500).then((value) => (outcome = value));
    await vi.advanceTimersByTimeAsync(499);
    expect(outcome).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });
});
