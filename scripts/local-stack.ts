import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/**
 * The API and a worker for scripts that drive the system from outside (the demo, the eval from
 * audio): uses the API already answering on `base`, or starts `src/main.ts` and `workers/index.ts`
 * as child processes (what `npm start` and `npm run worker` run) and waits for /health.
 */
export class LocalStack {
  private readonly children: ChildProcess[] = [];

  constructor(readonly base: string) {}

  /** True when this process started the API and the worker (and so will stop them). */
  get started(): boolean {
    return this.children.length > 0;
  }

  async bringUp(timeoutMs = 30_000): Promise<'existing' | 'started'> {
    if (await this.healthy()) return 'existing';
    for (const entry of ['src/main.ts', 'workers/index.ts']) {
      this.children.push(spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [entry], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }));
    }
    const deadline = Date.now() + timeoutMs;
    while (!(await this.healthy())) {
      if (Date.now() > deadline) throw new Error(`the API did not become healthy within ${timeoutMs / 1000} s`);
      if (this.children.some((c) => c.exitCode !== null)) throw new Error('the API or the worker exited while starting (see its log above)');
      await new Promise((r) => setTimeout(r, 200));
    }
    return 'started';
  }

  healthy(): Promise<boolean> {
    return fetch(`${this.base}/health`).then((r) => r.ok, () => false);
  }

  /** Stops what bringUp started; stops on SIGINT/SIGTERM too when `onSignals` was called. */
  stop(): void {
    for (const child of this.children) child.kill('SIGTERM');
  }

  onSignals(): void {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (this.stop(), process.exit(0)));
  }
}
