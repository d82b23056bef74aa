/**
 * Crisis screen for patient chat messages. `chat` runs it FIRST, before consent, rate limits,
 * length checks and retrieval. It answers a level:
 * - CRISIS: the patient's own active suicidal thoughts, intent, method, plan, preparation,
 *   means at hand, a time or a farewell (C-SSRS screener items 2-6 and 988's warning signs, see
 *   crisis-signals.ts), self-harm, harm to others or abuse in progress. The patient gets a fixed
 *   caring reply with resources (crisis-resources.ts) and their therapists an urgent alert.
 * - CONCERN: a passive wish to be dead (C-SSRS item 1), hopelessness, burden, feeling trapped,
 *   unbearable pain, anything ambiguous, or a report about someone else (concernForOthers):
 *   answered normally, with resources and a lower-priority alert. When in doubt, CONCERN.
 *
 * It is rules-based on purpose: deterministic, a fraction of a millisecond for a typical message
 * and linear in its length, no network and no model, so it cannot be down, slow or rate limited
 * when it matters (risk-screen.ts adds Claude as a second opinion that can only raise the level).
 * A small offline linear classifier (crisis-model.ts, trained by tests/unit/crisis-table/train.ts)
 * reads the same message and can only raise the level (raiseWithModel below).
 * A message is repaired for how people type (crisis-fuzzy.ts), normalised (crisis-text.ts),
 * split into sentences and clauses, and matched against English pattern families
 * (crisis-patterns.ts, crisis-signals.ts, crisis-families.ts, crisis-drive.ts, crisis-harm.ts, crisis-indirect.ts, crisis-acts.ts); Spanish, French, German, Portuguese
 * and Italian are screened on folded text (crisis-foreign.ts) and crisis-language.ts names the
 * message's language. Each English match is then read in its clause:
 *
 * - Safety first. A missed crisis is far worse than an unneeded resource card, so whenever
 *   the reading is unclear (no subject, odd tense, hedging) the match counts as a crisis.
 * - Negation is scoped to the clause, a few words back: "I'm not suicidal", "I don't want to
 *   die", "I would never hurt myself" are not crises, but "I'm not okay, I want to die" is
 *   (the negation is in another clause), as are "I can't stop thinking about killing myself"
 *   (double negation) and "I'm not saying I want to die" (reporting verbs end the scope).
 *   Wanting to live is the reverse case: "I don't want to live anymore", "I can't go on" and
 *   doubt ("I'm not sure I want to live", "is life worth living?") ARE crises.
 * - Reported speech about a third party ("my friend said she wanted to die", "my brother tried
 *   to kill himself last year") is not the patient's crisis: isCrisis is false but
 *   concernForOthers is true and `categories` names what was found, so the product can offer
 *   resources gently without alerting. "Me too" / "so do I" next to it makes it the patient's.
 *   Someone harming the patient ("my husband is hitting me", "he's threatening to kill me",
 *   "I'm scared he'll hurt me tonight") is ABUSE_IN_PROGRESS and a crisis.
 * - Past references: a time frame with a distant-past marker ("used to", "years ago", "when I
 *   was a teen", "last year") and nothing current is history, not a crisis ("in our session we
 *   talked about when I used to self-harm years ago"). Any present-tense urge, recent time
 *   ("last night", "this week"), "since …" or a recurrence anywhere in the message ("again",
 *   "lately", "urges", "relapsed") makes it a crisis. Mentions with no time marker ("what did
 *   we say about my suicidal thoughts?") are treated as current: the safe reading.
 * - Figures of speech are exceptions in the patterns, not a lookup of phrases: "die of
 *   embarrassment", "rather die than …", "dying to see", "this traffic is killing me" (a
 *   thing, not a person, as subject), "kill for a coffee" / "kill it" (no person as object).
 *
 * Limits: rules recognise phrasings, not meaning. On fresh messages (tests/unit/crisis.heldout.ts
 * and the rounds of tests/unit/crisis-table/) first-run crisis recall was between 0 and 0.8 per
 * round (median about 0.4) before each round's misses were added as general families, so this is a first line of
 * defence that fails towards silence on novel wording; it should not be the only safety layer. A
 * held-out batch nobody tuned on is measured separately (README, safety section).
 *
 * It never logs: crisis text must not reach logs, and callers should log only the result.
 */
