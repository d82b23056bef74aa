/**
 * What `chat` costs besides the model: authentication, crisis check, consent, rate limit,
 * retrieval over the patient's chunks (query embedding, vector and full-text search), citation
 * checks, storing the exchange and the audit record, for two patients: one with 1 000 chunks
 * (goal p95 at most 20 ms) and one with years of history, 40 sessions of 50 minutes (goal p95 at
 * most 30 ms), so the assistant's latency is the model's.
 *
 *   npx tsx bench/chat.ts     (BENCH_CHUNKS=1000, BENCH_LONG_SESSIONS=40, BENCH_REQUESTS=200)
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
import { OfflineChatModel } from '../src/offline/answerer/offline.chat-model';
import { loadConfig } from '../src/config';
import { startServer } from '../src/graphql/server';
import { createPipeline } from '../src/pipeline';
import { OfflineEmbedder } from '../src/offline/embedder/offline.embedder';
import { makeUser, type Actor } from '../devtools/factories';
import { postGraphQL } from '../devtools/graphql-client';
import { benchEnv, createBenchApp, grantConsents, makeBenchOrganization, removeBenchOrganization } from './lib/app';
import { runAsMain } from './lib/main';
import type { BenchMetric, BenchResult } from './lib/result';
import { envNumber, percentile, round } from './lib/stats';
import { TimedChatModel, timeMethod, totalMs, type SpanRecorder } from './lib/timing';
import { synthesizeTranscript } from './lib/transcript';
import { chatRateKey } from '../src/chat/rate-limiter';

const GOAL_P95_MS = 20;
const GOAL_LONG_P95_MS = 30;
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

/** One patient's history: either at least `chunks` chunks of 60-minute sessions, or `sessions` sessions of `minutes` minutes. */
export type History = { label: string; goalP95Ms: number } & ({ chunks: number } | { sessions: number; minutes: number });

/** Builds each patient's sessions, then times the chat requests of each. */
export async function run(requests = envNumber('BENCH_REQUESTS', 200)): Promise<BenchResult> {
  const histories: History[] = [
    { label: '1 000 chunks', goalP95Ms: GOAL_P95_MS, chunks: envNumber('BENCH_CHUNKS', 1_000) },
    { label: '40 sessions of 50 min', goalP95Ms: GOAL_LONG_P95_MS, sessions: envNumber('BENCH_LONG_SESSIONS', 40), minutes: 50 },
  ];
  const env = benchEnv({ CHAT_RATE_LIMIT_PER_HOUR: '1000000' });
  const chatModel = new TimedChatModel(new OfflineChatModel());
  const app = createBenchApp(env, { chatModel, embedder: new OfflineEmbedder({ cacheDir: path.resolve(loadConfig(env).offline.embeddingsCacheDir) }) });
  const chatDeps = (app.chat as unknown as { deps?: { limiter?: object; conversations?: object } }).deps ?? {};
  const phases = {
    // The request path checks the key with check() (principal cache, then the database).
    authentication: timeFirst(app.authenticator, ['check', 'authenticateWithUser']),
    // The risk screen (the rules; CPU only), which every message goes through first.
    'crisis screen': timeFirst(app.chat, ['assess']),
    // The conversation and its last turns (follow-ups only), read while the screen runs.
    'conversation read': timeFirst(chatDeps.conversations ?? {}, ['findWithRecent', 'find']),
    // Also started before the screen, so its span overlaps the screen's and the conversation read's.
    consent: timeFirst(app.consent, ['requireConsent']),
    'rate limit': timeFirst(chatDeps.limiter ?? {}, ['acquire']),
    // Measured through the public service, whatever its internals (they are another engineer's).
    retrieval: timeFirst(app.retrieval, ['retrieveForAnswer', 'retrievePassages', 'retrieve']),
    // One statement (exchange + audit event); a transaction where the product still uses one.
    'storing the exchange': timeFirst(chatDeps.conversations ?? {}, ['appendExchangeWithAudit']) ?? timeFirst(app.db, ['$transaction']),
  };
  const organizationId = await makeBenchOrganization(app.db, 'chat');
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const patients: Actor[] = [];
  try {
    const metrics: BenchMetric[] = [];
    const names: string[] = [];
    for (const history of histories) {
      const patient = await makePatientWithSessions(app, organizationId, history);
      patients.push(patient);
      // A server's autovacuum analyzes tables after a bulk of writes; the CI server runs with it off.
      await app.db.$executeRawUnsafe('ANALYZE sessions, session_chunks, chunk_postings');
      const chunks = await app.db.sessionChunk.count({ where: { patientId: patient.user.id } });
      names.push(`${history.label} (${chunks} chunks)`);
      metrics.push(...(await measure(app, `http://127.0.0.1:${server.port}/graphql`, patient, requests, chatModel, phases, history, chunks)));
    }
    return { name: `chat (${requests} requests per patient, offline model; patients with ${names.join(' and ')})`, metrics };
  } finally {
    await server.stop();
    for (const patient of patients) await app.redis.del(chatRateKey(patient.user.id)).catch(() => undefined);
    await removeBenchOrganization(app.db, organizationId).catch((error: unknown) => console.error('[chat] cleanup failed:', error));
    await app.close();
  }
}

