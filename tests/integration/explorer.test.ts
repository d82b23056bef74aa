import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

/** Every URL an HTML page or a stylesheet points at (src, href, CSS url()). */
function referencedUrls(text: string): string[] {
  const attributes = [...text.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  const css = [...text.matchAll(/url\(\s*['"]?([^'")]*)/g)].map((m) => m[1]);
  return [...attributes, ...css];
}

describe('GET /graphql explorer (EXPLORER=graphiql, the default)', () => {
  it('serves the page to a browser without a key, under a same-origin Content-Security-Policy', async () => {
    const res = await fetch(api.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://${new URL(api.url).host}`);
    expect(csp).not.toMatch(/https?:\/\/|\*/);
    const html = await res.text();
    expect(html).toContain('graphiql.js?v=');
    expect(referencedUrls(html).filter((url) => !url.startsWith('/graphql/explorer/') && url !== 'data:,')).toEqual([]);
  });

  it('serves every asset the page names with a year of caching, a validator and no external reference', async () => {
    const html = await (await fetch(api.url, { headers: { accept: BROWSER_ACCEPT } })).text();
    const assets = referencedUrls(html).filter((url) => url.startsWith('/graphql/explorer/'));
    expect(assets.length).toBe(9);
    for (const asset of assets) {
      const res = await fetch(new URL(asset, api.url));
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const body = await res.text();
      if (asset.includes('.css')) expect(referencedUrls(body).filter((url) => !url.startsWith('data:')), asset).toEqual([]);
      const again = await fetch(new URL(asset, api.url), { headers: { 'if-none-match': res.headers.get('etag')! } });
      expect(again.status).toBe(304);
    }
  });

  it('leaves GraphQL requests alone: a JSON GET, a POST and an unknown asset never get the page', async () => {
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const browserGetWithQuery = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' } });
    expect(browserGetWithQuery.headers.get('content-type')).not.toMatch(/^text\/html/);
    const post = await api.gql(null, '{ __typename }');
    expect(post.data).toEqual({ __typename: 'Query' });
    const unknown = await fetch(`${api.url}/explorer/../../etc/passwd`, { headers: { accept: BROWSER_ACCEPT } });
    expect(unknown.headers.get('content-type') ?? '').not.toMatch(/javascript|css/);
  });

  it('refuses a Host header that would inject into the CSP', async () => {
    const { request } = await import('node:http');
    const csp = await new Promise<string>((resolve, reject) => {
      const req = request(api.url, { headers: { accept: BROWSER_ACCEPT, host: "evil; script-src *" } }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy']));
      });
      req.on('error', reject);
      req.end();
    });
    expect(csp).not.toContain('evil');
    expect(csp).toContain("connect-src 'self'");
  });
});

describe('EXPLORER=off and EXPLORER=apollo-sandbox', () => {
  it('off: a browser gets no explorer page', async () => {
    const off = await startTestApi({ EXPLORER: 'off' });
    try {
      const res = await fetch(off.url, { headers: { accept: BROWSER_ACCEPT } });
      expect(res.headers.get('content-type') ?? '').not.toMatch(/^text\/html/);
      expect((await fetch(`${off.url}/explorer/graphiql.js`)).status).not.toBe(200);
    } finally {
      await off.close();
    }
  });

  it('apollo-sandbox: Apollo\'s hosted Sandbox with its telemetry off unless EXPLORER_TELEMETRY=true', async () => {
    for (const [telemetry, expected] of [[undefined, false], ['true', true]] as const) {
      const sandbox = await startTestApi({ EXPLORER: 'apollo-sandbox', ...(telemetry ? { EXPLORER_TELEMETRY: telemetry } : {}) });
      try {
        const html = await (await fetch(sandbox.url, { headers: { accept: BROWSER_ACCEPT } })).text();
        expect(html).toContain('embeddable-sandbox');
        expect(html).toMatch(new RegExp(`"runTelemetry":${expected}`));
      } finally {
        await sandbox.close();
      }
    }
  });
});
