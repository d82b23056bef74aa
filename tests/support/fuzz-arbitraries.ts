import fc from 'fast-check';
import { getNamedType, isInputObjectType, type GraphQLArgument } from 'graphql';

/** Strings that tend to break things further down: NUL, lone surrogates, SQL and path look-alikes, huge numbers as text. */
const NASTY_STRINGS = ['', ' ', '\u0000', 'a\u0000b', '\ud800', '%00', "'; DROP TABLE users; --", '../../etc/passwd', '${jndi:x}', '{{7*7}}', '1e400', '-0', 'null', 'true', '💥'.repeat(20), 'ᴬᴰᴹᴵᴺ'];

/** A value of any JSON type, biased towards the edges (wrong for almost every argument). */
export function junk(pool: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...NASTY_STRINGS, ...pool),
    fc.integer(),
    fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -1, 0),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('id', 'patientId', '__proto__', 'constructor', 'prototype', 'x'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  );
}

/** Variables for one operation: each argument left out, junk, or (for input objects) an object of junk fields. */
export function variablesFor(args: readonly GraphQLArgument[], pool: string[]): fc.Arbitrary<Record<string, unknown>> {
  const entries = args.map((arg) => {
    const named = getNamedType(arg.type);
    const value = isInputObjectType(named)
      ? fc.oneof(junk(pool), fc.dictionary(fc.constantFrom(...Object.keys(named.getFields()), 'extra', '__proto__'), junk(pool), { maxKeys: 5 }))
      : junk(pool);
    return [arg.name, fc.option(value, { nil: undefined, freq: 4 })] as const;
  });
  return fc.record(Object.fromEntries(entries)).map((vars) => Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined)));
}

/** Malformed documents: random text, valid documents cut short, and valid documents with one stray or missing token. */
export function malformedDocument(valid: string[]): fc.Arbitrary<string> {
  const cut = fc.tuple(fc.constantFrom(...valid), fc.double({ min: 0, max: 0.999, noNaN: true })).map(([doc, at]) => doc.slice(0, Math.floor(doc.length * at)));
  const stray = fc
    .tuple(fc.constantFrom(...valid), fc.nat(), fc.constantFrom('{', '}', '(', ')', '[', ']', '"', '"""', '...', '$', '@', ':', '!', '#', '\\', '\u0000', 'fragment', 'on'))
    .map(([doc, at, token]) => doc.slice(0, at % doc.length) + token + doc.slice(at % doc.length));
  const dropped = fc.tuple(fc.constantFrom(...valid), fc.nat()).map(([doc, at]) => {
    const braces = [...doc.matchAll(/[{}()]/g)].map((m) => m.index!);
    const i = braces[at % braces.length];
    return doc.slice(0, i) + doc.slice(i + 1);
  });
  return fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), cut, stray, dropped);
}

/**
 * An introspection query nested `depth` selection sets deep, each level written directly, through
 * a named fragment or through an inline fragment, so fragments cannot hide depth from the limit.
 */
export function introspectionAtDepth(depth: number, modes: ('direct' | 'spread' | 'inline')[]): string {
  const chain: [field: string, parentType: string][] = [['__schema', 'Query'], ['types', '__Schema'], ['fields', '__Type'], ['type', '__Field']];
  while (chain.length < depth - 1) chain.push(['ofType', '__Type']);
  const fragments: string[] = [];
  const level = (i: number): string => {
    if (i === depth - 1) return '__typename';
    const [field, parent] = chain[i];
    const body = `${field} { ${level(i + 1)} }`;
    const mode = modes[i % modes.length];
    if (mode === 'inline') return `... on ${parent} { ${body} }`;
    if (mode === 'spread') {
      fragments.push(`fragment L${i} on ${parent} { ${body} }`);
      return `...L${i}`;
    }
    return body;
  };
  const operation = `query Deep { ${level(0)} }`;
  return [operation, ...fragments].join('\n');
}

/** Three fragments, each spreading the next ten times: 1 + 10 × 10 × 4 = 401 fields from a short document. */
export function fanOut(): string {
  const spread = (name: string) => Array.from({ length: 10 }, () => `...${name}`).join(' ');
  return `query { me { ...F1 } } fragment F1 on User { ${spread('F2')} } fragment F2 on User { ${spread('F3')} } fragment F3 on User { id name email role }`;
}

