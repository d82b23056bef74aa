import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../devtools/factories';
import { startTestApi, type TestApi } from '../support/harness';
import { makeSessionRow } from '../support/matrix';
import { subscribe, type TestSubscription } from '../support/subscription';

type FeedEvent = { sessionEvents: { sessionId: string; status: string; patientId: string | null } };
const FEED = 'subscription($p: ID) { sessionEvents(patientId: $p) { sessionId status patientId error at } }';

let api: TestApi;
let replica: TestApi;
let world: World;

/** A session row of a patient, as the pipeline makes it; `READY` so it is not in the feed's opening snapshot. */
async function sessionOf(w: World, patient: 'patient' | 'otherPatient'): Promise<string> {
  const therapist = patient === 'patient' ? w.therapist : w.otherTherapist;
  const id = await makeSessionRow(api.app.db, { name: 'own', world: w, patient: w[patient], therapist, sessionId: '', conversationId: '' });
  await api.app.db.session.update({ where: { id }, data: { status: 'READY' } });
  return id;
}

/**
 * Sets a session's status on the *first* instance and publishes it (as a worker would); the subscriber
 * is on the replica. Written directly: the feed is under test here, not the transition table.
 */
async function change(sessionId: string, to: 'TRANSCRIBING' | 'FAILED' | 'UPLOADED' | 'READY') {
  const session = await api.app.db.session.update({ where: { id: sessionId }, data: { status: to, error: to === 'FAILED' ? 'Transcription failed' : null, updatedAt: new Date() } });
  await api.app.status.publish(session);
}

/** Opens a feed and waits until the replica has subscribed its organization channel (its first event). */
async function openFeed(key: string, patientId: string | null, marker: string): Promise<TestSubscription<FeedEvent>> {
  const sub = subscribe<FeedEvent>(replica.url, key, FEED, { p: patientId });
  // The marker session is in flight, so the feed opens with its state: the subscription is live.
  for (;;) {
    const next = await sub.next();
    if (next === 'complete' || next.errors) throw new Error(JSON.stringify(next));
    if (next.data?.sessionEvents.sessionId === marker) return sub;
  }
}

beforeAll(async () => {
  api = await startTestApi();
  // A second API replica with its own Redis connections, sharing Redis and the queue prefix.
  replica = await startTestApi({ QUEUE_PREFIX: api.app.config.redis.queuePrefix, S3_BUCKET: api.app.config.s3.bucket }, { ensureBucket: false });
  world = await makeWorld(api.app.db);
});
afterAll(async () => {
  await replica.close();
  await api.close();
});

describe('sessionEvents: the dashboard feed', () => {
  it('a therapist receives their patients\' events made on another replica, and not other patients\'', async () => {
    const marker = await makeSessionRow(api.app.db, { name: 'own', world, patient: world.patient, therapist: world.therapist, sessionId: '', conversationId: '' });
    const sub = await openFeed(world.therapist.key, null, marker);
    const mine = await sessionOf(world, 'patient');
    const theirs = await sessionOf(world, 'otherPatient');
    await change(theirs, 'TRANSCRIBING');
    await change(mine, 'TRANSCRIBING');
    // The other patient's event was published first; the first one delivered is this patient's.
    expect(await sub.next()).toMatchObject({ data: { sessionEvents: { sessionId: mine, status: 'TRANSCRIBING', patientId: world.patient.user.id } } });
    await change(mine, 'FAILED');
    expect(await sub.next()).toMatchObject({ data: { sessionEvents: { sessionId: mine, status: 'FAILED', error: 'Transcription failed' } } });
    await sub.close();
  });

  it('an admin sees the whole organization, a patient only their own, and a patient filter narrows the feed', async () => {
    const marker = await makeSessionRow(api.app.db, { name: 'own', world, patient: world.otherPatient, therapist: world.otherTherapist, sessionId: '', conversationId: '' });
    const admin = await openFeed(world.admin.key, null, marker);
    const filtered = await openFeed(world.admin.key, world.otherPatient.user.id, marker);
    const ownMarker = await makeSessionRow(api.app.db, { name: 'own', world, patient: world.patient, therapist: world.therapist, sessionId: '', conversationId: '' });
    const patient = await openFeed(world.patient.key, null, ownMarker);
    const mine = await sessionOf(world, 'patient');
    const theirs = await sessionOf(world, 'otherPatient');
    await change(mine, 'TRANSCRIBING');
    await change(theirs, 'TRANSCRIBING');
    expect(await admin.next()).toMatchObject({ data: { sessionEvents: { sessionId: mine } } });
    expect(await admin.next()).toMatchObject({ data: { sessionEvents: { sessionId: theirs } } });
    expect(await filtered.next()).toMatchObject({ data: { sessionEvents: { sessionId: theirs } } });
    expect(await patient.next()).toMatchObject({ data: { sessionEvents: { sessionId: mine } } });
    await change(theirs, 'FAILED');
    await change(mine, 'FAILED');
    expect(await patient.next()).toMatchObject({ data: { sessionEvents: { sessionId: mine, status: 'FAILED' } } });
    await Promise.all([admin.close(), filtered.close(), patient.close()]);
  });

  it('a therapist who is unassigned stops receiving at once (access is checked per event)', async () => {
    const w = await makeWorld(api.app.db);
    const marker = await makeSessionRow(api.app.db, { name: 'own', world: w, patient: w.patient, therapist: w.therapist, sessionId: '', conversationId: '' });
    const sub = subscribe<FeedEvent>(replica.url, w.therapist.key, FEED, { p: null });
    expect(await sub.next()).toMatchObject({ data: { sessionEvents: { sessionId: marker } } });
    const res = await api.gql(w.admin.key, 'mutation($p: ID!, $t: ID!) { unassignTherapist(patientId: $p, therapistId: $t) { id } }', { p: w.patient.user.id, t: w.therapist.user.id });
    expect(res.errors).toBeUndefined();
    await change(marker, 'TRANSCRIBING');
    // Re-assign another patient to the same therapist: their event arrives, the unassigned patient's never did.
    await api.app.db.careAssignment.create({ data: { organizationId: w.organizationId, therapistId: w.therapist.user.id, patientId: w.otherPatient.user.id } });
    const other = await makeSessionRow(api.app.db, { name: 'own', world: w, patient: w.otherPatient, therapist: w.therapist, sessionId: '', conversationId: '' });
    await change(other, 'TRANSCRIBING');
    expect(await sub.next()).toMatchObject({ data: { sessionEvents: { sessionId: other, status: 'TRANSCRIBING' } } });
    await sub.close();
  });

  it('a patient filter the caller may not see is NOT_FOUND, and the refusal is audited', async () => {
    const other = await makeWorld(api.app.db);
    for (const [key, p] of [[world.otherTherapist.key, world.patient.user.id], [other.admin.key, world.patient.user.id], [world.otherPatient.key, world.patient.user.id]]) {
      const sub = subscribe(replica.url, key, FEED, { p });
      const first = await sub.next();
      expect(first !== 'complete' && first.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      await sub.close();
    }
    const denied = await api.app.db.auditEvent.findFirst({ where: { actorUserId: world.otherTherapist.user.id, action: 'access.denied.not-found', subjectType: 'sessionEvents' } });
    expect(denied).toMatchObject({ subjectId: world.patient.user.id, patientId: world.patient.user.id, organizationId: world.organizationId });
  });
});
