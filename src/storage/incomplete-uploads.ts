import type { ObjectStore } from '../infra/object-store';
import type { Logger } from '../logger';
import { safeError } from '../logger';

/** One page of ListMultipartUploads, as the minio client parses it. */
interface MultipartListing {
  uploads: { key: string; uploadId: string; initiated: Date }[];
  isTruncated: boolean;
  nextKeyMarker: string;
  nextUploadIdMarker: string;
}

type ListingClient = {
  listIncompleteUploadsQuery(bucket: string, prefix: string, keyMarker: string, uploadIdMarker: string, delimiter: string): Promise<MultipartListing>;
};

/** What one sweep did; `supported` is false when the store cannot list multipart uploads (s3rver). */
export interface IncompleteUploadSweep {
  supported: boolean;
  aborted: number;
  failed: number;
}

/** Pages read per sweep at most (1 000 uploads each); the next sweep continues. */
const MAX_PAGES = 50;

/**
 * Aborts multipart uploads older than `maxAgeMs` in the recordings bucket, so the parts of uploads
 * whose process died before it could abort them (a crash, a kill) do not stay in storage. Works
 * where the store lists incomplete uploads (AWS S3, MinIO); s3rver answers 501 and the sweep
 * reports `supported: false` (its leftovers are files under `<data dir>/<bucket>/._S3rver_uploads/`).
 */
export class IncompleteUploadSweeper {
  private warnedUnsupported = false;

  constructor(private readonly deps: { store: ObjectStore; maxAgeMs: number; log: Logger }) {}

  async sweep(now = Date.now()): Promise<IncompleteUploadSweep> {
    const { store, log } = this.deps;
    const client = store.client as unknown as ListingClient;
    const result: IncompleteUploadSweep = { supported: true, aborted: 0, failed: 0 };
    let keyMarker = '';
    let uploadIdMarker = '';
    for (let page = 0; page < MAX_PAGES; page++) {
      let listing: MultipartListing;
      try {
        listing = await client.listIncompleteUploadsQuery(store.bucket, '', keyMarker, uploadIdMarker, '');
      } catch (error) {
        if (!isNotImplemented(error)) throw error;
        if (!this.warnedUnsupported) log.warn({ bucket: store.bucket }, 'the object store cannot list incomplete multipart uploads; they are not swept');
        this.warnedUnsupported = true;
        return { ...result, supported: false };
      }
      for (const upload of listing.uploads) {
        if (!(now - upload.initiated.getTime() > this.deps.maxAgeMs)) continue;
        try {
          await store.client.abortMultipartUpload(store.bucket, upload.key, upload.uploadId);
          result.aborted++;
        } catch (error) {
          result.failed++;
          log.warn({ err: safeError(error), storageKey: upload.key }, 'could not abort an incomplete multipart upload');
        }
      }
      const advanced = listing.nextKeyMarker !== keyMarker || listing.nextUploadIdMarker !== uploadIdMarker;
      if (!listing.isTruncated || !advanced) break;
      keyMarker = listing.nextKeyMarker;
      uploadIdMarker = listing.nextUploadIdMarker;
    }
    if (result.aborted || result.failed) log.info({ ...result }, 'incomplete multipart uploads swept');
    return result;
  }
}

function isNotImplemented(error: unknown): boolean {
  const e = error as { code?: string; statusCode?: number };
  return e.code === 'NotImplemented' || e.statusCode === 501;
}
