import { Client } from 'pg';
import { migrate } from '../../src/db/migrator';
import { testDatabaseUrl } from './test-env';

/** Once per run: a freshly created, migrated test database (tests never truncate; they make new orgs). */
export default async function globalSetup(): Promise<void> {
  const url = new URL(testDatabaseUrl());
  const name = url.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  await db.query('CREATE EXTENSION IF NOT EXISTS vector');
  await db.end();
  await migrate(url.toString());
}
