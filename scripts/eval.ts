import 'reflect-metadata';
import 'dotenv/config';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, type App } from '../src/app';
import type { Principal } from '../src/auth/principal';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createPipeline } from '../src/pipeline';
import type { RetrievalMode } from '../src/retrieval/retrieval.service';
import type { Segment } from '../src/transcripts/segment';
import { parseVoices, type FestivalVoice } from './lib/dialogue';
import { ingestFromAudio, type EvalTranscript, type SpokenSession } from './eval/from-audio';
import { type EvalQuestion, type RetrievedSpan, score, scoreAnswers } from './eval/metrics';
import { onSpokenTimeline } from './eval/spoken';

/**
 * `npm run eval`: ingests ../shared/eval (see its README) and prints hit@k, MRR and leaks for
 * vector-only, full-text-only and hybrid retrieval, each question scoped to the asking patient.
 *
 *   npm run eval                       the given transcripts through the real indexing path
 *                                      (chunker, embedder, pgvector, full text)
 *   npm run eval -- --from-audio       each transcript spoken as a stereo recording with Festival's
 *        [--voices therapist=male,client=female] [--audio-dir .run/eval-audio]
 *                                      voices, uploaded, transcribed and indexed by the running
 *                                      system (the API and a worker are started when none answers);
 *                                      evidence spans follow the spoken timing
 *
 * EVAL_DIR overrides where the set is read from.
 */
const ROOT = path.resolve(__dirname, '..');
const EVAL_DIR = process.env.EVAL_DIR ?? path.resolve(ROOT, '../shared/eval');

/** Each patient's principal, and the eval transcript id of each session made. */
interface Ingested {
  principals: Map<string, Principal>;
  evalIdOf: Map<string, string>;
}

