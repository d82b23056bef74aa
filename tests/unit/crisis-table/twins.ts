import { expect, it } from 'vitest';
import { assessCrisisByRules, type RiskLevel } from '../../../src/chat/crisis';

/**
 * The shape every round's twins test shares (tests/unit/crisis-r2*.test.ts): a risk sentence and a
 * benign twin that shares its words, each with the level the rules alone must give it; reports of
 * someone else's risk; benign frames that must stay NONE.
 */
export type TwinPair = readonly [risk: string, level: RiskLevel, twin: string, twinLevel: RiskLevel];

/** One test per pair: the risk sentence and its twin each get their level from the rules alone. */
export function itReadsTwins(pairs: readonly TwinPair[]): void {
  it.each(pairs)('%s -> %s; twin %s -> %s', (risk, level, twin, twinLevel) => {
    expect(assessCrisisByRules(risk).level).toBe(level);
    expect(assessCrisisByRules(twin).level).toBe(twinLevel);
  });
}

/** The rules read `text` as someone else's risk: CONCERN with concernForOthers. */
export function expectOthersRisk(text: string): void {
  const verdict = assessCrisisByRules(text);
  expect(verdict.level, text).toBe('CONCERN');
  expect(verdict.concernForOthers, text).toBe(true);
}

/** One test per pair: someone else's risk, next to a twin that is nobody's risk. */
export function itReadsOthers(pairs: ReadonlyArray<readonly [risk: string, twin: string]>): void {
  it.each(pairs)("%s is someone else's risk; twin %s is not", (risk, twin) => {
    expectOthersRisk(risk);
    expect(assessCrisisByRules(twin).level).toBe('NONE');
  });
}

/** One test per text: a benign frame the rules leave at NONE. */
export function itStaysNone(texts: readonly string[]): void {
  it.each(texts)('%s stays NONE', (text) => {
    expect(assessCrisisByRules(text).level).toBe('NONE');
  });
}
