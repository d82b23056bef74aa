import 'reflect-metadata';
import 'dotenv/config';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createDatabase } from '../src/db/prisma';
import { OrganizationService } from '../src/organizations/organization.service';
import { DemoClient, enrollPatient } from './demo-client';
import { LOAD_COMMAND, writeDemoEnv } from './lib/demo-env';
import { projectRoot } from './lib/project-root';
import { LocalStack } from './local-stack';

// From scripts/ under tsx and from dist/scripts/ in the image alike (samples/ and .run/ sit beside package.json).
const ROOT = projectRoot(__dirname);
const LOG_DIR = path.join(ROOT, '.run/logs');
const DEMO_ENV = path.join(ROOT, '.run/demo.env');
const config = loadConfig();
/** `--api URL` drives an API that already runs elsewhere (docker compose); otherwise the local one. */
const apiArgument = process.argv.indexOf('--api');
const given = apiArgument >= 0 ? process.argv[apiArgument + 1]?.replace(/\/+$/, '') : undefined;
const base = given ?? `http://127.0.0.1:${config.http.port}`;
const stack = new LocalStack(base, { logDir: LOG_DIR });

const step = (title: string) => console.log(`\n=== ${title}`);
const show = (value: unknown) => console.log(JSON.stringify(value, null, 2));

