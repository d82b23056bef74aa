import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the fake receiver got: headers and the raw body (signatures are over the raw bytes). */
export interface WebhookRequest {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local paging-system stand-in: answers scripted statuses (then 200) and lets tests wait for deliveries. */
export interface FakeWebhook {
  url: string;
  requests: WebhookRequest[];
  /** Statuses for the next requests, in order; 200 once the script has run out. */
  script(...statuses: number[]): void;
  /** Resolves with the first request matching `match`, already received or yet to come. */
  waitFor(match: (request: WebhookRequest) => boolean): Promise<WebhookRequest>;
  close(): Promise<void>;
}

/** Starts the receiver on a free loopback port. */
export async function startFakeWebhook(): Promise<FakeWebhook> {
  const requests: WebhookRequest[] = [];
  const statuses: number[] = [];
  const waiters: { match: (r: WebhookRequest) => boolean; resolve: (r: WebhookRequest) => void }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      res.writeHead(statuses.shift() ?? 200, { 'content-type': 'text/plain' }).end('ok');
      for (const waiter of waiters.filter((w) => w.match(request))) waiters.splice(waiters.indexOf(waiter), 1) && waiter.resolve(request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    requests,
    script: (...next) => statuses.push(...next),
    waitFor: (match) => {
      const seen = requests.find(match);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
