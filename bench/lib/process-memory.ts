import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';

/** A figure from /proc/<pid>/status (VmRSS, VmHWM), in bytes. */
export function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  if (!match) throw new Error(`no ${field} for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** Resets the peak (VmHWM) to the current RSS, so the next reading is the peak from now on. */
export function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** Samples a process's RSS on an interval and keeps the highest reading. */
export class RssSampler {
  private timer?: NodeJS.Timeout;
  peak = 0;
  samples = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 50,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  /** Stops sampling (after one last reading) and returns the peak seen. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }

  private sample(): void {
    try {
      this.peak = Math.max(this.peak, statusBytes(this.pid, 'VmRSS'));
      this.samples++;
    } catch {
      // the process has exited; keep what was seen
    }
  }
}

/**
 * The process that listens on a loopback TCP port: the one holding the listening socket's inode.
 * (`tsx src/main.ts` is a launcher that runs the server in a child node process.)
 */
export function listeningPid(port: number): number | undefined {
  const inode = listeningInode(port);
  if (!inode) return undefined;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return Number(pid);
      }
    } catch {
      // not ours to read, or gone
    }
  }
  return undefined;
}

function listeningInode(port: number): string | undefined {
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const rows = readFileSync(table, 'utf8').trim().split('\n').slice(1).map((line) => line.trim().split(/\s+/));
    // Columns: sl, local_address, rem_address, st (0A = LISTEN), …, inode (index 9).
    const row = rows.find((columns) => columns[1].endsWith(`:${portHex}`) && columns[3] === '0A');
    if (row) return row[9];
  }
  return undefined;
}
