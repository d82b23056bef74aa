import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** How deep a document may nest and how many fields it may select in all (after expanding fragments). */
export const QUERY_LIMITS = { maxDepth: 10, maxFields: 400, maxAliases: 30 };

/**
 * Mutations that may run once per request: each `chat` stores an exchange and takes a rate-limit
 * slot, so twenty aliased chats would store twenty answers and then lose them all in one failed
 * response; an upload request carries one file.
 */
export const ONCE_PER_REQUEST = ['chat', 'uploadSession'];

/**
 * Refuses documents that are too deep, too wide or too aliased before anything executes: the
 * schema has no cycles worth exploiting today, but a limit costs nothing and keeps it that way.
 */
export function queryLimitsRule(limits = QUERY_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(operation) {
        const stats = { fields: 0, aliases: 0, maxDepth: 0 };
        measure(operation.selectionSet, 1, fragments, stats, new Set());
        const fail = (message: string) => context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code: 'BAD_USER_INPUT' } }));
        if (stats.maxDepth > limits.maxDepth) fail(`Query is nested ${stats.maxDepth} levels deep; the limit is ${limits.maxDepth}`);
        if (stats.fields > limits.maxFields) fail(`Query selects ${stats.fields} fields; the limit is ${limits.maxFields}`);
        if (stats.aliases > limits.maxAliases) fail(`Query uses ${stats.aliases} aliases; the limit is ${limits.maxAliases}`);
        if (operation.operation === 'mutation') {
          for (const name of ONCE_PER_REQUEST) {
            const count = countRootFields(operation.selectionSet, name, fragments, new Set());
            if (count > 1) fail(`Only one ${name} per request (this one has ${count}); send each in its own request`);
          }
        }
      },
      // PostgreSQL cannot store NUL in text: refused as bad input here, as it is in variables.
      StringValue(node) {
        if (node.value.includes('\u0000')) context.reportError(new GraphQLError('Text must not contain NUL (\\u0000) characters', { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }));
      },
    };
  };
}

function measure(set: SelectionSetNode, depth: number, fragments: Map<string, FragmentDefinitionNode>, stats: { fields: number; aliases: number; maxDepth: number }, visiting: Set<string>): void {
  stats.maxDepth = Math.max(stats.maxDepth, depth);
  // Stop early on absurd documents: the limits are already exceeded.
  if (stats.fields > 10_000 || depth > 100) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      stats.fields++;
      if (selection.alias) stats.aliases++;
      if (selection.selectionSet) measure(selection.selectionSet, depth + 1, fragments, stats, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, depth, fragments, stats, visiting);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(fragment.name.value)) continue; // unknown or cyclic: graphql-js reports it
      visiting.add(fragment.name.value);
      measure(fragment.selectionSet, depth, fragments, stats, visiting);
      visiting.delete(fragment.name.value);
    }
  }
}

function countRootFields(set: SelectionSetNode, name: string, fragments: Map<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === name ? 1 : 0;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, name, fragments, visiting);
    else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(fragment.name.value)) continue;
      visiting.add(fragment.name.value);
      count += countRootFields(fragment.selectionSet, name, fragments, visiting);
      visiting.delete(fragment.name.value);
    }
  }
  return count;
}
