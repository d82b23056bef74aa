/**
 * What `chat` costs besides the model: authentication, crisis check, consent, rate limit,
 * retrieval over the patient's 1 000 chunks (query embedding, vector and full-text search),
 * citation checks, storing the exchange and the audit record. Goal: p95 at most 30 ms, so the
 * assistant's latency is the model's.
 *
 *   npx tsx bench/chat.ts     (BENCH_CHUNKS=1000 for the patient, BENCH_REQUESTS=200)
 *
 * Requests go one at a time through the real GraphQL endpoint (API in this process, offline chat
 * model and embedder). The chat model is wrapped in a timer, and each request's overhead is its
 * latency minus the time spent inside the model. The main steps are timed the same way (on this
 * app's instances only), so the report shows where the overhead goes.
 */
import 'reflect-metadata';
import 'dotenv/config';
import path from 'node:path';
import type { App } from '../src/app';
import { OfflineChatModel } from '../src/chat/offline.chat-model';
import { loadConfig } from '../src/config';
import { startServer } from '../src/graphql/server';
import { createPipeline } from '../src/pipeline';
import { OfflineEmbedder } from '../src/providers/offline.embedder';
import { makeUser, type Actor } from '../tests/support/factories';
import { postGraphQL } from '../tests/support/harness';
import { benchEnv, createBenchApp, grantConsents, makeBenchOrganization, removeBenchOrganization } from './lib/app';
import { runAsMain } from './lib/main';
import type { BenchResult } from './lib/result';
import { envNumber, percentile, round } from './lib/stats';
import { TimedChatModel, timeMethod, totalMs } from './lib/timing';
import { synthesizeTranscript } from './lib/transcript';
import { chatRateKey } from '../src/chat/rate-limiter';

const GOAL_P95_MS = 30;
const WARM_UP_REQUESTS = 10;
/** A conversation's first message and then follow-ups, as a patient would ask them. */
const MESSAGES_PER_CONVERSATION = 4;
const CHAT = 'mutation($input: ChatInput!) { chat(input: $input) { conversationId crisis message { id content citations { index sessionId startSec endSec quote } } } }';
const QUESTIONS = [
  'What did we say about cutting down on drinking?', 'What did my therapist suggest for sleeping better?', 'When did I talk about my family?',
  'What were my reasons for wanting to quit smoking?', 'What did we discuss about exercise?', 'Did I mention feeling stressed at work?',
  'What goals did we set last time?', 'What did I say about my health?', 'How did I feel about going back to school?',
  'What did my therapist say about my progress?', 'What worries did I bring up?', 'What did we talk about regarding my friends?',
];

