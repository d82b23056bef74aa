import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One file the explorer page loads, served from memory under /graphql/explorer/<name>. */
export interface ExplorerAsset {
  name: string;
  contentType: string;
  body: Buffer;
  /** Short content hash: the page asks for `<name>?v=<hash>`, so a year of caching is safe. */
  hash: string;
}

/** URL prefix of the explorer's files; outside the GraphQL middleware, so they need no key. */
export const ASSET_PREFIX = '/graphql/explorer/';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Where each file comes from: npm packages installed with the project, and our own static/. */
const SOURCES: ReadonlyArray<{ name: string; contentType: string; from: () => string }> = [
  { name: 'react.js', contentType: JS, from: () => inPackage('react', 'umd/react.production.min.js') },
  { name: 'react-dom.js', contentType: JS, from: () => inPackage('react-dom', 'umd/react-dom.production.min.js') },
  { name: 'graphiql.js', contentType: JS, from: () => inPackage('graphiql', 'graphiql.min.js') },
  { name: 'graphiql.css', contentType: CSS, from: () => inPackage('graphiql', 'graphiql.min.css') },
  { name: 'plugin-explorer.js', contentType: JS, from: () => inPackage('@graphiql/plugin-explorer', 'dist/index.umd.js') },
  { name: 'plugin-explorer.css', contentType: CSS, from: () => inPackage('@graphiql/plugin-explorer', 'dist/style.css') },
  { name: 'explorer.css', contentType: CSS, from: () => ownStatic('explorer.css') },
  { name: 'upload-plugin.js', contentType: JS, from: () => ownStatic('upload-plugin.js') },
  { name: 'explorer.js', contentType: JS, from: () => ownStatic('explorer.js') },
];

/** Reads every asset once (about 2 MB); a missing package fails start-up, not a page load. */
export function loadExplorerAssets(): Map<string, ExplorerAsset> {
  const assets = new Map<string, ExplorerAsset>();
  for (const source of SOURCES) {
    const body = readFileSync(source.from());
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
    assets.set(source.name, { name: source.name, contentType: source.contentType, body, hash });
  }
  return assets;
}

/** The asset's versioned URL. */
export function assetUrl(asset: ExplorerAsset): string {
  return `${ASSET_PREFIX}${asset.name}?v=${asset.hash}`;
}

/**
 * A file inside an installed package. The packages' `exports` hide their UMD builds from
 * require.resolve, so resolve the entry point and walk up to the package's own directory.
 */
function inPackage(name: string, file: string): string {
  let directory = path.dirname(require.resolve(name));
  while (!isPackageRoot(directory, name)) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`explorer: package ${name} not found`);
    directory = parent;
  }
  return path.join(directory, file);
}

function isPackageRoot(directory: string, name: string): boolean {
  const manifest = path.join(directory, 'package.json');
  return existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name;
}

/** Our own page scripts: beside this module in src/, copied beside the compiled one by `npm run build`. */
function ownStatic(file: string): string {
  return path.join(__dirname, 'static', file);
}