import { allMatches, findCapitalisedNames, splitSentences, clausePrefix, clauseAround, timeFrameAround, type Sentence } from './crisis-text';
import type { CrisisPattern } from './crisis-patterns';
import { conditionsOf, patternsToRead } from './crisis-english';
import { findOtherSubject, isAccident, isDistantPast, isRecent, mentionsRecurrence, readNegation, resolveSpeakerOwner, type Owner } from './crisis-grammar';
import { HARM_TO_OTHERS, isFigurativeThreat, isPersonObject, isTrivialTrigger } from './crisis-harm';
import { foldText, screenForeign } from './crisis-foreign';
import { detectLanguage, languageScores, lexiconLanguages } from './crisis-language';
import { mixedFramesInEnglish, screenOtherLanguages, type CoreLanguage } from './crisis-lexicon-other';
import { crisisModel } from './crisis-model';
import { asReport } from './crisis-reported';
import { neutraliseEnglish, neutraliseFolded } from './crisis-benign';
import { asTopic } from './crisis-topic';

export { asTopic } from './crisis-topic';

/** The kinds of crisis the classifier recognises. */
export type CrisisCategory = 'SUICIDE' | 'SELF_HARM' | 'HARM_TO_OTHERS' | 'ABUSE_IN_PROGRESS';

/**
 * How urgent a message is. CRISIS: the fixed caring reply, resources and an urgent alert.
 * CONCERN: ambiguous or passive signs, or worry about someone else: answered normally, with
 * resources and a lower-priority alert. When in doubt, CONCERN, never NONE.
 */
export type RiskLevel = 'NONE' | 'CONCERN' | 'CRISIS';

/** Languages the screen reads (ISO 639-1); the crisis reply is written in the message's language where possible. */
export type ScreenLanguage = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';

/**
 * The classifier's verdict. `categories` lists the patient's crisis categories when the level is
 * CRISIS; at CONCERN, the categories of the patient's concern signs and of concernForOthers;
 * empty at NONE.
 */
export interface CrisisAssessment {
  /** The level the product acts on; `isCrisis` is `level === 'CRISIS'`. */
  level: RiskLevel;
  /** The message's language as far as the screen can tell ('en' when unsure; nl, pl, tr, ru only from their core phrases). */
  language: ScreenLanguage | CoreLanguage;
  isCrisis: boolean;
  categories: CrisisCategory[];
  concernForOthers: boolean;
}

type Status = 'ACTIVE' | 'DENIED' | 'HISTORICAL';
interface Hit {
  category: CrisisCategory;
  owner: Owner;
  status: Status;
  level?: 'CONCERN';
}

/** A phrase-lexicon finding (the five languages' or the eighteen's) as a hit: the patient's or someone else's, active. */
function lexiconHit(category: CrisisCategory, hit: { others: boolean; level: Exclude<RiskLevel, 'NONE'> }): Hit {
  return { category, owner: hit.others ? 'OTHER' : 'PATIENT', status: 'ACTIVE', level: hit.level === 'CONCERN' ? 'CONCERN' : undefined };
}

const CATEGORY_ORDER: readonly CrisisCategory[] = ['SUICIDE', 'SELF_HARM', 'HARM_TO_OTHERS', 'ABUSE_IN_PROGRESS'];
// "I could strangle him lol": a conditional threat with a laugh after it is a figure of speech.
const JOKING = /^(?: [a-z]+){0,3} (?:lol|lmao|haha|hahaha|jk|rofl|xd)\b/;
// "if he eats my leftovers again I'll kill him": a trivial trigger before the threat.
const TRIVIAL_BEFORE =
  /\bif (?:he|she|they|you|[a-z]+) (?:eats?|ate|touches? my (?:food|stuff|phone|fries)|finishes|spoils?|steals? my (?:food|fries|leftovers|charger|seat)|borrows?|forgets?|is late|takes? my (?:seat|spot|charger|fries|food|leftovers))\b/;
