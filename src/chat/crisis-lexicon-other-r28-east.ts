import type { ExtraRules } from './crisis-lexicon-other';

export const R28_EAST: ExtraRules = {};
