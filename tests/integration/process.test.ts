import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/db/prisma';
import { entryCommand, freePort, ROOT, startEntry } from '../support/processes';


/** Runs a project entry point to completion and returns its exit code and output. */
function run(entry: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { command, args: loader } = entryCommand(entry);
    const child = spawn(command, [...loader, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let db: Database;
beforeAll(() => {
  db = createDatabase({ url: process.env.DATABASE_URL!, poolSize: 1 });
});
afterAll(() => db.$disconnect());

describe('process start-up', () => {
  it('a bad DATABASE_URL stops the API with a message naming the variable', async () => {
    const result = await run('src/main.ts', [], { DATABASE_URL: 'not-a-url' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL/);
  });

  it('a bad value stops the worker the same way', async () => {
    const result = await run('workers/index.ts', [], { MAX_UPLOAD_BYTES: '-5' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/MAX_UPLOAD_BYTES/);
  });
});

describe('process shutdown', () => {
  // Apollo's own SIGTERM handler once drained the server in parallel with ours and left the stop
  // hanging until the 25 s forced exit (code 1): the stop belongs to src/bootstrap.ts alone.
  it('SIGTERM to an idle API: it logs the stop and exits 0, not by the forced exit', async () => {
    const child = startEntry('api', 'src/main.ts', { ...process.env, PORT: String(await freePort()), HOST: '127.0.0.1' });
    try {
      await child.waitForLine(/"msg":"API listening"/, 45_000);
      const killed = await child.kill('SIGTERM');
      expect(killed.exit).toEqual({ code: 0, signal: null });
      expect(child.lines.some((line) => line.includes('"msg":"shutting down"'))).toBe(true);
      expect(child.lines.some((line) => line.includes('shutdown took too long'))).toBe(false);
    } finally {
      await child.stop();
    }
  }, 60_000);
});

describe('npm run cli -- create-org', () => {
  it('prints one JSON line whose key authenticates as the new admin', async () => {
    const result = await run('src/cli.ts', ['create-org', '--name', 'CLI Clinic', '--admin-email', 'Admin@Cli.test'], {});
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const created = JSON.parse(lines[0]);
    expect(Object.keys(created).sort()).toEqual(['adminUserId', 'apiKey', 'organizationId']);
    const admin = await db.user.findUniqueOrThrow({ where: { id: created.adminUserId } });
    expect(admin).toMatchObject({ organizationId: created.organizationId, role: 'ADMIN', email: 'admin@cli.test' });
    expect(created.apiKey).toMatch(/^trag_[0-9a-f]{12}_/);
  });

  it('refuses missing arguments with usage and exit code 2', async () => {
    const result = await run('src/cli.ts', ['create-org', '--name', 'X'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/admin-email/);
  });
});
