/**
 * Text preparation for the crisis classifier (src/chat/crisis.ts).
 *
 * Patients type fast and informally, often in distress, so matching is done on a normalised
 * form: lower case, contractions expanded ("can't" → "can not", so negation is one token),
 * apostrophe-less and texting spellings mapped ("dont", "wanna", "kms"), leetspeak and
 * stretched letters undone ("k1ll", "dieee"), and hyphens dropped ("self-harm" → "self harm").
 * Commas stay as their own token so a pattern never matches across them, and clause
 * boundaries (commas, "and", "but", …) scope negation and subjects. Symbols inside words,
 * spaced or joined words and misspellings of the lexicon are repaired by crisis-fuzzy.ts.
 */
import { messagePieces } from '../text/sentences';
import { correctSpelling, repairTyping } from './crisis-fuzzy';

/** One sentence of the message in normalised form. */
export interface Sentence {
  /** Normalised tokens joined by single spaces; commas are separate tokens. */
  text: string;
  /** Whether the sentence ended with a question mark (rhetorical doubt about living counts). */
  isQuestion: boolean;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'am not'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\b(he|she|it|that|there|what|who|this|tonight|today|life|everything|nothing|where|here)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
];

// Whole-token rewrites for texting spellings; values may be several words.
const SLANG: Record<string, string> = {
  dont: 'do not', dnt: 'do not', cant: 'can not', cnt: 'can not', wont: 'will not',
  didnt: 'did not', doesnt: 'does not', dosent: 'does not', isnt: 'is not', wasnt: 'was not',
  arent: 'are not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not',
  wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not', aint: 'am not',
  im: 'i am', iam: 'i am', ive: 'i have', id: 'i would', youre: 'you are', theyre: 'they are',
  hes: 'he is', shes: 'she is', thats: 'that is', whats: 'what is', theres: 'there is',
  wanna: 'want to', wana: 'want to', gonna: 'going to', gona: 'going to', finna: 'going to',
  gotta: 'got to', tryna: 'trying to', imma: 'i am going to', ima: 'i am going to',
  kinda: 'kind of', sorta: 'sort of', dunno: 'do not know', idk: 'i do not know',
  idc: 'i do not care', idgaf: 'i do not care', idw: 'i do not want', ngl: 'honestly',
  tbh: 'honestly', rn: 'right now', tonite: 'tonight', nite: 'night', nites: 'nights', '2nite': 'tonight', '2night': 'tonight',
  tmrw: 'tomorrow', tmr: 'tomorrow', tmw: 'tomorrow', '2day': 'today', u: 'you', ur: 'your',
  r: 'are', n: 'and', ppl: 'people', bf: 'boyfriend', gf: 'girlfriend', mum: 'mom', hubby: 'husband',
  bc: 'because', cuz: 'because', coz: 'because', cos: 'because', bcuz: 'because', cause: 'because',
  lyf: 'life', liv: 'live', kil: 'kill', kiling: 'killing', dieing: 'dying', wnt: 'want',
  wnat: 'want', kms: 'kill myself', sui: 'suicidal', selfharm: 'self harm',
  sewerslide: 'suicide', lyfe: 'life', killmyself: 'kill myself', unalivemyself: 'unalive myself', sucidal: 'suicidal', myslef: 'myself', myslf: 'myself', mysef: 'myself', mysefl: 'myself',
  myelf: 'myself', meself: 'myself', mself: 'myself', urself: 'yourself', hisself: 'himself',
  bout: 'about', abt: 'about', ded: 'dead', agen: 'again', agin: 'again', evry1: 'everyone', every1: 'everyone', wud: 'would', wld: 'would', sumtimes: 'sometimes', somtimes: 'sometimes', gbye: 'goodbye', gudbye: 'goodbye', goodby: 'goodbye', byee: 'bye', wantto: 'want to', goingto: 'going to', needto: 'need to',
};

