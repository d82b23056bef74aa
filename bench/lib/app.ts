import 'reflect-metadata';
import 'dotenv/config';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { ConsentType, Database } from '../../src/db/prisma';
import { createLogger } from '../../src/logger';
import type { ChatModel } from '../../src/providers/chat-model';
import type { Embedder } from '../../src/providers/embedder';

/**
 * The environment of a bench process: its own queue prefix and bucket (so nothing it enqueues or
 * stores meets another process's), loopback, and quiet logs unless BENCH_LOG_LEVEL says otherwise.
 */
export function benchEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const id = randomUUID().slice(0, 8);
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { ...env, PORT: '0', HOST: '127.0.0.1', S3_BUCKET: `bench-${id}`, QUEUE_PREFIX: `bench-${id}`, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', ...overrides };
}

/** An App as the API builds it, logging to a sink that discards (formatting still costs what it costs). */
export function createBenchApp(env: Record<string, string>, providers: { embedder?: Embedder; chatModel?: ChatModel } = {}): App {
  const config = loadConfig(env);
  const log = createLogger({ level: config.log.level, name: 'bench' }, new Writable({ write: (_chunk, _encoding, done) => done() }));
  return createApp(config, log, providers);
}

/** A fresh organization named after the bench, so its rows are easy to find and remove. */
export async function makeBenchOrganization(db: Database, bench: string): Promise<string> {
  const organization = await db.organization.create({ data: { name: `Bench ${bench} ${randomUUID().slice(0, 8)}` } });
  return organization.id;
}

/** Grants consents by appending to the ledger directly, as an admin would through grantConsent. */
export async function grantConsents(db: Database, organizationId: string, patientId: string, actorUserId: string, types: ConsentType[]): Promise<void> {
  for (const type of types) await db.consentRecord.create({ data: { organizationId, patientId, actorUserId, type, status: 'GRANTED' } });
}

/**
 * Deletes what a bench made in its organization. The consent ledger is append-only (a trigger
 * refuses DELETE), so an organization with consent records keeps them and the users they name;
 * everything else (audio index, transcripts, conversations, audit, keys) goes.
 */
export async function removeBenchOrganization(db: Database, organizationId: string): Promise<'removed' | 'kept users and consent ledger'> {
  await db.$executeRaw`DELETE FROM alerts WHERE organization_id = ${organizationId}::uuid`;
  await db.$executeRaw`DELETE FROM conversations WHERE organization_id = ${organizationId}::uuid`;
  await db.$executeRaw`DELETE FROM session_chunks WHERE organization_id = ${organizationId}::uuid`;
  await db.$executeRaw`DELETE FROM transcripts WHERE organization_id = ${organizationId}::uuid`;
  await db.$executeRaw`DELETE FROM sessions WHERE organization_id = ${organizationId}::uuid`;
  await db.$executeRaw`DELETE FROM audit_events WHERE organization_id = ${organizationId}::uuid`;
  await db.$executeRaw`DELETE FROM api_keys WHERE organization_id = ${organizationId}::uuid`;
  if ((await db.consentRecord.count({ where: { organizationId } })) > 0) return 'kept users and consent ledger';
  await db.$executeRaw`DELETE FROM users WHERE organization_id = ${organizationId}::uuid`;
  await db.$executeRaw`DELETE FROM organizations WHERE id = ${organizationId}::uuid`;
  return 'removed';
}
