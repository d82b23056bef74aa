import type { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/prisma';
import { AppError } from '../errors';
import { requireId } from '../ids';
import type { RetrievalService, RetrievedChunk } from '../retrieval/retrieval.service';
import type { Segment } from '../transcripts/segment';
import { TranscriptRepository } from '../transcripts/transcript.repository';
import { UserRepository } from '../users/user.repository';

/** One utterance that matched, with where it is and what was said around it. */
export interface TranscriptHit {
  sessionId: string;
  recordedAt: Date;
  segmentIndex: number;
  startSec: number;
  endSec: number;
  speaker: string;
  role: string;
  text: string;
  before: Segment[];
  after: Segment[];
}

const MAX_HITS = 50;
const MAX_QUERY_CHARS = 500;
/** Turns of context on each side of a hit. */
const CONTEXT_TURNS = 2;

/**
 * A therapist's search across one patient's sessions, with the same hybrid retrieval the patient's
 * assistant uses. Access is the therapist's (assigned THERAPIST or ADMIN, else NOT_FOUND); the
 * retrieval then runs as that patient, so its SQL filters organization and patient as for chat.
 * Passages are mapped back to the transcript's utterances, each with its neighbouring turns.
 */
export class TranscriptSearchService {
  private readonly users: UserRepository;
  private readonly transcripts: TranscriptRepository;

  constructor(
    private readonly deps: { db: Database; retrieval: RetrievalService; audit: AuditService },
  ) {
    this.users = new UserRepository(deps.db);
    this.transcripts = new TranscriptRepository(deps.db);
  }

  /** The best `first` utterances for `query` in the patient's READY sessions (audited, without the query text). */
  async search(caller: Caller, patientId: string, query: string, first: number): Promise<TranscriptHit[]> {
    const patient = await this.users.findActablePatient(caller.principal, requireId(patientId, 'Patient'));
    if (!patient) throw AppError.notFound('Patient');
    const text = query.trim();
    if (!text || text.length > MAX_QUERY_CHARS) throw AppError.badInput(`query must be 1-${MAX_QUERY_CHARS} characters`, { field: 'query' });
    if (!Number.isInteger(first) || first < 1 || first > MAX_HITS) throw AppError.badInput(`first must be between 1 and ${MAX_HITS}`, { field: 'first' });
    await this.deps.audit.record(caller, { action: 'transcript.search', subjectType: 'Patient', subjectId: patient.id, patientId: patient.id });
    // Retrieval reads the patient from a principal, never from arguments: this one is the patient
    // the caller was just authorised for, in the caller's organization.
    const asPatient: Principal = { organizationId: patient.organizationId, userId: patient.id, role: 'PATIENT', apiKeyId: caller.principal.apiKeyId };
    const chunks = await this.deps.retrieval.retrieve(asPatient, text, { limit: first });
    return this.toHits(asPatient, chunks, text, first);
  }

  private async toHits(patient: Principal, chunks: RetrievedChunk[], query: string, first: number): Promise<TranscriptHit[]> {
    const segmentsBySession = await this.transcripts.segmentsOfPatient(patient, [...new Set(chunks.map((c) => c.sessionId))]);
    const terms = termsOf(query);
    const hits: TranscriptHit[] = [];
    const seen = new Set<string>();
    for (const chunk of chunks) {
      const segments = segmentsBySession.get(chunk.sessionId);
      if (!segments) continue;
      const index = bestSegment(segments, chunk, terms);
      if (index < 0 || seen.has(`${chunk.sessionId}:${index}`)) continue;
      seen.add(`${chunk.sessionId}:${index}`);
      const s = segments[index];
      hits.push({
        sessionId: chunk.sessionId, recordedAt: chunk.recordedAt, segmentIndex: index, startSec: s.start, endSec: s.end, speaker: s.speaker, role: s.role, text: s.text,
        before: segments.slice(Math.max(0, index - CONTEXT_TURNS), index), after: segments.slice(index + 1, index + 1 + CONTEXT_TURNS),
      });
    }
    return hits.slice(0, first);
  }
}

function termsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu)?.filter((w) => w.length > 2) ?? []);
}

/** The utterance of the passage that shares most words with the query (the first on a tie); -1 when none overlaps the passage. */
function bestSegment(segments: Segment[], chunk: RetrievedChunk, terms: Set<string>): number {
  let best = -1;
  let bestScore = -1;
  segments.forEach((s, i) => {
    if (s.end < chunk.startSec || s.start > chunk.endSec) return;
    const score = [...termsOf(s.text)].filter((w) => terms.has(w)).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
