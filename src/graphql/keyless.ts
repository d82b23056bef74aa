import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '__typename']);
/** The only operation answered without a key besides introspection. */
export const KEYLESS_MUTATION = 'redeemEnrollment';
/** Tokens a keyless document may have: a full introspection query has about 200. */
const KEYLESS_MAX_TOKENS = 2_000;

/** True when an operation only asks for schema introspection (allowed without a key, for explorers). */
export function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.operation === 'query' && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(s.name.value));
}

/** True when an operation is a single `redeemEnrollment` (plus __typename), which needs no key. */
export function isRedemptionOnly(operation: OperationDefinitionNode): boolean {
  const fields = operation.selectionSet.selections;
  if (operation.operation !== 'mutation' || !fields.every((s) => s.kind === Kind.FIELD && (s.name.value === KEYLESS_MUTATION || s.name.value === '__typename'))) return false;
  return fields.filter((s) => s.kind === Kind.FIELD && s.name.value === KEYLESS_MUTATION).length === 1;
}

/** True when every operation of a document may run without a key. */
export function isKeylessOperation(operation: OperationDefinitionNode): boolean {
  return isIntrospectionOnly(operation) || isRedemptionOnly(operation);
}

/**
 * Whether a document sent without a key may go on to Apollo: small, parseable within a few
 * thousand tokens, and made only of keyless operations. Everything else is refused before Apollo
 * parses or validates it, so a client without a key cannot make the server do real work.
 */
export function isKeylessDocument(source: string, maxBytes: number): boolean {
  if (Buffer.byteLength(source, 'utf8') > maxBytes) return false;
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: KEYLESS_MAX_TOKENS, noLocation: true });
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operations.length > 0 && operations.every(isKeylessOperation) && document.definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION);
}
