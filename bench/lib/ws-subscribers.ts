import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/**
 * Many graphql-ws subscribers for a fan-out bench, in child processes of their own (so reading
 * thousands of sockets does not share an event loop with the publisher or each other), each
 * speaking the graphql-transport-ws protocol directly on a `ws` socket: connection_init with the
 * key, one `subscribe`, then every `next` is stamped on arrival (before parsing) with the machine's
 * monotonic clock, which every process of the bench shares (see monotonicMs).
 */

/** The variable that tells a forked bench file to run subscribers instead of the bench. */
export const SUBSCRIBER_CHILD_VARIABLE = 'BENCH_SUBSCRIBER_CHILD';

/** Milliseconds on CLOCK_MONOTONIC: the same clock in every process of this machine. */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** What a subscriber process is asked to do. */
export interface SubscriberPlan {
  /** One entry per subscriber of this process: the API URL (http…/graphql) and the variables. */
  subscribers: { url: string; variables: Record<string, unknown> }[];
  key: string;
  query: string;
  /** Sockets opened at once, as a crowd of browser tabs would. */
  connectConcurrency: number;
}

/** Per subscriber: when (monotonicMs) each `next` arrived and the status it carried (index 0 is the snapshot). */
export interface SubscriberReport {
  at: number[][];
  status: string[][];
}

type FromChild = { type: 'ready' } | { type: 'delivered'; index: number } | { type: 'report'; report: SubscriberReport } | { type: 'failed'; error: string };
type ToChild = { type: 'plan'; plan: SubscriberPlan } | { type: 'wait'; index: number } | { type: 'report' } | { type: 'close' };

/** The parent's handle on the subscriber processes. */
export class SubscriberProcesses {
  private constructor(private readonly children: ChildProcess[]) {}

  /** Forks `count` processes running `benchFile` (which must call serveSubscribers() when SUBSCRIBER_CHILD_VARIABLE is set). */
  static fork(benchFile: string, count: number): SubscriberProcesses {
    return new SubscriberProcesses(
      Array.from({ length: count }, () =>
        fork(benchFile, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, [SUBSCRIBER_CHILD_VARIABLE]: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
      ),
    );
  }

  get size(): number {
    return this.children.length;
  }

  /** Connects every subscriber; resolves once each has its snapshot (event 0). */
  async connect(plans: SubscriberPlan[]): Promise<void> {
    await Promise.all(this.children.map((child, i) => this.request(child, { type: 'plan', plan: plans[i] }, 'ready')));
  }

  /** Resolves once every subscriber of every process has event `index`; rejects after `timeoutMs`. */
  async waitFor(index: number, timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`event ${index} not delivered to every subscriber within ${timeoutMs} ms`)), timeoutMs)));
    try {
      await Promise.race([Promise.all(this.children.map((child) => this.request(child, { type: 'wait', index }, 'delivered', (m) => m.type === 'delivered' && m.index === index))), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Every subscriber's arrivals, in plan order per process. */
  async reports(): Promise<SubscriberReport[]> {
    const messages = await Promise.all(this.children.map((child) => this.request(child, { type: 'report' }, 'report')));
    return messages.map((m) => (m as Extract<FromChild, { type: 'report' }>).report);
  }

  /** Closes the sockets and ends the processes. */
  async close(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => (clearTimeout(timer), resolve()));
            if (child.connected) child.send({ type: 'close' } satisfies ToChild);
            else child.kill('SIGTERM');
          }),
      ),
    );
  }

  private request(child: ChildProcess, message: ToChild, answer: FromChild['type'], matches: (m: FromChild) => boolean = (m) => m.type === answer): Promise<FromChild> {
    return new Promise((resolve, reject) => {
      const onMessage = (m: FromChild) => {
        if (m.type === 'failed') return done(() => reject(new Error(`subscriber process: ${m.error}`)));
        if (matches(m)) done(() => resolve(m));
      };
      const onExit = (code: number | null) => done(() => reject(new Error(`subscriber process exited (${code})`)));
      const done = (settle: () => void) => {
        child.off('message', onMessage);
        child.off('exit', onExit);
        settle();
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(message);
    });
  }
}

/** Child side: runs the plan it is sent, answers the parent's requests, exits on `close` or when the parent goes. */
export function serveSubscribers(): void {
  const sockets: WebSocket[] = [];
  const report: SubscriberReport = { at: [], status: [] };
  const counts: number[] = [];
  const waiting = new Map<number, () => void>();
  const send = (message: FromChild) => process.send?.(message);
  const fail = (error: unknown) => send({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  const arrived = (index: number) => {
    counts[index] = (counts[index] ?? 0) + 1;
    if (counts[index] === sockets.length) waiting.get(index)?.();
  };

  const open = (plan: SubscriberPlan, slot: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const { url, variables } = plan.subscribers[slot];
      const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { perMessageDeflate: false });
      sockets[slot] = socket;
      const at: number[] = (report.at[slot] = []);
      const status: string[] = (report.status[slot] = []);
      const id = randomUUID();
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { 'x-api-key': plan.key } })));
      socket.on('message', (data) => {
        const received = monotonicMs();
        const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: { data?: { sessionStatus?: { status: string } } } };
        switch (message.type) {
          case 'connection_ack':
            socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: plan.query, variables } }));
            return;
          case 'next': {
            if (message.id !== id) return reject(new Error(`a next message for another subscription (${message.id})`));
            at.push(received);
            status.push(message.payload?.data?.sessionStatus?.status ?? `error: ${JSON.stringify(message.payload)}`);
            arrived(at.length - 1);
            if (at.length === 1) resolve();
            return;
          }
          case 'ping':
            socket.send(JSON.stringify({ type: 'pong' }));
            return;
          default:
            reject(new Error(`unexpected ${message.type} message: ${JSON.stringify(message.payload)}`));
        }
      });
      socket.on('close', (code, reason) => reject(new Error(`socket closed (${code} ${String(reason)})`)));
      socket.on('error', reject);
    });

  const connect = async (plan: SubscriberPlan) => {
    let next = 0;
    sockets.length = plan.subscribers.length;
    const worker = async () => {
      while (next < plan.subscribers.length) await open(plan, next++);
    };
    await Promise.all(Array.from({ length: Math.min(plan.connectConcurrency, plan.subscribers.length) }, worker));
  };

  process.on('message', (message: ToChild) => {
    switch (message.type) {
      case 'plan':
        connect(message.plan).then(() => send({ type: 'ready' }), fail);
        return;
      case 'wait': {
        const reply = () => (waiting.delete(message.index), send({ type: 'delivered', index: message.index }));
        if ((counts[message.index] ?? 0) >= sockets.length) reply();
        else waiting.set(message.index, reply);
        return;
      }
      case 'report':
        send({ type: 'report', report });
        return;
      case 'close':
        for (const socket of sockets) socket?.terminate();
        process.exit(0);
    }
  });
  process.once('disconnect', () => process.exit(0));
}
