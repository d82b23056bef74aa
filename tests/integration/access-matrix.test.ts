import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema';
import { makeUser, makeWorld, type Actor, type World } from '../../devtools/factories';
import { startTestApi, type TestApi } from '../support/harness';
import {
  expectedOutcome, idsOf, issueKey, issueSecret, leakedIds, makeSessionRow, mapLimit, OBJECTS, PRINCIPALS, rootOperations,
  type ObjectName, type OperationSpec, type Outcome, type PrincipalName, type Rules, type Target,
} from '../support/matrix';
import { runOperation } from '../support/matrix-transport';
import { openLiveSocket, SESSION_STATUS } from '../support/live-socket';
import { KEY_CLOSE_CODE } from '../../src/auth/key-sockets';
import { grantAllConsents, makeReadySession } from '../../devtools/ready-session';

const [F, NF, OK] = ['FORBIDDEN', 'NOT_FOUND', 'ok'] as const;
const everyone = (outcome: Outcome): Rules => ({ admin: outcome, therapistAssigned: outcome, therapistUnassigned: outcome, patientSelf: outcome, otherPatient: outcome, otherOrgAdmin: outcome });
/** The patient, the therapists treating them and their organization's admin; NOT_FOUND for anyone else. */
const CARE_TEAM: Rules = { admin: [OK, OK, NF], therapistAssigned: [OK, NF, NF], therapistUnassigned: [NF, OK, NF], patientSelf: [OK, NF, NF], otherPatient: [NF, OK, NF], otherOrgAdmin: [NF, NF, OK] };
/** As CARE_TEAM, but the patient role itself is refused. */
const CLINICIANS: Rules = { ...CARE_TEAM, patientSelf: F, otherPatient: F };
/** The organization's admin only. */
const ADMIN_OF_ORG: Rules = { ...everyone(F), admin: [OK, OK, NF], otherOrgAdmin: [NF, NF, OK] };
/** The patient themself only (conversations are theirs alone). */
const PATIENT_ONLY: Rules = { ...everyone(F), patientSelf: [OK, NF, NF], otherPatient: [NF, OK, NF] };
const CHAT_MESSAGE = 'What did we talk about regarding my sleep?';

let api: TestApi;

/**
 * Every root operation of the schema and who may use it on which object. An operation missing here
 * fails the first test: whoever adds one decides its rules.
 */
