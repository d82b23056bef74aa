import { type Database, pingDatabase } from './db/prisma';
import type { ObjectStore } from './infra/object-store';
import type { Redis } from './infra/redis';
import { withTimeout } from './infra/timeout';

/** The answer of GET /health. */
export interface HealthReport {
  status: 'healthy' | 'unhealthy';
  checks: Record<string, { status: 'up' | 'down'; latencyMs: number; error?: string }>;
  providers: Record<string, string>;
}

const TIMEOUT_MS = 2_000;

/** Checks PostgreSQL, Redis and S3 in parallel, each bounded by a timeout. */
export async function checkHealth(deps: { db: Database; redis: Redis; store: ObjectStore; providers: Record<string, string> }): Promise<HealthReport> {
  const probes: Record<string, () => Promise<unknown>> = {
    postgres: () => pingDatabase(deps.db),
    redis: () => deps.redis.ping(),
    s3: () => deps.store.ping(),
  };
  const entries = await Promise.all(Object.entries(probes).map(async ([name, probe]) => [name, await timed(probe)] as const));
  const checks = Object.fromEntries(entries);
  const healthy = Object.values(checks).every((c) => c.status === 'up');
  return { status: healthy ? 'healthy' : 'unhealthy', checks, providers: deps.providers };
}

async function timed(probe: () => Promise<unknown>): Promise<{ status: 'up' | 'down'; latencyMs: number; error?: string }> {
  const started = performance.now();
  try {
    await withTimeout(probe(), TIMEOUT_MS, () => new Error('timeout'));
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const reason = error instanceof Error && error.message === 'timeout' ? 'timeout' : 'unreachable';
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: reason };
  }
}
