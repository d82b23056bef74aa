import 'reflect-metadata';
import 'dotenv/config';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../src/app';
import type { Principal } from '../src/auth/principal';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createPipeline } from '../src/pipeline';
import type { RetrievalMode } from '../src/retrieval/retrieval.service';
import type { Segment } from '../src/transcripts/segment';
import { type EvalQuestion, type RetrievedSpan, score } from './eval/metrics';

/**
 * `npm run eval`: ingests ../shared/eval through the real indexing path (chunker, embedder,
 * pgvector, full-text) in a fresh organization and prints hit@k, MRR and leaks for vector-only,
 * full-text-only and hybrid retrieval, each question scoped to the asking patient.
 */
const EVAL_DIR = process.env.EVAL_DIR ?? path.resolve(__dirname, '../../shared/eval');

interface EvalTranscript {
  id: string;
  patient: string;
  utterances: { speaker: string; start: number; end: number; text: string }[];
}

async function main(): Promise<void> {
  const config = loadConfig();
  const app = createApp(config, createLogger({ level: 'warn', name: 'eval' }));
  const { indexing } = createPipeline(app, { name: 'none', transcribe: () => Promise.reject(new Error('the eval indexes given transcripts')) });
  const transcripts = readdirSync(path.join(EVAL_DIR, 'transcripts')).map((f) => JSON.parse(readFileSync(path.join(EVAL_DIR, 'transcripts', f), 'utf8')) as EvalTranscript);
  const questions = readFileSync(path.join(EVAL_DIR, 'questions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as EvalQuestion);

  const org = await app.db.organization.create({ data: { name: `eval ${new Date().toISOString()}` } });
  const therapist = await app.db.user.create({ data: { organizationId: org.id, role: 'THERAPIST', name: 'Eval therapist', email: `therapist@eval-${org.id}.test` } });
  const principals = new Map<string, Principal>();
  const sessionOf = new Map<string, string>();
  for (const name of [...new Set(transcripts.map((t) => t.patient))]) {
    const patient = await app.db.user.create({ data: { organizationId: org.id, role: 'PATIENT', name, email: `${name}@eval-${org.id}.test` } });
    await app.db.consentRecord.create({ data: { organizationId: org.id, patientId: patient.id, type: 'AI_ANALYSIS', status: 'GRANTED', actorUserId: patient.id } });
    principals.set(name, { organizationId: org.id, userId: patient.id, role: 'PATIENT', apiKeyId: 'eval' });
  }
  const started = performance.now();
  for (const t of transcripts) {
    const patientId = principals.get(t.patient)!.userId;
    const session = await app.db.session.create({
      data: { organizationId: org.id, patientId, therapistId: therapist.id, status: 'TRANSCRIBED', mimeType: 'audio/wav', sizeBytes: 0n, recordedAt: new Date() },
    });
    const segments: Segment[] = t.utterances.map((u) => ({ speaker: u.speaker, role: u.speaker === 'therapist' ? 'THERAPIST' : 'PATIENT', start: u.start, end: u.end, text: u.text }));
    await app.db.transcript.create({ data: { sessionId: session.id, organizationId: org.id, patientId, provider: 'eval', model: 'reference', language: 'en', segments: segments as never } });
    await indexing.index(session.id);
    sessionOf.set(session.id, t.id);
  }
  console.log(`indexed ${transcripts.length} sessions with ${app.embedder.model} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const rows: string[] = [];
  for (const mode of ['vector', 'text', 'hybrid'] as RetrievalMode[]) {
    const results = [];
    for (const question of questions) {
      const principal = principals.get(question.patient)!;
      const found = await app.retrieval.retrieve(principal, question.question, { limit: 10, mode });
      const chunks: RetrievedSpan[] = await Promise.all(
        found.map(async (c) => ({ sessionId: sessionOf.get(c.sessionId)!, patientId: (await app.db.session.findUniqueOrThrow({ where: { id: c.sessionId } })).patientId, start: c.startSec, end: c.endSec })),
      );
      results.push({ question, chunks, askerPatientId: principal.userId });
    }
    const s = score(results);
    const f = (n: number) => n.toFixed(3);
    rows.push(`| ${mode} | ${f(s.hit1)} | ${f(s.hit3)} | ${f(s.hit5)} | ${f(s.mrr)} | ${f(s.normal.hit3)} / ${f(s.normal.mrr)} | ${f(s.hard.hit3)} / ${f(s.hard.mrr)} | ${s.leak} |`);
  }
  console.log(`\n${questions.length} questions (${questions.filter((q) => q.type === 'answerable').length} answerable), embedder ${app.embedder.model}, MRR cutoff 10\n`);
  console.log('| retrieval | hit@1 | hit@3 | hit@5 | MRR | normal hit@3 / MRR | hard hit@3 / MRR | leak |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  rows.forEach((r) => console.log(r));
  await app.close();
}

main().catch((error: Error) => {
  console.error(`eval failed: ${error.stack}`);
  process.exit(1);
});
