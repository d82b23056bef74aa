import { type DocumentNode, type GraphQLError, Kind, type OperationDefinitionNode, valueFromASTUntyped } from 'graphql';
import type { Caller } from '../auth/caller';
import type { Database } from '../db/prisma';
import { AppError } from '../errors';
import { isId } from '../ids';
import { type Logger, safeError } from '../logger';
import { AuditRepository } from './audit.repository';
import type { AuditService } from './audit.service';

/** The outcome of a refused operation: NOT_FOUND (another tenant's or an unassigned object) or FORBIDDEN (the role may not). */
export type DeniedCode = 'NOT_FOUND' | 'FORBIDDEN';

/** NOT_FOUND or FORBIDDEN when the error is a refusal; null for any other error. */
export function deniedCodeOf(error: GraphQLError): DeniedCode | null {
  const original = error.originalError;
  if (original instanceof AppError) return original.code === 'NOT_FOUND' || original.code === 'FORBIDDEN' ? original.code : null;
  return error.extensions?.code === 'UNAUTHORIZED' ? 'FORBIDDEN' : null; // type-graphql's role check
}

/**
 * Records refused attempts in the audit trail (`access.denied.not-found` / `access.denied.forbidden`),
 * naming the operation, the first id it was given and, when that id is a patient, session or
 * conversation of the caller's organization, the patient: so "who touched patient X" includes
 * who tried and was refused. A failure to record is logged, never turned into another error.
 */
export class DeniedAccessRecorder {
  private readonly events: AuditRepository;

  constructor(
    db: Database,
    private readonly audit: AuditService,
    private readonly log: Logger,
  ) {
    this.events = new AuditRepository(db);
  }

  /** Records every refusal among `errors` of one operation. */
  async recordErrors(caller: Caller, errors: readonly GraphQLError[], document: DocumentNode | undefined, variables: Record<string, unknown> | undefined): Promise<void> {
    const refusals = errors.map((error) => ({ error, code: deniedCodeOf(error) })).filter((r): r is { error: GraphQLError; code: DeniedCode } => r.code !== null);
    for (const { error, code } of refusals) {
      const field = String(error.path?.[0] ?? 'operation');
      await this.record(caller, code, field, idsOfField(document, field, variables ?? {}));
    }
  }

  /** Records one refusal of `operation` given `ids`. */
  async record(caller: Caller, code: DeniedCode, operation: string, ids: string[]): Promise<void> {
    try {
      const patientId = await this.events.patientNamedBy(caller.principal, ids);
      const action = code === 'NOT_FOUND' ? 'access.denied.not-found' : 'access.denied.forbidden';
      await this.audit.record(caller, { action, subjectType: operation.slice(0, 100), subjectId: ids[0] ?? null, patientId });
    } catch (error) {
      this.log.error({ err: safeError(error), requestId: caller.requestId }, 'could not record a denied attempt');
    }
  }
}

/** Every well-formed id among the arguments of the root field answered under `responseKey`. */
function idsOfField(document: DocumentNode | undefined, responseKey: string, variables: Record<string, unknown>): string[] {
  const operation = document?.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === responseKey);
  if (!field || field.kind !== Kind.FIELD) return [];
  const ids: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && isId(value)) ids.push(value.toLowerCase());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const arg of field.arguments ?? []) collect(valueFromASTUntyped(arg.value, variables));
  return [...new Set(ids)].slice(0, 10);
}