// Dropped final g ("thinkin bout killin myself"): only verbs the patterns use, so "cousin" and "within" stay.
const DROPPED_G = new Set([
  'thinking', 'killing', 'cutting', 'dying', 'ending', 'hurting', 'going', 'nothing', 'something', 'feeling', 'trying', 'planning',
  'jumping', 'hanging', 'taking', 'saying', 'wanting', 'burning', 'harming', 'starving', 'drowning', 'shooting', 'stabbing', 'hitting',
  'beating', 'choking', 'living', 'doing', 'getting', 'saving', 'giving', 'writing', 'wishing', 'hoping', 'praying', 'bleeding',
  'fighting', 'existing', 'waking', 'offing', 'unaliving', 'overdosing', 'considering', 'contemplating', 'fantasizing', 'imagining',
]);
// A digit 2 after these words is "to": "i want 2 die", "going 2 end it".
const TWO_AS_TO = /\b(want|wanna|need|going|trying|ready|about|plan|planning|decided|deserve|wish) 2\b/g;

const SUICIDE_SPELLING = /^s[uoe]{1,3}[iy]?[cs]{1,2}[iy]{0,2}d(?:e|es)$/;
const SUICIDAL_SPELLING = /^s[uoe]{1,3}[iy]?[cs]{1,2}[iy]{0,2}d[iae]{0,3}l+$/;

const PHRASES: Array<[RegExp, string]> = [
  [/\bany more\b/g, 'anymore'],
  [/\bsewer ?slides?\b/g, 'suicide'],
  [/\bun alive\b/g, 'unalive'],
  [/\b(?:toaster bath|final exit)\b/g, 'suicide'],
];

/** Words that end one clause and start another, for negation and subject scope. */
export const CLAUSE_BREAKS = new Set([',', 'and', 'but', 'because', 'however', 'although', 'though', 'yet', 'except', 'plus']);

/** Words that separate time frames inside a sentence ("I used to …, but now …"). */
export const CONTRAST_BREAKS = new Set(['but', 'however', 'although', 'though', 'yet', 'except', 'now']);

function undoLeetAndStretching(text: string): string {
  return text
    .replace(/(?<=[a-z])[013457@$](?=[a-z])/g, (ch) => LEET[ch] ?? ch)
    .replace(/([a-z])\1{2,}/g, '$1');
}

function normaliseToken(token: string): string {
  if (SLANG[token] !== undefined) return SLANG[token];
  if (token.endsWith('in') && DROPPED_G.has(`${token}g`)) return `${token}g`;
  if (SUICIDE_SPELLING.test(token)) return 'suicide';
  if (SUICIDAL_SPELLING.test(token)) return 'suicidal';
  return correctSpelling(token);
}

