import http from 'node:http';
import { randomBytes } from 'node:crypto';

const UPLOAD = 'mutation($input: UploadSessionInput!) { uploadSession(input: $input) { id patientId therapistId status mimeType sizeBytes recordedAt } }';

export interface UploadResponse {
  status: number;
  /** Response headers (lower-case names). */
  headers?: http.IncomingHttpHeaders;
  /** The client's local port: two requests with the same port went over the same connection. */
  localPort?: number;
  body: { data?: { uploadSession: Record<string, unknown> } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/**
 * Sends uploadSession as a GraphQL multipart request over a raw HTTP connection, streaming the
 * file from `chunks`. `abortAfterBytes` destroys the connection midway, like a dropped Wi-Fi.
 */
export function uploadSession(
  url: string,
  key: string | null,
  input: Record<string, unknown>,
  chunks: AsyncIterable<Buffer> | Buffer,
  options: { filename?: string; mimetype?: string; abortAfterBytes?: number; contentLength?: number; agent?: http.Agent; declareLength?: boolean } = {},
): Promise<UploadResponse> {
  const boundary = `----therapyrag${randomBytes(8).toString('hex')}`;
  const operations = JSON.stringify({ query: UPLOAD, variables: { input: { ...input, file: null } } });
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.file"]}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="${options.filename ?? 'session.wav'}"\r\nContent-Type: ${options.mimetype ?? 'audio/wav'}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const headers: Record<string, string | number> = { 'content-type': `multipart/form-data; boundary=${boundary}`, 'apollo-require-preflight': 'true' };
  if (key) headers['x-api-key'] = key;
  if (options.contentLength) headers['content-length'] = options.contentLength;
  // A Buffer body can be sent with its true Content-Length instead of chunked, as browsers do.
  if (options.declareLength && Buffer.isBuffer(chunks)) headers['content-length'] = head.length + chunks.length + tail.length;
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers, agent: options.agent }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, localPort: req.socket?.localPort, body: text ? JSON.parse(text) : {} }));
    });
    req.on('error', (error) => (options.abortAfterBytes !== undefined ? resolve({ status: 0, body: {} }) : reject(error)));
    // Sent in one write: Node's client never emits 'drain' once the response has ended, so a
    // writer waiting for it would stall after an early refusal (not what a browser does).
    if (options.declareLength && Buffer.isBuffer(chunks)) return void req.end(Buffer.concat([head, chunks, tail]));
    void (async () => {
      req.write(head);
      let sent = 0;
      for await (const chunk of Buffer.isBuffer(chunks) ? [chunks] : chunks) {
        if (req.destroyed) return;
        if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
        sent += chunk.length;
        if (options.abortAfterBytes !== undefined && sent >= options.abortAfterBytes) {
          req.destroy();
          return;
        }
      }
      req.end(tail);
    })().catch(reject);
  });
}