/** The given transcripts, stored as TRANSCRIBED sessions and indexed by the embed path. */
async function indexGivenTranscripts(app: App, transcripts: EvalTranscript[]): Promise<Ingested> {
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
    const segments: Segment[] = t.utterances.map((u) => ({ speaker: u.speaker, role: u.speaker === 'therapist' ? 'THERAPIST' : 'PATIENT', start: u.start, end: u.end, text: u.text }));
    await app.db.transcript.create({ data: { sessionId: session.id, organizationId: org.id, patientId, provider: 'eval', model: 'reference', language: 'en', segments: segments as never } });
    await indexing.index(session.id);
    evalIdOf.set(session.id, t.id);
  }
  console.log(`indexed ${transcripts.length} sessions with ${app.embedder.model} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { principals, evalIdOf };
}

/** The therapist's and the client's voice from `--voices`. */
function voicesOf(spec: string): { therapist: FestivalVoice; client: FestivalVoice } {
  const voices = new Map(parseVoices(spec).map((s) => [s.id, s.voice]));
  const therapist = voices.get('therapist');
  const client = voices.get('client');
  if (!therapist || !client) throw new Error(`--voices: name both therapist and client (got ${spec})`);
  return { therapist, client };
}

function printSpokenSessions(sessions: SpokenSession[]): void {
  const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
  console.log(`\nthe pipeline's transcripts (${sessions[0]?.provider}) against the spoken text\n`);
  console.log('| session | minutes | words | WER | words with the right role |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const s of sessions) console.log(`| ${s.evalId} | ${(s.durationSec / 60).toFixed(1)} | ${s.words} | ${percent(s.wer)} | ${percent(s.roleAccuracy)} |`);
  const words = sessions.reduce((sum, s) => sum + s.words, 0);
  const weighted = (f: (s: SpokenSession) => number) => sessions.reduce((sum, s) => sum + f(s) * s.words, 0) / Math.max(1, words);
  console.log(`| all | ${(sessions.reduce((sum, s) => sum + s.durationSec, 0) / 60).toFixed(1)} | ${words} | ${percent(weighted((s) => s.wer))} | ${percent(weighted((s) => s.roleAccuracy))} |`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'from-audio': { type: 'boolean', default: false },
      voices: { type: 'string', default: 'therapist=male,client=female' },
      'audio-dir': { type: 'string', default: path.join(ROOT, '.run/eval-audio') },
    },
  });
  const config = loadConfig();
  const app = createApp(config, createLogger({ level: 'warn', name: 'eval' }));
  const transcripts = readdirSync(path.join(EVAL_DIR, 'transcripts'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(EVAL_DIR, 'transcripts', f), 'utf8')) as EvalTranscript);
  let questions = readFileSync(path.join(EVAL_DIR, 'questions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as EvalQuestion);

  let ingested: Ingested;
  let stopStack = () => {};
  if (values['from-audio']) {
    const spoken = await ingestFromAudio({
      base: `http://127.0.0.1:${config.http.port}`,
      db: app.db,
      transcripts,
      voices: voicesOf(values.voices!),
      audioDir: path.resolve(values['audio-dir']!),
    });
    stopStack = () => spoken.stack.stop();
    const turnsOf = new Map(spoken.sessions.map((s) => [s.evalId, s.turns]));
    questions = questions.map((q) => onSpokenTimeline(q, (id) => turnsOf.get(id)));
    ingested = { principals: spoken.principals, evalIdOf: new Map(spoken.sessions.map((s) => [s.sessionId, s.evalId])) };
    printSpokenSessions(spoken.sessions);
  } else {
    ingested = await indexGivenTranscripts(app, transcripts);
  }

  try {
    const patientOf = new Map((await app.db.session.findMany({ where: { id: { in: [...ingested.evalIdOf.keys()] } }, select: { id: true, patientId: true } })).map((s) => [s.id, s.patientId]));
    const rows: string[] = [];
    for (const mode of ['vector', 'text', 'hybrid'] as RetrievalMode[]) {
      const results = [];
      for (const question of questions) {
        const principal = ingested.principals.get(question.patient)!;
        const found = await app.retrieval.retrieve(principal, question.question, { limit: 10, mode });
        const chunks: RetrievedSpan[] = found.map((c) => ({
          sessionId: ingested.evalIdOf.get(c.sessionId) ?? c.sessionId,
          patientId: patientOf.get(c.sessionId) ?? 'a session outside this eval',
          start: c.startSec,
          end: c.endSec,
        }));
        results.push({ question, chunks, askerPatientId: principal.userId });
      }
      const s = score(results);
      const f = (n: number) => n.toFixed(3);
      rows.push(`| ${mode} | ${f(s.hit1)} | ${f(s.hit3)} | ${f(s.hit5)} | ${f(s.mrr)} | ${f(s.normal.hit3)} / ${f(s.normal.mrr)} | ${f(s.hard.hit3)} / ${f(s.hard.mrr)} | ${s.leak} |`);
    }
    const answers = [];
    for (const question of questions) {
      const principal = ingested.principals.get(question.patient)!;
      const reply = await app.chat.chat({ principal, requestId: `eval-${question.id}` }, { message: question.question });
      const citations = (reply.message.citations as unknown as { sessionId: string; startSec: number; endSec: number }[] | null) ?? [];
      answers.push({
        question,
        askerPatientId: principal.userId,
        answer: {
          notFound: !reply.crisis && citations.length === 0,
          crisis: reply.crisis,
          citations: citations.map((c) => ({ sessionId: ingested.evalIdOf.get(c.sessionId) ?? c.sessionId, patientId: patientOf.get(c.sessionId) ?? 'a session outside this eval', start: c.startSec, end: c.endSec })),
        },
      });
    }
    const a = scoreAnswers(answers);

    const source = values['from-audio'] ? 'spoken recordings through upload, transcription and indexing' : 'given transcripts';
    console.log(`\n${questions.length} questions (${questions.filter((q) => q.type === 'answerable').length} answerable), ${source}, embedder ${app.embedder.model}, MRR cutoff 10\n`);
    console.log('| retrieval | hit@1 | hit@3 | hit@5 | MRR | normal hit@3 / MRR | hard hit@3 / MRR | leak |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    rows.forEach((r) => console.log(r));
    const f = (n: number) => n.toFixed(3);
    console.log(`\nanswers of the assistant (chat, model ${app.chatModel.name}), one new conversation per question\n`);
    console.log('| answerable: cites the evidence | answerable: "nothing found" | foreign: declined, nothing cited | crisis replies | leak |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| ${f(a.citesEvidence)} (of ${a.answerable}) | ${f(a.answerableNotFound)} | ${f(a.foreignDeclined)} (of ${a.foreign}) | ${a.crisisReplies} | ${a.leak} |`);
  } finally {
    stopStack();
    await app.close();
  }
}

main().catch((error: Error) => {
  console.error(`eval failed: ${error.stack}`);
  process.exit(1);
});
