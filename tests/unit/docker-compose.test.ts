import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EnvSchema, loadConfig } from '../../src/config';
import { MIGRATIONS_DIR } from '../../src/db/migrator';

// Docker is not available where the suite runs, so these checks read the files the way
// `docker compose` and `docker build` would and hold them to the code they package.

const ROOT = path.resolve(__dirname, '../..');
const APP_SERVICES = ['migrate', 'api', 'worker'] as const;

interface Service {
  image?: string;
  build?: string | { context: string };
  command?: string[];
  environment?: Record<string, string | number | boolean>;
  ports?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
}

/** docker-compose.yml with its anchors and merge keys (`<<: *app`) resolved, as compose resolves them. */
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;

/** What compose substitutes when the host sets none of the variables: `${X:-d}` becomes d, `${X}` empty. */
function interpolateDefaults(value: string): string {
  return value.replace(/\$\{[A-Z0-9_]+(?::?-([^}]*))?\}/g, (_match, fallback: string | undefined) => fallback ?? '');
}

function environmentOf(name: string): Record<string, string> {
  const raw = services[name].environment ?? {};
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, interpolateDefaults(String(value))]));
}

/** Dockerfile instructions, continuation lines joined, grouped by build stage. */
function dockerfileStages(): { from: string; instructions: { keyword: string; args: string }[] }[] {
  const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\r?\n/g, ' ');
  const stages: { from: string; instructions: { keyword: string; args: string }[] }[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') stages.push({ from: args, instructions: [] });
    else stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

describe('docker-compose.yml', () => {
  it('runs the backing services from the expected images, each pinned to a version', () => {
    expect(services.postgres.image).toBe('pgvector/pgvector:0.8.0-pg15');
    expect(services.redis.image).toMatch(/^redis:7\.\d+\.\d+$/);
    expect(services.minio.image).toMatch(/^minio\/minio:RELEASE\.\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
    expect(services.minio.command).toEqual(['server', '/data', '--console-address', ':9001']);
    expect(services['minio-init'].image).toMatch(/^minio\/mc:RELEASE\.\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
    for (const [name, service] of Object.entries(services)) {
      if (service.image === 'therapyrag:local') continue; // built here
      expect(service.image, name).toMatch(/:[^:]+$/);
      expect(service.image, name).not.toMatch(/:(latest|stable|main)$/);
    }
  });

  it('runs the demo against the stack on request (profile demo), after the API is healthy', () => {
    const demo = services.demo as Service & { profiles?: string[] };
    expect(demo.profiles).toEqual(['demo']);
    expect(demo.image).toBe('therapyrag:local');
    expect(demo.command).toEqual(['node', '--enable-source-maps', 'dist/scripts/demo.js', '--api', 'http://api:4000']);
    expect(demo.depends_on?.api?.condition).toBe('service_healthy');
    expect(demo.depends_on?.worker).toBeDefined();
    expect(existsSync(path.join(ROOT, 'scripts/demo.ts'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'samples/session-demo.wav'))).toBe(true);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('docker compose --profile demo run --rm demo');
  });

  it('builds api, worker and migrate from the one Dockerfile, each with its own command', () => {
    const images = new Set(APP_SERVICES.map((name) => services[name].image));
    expect(images.size).toBe(1);
    for (const name of APP_SERVICES) expect(services[name].build).toBe('.');
    expect(services.api.command?.join(' ')).toContain('dist/src/main.js');
    expect(services.worker.command?.join(' ')).toContain('dist/workers/index.js');
    expect(services.migrate.command?.join(' ')).toContain('dist/scripts/migrate.js');
  });

  it('runs only entry points that the build compiles from existing sources', () => {
    for (const name of [...APP_SERVICES, 'demo']) {
      const script = services[name].command?.find((arg) => arg.startsWith('dist/'));
      expect(script, name).toBeDefined();
      const source = script!.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect(existsSync(path.join(ROOT, source)), `${name}: ${source}`).toBe(true);
    }
  });

  it('publishes the API on port 4000', () => {
    expect(services.api.ports?.map(String)).toContain('4000:4000');
    expect(environmentOf('api').PORT).toBe('4000');
  });

  it('sets only variables that src/config.ts reads, and every one the services need', () => {
    const known = Object.keys(EnvSchema.shape);
    for (const name of APP_SERVICES) {
      const variables = Object.keys(environmentOf(name));
      expect(variables.filter((v) => !known.includes(v)), name).toEqual([]);
      expect(variables, name).toEqual(
        expect.arrayContaining(['NODE_ENV', 'DATABASE_URL', 'REDIS_URL', 'S3_ENDPOINT', 'S3_ACCESS_KEY', 'S3_SECRET_KEY', 'S3_BUCKET', 'S3_REGION', 'DEEPGRAM_API_KEY', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY']),
      );
    }
  });

  it('gives api, worker and migrate an environment that loads, pointing at the compose services', () => {
    for (const name of APP_SERVICES) {
      const config = loadConfig(environmentOf(name));
      expect(config.env, name).toBe('production');
      expect(new URL(config.database.url).hostname).toBe('postgres');
      expect(new URL(config.redis.url).hostname).toBe('redis');
      expect(new URL(config.s3.endpoint).hostname).toBe('minio');
      // Empty host variables mean "no key": the offline providers are chosen.
      expect(config.deepgram.apiKey).toBeUndefined();
      expect(config.openai.apiKey).toBeUndefined();
      expect(config.anthropic.apiKey).toBeUndefined();
    }
    expect(loadConfig(environmentOf('api')).http.sandbox).toBe(true);
    // The browser explorer is the local GraphiQL (works offline), not Apollo's hosted Sandbox.
    expect(loadConfig(environmentOf('api')).explorer.kind).toBe('graphiql');
  });

  it('passes provider keys through from the host', () => {
    for (const key of ['DEEPGRAM_API_KEY', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY']) {
      expect(services.api.environment?.[key]).toBe(`\${${key}:-}`);
      expect(services.worker.environment?.[key]).toBe(`\${${key}:-}`);
    }
  });

  it('uses the credentials and bucket that PostgreSQL and MinIO are started with', () => {
    const env = environmentOf('api');
    const database = new URL(env.DATABASE_URL);
    const postgres = environmentOf('postgres');
    expect(database.username).toBe(postgres.POSTGRES_USER);
    expect(decodeURIComponent(database.password)).toBe(postgres.POSTGRES_PASSWORD);
    expect(database.pathname).toBe(`/${postgres.POSTGRES_DB}`);
    const minio = environmentOf('minio');
    expect([env.S3_ACCESS_KEY, env.S3_SECRET_KEY]).toEqual([minio.MINIO_ROOT_USER, minio.MINIO_ROOT_PASSWORD]);
    expect(minio.MINIO_ROOT_PASSWORD.length).toBeGreaterThanOrEqual(8); // MinIO refuses shorter ones
    const init = services['minio-init'];
    expect(interpolateDefaults(init.command?.at(-1) ?? '')).toMatch(new RegExp(`/${env.S3_BUCKET}$`));
  });

  it('starts api and worker only after migrations succeeded and the backing services are healthy', () => {
    for (const name of ['api', 'worker']) {
      const dependsOn = services[name].depends_on ?? {};
      expect(dependsOn.migrate?.condition, name).toBe('service_completed_successfully');
      for (const backing of ['postgres', 'redis', 'minio']) expect(dependsOn[backing]?.condition, `${name} -> ${backing}`).toBe('service_healthy');
    }
    expect(services.migrate.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('defines a health check for every service another one waits on to be healthy', () => {
    for (const service of Object.values(services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        if (condition !== 'service_healthy') continue;
        const check = services[dependency].healthcheck;
        expect(check?.disable, dependency).not.toBe(true);
        expect(check?.test?.length, dependency).toBeGreaterThan(0);
      }
    }
  });

  it('health-checks the API through GET /health', () => {
    const test = services.api.healthcheck?.test?.join(' ') ?? '';
    expect(test).toContain('http://127.0.0.1:4000/health');
    expect(services.api.healthcheck?.disable).not.toBe(true);
  });
});

describe('Dockerfile', () => {
  const stages = dockerfileStages();
  const runtime = stages.at(-1)!;
  const runtimeArgs = (keyword: string) => runtime.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

  it('builds in one stage and runs from a slim Node 20 stage, pinned to a release', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(/^node:20\.\d+\.\d+-bookworm-slim\b/);
    // Prisma 7 needs Node 20.19 or newer.
    for (const stage of stages) expect(Number(/^node:20\.(\d+)/.exec(stage.from)![1])).toBeGreaterThanOrEqual(19);
    expect(stages[0].instructions.some((i) => i.keyword === 'RUN' && i.args.includes('npm run build'))).toBe(true);
    expect(runtimeArgs('COPY').some((args) => args.startsWith('--from=build') && args.includes('/app/dist'))).toBe(true);
  });

  it('installs only production dependencies and the offline recognizer in the runtime stage', () => {
    expect(runtimeArgs('RUN').some((args) => /npm ci\b.*--omit=dev/.test(args))).toBe(true);
    const apt = runtimeArgs('RUN').find((args) => args.includes('apt-get install')) ?? '';
    expect(apt).toContain('--no-install-recommends');
    for (const pkg of ['ffmpeg', 'pocketsphinx', 'pocketsphinx-en-us']) expect(apt.split(/\s+/)).toContain(pkg);
  });

  it('runs as a non-root user', () => {
    const user = runtimeArgs('USER').at(-1);
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user!.split(':')[0]);
  });

  it('exposes 4000, health-checks /health and starts the API by default', () => {
    expect(runtimeArgs('EXPOSE')).toContain('4000');
    expect(runtimeArgs('HEALTHCHECK').join(' ')).toMatch(/CMD .*127\.0\.0\.1.*\/health/);
    expect(JSON.parse(runtimeArgs('CMD').at(-1)!)).toEqual(['node', '--enable-source-maps', 'dist/src/main.js']);
  });

  it('puts the migrations where the compiled migrator looks for them (prisma/ beside package.json)', () => {
    // The migrator walks up from its own file to the folder holding package.json (/app in the image).
    expect(path.relative(ROOT, MIGRATIONS_DIR)).toBe(path.join('prisma', 'migrations'));
    const copies = runtimeArgs('COPY').map((args) => args.split(/\s+/));
    expect(copies.some(([from, to]) => from.startsWith('package.json') || to === './')).toBe(true);
    expect(copies.some(([from, to]) => from === 'prisma' && to.replace(/\/$/, '') === './prisma')).toBe(true);
  });
});

describe('native build flags', () => {
  it('are never hard-coded: the Dockerfile, setup and CI take them from scripts/native-flags.sh', () => {
    for (const file of ['Dockerfile', 'scripts/setup.sh', '.ci/run']) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/-mavx2/);
      expect(text, file).toMatch(/native-flags\.sh/);
    }
  });

  it('are AVX2/FMA/F16C on an x86-64 CPU that has them, and empty otherwise', async () => {
    const { execFileSync } = await import('node:child_process');
    const flagsFor = (machine: string, cpuinfo: string) => {
      const bin = mkdtempSync(path.join(tmpdir(), 'flags-'));
      writeFileSync(path.join(bin, 'uname'), `#!/bin/sh\necho ${machine}\n`, { mode: 0o755 });
      const script = readFileSync(path.join(ROOT, 'scripts/native-flags.sh'), 'utf8').replaceAll('/proc/cpuinfo', path.join(bin, 'cpuinfo'));
      writeFileSync(path.join(bin, 'cpuinfo'), cpuinfo);
      writeFileSync(path.join(bin, 'flags.sh'), script);
      const out = execFileSync('sh', ['-c', `. ${path.join(bin, 'flags.sh')}; printf '%s' "$CFLAGS|$CXXFLAGS"`], { env: { PATH: `${bin}:${process.env.PATH}` } }).toString();
      rmSync(bin, { recursive: true, force: true });
      return out;
    };
    expect(flagsFor('x86_64', 'flags : fpu sse avx2 fma f16c\n')).toBe('-mavx2 -mfma -mf16c|-mavx2 -mfma -mf16c');
    expect(flagsFor('x86_64', 'flags : fpu sse avx fma\n')).toBe('|');
    expect(flagsFor('aarch64', 'Features : fp asimd\n')).toBe('|');
  });
});

describe('.dockerignore', () => {
  it('keeps local configuration, dependencies and build output out of the image', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split(/\r?\n/).map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'node_modules', 'dist', '.git']));
  });
});
