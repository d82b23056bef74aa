import * as Minio from 'minio';
import type { Readable } from 'node:stream';

/** S3-compatible storage for recordings (MinIO, AWS S3 or s3rver locally), through the minio client. */
export class ObjectStore {
  readonly client: Minio.Client;

  constructor(readonly options: { endpoint: string; accessKey: string; secretKey: string; bucket: string; region: string }) {
    const url = new URL(options.endpoint);
    this.client = new Minio.Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80,
      useSSL: url.protocol === 'https:',
      accessKey: options.accessKey,
      secretKey: options.secretKey,
      region: options.region,
      pathStyle: true,
      // Without an explicit part size minio buffers 560 MiB parts for streams of unknown length.
      partSize: 16 * 1024 * 1024,
    });
    // s3rver answers ListMultipartUploads with 501; minio asks it before every multipart upload to
    // resume one. We never resume (each upload has a fresh key), so skip the lookup everywhere.
    (this.client as unknown as { findUploadId: () => Promise<undefined> }).findUploadId = async () => undefined;
  }

  get bucket(): string {
    return this.options.bucket;
  }

  /**
   * Creates the bucket when it does not exist yet. API and workers started together on a fresh
   * store race to create it: losing that race (the bucket now exists) is success, not an error.
   */
  async ensureBucket(): Promise<void> {
    if (await this.client.bucketExists(this.bucket)) return;
    try {
      await this.client.makeBucket(this.bucket, this.options.region);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'BucketAlreadyOwnedByYou' || code === 'BucketAlreadyExists') {
        if (await this.client.bucketExists(this.bucket)) return;
      }
      throw error;
    }
  }

  /** Resolves when the bucket answers; throws otherwise (used by /health). */
  async ping(): Promise<void> {
    if (!(await this.client.bucketExists(this.bucket))) throw new Error('bucket missing');
  }

  async getStream(key: string): Promise<Readable> {
    return this.client.getObject(this.bucket, key);
  }

  /** Removes an object; a missing object is not an error (deletion is idempotent). */
  async remove(key: string): Promise<void> {
    await this.client.removeObject(this.bucket, key);
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.statObject(this.bucket, key);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFound' || (error as { code?: string }).code === 'NoSuchKey') return false;
      throw error;
    }
  }
}
