import { Router, type Request, type Response } from 'express';
import { ASSET_PREFIX, loadExplorerAssets } from './explorer.assets';
import { contentSecurityPolicy, explorerPage } from './explorer.page';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * GET /graphql from a browser (Accept: text/html) and GET /graphql/explorer/*: the GraphiQL explorer,
 * every file served by this API (no CDN, fonts or telemetry), so it works with no internet.
 * Mounted before the GraphQL middleware: the page and its files need no API key, and anything
 * else (POST, JSON GETs, WebSocket upgrades) falls through untouched.
 */
export function explorerRoutes(): Router {
  const assets = loadExplorerAssets();
  const page = Buffer.from(explorerPage(assets));
  const router = Router();

  router.get('/graphql', (req: Request, res: Response, next) => {
    if (!prefersHtml(req)) return next();
    setSecurityHeaders(req, res);
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(page);
  });

  router.get(`${ASSET_PREFIX}:name`, (req: Request, res: Response, next) => {
    const asset = assets.get(String(req.params.name));
    if (!asset) return next();
    setSecurityHeaders(req, res);
    res.setHeader('content-type', asset.contentType);
    res.setHeader('cache-control', `public, max-age=${YEAR_SECONDS}, immutable`);
    res.setHeader('etag', `"${asset.hash}"`);
    if (req.header('if-none-match') === `"${asset.hash}"`) return void res.status(304).end();
    res.send(asset.body);
  });

  return router;
}

/** A browser navigation asks for HTML first; GraphQL clients ask for JSON (or nothing). */
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' && !req.query.query;
}

/** A Host header that is a plain host[:port]; anything else must not reach the CSP header. */
const PLAIN_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function setSecurityHeaders(req: Request, res: Response): void {
  const host = req.headers.host && PLAIN_HOST.test(req.headers.host) ? req.headers.host : undefined;
  res.setHeader('content-security-policy', contentSecurityPolicy(host));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
}
