import { assetUrl, type ExplorerAsset } from './explorer.assets';

/**
 * The page's Content-Security-Policy: everything from this origin only. `data:` carries
 * GraphiQL's inlined fonts and icons; `ws:`/`wss:` to this host are graphql-ws on /graphql.
 */
export function contentSecurityPolicy(host: string | undefined): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    host ? `connect-src 'self' ws://${host} wss://${host}` : "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The explorer's HTML: no inline script or style, every file from this API. */
export function explorerPage(assets: Map<string, ExplorerAsset>): string {
  const url = (name: string) => assetUrl(assets.get(name)!);
  const styles = ['graphiql.css', 'plugin-explorer.css', 'explorer.css'].map((name) => `<link rel="stylesheet" href="${url(name)}">`);
  const scripts = ['react.js', 'react-dom.js', 'graphiql.js', 'plugin-explorer.js', 'upload-plugin.js', 'explorer.js'].map(
    (name) => `<script src="${url(name)}" defer></script>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>TherapyRAG GraphQL explorer</title>
<link rel="icon" href="data:,">
${styles.join('\n')}
${scripts.join('\n')}
</head>
<body>
<div id="graphiql"><p class="explorer-loading">Loading the explorer…</p></div>
<noscript>The GraphQL explorer needs JavaScript.</noscript>
</body>
</html>
`;
}
