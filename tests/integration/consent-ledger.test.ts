import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/db/prisma';
import { makeWorld, type World } from '../../devtools/factories';

let db: Database;
let world: World;
let recordId: string;

beforeAll(async () => {
  db = createDatabase({ url: process.env.DATABASE_URL!, poolSize: 2 });
  world = await makeWorld(db);
  const record = await db.consentRecord.create({
    data: { organizationId: world.organizationId, patientId: world.patient.user.id, type: 'RECORDING', status: 'GRANTED', actorUserId: world.patient.user.id },
  });
  recordId = record.id;
});
afterAll(() => db.$disconnect());

describe('consent_records is append-only in the database itself', () => {
  it('refuses UPDATE', async () => {
    await expect(db.$executeRaw`UPDATE consent_records SET status = 'REVOKED' WHERE id = ${recordId}::uuid`).rejects.toThrow(/append-only/);
  });

  it('refuses DELETE', async () => {
    await expect(db.$executeRaw`DELETE FROM consent_records WHERE id = ${recordId}::uuid`).rejects.toThrow(/append-only/);
  });

  it('refuses TRUNCATE', async () => {
    await expect(db.$executeRawUnsafe('TRUNCATE consent_records CASCADE')).rejects.toThrow(/append-only/);
  });

  it('still accepts INSERT, and the row is unchanged after the refused writes', async () => {
    const row = await db.consentRecord.findUniqueOrThrow({ where: { id: recordId } });
    expect(row.status).toBe('GRANTED');
  });
});
