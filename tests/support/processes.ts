import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** The repository root, the working directory of every child (relative paths in the config resolve here). */
export const ROOT = path.resolve(__dirname, '../..');

/** How a child ended: its exit code, or the signal that killed it. */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** What one kill did: the signal, and every process of the group it reached (pid and command). */
export interface KillReport {
  signal: NodeJS.Signals;
  processes: { pid: number; command: string }[];
  exit: ExitStatus;
}

/**
 * A child started in its own process group. `tsx` runs the script in a second node process, so
 * signalling the group (not the pid) is what reaches the real worker; `closed` resolves only when
 * every process that held the child's stdout/stderr has exited, i.e. the whole group is gone.
 */
export interface ManagedProcess {
  name: string;
  pid: number;
  /** Every output line so far (stdout and stderr). */
  lines: string[];
  /** Resolves with the first line (seen or to come) that matches; rejects when the child exits first or after `timeoutMs`. */
  waitForLine(match: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves when the child has exited and its output pipes have closed. */
  closed: Promise<ExitStatus>;
  /** The live processes of the group (leader first), read from /proc. */
  group(): { pid: number; command: string }[];
  /** Signals the whole group and waits until it is gone. */
  kill(signal?: NodeJS.Signals): Promise<KillReport>;
  /** SIGTERM to the leader, then SIGKILL to the group when it has not exited within `graceMs`; a no-op once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * How a project entry point runs as a child: one node process with tsx as its loader, as
 * `npm start` and `npm run worker` do. Not the `tsx` launcher: it relays a signal through a second
 * process and SIGKILLs the script when the script has not acknowledged it within 30 ms, which a
 * loaded machine misses, so a graceful stop would turn into a kill.
 */
export function entryCommand(entry: string): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--import', 'tsx', entry] };
}

/** Starts a project entry point (src/main.ts, workers/index.ts) as a child; see entryCommand. */
export function startEntry(name: string, entry: string, env: Record<string, string | undefined> = process.env): ManagedProcess {
  const { command, args } = entryCommand(entry);
  return startProcess(name, command, args, env);
}

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `command` in a new process group, capturing its output line by line. */
export function startProcess(name: string, command: string, args: string[], env: Record<string, string | undefined> = process.env): ManagedProcess {
  const child: ChildProcess = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid!;
  const lines: string[] = [];
  const waiters: { match: RegExp; resolve: (line: string) => void }[] = [];
  let exitStatus: ExitStatus | null = null;
  const closed = new Promise<ExitStatus>((resolve) => {
    child.once('close', (code, signal) => {
      exitStatus = { code, signal };
      resolve(exitStatus);
    });
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  const onText = (() => {
    let partial = '';
    return (chunk: Buffer) => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        for (const waiter of waiters.filter((w) => w.match.test(line))) waiters.splice(waiters.indexOf(waiter), 1) && waiter.resolve(line);
      }
    };
  })();
  child.stdout!.on('data', onText);
  child.stderr!.on('data', onText);

  const waitForLine = (match: RegExp, timeoutMs = 30_000) => {
    const seen = lines.find((l) => match.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: no line matching ${match} within ${timeoutMs} ms; last output:\n${lines.slice(-15).join('\n')}`)), timeoutMs);
      const waiter = { match, resolve: (line: string) => (clearTimeout(timer), resolve(line)) };
      waiters.push(waiter);
      void closed.then((status) => {
        if (!waiters.includes(waiter)) return;
        clearTimeout(timer);
        reject(new Error(`${name} exited (${JSON.stringify(status)}) before printing ${match}; last output:\n${lines.slice(-15).join('\n')}`));
      });
    });
  };

  const group = () => processGroup(pid);
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  };
  const kill = async (signal: NodeJS.Signals = 'SIGKILL'): Promise<KillReport> => {
    const processes = group();
    signalGroup(signal);
    const exit = await closed;
    return { signal, processes, exit };
  };
  const stop = async (graceMs = 10_000) => {
    if (exitStatus) return;
    // The leader only: a child started through the tsx launcher relays SIGTERM to its script, which
    // would take a second copy from the group as "stop now" (src/bootstrap.ts).
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
    await closed;
    clearTimeout(timer);
  };
  return { name, pid, lines, waitForLine, closed, group, kill, stop };
}

/** Live (non-zombie) processes whose process group is `pgid`, leader first. */
export function processGroup(pgid: number): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command: state, ppid, pgrp, …
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) !== pgid || state === 'Z') continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      found.push({ pid: Number(entry), command: command.length > 160 ? `${command.slice(0, 157)}...` : command });
    } catch {
      // the process ended while we looked
    }
  }
  return found.sort((a, b) => (a.pid === pgid ? -1 : b.pid === pgid ? 1 : a.pid - b.pid));
}

/** True when `pid` is running (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** `npm run worker` as a child (node --import tsx workers/index.ts); resolves once it logs "workers started". */
export async function startWorkerProcess(env: Record<string, string | undefined>, name = 'worker'): Promise<ManagedProcess & { workerPid: number }> {
  const worker = startEntry(name, 'workers/index.ts', env);
  try {
    const line = await worker.waitForLine(/"msg":"workers started"/, 45_000);
    // The log line carries the pid of the node process that runs the workers.
    return Object.assign(worker, { workerPid: (JSON.parse(line) as { pid: number }).pid });
  } catch (error) {
    await worker.stop();
    throw error;
  }
}

/** A private redis-server on loopback; with `dir` it keeps an append-only file fsynced on every write. */
export async function startRedisServer(port: number, options: { dir?: string } = {}): Promise<ManagedProcess> {
  const persistence = options.dir ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', options.dir] : ['--appendonly', 'no'];
  const redis = startProcess(`redis:${port}`, 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--daemonize', 'no', ...persistence]);
  await redis.waitForLine(/Ready to accept connections/, 15_000).catch(async (error: unknown) => {
    await redis.stop();
    throw error;
  });
  return redis;
}

/** A private s3rver on loopback keeping its data in `dir`. */
export async function startS3rver(port: number, dir: string): Promise<ManagedProcess> {
  const s3 = startProcess(`s3rver:${port}`, process.execPath, [path.join(ROOT, 'node_modules/s3rver/bin/s3rver.js'), '-d', dir, '-a', '127.0.0.1', '-p', String(port), '--silent']);
  await s3.waitForLine(/S3rver listening on/, 15_000).catch(async (error: unknown) => {
    await s3.stop();
    throw error;
  });
  return s3;
}
