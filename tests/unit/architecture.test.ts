import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering README "Layout" describes, checked on the sources so that a new query or a new
// import cannot quietly cross it.

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated' && entry.name !== 'node_modules' && entry.name !== 'out') out.push(...sources(rel));
    } else if (entry.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => path.join(path.dirname(file), m[1]));
}

/** Prisma model calls, raw SQL and transactions. */
const DATABASE_CALL = /\$queryRaw|\$executeRaw|\$transaction|\b(?:db|tx)\.(?:user|session|transcript|sessionChunk|conversation|message|alert|apiKey|auditEvent|consentRecord|organization|careAssignment|enrollment|riskAlertSettings|transcriptCorrection)\./;

/** Where database calls may be: the repositories, the migration runner, the client module (its health ping). */
const MAY_CALL_DATABASE = (file: string) => file.endsWith('.repository.ts') || file === 'src/db/migrator.ts' || file === 'src/db/prisma.ts';

/**
 * Not yet moved into their repositories (issue 18): the chat exchange's transaction and the
 * indexing job's read and transaction. Remove an entry when its file moves; never add one.
 */
const NOT_YET_MOVED = new Set<string>();

/**
 * Offline models not yet in src/offline (issue 18.2): the offline embedder and the offline answerer.
 * Remove an entry when it moves; never add one.
 */
const OFFLINE_NOT_YET_MOVED: string[] = [];

/** Files named like an offline model: offline.*, offline-*, whisper*, pocketsphinx*. */
const OFFLINE_MODEL_FILE = /(^|\/)(offline[.-]|whisper|pocketsphinx)/;

/** The import cycles among `files` (each as the list of files around it), following relative imports only. */
function importCycles(files: string[]): string[][] {
  const known = new Set(files);
  const resolve = (target: string) => [`${target}.ts`, `${target}/index.ts`].find((f) => known.has(f));
  const edges = new Map(files.map((f) => [f, importsOf(f).map(resolve).filter((f): f is string => f !== undefined)]));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file)!) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('architecture', () => {
  const src = sources('src');

  it('Prisma calls and SQL appear only in repositories, the migration runner and the client module', () => {
    const offending = src.filter((f) => !MAY_CALL_DATABASE(f) && !NOT_YET_MOVED.has(f) && DATABASE_CALL.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offending).toEqual([]);
    // The list of debts only shrinks: each entry still calls the database.
    for (const file of NOT_YET_MOVED) expect(DATABASE_CALL.test(readFileSync(path.join(ROOT, file), 'utf8'))).toBe(true);
  });

  it('no product code, bench or script imports tests/', () => {
    const files = [...src, ...sources('workers'), ...sources('bench'), ...sources('scripts'), ...sources('devtools')];
    const offending = files.filter((f) => importsOf(f).some((target) => target.startsWith('tests/')));
    expect(offending).toEqual([]);
  });

  it('src never imports devtools/', () => {
    expect(src.filter((f) => importsOf(f).some((target) => target.startsWith('devtools/')))).toEqual([]);
  });

  it('the offline models sit in src/offline (but the listed ones moving next), and only the provider factory picks them', () => {
    const elsewhere = src.filter((f) => !f.startsWith('src/offline/') && OFFLINE_MODEL_FILE.test(f.slice('src/'.length)));
    expect(elsewhere.filter((f) => !OFFLINE_NOT_YET_MOVED.some((entry) => f.startsWith(entry)))).toEqual([]);
    // The list of debts only shrinks: each entry is still where it was.
    for (const entry of OFFLINE_NOT_YET_MOVED) expect(src.some((f) => f.startsWith(entry))).toBe(true);
    const cloudSide = src.filter((f) => f.startsWith('src/providers/') && f !== 'src/providers/index.ts');
    expect(cloudSide.filter((f) => importsOf(f).some((target) => target.startsWith('src/offline/')))).toEqual([]);
  });

  it('the model interfaces, cloud clients and offline models import each other without cycles (type-only imports count)', () => {
    expect(importCycles(src.filter((f) => f.startsWith('src/providers/') || f.startsWith('src/offline/')))).toEqual([]);
  });

  it('only the composition root and the process entry points import the application or the core', () => {
    const entryPoints = new Set(['src/main.ts', 'src/cli.ts', 'src/app.ts', 'workers/index.ts']);
    const files = [...src, ...sources('workers')].filter((f) => !f.startsWith('src/composition/') && !entryPoints.has(f));
    const offending = files.filter((f) => importsOf(f).some((target) => target === 'src/app' || target.startsWith('src/composition/')));
    expect(offending).toEqual([]);
  });
});
