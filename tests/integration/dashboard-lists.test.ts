import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, makeWorld, type Actor, type World } from '../../devtools/factories';
import { codeOf, startTestApi, type TestApi } from '../support/harness';

let api: TestApi;
let world: World;
let patients: Actor[];
const sessionIds: string[] = [];

/** Counts the SQL statements the API sends to PostgreSQL while `work` runs (node-postgres is the Prisma adapter's driver). */
async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return count;
}

beforeAll(async () => {
  api = await startTestApi({}, { ensureBucket: false });
  world = await makeWorld(api.app.db);
  const { db } = api.app;
  // Five more patients for the therapist: six in all, three sessions each in March 2026.
  patients = [world.patient, ...(await Promise.all(Array.from({ length: 5 }, () => makeUser(db, world.organizationId, 'PATIENT'))))];
  for (const [i, p] of patients.entries()) {
    if (i > 0) await db.careAssignment.create({ data: { organizationId: world.organizationId, therapistId: world.therapist.user.id, patientId: p.user.id } });
    for (let day = 0; day < 3; day++) {
      const s = await db.session.create({
        data: { organizationId: world.organizationId, patientId: p.user.id, therapistId: world.therapist.user.id, status: 'READY', mimeType: 'audio/wav', sizeBytes: 10n, recordedAt: new Date(Date.UTC(2026, 2, 1 + day * 10, 9, i)) },
      });
      sessionIds.push(s.id);
    }
  }
  // Consent and alerts for the first patient: RECORDING granted, two open alerts and one acknowledged.
  await db.consentRecord.create({ data: { organizationId: world.organizationId, patientId: world.patient.user.id, type: 'RECORDING', status: 'GRANTED', actorUserId: world.patient.user.id } });
  for (const acknowledgedAt of [null, null, new Date()]) await db.alert.create({ data: { organizationId: world.organizationId, patientId: world.patient.user.id, kind: 'CRISIS', acknowledgedAt } });
});
afterAll(() => api?.close());

describe('page size bounds (1-500)', () => {
  const cases: [string, string, Actor | 'admin' | 'patient'][] = [
    ['sessions', 'query($n: Int!) { sessions(first: $n) { id } }', 'admin'],
    ['sessionsPage', 'query($n: Int!) { sessionsPage(first: $n) { hasNextPage } }', 'admin'],
    ['usersPage', 'query($n: Int!) { usersPage(first: $n) { hasNextPage } }', 'admin'],
    ['auditEvents', 'query($n: Int!) { auditEvents(first: $n) { hasNextPage } }', 'admin'],
    ['conversationsPage', 'query($n: Int!) { conversationsPage(first: $n) { hasNextPage } }', 'patient'],
  ];
  it.each(cases)('%s refuses 0, -1, 1000, 100000 and 2147483647 with BAD_USER_INPUT and accepts 1 and 500', async (_name, query, who) => {
    const key = who === 'admin' ? world.admin.key : world.patient.key;
    for (const n of [0, -1, 1000, 100_000, 2_147_483_647]) {
      const res = await api.gql(key, query, { n });
      expect(codeOf(res), `first: ${n}`).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions?.field).toBe('first');
    }
    for (const n of [1, 500]) expect((await api.gql(key, query, { n })).errors, `first: ${n}`).toBeUndefined();
  });
});

