import { createSourceEventStream, execute, Kind, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode } from 'graphql';

/**
 * Root subscription fields whose result depends only on the event and the document: their payload
 * type has no field resolver reading the context (no per-caller data, no audit), and access was
 * decided once, when the subscription started (and again by the socket's key re-check). For these,
 * an event reaching 1 000 subscribers with the same document and variables is executed once and the
 * result shared. Adding a field here is a security decision: check its type's resolvers first.
 */
const SHAREABLE_ROOT_FIELDS = new Set(['sessionStatus', 'sessionEvents']);

/**
 * Where a subscription's `next` messages may be written directly: the graphql-ws socket it lives
 * on and the id its client chose. Given one, a shareable subscription's results skip graphql-ws's
 * per-message path (its `onNext` hook, a JSON.stringify of the whole message, a promise per write).
 */
export interface MessageSink {
  /** The subscription's id, as the client sent it in `subscribe`. */
  id: string;
  /** Writes one complete graphql-ws message; false (and nothing written) once the socket is not open. */
  write(message: string): boolean;
}

/** One event's result for one sharing key, and its JSON once known (null: it has errors, so it takes graphql-ws's path). */
interface SharedResult {
  result: Promise<ExecutionResult> | ExecutionResult;
  json?: string | null;
}

/** Results per event object (weakly held: gone once every subscriber has sent it). */
const sharedResults = new WeakMap<object, Map<string, SharedResult>>();
const printed = new WeakMap<DocumentNode, string>();

/**
 * graphql-ws's `subscribe`: graphql-js's own, except that for the fields above one execution per
 * (event, document, variables) serves every subscriber of this process instead of one per subscriber.
 * With a `sink`, such a subscription's results are also serialised once per event and written to the
 * socket as `{"id":<id>,"type":"next","payload":<shared JSON>}`, the exact message graphql-ws would
 * send; a result with errors still goes through graphql-ws (and its `onNext`), in order.
 */
export async function subscribeSharingResults(args: ExecutionArgs, sink?: MessageSink): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterator(source)) return source as ExecutionResult;
  const key = shareKey(args);
  const run = (payload: unknown) => execute({ ...args, rootValue: payload });
  if (key === null) return mapIterator(source, run);
  const shared = (payload: unknown): SharedResult => {
    if (typeof payload !== 'object' || payload === null) return settle({ result: run(payload) });
    let results = sharedResults.get(payload);
    if (!results) sharedResults.set(payload, (results = new Map()));
    let entry = results.get(key);
    if (!entry) results.set(key, (entry = settle({ result: run(payload) })));
    return entry;
  };
  if (sink) return writeDirectly(source, shared, sink);
  return mapIterator(source, (payload) => shared(payload).result);
}

/** Notes the result's JSON as soon as it is known, so later subscribers of the event need not wait. */
function settle(entry: SharedResult): SharedResult {
  const note = (result: ExecutionResult) => {
    entry.result = result;
    entry.json = jsonOf(result);
  };
  if (isPromise(entry.result)) entry.result.then(note, () => undefined);
  else note(entry.result);
  return entry;
}

/** The payload graphql-ws would send for a result without errors (it copies the result and stringifies it); null with errors. */
function jsonOf(result: ExecutionResult): string | null {
  return 'errors' in result ? null : JSON.stringify(result);
}

/** The sharing key of a subscription over shareable fields only, or null (executed per subscriber). */
function shareKey(args: ExecutionArgs): string | null {
  const operations = args.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = args.operationName ? operations.find((o) => o.name?.value === args.operationName) : operations[0];
  if (!operation || operation.operation !== 'subscription') return null;
  const plainFields = operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && SHAREABLE_ROOT_FIELDS.has(s.name.value));
  if (!plainFields) return null;
  let text = printed.get(args.document);
  if (text === undefined) printed.set(args.document, (text = print(args.document)));
  return `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${text}`;
}

