import { abortReason } from './child-process';

/**
 * Runs async tasks at most `limit` at a time. The first failure aborts `signal`'s controller via
 * `onFailure`, starts nothing more, and is what `drain` and `waitForRoom` reject with.
 */
export class TaskPool<T> {
  private readonly queue: { task: () => Promise<T>; index: number }[] = [];
  private readonly results: T[] = [];
  private readonly waiters: (() => void)[] = [];
  private running = 0;
  private submitted = 0;
  private settled = 0;
  private failure: Error | null = null;

  constructor(private readonly limit: number, private readonly signal: AbortSignal, private readonly onFailure: (error: Error) => void) {
    signal.addEventListener('abort', () => this.wake(), { once: true });
  }

  /** Queues a task; its result lands at its submission index. */
  submit(task: () => Promise<T>): void {
    this.queue.push({ task, index: this.submitted++ });
    this.pump();
  }

  /** Resolves once fewer than `maxPending` tasks are queued or running; rejects after a failure or abort. */
  async waitForRoom(maxPending: number): Promise<void> {
    while (this.submitted - this.settled >= maxPending) {
      this.throwIfFailed();
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.throwIfFailed();
  }

  /** All results in submission order, once every task has finished. */
  async drain(): Promise<T[]> {
    while (this.settled < this.submitted) {
      this.throwIfFailed();
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.throwIfFailed();
    return this.results;
  }

  /** Resolves when no task is running any more (queued ones never start after a failure or abort). */
  async idle(): Promise<void> {
    while (this.running > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.limit && this.queue.length && !this.failure && !this.signal.aborted) {
      const { task, index } = this.queue.shift()!;
      this.running++;
      task().then(
        (result) => {
          this.results[index] = result;
        },
        (error: unknown) => {
          this.failure ??= error instanceof Error ? error : new Error(String(error));
          this.onFailure(this.failure);
        },
      ).finally(() => {
        this.running--;
        this.settled++;
        this.pump();
        this.wake();
      });
    }
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
    if (this.signal.aborted) throw abortReason(this.signal);
  }

  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
