import type { NextFunction, Request, Response } from 'express';
import { waitAtMost } from '../infra/timeout';

/** Multipart framing allowance on top of the file itself. */
export const MULTIPART_OVERHEAD = 1024 * 1024;

/**
 * Keeps a client's connection usable when an upload is answered before its body was read (a
 * refusal by role, patient, consent or input, or a file refused after its first bytes).
 *
 * The multipart parser stops reading once the resolver stops consuming the file, so the rest of
 * the body would sit unread on a keep-alive connection and the client's next request would hang.
 * With a declared Content-Length (at most the upload limit, or the request was already refused)
 * the rest is read and discarded after the answer, so the connection stays open for the next
 * request. With a body of unknown length (chunked) the answer says `connection: close` instead.
 */
export function settleUnreadUploads(maxBytes: number) {
  const allowance = maxBytes + MULTIPART_OVERHEAD;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (typeof req.is('multipart/form-data') !== 'string') return next();
    const answered = new Promise<void>((resolve) => res.once('close', () => resolve()));
    answering.add(answered);
    void answered.then(() => answering.delete(answered));
    const declared = Number(req.header('content-length'));
    const drainable = Number.isInteger(declared) && declared > 0 && declared <= allowance;
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      if (!req.readableEnded && !drainable) {
        this.setHeader('connection', 'close');
        lingerOnClose(req);
      }
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as typeof res.writeHead;
    res.once('finish', () => {
      if (drainable && !req.readableEnded && !req.destroyed) discardRest(req, allowance);
    });
    next();
  };
}

/** Upload requests not answered yet, and connections lingering after their answer (for a graceful stop). */
const answering = new Set<Promise<void>>();
const lingering = new Set<Request['socket']>();

/**
 * For shutdown: waits (at most `timeoutMs`) until every upload in flight has been answered and every
 * lingering connection has closed, so stopping the server does not reset a client before it has
 * read its answer.
 */
export async function settleUploadConnections(timeoutMs: number): Promise<void> {
  await waitAtMost(settled(), timeoutMs);
}

async function settled(): Promise<void> {
  await Promise.all([...answering]);
  await Promise.all([...lingering].map((socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())))));
}

/** How much more of an unread body a closing connection reads, and for how long, before it is cut. */
const LINGER_BYTES = 64 * 1024 * 1024;
const LINGER_MS = 5_000;

/**
 * A lingering close (as web servers do): when the answer says `connection: close` while the client
 * is still sending, the server ends its side after the answer but goes on reading (and discarding)
 * for a bounded while, so the client's writes are not reset before it has read the answer.
 */
function lingerOnClose(req: Request): void {
  const socket = req.socket as Request['socket'] & { destroySoon?: () => void };
  if (!socket || socket.destroyed) return;
  socket.destroySoon = () => {
    lingering.add(socket);
    socket.once('close', () => lingering.delete(socket));
    socket.end();
    discardRest(req, LINGER_BYTES);
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
}

/** Reads what is left of the body into nowhere; a client sending more than it declared is cut off. */
function discardRest(req: Request, limit: number): void {
  req.unpipe();
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > limit) req.socket.destroy();
  });
  req.resume();
}
