import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Principal } from '../../src/auth/principal';
import type { Database } from '../../src/db/prisma';
import { OrganizationService } from '../../src/organizations/organization.service';
import { normalizeWords, wordErrorRate } from '../../src/offline/speech/word-alignment';
import { makeDialogue, type FestivalVoice, type ReferenceTurn } from '../lib/dialogue';
import { DemoClient, enrollPatient } from '../demo-client';
import { LocalStack } from '../local-stack';
import { spokenText, type SpokenTurn } from './spoken';

/** An eval transcript as ../shared/eval ships it. */
export interface EvalTranscript {
  id: string;
  patient: string;
  utterances: { speaker: string; start: number; end: number; text: string }[];
}

/** What the whole pipeline made of one spoken transcript. */
export interface SpokenSession {
  evalId: string;
  sessionId: string;
  turns: SpokenTurn[];
  durationSec: number;
  provider: string;
  wer: number;
  words: number;
  /** Share of reference words whose segment got the right role (therapist/client → THERAPIST/PATIENT). */
  roleAccuracy: number;
}

export interface FromAudioOptions {
  base: string;
  db: Database;
  transcripts: EvalTranscript[];
  /** Festival voice of the therapist and of the client. */
  voices: { therapist: FestivalVoice; client: FestivalVoice };
  /** Where the spoken recordings are kept between runs (they take minutes to synthesize). */
  audioDir: string;
}

/** Bump when the way recordings are made changes, so cached ones are made again. */
const RECORDING_VERSION = 2;

/**
 * Speaks each transcript as a stereo recording (therapist and client on their own channel, Festival
 * voices) and drives it through the product as a clinic would: an organization, a therapist and
 * the patients with API keys, consent granted by each patient, `uploadSession` as GraphQL
 * multipart, and `sessionStatus` over graphql-ws until the session is READY (transcribed by the
 * worker's transcriber, chunked and embedded). Returns each patient's principal and each session's
 * spoken timing, with the pipeline transcript's word error rate and role accuracy.
 */
export async function ingestFromAudio(options: FromAudioOptions): Promise<{ principals: Map<string, Principal>; sessions: SpokenSession[]; stack: LocalStack }> {
  const stack = new LocalStack(options.base);
  stack.onSignals();
  console.log((await stack.bringUp()) === 'existing' ? `using the API running at ${options.base}` : 'started the API and a worker');
  try {
    return { ...(await driveThroughApi(options)), stack };
  } catch (error) {
    stack.stop();
    throw error;
  }
}