const TABLE: Record<string, OperationSpec> = {
  'Query.me': { objectless: true, args: () => ({}), expect: everyone(OK) },
  'Query.users': { objectless: true, args: () => ({}), expect: { ...everyone(OK), patientSelf: F, otherPatient: F } },
  'Query.apiKeys': { args: (t) => ({ userId: t.patient.user.id }), expect: everyone(OK) }, // a filter: out-of-scope keys are simply absent
  'Query.auditEvents': { args: (t) => ({ subjectId: t.sessionId }), expect: { ...everyone(F), admin: OK, otherOrgAdmin: OK } }, // a filter within the org
  'Query.consents': { args: (t) => ({ patientId: t.patient.user.id }), expect: CARE_TEAM },
  'Query.consentHistory': { args: (t) => ({ patientId: t.patient.user.id }), expect: CARE_TEAM },
  'Query.session': { args: (t) => ({ id: t.sessionId }), expect: CARE_TEAM },
  'Query.sessions': { args: (t) => ({ patientId: t.patient.user.id }), expect: everyone(OK) }, // a filter: the list is scoped
  'Query.transcript': { args: (t) => ({ sessionId: t.sessionId }), expect: CARE_TEAM },
  'Query.conversations': { objectless: true, args: () => ({}), expect: { ...everyone(F), patientSelf: OK, otherPatient: OK } },
  'Query.conversation': { args: (t) => ({ id: t.conversationId }), expect: PATIENT_ONLY },
  'Mutation.createUser': { objectless: true, args: () => ({ input: { email: `${randomUUID()}@example.test`, name: 'Matrix user', role: 'PATIENT' } }), expect: { ...everyone(F), admin: OK, otherOrgAdmin: OK } },
  'Mutation.assignTherapist': { args: (t) => ({ patientId: t.patient.user.id, therapistId: t.therapist.user.id }), expect: ADMIN_OF_ORG }, // idempotent
  // A patient's key is minted by nobody but the patient (issue 15.4): others get FORBIDDEN, another org NOT_FOUND.
  'Mutation.createApiKey': {
    args: (t) => ({ input: { userId: t.patient.user.id, name: 'matrix' } }),
    expect: { ...everyone(F), admin: [F, F, NF], patientSelf: [OK, F, F], otherPatient: [F, OK, F], otherOrgAdmin: [NF, NF, F] },
  },
  'Mutation.createEnrollment': { args: (t) => ({ input: { userId: t.patient.user.id } }), expect: CLINICIANS },
  // Needs no key; a code nobody issued is NOT_FOUND for everyone (a request with a revoked key is still refused).
  'Mutation.redeemEnrollment': { args: () => ({ input: { code: `enr_${randomUUID().replace(/-/g, '')}`, name: 'matrix' } }), expect: everyone(NF), keyless: NF },
  'Mutation.revokeApiKey': {
    args: async (t) => ({ id: await issueKey(api.app.db, t.world.organizationId, t.patient.user.id) }), // a fresh key of the patient per case
    expect: { admin: [OK, OK, NF], therapistAssigned: NF, therapistUnassigned: NF, patientSelf: [OK, NF, NF], otherPatient: [NF, OK, NF], otherOrgAdmin: [NF, NF, OK] },
  },
  // Every consent is granted in the fixtures, so a permitted grant is a double grant.
  'Mutation.grantConsent': { args: (t) => ({ input: { patientId: t.patient.user.id, type: 'RECORDING' } }), expect: swap(CARE_TEAM, OK, 'BAD_USER_INPUT') },
  'Mutation.revokeConsent': {
    serial: true,
    args: async (t) => {
      await ensureRecordingConsent(t);
      return { input: { patientId: t.patient.user.id, type: 'RECORDING' } };
    },
    expect: CARE_TEAM,
  },
  'Mutation.uploadSession': { args: (t) => ({ input: { patientId: t.patient.user.id } }), expect: CLINICIANS },
  'Mutation.deleteSession': { args: async (t) => ({ id: await makeSessionRow(api.app.db, t) }), expect: CLINICIANS }, // a fresh session per case
  'Mutation.setSpeakerRole': { args: (t) => ({ sessionId: t.sessionId, speaker: 'channel_0', role: 'THERAPIST' }), expect: CLINICIANS }, // the role it already has
  'Mutation.chat': { args: (t) => ({ input: { message: CHAT_MESSAGE, conversationId: t.conversationId } }), expect: PATIENT_ONLY },
  'Subscription.sessionStatus': { args: (t) => ({ sessionId: t.sessionId }), expect: CARE_TEAM },
  // Risk alerts (issue 16): the care team of the patient; never the patient role.
  'Query.riskAlerts': { args: (t) => ({ patientId: t.patient.user.id }), expect: { ...everyone(OK), patientSelf: F, otherPatient: F } }, // a filter: the list is scoped
  'Mutation.acknowledgeRiskAlert': { args: async (t) => ({ id: await makeAlertRow(t), note: 'matrix' }), expect: CLINICIANS }, // a fresh alert per case
  'Subscription.riskAlerts': { objectless: true, args: async () => (await ensureOpenAlerts(), {}), expect: { ...everyone(OK), patientSelf: F, otherPatient: F } }, // first event: an open alert
  'Query.riskAlertSettings': { objectless: true, args: () => ({}), expect: { ...everyone(F), admin: OK, otherOrgAdmin: OK } },
  'Mutation.configureRiskAlertWebhook': { objectless: true, args: () => ({ input: { url: 'http://127.0.0.1:9/matrix-hook' } }), expect: { ...everyone(F), admin: OK, otherOrgAdmin: OK } },
  'Mutation.removeRiskAlertWebhook': { objectless: true, args: () => ({}), expect: { ...everyone(F), admin: OK, otherOrgAdmin: OK } },
  'Mutation.setRiskAlertEscalation': { objectless: true, args: () => ({ minutes: 30 }), expect: { ...everyone(F), admin: OK, otherOrgAdmin: OK } },
  // Issue 19 (dashboard). A fresh in-flight session per case, so a permitted feed opens with its state.
  'Subscription.sessionEvents': { args: async (t) => {
    await makeSessionRow(api.app.db, t);
    return { patientId: t.patient.user.id };
  }, expect: CARE_TEAM },
  'Query.sessionsPage': { args: (t) => ({ patientId: t.patient.user.id }), expect: everyone(OK) }, // a filter: the page is scoped
  'Query.usersPage': { objectless: true, args: () => ({}), expect: { ...everyone(OK), patientSelf: F, otherPatient: F } },
  'Query.conversationsPage': { objectless: true, args: () => ({}), expect: { ...everyone(F), patientSelf: OK, otherPatient: OK } },
  'Query.searchTranscripts': { args: (t) => ({ patientId: t.patient.user.id, query: 'sleep diary' }), expect: CLINICIANS },
  'Query.transcriptCorrections': { args: (t) => ({ sessionId: t.sessionId }), expect: CARE_TEAM },
  'Mutation.correctTranscriptSegment': { args: (t) => ({ input: { sessionId: t.sessionId, index: 0, text: `How has your sleep been? (${randomUUID().slice(0, 8)})` } }), expect: CLINICIANS },
  'Mutation.unassignTherapist': { args: async (t) => ({ patientId: t.patient.user.id, therapistId: await assignedTherapist(t) }), expect: ADMIN_OF_ORG }, // a fresh assignment per case
  'Query.organizationSettings': { objectless: true, args: () => ({}), expect: { ...everyone(F), admin: OK, otherOrgAdmin: OK } },
  'Mutation.updateOrganizationSettings': { objectless: true, args: () => ({ input: { retentionDays: 3650 } }), expect: { ...everyone(F), admin: OK, otherOrgAdmin: OK } },
  'Query.sessionAudioUrl': { args: async (t) => ({ sessionId: await keptRecording(t) }), expect: CARE_TEAM },
};

