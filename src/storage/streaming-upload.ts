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
  options: { contentType: () => string; partSize?: number; log: Logger; onAbort?: (report: AbortReport) => void },
): Promise<number> {
  const partSize = options.partSize ?? DEFAULT_PART_SIZE;
  const client = store.client;
  let uploadId: string | null = null;
  const etags: { part: number; etag: string }[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  const flushPart = async () => {
    const body = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    uploadId ??= await client.initiateNewMultipartUpload(store.bucket, key, { 'Content-Type': options.contentType() });
    const part = etags.length + 1;
    const { etag } = await client.uploadPart({ bucketName: store.bucket, objectName: key, uploadID: uploadId, partNumber: part, headers: {} }, body);
    etags.push({ part, etag });
  };
  try {
    for await (const chunk of source) {
      const buf = chunk as Buffer;
      pending.push(buf);
      pendingBytes += buf.length;
      total += buf.length;
      if (pendingBytes >= partSize) await flushPart();
    }
    if (uploadId === null) {
      await client.putObject(store.bucket, key, Buffer.concat(pending, pendingBytes), pendingBytes, { 'Content-Type': options.contentType() });
    } else {
      if (pendingBytes > 0) await flushPart();
      await client.completeMultipartUpload(store.bucket, key, uploadId, etags);
    }
    return total;
  } catch (error) {
    pending = [];
    await abort(store, key, uploadId, options);
    throw error;
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
