import type { ChatAnswer, ChatModel, ChatRequest, ChatTurn } from '../../src/providers/chat-model';
import type { Embedder, EmbeddingKind } from '../../src/providers/embedder';

/** When a timed call started (performance.now()) and how long it took, in ms. */
export interface Span {
  startedAt: number;
  ms: number;
}

/** Records how long each awaited call takes; `take()` hands the spans over and starts afresh. */
export class SpanRecorder {
  private spans: Span[] = [];

  /** Awaits `call` and records its duration, whether it resolves or throws. */
  async time<T>(call: () => Promise<T>): Promise<T> {
    const startedAt = performance.now();
    try {
      return await call();
    } finally {
      this.spans.push({ startedAt, ms: performance.now() - startedAt });
    }
  }

  /** The spans recorded since the last take. */
  take(): Span[] {
    const spans = this.spans;
    this.spans = [];
    return spans;
  }
}

/** The sum of the spans' durations. */
export function totalMs(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + span.ms, 0);
}

/** An embedder that times every call of the one it wraps. */
export class TimedEmbedder implements Embedder {
  readonly spans = new SpanRecorder();

  constructor(private readonly inner: Embedder) {}

  get model(): string {
    return this.inner.model;
  }

  get dimensions(): number {
    return this.inner.dimensions;
  }

  embed(texts: string[], kind: EmbeddingKind): Promise<number[][]> {
    return this.spans.time(() => this.inner.embed(texts, kind));
  }
}

/** A chat model that times every call (answer and query rewrite) of the one it wraps. */
export class TimedChatModel implements ChatModel {
  readonly spans = new SpanRecorder();

  constructor(private readonly inner: ChatModel) {}

  get name(): string {
    return this.inner.name;
  }

  answer(request: ChatRequest, signal?: AbortSignal): Promise<ChatAnswer> {
    return this.spans.time(() => this.inner.answer(request, signal));
  }

  rewriteQuery(question: string, history: ChatTurn[], signal?: AbortSignal): Promise<string> {
    return this.spans.time(() => this.inner.rewriteQuery(question, history, signal));
  }
}

/** Times every call of one async method of one object (this instance only), e.g. a repository's write. */
export function timeMethod<T extends object, K extends keyof T>(target: T, method: K): SpanRecorder {
  const spans = new SpanRecorder();
  const original = (target[method] as (...args: unknown[]) => Promise<unknown>).bind(target);
  (target as Record<K, unknown>)[method] = (...args: unknown[]) => spans.time(() => original(...args));
  return spans;
}
