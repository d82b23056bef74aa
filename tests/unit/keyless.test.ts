import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isKeylessDocument } from '../../src/graphql/keyless';

const CAP = 16_384;

describe('isKeylessDocument', () => {
  it.each([
    ['full introspection', getIntrospectionQuery({ descriptions: true })],
    ['a type lookup', '{ __type(name: "Session") { name fields { name } } }'],
    ['a redemption', 'mutation R($c: String!) { redeemEnrollment(input: {code: $c, name: "p"}) { secret apiKey { id } } __typename }'],
  ])('lets %s through', (_label, source) => expect(isKeylessDocument(source, CAP)).toBe(true));

  it.each([
    ['a data query', '{ me { id } }'],
    ['introspection plus data', '{ __schema { queryType { name } } me { id } }'],
    ['two redemptions', 'mutation { a: redeemEnrollment(input: {code: "1", name: "p"}) { secret } b: redeemEnrollment(input: {code: "2", name: "p"}) { secret } }'],
    ['a redemption plus another mutation', 'mutation { redeemEnrollment(input: {code: "1", name: "p"}) { secret } revokeApiKey(id: "x") { id } }'],
    ['a fragment spread at the root', 'query { ...F } fragment F on Query { me { id } }'],
    ['an inline fragment at the root', 'query { ... on Query { me { id } } }'],
    ['a subscription', 'subscription { __typename }'],
    ['a keyless operation next to another', '{ __typename } query Other { me { id } }'],
    ['a syntax error', '{ __schema '],
    ['too many tokens', `{ ${'__typename '.repeat(3_000)} }`],
    ['an oversized document', `{ __typename } #${'x'.repeat(CAP)}`],
    ['a definition that is not an operation', 'type Query { x: Int } { __typename }'],
  ])('refuses %s', (_label, source) => expect(isKeylessDocument(source, CAP)).toBe(false));
});
