import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, truncate, writeFile, copyFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  InvalidWhisperModelError,
  OFFICIAL_WHISPER_MODEL,
  WhisperModelDownloadError,
  downloadWhisperModel,
  fileDigest,
  inspectWhisperModel,
} from '../../src/offline/whisper/whisper-model';
import { TINY_WHISPER_HPARAMS, writeTinyWhisperModel } from '../support/ggml-model';

/** A local HTTP server; each test sets how it answers. Counts requests. */
interface ModelServer {
  url: string;
  requests: number;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}

async function startServer(): Promise<ModelServer> {
  const state: ModelServer = {
    url: '',
    requests: 0,
    handler: (_req, res) => res.writeHead(500).end(),
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    state.requests += 1;
    state.handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ggerganov/whisper.cpp/resolve/main/ggml-test.bin`;
  state.close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return state;
}

/** Serves `body` with a Content-Length, in 64 KiB writes. */
function serve(body: Buffer, headers: Record<string, string> = {}) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length), ...headers });
    for (let offset = 0; offset < body.length; offset += 65_536) res.write(body.subarray(offset, offset + 65_536));
    res.end();
  };
}

/** Serves `body` chunked (no Content-Length), as a CDN streaming an unknown length would. */
function serveChunked(body: Buffer) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    for (let offset = 0; offset < body.length; offset += 65_536) res.write(body.subarray(offset, offset + 65_536));
    res.end();
  };
}

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex');

describe('downloadWhisperModel (against a local HTTP server serving a generated file)', () => {
  let server: ModelServer;
  let dir: string;
  const body = randomBytes(300_000 + 17);
  const good = () => ({ url: server.url, expectedBytes: body.length, expectedSha1: sha1(body) });

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'whisper-download-'));
    server.requests = 0;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('downloads, verifies size and SHA-1, and renames into place leaving no temp file', async () => {
    server.handler = serve(body);
    const dest = path.join(dir, 'nested', 'ggml-test.bin');
    const progress: number[] = [];
    const result = await downloadWhisperModel(dest, { ...good(), onProgress: (received) => progress.push(received) });
    expect(result).toEqual({ path: dest, bytes: body.length, sha1: sha1(body), downloaded: true });
    expect((await readFile(dest)).equals(body)).toBe(true);
    expect(await readdir(path.dirname(dest))).toEqual(['ggml-test.bin']);
    expect(progress[progress.length - 1]).toBe(body.length);
  });

  it('keeps a destination that already matches without fetching anything', async () => {
    const dest = path.join(dir, 'ggml-test.bin');
    await writeFile(dest, body);
    server.handler = serve(body);
    const result = await downloadWhisperModel(dest, good());
    expect(result.downloaded).toBe(false);
    expect(server.requests).toBe(0);
  });

  it('uses the fetch implementation it is given', async () => {
    server.handler = serve(body);
    const seen: string[] = [];
    const fetchImpl: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    await downloadWhisperModel(path.join(dir, 'm.bin'), { ...good(), fetchImpl });
    expect(seen).toEqual([server.url]);
  });

  it('rejects a file with the wrong SHA-1 and leaves nothing behind', async () => {
    server.handler = serve(body);
    const dest = path.join(dir, 'ggml-test.bin');
    const wrong = sha1(Buffer.from('something else'));
    await expect(downloadWhisperModel(dest, { ...good(), expectedSha1: wrong })).rejects.toThrow(
      new RegExp(`SHA-1 of the downloaded file is ${sha1(body)}, expected ${wrong}`));
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the previous file when a new download fails verification', async () => {
    const dest = path.join(dir, 'ggml-test.bin');
    await writeFile(dest, 'previous model');
    server.handler = serve(body);
    await expect(downloadWhisperModel(dest, { ...good(), expectedSha1: sha1(Buffer.from('x')) })).rejects.toBeInstanceOf(WhisperModelDownloadError);
    expect(await readFile(dest, 'utf8')).toBe('previous model');
    expect(await readdir(dir)).toEqual(['ggml-test.bin']);
  });

  it('rejects a wrong size announced by Content-Length before downloading it', async () => {
    server.handler = serve(body);
    const dest = path.join(dir, 'ggml-test.bin');
    await expect(downloadWhisperModel(dest, { ...good(), expectedBytes: body.length + 1 })).rejects.toThrow(
      `is ${body.length} bytes, expected ${body.length + 1}`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects a stream shorter than expected (no Content-Length)', async () => {
    server.handler = serveChunked(body);
    await expect(downloadWhisperModel(path.join(dir, 'm.bin'), { ...good(), expectedBytes: body.length + 1000 })).rejects.toThrow(
      `ended after ${body.length} bytes, expected ${body.length + 1000}`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('stops a stream longer than expected as soon as it overflows', async () => {
    server.handler = serveChunked(body);
    await expect(downloadWhisperModel(path.join(dir, 'm.bin'), { ...good(), expectedBytes: 100_000 })).rejects.toThrow(
      'sent more than the expected 100000 bytes');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports an HTTP error status', async () => {
    server.handler = (_req, res) => res.writeHead(404, 'Not Found').end('no such model');
    await expect(downloadWhisperModel(path.join(dir, 'm.bin'), good())).rejects.toThrow(/HTTP 404 Not Found/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives up on a server that stops sending', async () => {
    server.handler = (_req, res) => {
      res.writeHead(200, { 'content-length': String(body.length) });
      res.write(body.subarray(0, 1000)); // …and never more
    };
    await expect(downloadWhisperModel(path.join(dir, 'm.bin'), { ...good(), idleTimeoutMs: 300 })).rejects.toThrow(/no data from .* for 0\.3 s/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a malformed expected SHA-1 without any request', async () => {
    await expect(downloadWhisperModel(path.join(dir, 'm.bin'), { ...good(), expectedSha1: 'abc' })).rejects.toThrow(/40 hex digits/);
    expect(server.requests).toBe(0);
  });

  it('names the official base.en model by its URL, size and SHA-1', () => {
    expect(OFFICIAL_WHISPER_MODEL).toEqual({
      fileName: 'ggml-base.en.bin',
      url: 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-base.en.bin',
      expectedBytes: 147_964_211,
      expectedSha1: '137c40403d78fd54d454da0f9bd998f78703390c',
    });
  });
});

describe('inspectWhisperModel (a tiny random-weight ggml model generated by the test)', () => {
  let dir: string;
  let model: string;
  let bytes: number;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'whisper-inspect-'));
    model = path.join(dir, 'tiny.bin');
    bytes = await writeTinyWhisperModel(model);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts the generated model and reads its hyper-parameters', async () => {
    const info = await inspectWhisperModel(model);
    expect(info).toMatchObject({ bytes, hparams: TINY_WHISPER_HPARAMS, weightType: 'f16', multilingual: false });
    expect((await fileDigest(model)).bytes).toBe(bytes);
  });

  it('generates the same file for the same seed', async () => {
    const again = path.join(dir, 'again.bin');
    await writeTinyWhisperModel(again);
    expect((await fileDigest(again)).sha1).toBe((await fileDigest(model)).sha1);
  });

  it('rejects a file cut before its tensors (whisper.cpp would load it as an empty model and crash at the first transcription)', async () => {
    const cut = path.join(dir, 'cut.bin');
    await copyFile(model, cut);
    // Inside the tensor data, then inside the vocabulary: too short for the tensors of its dimensions.
    // (A file cut within its last tensor is refused by whisper.cpp's own loader: see the integration test.)
    await truncate(cut, Math.floor(bytes / 2));
    await expect(inspectWhisperModel(cut)).rejects.toThrow(/is truncated/);
    await truncate(cut, 300_000);
    await expect(inspectWhisperModel(cut)).rejects.toThrow(/is truncated/);
    await truncate(cut, 40);
    await expect(inspectWhisperModel(cut)).rejects.toBeInstanceOf(InvalidWhisperModelError);
  });

  it('rejects a file that is not a ggml model', async () => {
    const other = path.join(dir, 'other.bin');
    await writeFile(other, randomBytes(4096));
    await expect(inspectWhisperModel(other)).rejects.toThrow(/not a ggml whisper model \(bad magic\)/);
  });

  it('rejects an all-f32 model, which the bundled whisper.cpp aborts on', async () => {
    const f32 = path.join(dir, 'f32.bin');
    await writeTinyWhisperModel(f32, { hparams: { ftype: 0 } });
    await expect(inspectWhisperModel(f32)).rejects.toThrow(/all-f32 model/);
  });

  it('names a missing file', async () => {
    await expect(inspectWhisperModel(path.join(dir, 'nope.bin'))).rejects.toThrow(/nope\.bin does not exist/);
  });
});
