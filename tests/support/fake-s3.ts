import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ObjectStore } from '../../src/infra/object-store';

/** An incomplete multipart upload the fake S3 holds. */
export interface FakeUpload {
  key: string;
  uploadId: string;
  initiated: Date;
}

/**
 * A local HTTP server speaking the few S3 calls that s3rver cannot answer (ListMultipartUploads,
 * AbortMultipartUpload) plus bucket HEAD/PUT, for the real minio client. Signatures are not checked.
 */
export interface FakeS3 {
  url: string;
  bucket: string;
  uploads: FakeUpload[];
  /** Every request as "METHOD path?query". */
  requests: string[];
  /** Whether the bucket exists. */
  bucketExists: boolean;
  /** When set, creating the bucket answers 409 BucketAlreadyOwnedByYou after creating it (another process won the race). */
  loseCreateRace: boolean;
  /** An ObjectStore of the app pointed at this fake. */
  store(): ObjectStore;
  close(): Promise<void>;
}

const xmlError = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;

function listing(uploads: FakeUpload[], bucket: string): string {
  const items = uploads
    .map((u) => `<Upload><Key>${u.key}</Key><UploadId>${u.uploadId}</UploadId><Initiated>${u.initiated.toISOString()}</Initiated><StorageClass>STANDARD</StorageClass></Upload>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><ListMultipartUploadsResult><Bucket>${bucket}</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker><MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>${items}</ListMultipartUploadsResult>`;
}

export async function startFakeS3(bucket = 'fake-bucket'): Promise<FakeS3> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    fake.requests.push(`${req.method} ${url.pathname}${url.search}`);
    req.resume();
    const [, bucketName, ...keyParts] = url.pathname.split('/');
    const key = decodeURIComponent(keyParts.join('/'));
    const send = (status: number, body = '') => {
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(body);
    };
    if (bucketName !== fake.bucket) return send(404, xmlError('NoSuchBucket', 'no such bucket'));
    if (req.method === 'HEAD' && !key) return send(fake.bucketExists ? 200 : 404);
    if (req.method === 'PUT' && !key) {
      const existed = fake.bucketExists;
      fake.bucketExists = true;
      return existed || fake.loseCreateRace ? send(409, xmlError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.')) : send(200);
    }
    if (req.method === 'GET' && url.searchParams.has('uploads')) return send(200, listing(fake.uploads, fake.bucket));
    if (req.method === 'DELETE' && url.searchParams.has('uploadId')) {
      const id = url.searchParams.get('uploadId');
      const at = fake.uploads.findIndex((u) => u.uploadId === id && u.key === key);
      if (at < 0) return send(404, xmlError('NoSuchUpload', 'no such upload'));
      fake.uploads.splice(at, 1);
      return send(204);
    }
    send(501, xmlError('NotImplemented', 'not in this fake'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeS3 = {
    url: `http://127.0.0.1:${port}`,
    bucket,
    uploads: [],
    requests: [],
    bucketExists: true,
    loseCreateRace: false,
    store: () => new ObjectStore({ endpoint: fake.url, accessKey: 'fake', secretKey: 'fake-secret', bucket, region: 'us-east-1' }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
