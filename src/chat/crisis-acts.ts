/**
 * English warning signs said as acts, places and deadlines rather than with a word for dying (988's
 * warning signs; C-SSRS items 4-6 and the behaviour question), each with its benign twin kept out:
 * - at a place right now with the act near ("I'm at the train station and I think this is it",
 *   "on the 9th floor balcony and climbing over", "drove to the cliffs, not driving back");
 * - a dose already taken ("I did it. I took them"), means at hand with the house empty, a gun in
 *   one's room, knowing which beam;
 * - a decision and a date ("my mind is made up", "I set a date", "I'll be gone before anyone replies",
 *   "before I do what I'm planning on Saturday", "all that's left is the last step");
 * - self-harm about to happen ("gonna cut when I get home"), and looking at the knife or the old razor
 *   and thinking about it (CONCERN);
 * - someone violent at home right now with the patient hiding or named next; a threat to break a bone;
 * - harm to others: taking the family "with me", bringing a gun to school on a day;
 * - CONCERN: a parent "the kids would be better with a different mom", taking up space, not caring
 *   what happens to oneself, no hope anymore, life as pain on repeat, not existing, sleeping forever.
 * Read by crisis.ts like the other English families (negation, subject, time frame).
 */
import { CLOSED_FUTURE, OTHERS_SIGNS, PASSIVE_SAID, OTHERS_REPORTED, OTHERS_AND_THREATS, WISH_AND_WEIGHT, OTHERS_SAID, PLAIN_WORDS } from './crisis-acts-passive';
import { PLAN_BY_PIECES, CERTAINTY_QUESTIONS, MEANS_HANDLED, FAREWELL_AFTER, HIDING_AT_HOME, HARM_BY_CAR, DEADLINE_SAID, SELF_HARM_URGE, METHOD_BY_PLACE, SEEKING_TARGET, GOODBYE_TO_CARE, GIVING_SAID, MIX_AT_HAND, HARM_SAID, INTENT_BARE, FAREWELL_PASSING, SELF_HARM_TRACES, TIMED_AND_SAVED } from './crisis-acts-said';
import { DEED_PATTERNS } from './crisis-deeds';
import { R23_ACT_PATTERNS } from './crisis-acts-r23';
import { R26_ACT_PATTERNS } from './crisis-acts-r26';
import { R27_ACT_PATTERNS } from './crisis-acts-r27';
import { R28_ACT_PATTERNS } from './crisis-acts-r28';
import { R29_ACT_PATTERNS } from './crisis-acts-r29';
import { rule, type CrisisPattern } from './crisis-patterns';

const AT_PLACE =
  '(?:station|train station|platform|tracks|bridge|cliffs?|quarry|pier|roof|rooftop|balcony|ledge|edge|car park|parking garage|overpass|lake|river|sea|beach|woods)';
// What makes being at a place the act itself.
const ACT_NEAR = /\b(?:this is it|not (?:driving|coming|going|walking) back|climbing over|climb over|jump|jumping|the letter|the note|brought the|goodbye|say bye|last time|no more|voices)\b/;
const LEISURE = /\b(?:photos?|pictures?|view|picnic|hike|hiking|swim|swimming|fishing|fireworks|sunrise|lunch|dinner|party|date night|concert|festival|holiday|vacation|trip)\b/;

function sign(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, extra);
}

/** At the place, the act near. */
const AT_THE_PLACE: CrisisPattern[] = [
  sign(`i am (?:at|on|by|parked by|parked at|sitting on|standing on|outside) (?:the |my |a |our )?(?:[a-z0-9]+ ){0,2}${AT_PLACE}|(?:drove|walked|went|came) (?:out )?to the ${AT_PLACE}`, {
    speaker: 'PATIENT',
    onlyWith: ACT_NEAR,
    unlessWith: LEISURE,
  }),
  sign('(?:go|going|gonna|heading) (?:up )?to the (?:roof|rooftop|bridge|tracks|cliffs?) (?:after|once|when) (?:this|i send this|i hang up)|(?:walking|walk|walked) into the (?:sea|ocean|river|lake|water)(?= tonight| now| today| \\.|$)|(?:drive|driving|drove) (?:my car |the car )?off (?:the|a) (?:pier|cliff|bridge|overpass)'),
];

