import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/db/migrator';

const NAME = `therapyrag_audit_mig_${process.pid}`;
let admin: Client;
let db: Client;

/** A database migrated up to (not including) the dashboard migration, to check what it does to existing rows. */
beforeAll(async () => {
  const base = new URL(process.env.DATABASE_URL!);
  base.pathname = '/postgres';
  admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${NAME}"`);
  base.pathname = `/${NAME}`;
  db = new Client({ connectionString: base.toString() });
  await db.connect();
  await db.query('CREATE EXTENSION IF NOT EXISTS vector');
  for (const m of readMigrations().filter((m) => m.name < '20261206400000')) await db.query(m.sql);
});
afterAll(async () => {
  await db?.end();
  await admin?.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  await admin?.end();
});

describe('20261206400000_dashboard', () => {
  it('names the patient of existing audit events from their subject, and marks actor-less events SYSTEM', async () => {
    const [org, patient, therapist, session, conversation] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await db.query('INSERT INTO organizations (id, name) VALUES ($1, $2)', [org, 'Clinic']);
    await db.query(`INSERT INTO users (id, organization_id, email, name, role) VALUES ($1, $3, 'p@x.test', 'P', 'PATIENT'), ($2, $3, 't@x.test', 'T', 'THERAPIST')`, [patient, therapist, org]);
    await db.query(`INSERT INTO sessions (id, organization_id, patient_id, therapist_id, mime_type, size_bytes, recorded_at) VALUES ($1, $2, $3, $4, 'audio/wav', 1, now())`, [session, org, patient, therapist]);
    await db.query('INSERT INTO conversations (id, organization_id, patient_id) VALUES ($1, $2, $3)', [conversation, org, patient]);
    const consent = (await db.query(`INSERT INTO consent_records (organization_id, patient_id, type, status, actor_user_id) VALUES ($1, $2, 'RECORDING', 'GRANTED', $2) RETURNING id`, [org, patient])).rows[0].id as string;
    const events: [string, string | null, string | null][] = [['Session', session, therapist], ['ConsentRecord', consent, patient], ['Conversation', conversation, patient], ['Patient', patient, therapist], ['User', therapist, null], ['Organization', org, null]];
    for (const [type, subject, actor] of events) await db.query(`INSERT INTO audit_events (organization_id, actor_user_id, action, subject_type, subject_id) VALUES ($1, $2, 'x', $3, $4)`, [org, actor, type, subject]);
    await db.query(readMigrations().find((m) => m.name.startsWith('20261206400000'))!.sql);
    const { rows } = await db.query('SELECT subject_type, patient_id, actor_type FROM audit_events ORDER BY subject_type');
    expect(rows).toEqual([
      { subject_type: 'ConsentRecord', patient_id: patient, actor_type: 'USER' },
      { subject_type: 'Conversation', patient_id: patient, actor_type: 'USER' },
      { subject_type: 'Organization', patient_id: null, actor_type: 'SYSTEM' },
      { subject_type: 'Patient', patient_id: patient, actor_type: 'USER' },
      { subject_type: 'Session', patient_id: patient, actor_type: 'USER' },
      { subject_type: 'User', patient_id: null, actor_type: 'SYSTEM' },
    ]);
  });
});