/**
 * The iterator graphql-ws consumes for a subscription written through `sink`. Once graphql-ws first
 * pulls (the subscription is registered), a pump reads the source and writes each result's shared
 * JSON straight to the socket; a result with errors is handed to graphql-ws instead, and the pump
 * waits until graphql-ws has sent it (pulls again), so messages keep the source's order. The source
 * ending or failing ends graphql-ws's iteration (`complete` or `error`, as before); graphql-ws's
 * `return()` (client `complete`, socket closed, key revoked) stops the pump and releases the source.
 */
function writeDirectly(source: AsyncIterator<unknown>, shared: (payload: unknown) => SharedResult, sink: MessageSink): AsyncGenerator<ExecutionResult> {
  const head = `{"id":${JSON.stringify(sink.id)},"type":"next","payload":`;
  const handover = new Handover<ExecutionResult>();
  let started = false;
  let stopped = false;
  const release = async () => {
    if (stopped) return;
    stopped = true;
    handover.close();
    handover.finish(); // a pending pull ends, so graphql-ws's loop over this subscription ends too
    await source.return?.();
  };
  const pump = async () => {
    try {
      while (!stopped) {
        const step = await source.next();
        if (step.done || stopped) break;
        const entry = shared(step.value);
        let json = entry.json;
        if (json === undefined) {
          const result = await entry.result;
          json = entry.json ?? jsonOf(result);
        }
        if (stopped) break;
        if (json === null) await handover.give(await entry.result);
        else if (!sink.write(head + json + '}')) break; // socket gone: graphql-ws's close handler ends the rest
      }
      await release();
    } catch (error) {
      handover.fail(error);
      await release();
    }
  };
  const iterator: AsyncGenerator<ExecutionResult> = {
    next: () => {
      const pulled = handover.next();
      if (!started) {
        started = true;
        void pump();
      }
      return pulled;
    },
    return: async () => {
      await release();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await release();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

/**
 * Hands values to a consumer that pulls with `next()`, one at a time: `give` resolves once the
 * consumer has taken the value and pulled again (i.e. finished with it). `close()` releases a
 * waiting `give` when the consumer has gone away.
 */
class Handover<T> {
  private pull?: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void };
  private woken?: () => void;
  private closed = false;
  private ending?: { error?: unknown; failed: boolean };

  next(): Promise<IteratorResult<T>> {
    if (this.ending) return this.ending.failed ? Promise.reject(this.ending.error) : Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.pull = { resolve, reject };
      const wake = this.woken;
      this.woken = undefined;
      wake?.();
    });
  }

  async give(value: T): Promise<void> {
    await this.pulled();
    const pull = this.take();
    if (!pull) return;
    pull.resolve({ value, done: false });
    await this.pulled();
  }

  finish(): void {
    this.end({ failed: false });
  }

  fail(error: unknown): void {
    this.end({ error, failed: true });
  }

  close(): void {
    this.closed = true;
    const wake = this.woken;
    this.woken = undefined;
    wake?.();
  }

  private end(ending: { error?: unknown; failed: boolean }): void {
    if (this.ending) return;
    this.ending = ending;
    const pull = this.take();
    if (!pull) return;
    if (ending.failed) pull.reject(ending.error);
    else pull.resolve({ value: undefined, done: true });
  }

  private take() {
    const pull = this.pull;
    this.pull = undefined;
    return pull;
  }

  private pulled(): Promise<void> {
    if (this.pull || this.closed) return Promise.resolve();
    return new Promise((resolve) => (this.woken = resolve));
  }
}

function isPromise<T>(value: Promise<T> | T): value is Promise<T> {
  return typeof (value as Promise<T> | undefined)?.then === 'function';
}

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> & AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/** Maps every value of `source`; `return()`/`throw()` reach the source, so its listener is released. */
function mapIterator<T, U>(source: AsyncIterator<T>, map: (value: T) => Promise<U> | U): AsyncGenerator<U> {
  const step = async (result: IteratorResult<T>): Promise<IteratorResult<U>> => (result.done ? { value: undefined, done: true } : { value: await map(result.value), done: false });
  const iterator: AsyncGenerator<U> = {
    next: async () => step(await source.next()),
    return: async () => {
      await source.return?.();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}
