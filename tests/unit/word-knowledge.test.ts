import { describe, expect, it } from 'vitest';
import { isWeak, OfflineChatModel } from '../../src/offline/answerer/offline.chat-model';
import { historyUnfamiliarity } from '../../src/offline/answerer/unfamiliarity';
import { stem } from '../../src/text/stemmer';
import { hasWordKnowledge, WordVectorKnowledge, type WordKnowledge } from '../../src/offline/embedder/word-knowledge';
import { quantiseTable } from '../../src/offline/embedder/word-vectors';
import type { ChatSource } from '../../src/providers/chat-model';

/** A four-word vocabulary in frequency order: "hurt" and "injured" point the same way. */
const table = quantiseTable(
  ['the', 'hurt', 'injured', 'asthma'],
  [new Float32Array([1, 0, 0]), new Float32Array([0, 1, 0.1]), new Float32Array([0, 0.9, 0.2]), new Float32Array([0, 0, 1])],
  3,
);

describe('WordVectorKnowledge', () => {
  const words = new WordVectorKnowledge(table);

  it('scores related words by the cosine of their vectors, unknown words 0', () => {
    expect(words.similarity('hurt', 'hurt')).toBe(1);
    expect(words.similarity('hurt', 'injured')).toBeGreaterThan(0.9);
    expect(words.similarity('hurt', 'asthma')).toBeLessThan(0.3);
    expect(words.similarity('hurt', 'zzz')).toBe(0);
  });

  it('finds a word\'s neighbours closest first, without the word itself', () => {
    expect(words.neighbours('hurt', 0.5).map((n) => n.word)).toEqual(['injured']);
    expect(words.neighbours('zzz', 0)).toEqual([]);
  });

  it('rates rarer words (later in frequency order, or unknown) as more telling', () => {
    expect(words.rarity('the')).toBeLessThan(words.rarity('asthma'));
    expect(words.rarity('asthma')).toBeLessThan(words.rarity('zzz'));
  });

  it('is recognised on an embedder that lends it', () => {
    expect(hasWordKnowledge({ wordKnowledge: async () => words })).toBe(true);
    expect(hasWordKnowledge({ embed: async () => [] })).toBe(false);
  });
});

/** Word knowledge by hand: "injured" is a close relative of "hurt"; "asthma" and "hurt" are rare. */
const knowledge: WordKnowledge = {
  similarity: (a, b) => (a === b ? 1 : [a, b].sort().join() === 'hurt,injured' ? 0.8 : 0),
  rarity: (word) => (['asthma', 'hurt', 'injured'].includes(word) ? 10 : 2),
  neighbours: (word) => (word === 'hurt' ? [{ word: 'injured', similarity: 0.8 }] : word === 'injured' ? [{ word: 'hurt', similarity: 0.8 }] : []),
};
const history = (...words: string[]) => async (stems: string[]) => new Set(stems.filter((s) => words.map(stem).includes(s)));

describe('historyUnfamiliarity', () => {
  it('is 0 when the history holds every word of the question', async () => {
    expect(await historyUnfamiliarity('Why was my asthma worse?', knowledge, history('asthma', 'worse'))).toBe(0);
  });

  it('weighs a missing rare word most, and a missing word with a related one in the history less', async () => {
    const never = await historyUnfamiliarity('Why was my asthma worse?', knowledge, history('worse'));
    expect(never).toBeCloseTo(10 / 12);
    const related = await historyUnfamiliarity('How did I get hurt?', knowledge, history('get', 'injured'));
    expect(related).toBeCloseTo((10 * 0.2) / 12);
  });

  it('asks the history only once, for the question\'s stems and their relatives\' stems', async () => {
    const asked: string[][] = [];
    await historyUnfamiliarity('How did I get hurt?', knowledge, async (stems) => (asked.push(stems), new Set()));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toEqual(expect.arrayContaining([stem('hurt'), stem('injured')]));
  });
});

describe('declining on a question the history never mentions', () => {
  const ASTHMA_FREE: ChatSource = {
    index: 1,
    sessionId: 'session-1',
    recordedAt: new Date('2026-03-03T15:00:00Z'),
    startSec: 0,
    endSec: 20,
    speakers: ['Therapist', 'Patient'],
    text: 'Therapist: How was your week?\nPatient: My week was worse than usual, work was hard.',
  };
  /** Meaning says nothing here (question and passages are orthogonal): words decide. */
  const embedder = { model: 'test', dimensions: 2, embed: async (texts: string[], kind: string) => texts.map(() => (kind === 'query' ? [1, 0] : [0, 1])), wordKnowledge: async () => knowledge };
  const options = { minRelevance: 0.45, semanticWeight: 1, minSourceCoverage: 0, unfamiliarityWeight: 1 };

  it('subtracts the weighted unfamiliarity from relevance before the threshold', () => {
    expect(isWeak({ relevance: 1, sourceCoverage: 1, unfamiliarity: 0.6 }, options)).toBe(true);
    expect(isWeak({ relevance: 1, sourceCoverage: 1, unfamiliarity: 0.5 }, options)).toBe(false);
    expect(isWeak({ relevance: 1, sourceCoverage: 1, unfamiliarity: 0.6 }, { ...options, unfamiliarityWeight: 0 })).toBe(false);
  });

  it('declines, with no citation, when the question\'s rare words are nowhere in the patient\'s sessions', async () => {
    const model = new OfflineChatModel(options, embedder);
    const answer = await model.answer({ question: 'Why was my asthma worse?', history: [], sources: [ASTHMA_FREE], firstMessage: false, knownStems: history('week', 'worse', 'usual', 'work', 'hard') });
    expect(answer.text).toMatch(/^I don't find that in your sessions\./);
    expect(answer.text).not.toMatch(/\[\d+\]/);
    expect(answer.evidence!.unfamiliarity).toBeCloseTo(10 / 12);
  });

  it('answers the same question when the history holds its words', async () => {
    const model = new OfflineChatModel(options, embedder);
    const answer = await model.answer({ question: 'Why was my week worse?', history: [], sources: [ASTHMA_FREE], firstMessage: false, knownStems: history('week', 'worse', 'usual', 'work', 'hard') });
    expect(answer.text).toContain('[1]');
    expect(answer.evidence!.unfamiliarity).toBe(0);
  });

  it('without knownStems, judges unfamiliarity over the sources it was given', async () => {
    const model = new OfflineChatModel(options, embedder);
    const answer = await model.answer({ question: 'Why was my asthma worse?', history: [], sources: [ASTHMA_FREE], firstMessage: false });
    expect(answer.evidence!.unfamiliarity).toBeCloseTo(10 / 12);
    expect(answer.text).not.toMatch(/\[\d+\]/);
  });
});
