import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger';
import { safeError } from '../logger';

/** Where job folders live when WORK_DIR is not set. */
export const DEFAULT_WORK_DIR = path.join(os.tmpdir(), 'therapyrag-work');

/** A short, stable name of this machine, so a worker never judges another machine's processes. */
const HOST_TAG = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8);

/** `<kind>-<host>-<pid>-<random>`: what a job folder is called, and who made it. */
const JOB_FOLDER = /^([a-z]+)-([0-9a-f]{8})-(\d+)-[A-Za-z0-9]{6}$/;

/**
 * Makes a private folder for one job's work files (decoded audio is PHI) under `root`: readable by
 * this user only, and named after this machine and process so leftovers can be told apart.
 */
export async function makeJobFolder(root: string, kind: string): Promise<string> {
  await mkdir(root, { recursive: true, mode: 0o700 });
  return mkdtemp(path.join(root, jobFolderPrefix(kind)));
}

/** The start of the name of a job folder made by process `pid` of this machine (mkdtemp adds 6 characters). */
export function jobFolderPrefix(kind: string, pid = process.pid): string {
  return `${kind}-${HOST_TAG}-${pid}-`;
}

/** Whether a process with this pid runs on this machine (a zombie, killed but not yet reaped, does not). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return true; // no /proc (not Linux): what kill(0) said
  }
}

/**
 * The work folder of a worker process. Jobs remove their own folder when they end (success,
 * failure or abort); what a killed worker left behind is removed when a worker starts on the same
 * machine, and the periodic sweep removes anything left that nobody touched for `maxAgeMs`.
 */
export class WorkFolder {
  constructor(private readonly options: { root: string; maxAgeMs: number; log: Logger }) {}

  get root(): string {
    return this.options.root;
  }

  /** Removes job folders of processes of this machine that no longer run; returns their names. */
  async removeLeftovers(): Promise<string[]> {
    const removed: string[] = [];
    for (const name of await this.entries()) {
      const owner = JOB_FOLDER.exec(name);
      if (!owner || owner[2] !== HOST_TAG) continue;
      const pid = Number(owner[3]);
      if (pid === process.pid || isRunning(pid)) continue;
      if (await this.remove(name)) removed.push(name);
    }
    if (removed.length) this.options.log.warn({ removed: removed.length, workDir: this.root }, 'removed leftover work folders');
    return removed;
  }

  /**
   * Leftovers, plus every job folder (of any machine sharing the folder) untouched, itself and its
   * files, for longer than `maxAgeMs`. Only job folders: anything else in WORK_DIR is left alone.
   */
  async sweep(now = Date.now()): Promise<string[]> {
    const removed = await this.removeLeftovers();
    for (const name of await this.entries()) {
      if (removed.includes(name) || !JOB_FOLDER.test(name)) continue;
      const touched = await this.lastTouched(path.join(this.root, name));
      if (touched !== null && now - touched > this.options.maxAgeMs && (await this.remove(name))) removed.push(name);
    }
    if (removed.length) this.options.log.info({ removed: removed.length, workDir: this.root }, 'work folder swept');
    return removed;
  }

  /** Sweeps every `intervalMs` until stopped; the timer never keeps the process alive. */
  startSweeping(intervalMs: number): { stop(): void } {
    const timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.options.log.error({ err: safeError(error) }, 'work folder sweep failed'));
    }, intervalMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  private async entries(): Promise<string[]> {
    try {
      return await readdir(this.root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** The newest modification time of a folder and its direct entries (a file being written counts). */
  private async lastTouched(target: string): Promise<number | null> {
    try {
      const info = await stat(target);
      let newest = info.mtimeMs;
      if (info.isDirectory()) {
        for (const name of await readdir(target)) {
          const child = await stat(path.join(target, name)).catch(() => null);
          if (child) newest = Math.max(newest, child.mtimeMs);
        }
      }
      return newest;
    } catch {
      return null;
    }
  }

  private async remove(name: string): Promise<boolean> {
    try {
      await rm(path.join(this.root, name), { recursive: true, force: true });
      return true;
    } catch (error) {
      this.options.log.error({ err: safeError(error), workDir: this.root }, 'could not remove a work folder');
      return false;
    }
  }
}