/** An open CRISIS alert row of the target's patient (as chat raises them, without a message). */
async function makeAlertRow(t: Target): Promise<string> {
  const alert = await api.app.db.alert.create({ data: { organizationId: t.world.organizationId, patientId: t.patient.user.id, kind: 'CRISIS', level: 'CRISIS' } });
  return alert.id;
}

/** Every target patient has an open alert, so every permitted subscriber gets a first (replayed) event. */
async function ensureOpenAlerts(): Promise<void> {
  for (const t of Object.values(targets)) {
    if (!(await api.app.db.alert.count({ where: { patientId: t.patient.user.id, acknowledgedAt: null } }))) await makeAlertRow(t);
  }
}

/** A therapist assigned to the target's patient just for this case (unassigning them harms no other case). */
async function assignedTherapist(t: Target): Promise<string> {
  const therapist = await makeUser(api.app.db, t.world.organizationId, 'THERAPIST');
  await api.app.db.careAssignment.create({ data: { organizationId: t.world.organizationId, therapistId: therapist.user.id, patientId: t.patient.user.id } });
  return therapist.user.id;
}

/** A READY session of the target's patient whose recording was kept (a URL can be signed for it). */
async function keptRecording(t: Target): Promise<string> {
  const id = await makeSessionRow(api.app.db, t);
  await api.app.db.session.update({ where: { id }, data: { status: 'READY', storageKey: `${t.world.organizationId}/${t.patient.user.id}/${id}/recording` } });
  return id;
}

function swap(rules: Rules, from: Outcome, to: Outcome): Rules {
  const row = (r: Rules[keyof Rules]) => (typeof r === 'string' ? (r === from ? to : r) : (r.map((o) => (o === from ? to : o)) as typeof r));
  return Object.fromEntries(Object.entries(rules).map(([k, r]) => [k, row(r)])) as Rules;
}

