import { GraphQLID, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createAsyncQueue } from '../../src/infra/async-queue';
import { subscribeSharingResults } from '../../src/graphql/shared-execution';

type Event = { sessionId: string; status: string };

/** A schema with one shareable root field (sessionStatus) and one that is not (other), each fed by its own queue. */
function setup() {
  const queues: ReturnType<typeof createAsyncQueue<Event>>[] = [];
  let released = 0;
  let executions = 0;
  const eventType = new GraphQLObjectType({
    name: 'Event',
    fields: { sessionId: { type: GraphQLID }, status: { type: GraphQLString, resolve: (e: Event) => {
      executions++;
      if (e.status === 'BROKEN') throw new Error('broken');
      return e.status;
    } } },
  });
  const subscribe = () => {
    const queue = createAsyncQueue<Event>(() => released++);
    queues.push(queue);
    return queue;
  };
  const field = { type: eventType, args: { sessionId: { type: new GraphQLNonNull(GraphQLID) } }, subscribe, resolve: (e: Event) => e };
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({ name: 'Subscription', fields: { sessionStatus: field, other: field } }),
  });
  const open = async (query: string, variables: Record<string, unknown> = { id: 's1' }) => {
    const result = await subscribeSharingResults({ schema, document: parse(query), variableValues: variables, contextValue: {} });
    return result as AsyncGenerator<ExecutionResult>;
  };
  return { schema, queues, open, executions: () => executions, released: () => released };
}

const STATUS = 'subscription($id: ID!) { sessionStatus(sessionId: $id) { sessionId status } }';

describe('subscribeSharingResults', () => {
  it('executes an event once for every subscriber of the same document and variables', async () => {
    const { queues, open, executions } = setup();
    const a = await open(STATUS);
    const b = await open(STATUS);
    const event = { sessionId: 's1', status: 'READY' };
    for (const q of queues) q.push(event);
    const [ra, rb] = await Promise.all([a.next(), b.next()]);
    expect(ra.value).toEqual({ data: { sessionStatus: { sessionId: 's1', status: 'READY' } } });
    expect(rb.value).toBe(ra.value);
    expect(executions()).toBe(1);
  });

  it('executes separately for other variables, other documents and fields not marked shareable', async () => {
    const { queues, open, executions } = setup();
    const subscriptions = [await open(STATUS), await open(STATUS, { id: 's2' }), await open('subscription($id: ID!) { sessionStatus(sessionId: $id) { status } }'), await open('subscription($id: ID!) { other(sessionId: $id) { status } }'), await open('subscription($id: ID!) { other(sessionId: $id) { status } }')];
    const event = { sessionId: 's1', status: 'FAILED' };
    for (const q of queues) q.push(event);
    const results = await Promise.all(subscriptions.map((s) => s.next()));
    expect(results.map((r) => (r.value as ExecutionResult).data)).toEqual([
      { sessionStatus: { sessionId: 's1', status: 'FAILED' } },
      { sessionStatus: { sessionId: 's1', status: 'FAILED' } },
      { sessionStatus: { status: 'FAILED' } },
      { other: { status: 'FAILED' } },
      { other: { status: 'FAILED' } },
    ]);
    expect(executions()).toBe(5);
  });

  it('a new event object is executed again, and return() releases the source', async () => {
    const { queues, open, executions, released } = setup();
    const a = await open(STATUS);
    queues[0].push({ sessionId: 's1', status: 'EMBEDDING' });
    queues[0].push({ sessionId: 's1', status: 'READY' });
    expect(((await a.next()).value as ExecutionResult).data).toEqual({ sessionStatus: { sessionId: 's1', status: 'EMBEDDING' } });
    expect(((await a.next()).value as ExecutionResult).data).toEqual({ sessionStatus: { sessionId: 's1', status: 'READY' } });
    expect(executions()).toBe(2);
    await a.return(undefined);
    expect(released()).toBe(1);
    expect((await a.next()).done).toBe(true);
  });

  it('returns the errors of a subscription that cannot start', async () => {
    const { open } = setup();
    const result = (await open(STATUS, {})) as unknown as ExecutionResult;
    expect(result.errors?.map((e) => e.message)).toEqual(['Variable "$id" of required type "ID!" was not provided.']);
  });
});