/** A dose taken, means at hand. */
const MEANS_AT_HAND: CrisisPattern[] = [
  sign('i (?:took|swallowed|have taken) (?:them|it) all|i took them(?= \\.| ,|$)', { speaker: 'PATIENT', onlyWith: /\b(?:sorry|did it|goodbye|bye|pills|tablets|bottle|let me go)\b/ }),
  sign('(?:pills|tablets|meds|gun|rifle|rope|knife)(?: [a-z]+){0,10} (?:and )?(?:the house is empty|home alone|everyone is (?:out|away|asleep)|nobody is (?:home|here))'),
  sign('(?:gun|rifle|shotgun|pistol|revolver) is (?:in my (?:room|bag|car|hand|lap)|under my (?:bed|pillow))(?: now)?'),
  sign('i know (?:exactly )?which (?:beam|tree|branch|bridge|building|floor)', { onlyWith: /\b(?:rope|belt|cord|jump|jumping|high enough)\b/ }),
  sign('(?:nobody|no one) will find me (?:till|until|before)'),
];

/** A decision and a date. */
const DECIDED: CrisisPattern[] = [
  sign('(?:my mind is made up|made up my mind|i have decided|i decided|i set a date|i have set a date|it is decided)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:do it|calm|at peace|gone|goodbye|after i am gone|end it|note|pills|rope|last)\b/,
    unlessWith: /\b(?:wedding|jobs?|careers?|majors?|schools?|move|moving|party|quit|quitting|leave (?:him|her)|surgery|courses?|degree|break up|divorce|tattoo|haircut|vacation|trip|holiday|therapists?|diet)\b/,
  }),
  sign('(?:i will|ill) be gone before (?:anyone|you|they|someone|anybody) (?:replies|reads|answers|sees|gets)|before i do what i am (?:planning|going to do)(?: on| this| tonight| tomorrow|$)', { unlessWith: /\b(?:surprise|party|trip|proposal|presentation|interview)\b/ }),
  sign('all (?:that is|that s|thats|there is) left (?:is|to do is) (?:the last step|to do it|the hard part|the last part)', { onlyWith: /\b(?:gave|sold|cleaned|letter|note|goodbye|will|passwords)\b/ }),
  sign('(?:tonight|today) i (?:finally )?(?:go to sleep|sleep|rest) (?:for good|forever)|(?:go to sleep|sleep) for good(?= \\.| tonight|$)'),
  sign('(?:kys|kill yourself)(?: [a-z]+){0,6} so i (?:think i )?(?:will|might)(?= \\.|$| do it)', { speaker: 'PATIENT' }),
];

/** Self-harm about to happen, or the means looked at. */
const SELF_HARM_NEAR: CrisisPattern[] = [
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\b(?:gonna|going to) cut (?:when i get home|tonight|later|after|again)\b|\bgot the blades? out\b(?! to (?:shave|cut|open|trim))/g },
  {
    category: 'SELF_HARM',
    kind: 'SELF',
    speaker: 'PATIENT',
    level: 'CONCERN',
    regex: /\blook at (?:the|a|my|that) (?:knife|knives|razor|blade|blades|pills) and think about (?:it|using it|doing it)\b|\bkeep my old (?:razor|blades?)\b/g,
  },
];

function danger(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('ABUSE_IN_PROGRESS', 'SELF', source, { speaker: 'PATIENT', ...extra });
}

