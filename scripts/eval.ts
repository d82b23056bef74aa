import 'reflect-metadata';
import 'dotenv/config';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { OfflineEmbedder } from '../src/offline/embedder/offline.embedder';
import { breakdowns, table } from './eval/crossval';
import { ingestFromAudio, type SpokenSession } from './eval/from-audio';
import { EvalSetMissing, loadEvalSet, type EvalSet } from './eval/inprocess';
import { summarize } from './eval/metrics';
import { runInProcess, writeReport } from './eval/report';
import { onSpokenTimeline } from './eval/spoken';
import { chatOutcomes, indexGivenTranscripts, passageRetrieval, type Ingested } from './eval/system';
import { parseVoices, type FestivalVoice } from './lib/dialogue';

const USAGE = `npm run eval -- [--dir DIR] [--patients p1,p2] [--report FILE] [--system | --from-audio [--voices …] [--audio-dir DIR]]

  (default)      the given transcripts through the product's answer path in process (chunker,
                 offline embedder, BM25 + vector fusion, utterances, offline answerer, citations):
                 a parameter grid, leave-one-patient-out figures per part, patient and difficulty,
                 and the long-history table. Needs no services.
  --system       the given transcripts indexed by the running system (PostgreSQL, pgvector, the
                 configured providers) and every question asked through the chat service.
  --from-audio   each transcript spoken with Festival voices, uploaded, transcribed and indexed by
                 the running system, then asked through the chat service (slow: use --patients).
  --dir          the eval set (default ../shared/eval next to the repository, or EVAL_DIR).
  --report       where the JSON report goes (default .run/eval/report.json).
  --readme       also write the tables into README.md between the eval markers.`;

const BEGIN = '<!-- npm run eval -- --readme: begin (generated) -->';
const END = '<!-- npm run eval -- --readme: end -->';

/** Puts the eval's tables between the README's markers. */
function replaceReadmeTables(file: string, tables: string): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${BEGIN} … ${END} block`);
  writeFileSync(file, `${text.slice(0, start + BEGIN.length)}\n\n${tables.trim()}\n\n${text.slice(end)}`);
  console.log('README.md: eval tables regenerated');
}

const ROOT = path.resolve(__dirname, '..');

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
}

/** The real system answers every question (given transcripts, or spoken and transcribed ones). */
async function runSystem(set: EvalSet, fromAudio: boolean, values: Record<string, string | boolean | undefined>) {
  // A harness setting only: the eval asks hundreds of questions as a handful of patients.
  const config = loadConfig({ ...process.env, CHAT_RATE_LIMIT_PER_HOUR: '1000000' });
  const app = createApp(config, createLogger({ level: 'warn', name: 'eval' }));
  let stopStack = () => {};
  let questions = set.questions;
  try {
    let ingested: Ingested;
    if (fromAudio) {
      const spoken = await ingestFromAudio({ base: `http://127.0.0.1:${config.http.port}`, db: app.db, transcripts: set.transcripts, voices: voicesOf(String(values.voices)), audioDir: path.resolve(String(values['audio-dir'])) });
      stopStack = () => spoken.stack.stop();
      const turnsOf = new Map(spoken.sessions.map((s) => [s.evalId, s.turns]));
      questions = questions.map((q) => onSpokenTimeline(q, (id) => turnsOf.get(id)));
      ingested = { principals: spoken.principals, evalIdOf: new Map(spoken.sessions.map((s) => [s.sessionId, s.evalId])) };
      printSpokenSessions(spoken.sessions);
    } else {
      ingested = await indexGivenTranscripts(app, set.transcripts);
    }
    const patientOf = new Map((await app.db.session.findMany({ where: { id: { in: [...ingested.evalIdOf.keys()] } }, select: { id: true, patientId: true } })).map((s) => [s.id, s.patientId]));
    const passages = await passageRetrieval(app, ingested, questions, patientOf);
    const { outcomes, crisisReplies } = await chatOutcomes(app, ingested, questions, patientOf);
    const source = fromAudio ? 'spoken recordings through upload, transcription and indexing' : 'given transcripts indexed by the running system';
    console.log(`\n${questions.length} questions, ${source}; embedder ${app.embedder.model}, chat model ${app.chatModel.name}; one new conversation per question\n`);
    console.log('Citations of the chat\'s answers (citation hit@k: a first-k citation in the right session within 20 s of the evidence):\n');
    const groups = breakdowns(outcomes);
    for (const [name, rows] of Object.entries(groups)) console.log(`by ${name}\n\n${table(rows)}\n`);
    const all = summarize(outcomes);
    console.log(`crisis replies (false alarms on this set): ${crisisReplies}; leaks (a citation from another patient): ${all.leak}\n`);
    console.log('Diagnostic: whole retrieved passages (overlap within 1 s; larger passages score higher)\n');
    console.log('| retrieval | hit@1 | hit@3 | hit@5 | MRR | hard hit@3 | leak |\n| --- | --- | --- | --- | --- | --- | --- |');
    for (const { mode, scores: s } of passages) console.log(`| ${mode} | ${s.hit1.toFixed(3)} | ${s.hit3.toFixed(3)} | ${s.hit5.toFixed(3)} | ${s.mrr.toFixed(3)} | ${s.hard.hit3.toFixed(3)} | ${s.leak} |`);
    return {
      mode: fromAudio ? 'from-audio' : 'system',
      embedder: app.embedder.model,
      chatModel: app.chatModel.name,
      tables: Object.fromEntries(Object.entries(groups).map(([name, rows]) => [name, rows.map(([group, o]) => ({ group, summary: summarize(o) }))])),
      crisisReplies,
      passages,
    };
  } finally {
    stopStack();
    await app.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: process.env.EVAL_DIR ?? path.resolve(ROOT, '../shared/eval') },
      patients: { type: 'string' },
      report: { type: 'string', default: path.join(ROOT, '.run/eval/report.json') },
      system: { type: 'boolean', default: false },
      'from-audio': { type: 'boolean', default: false },
      voices: { type: 'string', default: 'therapist=male,client=female' },
      'audio-dir': { type: 'string', default: path.join(ROOT, '.run/eval-audio') },
      readme: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  let set = loadEvalSet(path.resolve(values.dir!));
  const printed: string[] = [];
  if (values.patients) {
    const wanted = new Set(values.patients.split(',').map((p) => p.trim()));
    set = { transcripts: set.transcripts.filter((t) => wanted.has(t.patient)), questions: set.questions.filter((q) => wanted.has(q.patient)) };
    if (!set.transcripts.length) throw new EvalSetMissing(`--patients ${values.patients}: no such patient in ${values.dir}`);
  }
  const report = values.system || values['from-audio']
    ? await runSystem(set, values['from-audio']!, values)
    : { mode: 'in-process', ...(await runInProcess(set, new OfflineEmbedder(), path.join(ROOT, '.run/eval/cache'), { log: (line) => (console.log(line), printed.push(line)) })) };
  if (values.readme) {
    if (report.mode !== 'in-process' || values.patients) throw new Error('--readme regenerates the README from the whole set in process: drop --system, --from-audio and --patients');
    replaceReadmeTables(path.join(ROOT, 'README.md'), printed.join('\n'));
  }
  writeReport(path.resolve(values.report!), { generatedAt: new Date().toISOString(), dir: values.dir, ...report });
  console.log(`\nJSON report: ${path.relative(process.cwd(), path.resolve(values.report!))}`);
}

main().catch((error: Error) => {
  if (error instanceof EvalSetMissing) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`eval failed: ${error.stack}`);
  process.exit(1);
});
