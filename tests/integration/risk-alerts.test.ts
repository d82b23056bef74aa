import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook, SIGNATURE_HEADER } from '../../src/alerts/webhook-signing';
import { enqueueAlertJob } from '../../src/queues/alert-queues';
import { startAlertWorkers } from '../../src/workers/alert.processor';
import { makeWorld, type Actor, type World } from '../../devtools/factories';
import { startFakeWebhook, type FakeWebhook } from '../support/fake-webhook';
import { codeOf, startTestApi, type TestApi } from '../support/harness';
import { subscribe, type TestSubscription } from '../support/subscription';

/**
 * Alerts reach a person (issue 16.6): the riskAlerts query and its scoping, the live subscription
 * from another API replica, acknowledgement, the signed webhook with retries, and escalation.
 * Two API servers share one database, Redis and queue prefix, each with its own connections;
 * the alert workers run in-process as `npm run worker` runs them. Replica B escalates after 1 s.
 */
const FIELDS = 'id patientId level message createdAt status acknowledgedBy acknowledgedAt note categories language concernForOthers conversationId escalatedAt';
const LIST = `query($s: AlertStatus, $p: ID) { riskAlerts(status: $s, patientId: $p) { ${FIELDS} } }`;
const ACK = `mutation($id: ID!, $n: String) { acknowledgeRiskAlert(id: $id, note: $n) { ${FIELDS} } }`;
const LIVE = `subscription { riskAlerts { ${FIELDS} } }`;
const CHAT = 'mutation($m: String!) { chat(input: {message: $m}) { conversationId riskLevel } }';
const WEBHOOK = 'mutation($u: String!, $l: RiskLevel) { configureRiskAlertWebhook(input: {url: $u, minimumLevel: $l}) { secret settings { webhookUrl webhookMinimumLevel } } }';
type Alert = { id: string; patientId: string; level: string; message: string; status: string; acknowledgedBy: string | null; acknowledgedAt: string | null; note: string | null; escalatedAt: string | null; language: string };
const CRISIS_TEXT = 'I want to kill myself tonight';
const CONCERN_TEXT = 'My brother said he wants to die and I am scared for him';

let a: TestApi;
let b: TestApi;
let workers: ReturnType<typeof startAlertWorkers>;
const subscriptions: TestSubscription<unknown>[] = [];
const hooks: FakeWebhook[] = [];

beforeAll(async () => {
  a = await startTestApi({ RISK_ALERT_WEBHOOK_BACKOFF_MS: '50' });
  b = await startTestApi({ QUEUE_PREFIX: a.app.config.redis.queuePrefix, S3_BUCKET: a.app.config.s3.bucket, RISK_ALERT_ESCALATION_SECONDS: '1' }, { ensureBucket: false });
  workers = startAlertWorkers(a.app);
});
afterAll(async () => {
  await Promise.all(subscriptions.map((s) => s.close()));
  await workers?.close();
  await Promise.all(hooks.map((h) => h.close()));
  await b?.close();
  await a?.close();
});

async function raise(api: TestApi, patient: Actor, text: string): Promise<Alert> {
  const res = await api.gql<{ chat: { conversationId: string } }>(patient.key, CHAT, { m: text });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const row = await a.app.db.alert.findFirstOrThrow({ where: { patientId: patient.user.id, conversationId: res.data.chat.conversationId } });
  return { id: row.id } as Alert;
}

function live(api: TestApi, key: string): TestSubscription<{ riskAlerts: Alert }> {
  const subscription = subscribe<{ riskAlerts: Alert }>(api.url, key, LIVE, {});
  subscriptions.push(subscription as TestSubscription<unknown>);
  return subscription;
}

async function nextAlert(subscription: TestSubscription<{ riskAlerts: Alert }>): Promise<Alert> {
  const event = await subscription.next();
  if (event === 'complete' || !event.data) throw new Error(`no alert: ${JSON.stringify(event)}`);
  return event.data.riskAlerts;
}

const list = async (actor: Actor, variables: Record<string, unknown> = {}) => (await a.gql<{ riskAlerts: Alert[] }>(actor.key, LIST, variables)).data?.riskAlerts.map((x) => x.id);

