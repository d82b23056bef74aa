import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { jobFolderPrefix, makeJobFolder, WorkFolder } from '../../src/infra/work-folder';
import { createLogger } from '../../src/logger';
import { makeWav } from '../../devtools/audio';
import { makeWorld } from '../../devtools/factories';
import { startTestApi } from '../support/harness';
import { isAlive, startWorkerProcess } from '../support/processes';
import { grantAllConsents } from '../../devtools/ready-session';
import { uploadSession } from '../../devtools/upload';

const log = createLogger({ level: 'silent', name: 'test' });
let cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  cleanups = [];
});

async function workRoot(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'work-folder-test-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  return root;
}

/** The pid of a process that has run and exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  expect(isAlive(child.pid!)).toBe(false);
  return child.pid!;
}

/** Resolves with the first entry of `dir` matching `match`, already there or yet to come (no polling). */
function entryOf(dir: string, match: (name: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const watcher = watch(dir, (_event, name) => {
      if (name && match(String(name))) done(String(name));
    });
    const done = (name: string) => {
      watcher.close();
      resolve(name);
    };
    readdir(dir).then((names) => {
      const found = names.find(match);
      if (found) done(found);
    }, reject);
  });
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

describe('work folder', () => {
  it('at worker start: removes job folders of dead processes of this machine, keeps live ones, other machines\' and foreign files', async () => {
    const root = await workRoot();
    const dead = path.join(root, `${jobFolderPrefix('asr', await deadPid())}aB3dE9`);
    await mkdir(dead);
    await writeFile(path.join(dead, 'w0-c0.wav'), makeWav(1));
    const live = await makeJobFolder(root, 'asr');
    const otherMachine = path.join(root, 'asr-00000000-1-zZ9yY8');
    await mkdir(otherMachine);
    await writeFile(path.join(root, 'notes.txt'), 'not ours');

    const removed = await new WorkFolder({ root, maxAgeMs: 3_600_000, log }).removeLeftovers();
    expect(removed).toEqual([path.basename(dead)]);
    expect((await readdir(root)).sort()).toEqual([path.basename(live), path.basename(otherMachine), 'notes.txt'].sort());
  });

  it('the sweep removes job folders untouched for longer than the configured age, but not one whose files are still being written', async () => {
    const root = await workRoot();
    const stale = path.join(root, 'asr-00000000-1-aaaaaa');
    await mkdir(stale);
    await writeFile(path.join(stale, 'input'), 'decoded audio');
    await utimes(path.join(stale, 'input'), hoursAgo(7), hoursAgo(7));
    await utimes(stale, hoursAgo(7), hoursAgo(7));
    const busy = path.join(root, 'whisper-00000000-2-bbbbbb');
    await mkdir(busy);
    await writeFile(path.join(busy, 'input'), 'still growing');
    await utimes(busy, hoursAgo(7), hoursAgo(7));
    const foreign = path.join(root, 'keep-me.txt');
    await writeFile(foreign, 'not a job folder');
    await utimes(foreign, hoursAgo(100), hoursAgo(100));

    const removed = await new WorkFolder({ root, maxAgeMs: 6 * 3_600_000, log }).sweep();
    expect(removed).toEqual(['asr-00000000-1-aaaaaa']);
    expect((await readdir(root)).sort()).toEqual(['keep-me.txt', 'whisper-00000000-2-bbbbbb']);
  });

  it('a worker killed mid-transcription leaves its job folder (decoded audio); the next worker to start removes it', async () => {
    const root = await workRoot();
    const ids = { QUEUE_PREFIX: `work-${randomUUID().slice(0, 8)}`, S3_BUCKET: `work-${randomUUID().slice(0, 8)}` };
    const api = await startTestApi(ids);
    cleanups.push(() => api.close());
    const env = { ...process.env, ...ids, WORK_DIR: root, LOG_LEVEL: 'info', DEEPGRAM_API_KEY: '', WHISPER_MODEL: '' };
    const first = await startWorkerProcess(env, 'worker-1');
    cleanups.push(() => first.stop());
    const world = await makeWorld(api.app.db);
    await grantAllConsents(api, world);

    const folderAppears = entryOf(root, (name) => name.startsWith(jobFolderPrefix('asr', first.workerPid)));
    const upload = await uploadSession(api.url, world.therapist.key, { patientId: world.patient.user.id }, makeWav(240, { channels: 2 }), { declareLength: true });
    expect(upload.body.errors).toBeUndefined();
    const folder = path.join(root, await folderAppears);
    // Wait until decoded audio is on disk, then kill the worker outright.
    await entryOf(folder, (name) => name.endsWith('.wav'));
    await first.kill('SIGKILL');
    expect(isAlive(first.workerPid)).toBe(false);
    expect((await readdir(folder)).some((name) => name.endsWith('.wav'))).toBe(true);

    const second = await startWorkerProcess(env, 'worker-2');
    cleanups.push(() => second.stop(2_000));
    expect(await readdir(root)).not.toContain(path.basename(folder));
    expect(second.lines.some((line) => line.includes('removed leftover work folders'))).toBe(true);
  }, 120_000);
});