/** Someone violent at home right now, the patient hiding or named next. */
const VIOLENCE_AT_HOME: CrisisPattern[] = [
  danger('(?:saying|says|said) i am next|i am hiding in the (?:bathroom|closet|wardrobe|basement|car|attic)|(?:he|she) will break my (?:arm|nose|neck|legs?|jaw)|(?:scared|afraid|terrified) (?:he|she) is going to (?:really )?(?:hurt|kill) (?:her|him|us|me|my)', {
    onlyWith: /\b(?:hitting|hit|drunk|broke|screaming|hurt|kill|watching|threat[a-z]*|tell|scared|afraid)\b/,
  }),
];

function harm(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('HARM_TO_OTHERS', 'SELF', source, { speaker: 'PATIENT', ...extra });
}

/** Harm to others said by the act. */
const HARM_PLANNED: CrisisPattern[] = [
  harm('(?:take|taking) (?:all of us|the (?:kids|children|family)|them all|everyone|my (?:family|kids|wife|husband|children)) with me'),
  harm('(?:bringing|bring|taking|take) (?:my |my [a-z]+ |his |her |a )?(?:gun|rifle|knife) (?:to (?:school|work|class) )?(?:on|tomorrow|monday|tuesday|wednesday|thursday|friday|next)', {
    onlyWith: /\b(?:school|work|class|kid|boss|teacher|hell|pay)\b/,
  }),
];

function concern(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, { level: 'CONCERN', ...extra });
}

/** CONCERN: burden, indifference, hopelessness, pain, not existing. */
const WORN_OUT: CrisisPattern[] = [
  concern('(?:would be|are|be) better (?:off )?with (?:a different|another|a new|a better|a normal) (?:mom|mum|dad|mother|father|parent|wife|husband|partner)|i am (?:just )?taking up space'),
  concern('i do not (?:really )?care what happens to me(?: anymore)?|i (?:feel|have) no hope(?: anymore| left)?|(?:no one|nobody) needs? me|nothing matters(?: anymore)?(?= \\.| ,| and|$)'),
  concern('life is (?:just )?(?:pain|suffering|torture|hell)(?: on repeat)?(?= \\.| ,|$| on)|everything hurts inside|hurts inside(?: ,)? (?:it is|its) unbearable'),
  concern('(?:they|it|these|those) (?:have|has|are|is) (?:been )?(?:creeping|coming|sneaking) back', { onlyWith: /\b(?:thoughts|urges|safety plan|suicid[a-z]*|dark)\b/ }),
  concern('(?:talking|talks|talked|saying|says) (?:about )?how life (?:is not|isnt|is never) worth (?:it|living)'),
  concern('(?:like|about) not existing|(?:asleep|sleep) for a year(?: \\.)? or forever|do not (?:really )?want to be alive'),
];

/** Farewells, possessions and arrangements said plainly. */
const LAST_THINGS: CrisisPattern[] = [
  sign('said goodbye to everyone (?:who matters|i love|that matters)|(?:tell|let) my therapist i said goodbye|thanks? (?:you )?for trying with me', { onlyWith: /\b(?:goodbye|bye|deleted|socials)\b/ }),
  sign('(?:started|been|am) giving (?:all )?(?:my|of my) (?:stuff|things|belongings|possessions) away|for whoever comes(?= \\.|$)|(?:gave|given) my (?:dog|cat|pets?|plants) to', { onlyWith: /\b(?:giving|whoever|what comes next|need to be there|spring cleaning)\b/ }),
  sign('(?:passwords|pins|logins) (?:in|into|on) a (?:doc|document|list|note|file) for', { speaker: 'PATIENT', onlyWith: /\b(?:after|gone|deal with)\b/ }),
  sign('nothing left for (?:my family|them|anyone|my [a-z]+) to (?:sort out|deal with|clean up)|next time i am not coming (?:up|back)|found my own way out(?= \\.| ,| and|$)|one way ticket to (?:the )?(?:golden gate|bridge)|not for sightseeing', { speaker: 'PATIENT' }),
  sign('(?:i will|ill) be with (?:grandad|grandpa|grandma|gran|nan|mum|mom|dad|him|her|them) soon(?: ,)? i know how|lethal (?:amount|dose) of(?: [a-z]+){1,3} (?:,? )?i have|swallowed (?:a lot of|all of|loads of) (?:my )?(?:[a-z]+ )?(?:pills|tablets|meds)|high enough(?= \\.|$)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:know how|i have|swallowed|how high|looked up)\b/,
  }),
  sign('(?:[a-z]+ )?hoarded in (?:a|my|the) [a-z]+|(?:it is|its) enough(?: ,)? i checked|(?:use|using) (?:it|the gun|the rifle|them) on myself|(?:practi[sc]ing|practised|practiced) (?:tying )?(?:the |a )?(?:knot|noose)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:sailing|scouts?|boat|climbing|fishing|wedding|macrame)\b/,
  }),
  sign('(?:cancelled|canceled|cancel) all my (?:appointments|sessions)(?: [a-z0-9]+){0,6} (?:because|since|as) i will not need them', { speaker: 'PATIENT' }),
  sign('i have (?:chosen|picked) the date|that is the date(?= \\.|$)|(?:gonna|going to) do it while (?:my [a-z]+|everyone|they) (?:are|is) (?:at|out|away|asleep)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:fitting|birthday|anniversary|pretend|empty|goodbye|calm)\b/,
    unlessWith: /\b(?:wedding|party|surprise|proposal)\b/,
  }),
];