// A suicide in the news, a film or a book is not a concern about someone the patient knows.
const MEDIA_REPORT = /\b(?:the news|news said|on the news|article|headline|documentary|(?:in|end of) the (?:movie|film|book|show|series|novel|episode|play)|the (?:main |lead )?(?:character|actor|actress|singer|celebrity|rapper|athlete)|a celebrity)\b/;
// "my grandpa says he is ready to die whenever god wants, he is 98 and at peace": acceptance in old age.
const OLD_AGE_AT_PEACE = /\b(?:at peace|(?:is|turned|turns) (?:9\d|1\d\d)|(?:9\d|1\d\d) years old)\b/;
// Words in quotes after a song, book or film marker are the work's, not the patient's.
const QUOTED_WORK = /(\b(?:lyrics?|song|chorus|verse|line|lines|quote|poem|book|movie|film|show|title|titled|called|sings?|sang)\b[^"\u201C\u201D\u00AB\u00BB]{0,40})["\u201C\u00AB][^"\u201D\u00BB]{1,300}["\u201D\u00BB]/g;
// Quoted words followed by a song or lyrics marker ("'i want to die' type songs").
const QUOTE_THEN_WORK = /["\u201C\u00AB][^"\u201D\u00BB]{1,120}["\u201D\u00BB](?=[^"\u201C\u201D\u00AB\u00BB]{0,60}\b(?:songs?|lyrics?|track|album|chorus|tune|stuck in my head)\b)/g;
// The patient's own words quoted and then explained away ("when I said 'I want to die' … it was about the exam").
const QUOTE_EXPLAINED =
  /(?:["\u201C]|(?<=\s)['\u2018])[^"'\u2019\u201D]{1,120}["'\u2019\u201D](?=[^"\u201C\u201D]{0,60}\b(?:it was (?:about|just|only|a joke)|was (?:a joke|just a joke)|i was (?:joking|kidding)|(?:did not|didn't|didnt) mean it)\b)/g;
const ASKED_IF = /\b(?:asked|asks|ask|asking) (?:me )?(?:if|whether)\b/;
const ANSWERED_NO = /^(?: [a-z]+){0,6} (?:and )?(?:(?:honestly|truthfully|really) )?i (?:(?:[a-z]+ )?(?:said|say|answered|ticked|checked|circled|marked|wrote|put|told (?:her|him|them)) (?:no|never)|do not|did not|have not)\b/;
const SOLIDARITY = /\b(?:me too|so do i|so have i|same here|same for me|i do too|i have too|i do as well|me as well|i feel the same|i feel that way too|i feel like that too|i want to too)\b/;
const ADMISSION = /\b(?:part of me (?:does|do|wants|want)|sometimes i (?:do|think about it|want to|wonder)|i (?:think|thought) about it|i (?:kind of|sort of) do|i do sometimes|thinking about it)\b/;
// A past physical act by an ex is history; threats are not, whoever makes them.
const PAST_ACT_BY_EX = /^(?!threat)(?:\w+ed|hit|beat|hurt|spat)\b(?! to\b)/;

/** Classifies one patient message; pure and synchronous, safe to call before anything else. */
export function assessCrisis(raw: string): CrisisAssessment {
  // Taglish/Hinglish frames around an English risk word ("hindi ako suicidal") are read as English ones by both layers.
  const read = mixedFramesInEnglish(raw);
  return asReport(asTopic(raiseWithModel(rulesOn(read, raw), read), raw), raw);
}

/** The rules alone, before the learned layer may raise the level (for measuring each layer). */
export function assessCrisisByRules(raw: string): CrisisAssessment {
  return rulesOn(mixedFramesInEnglish(raw), raw);
}

/** The rules over `read` (the message with mixed-language frames already read as English); `raw` for the topic and report readings. */
function rulesOn(read: string, raw: string): CrisisAssessment {
  const message = read.replace(QUOTED_WORK, '$1 "…"').replace(QUOTE_THEN_WORK, '"…"').replace(QUOTE_EXPLAINED, '"…"');
  const normalised = splitSentences(message);
  const whole = normalised.map((sentence) => sentence.text).join(' . ');
  // Benign frames ("this exam is killing me", "not wake up until noon") are made neutral before any family reads them.
  const sentences = normalised.map((sentence) => ({ ...sentence, text: neutraliseEnglish(sentence.text, whole) }));
  const names = findCapitalisedNames(message);
  const text = sentences.map((sentence) => sentence.text).join(' . ');
  // Each pattern's message-wide conditions read at most once, and only the patterns that can match (crisis-english.ts): a long message stays linear.
  const patterns = patternsToRead(sentences.length, text);
  const appliesHere = conditionsOf(text);
  const hits = sentences.flatMap((sentence) => [...findPatternHits(sentence, patterns, appliesHere), ...findHarmHits(sentence, names)]);
  const scores = languageScores(message);
  const foreign = screenForeign(neutraliseFolded(foldText(message)), lexiconLanguages(message));
  for (const hit of foreign) hits.push(lexiconHit(hit.category, hit));
  // The eighteen core-phrase languages (crisis-lexicon-other.ts), so the reply degrades to local and international resources.
  const other = hits.length === 0 ? screenOtherLanguages(message) : [];
  for (const hit of other) hits.push(lexiconHit('SUICIDE', hit));
  const language = other.length > 0 ? other[0].language : detectLanguage(message, foreign.map((hit) => hit.language), scores);
  return asReport(asTopic({ ...summarise(hits, text), language }, raw), raw);
}

/**
 * The learned second layer (crisis-model.ts) can only raise the rules' level, never lower it:
 * NONE → CONCERN or CRISIS, CONCERN → CRISIS (on p(crisis) alone when the CONCERN is the patient's own). Reported speech about someone else that the rules
 * recognised (concernForOthers) stays CONCERN: the model does not read whose words they are.
 * A model-raised verdict keeps the rules' categories, or names SUICIDE (the category nearly all
 * of the model's training crisis rows carry) when the rules found none. When the model's third head
 * reads the risk as someone else's and the rules found nothing, the verdict is CONCERN for others.
 */
export function raiseWithModel(rules: CrisisAssessment, raw: string): CrisisAssessment {
  if (rules.level === 'CRISIS') return rules;
  const reading = crisisModel().read(raw);
  return raiseTo(rules, reading.crisisOnConcern && rules.level === 'CONCERN' && !rules.concernForOthers ? 'CRISIS' : reading.level, reading.others);
}

/** The rules' verdict raised to a model's level (raiseWithModel with the level already read; train.ts uses it for CV). */
export function raiseTo(rules: CrisisAssessment, modelLevel: RiskLevel, modelOthers = false): CrisisAssessment {
  if (rules.level === 'CRISIS') return rules;
  if (modelLevel === 'NONE') return rules;
  // The model reads a report about someone else where the rules found nothing: CONCERN for others.
  if (modelOthers && rules.level === 'NONE') return { ...rules, level: 'CONCERN', isCrisis: false, categories: ['SUICIDE'], concernForOthers: true };
  if (modelLevel === 'CONCERN' || rules.concernForOthers) {
    if (rules.level === 'CONCERN') return rules;
    return { ...rules, level: 'CONCERN', isCrisis: false, categories: ['SUICIDE'] };
  }
  const categories: CrisisCategory[] = rules.categories.length > 0 ? rules.categories : ['SUICIDE'];
  return { ...rules, level: 'CRISIS', isCrisis: true, categories };
}

function findPatternHits(sentence: Sentence, patterns: readonly CrisisPattern[], appliesHere: (pattern: CrisisPattern) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const pattern of patterns) {
    const matches = allMatches(pattern.regex, sentence.text);
    if (matches.length === 0 || !appliesHere(pattern)) continue;
    for (const match of matches) {
      const hit = readPatternMatch(pattern, sentence, match[0], match.index);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

function readPatternMatch(pattern: CrisisPattern, sentence: Sentence, matchText: string, offset: number): Hit | null {
  const prefix = clausePrefix(sentence.text, offset);
  const after = sentence.text.slice(offset + matchText.length);
  if (pattern.unlessAfter?.test(after)) return null;
  if (pattern.accidentProne && isAccident(clauseAround(sentence.text, offset, matchText.length))) return null;
  const owner =
    pattern.speaker ?? (pattern.kind === 'ABUSE' ? readAbuseVictim(matchText, prefix, after) : resolveSpeakerOwner(matchText, prefix, pattern.explicitSelf));
  if (!owner) return null;
  const { negated: saidNo, doubted } = readNegation(prefix);
  // "my therapist asked if I ever think about suicide and I said no": a question answered no.
  const negated = saidNo || (ASKED_IF.test(prefix.join(' ')) && ANSWERED_NO.test(after));
  if (pattern.kind === 'LIFE') {
    // Wanting to live is only crisis language when it is denied or doubted.
    if (!negated && !doubted && !sentence.isQuestion) return null;
    return { category: pattern.category, owner, status: timeStatus(sentence, offset), level: pattern.level };
  }
  if (negated) return { category: pattern.category, owner, status: 'DENIED', level: pattern.level };
  const status = isPastActByEx(pattern, matchText, prefix, sentence, offset) ? 'HISTORICAL' : timeStatus(sentence, offset);
  return { category: pattern.category, owner, status, level: pattern.level };
}

/** "My ex abused me": a past physical act by a former partner, with nothing recent, is history. */
function isPastActByEx(pattern: CrisisPattern, matchText: string, prefix: string[], sentence: Sentence, offset: number): boolean {
  if (pattern.kind !== 'ABUSE' || !PAST_ACT_BY_EX.test(matchText)) return false;
  return (prefix.includes('ex') || prefix.includes('former')) && !isRecent(timeFrameAround(sentence.text, offset));
}

/** For abuse the actor must be another person; the victim decides whose crisis it is. */
function readAbuseVictim(matchText: string, prefix: string[], after: string): Owner | null {
  const subject = findOtherSubject(prefix);
  if (!subject.isPerson || isFigurativeThreat(matchText, subject.word, after)) return null;
  return /\b(?:me|us|my|our)\b/.test(matchText) ? 'PATIENT' : 'OTHER';
}

function timeStatus(sentence: Sentence, offset: number): Status {
  return isDistantPast(timeFrameAround(sentence.text, offset)) ? 'HISTORICAL' : 'ACTIVE';
}

function findHarmHits(sentence: Sentence, names: Set<string>): Hit[] {
  const hits: Hit[] = [];
  for (const match of allMatches(HARM_TO_OTHERS, sentence.text)) {
    const [, verb, first, second, third] = match;
    if (!isPersonObject(verb, [first, second, third], names)) continue;
    const afterVerb = sentence.text.slice(sentence.text.indexOf(verb, match.index ?? 0) + verb.length);
    if (isTrivialTrigger(afterVerb) || (/^(?:could|would)\b/.test(match[0]) && JOKING.test(afterVerb))) continue;
    if (TRIVIAL_BEFORE.test(sentence.text.slice(Math.max(0, (match.index ?? 0) - 80), match.index ?? 0))) continue;
    const offset = match.index ?? 0;
    const prefix = clausePrefix(sentence.text, offset);
    const owner = resolveSpeakerOwner('', prefix) ?? 'PATIENT';
    const status = readNegation(prefix).negated ? 'DENIED' : timeStatus(sentence, offset);
    hits.push({ category: 'HARM_TO_OTHERS', owner, status });
  }
  return hits;
}

function summarise(hits: Hit[], text: string): CrisisAssessment {
  const patient = new Set<CrisisCategory>();
  const concern = new Set<CrisisCategory>();
  const others = new Set<CrisisCategory>();
  const recurring = mentionsRecurrence(text);
  const admitted = ADMISSION.test(text);
  for (const hit of hits) {
    if (hit.owner === 'OTHER') {
      if (hit.status !== 'DENIED') others.add(hit.category);
    } else if (hit.status === 'ACTIVE' || (hit.status === 'HISTORICAL' && recurring) || (hit.status === 'DENIED' && admitted)) {
      (hit.level === 'CONCERN' ? concern : patient).add(hit.category);
    }
  }
  if ((MEDIA_REPORT.test(text) || OLD_AGE_AT_PEACE.test(text)) && patient.size === 0) others.clear();
  if (others.size > 0 && SOLIDARITY.test(text)) others.forEach((category) => patient.add(category));
  const isCrisis = patient.size > 0;
  const shown = isCrisis ? patient : new Set([...concern, ...others]);
  return {
    level: isCrisis ? 'CRISIS' : shown.size > 0 ? 'CONCERN' : 'NONE',
    language: 'en',
    isCrisis,
    categories: CATEGORY_ORDER.filter((category) => shown.has(category)),
    concernForOthers: others.size > 0,
  };
}
