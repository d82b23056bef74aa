import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `docker build` cannot run where the suite runs (no Docker engine), so this does what the
// Dockerfile's build stage does with exactly what it copies: the COPY sources (less .dockerignore)
// into an empty directory, the same node_modules `npm ci` installs, then its `RUN npm run build`.
// A product file importing from tests/ or bench/, or a build step needing a file the image never
// gets, fails here as it would in `docker compose up --build`.

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's stages, continuation lines joined. */
function stages(): Instruction[][] {
  const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\r?\n/g, ' ');
  const result: Instruction[][] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    if (keyword.toUpperCase() === 'FROM') result.push([]);
    else result.at(-1)!.push({ keyword: keyword.toUpperCase(), args });
  }
  return result;
}

/** COPY instructions that read the build context (not another stage): [sources, destination]. */
function contextCopies(stage: Instruction[]): [string[], string][] {
  return stage
    .filter((i) => i.keyword === 'COPY' && !i.args.includes('--from='))
    .map((i) => {
      const words = i.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      return [words.slice(0, -1), words.at(-1)!];
    });
}

/** .dockerignore as a predicate over context-relative paths (names, directories, `*` globs, `!` exceptions). */
function dockerIgnore(): (relative: string) => boolean {
  const rules = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => ({ negate: l.startsWith('!'), pattern: new RegExp(`^${l.replace(/^!/, '').replace(/\/$/, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`) }));
  return (relative) => rules.reduce((ignored, rule) => (rule.pattern.test(relative) || rule.pattern.test(path.basename(relative)) ? !rule.negate : ignored), false);
}

/** Copies one COPY source into the build directory, leaving out what .dockerignore keeps out. */
function copySource(source: string, destination: string, into: string, ignored: (relative: string) => boolean): void {
  const from = path.join(ROOT, source);
  expect(existsSync(from), `Dockerfile copies ${source}, which does not exist`).toBe(true);
  const target = path.join(into, destination.endsWith('/') || statSync(from).isFile() === false ? path.join(destination, statSync(from).isFile() ? path.basename(source) : '') : destination);
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(from, target, { recursive: true, filter: (file) => !ignored(path.relative(ROOT, file)) });
}

/** Every .js file under a directory. */
function javascriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The package a bare module specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const [buildStage, runtimeStage] = [stages()[0], stages().at(-1)!];
let context: string;
let build: { code: number; output: string };

beforeAll(async () => {
  context = mkdtempSync(path.join(os.tmpdir(), 'docker-build-'));
  const ignored = dockerIgnore();
  for (const [sources, destination] of contextCopies(buildStage)) for (const source of sources) copySource(source, destination, context, ignored);
  // What `RUN npm ci` gives the build stage: the locked dependencies (shared, not copied: read-only use).
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(context, 'node_modules'), 'dir');
  const command = buildStage.find((i) => i.keyword === 'RUN' && i.args.includes('npm run build'))!.args;
  try {
    const { stdout, stderr } = await run('bash', ['-c', command], { cwd: context, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } });
    build = { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    build = { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}, 600_000);
afterAll(() => {
  if (context) rmSync(context, { recursive: true, force: true });
});

describe('the Docker image build, from exactly what the Dockerfile copies', () => {
  it('copies no tests/ or bench/ into the build, and compiles', () => {
    const copied = contextCopies(buildStage).flatMap(([sources]) => sources);
    expect(copied.filter((source) => /^(tests|bench)(\/|$)/.test(source))).toEqual([]);
    expect(build.output.split('\n').filter((line) => /error TS\d+/.test(line))).toEqual([]);
    expect(build.code).toBe(0);
  }, 600_000);

  it('produces every entry point the image and docker-compose.yml run, and the explorer\'s own files', () => {
    const compose = readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    const entries = new Set([...`${compose}\n${dockerfile}`.matchAll(/dist\/[\w/.-]+\.js/g)].map((m) => m[0]));
    expect(entries.size).toBeGreaterThanOrEqual(5);
    for (const entry of entries) expect(existsSync(path.join(context, entry)), entry).toBe(true);
    for (const file of ['explorer.js', 'upload-plugin.js', 'explorer.css']) {
      expect(existsSync(path.join(context, 'dist/src/graphql/explorer/static', file)), file).toBe(true);
    }
  });

  it('needs at run time only production dependencies (the runtime stage installs --omit=dev)', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const production = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {})]);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const needed = new Map<string, string>();
    for (const file of javascriptFiles(path.join(context, 'dist'))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/\brequire\("([^"./][^"]*)"\)/g)) {
        if (!builtins.has(specifier) && !builtins.has(specifier.split('/')[0])) needed.set(packageOf(specifier), path.relative(context, file));
      }
    }
    expect([...needed].filter(([name]) => !production.has(name)).map(([name, file]) => `${name} (${file})`)).toEqual([]);
  });

  it('gives the runtime stage every file it copies from the context', () => {
    for (const [sources] of contextCopies(runtimeStage)) for (const source of sources) expect(existsSync(path.join(ROOT, source)), source).toBe(true);
  });
});
