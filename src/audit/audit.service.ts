import type { Caller } from '../auth/caller';
import type { Database, Prisma } from '../db/prisma';
import { isId } from '../ids';
import { AuditRepository, type AuditWriter } from './audit.repository';

/** What an audit event says happened; never PHI text, only ids and verbs. */
export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** The key the action came through, when not the caller's own (null: none, e.g. an enrollment redemption). */
  apiKeyId?: string | null;
  /** The patient the event concerns; required so no caller can forget it (null: about no patient). */
  patientId: string | null;
}

/** A background job acting on an organization's data (a worker, a periodic sweep). */
export interface JobActor {
  organizationId: string;
  /** The job's name, e.g. transcribe, purge, consent-revoked, retention. */
  job: string;
}

/** Who acted: a user through an API key, a background job, or the operator's CLI. */
export type ActorType = 'USER' | 'JOB' | 'SYSTEM';

type Writer = AuditWriter;

/**
 * Records who read or changed which PHI. A failed audit write fails the request: an access
 * that cannot be accounted for must not happen silently.
 */
export class AuditService {
  private readonly events: AuditRepository;

  constructor(db: Database) {
    this.events = new AuditRepository(db);
  }

  /** Appends one event; pass `tx` to make it part of the change it describes. */
  async record(caller: Caller, entry: AuditEntry, tx?: Writer): Promise<void> {
    await this.events.append(this.userEvent(caller, entry), tx);
  }

  /** Appends several events of one request in one statement (e.g. one per patient a list showed). */
  async recordMany(caller: Caller, entries: AuditEntry[], tx?: Writer): Promise<void> {
    if (entries.length === 0) return;
    await this.events.appendMany(entries.map((entry) => this.userEvent(caller, entry)), tx);
  }

  /** Appends an event done by a background job (no user acted; `actorJob` names the job). */
  async recordJob(actor: JobActor, entry: AuditEntry, tx?: Writer): Promise<void> {
    await this.events.append({ organizationId: actor.organizationId, actorUserId: null, actorType: 'JOB', actorJob: actor.job, ...fieldsOf(entry) }, tx);
  }

  /**
   * The row `record` appends for `caller`, for a repository that writes it within its own statement
   * (e.g. a chat exchange and its audit event in one atomic INSERT … WITH).
   */
  eventOf(caller: Caller, entry: AuditEntry): Prisma.AuditEventCreateManyInput {
    return this.userEvent(caller, entry);
  }

  private userEvent(caller: Caller, entry: AuditEntry): Prisma.AuditEventCreateManyInput {
    return {
      organizationId: caller.principal.organizationId,
      actorUserId: caller.principal.userId,
      actorType: 'USER',
      requestId: caller.requestId,
      apiKeyId: keyIdOf(caller, entry),
      ...fieldsOf(entry),
    };
  }
}

function fieldsOf(entry: AuditEntry) {
  return { action: entry.action, subjectType: entry.subjectType, subjectId: entry.subjectId ?? null, patientId: entry.patientId };
}

/** The key an action came through; principals built outside a request (scripts) carry no real key id. */
function keyIdOf(caller: Caller, entry: AuditEntry): string | null {
  const keyId = entry.apiKeyId !== undefined ? entry.apiKeyId : caller.principal.apiKeyId;
  return keyId && isId(keyId) ? keyId : null;
}
