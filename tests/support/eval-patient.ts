import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { createPipeline } from '../../src/pipeline';
import type { Segment } from '../../src/transcripts/segment';
import type { World } from '../../devtools/factories';
import type { TestApi } from './harness';

/**
 * One development-set patient for retrieval tests that compare rankings on real conversations:
 * their whole history, another patient's first session, their questions and a few edge queries.
 */
const EVAL = process.env.EVAL_DIR ?? path.resolve(__dirname, '../../../shared/eval');

/** A development-set transcript as ../shared/eval stores it. */
export interface EvalTranscript {
  id: string;
  patient: string;
  utterances: { speaker: string; start: number; end: number; text: string }[];
}

const transcripts: EvalTranscript[] = readdirSync(path.join(EVAL, 'transcripts'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(EVAL, 'transcripts', f), 'utf8')) as EvalTranscript);

/** The first patient's sessions. */
export const mine = transcripts.filter((t) => t.patient === transcripts[0].patient);
/** Another patient's first session, to sit beside them. */
export const theirs = transcripts.find((t) => t.patient !== transcripts[0].patient)!;
/** The patient's own development questions. */
export const questions: string[] = readFileSync(path.join(EVAL, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { patient: string; question: string })
  .filter((q) => q.patient === transcripts[0].patient)
  .map((q) => q.question);
/** The patient's questions, plus repeated words, only common words, only stop words and an unknown word. */
export const QUERIES = [...questions, 'How do I feel about drinking and drinking again?', 'family work sleep stress', 'the and of um', 'zyzzyva'];

/** Stores `transcript` as a TRANSCRIBED session of `w`'s patient and indexes it; the session id. */
export async function indexTranscript(api: TestApi, w: World, transcript: EvalTranscript, recordedAt: Date): Promise<string> {
  const { db } = api.app;
  const session = await db.session.create({
    data: { organizationId: w.organizationId, patientId: w.patient.user.id, therapistId: w.therapist.user.id, status: 'TRANSCRIBED', mimeType: 'audio/wav', sizeBytes: 1000n, recordedAt },
  });
  const segments: Segment[] = transcript.utterances.map((u) => ({
    speaker: u.speaker === 'therapist' ? 'channel_0' : 'channel_1',
    role: u.speaker === 'therapist' ? 'THERAPIST' : 'PATIENT',
    start: u.start,
    end: u.end,
    text: u.text,
  }));
  await db.transcript.create({ data: { sessionId: session.id, organizationId: w.organizationId, patientId: w.patient.user.id, provider: 'test', model: 'eval', language: 'en', segments: segments as never } });
  const { indexing } = createPipeline(api.app, { name: 'unused', transcribe: () => Promise.reject(new Error('not used')) });
  expect(await indexing.index(session.id)).toBe('indexed');
  return session.id;
}
