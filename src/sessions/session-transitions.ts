import type { SessionStatus } from '../db/prisma';

/** A named way of moving a session: where it goes and the statuses it may leave. */
export interface SessionTransition {
  to: SessionStatus;
  from: readonly SessionStatus[];
  /** Operator retries may leave any status, so they are only taken when a caller names them. */
  retry?: true;
}

/** Statuses of a session that is still being processed. */
export const IN_FLIGHT: readonly SessionStatus[] = ['UPLOADED', 'TRANSCRIBING', 'TRANSCRIBED', 'EMBEDDING'];

/** Every status a stored session can have (DELETED is never stored: deletion sets `deletedAt`). */
const LIVE: readonly SessionStatus[] = ['UPLOADED', 'TRANSCRIBING', 'TRANSCRIBED', 'EMBEDDING', 'READY', 'FAILED'];

/**
 * The one table of session status transitions: UPLOADED → TRANSCRIBING → TRANSCRIBED → EMBEDDING →
 * READY, FAILED from any in-flight state, and the operator's retries. Callers name the target (and,
 * where more than one case leads there, the case); this table decides which statuses may be left.
 */
export const SESSION_TRANSITIONS = {
  /** A transcription job starts, or a retried job resumes one that crashed mid-way. */
  'transcription.start': { to: 'TRANSCRIBING', from: ['UPLOADED', 'TRANSCRIBING'] },
  'transcription.done': { to: 'TRANSCRIBED', from: ['TRANSCRIBING'] },
  /** Indexing starts, resumes, or re-embeds a READY session (a corrected transcript, `reembed`). */
  'indexing.start': { to: 'EMBEDDING', from: ['TRANSCRIBED', 'EMBEDDING', 'READY'] },
  'indexing.done': { to: 'READY', from: ['EMBEDDING'] },
  /** A job failed for good, or a session stalled with its attempts used up. */
  'job.failed': { to: 'FAILED', from: IN_FLIGHT },
  /** Consent a recording needs before it has a transcript (RECORDING, TRANSCRIPTION) was revoked. */
  'transcription.consent-revoked': { to: 'FAILED', from: ['UPLOADED', 'TRANSCRIBING'] },
  /** Consent an indexed or indexing session needs (AI_ANALYSIS, TRANSCRIPTION) was revoked. */
  'indexing.consent-revoked': { to: 'FAILED', from: ['TRANSCRIBED', 'EMBEDDING', 'READY'] },
  /** `retry-session` / the stuck-session sweeper: back to transcription (no transcript kept). */
  'retry.transcription': { to: 'UPLOADED', from: LIVE, retry: true },
  /** `retry-session` / the stuck-session sweeper: back to indexing (the transcript exists). */
  'retry.indexing': { to: 'TRANSCRIBED', from: LIVE, retry: true },
} as const satisfies Record<string, SessionTransition>;

export type TransitionCase = keyof typeof SESSION_TRANSITIONS;

/**
 * The statuses a session may leave for `to`: the named case's, or without one the union of the
 * ordinary (non-retry) cases leading to `to`. Throws when nothing leads there or the case does not.
 */
export function legalSources(to: SessionStatus, transitionCase?: TransitionCase): SessionStatus[] {
  if (transitionCase) {
    const entry: SessionTransition = SESSION_TRANSITIONS[transitionCase];
    if (entry.to !== to) throw new Error(`transition case ${transitionCase} leads to ${entry.to}, not ${to}`);
    return [...entry.from];
  }
  const entries: SessionTransition[] = Object.values(SESSION_TRANSITIONS);
  const sources = new Set(entries.filter((e) => e.to === to && !e.retry).flatMap((e) => e.from));
  if (sources.size === 0) throw new Error(`no session transition leads to ${to} without naming its case`);
  return [...sources];
}

/**
 * The statuses a transition may leave: the table's, narrowed by a caller's own `from` when given.
 * A `from` naming a status the table does not allow is a programming error and throws.
 */
export function allowedSources(to: SessionStatus, transitionCase?: TransitionCase, from?: readonly SessionStatus[]): SessionStatus[] {
  const legal = legalSources(to, transitionCase);
  if (!from) return legal;
  const illegal = from.filter((s) => !legal.includes(s));
  if (illegal.length) throw new Error(`illegal session transition ${illegal.join(', ')} → ${to}`);
  return [...from];
}

/** True when a session in `status` may move to `to` (by the named case, or by an ordinary one). */
export function canTransition(status: SessionStatus, to: SessionStatus, transitionCase?: TransitionCase): boolean {
  try {
    return legalSources(to, transitionCase).includes(status);
  } catch {
    return false;
  }
}
