/** The shape of a foreign-language crisis rule (crisis-foreign.ts) and how lexicons compile them. */
import type { CrisisCategory, RiskLevel, ScreenLanguage } from './crisis';

/** The screen's languages other than English, each with its own lexicons. */
export type ForeignLanguage = Exclude<ScreenLanguage, 'en'>;

/**
 * How a rule's match is read. SELF: first person, denied by a negator just before or inside it.
 * LIFE: the negation is part of the phrase ("no quiero vivir"). OTHER: a report about someone else
 * (CONCERN with concernForOthers). ABUSE: someone else harming the patient.
 */
export type ForeignKind = 'SELF' | 'LIFE' | 'OTHER' | 'ABUSE';

/** One compiled rule. */
export interface ForeignRule {
  category: CrisisCategory;
  level: Exclude<RiskLevel, 'NONE'>;
  kind: ForeignKind;
  regex: RegExp;
  /** Text right after the match that makes it harmless ("me corté el pelo"). */
  unlessAfter?: RegExp;
}

/** A rule as written in a lexicon: [category, level, kind, pattern source, unlessAfter?]. */
export type RuleSource = readonly [CrisisCategory, 'CRISIS' | 'CONCERN', ForeignKind, string, RegExp?];

/** Compiles a lexicon; patterns match whole words of the folded text. */
export function compile(sources: readonly RuleSource[]): ForeignRule[] {
  return sources.map(([category, level, kind, source, unlessAfter]) => ({
    category,
    level,
    kind,
    // Folded text holds only [a-z0-9,. ], so \b is a word edge; it is cheaper than a lookbehind at every position.
    regex: new RegExp(`\\b(?:${source})\\b`, 'g'),
    unlessAfter,
  }));
}

/** Compiles one lexicon per foreign language, each followed by the rules `shared` by all of them. */
export function compileByLanguage(sources: Record<ForeignLanguage, readonly RuleSource[]>, shared: readonly RuleSource[] = []): Record<ForeignLanguage, ForeignRule[]> {
  return {
    es: compile([...sources.es, ...shared]),
    fr: compile([...sources.fr, ...shared]),
    de: compile([...sources.de, ...shared]),
    pt: compile([...sources.pt, ...shared]),
    it: compile([...sources.it, ...shared]),
  };
}
