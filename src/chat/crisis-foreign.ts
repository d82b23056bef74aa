/**
 * The crisis screen for Spanish, French, German, Portuguese and Italian (src/chat/crisis.ts runs
 * it on every message, whatever language the detector picked, so a short "quiero morir" inside
 * an English sentence still counts). Categories mirror the English screen: C-SSRS wishes,
 * thoughts, intent, method and plan; 988's means, timing, farewells, burden, feeling trapped and
 * hopelessness; self-harm, harm to others and abuse in progress (lexicons in
 * crisis-lexicon-*.ts).
 *
 * Text is folded first: lower case, accents stripped ("não" = "nao", "möchte" = "mochte"),
 * apostrophes to spaces ("j'ai" = "j ai"), symbols inside words undone and misspellings of the
 * lexicon corrected by edit distance (crisis-fuzzy.ts). Each rule is read in its clause:
 * - SELF rules are written in the first person; a negator just before the match, or inside it
 *   (German puts "nicht" mid-phrase), denies it: "no quiero morir", "ich will mich nicht umbringen".
 * - LIFE rules carry their negation in the pattern ("no quiero vivir", "je ne veux plus vivre").
 * - OTHER rules are third-person reports ("se quiere suicidar"): CONCERN with concernForOthers.
 * - ABUSE rules are someone else harming the patient ("me está pegando").
 * The frames read around a match to drop it or give it to someone else are in crisis-foreign-frames.ts.
 */
import type { CrisisCategory, RiskLevel, ScreenLanguage } from './crisis';
import { correctSpelling, repairTyping } from './crisis-fuzzy';
import { allMatches } from './crisis-text';
import { DE_RULES, FR_RULES } from './crisis-lexicon-fr-de';
import { DE_R23_RULES } from './crisis-lexicon-r23-de';
import { ES_RULES, IT_RULES, PT_RULES } from './crisis-lexicon-es-pt-it';
import type { ForeignLanguage, ForeignRule } from './crisis-rule';
import { CORE_RULES } from './crisis-lexicon-core';
import { R21_RULES, R21_SHARED_RULES } from './crisis-lexicon-said';
import { R23_RULES } from './crisis-lexicon-r23';
import { R25_RULES } from './crisis-lexicon-r25';
import { R26_RULES } from './crisis-lexicon-r26';
import { R27_RULES } from './crisis-lexicon-r27';
import { R28_RULES } from './crisis-lexicon-r28';
import { R29_RULES } from './crisis-lexicon-r29';
import { BARE_WISH, CORRECTED_AFTER, FANDOM, SOFT_LANDING_AFTER, STAKES } from './crisis-lexicon-r29-guards';
import { SIGN_RULES } from './crisis-lexicon-signs';
import { INDIRECT_RULES } from './crisis-lexicon-indirect';
import { ACT_RULES } from './crisis-lexicon-acts';
import { MEANS_RULES } from './crisis-lexicon-means';
import { PLAN_RULES } from './crisis-lexicon-plans';
import { PREP_RULES } from './crisis-lexicon-prep';
import { DEED_RULES } from './crisis-lexicon-deeds';
import { EVERYDAY_RULES } from './crisis-lexicon-everyday';
import {
  ACCIDENT,
  AGO,
  ALL_OF,
  ALL_OF_THING,
  ANSWERED_NO,
  ASKED_IF,
  AS_PRESCRIBED,
  A_NOUN,
  BACK_AGAIN,
  BARE_NOUN,
  BETTER_NOW,
  BODY_PAIN,
  BURDEN_END,
  CHILD_ACTOR,
  COMPLETED,
  CUT_END,
  DEATH_NOUN,
  DISTANT_PAST,
  EMBARRASSED_AFTER,
  FAREWELL_MATCH,
  FAREWELL_SENT,
  FAREWELL_WORDS,
  FIRST_PERSON,
  FOR_GOOD,
  FROM_LAUGHING,
  GIVING_WORDS,
  GROOMING_AFTER,
  HABIT_AFTER,
  IDIOM_OBJECT,
  IMPERFECT,
  JOKING,
  LAUGH_AFTER,
  MOVING,
  MUNDANE_CONDITION,
  MUNDANE_THREAT,
  ONE_MORE_CONDITION,
  ONLINE,
  ON_PURPOSE,
  ORDINARY_GIVING,
  OVER_NOW,
  OWN_VERB,
  PAIN_WORDS,
  PEST_CONTEXT,
  PETTY,
  POISON_WORDS,
  PROFESSIONAL,
  REFLEXIVE_SICH,
  REPORTED_BEFORE,
  ROPE_HOBBY,
  ROPE_WORDS,
  SAID_BEFORE,
  SCREEN_WORK,
  SOMEONE_ELSES,
  STUDY,
  SUICIDAL_DEED,
  TASK,
  THING_ACTOR,
  THIRD_PERSON_BEFORE,
  THIRD_SUBJECT,
  THIRD_SUBJECT_VERB,
  TO_WORKPLACE,
  WEIGHT_CLASS,
  WORK_BEFORE,
} from './crisis-foreign-frames';