async function main(): Promise<void> {
  step('Bringing up the API and the worker');
  if (given && !(await stack.healthy())) throw new Error(`no healthy API at ${base} (GET /health)`);
  if ((await stack.bringUp()) === 'existing') console.log(`Using the API already running at ${base}`);
  else console.log(`Started the API and a worker; their logs: ${path.relative(process.cwd(), LOG_DIR) || '.'}/api.log and worker.log`);

  step('Creating an organization (npm run cli -- create-org)');
  const db = createDatabase(config.database);
  const org = await new OrganizationService(db).createWithAdmin({ name: 'Demo Counselling Practice', adminEmail: `admin+${Date.now()}@demo.example` });
  await db.$disconnect();
  console.log(`organizationId ${org.organizationId}`);
  const admin = new DemoClient(`${base}/graphql`, org.apiKey);

  step('Admin creates a therapist and a patient and assigns them; the therapist gets a key, the patient redeems an enrollment code');
  const createUser = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id name role } }';
  const stamp = Date.now();
  const { createUser: therapist } = await admin.request<{ createUser: { id: string } }>(createUser, { i: { email: `dr.rivera+${stamp}@demo.example`, name: 'Dr. Sam Rivera', role: 'THERAPIST' } });
  const { createUser: patient } = await admin.request<{ createUser: { id: string } }>(createUser, { i: { email: `alex+${stamp}@demo.example`, name: 'Alex Morgan', role: 'PATIENT' } });
  await admin.request('mutation($p: ID!, $t: ID!) { assignTherapist(patientId: $p, therapistId: $t) { id } }', { p: patient.id, t: therapist.id });
  const issue = 'mutation($u: ID!, $n: String!) { createApiKey(input: {userId: $u, name: $n}) { secret apiKey { prefix } } }';
  const therapistKey = (await admin.request<{ createApiKey: { secret: string } }>(issue, { u: therapist.id, n: 'demo therapist' })).createApiKey.secret;
  const patientKey = await enrollPatient(admin, patient.id, 'demo patient');
  const therapistApp = new DemoClient(`${base}/graphql`, therapistKey);
  const patientApp = new DemoClient(`${base}/graphql`, patientKey);

  step('me, as the therapist');
  show(await therapistApp.request('{ me { id name role organizationId } }'));
  step('me, as the patient');
  show(await patientApp.request('{ me { id name role organizationId } }'));

  step('The patient grants RECORDING, TRANSCRIPTION and AI_ANALYSIS consent');
  for (const type of ['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']) {
    await patientApp.request('mutation($p: ID!, $t: ConsentType!) { grantConsent(input: {patientId: $p, type: $t}) { id } }', { p: patient.id, t: type });
  }
  show(await patientApp.request('query($p: ID!) { consents(patientId: $p) { type status updatedAt } }', { p: patient.id }));

  step('The therapist uploads the bundled sample recording (samples/session-demo.wav)');
  const sample = path.join(ROOT, 'samples/session-demo.wav');
  const { uploadSession: session } = await therapistApp.upload<{ uploadSession: { id: string; status: string; mimeType: string; sizeBytes: number } }>(
    'mutation($input: UploadSessionInput!) { uploadSession(input: $input) { id status mimeType sizeBytes } }',
    { input: { patientId: patient.id, recordedAt: new Date(Date.now() - 86_400_000).toISOString() } },
    sample,
  );
  show(session);

  step('Status events as they arrive (graphql-ws subscription sessionStatus; offline transcription takes about a minute)');
  let final = '';
  const started = Date.now();
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  // A line every 10 s between events, so a slow transcription never looks like a hang.
  const heartbeat = setInterval(() => console.log(`  … still ${final || 'waiting'} (${elapsed()})`), 10_000);
  try {
    await therapistApp.follow<{ sessionStatus: { status: string; error: string | null; at: string } }>(
      'subscription($id: ID!) { sessionStatus(sessionId: $id) { status error at } }',
      { id: session.id },
      ({ sessionStatus: e }) => {
        console.log(`${e.at}  ${e.status}${e.error ? ` (${e.error})` : ''}  [${elapsed()}]`);
        final = e.status;
        return e.status === 'READY' || e.status === 'FAILED';
      },
    );
  } finally {
    clearInterval(heartbeat);
  }
  if (final !== 'READY') throw new Error(`the session ended ${final}`);

  step('The transcript, with speakers and roles');
  const { transcript } = await therapistApp.request<{ transcript: { provider: string; model: string; segments: { role: string; start: number; end: number; text: string }[] } }>(
    'query($id: ID!) { transcript(sessionId: $id) { provider model segments { speaker role start end text } } }',
    { id: session.id },
  );
  console.log(`${transcript.provider} / ${transcript.model}`);
  for (const s of transcript.segments) console.log(`[${s.start.toFixed(1)}–${s.end.toFixed(1)}s] ${s.role}: ${s.text}`);

  step('The patient asks about the session, then a follow-up');
  const chat = 'mutation($m: String!, $c: ID) { chat(input: {message: $m, conversationId: $c}) { conversationId crisis message { content citations { index recordedAt startSec endSec speaker quote } } } }';
  type Reply = { chat: { conversationId: string; message: { content: string; citations: { index: number; startSec: number; endSec: number; speaker: string; quote: string }[] } } };
  let conversationId: string | undefined;
  for (const question of ['What breathing exercise did my therapist suggest?', 'And how long should I hold my breath?']) {
    const { chat: reply } = await patientApp.request<Reply>(chat, { m: question, c: conversationId });
    conversationId = reply.conversationId;
    console.log(`\nPatient: ${question}\nAssistant: ${reply.message.content}`);
    for (const c of reply.message.citations) console.log(`  [${c.index}] ${c.speaker}, ${c.startSec.toFixed(0)}–${c.endSec.toFixed(0)} s: "${c.quote}"`);
  }

  step('GET /health');
  show(await (await fetch(`${base}/health`)).json());

  step('Your turn: the keys and ids are in .run/demo.env');
  writeDemoEnv(DEMO_ENV, {
    API_URL: base,
    ORGANIZATION_ID: org.organizationId,
    ADMIN_KEY: org.apiKey,
    THERAPIST_ID: therapist.id,
    THERAPIST_KEY: therapistKey,
    PATIENT_ID: patient.id,
    PATIENT_KEY: patientKey,
    SESSION_ID: session.id,
  });
  console.log(`Load them into your shell, then every example in README.md runs as written:\n\n  ${LOAD_COMMAND}\n`);
  console.log(`GraphQL explorer (in a browser): ${base}/graphql   — paste a key into its Headers tab: {"x-api-key": "…"}`);
  console.log(`Admin key:     ${org.apiKey}`);
  console.log(`Therapist key: ${therapistKey}`);
  console.log(`Patient key:   ${patientKey}`);
  console.log(`Patient id:    ${patient.id}\nSession id:    ${session.id}`);
  if (stack.started) console.log(`\nLogs: ${path.relative(process.cwd(), LOG_DIR) || '.'}/api.log and worker.log (the request id of an error is there). Press Ctrl+C to stop the API and the worker.`);
}

stack.onSignals();

main().catch((error: Error) => {
  console.error(`demo failed: ${error.message}`);
  stack.stop();
  process.exit(1);
});