async function driveThroughApi(options: FromAudioOptions): Promise<{ principals: Map<string, Principal>; sessions: SpokenSession[] }> {
  const graphql = `${options.base}/graphql`;

  const stamp = Date.now();
  const org = await new OrganizationService(options.db).createWithAdmin({ name: `eval from audio ${new Date(stamp).toISOString()}`, adminEmail: `admin+${stamp}@eval.test` });
  const admin = new DemoClient(graphql, org.apiKey);
  const createUser = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }';
  const issueKey = 'mutation($u: ID!, $n: String!) { createApiKey(input: {userId: $u, name: $n}) { secret } }';
  const keyFor = async (userId: string, name: string) => (await admin.request<{ createApiKey: { secret: string } }>(issueKey, { u: userId, n: name })).createApiKey.secret;
  const therapistId = (await admin.request<{ createUser: { id: string } }>(createUser, { i: { email: `therapist+${stamp}@eval.test`, name: 'Eval therapist', role: 'THERAPIST' } })).createUser.id;
  const therapist = new DemoClient(graphql, await keyFor(therapistId, 'eval therapist'));

  const principals = new Map<string, Principal>();
  for (const name of [...new Set(options.transcripts.map((t) => t.patient))]) {
    const patientId = (await admin.request<{ createUser: { id: string } }>(createUser, { i: { email: `${name}+${stamp}@eval.test`, name, role: 'PATIENT' } })).createUser.id;
    await admin.request('mutation($p: ID!, $t: ID!) { assignTherapist(patientId: $p, therapistId: $t) { id } }', { p: patientId, t: therapistId });
    const patient = new DemoClient(graphql, await enrollPatient(therapist, patientId, `eval ${name}`));
    for (const type of ['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']) {
      await patient.request('mutation($p: ID!, $t: ConsentType!) { grantConsent(input: {patientId: $p, type: $t}) { id } }', { p: patientId, t: type });
    }
    principals.set(name, { organizationId: org.organizationId, userId: patientId, role: 'PATIENT', apiKeyId: 'eval' });
  }

  const recordings = [];
  for (const transcript of options.transcripts) recordings.push({ transcript, ...(await speak(transcript, options)) });

  const started = performance.now();
  const sessions = await Promise.all(
    recordings.map(async ({ transcript, file, turns, durationSec }) => {
      const { uploadSession } = await therapist.upload<{ uploadSession: { id: string } }>(
        'mutation($input: UploadSessionInput!) { uploadSession(input: $input) { id } }',
        { input: { patientId: principals.get(transcript.patient)!.userId, recordedAt: new Date(stamp).toISOString() } },
        file,
      );
      let final = { status: '', error: null as string | null };
      await therapist.follow<{ sessionStatus: { status: string; error: string | null } }>(
        'subscription($id: ID!) { sessionStatus(sessionId: $id) { status error } }',
        { id: uploadSession.id },
        ({ sessionStatus }) => {
          if (sessionStatus.status !== final.status) console.log(`  ${transcript.id.padEnd(11)} ${sessionStatus.status} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
          final = sessionStatus;
          return sessionStatus.status === 'READY' || sessionStatus.status === 'FAILED';
        },
      );
      if (final.status !== 'READY') throw new Error(`${transcript.id}: the session ended ${final.status}${final.error ? ` (${final.error})` : ''}`);
      const { transcript: made } = await therapist.request<{ transcript: { provider: string; model: string; segments: { role: string; start: number; end: number; text: string }[] } }>(
        'query($id: ID!) { transcript(sessionId: $id) { provider model segments { role start end text } } }',
        { id: uploadSession.id },
      );
      return { evalId: transcript.id, sessionId: uploadSession.id, turns, durationSec, provider: `${made.provider}/${made.model}`, ...compare(turns, made.segments) };
    }),
  );
  console.log(`transcribed and indexed ${sessions.length} recordings (${(sessions.reduce((s, r) => s + r.durationSec, 0) / 60).toFixed(1)} min of audio) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { principals, sessions };
}

/** Synthesizes (or reuses) the stereo recording of one transcript; channel 0 is the therapist. */
async function speak(transcript: EvalTranscript, options: FromAudioOptions): Promise<{ file: string; turns: ReferenceTurn[]; durationSec: number }> {
  const turns = transcript.utterances.map((u) => ({ speaker: u.speaker === 'therapist' ? 'therapist' : 'client', text: spokenText(u.text) }));
  const key = createHash('sha256').update(JSON.stringify({ RECORDING_VERSION, turns, voices: options.voices })).digest('hex').slice(0, 12);
  const name = `${transcript.id}-${key}`;
  const file = path.join(options.audioDir, `${name}.wav`);
  const referencePath = path.join(options.audioDir, `${name}.reference.json`);
  if (existsSync(file) && existsSync(referencePath)) {
    const reference = JSON.parse(await readFile(referencePath, 'utf8')) as { durationSec: number; turns: ReferenceTurn[] };
    return { file, ...reference };
  }
  await mkdir(options.audioDir, { recursive: true });
  const started = performance.now();
  const dialogue = await makeDialogue({
    turns,
    outDir: options.audioDir,
    name,
    speakers: [{ id: 'therapist', voice: options.voices.therapist }, { id: 'client', voice: options.voices.client }],
  });
  await rm(dialogue.monoPath, { force: true });
  await rename(dialogue.stereoPath, file);
  console.log(`  spoke ${transcript.id}: ${(dialogue.durationSec / 60).toFixed(1)} min in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { file, turns: dialogue.turns, durationSec: dialogue.durationSec };
}

/** Word error rate of the pipeline's transcript, and the share of reference words given the right role. */
function compare(turns: ReferenceTurn[], segments: { role: string; start: number; end: number; text: string }[]): { wer: number; words: number; roleAccuracy: number } {
  const reference = turns.flatMap((t) => normalizeWords(t.text));
  const ordered = [...segments].sort((a, b) => a.start - b.start);
  const wer = wordErrorRate(reference, ordered.flatMap((s) => normalizeWords(s.text)));
  let right = 0;
  for (const turn of turns) {
    const expected = turn.speaker === 'therapist' ? 'THERAPIST' : 'PATIENT';
    const overlapping = ordered.filter((s) => s.start < turn.end && s.end > turn.start);
    const words = normalizeWords(turn.text).length;
    const heard = overlapping.reduce((sum, s) => sum + normalizeWords(s.text).length, 0);
    const heardRight = overlapping.filter((s) => s.role === expected).reduce((sum, s) => sum + normalizeWords(s.text).length, 0);
    if (heard > 0) right += (words * heardRight) / heard;
  }
  return { wer, words: reference.length, roleAccuracy: reference.length ? right / reference.length : 1 };
}