/** Times `requests` chats of one patient: overhead = latency minus the time inside the model, and each phase. */
async function measure(app: App, url: string, patient: Actor, requests: number, chatModel: TimedChatModel, phases: Record<string, SpanRecorder | null>, history: History, chunks: number): Promise<BenchMetric[]> {
  const ask = chatter(url, patient.key);
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await ask(i);
  chatModel.spans.take();
  Object.values(phases).forEach((phase) => phase?.take());
  const totals: number[] = [];
  const models: number[] = [];
  const overheads: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await ask(i);
    const total = performance.now() - started;
    const model = totalMs(chatModel.spans.take());
    totals.push(total);
    models.push(model);
    overheads.push(total - model);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPerRequest = (cpu.user + cpu.system) / 1000 / requests;
  const modelPerRequest = models.reduce((a, b) => a + b, 0) / requests;
  const tag = `[${history.label}]`;
  const phaseMetrics = Object.entries(phases).flatMap(([name, phase]): BenchMetric[] => {
    const ms = phase?.take().map((span) => span.ms) ?? [];
    const missing = phase ? (ms.length ? undefined : 'no call of this phase was timed') : 'the method to time was not found';
    // Per request: a phase called twice in one request (two transactions) counts both.
    const perRequest = ms.length ? (ms.reduce((a, b) => a + b, 0) / requests) : NaN;
    return [
      { name: `${tag}   ${name} p50 (per call)`, value: ms.length ? round(percentile(ms, 0.5)) : null, unit: 'ms', missing },
      { name: `${tag}   ${name} p95 (per call)`, value: ms.length ? round(percentile(ms, 0.95)) : null, unit: 'ms', missing },
      { name: `${tag}   ${name} mean per request`, value: Number.isFinite(perRequest) ? round(perRequest) : null, unit: 'ms', missing },
    ];
  });
  const p95 = percentile(overheads, 0.95);
  void app;
  return [
    { name: `${tag} chunks of the patient`, value: chunks, unit: 'chunks' },
    { name: `${tag} latency p50`, value: round(percentile(totals, 0.5)), unit: 'ms' },
    { name: `${tag} latency p95`, value: round(percentile(totals, 0.95)), unit: 'ms' },
    { name: `${tag} inside the chat model p50`, value: round(percentile(models, 0.5)), unit: 'ms' },
    { name: `${tag} overhead (latency minus model) p50`, value: round(percentile(overheads, 0.5)), unit: 'ms' },
    { name: `${tag} overhead (latency minus model) p95`, value: round(p95), unit: 'ms', goal: `<= ${history.goalP95Ms} ms`, ok: p95 <= history.goalP95Ms },
    // CPU does not depend on the machine's other load as latency does (PostgreSQL's and Redis's own CPU is not in it).
    { name: `${tag} this process's CPU per request minus the model's time (API + in-process HTTP client)`, value: round(cpuPerRequest - modelPerRequest), unit: 'ms' },
    ...phaseMetrics,
  ];
}

/** Times the first of `methods` that `target` has (null when none: the report says so instead of NaN). */
function timeFirst(target: object, methods: string[]): SpanRecorder | null {
  const method = methods.find((name) => typeof (target as Record<string, unknown>)[name] === 'function');
  return method ? timeMethod(target as Record<string, unknown>, method) : null;
}

/**
 * A patient (with a key and every consent) whose READY sessions make up `history`, each session a
 * synthesized transcript indexed through the real IndexingService.
 */
export async function makePatientWithSessions(app: App, organizationId: string, history: History): Promise<Actor> {
  const therapist = await makeUser(app.db, organizationId, 'THERAPIST');
  const patient = await makeUser(app.db, organizationId, 'PATIENT');
  await app.db.careAssignment.create({ data: { organizationId, therapistId: therapist.user.id, patientId: patient.user.id } });
  await grantConsents(app.db, organizationId, patient.user.id, therapist.user.id, ['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']);
  const { indexing } = createPipeline(app, { name: 'unused', transcribe: () => Promise.reject(new Error('not used')) });
  const more = async (week: number) =>
    'chunks' in history ? (await app.db.sessionChunk.count({ where: { patientId: patient.user.id } })) < history.chunks : week <= history.sessions;
  // 150 words a minute (see synthesizeTranscript).
  const words = 'chunks' in history ? 9_000 : history.minutes * 150;
  for (let week = 1; await more(week); week++) {
    const segments = synthesizeTranscript(words, week);
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
