/**
 * `npm run eval -- --system | --from-audio`: the running product answers every question through
 * the real chat service (PostgreSQL, pgvector, the configured providers), one new conversation each.
 */
import type { App } from '../../src/app';
import type { Principal } from '../../src/auth/principal';
import { createPipeline } from '../../src/pipeline';
import type { RetrievalMode } from '../../src/retrieval/retrieval.service';
import { segmentsOf } from './inprocess';
import type { EvalTranscript } from './from-audio';
import { citationRank, isHit, score, type EvalQuestion, type QuestionOutcome, type RetrievedSpan } from './metrics';

/** Each patient's principal, and the eval transcript id of each session made. */
export interface Ingested {
  principals: Map<string, Principal>;
  evalIdOf: Map<string, string>;
}

/** The given transcripts, stored as TRANSCRIBED sessions and indexed by the embed path. */
export async function indexGivenTranscripts(app: App, transcripts: EvalTranscript[]): Promise<Ingested> {
  const { indexing } = createPipeline(app, { name: 'none', transcribe: () => Promise.reject(new Error('the eval indexes given transcripts')) });
  const org = await app.db.organization.create({ data: { name: `eval ${new Date().toISOString()}` } });
  const therapist = await app.db.user.create({ data: { organizationId: org.id, role: 'THERAPIST', name: 'Eval therapist', email: `therapist@eval-${org.id}.test` } });
  const principals = new Map<string, Principal>();
  const evalIdOf = new Map<string, string>();
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
    await app.db.transcript.create({ data: { sessionId: session.id, organizationId: org.id, patientId, provider: 'eval', model: 'reference', language: 'en', segments: segmentsOf(t) as never } });
    await indexing.index(session.id);
    evalIdOf.set(session.id, t.id);
  }
  console.log(`indexed ${transcripts.length} sessions with ${app.embedder.model} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { principals, evalIdOf };
}

/** Passage-level retrieval (a diagnostic: whole passages, which reward size) for each mode. */
export async function passageRetrieval(app: App, ingested: Ingested, questions: EvalQuestion[], patientOf: Map<string, string>) {
  const rows: { mode: RetrievalMode; scores: ReturnType<typeof score> }[] = [];
  for (const mode of ['vector', 'text', 'hybrid'] as RetrievalMode[]) {
    const results = [];
    for (const question of questions) {
      const principal = ingested.principals.get(question.patient)!;
      const found = await app.retrieval.retrieve(principal, question.question, { limit: 10, mode });
      const chunks: RetrievedSpan[] = found.map((c) => ({ sessionId: ingested.evalIdOf.get(c.sessionId) ?? c.sessionId, patientId: patientOf.get(c.sessionId) ?? 'outside', start: c.startSec, end: c.endSec }));
      results.push({ question, chunks, askerPatientId: principal.userId });
    }
    rows.push({ mode, scores: score(results) });
  }
  return rows;
}

/** Every question through `app.chat` (crisis check, retrieval, model, citations), scored by its citations. */
export async function chatOutcomes(app: App, ingested: Ingested, questions: EvalQuestion[], patientOf: Map<string, string>): Promise<{ outcomes: QuestionOutcome[]; crisisReplies: number }> {
  const outcomes: QuestionOutcome[] = [];
  let crisisReplies = 0;
  for (const question of questions) {
    const principal = ingested.principals.get(question.patient)!;
    const reply = await app.chat.chat({ principal, requestId: `eval-${question.id}` }, { message: question.question });
    if (reply.crisis) crisisReplies++;
    const citations = ((reply.message.citations as unknown as { sessionId: string; startSec: number; endSec: number }[] | null) ?? []).map((c) => ({
      sessionId: ingested.evalIdOf.get(c.sessionId) ?? c.sessionId,
      patientId: patientOf.get(c.sessionId) ?? 'outside',
      start: c.startSec,
      end: c.endSec,
    }));
    outcomes.push({
      question,
      citationRank: question.type === 'answerable' ? citationRank(question, citations) : 0,
      passageRank: question.type === 'answerable' ? citations.findIndex((c) => isHit(question, c)) + 1 : 0,
      declined: citations.length === 0,
      leak: citations.some((c) => c.patientId !== principal.userId),
    });
  }
  return { outcomes, crisisReplies };
}
