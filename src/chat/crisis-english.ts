/**
 * The English pattern families in the order crisis.ts reads them, and which of them one message
 * needs read: a pattern's message-wide conditions (onlyWith / unlessWith) are read once per message
 * and only for a pattern that matched, and across several sentences a pattern free of anchors and
 * lookarounds is read sentence by sentence only when it matches the sentences joined (it cannot
 * match inside one otherwise): one scan instead of one per sentence for the many that find nothing.
 */
import { CRISIS_PATTERNS, type CrisisPattern } from './crisis-patterns';
import { SIGNAL_PATTERNS } from './crisis-signals';
import { FAMILY_PATTERNS } from './crisis-families';
import { DRIVE_PATTERNS } from './crisis-drive';
import { INDIRECT_PATTERNS } from './crisis-indirect';
import { ACT_PATTERNS } from './crisis-acts';

export const ENGLISH_PATTERNS: readonly CrisisPattern[] = [...CRISIS_PATTERNS, ...SIGNAL_PATTERNS, ...FAMILY_PATTERNS, ...DRIVE_PATTERNS, ...INDIRECT_PATTERNS, ...ACT_PATTERNS];

/** Patterns whose match inside a sentence is also a match of the sentences joined (no ^, $ or lookaround in them). */
const CONTEXT_FREE: ReadonlySet<CrisisPattern> = new Set(ENGLISH_PATTERNS.filter((pattern) => !/[\^$]|\(\?<?[=!]/.test(pattern.regex.source)));

/** Whether a global regex matches anywhere in `text`, its lastIndex left at 0. */
function matchesSomewhere(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

/** The patterns worth reading sentence by sentence in a message of `sentenceCount` sentences joined as `text`. */
export function patternsToRead(sentenceCount: number, text: string): readonly CrisisPattern[] {
  if (sentenceCount <= 1) return ENGLISH_PATTERNS;
  return ENGLISH_PATTERNS.filter((pattern) => !CONTEXT_FREE.has(pattern) || matchesSomewhere(pattern.regex, text));
}

/** Whether a pattern's message-wide conditions hold for `text`, each read at most once. */
export function conditionsOf(text: string): (pattern: CrisisPattern) => boolean {
  const applies = new Map<CrisisPattern, boolean>();
  return (pattern) => {
    let result = applies.get(pattern);
    if (result === undefined) {
      result = (!pattern.onlyWith || pattern.onlyWith.test(text)) && !pattern.unlessWith?.test(text);
      applies.set(pattern, result);
    }
    return result;
  };
}