async function ensureRecordingConsent(t: Target): Promise<void> {
  if (await api.app.consent.isGranted(t.patient.user.id, 'RECORDING')) return;
  const res = await api.gql(t.world.admin.key, 'mutation($p: ID!) { grantConsent(input: {patientId: $p, type: RECORDING}) { id } }', { p: t.patient.user.id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

interface CaseRecord { operation: string; principal: PrincipalName; object: ObjectName | '-'; expected: Outcome; got: string; leaks: string[] }

let schema: GraphQLSchema;
let worldA: World;
let worldB: World;
let revoked: Actor;
let targets: Record<ObjectName, Target>;
let keys: Record<PrincipalName, string | null>;
let secrets: Record<PrincipalName, Set<string>>;
const records: CaseRecord[] = [];

/** A patient with their therapist, all consents, a READY session and a conversation. */
async function patientBundle(world: World, patient: Actor, therapist: Actor, name: ObjectName): Promise<Target> {
  const view = { ...world, patient, therapist };
  await grantAllConsents(api, view);
  const sessionId = await makeReadySession(api, view, [
    ['Therapist', 'How has your sleep been since our last session?'],
    ['Patient', 'I wake up at three in the morning and cannot fall asleep again.'],
    ['Therapist', 'Try the breathing exercise before bed and keep a sleep diary this week.'],
  ]);
  const chat = await api.gql<{ chat: { conversationId: string } }>(patient.key, 'mutation($m: String!) { chat(input: {message: $m}) { conversationId } }', { m: CHAT_MESSAGE });
  if (!chat.data) throw new Error(JSON.stringify(chat.errors));
  return { name, world, patient, therapist, sessionId, conversationId: chat.data.chat.conversationId };
}

beforeAll(async () => {
  api = await startTestApi();
  schema = await createSchema();
  [worldA, worldB] = await Promise.all([makeWorld(api.app.db), makeWorld(api.app.db)]);
  revoked = await makeUser(api.app.db, worldA.organizationId, 'ADMIN');
  const revoke = await api.gql(worldA.admin.key, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: revoked.keyId });
  if (revoke.errors) throw new Error(JSON.stringify(revoke.errors));
  const [own, otherPatient, otherOrg, otherOrgSecond] = await Promise.all([
    patientBundle(worldA, worldA.patient, worldA.therapist, 'own'),
    patientBundle(worldA, worldA.otherPatient, worldA.otherTherapist, 'otherPatient'),
    patientBundle(worldB, worldB.patient, worldB.therapist, 'otherOrg'),
    patientBundle(worldB, worldB.otherPatient, worldB.otherTherapist, 'otherOrg'),
  ]);
  targets = { own, otherPatient, otherOrg };
  keys = {
    none: null, revokedKey: revoked.key, admin: worldA.admin.key, therapistAssigned: worldA.therapist.key, therapistUnassigned: worldA.otherTherapist.key,
    patientSelf: worldA.patient.key, otherPatient: worldA.otherPatient.key, otherOrgAdmin: worldB.admin.key,
  };
  // Ids each principal must never receive: the other tenant's everything, and within the org the
  // unreachable patient's objects and other users' keys.
  const allA = idsOf(worldA, [own.sessionId, own.conversationId, otherPatient.sessionId, otherPatient.conversationId, revoked.user.id, revoked.keyId]);
  const allB = idsOf(worldB, [otherOrg.sessionId, otherOrg.conversationId, otherOrgSecond.sessionId, otherOrgSecond.conversationId]);
  const bundle = (t: Target) => [t.patient.user.id, t.patient.keyId, t.sessionId, t.conversationId];
  const keysBut = (self: Actor) => [worldA.admin, worldA.therapist, worldA.otherTherapist, worldA.patient, worldA.otherPatient, revoked].filter((a) => a !== self).map((a) => a.keyId);
  secrets = {
    none: new Set([...allA, ...allB]),
    revokedKey: new Set([...allA, ...allB]),
    admin: new Set(allB),
    therapistAssigned: new Set([...allB, ...bundle(otherPatient), ...keysBut(worldA.therapist)]),
    therapistUnassigned: new Set([...allB, ...bundle(own), ...keysBut(worldA.otherTherapist)]),
    patientSelf: new Set([...allB, ...bundle(otherPatient), ...keysBut(worldA.patient)]),
    otherPatient: new Set([...allB, ...bundle(own), ...keysBut(worldA.otherPatient)]),
    otherOrgAdmin: new Set(allA),
  };
});

afterAll(async () => {
  const operations = new Set(records.map((r) => r.operation)).size;
  const tally: Record<string, number> = {};
  for (const r of records) tally[r.got] = (tally[r.got] ?? 0) + 1;
  // An unexpected outcome is easier to diagnose with what the server logged as an error.
  if (records.some((r) => r.got === 'INTERNAL' || r.got.startsWith('threw'))) console.log(api.logs.filter((l) => /"level":"?(error|50)/.test(l)).join(''));
  console.log(`access matrix: ${operations} operations × ${PRINCIPALS.length} principals × ${OBJECTS.length} objects (1 for object-less operations) = ${records.length} cases; outcomes ${JSON.stringify(tally)}`);
  await api?.close();
});

async function runCase(key: string, principal: PrincipalName, object: ObjectName | null): Promise<void> {
  const spec = TABLE[key];
  const { kind, field } = rootOperations(schema).find((o) => o.key === key)!;
  const expected = expectedOutcome(spec, principal, object);
  const record: CaseRecord = { operation: key, principal, object: object ?? '-', expected, got: 'not run', leaks: [] };
  records.push(record);
  try {
    const variables = await spec.args(targets[object ?? 'own']);
    const result = await runOperation(api, kind, field, keys[principal], variables);
    record.got = result.outcome === 'ok' && result.value === null ? 'ok-but-null' : result.outcome;
    record.leaks = leakedIds(result.body, secrets[principal], variables);
    if (expected !== 'ok' && result.value !== null) record.leaks.push(`${field.name} returned data`);
  } catch (error) {
    record.got = `threw ${(error as Error).message}`;
  }
}

describe('access matrix: every operation × principal × object', () => {
  it('has an entry for every operation of the schema, and none for an operation that is gone', () => {
    const inSchema = rootOperations(schema).map((o) => o.key).sort();
    expect(inSchema.filter((k) => !TABLE[k]), 'operations without rules: add them to TABLE').toEqual([]);
    expect(Object.keys(TABLE).filter((k) => !inSchema.includes(k)), 'rules for operations the schema no longer has').toEqual([]);
  });

  it('runs every case (state-changing ones one at a time, last)', async () => {
    const known = rootOperations(schema).filter((o) => TABLE[o.key]);
    const cases = known.flatMap(({ key }) =>
      PRINCIPALS.flatMap((principal) => (TABLE[key].objectless ? [null] : [...OBJECTS]).map((object) => ({ key, principal, object, serial: !!TABLE[key].serial }))),
    );
    await mapLimit(cases.filter((c) => !c.serial), 8, (c) => runCase(c.key, c.principal, c.object));
    for (const c of cases.filter((c) => c.serial)) await runCase(c.key, c.principal, c.object);
    expect(records.length).toBe(cases.length);
  }, 120_000);

  it('leaks nothing: no refused case returns data, no case returns an id its caller may not see', () => {
    expect(records.filter((r) => r.leaks.length)).toEqual([]);
  });

  it('answers every case with the expected code', () => {
    expect(records.filter((r) => r.got !== r.expected).map((r) => `${r.operation} as ${r.principal} on ${r.object}: expected ${r.expected}, got ${r.got}`)).toEqual([]);
  });
});

describe('access matrix: live sockets end with their key', () => {
  type Live = Exclude<PrincipalName, 'none' | 'revokedKey'>;
  /** Each principal with a key: its user, the admin who may revoke its keys, and a session it may follow. */
  const holders = (): Record<Live, { actor: Actor; admin: Actor; target: Target }> => ({
    admin: { actor: worldA.admin, admin: worldA.admin, target: targets.own },
    therapistAssigned: { actor: worldA.therapist, admin: worldA.admin, target: targets.own },
    therapistUnassigned: { actor: worldA.otherTherapist, admin: worldA.admin, target: targets.otherPatient },
    patientSelf: { actor: worldA.patient, admin: worldA.admin, target: targets.own },
    otherPatient: { actor: worldA.otherPatient, admin: worldA.admin, target: targets.otherPatient },
    otherOrgAdmin: { actor: worldB.admin, admin: worldB.admin, target: targets.otherOrg },
  });

  /** A socket of a fresh key of `actor`, following the target's session, its first event received. */
  async function follow(actor: Actor, target: Target, expiresAt: Date | null = null) {
    const key = await issueSecret(api.app.db, actor.user.organizationId, actor.user.id, expiresAt);
    const live = await openLiveSocket(api.url, key.secret);
    const id = live.subscribe(SESSION_STATUS, { s: target.sessionId });
    await live.waitFor((m) => m.id === id && m.type === 'next');
    return { key, live, id };
  }

  it('every principal\'s socket closes with 4401 "API key revoked" when its key is revoked, its subscription ended', async () => {
    const results = await mapLimit(Object.entries(holders()) as [Live, ReturnType<typeof holders>[Live]][], 1, async ([principal, { actor, admin, target }]) => {
      const { key, live, id } = await follow(actor, target);
      const revoke = await api.gql(admin.key, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.id });
      if (revoke.errors) throw new Error(JSON.stringify(revoke.errors));
      const closed = await live.closed;
      // One at a time: an event published after the revocation must reach nobody on this dead key's socket.
      await api.app.events.publish({ sessionId: target.sessionId, status: 'READY', error: null, at: new Date() });
      const events = live.messages.filter((m) => m.id === id && m.type === 'next').length;
      return { principal, code: closed.code, reason: closed.reason, events };
    });
    expect(results).toEqual(results.map(({ principal }) => ({ principal, code: KEY_CLOSE_CODE, reason: 'API key revoked', events: 1 })));
  });

  it('every principal\'s socket closes with 4401 "API key expired" at its key\'s expiresAt', async () => {
    const expiresAt = new Date(Date.now() + 2_000);
    const results = await Promise.all(
      (Object.entries(holders()) as [Live, ReturnType<typeof holders>[Live]][]).map(async ([principal, { actor, target }]) => {
        const { live } = await follow(actor, target, expiresAt);
        const closed = await live.closed;
        return { principal, code: closed.code, reason: closed.reason, early: closed.at < expiresAt.getTime() };
      }),
    );
    expect(results).toEqual(results.map(({ principal }) => ({ principal, code: KEY_CLOSE_CODE, reason: 'API key expired', early: false })));
  });
});