describe('riskAlerts query', () => {
  let w: World;
  let other: World;
  let crisis: Alert;
  let concern: Alert;
  beforeAll(async () => {
    [w, other] = await Promise.all([makeWorld(a.app.db), makeWorld(a.app.db)]);
    crisis = await raise(a, w.patient, CRISIS_TEXT);
    concern = await raise(a, w.otherPatient, CONCERN_TEXT);
    await raise(a, other.patient, CRISIS_TEXT);
  });

  it('therapists see their assigned patients\' alerts, admins the organization\'s, another organization nothing, patients FORBIDDEN', async () => {
    expect(await list(w.therapist)).toEqual([crisis.id]);
    expect(await list(w.otherTherapist)).toEqual([concern.id]);
    expect(await list(w.admin)).toEqual([concern.id, crisis.id]);
    expect(await list(other.admin)).not.toContain(crisis.id);
    expect(await list(other.admin)).toHaveLength(1);
    expect(codeOf(await a.gql(w.patient.key, LIST))).toBe('FORBIDDEN');
    expect(await list(w.admin, { p: w.patient.user.id })).toEqual([crisis.id]);
    expect(await list(w.therapist, { p: w.otherPatient.user.id })).toEqual([]);
    expect(await list(w.admin, { s: 'ACKNOWLEDGED' })).toEqual([]);
  });

  it('carries the level and the triggering message for the treating therapist; every read of it is audited', async () => {
    const res = await a.gql<{ riskAlerts: Alert[] }>(w.therapist.key, LIST, {});
    expect(res.data!.riskAlerts[0]).toMatchObject({ id: crisis.id, patientId: w.patient.user.id, level: 'CRISIS', status: 'OPEN', message: CRISIS_TEXT, acknowledgedBy: null, language: 'en' });
    const concernRow = (await a.gql<{ riskAlerts: Alert[] }>(w.admin.key, LIST, { p: w.otherPatient.user.id })).data!.riskAlerts[0];
    expect(concernRow).toMatchObject({ level: 'CONCERN', message: CONCERN_TEXT, concernForOthers: true });
    const reads = await a.app.db.auditEvent.findMany({ where: { organizationId: w.organizationId, action: 'riskAlert.message.read' } });
    expect(reads.map((r) => [r.actorUserId, r.subjectId])).toEqual(expect.arrayContaining([[w.therapist.user.id, crisis.id], [w.admin.user.id, concern.id]]));
  });

  it('acknowledge records who, when and the note, is audited, is idempotent, and is NOT_FOUND for anyone else\'s', async () => {
    expect(codeOf(await a.gql(w.otherTherapist.key, ACK, { id: crisis.id }))).toBe('NOT_FOUND');
    expect(codeOf(await a.gql(other.admin.key, ACK, { id: crisis.id }))).toBe('NOT_FOUND');
    expect(codeOf(await a.gql(w.patient.key, ACK, { id: crisis.id }))).toBe('FORBIDDEN');
    expect(codeOf(await a.gql(w.therapist.key, ACK, { id: 'not-an-id' }))).toBe('NOT_FOUND');
    const first = await a.gql<{ acknowledgeRiskAlert: Alert }>(w.therapist.key, ACK, { id: crisis.id, n: 'Called the patient; safe, seeing them tomorrow.' });
    expect(first.data!.acknowledgeRiskAlert).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: w.therapist.user.id, note: 'Called the patient; safe, seeing them tomorrow.' });
    expect(first.data!.acknowledgeRiskAlert.acknowledgedAt).toBeTruthy();
    const second = await a.gql<{ acknowledgeRiskAlert: Alert }>(w.admin.key, ACK, { id: crisis.id, n: 'again' });
    expect(second.data!.acknowledgeRiskAlert).toMatchObject({ acknowledgedBy: w.therapist.user.id, acknowledgedAt: first.data!.acknowledgeRiskAlert.acknowledgedAt, note: 'Called the patient; safe, seeing them tomorrow.' });
    expect(await a.app.db.auditEvent.count({ where: { action: 'riskAlert.acknowledge', subjectId: crisis.id } })).toBe(1);
    expect(await list(w.admin, { s: 'OPEN' })).toEqual([concern.id]);
    expect(await list(w.admin, { s: 'ACKNOWLEDGED' })).toEqual([crisis.id]);
  });
});

