import { isEnumType, isObjectType, isScalarType, getNamedType, type GraphQLField, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { mintApiKey } from '../../src/auth/api-key-secret';
import type { Database } from '../../src/db/prisma';
import type { Actor, World } from '../../devtools/factories';

/** What one case may end in: success, or one of the public error codes. */
export type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONSENT_REQUIRED' | 'BAD_USER_INPUT';

/** The callers of the matrix, from nobody to an admin of another organization. */
export const PRINCIPALS = ['none', 'revokedKey', 'admin', 'therapistAssigned', 'therapistUnassigned', 'patientSelf', 'otherPatient', 'otherOrgAdmin'] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

/** Whose object a case addresses: patient self's (and their therapist's), the other patient's, another organization's. */
export const OBJECTS = ['own', 'otherPatient', 'otherOrg'] as const;
export type ObjectName = (typeof OBJECTS)[number];

/** The object a case builder works on: a patient with their therapist, READY session and conversation. */
export interface Target {
  name: ObjectName;
  world: World;
  patient: Actor;
  therapist: Actor;
  sessionId: string;
  conversationId: string;
}

/** An expected outcome for every object, or one for all of them. */
export type Row = Outcome | [own: Outcome, otherPatient: Outcome, otherOrg: Outcome];

/** Expected outcomes of the authenticated principals; no key and a revoked key are always UNAUTHENTICATED. */
export type Rules = Record<Exclude<PrincipalName, 'none' | 'revokedKey'>, Row>;

/** One operation of the table: how to build its arguments for an object, and who gets what. */
export interface OperationSpec {
  /** Arguments (GraphQL variables) addressing `target`; may create a fresh object for this case. */
  args(target: Target): Record<string, unknown> | Promise<Record<string, unknown>>;
  expect: Rules;
  /** The operation takes no object: run once per principal. */
  objectless?: boolean;
  /** Changes shared state (e.g. consent): run one case at a time, after every other case. */
  serial?: boolean;
  /** The operation needs no key (redeemEnrollment): the outcome for a request without one. */
  keyless?: Outcome;
}

/** The expected outcome of one cell of the table. */
export function expectedOutcome(spec: OperationSpec, principal: PrincipalName, object: ObjectName | null): Outcome {
  if (principal === 'none' && spec.keyless) return spec.keyless;
  if (principal === 'none' || principal === 'revokedKey') return 'UNAUTHENTICATED';
  const row = spec.expect[principal];
  return typeof row === 'string' ? row : row[OBJECTS.indexOf(object ?? 'own')];
}

/** Every root field of the schema as `Query.me`, `Mutation.chat`, `Subscription.sessionStatus`. */
export function rootOperations(schema: GraphQLSchema): { key: string; kind: 'query' | 'mutation' | 'subscription'; field: GraphQLField<unknown, unknown> }[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([kind, type]) => (type ? Object.values(type.getFields()).map((field) => ({ key: `${type.name}.${field.name}`, kind, field })) : []));
}

/** A selection of every field reachable without arguments, so any data a case returns is scanned for leaks. */
export function selectAll(type: GraphQLOutputType, depth = 4): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named) || !isObjectType(named) || depth === 0) return '';
  const fields = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith('!')))
    .map((f) => {
      const inner = getNamedType(f.type);
      if (isScalarType(inner) || isEnumType(inner)) return f.name;
      const nested = selectAll(f.type, depth - 1);
      return nested ? `${f.name} ${nested}` : '';
    })
    .filter(Boolean);
  return `{ ${fields.join(' ')} }`;
}

/** The document of one operation with the given variables, typed from the schema's arguments. */
export function documentFor(kind: string, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const used = field.args.filter((a) => a.name in variables);
  const declared = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} Matrix${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectAll(field.type)} }`;
}

/** Issues an extra API key for a user straight in the database (a fresh object for revoke cases). */
export async function issueKey(db: Database, organizationId: string, userId: string): Promise<string> {
  return (await issueSecret(db, organizationId, userId)).id;
}

/** Issues an extra API key for a user straight in the database, with its secret (live-socket cases). */
export async function issueSecret(db: Database, organizationId: string, userId: string, expiresAt: Date | null = null): Promise<{ id: string; secret: string }> {
  const minted = mintApiKey();
  const key = await db.apiKey.create({ data: { organizationId, userId, name: 'matrix', prefix: minted.prefix, digest: new Uint8Array(minted.digest), expiresAt } });
  return { id: key.id, secret: minted.secret };
}

/** A plain UPLOADED session row of the target's patient (a fresh object for delete cases). */
export async function makeSessionRow(db: Database, target: Target): Promise<string> {
  const session = await db.session.create({
    data: { organizationId: target.world.organizationId, patientId: target.patient.user.id, therapistId: target.therapist.user.id, status: 'UPLOADED', mimeType: 'audio/wav', sizeBytes: 1000n, recordedAt: new Date() },
  });
  return session.id;
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Ids from `secrets` that appear anywhere in `value` (except those the caller itself sent). */
export function leakedIds(value: unknown, secrets: Set<string>, sent: Record<string, unknown>): string[] {
  const text = JSON.stringify(value ?? null).toLowerCase();
  const echoed = JSON.stringify(sent).toLowerCase();
  return [...secrets].filter((id) => text.includes(id.toLowerCase()) && !echoed.includes(id.toLowerCase()));
}

/** Every id a world's fixtures hold: organization, users, keys, sessions and conversations. */
export function idsOf(world: World, extra: string[] = []): string[] {
  const actors = [world.admin, world.therapist, world.otherTherapist, world.patient, world.otherPatient];
  return [world.organizationId, ...actors.flatMap((a) => [a.user.id, a.keyId]), ...extra];
}
