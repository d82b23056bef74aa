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
    fields: { sessionId: { type: GraphQLID }, status: { type: GraphQLString, resolve: (e: Event) => (executions++, e.status) } },
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
  return { queues, open, executions: () => executions, released: () => released };
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