describe('riskAlerts subscription', () => {
  it('delivers an alert raised on one replica to subscribers of another, filtered by care assignment', async () => {
    const w = await makeWorld(a.app.db);
    // An open alert each, so each subscription's first (replayed) event proves it is listening.
    const before = await raise(a, w.patient, CONCERN_TEXT);
    const otherBefore = await raise(a, w.otherPatient, CONCERN_TEXT);
    const therapist = live(b, w.therapist.key);
    const otherTherapist = live(b, w.otherTherapist.key);
    expect((await nextAlert(therapist)).id).toBe(before.id);
    expect((await nextAlert(otherTherapist)).id).toBe(otherBefore.id);

    const crisis = await raise(a, w.patient, CRISIS_TEXT);
    expect(await nextAlert(therapist)).toMatchObject({ id: crisis.id, patientId: w.patient.user.id, level: 'CRISIS', status: 'OPEN', message: CRISIS_TEXT });
    const otherLater = await raise(a, w.otherPatient, CONCERN_TEXT);
    // The crisis was published first on the same channel: had it passed the filter it would come first.
    expect((await nextAlert(otherTherapist)).id).toBe(otherLater.id);

    await a.gql(w.therapist.key, ACK, { id: crisis.id, n: 'on it' });
    expect(await nextAlert(therapist)).toMatchObject({ id: crisis.id, status: 'ACKNOWLEDGED', note: 'on it' });
  });

  it('is refused to patients', async () => {
    const w = await makeWorld(a.app.db);
    const event = await subscribe(b.url, w.patient.key, LIVE, {}).next();
    expect(event !== 'complete' && event.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('webhook for paging systems', () => {
  it('delivers a signed body with ids and level but no message text, retrying a 500 with backoff until it succeeds', async () => {
    const w = await makeWorld(a.app.db);
    const hook = await startFakeWebhook();
    hooks.push(hook);
    expect(codeOf(await a.gql(w.therapist.key, WEBHOOK, { u: hook.url }))).toBe('FORBIDDEN');
    expect(codeOf(await a.gql(w.admin.key, WEBHOOK, { u: 'ftp://example.test/x' }))).toBe('BAD_USER_INPUT');
    const configured = await a.gql<{ configureRiskAlertWebhook: { secret: string; settings: { webhookUrl: string } } }>(w.admin.key, WEBHOOK, { u: hook.url });
    const { secret, settings } = configured.data!.configureRiskAlertWebhook;
    expect(settings.webhookUrl).toBe(hook.url);
    expect(secret).toMatch(/^whsec_/);
    const stored = await a.app.db.riskAlertSettings.findUniqueOrThrow({ where: { organizationId: w.organizationId } });
    expect(Buffer.from(stored.webhookSecret!).toString('latin1')).not.toContain(secret);
    const view = await a.gql<{ riskAlertSettings: Record<string, unknown> }>(w.admin.key, '{ riskAlertSettings { webhookUrl webhookMinimumLevel effectiveEscalationMinutes } }');
    expect(JSON.stringify(view)).not.toContain(secret);

    hook.script(500);
    const alert = await raise(a, w.patient, CRISIS_TEXT);
    const forAlert = (r: { body: string }) => r.body.includes(alert.id);
    await hook.waitFor((r) => forAlert(r) && hook.requests.filter(forAlert).length >= 2);
    const deliveries = hook.requests.filter(forAlert);
    expect(deliveries).toHaveLength(2);
    expect(deliveries[0].headers['x-therapyrag-delivery']).toBe(deliveries[1].headers['x-therapyrag-delivery']);
    for (const delivery of deliveries) {
      expect(verifyWebhook(secret, delivery.body, String(delivery.headers[SIGNATURE_HEADER]))).toBe(true);
      expect(verifyWebhook(secret, delivery.body.replace('CRISIS', 'CONCERN'), String(delivery.headers[SIGNATURE_HEADER]))).toBe(false);
      expect(delivery.body).not.toMatch(/kill|myself|tonight/i);
      expect(JSON.parse(delivery.body)).toMatchObject({ event: 'RAISED', alertId: alert.id, patientId: w.patient.user.id, organizationId: w.organizationId, level: 'CRISIS', escalated: false });
    }
    const job = await a.app.alertQueues['risk-alert-webhook'].getJob(`risk-alert-webhook:${alert.id}:RAISED`);
    expect(await job!.finished()).toMatchObject({ delivered: true, status: 200 });
    const finished = await a.app.alertQueues['risk-alert-webhook'].getJob(`risk-alert-webhook:${alert.id}:RAISED`);
    expect(finished!.attemptsMade).toBe(1); // Bull counts failed attempts: one 500, then success

    // Below the minimum level (CRISIS by default): the job ends without a delivery.
    const concern = await raise(a, w.patient, CONCERN_TEXT);
    const concernJob = await a.app.alertQueues['risk-alert-webhook'].getJob(`risk-alert-webhook:${concern.id}:RAISED`);
    expect(await concernJob!.finished()).toEqual({ delivered: false, reason: 'below minimum level' });
  });
});

describe('risk alert settings', () => {
  it('an admin sets the escalation delay (1-1440 minutes, null for the default) and removes the webhook; both audited', async () => {
    const w = await makeWorld(a.app.db);
    const SET = 'mutation($m: Int) { setRiskAlertEscalation(minutes: $m) { escalationMinutes effectiveEscalationMinutes } }';
    expect(codeOf(await a.gql(w.admin.key, SET, { m: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await a.gql(w.therapist.key, SET, { m: 5 }))).toBe('FORBIDDEN');
    expect((await a.gql(w.admin.key, SET, { m: 5 })).data).toEqual({ setRiskAlertEscalation: { escalationMinutes: 5, effectiveEscalationMinutes: 5 } });
    expect((await a.gql(w.admin.key, SET, { m: null })).data).toEqual({ setRiskAlertEscalation: { escalationMinutes: null, effectiveEscalationMinutes: 15 } });
    const hook = await startFakeWebhook();
    hooks.push(hook);
    await a.gql(w.admin.key, WEBHOOK, { u: hook.url, l: 'CONCERN' });
    const removed = await a.gql<{ removeRiskAlertWebhook: { webhookUrl: string | null } }>(w.admin.key, 'mutation { removeRiskAlertWebhook { webhookUrl } }');
    expect(removed.data!.removeRiskAlertWebhook.webhookUrl).toBeNull();
    const alert = await raise(a, w.patient, CRISIS_TEXT);
    const job = await a.app.alertQueues['risk-alert-webhook'].getJob(`risk-alert-webhook:${alert.id}:RAISED`);
    expect(await job!.finished()).toEqual({ delivered: false, reason: 'no webhook' });
    expect(hook.requests).toEqual([]);
    const actions = (await a.app.db.auditEvent.findMany({ where: { organizationId: w.organizationId, action: { startsWith: 'riskAlerts.' } } })).map((e) => e.action);
    expect(actions.sort()).toEqual(['riskAlerts.escalation.set', 'riskAlerts.escalation.set', 'riskAlerts.webhook.configure', 'riskAlerts.webhook.remove']);
  });
});

describe('escalation', () => {
  it('escalates a CRISIS alert still open after the delay to the admins (subscription and webhook with escalated: true); an acknowledged one never', async () => {
    const w = await makeWorld(a.app.db);
    const hook = await startFakeWebhook();
    hooks.push(hook);
    await a.gql(w.admin.key, WEBHOOK, { u: hook.url });
    const opening = await raise(a, w.otherPatient, CONCERN_TEXT);
    const admin = live(a, w.admin.key);
    expect((await nextAlert(admin)).id).toBe(opening.id);

    // Replica B escalates after 1 s: one alert is acknowledged at once, the other is left open.
    const handled = await raise(b, w.patient, CRISIS_TEXT);
    await b.gql(w.therapist.key, ACK, { id: handled.id, n: 'handled' });
    const ignored = await raise(b, w.patient, CRISIS_TEXT);
    let escalated: Alert | undefined;
    const seen: Alert[] = [];
    while (!escalated) {
      const event = await nextAlert(admin);
      seen.push(event);
      if (event.escalatedAt) escalated = event;
    }
    expect(escalated).toMatchObject({ id: ignored.id, status: 'OPEN', level: 'CRISIS' });
    expect(seen.filter((e) => e.escalatedAt).map((e) => e.id)).toEqual([ignored.id]);

    const delivery = await hook.waitFor((r) => r.body.includes(ignored.id) && r.body.includes('"ESCALATED"'));
    expect(JSON.parse(delivery.body)).toMatchObject({ event: 'ESCALATED', alertId: ignored.id, escalated: true });

    const handledRow = await a.app.db.alert.findUniqueOrThrow({ where: { id: handled.id } });
    expect(handledRow.escalatedAt).toBeNull();
    expect(await a.app.alertQueues['risk-alert-escalation'].getJob(`risk-alert-escalation:${handled.id}`)).toBeNull();
    expect(await a.app.alerts.escalate(handled.id)).toBe(false);
    expect(await a.app.alerts.escalate(ignored.id)).toBe(false); // once only
  });

  it('a sweep escalates CRISIS alerts whose delayed job was lost, past their organization\'s delay; not acknowledged or CONCERN ones', async () => {
    const w = await makeWorld(a.app.db);
    const longAgo = new Date(Date.now() - 2 * 3_600_000);
    const base = { organizationId: w.organizationId, patientId: w.patient.user.id, kind: 'CRISIS' as const, createdAt: longAgo };
    const lost = await a.app.db.alert.create({ data: { ...base, level: 'CRISIS' } });
    const handled = await a.app.db.alert.create({ data: { ...base, level: 'CRISIS', acknowledgedAt: longAgo, acknowledgedBy: w.therapist.user.id } });
    const concern = await a.app.db.alert.create({ data: { ...base, level: 'CONCERN' } });
    const recent = await a.app.db.alert.create({ data: { ...base, level: 'CRISIS', createdAt: new Date() } });
    await enqueueAlertJob(a.app.alertQueues, 'risk-alert-escalation', { sweep: true });
    const job = await a.app.alertQueues['risk-alert-escalation'].getJob('risk-alert-escalation:sweep');
    expect((await job!.finished()).overdueEscalated).toBeGreaterThanOrEqual(1);
    const rows = await a.app.db.alert.findMany({ where: { id: { in: [lost.id, handled.id, concern.id, recent.id] } } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.escalatedAt !== null]))).toEqual({ [lost.id]: true, [handled.id]: false, [concern.id]: false, [recent.id]: false });
  });
});