/** Builds the patient's sessions, then times the chat requests. */
export async function run(requests = envNumber('BENCH_REQUESTS', 200), chunks = envNumber('BENCH_CHUNKS', 1_000)): Promise<BenchResult> {
  const env = benchEnv({ CHAT_RATE_LIMIT_PER_HOUR: '1000000' });
  const chatModel = new TimedChatModel(new OfflineChatModel());
  const app = createBenchApp(env, { chatModel, embedder: new OfflineEmbedder({ cacheDir: path.resolve(loadConfig(env).offline.embeddingsCacheDir) }) });
  const phases = {
    // The request path calls authenticateWithUser (the key and its user in one query).
    authentication: timeMethod(app.authenticator, 'authenticateWithUser'),
    consent: timeMethod(app.consent, 'requireConsent'),
    retrieval: timeMethod(app.retrieval, 'retrieve'),
    'storing the exchange': timeMethod(app.db, '$transaction'),
  };
  const organizationId = await makeBenchOrganization(app.db, 'chat');
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  let patient: Actor | undefined;
  try {
    patient = await makePatientWithSessions(app, organizationId, chunks);
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const ask = chatter(url, patient.key);
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await ask(i);
    chatModel.spans.take();
    Object.values(phases).forEach((phase) => phase.take());
    const totals: number[] = [];
    const models: number[] = [];
    const overheads: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      await ask(i);
      const total = performance.now() - started;
      const model = totalMs(chatModel.spans.take());
      totals.push(total);
      models.push(model);
      overheads.push(total - model);
    }
    const phaseMetrics = Object.entries(phases).flatMap(([name, phase]) => {
      const ms = phase.take().map((span) => span.ms);
      const missing = ms.length ? undefined : 'no call of this phase was timed';
      return [{ name: `  ${name} p50`, value: round(percentile(ms, 0.5)), unit: 'ms', missing }, { name: `  ${name} p95`, value: round(percentile(ms, 0.95)), unit: 'ms', missing }];
    });
    return {
      name: `chat (${requests} requests, a patient with ${await app.db.sessionChunk.count({ where: { patientId: patient.user.id } })} chunks, offline model)`,
      metrics: [
        { name: 'latency p50', value: round(percentile(totals, 0.5)), unit: 'ms' },
        { name: 'latency p95', value: round(percentile(totals, 0.95)), unit: 'ms' },
        { name: 'inside the chat model p50', value: round(percentile(models, 0.5)), unit: 'ms' },
        { name: 'overhead (latency minus model) p50', value: round(percentile(overheads, 0.5)), unit: 'ms' },
        { name: 'overhead (latency minus model) p95', value: round(percentile(overheads, 0.95)), unit: 'ms', goal: `<= ${GOAL_P95_MS} ms`, ok: percentile(overheads, 0.95) <= GOAL_P95_MS },
        ...phaseMetrics,
      ],
    };
  } finally {
    await server.stop();
    if (patient) await app.redis.del(chatRateKey(patient.user.id)).catch(() => undefined);
    await removeBenchOrganization(app.db, organizationId).catch((error: unknown) => console.error('[chat] cleanup failed:', error));
    await app.close();
  }
}

/**
 * A patient (with a key and every consent) whose READY sessions hold at least `chunks` chunks,
 * each session a synthesized 60-minute transcript indexed through the real IndexingService.
 */
async function makePatientWithSessions(app: App, organizationId: string, chunks: number): Promise<Actor> {
  const therapist = await makeUser(app.db, organizationId, 'THERAPIST');
  const patient = await makeUser(app.db, organizationId, 'PATIENT');
  await app.db.careAssignment.create({ data: { organizationId, therapistId: therapist.user.id, patientId: patient.user.id } });
  await grantConsents(app.db, organizationId, patient.user.id, therapist.user.id, ['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']);
  const { indexing } = createPipeline(app, { name: 'unused', transcribe: () => Promise.reject(new Error('not used')) });
  for (let week = 1; (await app.db.sessionChunk.count({ where: { patientId: patient.user.id } })) < chunks; week++) {
    const segments = synthesizeTranscript(9_000, week);
    const session = await app.db.session.create({
      data: { organizationId, patientId: patient.user.id, therapistId: therapist.user.id, status: 'TRANSCRIBED', mimeType: 'audio/wav', sizeBytes: 1_000n, recordedAt: new Date(Date.now() - week * 7 * 86_400_000) },
    });
    await app.db.transcript.create({ data: { sessionId: session.id, organizationId, patientId: patient.user.id, provider: 'bench', model: 'synthesized', language: 'en', segments: segments as never } });
    await indexing.index(session.id);
  }
  return patient;
}

/** Sends the i-th question: a new conversation every few messages, else a follow-up in the current one. */
function chatter(url: string, key: string): (i: number) => Promise<void> {
  let conversationId: string | null = null;
  return async (i) => {
    if (i % MESSAGES_PER_CONVERSATION === 0) conversationId = null;
    const result = await postGraphQL<{ chat: { conversationId: string; crisis: boolean } }>(url, key, CHAT, { input: { message: QUESTIONS[i % QUESTIONS.length], conversationId } });
    if (result.errors?.length || !result.data) throw new Error(`chat failed: ${JSON.stringify(result.errors)}`);
    if (result.data.chat.crisis) throw new Error('a bench question was taken for a crisis');
    conversationId = result.data.chat.conversationId;
  };
}

if (require.main === module) runAsMain('chat', () => run());
