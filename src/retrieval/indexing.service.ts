import type { ConsentService } from '../consent/consent.service';
import { lockConsent } from '../consent/consent.service';
import type { Database, Session } from '../db/prisma';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { Embedder } from '../providers/embedder';
import { SessionRepository } from '../sessions/session.repository';
import type { SessionStatusWriter } from '../sessions/session-status';
import type { Segment } from '../transcripts/segment';
import type { ChunkRepository } from './chunk.repository';
import { type ChunkOptions, chunkTranscript } from './chunker';

/** What an indexing run did. */
export type IndexingOutcome = 'indexed' | 'gone' | 'not-transcribed';

/**
 * Transcript → chunks → embeddings → pgvector. Consent AI_ANALYSIS is checked before the work and
 * again under its lock in the transaction that replaces the session's chunks, so a retried or
 * duplicated job always leaves exactly one set of chunks, and none after a revoke.
 */
export class IndexingService {
  constructor(
    private readonly deps: {
      db: Database;
      chunks: ChunkRepository;
      consent: ConsentService;
      status: SessionStatusWriter;
      embedder: Embedder;
      log: Logger;
      chunkOptions?: ChunkOptions;
    },
  ) {
    this.sessions = new SessionRepository(deps.db);
  }

  private readonly sessions: SessionRepository;

  /** Indexes one session and marks it READY; CONSENT_REQUIRED (after marking it FAILED) when consent is gone. */
  async index(sessionId: string): Promise<IndexingOutcome> {
    const { status, log } = this.deps;
    const session = await this.sessions.findLiveWithSegments(sessionId);
    if (!session) return 'gone';
    if (!session.transcript) return 'not-transcribed';
    // A FAILED session (e.g. consent revoked) is not indexed again until retried explicitly.
    if (session.status === 'FAILED') return 'gone';
    if (!(await this.deps.consent.isGranted(session.patientId, 'AI_ANALYSIS'))) await this.failForConsent(session);
    const started = await status.transition(session.id, 'EMBEDDING', { case: 'indexing.start' });
    if (!started) return 'gone';

    const chunks = chunkTranscript(session.transcript.segments as unknown as Segment[], this.deps.chunkOptions);
    const vectors = chunks.length ? await this.deps.embedder.embed(chunks.map((c) => c.text), 'document') : [];
    const stored = await this.deps.chunks.transaction(
      async (tx) => {
        await lockConsent(tx, session.patientId, 'AI_ANALYSIS');
        if (!(await this.deps.consent.isGranted(session.patientId, 'AI_ANALYSIS'))) return false;
        await this.deps.chunks.replaceForSession(tx, session, chunks, vectors, this.deps.embedder.model);
        return true;
      },
      { timeoutMs: 60_000 },
    );
    if (!stored) await this.failForConsent(session);
    if (!(await status.transition(session.id, 'READY', { case: 'indexing.done' }))) return 'gone';
    log.info({ sessionId, chunks: chunks.length, model: this.deps.embedder.model }, 'session indexed');
    return 'indexed';
  }

  private async failForConsent(session: Session): Promise<never> {
    await this.deps.status.transition(session.id, 'FAILED', { error: 'consent revoked', case: 'indexing.consent-revoked' });
    throw AppError.consentRequired('AI_ANALYSIS');
  }
}
