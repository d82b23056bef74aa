import { createSourceEventStream, execute, Kind, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode } from 'graphql';

/**
 * Root subscription fields whose result depends only on the event and the document: their payload
 * type has no field resolver reading the context (no per-caller data, no audit), and access was
 * decided once, when the subscription started (and again by the socket's key re-check). For these,
 * an event reaching 1 000 subscribers with the same document and variables is executed once and the
 * result shared. Adding a field here is a security decision: check its type's resolvers first.
 */
const SHAREABLE_ROOT_FIELDS = new Set(['sessionStatus', 'sessionEvents']);

/** Results per event object (weakly held: gone once every subscriber has sent it). */
const sharedResults = new WeakMap<object, Map<string, Promise<ExecutionResult> | ExecutionResult>>();
const printed = new WeakMap<DocumentNode, string>();

/**
 * graphql-ws's `subscribe`: graphql-js's own, except that for the fields above one execution per
 * (event, document, variables) serves every subscriber of this process instead of one per subscriber.
 */
export async function subscribeSharingResults(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterator(source)) return source as ExecutionResult;
  const key = shareKey(args);
  const map = (payload: unknown): Promise<ExecutionResult> | ExecutionResult => {
    const run = () => execute({ ...args, rootValue: payload });
    if (key === null || typeof payload !== 'object' || payload === null) return run();
    let results = sharedResults.get(payload);
    if (!results) sharedResults.set(payload, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = run()));
    return result;
  };
  return mapIterator(source, map);
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
