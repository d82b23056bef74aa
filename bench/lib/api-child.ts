import { fork, type ChildProcess } from 'node:child_process';
import type { App } from '../../src/app';
import { startServer } from '../../src/graphql/server';
import { createBenchApp } from './app';

/** What an API child reports once it listens. */
export interface ApiChildReady {
  url: string;
  pid: number;
}

/** The variable that tells a forked bench file to serve the API instead of running the bench. */
export const API_CHILD_VARIABLE = 'BENCH_API_CHILD';

/**
 * Forks `benchFile` as an API server (it must call `serveApiChild()` when API_CHILD_VARIABLE is
 * set), so the server never shares an event loop with the load generator or the clients.
 */
export function forkApiChild(benchFile: string, env: Record<string, string>): Promise<{ child: ChildProcess; ready: ApiChildReady }> {
  const child = fork(benchFile, [], {
    // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of the API child there (open it in Chrome DevTools).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [])],
    env: { ...env, [API_CHILD_VARIABLE]: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, ready: message as ApiChildReady }));
    child.once('exit', (code) => reject(new Error(`API child exited with code ${code} before listening`)));
    child.once('error', reject);
  });
}

/** Asks the child to stop its server and release everything; kills it after 15 s. */
export async function stopApiChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  child.send('stop');
  await exited;
  clearTimeout(timer);
}

/**
 * Child side: the real API on a free loopback port until the parent sends 'stop' or goes away.
 * `prepare` may instrument the app first (other IPC messages are the bench's own).
 */
export async function serveApiChild(prepare: (app: App) => Promise<void> = async () => undefined): Promise<void> {
  const app = createBenchApp(Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)));
  await prepare(app);
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch((error: unknown) => console.error('[api child] stop failed:', error));
    await app.close();
    process.exit(0);
  };
  process.on('message', (message) => message === 'stop' && void stop());
  process.once('disconnect', () => void stop());
  process.send?.({ url: `http://127.0.0.1:${server.port}/graphql`, pid: process.pid } satisfies ApiChildReady);
}