describe('sessionsPage', () => {
  const PAGE = 'query($first: Int!, $after: String, $from: DateTime, $to: DateTime, $p: ID) { sessionsPage(first: $first, after: $after, recordedFrom: $from, recordedTo: $to, patientId: $p) { items { id recordedAt } endCursor hasNextPage } }';
  type PageResult = { sessionsPage: { items: { id: string; recordedAt: string }[]; endCursor: string | null; hasNextPage: boolean } };

  async function all(key: string, variables: Record<string, unknown>, first: number) {
    const seen: { id: string; recordedAt: string }[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const res: Awaited<ReturnType<typeof api.gql<PageResult>>> = await api.gql<PageResult>(key, PAGE, { ...variables, first, after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.sessionsPage.items);
      if (!res.data!.sessionsPage.hasNextPage) return seen;
      after = res.data!.sessionsPage.endCursor;
    }
    throw new Error('pagination did not end');
  }

  it('walks every session the therapist may see once, newest recording first, page by page', async () => {
    const seen = await all(world.therapist.key, {}, 4);
    expect(seen.map((s) => s.id).sort()).toEqual([...sessionIds].sort());
    const times = seen.map((s) => Date.parse(s.recordedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('filters by date range and patient, and refuses a cursor it did not issue', async () => {
    const march = await all(world.therapist.key, { from: '2026-03-05T00:00:00Z', to: '2026-03-15T00:00:00Z' }, 2);
    expect(march).toHaveLength(6); // the second session of each of the six patients
    expect(march.every((s) => s.recordedAt.startsWith('2026-03-11'))).toBe(true);
    const one = await all(world.therapist.key, { p: patients[2].user.id }, 500);
    expect(one).toHaveLength(3);
    expect(codeOf(await api.gql(world.therapist.key, PAGE, { first: 2, after: 'bm90IGEgY3Vyc29y' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(world.therapist.key, PAGE, { first: 2, from: '2026-04-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }))).toBe('BAD_USER_INPUT');
  });

  it('an unassigned therapist and another organization see none of these sessions', async () => {
    const other = await makeWorld(api.app.db);
    for (const key of [world.otherTherapist.key, other.admin.key]) {
      const seen = await all(key, {}, 500);
      expect(seen.filter((s) => sessionIds.includes(s.id))).toEqual([]);
    }
  });
});

describe('a therapist\'s patient list: names, consent and open alerts without N+1 queries', () => {
  const LIST = `query($first: Int!) { sessionsPage(first: $first) { items { id patient { id name email consents { type status } openAlertCount } } } }`;
  type ListResult = { sessionsPage: { items: { id: string; patient: { id: string; name: string; consents: { type: string; status: string }[]; openAlertCount: number } }[] } };

  it('resolves Session.patient, User.consents and User.openAlertCount for a whole page', async () => {
    const res = await api.gql<ListResult>(world.therapist.key, LIST, { first: 18 });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.sessionsPage.items;
    expect(rows).toHaveLength(18);
    const first = rows.find((r) => r.patient.id === world.patient.user.id)!.patient;
    expect(first.name).toBe(world.patient.user.name);
    expect(first.consents).toEqual([{ type: 'RECORDING', status: 'GRANTED' }, { type: 'TRANSCRIPTION', status: 'REVOKED' }, { type: 'AI_ANALYSIS', status: 'REVOKED' }]);
    expect(first.openAlertCount).toBe(2);
    expect(rows.find((r) => r.patient.id === patients[1].user.id)!.patient.openAlertCount).toBe(0);
  });

  it('costs the same number of SQL statements for 3 sessions (1 patient) as for 18 (6 patients)', async () => {
    const small = await countQueries(() => api.gql(world.therapist.key, LIST, { first: 3 }));
    const large = await countQueries(() => api.gql(world.therapist.key, LIST, { first: 18 }));
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    // Key lookup, the page, its audit, then per field one read and one batched audit insert.
    expect(large).toBeLessThanOrEqual(10);
    console.log(`dashboard list: ${small} SQL statements for 3 sessions of 1 patient, ${large} for 18 sessions of 6 patients`);
  });

  it('usersPage(role: PATIENT) is the therapist\'s patient list, paged, with consent and alerts; each patient shown is audited', async () => {
    const res = await api.gql<{ usersPage: { items: { id: string; consents: { status: string }[]; openAlertCount: number }[]; hasNextPage: boolean; endCursor: string } }>(
      world.therapist.key, 'query { usersPage(role: PATIENT, first: 4) { items { id consents { status } openAlertCount } hasNextPage endCursor } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.usersPage.items).toHaveLength(4);
    expect(res.data!.usersPage.hasNextPage).toBe(true);
    const next = await api.gql<{ usersPage: { items: { id: string }[]; hasNextPage: boolean } }>(world.therapist.key, 'query($a: String) { usersPage(role: PATIENT, first: 4, after: $a) { items { id } hasNextPage } }', { a: res.data!.usersPage.endCursor });
    const ids = [...res.data!.usersPage.items, ...next.data!.usersPage.items].map((u) => u.id);
    expect(ids.sort()).toEqual(patients.map((p) => p.user.id).sort());
    expect(next.data!.usersPage.hasNextPage).toBe(false);
    const listed = await api.app.db.auditEvent.count({ where: { actorUserId: world.therapist.user.id, action: 'user.list', patientId: patients[3].user.id } });
    expect(listed).toBeGreaterThan(0);
  });

  it('a patient sees their own consents but no alert count', async () => {
    const res = await api.gql<{ me: { consents: { type: string }[]; openAlertCount: number | null } }>(world.patient.key, '{ me { consents { type status } openAlertCount } }');
    expect(res.data!.me.consents).toHaveLength(3);
    expect(res.data!.me.openAlertCount).toBeNull();
  });
});