/** A socket stand-in: the messages written to it, and whether it is open. */
function sink(id: string) {
  const written: string[] = [];
  let open = true;
  return { written, close: () => (open = false), sink: { id, write: (message: string) => open && (written.push(message), true) } };
}

describe('subscribeSharingResults with a message sink (direct writes)', () => {
  it('writes the exact graphql-ws next message per subscriber, from one execution and one JSON per event', async () => {
    const { schema, queues, executions } = setup();
    const a = sink('a-1');
    const b = sink('id "quoted"');
    const open = async (s: ReturnType<typeof sink>) => (await subscribeSharingResults({ schema: schema, document: parse(STATUS), variableValues: { id: 's1' }, contextValue: {} }, s.sink)) as AsyncGenerator<ExecutionResult>;
    const [ia, ib] = [await open(a), await open(b)];
    const pulls = [ia.next(), ib.next()];
    const event = { sessionId: 's1', status: 'READY' };
    for (const q of queues) q.push(event);
    await until(() => a.written.length === 1 && b.written.length === 1);
    const payload = { data: { sessionStatus: { sessionId: 's1', status: 'READY' } } };
    expect(a.written).toEqual([JSON.stringify({ id: 'a-1', type: 'next', payload })]);
    expect(b.written).toEqual([JSON.stringify({ id: 'id "quoted"', type: 'next', payload })]);
    expect(executions()).toBe(1);
    await ia.return(undefined);
    await ib.return(undefined);
    // graphql-ws's pending pulls end when it returns the subscription.
    expect((await Promise.all(pulls)).map((r) => r.done)).toEqual([true, true]);
  });

  it('hands a result with errors to graphql-ws and writes the next event only after it was sent', async () => {
    const { schema, queues } = setup();
    const s = sink('x');
    const iterator = (await subscribeSharingResults({ schema: schema, document: parse(STATUS), variableValues: { id: 's1' }, contextValue: {} }, s.sink)) as AsyncGenerator<ExecutionResult>;
    const first = iterator.next();
    queues[0].push({ sessionId: 's1', status: 'BROKEN' });
    queues[0].push({ sessionId: 's1', status: 'READY' });
    const handed = await first;
    expect(handed.value.errors?.[0].message).toBe('broken');
    expect(s.written).toEqual([]); // not before graphql-ws has sent the errored one (pulls again)
    const second = iterator.next();
    await until(() => s.written.length === 1);
    expect(JSON.parse(s.written[0])).toEqual({ id: 'x', type: 'next', payload: { data: { sessionStatus: { sessionId: 's1', status: 'READY' } } } });
    await iterator.return(undefined);
    expect((await second).done).toBe(true);
  });

  it('ends graphql-ws iteration when the source ends, and releases the source when the socket is gone', async () => {
    const { schema, queues, released } = setup();
    const s = sink('y');
    const iterator = (await subscribeSharingResults({ schema: schema, document: parse(STATUS), variableValues: { id: 's1' }, contextValue: {} }, s.sink)) as AsyncGenerator<ExecutionResult>;
    const pull = iterator.next();
    queues[0].push({ sessionId: 's1', status: 'EMBEDDING' });
    await until(() => s.written.length === 1);
    s.close();
    queues[0].push({ sessionId: 's1', status: 'READY' });
    expect((await pull).done).toBe(true);
    expect(released()).toBe(1);
    expect(s.written).toHaveLength(1);
  });

  it('a source that fails becomes graphql-ws error (the pull rejects)', async () => {
    const { schema, queues } = setup();
    const s = sink('z');
    const iterator = (await subscribeSharingResults({ schema: schema, document: parse(STATUS), variableValues: { id: 's1' }, contextValue: {} }, s.sink)) as AsyncGenerator<ExecutionResult>;
    const pull = iterator.next();
    queues[0].fail(new Error('redis gone'));
    await expect(pull).rejects.toThrow('redis gone');
  });
});

/** Resolves once `condition` holds, checking after each macrotask (no fixed sleeps). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}
