/**
 * Crisis phrases in languages beyond the six the full screen reads: Dutch, Polish, Turkish,
 * Russian and Ukrainian (Cyrillic and the usual Latin transliteration), Chinese (simplified and
 * traditional), Japanese, Korean, Arabic (standard and the common dialect verbs), Persian, Hebrew,
 * Hindi (Devanagari and Hinglish), Vietnamese, Indonesian/Malay, Tagalog, Greek, Swedish and
 * Norwegian/Danish, so a message in one of them degrades to the crisis reply with local and
 * international resources instead of silence. Per language (the families live in
 * crisis-lexicon-other-{latin,sea,cyrillic-greek,cjk,rtl-indic}.ts; the r28b ones, read as further
 * alternatives of the same language, in crisis-lexicon-other-r28-{west,east,acts}.ts):
 *   - benign frames, erased before anything else is read: negation of the bare suicide word
 *     ("nie mam myśli samobójczych", "我不是想自殺"), a film/novel/news/documentary about suicide,
 *     and idioms that share the words ("dood van het lachen", "笑死", "웃겨 죽겠다");
 *   - crisis families: first-person intent (want to die, kill myself, end my life, in their
 *     inflections and colloquial forms), a time with intent, method and means at hand, farewell,
 *     self-harm now; and (r26b) pills already swallowed, a method or day decided ("I've decided
 *     how: from the ninth floor"), affairs put in order (a will or letters written, accounts
 *     deleted or savings sent), belongings given away "since I won't need them", abuse happening
 *     now (hitting me, locked in the bathroom), a threat to stab or kill someone with the weapon
 *     at hand; with the romanized typing (Arabizi, Finglish, Greeklish, Russian/Ukrainian
 *     translit, Hinglish) and net slang (紫砂, 鼠掉, しにたい) of the same ideas;
 *   - concern families: passive wish (not wake up, disappear), burden, hopelessness, trapped (no
 *     way out), an urge to self-harm, the bare suicide word;
 *   - who + reported: a friend/sibling/child reported to say or do it (third-person forms and
 *     quoted first-person ones) is CONCERN for someone else, never CRISIS.
 * It is not the full screen of the six main languages (Japanese is read before Chinese: the two
 * share 自殺); with ANTHROPIC_API_KEY the model's second opinion reads any language.
 */
import type { RiskLevel } from './crisis';
import { LATIN_RULES } from './crisis-lexicon-other-latin';
import { SEA_RULES } from './crisis-lexicon-other-sea';
import { CYRILLIC_GREEK_RULES } from './crisis-lexicon-other-cyrillic-greek';
import { CJK_RULES } from './crisis-lexicon-other-cjk';
import { RTL_INDIC_RULES } from './crisis-lexicon-other-rtl-indic';
import { R28_WEST } from './crisis-lexicon-other-r28-west';
import { R28_EAST } from './crisis-lexicon-other-r28-east';
import { R28_ACTS } from './crisis-lexicon-other-r28-acts';
import { R29_WEST } from './crisis-lexicon-other-r29-west';
import { R29_EAST } from './crisis-lexicon-other-r29-east';
import { R29_ROMAN, R29_MIXED_FRAMES } from './crisis-lexicon-other-r29-roman';
import { R29_BENIGN } from './crisis-lexicon-other-r29-benign';
import { EVERYDAY } from './crisis-lexicon-other-everyday';
import { POISON } from './crisis-lexicon-other-poison';

/** Languages with core phrases only. */
export type CoreLanguage = 'nl' | 'pl' | 'tr' | 'ru' | 'uk' | 'zh' | 'ja' | 'ko' | 'ar' | 'fa' | 'he' | 'hi' | 'vi' | 'id' | 'tl' | 'el' | 'sv' | 'no';

/** A finding of this screen (others: a report about someone else, always CONCERN). */
export interface CoreHit {
  language: CoreLanguage;
  level: Exclude<RiskLevel, 'NONE'>;
  others: boolean;
}

/**
 * One language's families, written as newline-separated alternatives over the folded text (see
 * fold). `NL` stands for "no letter before" and `NR` for "no letter after": `\b` only knows ASCII,
 * so non-Latin phrases are bounded with them.
 */