const NEGATORS: Record<ForeignLanguage, ReadonlySet<string>> = {
  es: new Set(['no', 'nunca', 'jamas', 'ni', 'tampoco']),
  fr: new Set(['ne', 'n', 'pas', 'jamais', 'aucune', 'aucun']),
  de: new Set(['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'nichts', 'nix']),
  pt: new Set(['nao', 'nunca', 'jamais', 'nem']),
  it: new Set(['non', 'mai', 'ne', 'nessun', 'nessuna', 'nessuno']),
};

// Every language's negators: a message is often read by a neighbour language's rules ("nao sou suicida" by the Spanish ones).
const WITHOUT: ReadonlySet<string> = new Set(['sin', 'sans', 'ohne', 'sem', 'senza']);
// Not "no" (Portuguese "in the"), "ne" (German "a", Italian "of it") or "n": those count only in their own language.
const SHARED_NEGATORS: ReadonlySet<string> = new Set(Object.values(NEGATORS).flatMap((words) => [...words].filter((word) => !['no', 'ne', 'n', 'ni'].includes(word))));

const RULES: ReadonlyArray<readonly [ForeignLanguage, readonly ForeignRule[]]> = [
  ['es', [...ES_RULES, ...CORE_RULES.es, ...SIGN_RULES.es, ...INDIRECT_RULES.es, ...ACT_RULES.es, ...MEANS_RULES.es, ...PLAN_RULES.es, ...PREP_RULES.es, ...DEED_RULES.es, ...EVERYDAY_RULES.es, ...R21_RULES.es, ...R23_RULES.es, ...R26_RULES.es, ...R27_RULES.es, ...R28_RULES.es, ...R29_RULES.es]],
  ['fr', [...FR_RULES, ...CORE_RULES.fr, ...SIGN_RULES.fr, ...INDIRECT_RULES.fr, ...ACT_RULES.fr, ...MEANS_RULES.fr, ...PLAN_RULES.fr, ...PREP_RULES.fr, ...DEED_RULES.fr, ...EVERYDAY_RULES.fr, ...R21_RULES.fr, ...R23_RULES.fr, ...R25_RULES.fr, ...R26_RULES.fr, ...R27_RULES.fr, ...R28_RULES.fr, ...R29_RULES.fr]],
  ['de', [...DE_RULES, ...CORE_RULES.de, ...SIGN_RULES.de, ...INDIRECT_RULES.de, ...ACT_RULES.de, ...MEANS_RULES.de, ...PLAN_RULES.de, ...PREP_RULES.de, ...DEED_RULES.de, ...EVERYDAY_RULES.de, ...R21_RULES.de, ...DE_R23_RULES, ...R25_RULES.de, ...R26_RULES.de, ...R27_RULES.de, ...R28_RULES.de, ...R29_RULES.de]],
  ['pt', [...PT_RULES, ...CORE_RULES.pt, ...SIGN_RULES.pt, ...INDIRECT_RULES.pt, ...ACT_RULES.pt, ...MEANS_RULES.pt, ...PLAN_RULES.pt, ...PREP_RULES.pt, ...DEED_RULES.pt, ...EVERYDAY_RULES.pt, ...R21_RULES.pt, ...R23_RULES.pt, ...R26_RULES.pt, ...R27_RULES.pt, ...R28_RULES.pt, ...R29_RULES.pt]],
  ['it', [...IT_RULES, ...CORE_RULES.it, ...SIGN_RULES.it, ...INDIRECT_RULES.it, ...ACT_RULES.it, ...MEANS_RULES.it, ...PLAN_RULES.it, ...PREP_RULES.it, ...DEED_RULES.it, ...EVERYDAY_RULES.it, ...R21_RULES.it, ...R23_RULES.it, ...R25_RULES.it, ...R27_RULES.it, ...R28_RULES.it, ...R29_RULES.it]],
];

/** A third-person subject and verb close before a match with no first person in them (r27). */
function thirdSubjectVerb(clause: string, matched: string): boolean {
  const subject = THIRD_SUBJECT_VERB.exec(clause.slice(-60));
  return subject !== null && !FIRST_PERSON.test(subject[0]) && !FIRST_PERSON.test(matched);
}

/** A finding of the foreign screen. */
export interface ForeignHit {
  language: ForeignLanguage;
  category: CrisisCategory;
  level: Exclude<RiskLevel, 'NONE'>;
  others: boolean;
}

/** Lower case, no accents, apostrophes as spaces, sentence marks as " . ", commas as " , ". */
export function foldText(message: string): string {
  const lower = message.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss');
  return repairTyping(lower)
    .replace(/[.!?;:\n\u00bf\u00a1]+/g, ' . ')
    .replace(/,/g, ' , ')
    .replace(/[^a-z0-9,. ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(correctSpelling)
    .join(' ')
    .replace(PT_CHAT_NOT, 'nao ');
}

// Portuguese chat "n" for "nao" before a verb ("ja n vou estar ca"); French elided "n" is followed by a vowel word, not these.
const PT_CHAT_NOT = /\bn (?=(?:me|te|se|vou|vai|tenho|quero|aguento|consigo|sei|vejo|to|tou|estou|posso|responder|acordar|existir|ligo|aguentar|sinto|durmo|sou|quer|tem|faz|da|aguentava|consegui|queria)\b)/g;

const WINDOW_CHARS = 40;
const SHARED_SET: ReadonlySet<ForeignRule> = new Set(R21_SHARED_RULES);
const NO_WORDS: ReadonlySet<string> = new Set();

// Intensifiers and prepositions between a negator and what it denies ("je pense pas du tout à me faire du mal").
const FILLERS = new Set(['du', 'tout', 'vraiment', 'realmente', 'davvero', 'wirklich', 'uberhaupt', 'gar', 'affatto', 'em', 'en', 'in', 'com', 'con']);

/** The up to three words before an offset (fillers not counted), within the clause (stops at a comma or a sentence mark). */
function wordsBefore(text: string, offset: number): string[] {
  const words = text.slice(Math.max(0, offset - WINDOW_CHARS), offset).trim().split(' ');
  const kept: string[] = [];
  let counted = 0;
  for (let index = words.length - 1; index >= 0 && counted < 3; index -= 1) {
    if (words[index] === ',' || words[index] === '.') break;
    if (!FILLERS.has(words[index])) counted += 1;
    kept.push(words[index]);
  }
  return kept;
}

const LITERALS = new WeakMap<ForeignRule, ReadonlySet<string>>();

/** The words a rule's pattern spells out literally (its negators are part of the phrase). */
function literalWords(rule: ForeignRule): ReadonlySet<string> {
  let words = LITERALS.get(rule);
  if (words === undefined) {
    words = new Set(rule.regex.source.replace(/\\[a-z]/g, ' ').match(/[a-z]+/g) ?? []);
    LITERALS.set(rule, words);
  }
  return words;
}

/**
 * Screens folded text with the lexicons of `languages` (by default all five). crisis.ts passes the
 * languages with at least one of their function words in the message: a message in a language
 * always has some, and skipping the others keeps an English message fast.
 */
export function screenForeign(folded: string, languages?: ReadonlySet<ScreenLanguage>): ForeignHit[] {
  const found: Array<ForeignHit & { start: number; end: number }> = [];
  // Spans a negator denied: a shorter match inside one ("no tengo pensamientos de suicidio") is denied with it.
  const denied: Array<readonly [number, number]> = [];
  let sharedDone = false;
  const wholeText = new Map<RegExp, boolean>();
  const inText = (pattern: RegExp): boolean => {
    let found = wholeText.get(pattern);
    if (found === undefined) wholeText.set(pattern, (found = pattern.test(folded)));
    return found;
  };
  for (const [language, own] of RULES) {
    if (languages && !languages.has(language)) continue;
    // Rules written for all five languages run once, with the first language screened.
    const rules = sharedDone ? own : [...own, ...R21_SHARED_RULES];
    sharedDone = true;
    // Whole-message conditions are read once per message, not once per match: a message with many
    // matches (a phrase repeated 700 times) stays linear.
    for (const rule of rules) {
      for (const match of allMatches(rule.regex, folded)) {
        const offset = match.index ?? 0;
        const after = folded.slice(offset + match[0].length, offset + match[0].length + 60);
        if (rule.unlessAfter?.test(after) || ONLINE.test(after) || (rule.kind === 'ABUSE' && MUNDANE_THREAT.test(after))) continue;
        if (rule.kind === 'SELF' && rule.category === 'SUICIDE' && TASK.test(after)) continue;
        if (rule.kind === 'ABUSE' && CHILD_ACTOR.test(wordsBefore(folded, offset).join(' '))) continue;
        if (DEATH_NOUN.test(match[0]) && SOMEONE_ELSES.test(after)) continue;
        if (BURDEN_END.test(match[0]) && WEIGHT_CLASS.test(after)) continue;
        // "meu primo se suicidou ha dois meses": a death some time ago is grief, not someone's risk now.
        if (rule.kind === 'OTHER' && COMPLETED.test(match[0]) && AGO.test(`${folded.slice(Math.max(0, offset - 30), offset)} ${match[0]} ${after.slice(0, 30)}`)) continue;
        // "j avais plus envie de vivre, du coup j ai change de boulot et ca va beaucoup mieux": a past state, better now.
        if (rule.kind !== 'ABUSE' && (IMPERFECT.test(wordsBefore(folded, offset)[0] ?? '') || IMPERFECT.test(match[0].split(' ')[0])) && inText(BETTER_NOW)) continue;
        if (PAIN_WORDS.test(match[0]) && inText(BODY_PAIN)) continue;
        // "se me quemo el pan", "se me corto la luz": a dative of something that happened to the patient.
        if (rule.category === 'SELF_HARM' && match[0].startsWith('me ') && wordsBefore(folded, offset)[0] === 'se') continue;
        if (BARE_NOUN.test(match[0]) && (SOMEONE_ELSES.test(after) || A_NOUN.test(folded.slice(Math.max(0, offset - 12), offset)))) continue;
        const before = folded.slice(Math.max(0, offset - 60), offset);
        if (rule.kind !== 'ABUSE' && (WORK_BEFORE.test(before) || ((DISTANT_PAST.test(`${before} ${match[0]} ${after.slice(0, 24)}`) || inText(OVER_NOW)) && !inText(BACK_AGAIN)))) continue;
        if (rule.kind !== 'ABUSE' && SCREEN_WORK.test(before) && !FIRST_PERSON.test(`${before.slice(before.search(SCREEN_WORK))} ${match[0]}`)) continue;
        if (FOR_GOOD.test(match[0]) && HABIT_AFTER.test(after)) continue;
        if (rule.category === 'SUICIDE' && AS_PRESCRIBED.test(`${match[0]}${after}`)) continue;
        if (CUT_END.test(match[0]) && GROOMING_AFTER.test(after)) continue;
        if (FAREWELL_WORDS.test(match[0]) && inText(MOVING)) continue;
        if (GIVING_WORDS.test(match[0]) && (inText(MOVING) || inText(ORDINARY_GIVING))) continue;
        if (rule.kind === 'ABUSE' && (MUNDANE_CONDITION.test(before.slice(-50)) || LAUGH_AFTER.test(after))) continue;
        if (rule.kind !== 'ABUSE' && FROM_LAUGHING.test(after)) continue;
        if (rule.category === 'SELF_HARM' && rule.kind === 'SELF' && ACCIDENT.test(`${before.slice(-40)} ${match[0]} ${after.slice(0, 40)}`) && !inText(ON_PURPOSE)) continue;
        if (rule.kind === 'SELF' && LAUGH_AFTER.test(after) && ONE_MORE_CONDITION.test(before.slice(-50))) continue;
        if (ROPE_WORDS.test(match[0]) && inText(ROPE_HOBBY)) continue;
        if (rule.category === 'HARM_TO_OTHERS' && (IDIOM_OBJECT.test(after) || inText(PETTY) || LAUGH_AFTER.test(after))) continue;
        if ((rule.kind === 'ABUSE' || rule.category === 'HARM_TO_OTHERS') && SAID_BEFORE.test(before) && inText(JOKING)) continue;
        if (FAREWELL_WORDS.test(match[0]) && TO_WORKPLACE.test(after)) continue;
        if (POISON_WORDS.test(match[0]) && inText(PEST_CONTEXT)) continue;
        if (rule.category === 'SUICIDE' && ALL_OF.test(match[0]) && ALL_OF_THING.test(after)) continue;
        if (rule.kind === 'SELF' && rule.category === 'SUICIDE' && EMBARRASSED_AFTER.test(after)) continue;
        if (rule.kind !== 'ABUSE' && (inText(STUDY) || inText(PROFESSIONAL)) && !FIRST_PERSON.test(`${wordsBefore(folded, offset).join(' ')} ${match[0]}`) && !OWN_VERB.test(wordsBefore(folded, offset).join(' '))) continue;
        if (match[0] === 'suicida' && SUICIDAL_DEED.test(before)) continue;
        // r29: "me quiero morir" over a game or a team's loss (no money at stake); an outburst corrected; thrown onto the sofa.
        if (rule.kind === 'SELF' && rule.category === 'SUICIDE' && ((BARE_WISH.test(match[0]) && inText(FANDOM) && !inText(STAKES)) || CORRECTED_AFTER.test(after) || SOFT_LANDING_AFTER.test(after))) continue;
        if (rule.kind !== 'ABUSE' && ASKED_IF.test(before) && ANSWERED_NO.test(after)) continue;
        if (rule.kind === 'ABUSE' && THING_ACTOR.test(wordsBefore(folded, offset).join(' '))) continue;
        // r28: "el trafico de la cdmx me va a matar": a thing further back in the clause, with no person named in it.
        if (rule.kind === 'ABUSE' && THING_ACTOR.test(before.slice(-30).split(' , ').pop() ?? '') && !THIRD_SUBJECT.test(before.slice(-30))) continue;
        if (rule.kind !== 'LIFE') {
          // A negator the rule itself spells out ("ojala no despertara") is part of the phrase, not a denial.
          const literal = literalWords(rule);
          const nearby = [...wordsBefore(folded, offset), ...match[0].split(' ').filter((word) => !literal.has(word))];
          // "dos anos sin autolesionarme": "without" right before the act denies it (further back it is "sin ti quiero morir").
          // A rule written for all five languages reads only the negators no language shares with another word ("no" is Portuguese "in the").
          const own = SHARED_SET.has(rule) ? NO_WORDS : NEGATORS[language];
          if (nearby.some((word) => own.has(word) || SHARED_NEGATORS.has(word)) || WITHOUT.has(wordsBefore(folded, offset)[0] ?? '')) {
            denied.push([offset, offset + match[0].length]);
            continue;
          }
        }
        // "mi hijo … dice que no vale la pena vivir": the words are someone else's, reported.
        const reported = rule.kind !== 'ABUSE' && REPORTED_BEFORE.test(folded.slice(Math.max(0, offset - 24), offset));
        const clause = before.slice(Math.max(before.lastIndexOf(' , '), before.lastIndexOf(' . ')) + 1);
        // "acho que meu filho ta pensando em suicidio", "ma pote m a envoye un message d adieu": someone else's risk.
        const theirs =
          rule.kind !== 'ABUSE' &&
          rule.category !== 'HARM_TO_OTHERS' &&
          ((!FIRST_PERSON.test(match[0]) && THIRD_PERSON_BEFORE.test(clause)) ||
            (FAREWELL_MATCH.test(match[0]) && FAREWELL_SENT.test(clause)) ||
            (REFLEXIVE_SICH.test(match[0]) && THIRD_SUBJECT.test(clause) && !FIRST_PERSON.test(clause)) ||
            thirdSubjectVerb(clause, match[0]));
        const others = rule.kind === 'OTHER' || reported || theirs;
        found.push({ language, category: rule.category, level: others ? 'CONCERN' : rule.level, others, start: offset, end: offset + match[0].length });
      }
    }
  }
  return found
    .filter((hit) => !denied.some(([start, end]) => start <= hit.start && hit.end <= end && hit.end - hit.start < end - start))
    .map(({ language, category, level, others }) => ({ language, category, level, others }));
}
