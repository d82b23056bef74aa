import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ObjectStore } from '../src/infra/object-store';

/** Every object key under `prefix`, as the S3 API lists them. */
export async function listKeys(store: ObjectStore, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  const stream = store.client.listObjectsV2(store.bucket, prefix, true);
  for await (const item of stream) if ((item as { name?: string }).name) keys.push((item as { name: string }).name);
  return keys;
}

/** Data directories of s3rver processes on this machine (it keeps unabortable multipart parts there). */
function s3rverDataDirs(): string[] {
  const dirs: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (!args.some((a) => a.endsWith('s3rver.js'))) continue;
      const at = args.indexOf('-d');
      if (at >= 0 && args[at + 1]) dirs.push(args[at + 1]);
    } catch {
      // the process ended while we looked
    }
  }
  return dirs;
}

/** Deletes a test bucket with everything in it, including s3rver's leftover multipart parts. */
export async function dropBucket(store: ObjectStore): Promise<void> {
  const keys = await listKeys(store, '').catch(() => []);
  if (keys.length) await store.client.removeObjects(store.bucket, keys).catch(() => undefined);
  await store.client.removeBucket(store.bucket).catch(() => undefined);
  for (const dir of s3rverDataDirs()) rmSync(path.join(dir, store.bucket), { recursive: true, force: true });
}
