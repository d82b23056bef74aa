import { Client } from 'pg';
import { migrate } from '../../src/db/migrator';
import { testDatabaseUrl } from './test-env';

/** Runs SQL on the server's maintenance database. */
async function onServer(url: URL, sql: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Once per run: a freshly created, migrated database of its own (so two runs on one machine never
 * share one); tests never truncate, each makes its own organization. Dropped at the end.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  process.env.TEST_DATABASE_NAME ??= `therapyrag_test_${process.pid}`;
  const url = new URL(testDatabaseUrl());
  const name = url.pathname.slice(1);
  await onServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(url, `CREATE DATABASE "${name}"`);
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  await db.query('CREATE EXTENSION IF NOT EXISTS vector');
  await db.end();
  await migrate(url.toString());
  return async () => {
    if (!process.env.KEEP_TEST_DATABASE) await onServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
}
