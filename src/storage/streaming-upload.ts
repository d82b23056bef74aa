import type { Readable } from 'node:stream';
import type { ObjectStore } from '../infra/object-store';
import type { Logger } from '../logger';
import { safeError } from '../logger';

/** S3's smallest allowed part (except the last); also what we hold in memory per upload. */
export const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

/** What happened to an upload that failed midway; tests and logs read it. */
export interface AbortReport {
  key: string;
  uploadId: string | null;
  aborted: boolean;
}

/**
 * Streams `source` into one S3 object with bounded memory: one part (8 MiB) is buffered at a time,
 * sent as a single PUT when the stream is small, else as a multipart upload. On any error the
 * multipart upload is aborted (so the server drops its parts) before the error is rethrown.
 */
export async function uploadStream(
  store: ObjectStore,
  key: string,
  source: Readable,
  options: { contentType: () => string; partSize?: number; log: Logger; onAbort?: (report: AbortReport) => void; signal?: AbortSignal },
): Promise<number> {
  // Stopping (a shutdown) fails the source, so the loop below ends and the multipart upload is aborted.
  const stop = () => source.destroy(options.signal!.reason instanceof Error ? options.signal!.reason : new Error('upload stopped'));
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener('abort', stop, { once: true });
  const partSize = options.partSize ?? DEFAULT_PART_SIZE;
  const client = store.client;
  let uploadId: string | null = null;
  const etags: { part: number; etag: string }[] = [];
  // One buffer per upload, filled and reused for every part (no copy or garbage per part). It
  // starts small and doubles up to the part size, so many small uploads stay small.
  let part = Buffer.allocUnsafe(Math.min(partSize, 256 * 1024));
  let pendingBytes = 0;
  const reserve = (bytes: number) => {
    if (bytes <= part.length) return;
    const grown = Buffer.allocUnsafe(Math.min(partSize, Math.max(bytes, part.length * 2)));
    part.copy(grown, 0, 0, pendingBytes);
    part = grown;
  };
  let total = 0;
  const flushPart = async () => {
    const body = part.subarray(0, pendingBytes);
    if (uploadId === null) {
      uploadId = await client.initiateNewMultipartUpload(store.bucket, key, { 'Content-Type': options.contentType() });
      options.log.debug({ storageKey: key, uploadId }, 'multipart upload started');
    }
    const partNumber = etags.length + 1;
    const { etag } = await client.uploadPart({ bucketName: store.bucket, objectName: key, uploadID: uploadId, partNumber, headers: {} }, body);
    etags.push({ part: partNumber, etag });
    pendingBytes = 0;
  };
  try {
    for await (const chunk of source) {
      let buf = chunk as Buffer;
      total += buf.length;
      while (buf.length > 0) {
        reserve(Math.min(partSize, pendingBytes + buf.length));
        const taken = buf.copy(part, pendingBytes);
        pendingBytes += taken;
        buf = buf.subarray(taken);
        if (pendingBytes === partSize) await flushPart();
      }
    }
    if (uploadId === null) {
      await client.putObject(store.bucket, key, part.subarray(0, pendingBytes), pendingBytes, { 'Content-Type': options.contentType() });
    } else {
      if (pendingBytes > 0) await flushPart();
      await client.completeMultipartUpload(store.bucket, key, uploadId, etags);
    }
    return total;
  } catch (error) {
    await abort(store, key, uploadId, options);
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
  }
}

async function abort(store: ObjectStore, key: string, uploadId: string | null, options: { log: Logger; onAbort?: (report: AbortReport) => void }) {
  let aborted = uploadId === null;
  if (uploadId !== null) {
    try {
      await store.client.abortMultipartUpload(store.bucket, key, uploadId);
      aborted = true;
    } catch (error) {
      // s3rver (local development) cannot abort multipart uploads; MinIO and AWS can.
      options.log.warn({ err: safeError(error), storageKey: key }, 'could not abort multipart upload');
    }
  }
  options.onAbort?.({ key, uploadId, aborted });
}
