/**
 * Indexing a 60-minute session: chunk + embed (offline embedder) + store through the real
 * IndexingService, as the embed worker runs it. Goal: at most 5 s per session, so a worker keeps up
 * with a clinic's uploads and a patient can ask about a session minutes after it ends.
 *
 *   npx tsx bench/embed.ts        (BENCH_WORDS=9000 by default: 60 minutes at 150 words a minute)
 *
 * The transcript is synthesized from sentences of the eval transcripts (therapist and patient
 * turns alternating, with timestamps). The session is indexed twice: first in this fresh process
 * (the tokenizer and word vectors load on first use, as in a worker's first job), then again warm.
 */
import 'reflect-metadata';
import 'dotenv/config';
import path from 'node:path';
import type { App } from '../src/app';
import { loadConfig } from '../src/config';
import { createPipeline } from '../src/pipeline';
import { OfflineEmbedder } from '../src/offline/embedder/offline.embedder';
import type { ChunkRepository } from '../src/retrieval/chunk.repository';
import { chunkTranscript } from '../src/retrieval/chunker';
import type { Segment } from '../src/transcripts/segment';
import { makeUser } from '../devtools/factories';
import { benchEnv, createBenchApp, grantConsents, makeBenchOrganization, removeBenchOrganization } from './lib/app';
import { runAsMain } from './lib/main';
import type { BenchMetric, BenchResult } from './lib/result';
import { envNumber, round } from './lib/stats';
import { SpanRecorder, TimedEmbedder, totalMs } from './lib/timing';
import { synthesizeTranscript } from './lib/transcript';

const GOAL_MS = 5_000;

/** Where one indexing run spent its time. */
interface IndexingTimes {
  totalMs: number;
  /** Session and consent reads, the EMBEDDING transition and chunking: everything before the embed call. */
  beforeEmbedMs: number;
  embedMs: number;
  /** replaceForSession: delete the old chunks, insert the new ones. */
  storeMs: number;
  /** The consent lock and re-check, commit and the READY transition. */
  restMs: number;
}

/** Indexes one synthesized session twice (cold, then warm) and reports where the time went. */
export async function run(words = envNumber('BENCH_WORDS', 9_000)): Promise<BenchResult> {
  const env = benchEnv();
  const embedder = new TimedEmbedder(new OfflineEmbedder({ cacheDir: path.resolve(loadConfig(env).offline.embeddingsCacheDir) }));
  const app = createBenchApp(env, { embedder });
  const store = timeStores(app.chunks);
  const organizationId = await makeBenchOrganization(app.db, 'embed');
  try {
    const segments = synthesizeTranscript(words);
    const sessionId = await makeTranscribedSession(app, organizationId, segments);
    const { indexing } = createPipeline(app, { name: 'unused', transcribe: () => Promise.reject(new Error('not used')) });
    const indexOnce = async (): Promise<IndexingTimes> => {
      const started = performance.now();
      const outcome = await indexing.index(sessionId);
      if (outcome !== 'indexed') throw new Error(`indexing answered ${outcome}`);
      return breakdown(performance.now() - started, started, embedder.spans, store);
    };
    const cold = await indexOnce();
    const warm = await indexOnce();
    const chunkStarted = performance.now();
    const chunks = chunkTranscript(segments);
    const chunkMs = performance.now() - chunkStarted;
    const stored = await app.db.sessionChunk.count({ where: { sessionId } });
    if (stored !== chunks.length) throw new Error(`expected ${chunks.length} stored chunks, found ${stored}`);
    return {
      name: `embed (one ${Math.round(segments[segments.length - 1].end / 60)}-minute session, offline embedder ${embedder.model})`,
      metrics: [
        { name: 'words', value: words, unit: 'words' },
        { name: 'utterances', value: segments.length, unit: 'utterances' },
        { name: 'chunks stored', value: stored, unit: 'chunks' },
        ...describe('first run (cold process)', cold),
        ...describe('second run (warm)', warm),
        { name: 'chunkTranscript alone (warm)', value: round(chunkMs), unit: 'ms' },
      ],
    };
  } finally {
    await removeBenchOrganization(app.db, organizationId).catch((error: unknown) => console.error('[embed] cleanup failed:', error));
    await app.close();
  }
}

/** A session that has just been transcribed, with the given transcript, in a fresh therapist–patient pair. */
async function makeTranscribedSession(app: App, organizationId: string, segments: Segment[]): Promise<string> {
  const therapist = await makeUser(app.db, organizationId, 'THERAPIST');
  const patient = await makeUser(app.db, organizationId, 'PATIENT');
  await grantConsents(app.db, organizationId, patient.user.id, therapist.user.id, ['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']);
  const duration = segments[segments.length - 1].end;
  const session = await app.db.session.create({
    data: { organizationId, patientId: patient.user.id, therapistId: therapist.user.id, status: 'TRANSCRIBED', mimeType: 'audio/wav', sizeBytes: BigInt(Math.round(duration * 32_000)), durationSec: duration, recordedAt: new Date() },
  });
  await app.db.transcript.create({ data: { sessionId: session.id, organizationId, patientId: patient.user.id, provider: 'bench', model: 'synthesized', language: 'en', segments: segments as never } });
  return session.id;
}

/** Wraps the repository's replaceForSession (the store step) with a timer, on this instance only. */
function timeStores(chunks: ChunkRepository): SpanRecorder {
  const spans = new SpanRecorder();
  const replace = chunks.replaceForSession.bind(chunks);
  chunks.replaceForSession = (...args) => spans.time(() => replace(...args));
  return spans;
}

function breakdown(total: number, started: number, embedSpans: SpanRecorder, storeSpans: SpanRecorder): IndexingTimes {
  const embeds = embedSpans.take();
  const stores = storeSpans.take();
  const beforeEmbedMs = (embeds[0]?.startedAt ?? stores[0]?.startedAt ?? started) - started;
  const embedMs = totalMs(embeds);
  const storeMs = totalMs(stores);
  return { totalMs: total, beforeEmbedMs, embedMs, storeMs, restMs: total - beforeEmbedMs - embedMs - storeMs };
}

function describe(label: string, times: IndexingTimes): BenchMetric[] {
  return [
    { name: `${label}: total`, value: round(times.totalMs), unit: 'ms', goal: `<= ${GOAL_MS} ms`, ok: times.totalMs <= GOAL_MS },
    { name: `${label}: reads + chunking`, value: round(times.beforeEmbedMs), unit: 'ms' },
    { name: `${label}: embed`, value: round(times.embedMs), unit: 'ms' },
    { name: `${label}: store`, value: round(times.storeMs), unit: 'ms' },
    { name: `${label}: lock, commit, READY`, value: round(times.restMs), unit: 'ms' },
  ];
}

if (require.main === module) runAsMain('embed', () => run());