export interface LanguageRules {
  language: CoreLanguage;
  /** Negation, media and idiom frames: erased before the families are read. */
  benign: string;
  crisis: string;
  concern: string;
  /** A third person (friend, sibling, child, colleague) who said or wrote something. */
  who: string;
  /** What they said or did: third-person risk forms and quoted first-person ones. */
  reported: string;
  /** The patient's own voice with a crisis verb whose form is the same in the third person ("ja chcę umrzeć", "aku pengen mati"): the message stays the patient's own. */
  self?: string;
}

/** More families for some languages, read with that language's own (same fields, added as further alternatives). */
export type ExtraRules = Partial<Record<CoreLanguage, Partial<Omit<LanguageRules, 'language'>>>>;

/** A language's families with the r28 and r29 families (crisis-lexicon-other-r28-{west,east,acts}.ts, -r29-{west,east,roman,benign}.ts) and the everyday benign frames (crisis-lexicon-other-everyday.ts) added. */
function withExtras(rules: LanguageRules): LanguageRules {
  const out: LanguageRules = { ...rules };
  for (const extra of [R28_WEST[rules.language], R28_EAST[rules.language], R28_ACTS[rules.language], R29_WEST[rules.language], R29_EAST[rules.language], R29_ROMAN[rules.language], R29_BENIGN[rules.language], POISON[rules.language], EVERYDAY[rules.language]]) {
    if (!extra) continue;
    for (const field of ['benign', 'crisis', 'concern', 'who', 'reported', 'self'] as const) {
      const more = extra[field];
      if (more) out[field] = `${out[field] ?? ''}\n${more}`;
    }
  }
  return out;
}

/**
 * The letters `NL`/`NR` look at: the language's own script block where it has one (a phrase in
 * Cyrillic, Greek, Arabic, Hebrew or Devanagari is bounded by letters of its script; a Latin letter
 * glued to it without a space does not occur in practice), every letter and mark elsewhere. A
 * script block is a small class: the Unicode classes made every NL/NR a large one, and those
 * regular expressions cost about fifteen times as much to compile (V8 compiles them again after
 * a garbage collection flushes their code).
 */
const LETTERS: Partial<Record<CoreLanguage, string>> = {
  ru: '\\u0400-\\u04FF',
  uk: '\\u0400-\\u04FF',
  el: '\\u0370-\\u03FF\\u1F00-\\u1FFF',
  ar: '\\u0600-\\u06FF\\u0750-\\u077F',
  fa: '\\u0600-\\u06FF\\u0750-\\u077F',
  he: '\\u0590-\\u05FF',
  hi: '\\u0900-\\u097F',
};

function alternatives(lines: string, language: CoreLanguage): string {
  const letters = LETTERS[language] ?? '\\p{L}\\p{M}';
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => `(?:${line})`)
    .join('|')
    .replaceAll('NL', `(?<![${letters}])`)
    .replaceAll('NR', `(?![${letters}])`);
}

interface Compiled {
  language: CoreLanguage;
  benign: RegExp;
  crisis: RegExp;
  concern: RegExp;
  who: RegExp;
  reported: RegExp;
  self: RegExp | null;
}

// A line left ending in "|" would add an empty alternative that matches every message: refused at load.
const checked = (regex: RegExp, language: CoreLanguage): RegExp => {
  if (regex.test(' ')) throw new Error(`crisis-lexicon-other: an empty alternative in ${language}`);
  regex.lastIndex = 0;
  return regex;
};

const compile = (rules: LanguageRules): Compiled => ({
  language: rules.language,
  benign: new RegExp(alternatives(rules.benign, rules.language), 'gu'),
  crisis: checked(new RegExp(alternatives(rules.crisis, rules.language), 'u'), rules.language),
  concern: checked(new RegExp(alternatives(rules.concern, rules.language), 'u'), rules.language),
  who: checked(new RegExp(alternatives(rules.who, rules.language), 'u'), rules.language),
  reported: checked(new RegExp(alternatives(rules.reported, rules.language), 'u'), rules.language),
  self: rules.self ? new RegExp(alternatives(rules.self, rules.language), 'u') : null,
});

// Japanese before Chinese: the two share 自殺 and 死.
const LANGUAGES: readonly Compiled[] = [...LATIN_RULES, ...SEA_RULES, ...CYRILLIC_GREEK_RULES, ...CJK_RULES, ...RTL_INDIC_RULES].map(withExtras).map(compile);