/** CONCERN said plainly: burden, darker thoughts, envy of the dying, sleeping for a long time, urges looked at. */
const PLAIN_CONCERN: CrisisPattern[] = [
  concern('(?:a|and a) burden (?:to|on) (?:my [a-z]+|everyone|everybody|them|you)|(?:tired|sick) of being the problem|hard to imagine next year|thoughts (?:have been|are|keep) getting darker'),
  concern('envy people (?:who|that) (?:get|have|are) (?:terminal|dying)|(?:go to sleep|sleep) for a (?:really )*long time|hopes? the plane (?:goes down|crashes)|looked at the pills (?:today )?for longer than'),
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', level: 'CONCERN', regex: /\b(?:found|kept) my old (?:blades|razors?)\b|\bpulled out (?:a lot of |some of |clumps of )?my hair\b/g },
  { category: 'HARM_TO_OTHERS', kind: 'SELF', speaker: 'PATIENT', level: 'CONCERN', regex: /\bfantasi[sz]e about (?:my [a-z]+|him|her|them) getting hurt\b|\bscare myself with how angry\b/g },
];


export const ACT_PATTERNS: readonly CrisisPattern[] = [...DEED_PATTERNS, ...PLAN_BY_PIECES, ...CERTAINTY_QUESTIONS, ...MEANS_HANDLED, ...FAREWELL_AFTER, ...CLOSED_FUTURE, ...OTHERS_SIGNS, ...HIDING_AT_HOME, ...HARM_BY_CAR, ...DEADLINE_SAID, ...SELF_HARM_URGE, ...METHOD_BY_PLACE, ...PASSIVE_SAID, ...OTHERS_REPORTED, ...SEEKING_TARGET, ...GOODBYE_TO_CARE, ...GIVING_SAID, ...MIX_AT_HAND, ...PLAIN_WORDS, ...OTHERS_AND_THREATS, ...HARM_SAID, ...INTENT_BARE, ...FAREWELL_PASSING, ...SELF_HARM_TRACES, ...WISH_AND_WEIGHT, ...OTHERS_SAID, ...TIMED_AND_SAVED, ...AT_THE_PLACE, ...MEANS_AT_HAND, ...DECIDED, ...SELF_HARM_NEAR, ...VIOLENCE_AT_HOME, ...HARM_PLANNED, ...WORN_OUT, ...LAST_THINGS, ...PLAIN_CONCERN, ...R23_ACT_PATTERNS, ...R26_ACT_PATTERNS, ...R27_ACT_PATTERNS, ...R28_ACT_PATTERNS, ...R29_ACT_PATTERNS];
