import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bm25Document, bm25Rank, uniqueTerms } from '../../src/retrieval/bm25';
import { passageStems } from '../../src/retrieval/bm25';
import { expandQuery, WordNet, WORDNET_DIR } from '../../src/retrieval/wordnet';
import { namesAskedKind } from '../../src/offline/answerer/scoring';

const installed = existsSync(path.join(WORDNET_DIR, 'index.noun'));

describe('BM25 with per-term weights', () => {
  const docs = [bm25Document('x', ['worri', 'exam']), bm25Document('y', ['anxiou', 'exam']), bm25Document('z', ['garden'])];

  it('scales each term by its weight and equals the unweighted ranking at weight 1', () => {
    const plain = bm25Rank(['worri', 'exam'], docs);
    expect(bm25Rank(['worri', 'exam'], docs, [1, 1])).toEqual(plain);
    const weighted = bm25Rank(['worri', 'exam', 'anxiou'], docs, [1, 1, 0.5]);
    expect(weighted.map((r) => r.item)).toEqual(['x', 'y']);
    const [, y] = weighted;
    const yPlain = bm25Rank(['exam'], docs).find((r) => r.item === 'y')!.score;
    const yRelated = bm25Rank(['anxiou'], docs).find((r) => r.item === 'y')!.score;
    expect(y.score).toBeCloseTo(yPlain + 0.5 * yRelated, 12);
  });

  it('counts a repeated stem once at its highest weight and drops weight-0 terms', () => {
    expect(uniqueTerms(['a', 'b', 'a', 'c'], [0.3, 1, 1, 0])).toEqual({ terms: ['a', 'b'], weights: [1, 1] });
    expect(uniqueTerms(['a', 'a'])).toEqual({ terms: ['a'], weights: [1] });
  });
});

describe('WordNet query expansion', () => {
  it('without WordNet (or at weight 0) searches the question\'s own stems only, each at weight 1', () => {
    const question = 'What did I say about feeling worried before my exam?';
    const own = [...new Set(passageStems(question))];
    expect(expandQuery(question, null, 0.3)).toEqual({ terms: own, weights: own.map(() => 1) });
    expect(() => WordNet.open(mkdtempSync(path.join(tmpdir(), 'no-wordnet-')))).toThrow();
  });

  it.skipIf(!installed)('adds single-word synonyms of specific words at the lower weight, never the vague ones or the question\'s own stems', () => {
    const wordnet = WordNet.open();
    expect(wordnet.baseForms('worried', 'verb')).toContain('worry');
    expect(wordnet.baseForms('cravings', 'noun')).toContain('craving');
    const { terms, weights } = expandQuery('What did I say about feeling worried before my exam?', wordnet, 0.3);
    const own = new Set(passageStems('What did I say about feeling worried before my exam?'));
    const added = terms.filter((t) => !own.has(t));
    expect(added).toEqual(expect.arrayContaining(passageStems('test examination')));
    expect(added.every((t) => !t.includes(' ') && !own.has(t))).toBe(true);
    expect(weights.slice(0, own.size).every((w) => w === 1)).toBe(true);
    expect(weights.slice(own.size).every((w) => w === 0.3)).toBe(true);
    // "say" has 11 senses: too vague to expand ("state", "tell" would match nearly every passage).
    expect(terms).not.toContain(passageStems('state')[0]);
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe.skipIf(!installed)('kinds of things (WordNet hypernyms)', () => {
  const wordnet = installed ? WordNet.open() : (null as unknown as WordNet);
  const kinds = (word: string) => new Set(wordnet.nounSenses(word, 3));

  it('knows a word as a kind of a broader noun through its hypernyms, plural forms included, never as a kind of itself', () => {
    expect(wordnet.isKindOf('liver', kinds('organ'))).toBe(true);
    expect(wordnet.isKindOf('beer', kinds('drinks'))).toBe(true);
    expect(wordnet.isKindOf('mother', kinds('relative'))).toBe(true);
    expect(wordnet.isKindOf('exam', kinds('organ'))).toBe(false);
    expect(wordnet.isKindOf('organ', kinds('organ'))).toBe(false);
    expect(wordnet.isKindOf('notaword', kinds('organ'))).toBe(false);
  });

  it('the answerer\'s cue: a "what <noun>" question recognises a sentence naming a kind of that noun', () => {
    const organ = namesAskedKind('What organ did I say I do not want ruined?', wordnet)!;
    expect(organ('I do not want my liver to fail by the time I am 22.')).toBe(true);
    expect(organ('I want to stay healthy in college.')).toBe(false);
    const drinks = namesAskedKind('What kind of drinks was I having that night?', wordnet)!;
    expect(drinks('Mostly vodka and a few beers.')).toBe(true);
    // The question's own words do not count as their own kind.
    expect(drinks('I had too many drinks that night.')).toBe(false);
    const adjective = namesAskedKind('Which close relative helped me move?', wordnet)!;
    expect(adjective('My aunt came over with her van.')).toBe(true);
    // No noun asked for: no cue.
    expect(namesAskedKind('What did I say about my sleep?', wordnet)).toBeUndefined();
  });
});