/**
 * The message in the form the phrases are written for: lower case; accents dropped from Latin,
 * Greek, Arabic and Hebrew letters (Polish ł, Turkish ı, Vietnamese đ, Danish/Norwegian ø and æ
 * written l, i, d, o and ae; Arabic alef forms written ا, Persian ی and ک written ي and ك);
 * Cyrillic (ё written е), Devanagari and the CJK scripts keep theirs; every run of other
 * characters (punctuation, the Persian zero-width non-joiner) is one space.
 */
export function fold(message: string): string {
  return message
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFKD')
    .replace(/(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[أإآ]/g, 'ا')
    .replace(/[یى]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ');
}

/** Crisis phrases of the other languages found in a message. */
export function screenOtherLanguages(message: string): CoreHit[] {
  // Every language's benign frames are erased first: a frame in one language also keeps a word it
  // shares with another (自殺 in Japanese and Chinese, "suicidal" in Taglish) from being read there.
  let read = ` ${fold(message)} `;
  for (const rules of LANGUAGES) read = read.replace(rules.benign, ' ');
  const hits: CoreHit[] = [];
  for (const rules of LANGUAGES) {
    if (rules.who.test(read) && rules.reported.test(read) && !rules.self?.test(read)) hits.push({ language: rules.language, level: 'CONCERN', others: true });
    else if (rules.crisis.test(read)) hits.push({ language: rules.language, level: 'CRISIS', others: false });
    else if (rules.concern.test(read)) hits.push({ language: rules.language, level: 'CONCERN', others: false });
  }
  return hits;
}

// Taglish and Hinglish frames around an English risk word, written in English so the English
// screen (which reads negation and reported speech) and the learned layer read them as meant:
// negations ("hindi ako suicidal", "main suicidal nahi hoon", "wala akong balak mag suicide",
// "kill myself nahi karunga" → "i am not suicidal"), a third person's wish ("wo suicide karna
// chahti hai", "gusto niya mag suicide" → "she wants to commit suicide"), and a film/book/news
// about suicide ("documentary tungkol sa suicide", "suicide par ek film" → "a documentary about
// that topic"); a relative's post ("kapatid ko nag post ng 'goodbye world'", "temen aku posting
// 'goodbye'" → "... my friend posted"); a first-person Hinglish intent ("suicide kar lunga" → "i will
// kill myself"), so an English farewell quoted from them reads as a report.
const MIXED_FRAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:hindi|di|hnd|hndi)\s+(?:naman\s+|po\s+)?ako\s+(?:naman\s+|po\s+)?(suicidal|depressed)\b/giu, 'i am not $1'],
  [/\bwala\s*(?:akong|ako\s*ng|kong)\s+(?:balak|plano|planong|iniisip|intensyon)\s+(?:na\s+|na?ng\s+)?mag[- ]?(suicide|kill\s+myself|self[- ]harm)\b/giu, 'i have no plan to $1'],
  [/\b(?:hindi|di)\s+ko\s+(?:naman\s+)?(?:gagawin|balak|gusto)\s+(?:na\s+)?mag[- ]?(suicide|kill\s+myself)\b/giu, 'i do not want to $1'],
  [/\b(?:niet|nie|inte|ikke|nicht)\s+(?:echt\s+|zo\s+|wcale\s+|alls\s+|helt\s+)?(suicidal|depressed)\b/giu, 'not $1'],
  [/\b(suicidal|depressed)\s+(?:degilim|değilim|falan\s+degilim|falan\s+değilim)/giu, 'not $1'],
  [/\b(?:main|mai|mein|me)\s+(suicidal|depressed)\s+(?:bilkul\s+)?(?:nahi|nahin|nhi|nai|na)\s*(?:hoon|hun|hu|hoo|hn)?\b/giu, 'i am not $1'],
  [/(?:मैं|में)\s+(suicidal|depressed)\s+(?:बिल्कुल\s+)?(?:नहीं|नही)(?:\s+(?:हूँ|हूं|हु))?/giu, 'i am not $1'],
  [/\b(suicide|kill\s+myself)\s+(?:nahi|nahin|nhi|nai)\s+(?:karunga|karungi|karne\s+wala|karne\s+wali|karna\s+chahta|karna\s+chahti)\b/giu, 'i will not $1'],
  [/\b(?:mujhe|muje)\s+(?:koi\s+)?(suicidal\s+thoughts?|suicide\s+ke\s+(?:khayal|khyal|thoughts?))\s+(?:nahi|nahin|nhi)\s+(?:aate|aata|aati|hai|hain)\b/giu, 'i have no $1'],
  [/\b(?:wo|woh|vo|voh)\s+(?:bhi\s+)?(?:suicide|kill\s+(?:himself|herself|khud\s+ko))\s+(?:karna\s+)?chahta\s+(?:hai|he|h)\b/giu, 'he wants to commit suicide'],
  [/\b(?:wo|woh|vo|voh)\s+(?:bhi\s+)?(?:suicide|kill\s+(?:himself|herself|khud\s+ko))\s+(?:karna\s+)?chahti\s+(?:hai|he|h)\b/giu, 'she wants to commit suicide'],
  [/\b(?:gusto|balak)\s+(?:na\s+)?(?:niya|nya|daw)\s+(?:na\s+|nang\s+)?mag[- ]?(?:suicide|kill\s+(?:himself|herself))\b/giu, 'they want to commit suicide'],
  [/\b(suicide|self[- ]harm)\s+(?:jaisa|jaise|waisa|wala|ke\s+(?:baare|bare)\s+(?:mein|me|mai)|ka)\s+(?:kuch\s+)?(?:bhi\s+)?(?:nahi|nhi|nahin)\s+soch\s*(?:raha|rahi|rha|rhi|ta|ti)?\b/giu, 'i am not thinking about $1'],
  [/\b(suicide|self[- ]harm)\s+(?:जैसा|वैसा|के बारे में|का)\s+(?:कुछ\s+)?(?:भी\s+)?(?:नहीं|नही)\s+सोच(?:\s*(?:रहा|रही|ता|ती))?/giu, 'i am not thinking about $1'],
  [/(?:मेरी|मेरा|मेरे)\s+(?:दोस्त|बहन|भाई|बेटी|बेटा|सहेली|कज़िन|कजिन|पत्नी|पति)\s+ने\s[^\n]{0,25}?(?:लिखा|पोस्ट किया|भेजा|कहा)/gu, '$& my friend wrote'],
  [/\b(?:meri|mera|mere)\s+(?:dost|behen|behan|bhai|friend|beti|beta|saheli|cousin)\s+ne\s[^\n]{0,25}?\b(?:likha|post\s+kiya|bheja|kaha|bola|boli)\b/giu, '$& my friend wrote'],
  [/\b(?:(?:main|mai|me)\s+)?(?:suicide|sucide)\s+(?:kar\s+(?:lunga|lungi|loonga|loongi|lenge|lungaa)|karunga|karungi|karoonga|karoongi)\b/giu, 'i will kill myself'],
  [/\b(?:kapatid|kaibigan|anak|pinsan|tropa|bestfriend|best friend|bff|nanay|tatay|ate|kuya|jowa|asawa|classmate|officemate|katrabaho)\s+(?:ko|namin)\s[^\n]{0,25}?\bnag[- ]?(?:post|message|text|chat|pm|dm|story)\b/giu, '$& my friend posted'],
  [/\b(?:temen|teman|temanku|temenku|adik|adikku|adek|kakak|kakakku|sahabat|sahabatku|anak|anakku|sepupu|pacar|pacarku|suami|istri)\s[^\n]{0,20}?\b(?:posting|post|nge-?post|upload|bikin status|update status|nulis status)\b/giu, '$& my friend posted'],
  [/\b(pelikula|movie|film|libro|book|balita|news|docu|documentary|serye|series)\s+tungkol\s+sa\s[^.!?\n]{0,40}?\bnag[- ]?suicide\b/giu, '$1 about that topic'],
  [/\b(documentary|docu|docuseries|film|movie|pelikula|libro|book|kitab|novel|nobela|news|balita|series|serye|article|podcast)\s+(?:tungkol\s+sa|about|par|pe|ke\s+(?:baare|bare)\s+(?:mein|me|mai|main))\s+(?:ng\s+)?(?:suicide|suicides)\b/giu, '$1 about that topic'],
  [/\b(?:suicide|suicides)\s+(?:par|pe|ke\s+(?:baare|bare)\s+(?:mein|me|mai|main)|ke\s+upar)\s+(?:ek\s+|ik\s+)?(documentary|film|movie|kitab|book|novel|news|series|article|podcast)\b/giu, 'a $1 about that topic'],
  ...R29_MIXED_FRAMES,
];

/** A message with Taglish/Hinglish frames around English risk words rewritten in English (see above). */
export function mixedFramesInEnglish(message: string): string {
  let out = message;
  for (const [pattern, english] of MIXED_FRAMES) out = out.replace(pattern, english);
  return out;
}

