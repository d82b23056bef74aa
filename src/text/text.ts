import { stem } from './porter-stemmer';

/**
 * English function words (close to PostgreSQL's `english` stop list) plus the fillers and
 * backchannels that fill any speech transcript; neither says what a passage is about.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its itself
  just me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves
  um uh er erm ah oh hmm mm mhm mm-hmm uh-huh uh-uh yeah yep yup okay ok`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Clitics that carry no topic; "n't" survives as "not" because negation can matter. */
const CLITIC = /'(s|re|m|ll|ve|d)$/;
const IRREGULAR_NEGATIONS: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall' };

/** Lower-cased word tokens with contractions opened up ("don't" → "do", "not"). */
export function tokenize(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
  const tokens: string[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    if (word.endsWith("n't")) {
      tokens.push(IRREGULAR_NEGATIONS[word] ?? word.slice(0, -3), 'not');
    } else {
      tokens.push(word.replace(CLITIC, ''));
    }
  }
  return tokens;
}

/** Tokens that say what the text is about: stop words and fillers removed. */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((token) => !STOP_WORDS.has(token));
}

/** Content tokens reduced to stems, the unit the full-text and hashing features count. */
export function contentStems(text: string): string[] {
  return contentTokens(text).flatMap((token) => token.split('-')).filter((part) => !STOP_WORDS.has(part)).map(stem);
}

/**
 * Removes the "Therapist: " style label at the start of each chunk line. The labels repeat in
 * every chunk, so counting them would pull all chunks of a session towards each other.
 */
export function stripSpeakerLabels(text: string): string {
  return text.replace(/^[^\S\n]*[^:\n]{1,40}:[^\S\n]+/gm, '');
}
