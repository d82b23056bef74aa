import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/**
 * The API and a worker for scripts that drive the system from outside (the demo, the eval from
 * audio): uses the API already answering on `base`, or starts `src/main.ts` and `workers/index.ts`
 * as child processes (what `npm start` and `npm run worker` run) and waits for /health.
 */
export class LocalStack {
  private readonly children: ChildProcess[] = [];

  /** `logDir`: the API's and the worker's output go to `<logDir>/api.log` and `worker.log` (appended). */
  constructor(
    readonly base: string,
    readonly options: { logDir?: string } = {},
  ) {}

  /** True when this process started the API and the worker (and so will stop them). */
  get started(): boolean {
    return this.children.length > 0;
  }

  async bringUp(timeoutMs = 30_000): Promise<'existing' | 'started'> {
    if (await this.healthy()) return 'existing';
    for (const [name, entry] of [['api', 'src/main.ts'], ['worker', 'workers/index.ts']]) {
      // One node process with tsx as its loader (as npm start): the tsx launcher would SIGKILL a loaded child on stop.
      this.children.push(spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, stdio: ['ignore', ...this.output(name)] }));
    }
    const deadline = Date.now() + timeoutMs;
    while (!(await this.healthy())) {
      if (Date.now() > deadline) throw new Error(`the API did not become healthy within ${timeoutMs / 1000} s`);
      if (this.children.some((c) => c.exitCode !== null)) throw new Error(`the API or the worker exited while starting (see ${this.options.logDir ? `${this.options.logDir}/api.log and worker.log` : 'its log above'})`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return 'started';
  }

  /** Where a child's stdout and stderr go: its log file, or (without logDir) stderr only. */
  private output(name: string): ['ignore' | 'inherit' | number, 'ignore' | 'inherit' | number] {
    if (!this.options.logDir) return ['ignore', 'inherit'];
    mkdirSync(this.options.logDir, { recursive: true });
    const file = openSync(path.join(this.options.logDir, `${name}.log`), 'a');
    return [file, file];
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
