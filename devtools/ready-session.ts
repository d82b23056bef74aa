import type { App } from '../src/app';
import type { GqlResult } from './graphql-client';
import type { World } from './factories';
import type { Segment } from '../src/transcripts/segment';
import { createPipeline } from '../src/pipeline';

/**
 * A READY session built through the real indexing path from a given transcript (as a worker would
 * after transcription), for tests about what happens after READY.
 */
export async function makeReadySession(api: { app: App }, world: World, turns: [speaker: 'Therapist' | 'Patient', text: string][], recordedAt = new Date('2026-03-03T10:00:00Z')): Promise<string> {
  const { db } = api.app;
  const session = await db.session.create({
    data: { organizationId: world.organizationId, patientId: world.patient.user.id, therapistId: world.therapist.user.id, status: 'TRANSCRIBED', mimeType: 'audio/wav', sizeBytes: 1000n, recordedAt },
  });
  let t = 0;
  const segments: Segment[] = turns.map(([who, text]) => {
    const start = t;
    t += Math.max(3, text.split(' ').length * 0.4);
    return { speaker: who === 'Therapist' ? 'channel_0' : 'channel_1', role: who === 'Therapist' ? 'THERAPIST' : 'PATIENT', start, end: t, text };
  });
  await db.transcript.create({ data: { sessionId: session.id, organizationId: world.organizationId, patientId: world.patient.user.id, provider: 'test', model: 'given', language: 'en', segments: segments as never } });
  const { indexing } = createPipeline(api.app, { name: 'unused', transcribe: () => Promise.reject(new Error('not used')) });
  await indexing.index(session.id);
  return session.id;
}

/** Grants every consent type for the world's patient. */
export async function grantAllConsents(api: { gql(key: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<unknown>> }, world: World): Promise<void> {
  for (const t of ['RECORDING', 'TRANSCRIPTION', 'AI_ANALYSIS']) {
    const res = await api.gql(world.patient.key, 'mutation($p: ID!, $t: ConsentType!) { grantConsent(input: {patientId: $p, type: $t}) { id } }', { p: world.patient.user.id, t });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}
