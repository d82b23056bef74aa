import 'reflect-metadata';
import 'dotenv/config';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createDatabase } from '../src/db/prisma';
import { OrganizationService } from '../src/organizations/organization.service';
import { DemoClient, enrollPatient } from './demo-client';
import { LocalStack } from './local-stack';

const ROOT = path.resolve(__dirname, '..');
const config = loadConfig();
const base = `http://127.0.0.1:${config.http.port}`;
const stack = new LocalStack(base);

const step = (title: string) => console.log(`\n=== ${title}`);
const show = (value: unknown) => console.log(JSON.stringify(value, null, 2));

async function main(): Promise<void> {
  step('Bringing up the API and the worker');
  if ((await stack.bringUp()) === 'existing') console.log(`Using the API already running at ${base}`);

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

  step('Status events as they arrive (graphql-ws subscription sessionStatus)');
  let final = '';
  await therapistApp.follow<{ sessionStatus: { status: string; error: string | null; at: string } }>(
    'subscription($id: ID!) { sessionStatus(sessionId: $id) { status error at } }',
    { id: session.id },
    ({ sessionStatus: e }) => {
      console.log(`${e.at}  ${e.status}${e.error ? ` (${e.error})` : ''}`);
      final = e.status;
      return e.status === 'READY' || e.status === 'FAILED';
    },
  );
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

  step('The API is running');
  console.log(`GraphQL + Apollo Sandbox: ${base}/graphql   (send header x-api-key)`);
  console.log(`Admin key:     ${org.apiKey}`);
  console.log(`Therapist key: ${therapistKey}`);
  console.log(`Patient key:   ${patientKey}`);
  if (stack.started) console.log('Press Ctrl+C to stop the API and the worker.');
}

stack.onSignals();

main().catch((error: Error) => {
  console.error(`demo failed: ${error.message}`);
  stack.stop();
  process.exit(1);
});