/** Lower-cases, expands contractions and cleans punctuation of one sentence's raw text. */
export function normaliseSentence(raw: string): string {
  let text = undoLeetAndStretching(raw.toLowerCase().normalize('NFKC').replace(/[\u2018\u2019\u201B`\u00B4\u2032]/g, "'"));
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  text = text.replace(/,/g, ' , ').replace(/[^a-z0-9, ]+/g, ' ').replace(TWO_AS_TO, '$1 to');
  text = text.split(/\s+/).filter(Boolean).map(normaliseToken).join(' ');
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  return text;
}

// Chat questions often lose their "?": "is life even worth living".
const QUESTION_START = /^(?:is|does|do|did|why|what|would|will|should|can|could|am|are|how come)\b/;

/** Splits a raw message into normalised sentences, remembering which were questions. */
export function splitSentences(message: string): Sentence[] {
  return mergeEmphasis(messagePieces(repairTyping(message.toLowerCase())))
    .map((piece) => {
      const text = normaliseSentence(piece);
      return { text, isQuestion: piece.includes('?') || QUESTION_START.test(text) };
    })
    .filter((sentence) => sentence.text.length > 0);
}

// Words that are a whole sentence on their own: "No. Kms." must not become "no kms".
const INTERJECTIONS = new Set(['no', 'nope', 'yes', 'yeah', 'yep', 'ok', 'okay', 'fine', 'well', 'honestly', 'lol', 'hi', 'hey', 'thanks', 'sorry', 'anyway', 'whatever']);

// "I. Want. To. Die." and "Cant. Go. On.": full stops used for emphasis, not as sentence ends.
function mergeEmphasis(pieces: string[]): string[] {
  const merged: string[] = [];
  let previousWasShort = false;
  for (const piece of pieces) {
    const words = piece.trim().split(/\s+/);
    const isShort = words.length <= 2 && !piece.includes('?') && !INTERJECTIONS.has(words[0].toLowerCase().replace(/[^a-z]/g, ''));
    if (isShort && previousWasShort) merged[merged.length - 1] += ` ${piece.replace(/[.!;:\n]+$/, '')}`;
    else merged.push(isShort ? piece.replace(/[.!;:\n]+$/, '') : piece);
    previousWasShort = isShort;
  }
  return merged;
}

/**
 * Every match of a global regex in `text`, as `String.prototype.matchAll` yields them, without the
 * copy of the regex that matchAll makes on each call (the screen runs ~700 shared patterns per
 * sentence). The matches are collected before the caller reads any, and `lastIndex` is left at 0,
 * so a caller may use the same regex again while reading them.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    matches.push(match);
    // An empty match advances by one character (a code point under "u"), as matchAll does.
    if (match[0] === '') regex.lastIndex += regex.unicode && (text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  regex.lastIndex = 0;
  return matches;
}

const messageTests = { message: '', results: new Map<RegExp, boolean>() };

/**
 * `regex.test(message)` for a message-wide condition, read once per message: each sentence of a
 * message asks the same questions of the whole message, which made a long message quadratic.
 * For regexes without the "g" or "y" flag (their test keeps no state); one message remembered.
 */
export function messageHas(regex: RegExp, message: string): boolean {
  if (messageTests.message !== message) {
    messageTests.message = message;
    messageTests.results.clear();
  }
  let result = messageTests.results.get(regex);
  if (result === undefined) {
    result = regex.test(message);
    messageTests.results.set(regex, result);
  }
  return result;
}

/** Words written with a capital letter mid-sentence: likely names ("I want to hurt Dave"). */
export function findCapitalisedNames(message: string): Set<string> {
  const names = new Set<string>();
  for (const match of message.matchAll(/(?<![.!?]\s*)(?<=\S\s+)([A-Z][a-z]+)\b/g)) {
    names.add(match[1].toLowerCase());
  }
  return names;
}

// How far around a match to look for its clause and time frame. Enough for any real clause,
// and it keeps a long run-on message linear in the number of matches.
const CONTEXT_CHARS = 300;

/** Whole tokens of `sentence` between two offsets, dropping a token cut by the window edge. */
function tokensBetween(sentence: string, start: number, end: number): string[] {
  const from = Math.max(0, start);
  const tokens = sentence.slice(from, end).trim().split(' ').filter(Boolean);
  const isInsideToken = (at: number) => at > 0 && at < sentence.length && sentence[at - 1] !== ' ' && sentence[at] !== ' ';
  const cutAtStart = isInsideToken(from);
  const cutAtEnd = isInsideToken(end);
  return tokens.slice(cutAtStart ? 1 : 0, cutAtEnd ? -1 : undefined);
}

/** The tokens of the clause that precede a character offset in a normalised sentence. */
export function clausePrefix(sentence: string, offset: number): string[] {
  const before = tokensBetween(sentence, offset - CONTEXT_CHARS, offset);
  let start = before.length;
  while (start > 0 && !CLAUSE_BREAKS.has(before[start - 1])) start -= 1;
  return before.slice(start);
}

/** The clause around a matched span, as text (used for accident and hyperbole cues). */
export function clauseAround(sentence: string, offset: number, length: number): string {
  const after = tokensBetween(sentence, offset + length, offset + length + CONTEXT_CHARS);
  let end = 0;
  while (end < after.length && !CLAUSE_BREAKS.has(after[end])) end += 1;
  return [...clausePrefix(sentence, offset), sentence.slice(offset, offset + length), ...after.slice(0, end)].join(' ');
}

/** The stretch of a sentence between contrast words around an offset: one time frame. */
export function timeFrameAround(sentence: string, offset: number): string {
  const windowStart = offset > CONTEXT_CHARS ? sentence.indexOf(' ', offset - CONTEXT_CHARS) + 1 : 0;
  const tokens = tokensBetween(sentence, windowStart, offset + CONTEXT_CHARS);
  const relativeOffset = offset - windowStart;
  let position = 0;
  let index = 0;
  while (index < tokens.length && position + tokens[index].length < relativeOffset) {
    position += tokens[index].length + 1;
    index += 1;
  }
  let start = index;
  while (start > 0 && !CONTRAST_BREAKS.has(tokens[start - 1])) start -= 1;
  let end = index;
  while (end < tokens.length && !(end > index && CONTRAST_BREAKS.has(tokens[end]))) end += 1;
  return tokens.slice(start, end).join(' ');
}
