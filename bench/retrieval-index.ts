/**
 * The per-patient in-process retrieval index (src/retrieval/patient-index-cache.ts) against the
 * PostgreSQL searches, on the same patient in the same process, calls interleaved (one with the
 * index, one without, and so on) so the machine's other load weighs on both alike:
 * RetrievalService.retrieveForAnswer (query embedding, vector and BM25 candidates, fusion, segment
 * windows), wall time p50/p95, this process's CPU per call and the SQL statements per call.
 *
 *   npx tsx bench/retrieval-index.ts   (BENCH_CHUNKS=1000, BENCH_REQUESTS=200)
 */
import 'reflect-metadata';
import 'dotenv/config';
import path from 'node:path';
import type { Principal } from '../src/auth/principal';
import { loadConfig } from '../src/config';
import { OfflineEmbedder } from '../src/offline/embedder/offline.embedder';
import { PatientIndexCache } from '../src/retrieval/patient-index-cache';
import { PatientIndexRepository } from '../src/retrieval/patient-index.repository';
import { DEFAULT_FUSION, RetrievalService } from '../src/retrieval/retrieval.service';
import { makePatientWithSessions } from './chat';
import { benchEnv, createBenchApp, makeBenchOrganization, removeBenchOrganization } from './lib/app';
import { counting } from './lib/counting';
import { runAsMain } from './lib/main';
import type { BenchMetric, BenchResult } from './lib/result';
import { envNumber, percentile, round } from './lib/stats';

const QUESTIONS = [
  'What did we say about cutting down on drinking?', 'What did my therapist suggest for sleeping better?', 'When did I talk about my family?',
  'What were my reasons for wanting to quit smoking?', 'What did we discuss about exercise?', 'Did I mention feeling stressed at work?',
  'What goals did we set last time?', 'What did I say about my health?', 'How did I feel about going back to school?',
];
const WARM_UP = 10;

/** Builds one patient, then times retrieveForAnswer with and without the index, interleaved. */
export async function run(requests = envNumber('BENCH_REQUESTS', 200), chunks = envNumber('BENCH_CHUNKS', 1_000)): Promise<BenchResult> {
  const env = benchEnv();
  const app = createBenchApp(env, { embedder: new OfflineEmbedder({ cacheDir: path.resolve(loadConfig(env).offline.embeddingsCacheDir) }) });
  const organizationId = await makeBenchOrganization(app.db, 'retrieval-index');
  try {
    const patient = await makePatientWithSessions(app, organizationId, { label: 'bench', goalP95Ms: 0, chunks });
    await app.db.$executeRawUnsafe('ANALYZE sessions, session_chunks, chunk_postings');
    const principal: Principal = { organizationId, userId: patient.user.id, role: 'PATIENT', apiKeyId: 'bench' };
    let statements = 0;
    const counted = counting(app.chunks, () => statements++);
    const cache = new PatientIndexCache(counting(new PatientIndexRepository(app.db), () => statements++));
    const arms = {
      'in-process index': { service: new RetrievalService(counted, app.embedder, DEFAULT_FUSION, null, cache), wall: [] as number[], cpu: 0, statements: 0 },
      PostgreSQL: { service: new RetrievalService(counted, app.embedder, DEFAULT_FUSION, null, null), wall: [] as number[], cpu: 0, statements: 0 },
    };
    const buildStarted = performance.now();
    await arms['in-process index'].service.retrieveForAnswer(principal, QUESTIONS[0]);
    await cache.whenBuilt(principal);
    const buildMs = performance.now() - buildStarted;
    for (let i = 0; i < WARM_UP + requests; i++) {
      for (const arm of i % 2 ? Object.values(arms) : Object.values(arms).reverse()) {
        const before = statements;
        const cpu = process.cpuUsage();
        const started = performance.now();
        const { knownStems } = await arm.service.retrieveForAnswer(principal, QUESTIONS[i % QUESTIONS.length]);
        await knownStems(['drink', 'sleep', 'zyzzyva']);
        if (i < WARM_UP) continue;
        arm.wall.push(performance.now() - started);
        const used = process.cpuUsage(cpu);
        arm.cpu += (used.user + used.system) / 1000;
        arm.statements += statements - before;
      }
    }
    if (!cache.has(principal)) throw new Error('the index was not built');
    const metrics: BenchMetric[] = [
      { name: 'chunks of the patient', value: await app.db.sessionChunk.count({ where: { patientId: patient.user.id } }), unit: 'chunks' },
      { name: 'index build (first request, background), wall', value: round(buildMs), unit: 'ms' },
      { name: 'index size (the cache\'s estimate, what RETRIEVAL_INDEX_CACHE_MB bounds)', value: round(cache.lookup(principal, await cache.state(principal), app.embedder.model)!.bytes / 2 ** 20), unit: 'MiB' },
    ];
    for (const [name, arm] of Object.entries(arms)) {
      metrics.push(
        { name: `${name}: retrieveForAnswer p50`, value: round(percentile(arm.wall, 0.5)), unit: 'ms' },
        { name: `${name}: retrieveForAnswer p95`, value: round(percentile(arm.wall, 0.95)), unit: 'ms' },
        { name: `${name}: this process's CPU per call`, value: round(arm.cpu / requests), unit: 'ms' },
        { name: `${name}: SQL statements per call (searches and windows)`, value: round(arm.statements / requests), unit: '' },
      );
    }
    return { name: `retrieval from the in-process index vs PostgreSQL (${requests} calls each, interleaved)`, metrics };
  } finally {
    await removeBenchOrganization(app.db, organizationId).catch((error: unknown) => console.error('[retrieval-index] cleanup failed:', error));
    await app.close();
  }
}

if (require.main === module) runAsMain('retrieval-index', () => run());
