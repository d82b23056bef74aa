/**
 * The general grammar under the English families: a drive (C-SSRS "wish", "thoughts", "intent",
 * "plan": want, urge, need, plan, consider, think about, be tempted, be ready, be close to …) followed,
 * within a few filler words, by a self-directed act (die, kill myself, end things, overdose, …).
 * It catches combinations no single family spells out ("the urge to die", "seriously considering
 * ending things", "so close to killing myself"). Gap words come from a closed list, so a noun between
 * the two ("want my plants to die") breaks the chain; the clause reading of crisis.ts (negation,
 * subject, time frame, figures of speech) applies as for every pattern.
 */
import type { CrisisPattern } from './crisis-patterns';

const DRIVE =
  '(?:want|wanna|wants|wanting|urge|urges|need|needs|going|gonna|plan|plans|planning|ready|deciding|considering|' +
  'contemplating|thinking|thoughts|think|tempted|temptation|desire|craving|close|intend|intending|' +
  'fantasi[sz]ing|fantasi[sz]e|fantasies|dreaming|obsessing|wishing|longing|itching|impulse|impulses)';
// Past drives: with a laugh after them ("I was so hungover I wanted to die lol") they are a figure of speech.
const PAST_DRIVE = '(?:wanted|planned|decided|considered|contemplated|thought)';
// Words allowed between the drive and the act; anything else (a noun, a negator) breaks the chain.
const GAP =
  '(?:to|about|of|on|so|really|just|badly|bad|actually|honestly|seriously|literally|fucking|kind|sort|finally|even|simply|quietly|' +
  'always|constantly|again|more|and|i|am|would|will|could|might|going|gonna|be|get|start|starting|keep|go|very|almost|close|with)';
const ACT =
  '(?:die|dying|be dead|being dead|kill myself|killing myself|end it all|ending it all|end things|ending things|end everything|ending everything|' +
  'end my life|ending my life|end it|ending it|take my (?:own )?life|taking my (?:own )?life|suicide|overdose|overdosing|unalive myself|unaliving myself|' +
  'unalive|off myself|offing myself|finish (?:with )?my life|finishing (?:with )?my life|finish it all|finish myself|terminate my life|stop my life|hang myself|hanging myself|jump off|jumping off|jump in front of|jumping in front of)';
const PASSIVE_ACT = '(?:my (?:own )?death|my funeral|not (?:being )?(?:here|alive|around) anymore|not being (?:here|alive|around)(?= \\.|$| ,| and| idk| honestly)|disappearing forever|not waking up)';
// Idioms and objects after the act: "ready to die on this hill", "die down", "end it with him", "dying for a coffee".
const NOT_SELF_HARM =
  /^ (?:(?:my |her |his )?(?:hair|clothes|shirt|jeans|eggs|fabric)|on (?:this|that) hill|down|out|off|hard|with(?! (?:the |my |a |some |all (?:the |my |of my )?)?(?:pills|tablets|meds|rope|gun|knife|razor|blade|belt|vodka|overdose|[a-z]+ pills))|between|of (?:embarrassment|laughter|shame|boredom|cringe|curiosity|hunger)|laughing|for (?:a|an|the|some|my|this|that|it)|to (?:know|see|hear|try|meet|tell)|in (?:the game|game|fortnite|minecraft)|tired|on my feet|set on|serious|wrong|last|broke|quiet|silent|to the world)\b/;

/** Drive + act: CRISIS; drive + a passive act ("fantasizing about my own death"): CONCERN. */
export const DRIVE_PATTERNS: readonly CrisisPattern[] = [
  { category: 'SUICIDE', kind: 'SELF', regex: new RegExp(`\\b${DRIVE}(?: ${GAP}){0,3} ${ACT}\\b`, 'g'), unlessAfter: NOT_SELF_HARM },
  { category: 'SUICIDE', kind: 'SELF', regex: new RegExp(`\\b${PAST_DRIVE}(?: ${GAP}){0,3} ${ACT}\\b(?! (?:lol|lmao|haha|rofl)\\b)`, 'g'), unlessAfter: NOT_SELF_HARM },
  // A typo corrected in the next breath: "I want to dye. I mean die."
  { category: 'SUICIDE', kind: 'SELF', regex: new RegExp(`\\bi mean(?: ,)? ${ACT}\\b`, 'g'), unlessAfter: NOT_SELF_HARM },
  { category: 'SUICIDE', kind: 'SELF', level: 'CONCERN', regex: new RegExp(`\\b${DRIVE}(?: ${GAP}){0,3} ${PASSIVE_ACT}\\b`, 'g'), unlessAfter: NOT_SELF_HARM },
];
