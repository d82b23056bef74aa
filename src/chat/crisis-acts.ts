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
import type { CrisisPattern } from './crisis-patterns';
import { DEED_PATTERNS } from './crisis-deeds';

const AT_PLACE =
  '(?:station|train station|platform|tracks|bridge|cliffs?|quarry|pier|roof|rooftop|balcony|ledge|edge|car park|parking garage|overpass|lake|river|sea|beach|woods)';
// What makes being at a place the act itself.
const ACT_NEAR = /\b(?:this is it|not (?:driving|coming|going|walking) back|climbing over|climb over|jump|jumping|the letter|the note|brought the|goodbye|say bye|last time|no more|voices)\b/;
const LEISURE = /\b(?:photos?|pictures?|view|picnic|hike|hiking|swim|swimming|fishing|fireworks|sunrise|lunch|dinner|party|date night|concert|festival|holiday|vacation|trip)\b/;

function sign(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return { category: 'SUICIDE', kind: 'SELF', regex: new RegExp(`\\b(?:${source})\\b`, 'g'), ...extra };
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
  return { category: 'ABUSE_IN_PROGRESS', kind: 'SELF', speaker: 'PATIENT', regex: new RegExp(`\\b(?:${source})\\b`, 'g'), ...extra };
}

/** Someone violent at home right now, the patient hiding or named next. */
const VIOLENCE_AT_HOME: CrisisPattern[] = [
  danger('(?:saying|says|said) i am next|i am hiding in the (?:bathroom|closet|wardrobe|basement|car|attic)|(?:he|she) will break my (?:arm|nose|neck|legs?|jaw)|(?:scared|afraid|terrified) (?:he|she) is going to (?:really )?(?:hurt|kill) (?:her|him|us|me|my)', {
    onlyWith: /\b(?:hitting|hit|drunk|broke|screaming|hurt|kill|watching|threat[a-z]*|tell|scared|afraid)\b/,
  }),
];

function harm(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return { category: 'HARM_TO_OTHERS', kind: 'SELF', speaker: 'PATIENT', regex: new RegExp(`\\b(?:${source})\\b`, 'g'), ...extra };
}

/** Harm to others said by the act. */
const HARM_PLANNED: CrisisPattern[] = [
  harm('(?:take|taking) (?:all of us|the (?:kids|children|family)|them all|everyone|my (?:family|kids|wife|husband|children)) with me'),
  harm('(?:bringing|bring|taking|take) (?:my |my [a-z]+ |his |her |a )?(?:gun|rifle|knife) (?:to (?:school|work|class) )?(?:on|tomorrow|monday|tuesday|wednesday|thursday|friday|next)', {
    onlyWith: /\b(?:school|work|class|kid|boss|teacher|hell|pay)\b/,
  }),
];

function concern(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return { category: 'SUICIDE', kind: 'SELF', level: 'CONCERN', regex: new RegExp(`\\b(?:${source})\\b`, 'g'), ...extra };
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


const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|the weekend)';
// Means and method words that make a bare "it", "them" or "when" the act.
const MEANS_WORDS = /\b(?:pills|pils|tablets|meds|medication|oxy|[a-z]+(?:ine|pam|done|lam)|paracetamol|tylenol|rope|noose|cord|belt|gun|rifle|shotgun|pistol|blades?|razors?|knife|charcoal|hose|bridge|cliffs?|roof|ledge|tracks|train|overdose|vodka)\b/;
// Ordinary chores and therapy homework that make "then i will do it" ordinary.
const CHORE = /\b(?:homework|laundry|taxes|workout|exercise|exercises|call (?:him|her|them)|email|tell (?:him|her|them)|talk to|ask (?:him|her|them)|confront|practi[cs]e|study|meditat[a-z]*|journal(?:ing)?|exposure|assignment|dishes|clean(?:ing)?|vacuum[a-z]*|shower|paint(?:ing)?|bake|baking|cook(?:ing)?|surprise|gift|present|breathing)\b/;
// Celebrations and outings that make an hour or a day awaited.
const FESTIVE = /\b(?:new year|new years|countdown|party|fireworks|celebrat[a-z]*|birthday|wedding|concert|premiere|launch|release|drop|sale|stream|game|match|flight|homework|laundry|workout|exercise|exposure|call)\b/;
const HEIGHT = '(?:roof|rooftop|bridge|ledge|balcony|cliffs?|building|overpass|platform|tower|car park|parking garage|quarry)';

/** A plan said by its pieces: waiting for an absence then "I will do it", knowing how and where, a place and the step, nobody finding one in time. */
const PLAN_BY_PIECES: CrisisPattern[] = [
  sign('(?:when|once|as soon as|til|till|until|after) (?:my |the |everyone |everybody )?(?:[a-z]+ ){0,3}(?:leaves?|left|is asleep|are asleep|falls asleep|fall asleep|go(?:es)? to (?:work|bed|sleep|school)|is at work|is out|are out|are gone|is gone|is empty)(?: [a-z0-9]+| ,){0,6} (?:then )?i (?:will|am going to|am gonna|can|am) (?:finally )?do(?:ing)? it(?= ,| \\.|$| tonight| and| for)', { speaker: 'PATIENT', unlessWith: CHORE }),
  sign('i know (?:exactly )?(?:how and (?:where|when)|where and (?:how|when)|when and (?:how|where))(?! to\\b)|(?:need|waiting for|wait for) the (?:house|flat|apartment|place) to be empty', { speaker: 'PATIENT', unlessWith: CHORE }),
  sign('(?:nobody|no one|noone) (?:finds|can find|will find|would find|could find|gets to|can get to|will get to) me(?: [a-z]+){0,2} (?:too (?:early|soon)|in time|until it is (?:too late|over|done)|before it is (?:too late|over|done))|(?:will not|would not|can not) be found (?:in time|until it is too late|for days)', { speaker: 'PATIENT' }),
  sign(`${HEIGHT}(?: [a-z0-9]+| ,){0,20} (?:and )?(?:step|jump|throw myself|fall|let myself fall) off(?= \\.| ,|$| the edge| for good)`, { unlessWith: /\b(?:into the (?:water|pool|lake|sea|river)|bungee|diving|dive|parachute|zip ?line|skydiv[a-z]*|game|level)\b/ }),
  sign(`(?:going to|gonna|will) (?:drive|walk|go|head|get) (?:up )?to the (?:[a-z]+ ){0,2}${HEIGHT}`, {
    speaker: 'PATIENT',
    onlyWith: /\b(?:after everyone|when everyone|while everyone|nobody|no one|not coming back|step off|jump|worked out|planned|my plan|goodbye|for good|made my peace)\b/,
    unlessWith: /\b(?:photos?|pictures?|view|picnic|hike|hiking|swim|swimming|fishing|fireworks|stars|sunrise|sunset|lunch|party|date|concert|festival)\b/,
  }),
  sign('i know (?:the|my) (?:date|day|time|night) and (?:the )?(?:place|spot|where|method|how)|(?:already )?(?:picked|chose|chosen|found|picked out|scouted) (?:the|a|my) (?:bridge|building|spot|place|tree|beam|cliff|date|day|rope|method)(?= \\.| ,|$| for| and| already)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:suicid[a-z]*|die|dying|dead|end it|kill myself|jump|rope|pills|gone|planned|plan)\b/,
    unlessWith: /\b(?:wedding|venue|party|photos?|shoot|picnic|proposal|holiday|vacation|trip|date night|birthday party)\b/,
  }),
  sign('by this time (?:tomorrow|next week|on [a-z]+|tonight) i (?:will|am going to|will already) be (?:gone|dead|not here|no more)|(?:sorted|arranged|ready|in order|taken care of|organi[sz]ed) for (?:when|after) i am (?:dead|gone)(?! on (?:holiday|vacation|a trip))', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:estate planning|lawyer|solicitor|retire[a-z]*|old age|someday|one day|eventually|holiday|vacation|trip|flight|conference|away)\b/,
  }),
  sign('(?:i will not|i am not going to|i will never) (?:see|make it to|live to see|reach|be around for) (?:\\d+|my (?:next )?(?:birthday|\\d+(?:th|st|nd|rd))|christmas|new year|next (?:year|week|month|birthday|christmas|summer)|the (?:weekend|new year|end of the (?:week|month|year))|thirty|forty|twenty|fifty)(?! if| unless| at this rate)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:date|planned|plan|goodbye|note|pills|rope|decided|ready|set)\b/,
  }),
  sign(`(?:drove|drive|driving|walked|walk|walking|went|stood|standing|sat|sitting|stopped|parked) (?:past|by|to|on|at|over|under|near) the (?:[a-z]+ )?${HEIGHT}(?: [a-z0-9]+){0,3} (?:thinking about|to think about|wondering about) (?:it|jumping|doing it|ending it|the drop|how high)`, { speaker: 'PATIENT' }),
  // Concealing a plan from the clinician: "she asked about a plan and I lied and said no".
  sign('i (?:lied|was lying|lie|lied to (?:her|him|them|my therapist|the doctor|the nurse))(?: [a-z]+){0,3} (?:said|say|saying|told (?:her|him|them)|when i said) (?:no|i was fine|i am fine|i was safe|i am safe|i did not|i do not|i was not|i am not|i had not)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:plan|suicid[a-z]*|safe|kill|die|thoughts|hurt myself|pills|rope|gun)\b/,
  }),
  // Intent with a time: "I will die tonight", "I'm going to be dead by Friday".
  sign(`(?:i will|i am going to|i am gonna|i shall|i am) (?:die|be dead|be gone for good|end it|end my life|kill myself) (?:tonight|today|tomorrow(?: night| morning)?|this (?:weekend|week|month)|on ${DAY}|by (?:morning|tomorrow|the weekend|${DAY}))`, {
    speaker: 'PATIENT',
    unlessAfter: /^(?: [a-z]+){0,6} (?:if|of|from|lol|lmao|haha|laughing|at the (?:exam|test|gym|presentation|interview|meeting))\b/,
  }),
  sign('(?:take|taking|swallow|swallowing|nap|sleep) (?:[a-z]+ ){0,3}(?:with )?all (?:my|of my|the|those) (?:pills|tablets|meds)(?: [a-z]+){0,3} (?:and|to) (?:not|never) wake up', { speaker: 'PATIENT' }),
  sign('(?:made up my mind|my mind is made up|i have decided|i decided|i am decided|the decision is made) (?:about|on) (?:suicide|killing myself|ending (?:it|my life|things)|dying|death)'),
];

/** Method questions by what would make death certain: a height, a dose, a mix, a comparison. */
const CERTAINTY_QUESTIONS: CrisisPattern[] = [
  sign('(?:make sure|be sure|ensure|guarantee|certain|so (?:that )?(?:you|i|someone|a person) (?:definitely|surely|certainly|actually)) (?:that )?(?:you|i|someone|a person|people)? ?(?:die|dies|will die|would die|do not survive|does not survive|are dead|is dead)', { speaker: 'PATIENT', unlessWith: /\b(?:game|level|boss|character|plant|plants|bacteria|germs|mould|mold|weeds|pests|lice)\b/ }),
  sign('(?:be |is |it )?enough to (?:kill me|kill myself|kill a person|kill someone|end it|end my life|not wake up)(?! lol| haha| lmao)', { speaker: 'PATIENT', onlyWith: MEANS_WORDS }),
  sign('(?:what|which) (?:dose|amount|number|quantity)(?: of)?(?: [a-z]+){0,3} (?:is|are|would be) (?:lethal|fatal|deadly)|(?:lethal|fatal|deadly) (?:for|to) (?:a |an )?(?:woman|man|person|adult|someone|me)(?: of)? my (?:weight|size|age)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|horse|chocolate|caffeine|coffee|water|grapes|xylitol)\b/,
  }),
  sign('(?:which|what) is (?:more|most|the most|less|least|the least) (?:reliable|effective|painless|lethal|certain|quick|fast|peaceful|sure)(?: [a-z]+| ,){0,6} (?:pills|hanging|cutting|jumping|drowning|an overdose|overdosing|a gun|carbon monoxide|the wrists)|is (?:hanging|drowning|jumping|carbon monoxide|an overdose|overdosing|bleeding out|a gunshot|helium) (?:painless|quick|fast|peaceful|reliable|certain|guaranteed|lethal|fatal)', { speaker: 'PATIENT' }),
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\b(?:cut|cutting|slit|slitting|slice|slicing) (?:deep |deeply )?(?:on |into |open )?(?:my |the |your )wrists?\b/g, accidentProne: true },
];

/** Means at hand said by what is done with them: held to the head, a rope round the neck, saved for a moment, counted, decided when. */
const MEANS_HANDLED: CrisisPattern[] = [
  sign('(?:holding|hold|held|put|putting|pressed|pressing|point|pointing|pointed) (?:it|the gun|the barrel|a gun|the rifle|the shotgun|the pistol|the knife|the blade|a knife) (?:to|against|at) my (?:head|temple|throat|chest|wrists?|mouth|chin)'),
  sign('(?:rope|cord|belt|noose|cable|ligature|scarf|wire|tie) (?:around|round) my neck', { unlessWith: /\b(?:lanyard|headphones?|earbuds|costume|necklace|fashion)\b/ }),
  sign('(?:been )?rehears(?:ing|ed|e) (?:it|my death|my suicide|how|the whole thing)|(?:practice|dry|trial|test) run', { onlyWith: /\b(?:rope|cord|noose|neck|belt|pills|jump|bridge|ledge|chair|die|dying|suicid[a-z]*|end it)\b/, unlessWith: /\b(?:wedding|speech|presentation|interview|play|recital|exam|driving test)\b/ }),
  sign(`(?:gun|rifle|shotgun|pistol|revolver)(?: [a-z]+){0,6} (?:in my (?:room|hand|lap|bag|car)|under my (?:bed|pillow))(?: [a-z]+){0,4} (?:loaded|its loaded|it is loaded)|(?:gun|rifle|shotgun|pistol|revolver) (?:in my (?:room|hand|lap)|under my (?:bed|pillow))(?: right now| now| tonight)`, { speaker: 'PATIENT' }),
  sign('(?:waiting|ready|saved|set aside|hidden|hid|stashed|kept|keeping|saving) (?:them |it )?for (?:tonight|tomorrow night|later tonight|when (?:i am|im) ready|when the time (?:comes|is right)|the right (?:time|moment|night|day)|the day i)', { speaker: 'PATIENT', onlyWith: MEANS_WORDS }),
  sign('(?:deciding|decide|choosing|choose|figuring out|working out|picking) (?:when|the (?:day|night|time|moment))(?= \\.|$| ,| to| i| now)', { speaker: 'PATIENT', onlyWith: /\b(?:pills|tablets|meds|rope|gun|blades?|razors?|knife|bottle)\b/, unlessWith: CHORE }),
  sign('(?:pills|tablets|meds|medication|painkillers) (?:i have been|i been|i have|i am|i was) (?:hoarding|saving|stockpiling|collecting|stashing|hiding|keeping)(?! for (?:the|my|a) (?:trip|travel|vacation|holiday|flight))|(?:counted|counting|count) (?:them|the pills|my pills|the tablets)(?: [a-z]+| ,){0,4} (?:there is|there are|it is|its|i have) enough', { speaker: 'PATIENT' }),
  sign('charcoal (?:and|,) (?:the |some )?(?:duct )?tape|(?:duct )?tape and (?:the |some )?charcoal', { unlessWith: /\b(?:bbq|barbecue|grill(?:ing)?|art|drawing|sketch[a-z]*|camping trip|aquarium|filter)\b/ }),
  sign('(?:i have )?already (?:swallowed|downed) (?:the|all|them|my|every)|swallowed (?:all|every|the whole|the rest)(?: of)? (?:the |my |them)?', { speaker: 'PATIENT', unlessWith: /\b(?:gum|pride|words|water|fly|bug|seed|pit|toothpaste)\b/ }),
];

/** Farewells said by what comes after: sorry for what is coming, forgiven for leaving, why I did it, not seeing anyone again. */
const FAREWELL_AFTER: CrisisPattern[] = [
  sign('sorry for what (?:i am (?:about|going) to do|i will do|i have to do|i must do|happens (?:next|tonight|tomorrow)|is (?:coming|about to happen|going to happen)(?= tonight| tomorrow| soon| next| \\.|$))', { speaker: 'PATIENT' }),
  sign('forgives? me (?:[a-z]+ ){0,2}for (?:leaving (?:him|her|them|you|you all|everyone|us)(?: like this| behind| alone| this way| so soon)|what i am about to do|what i am going to do|doing this(?= \\.|$| to)|not being here|being gone)', { speaker: 'PATIENT' }),
  sign('(?:understand|know|see|explain|figure out) why i did (?:it|this)', { speaker: 'PATIENT', onlyWith: /\b(?:farewell|goodbye|last entry|final entry|last post|journal|note|letter|forgive|gone|after i am)\b/ }),
  sign('goodbye(?: [a-z]+){0,3} without (?:them|anyone|her|him|my [a-z]+|everyone|anybody) (?:realizing|realising|knowing|noticing|suspecting)(?= (?:that )?(?:it|this) (?:was|is|would be|will be)| anything| \\.| ,|$)|without (?:them|anyone|her|him|my [a-z]+|everyone) (?:realizing|realising|knowing) (?:it|this) (?:was|is|will be) the (?:last|final) time', { speaker: 'PATIENT' }),
  sign('(?:will not|never|will never) (?:see|talk to|hear from|speak to) (?:you|you all|any of you|anyone|everyone|y all) (?:again|ever again)', { speaker: 'PATIENT', onlyWith: /\b(?:goodbye|farewell|bye|over|love you|for good|forever)\b/, unlessWith: LEAVING_SOMEWHERE() }),
  sign('(?:will not|never|do not|would not) (?:need|be needing|use|have a use for) (?:any of )?(?:it|them|this|that|those|these|my(?: [a-z]+){1,3}|any of (?:it|them|this)) where i am going|where i am going (?:i|you) (?:will not|do not|would not) need', { speaker: 'PATIENT', unlessWith: /\b(?:trip|travel|vacation|holiday|camp|camping|retreat|rehab|monastery|moving|abroad|beach|hike|hiking|festival|hospital)\b/ }),
  sign('(?:nobody|no one|none of them|they do not|he does not|she does not) (?:knows?|realizes?|realises?|suspects?) (?:that )?(?:it is|this is|it will be|its) (?:actually |really |secretly )?(?:the |my )?(?:last|final|a real goodbye|goodbye|for good|forever)', { speaker: 'PATIENT', unlessWith: /\b(?:moving|move|abroad|new job|retir[a-z]*|surprise|pregnan[a-z]*|proposal|quitting)\b/ }),
  sign('(?:if you know what i mean|you know what i mean|if you catch my drift|wink wink)', { speaker: 'PATIENT', onlyWith: /\b(?:goodbye|farewell|for good|forever|last time|not coming back|will not see|final)\b/ }),
  sign('(?:schedul(?:e|ed|ing)|set up|timed) (?:an |a |the )?(?:email|e mail|message|text|post|letter|tweet)s?(?: [a-z0-9]+| ,){0,10} (?:after i (?:have|am|ve) (?:done it|gone|dead)|after i am gone|once i am gone|after my death|when i am (?:gone|dead)|for after(?= \\.|$))', { speaker: 'PATIENT' }),
  sign('(?:i will not|i am not|never|not) (?:be )?(?:coming|going|getting|walking|driving) (?:back|home)(?= \\.| ,|$| from| this time| for| again)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:cliffs?|bridge|tracks|quarry|roof|ledge|river|sea|ocean|lake|woods|goodbye|made my peace|for good|passwords|note|letter|pills|rope|one way)\b/,
    unlessWith: /\b(?:moving|move|moved|abroad|new job|new city|emigrat[a-z]*|relocat[a-z]*|to work there|restaurant|shop|gym|store|company|school|university|college|party|church|club|group)\b/,
  }),
];

function LEAVING_SOMEWHERE(): RegExp {
  return /\b(?:deleting|deleted|account|app|group chat|platform|offline|unsubscrib[a-z]*|quit (?:this|my)|new job|moving|abroad|retir[a-z]*|resign[a-z]*|notice|last day at|graduat[a-z]*)\b/;
}

/** CONCERN: the future closed, burden said by the family's easier life, trapped with one exit, pain past bearing. */
const CLOSED_FUTURE: CrisisPattern[] = [
  concern('(?:i )?(?:see|have|there is) no future (?:for me|for myself|ahead of me|anymore|left)|every door (?:closes|is closed|shuts)|(?:given|give|gave) up on (?:feeling better|getting better|ever (?:feeling|getting) better|life|myself|recovery|being happy|things getting better|ever being happy)'),
  concern('no (?:reason|point|use) (?:to|in) (?:keep|keeping) (?:trying|going|living|on)(?! (?:with|to fix|at) )|never going to be (?:fixed|okay|ok|better)(?= ,| \\.|$| and)'),
  concern('(?:easier|better|happier|simpler|lighter|calmer)(?: (?:life|lives|time|off))?(?: [a-z]+){0,2} (?:if|when) i (?:were|was|am) (?:not (?:in it|in (?:their|his|her|your|our) li(?:fe|ves)|around|here|there|alive)|gone|dead|out of the picture)'),
  concern('(?:only|just|always) (?:dragging|bringing|pulling|weighing) (?:my [a-z]+|him|her|them|everyone|everybody|you|us) down|deserves? better than (?:having )?me(?: around| in (?:his|her|their) li(?:fe|ves))'),
  concern('(?:no|any) (?:exit|escape|way out)(?: [a-z]+){0,3} (?:except|but|other than) (?:one|death|dying|that one)|(?:can not|do not) see (?:any|a|an) (?:escape|way out|exit)|(?:the )?only (?:way out|escape|exit) is (?:not living|not being here|not existing|death|dying|to die|to not be here)|(?:there is )?nowhere (?:left )?to go(?= \\.| ,|$)|walls (?:are )?closing in|i am (?:so )?cornered', { unlessWith: /\b(?:game|level|maze|escape room|traffic|parking|car park|garage|building|stadium|contract|lease|deal)\b/ }),
  concern('(?:pain|hurt|suffering|loneliness|emptiness)(?: [a-z]+){0,2} is (?:more than i can (?:stand|bear|take|handle)|too much to (?:bear|stand|take|handle))'),
  { category: 'SUICIDE', kind: 'LIFE', level: 'CONCERN', regex: /\bkeep (?:on )?living(?= like this| with (?:this|the|so much|that|all this)| this way| \.|$)/g },
  // Intrusive "what if I just …" thoughts: C-SSRS 2 said as a question to oneself.
  sign('what if i (?:just|simply) (?:died|was dead|were dead|did not wake up|ended it|killed myself|stepped (?:off|in front)|jumped(?: off| in front)?|drove (?:off|into)|swerved|let go|took (?:them|all)(?: of them)?)', { level: 'CONCERN', speaker: 'PATIENT', unlessWith: /\b(?:game|lol|lmao|haha|of embarrassment)\b/ }),
];

/** Others in danger, said by the signs: a client with a gun and a plan, bruises and being locked in, a threat to kill if she leaves. */
const OTHERS_SIGNS: CrisisPattern[] = [
  sign('(?:have|has|had|got) (?:a |the )?(?:gun|rifle|pills|rope|knife|means|weapon) and (?:a|the) plan|(?:have|has|had) a plan and (?:a |the )?(?:gun|pills|rope|means|date)'),
  { category: 'ABUSE_IN_PROGRESS', kind: 'ABUSE', regex: /\b(?:shows? up|showing up|showed up|comes? (?:to school |home )?|came (?:to school |home )?)with (?:bruises|black eyes?|a black eye|burns|welts|marks on)\b|\blocks? (?:him|her|them|me|us) (?:in|up)(?= \.|$| ,| in| at| for| when| every| all| and)|\b(?:does|did|do|keeps doing|kept doing) (?:things|stuff|bad things|sexual things|things i do not like) to (?:me|her|him)(?= \.|$| ,| at| when| and| every| in)/g, unlessWith: /\b(?:football|soccer|rugby|hockey|training|practice|match|game|fell|climbing|skat[a-z]*|song|music)\b/ },
  { category: 'ABUSE_IN_PROGRESS', kind: 'ABUSE', regex: /\bthreat(?:en|ened|ening|ens) to (?:kill|hurt|beat|stab|shoot|strangle) (?:her|him|them|me|us|my [a-z]+)\b/g },
  sign('(?:giving|gave|given|give) (?:away )?(?:all )?(?:her|his|their|of (?:her|his|their)) (?:stuff|things|belongings|possessions)(?: away)?', { onlyWith: /\b(?:goodbye|worried|weird|strange|away)\b/ }),
];

/** Danger at home heard from where the patient hides. */
const HIDING_AT_HOME: CrisisPattern[] = [
  danger('i am (?:hiding )?(?:under (?:my|the) bed|in (?:the|my) (?:closet|wardrobe|bathroom|basement|attic|cupboard)|locked in (?:the|my) (?:bathroom|room|car))', { onlyWith: /\b(?:drunk|throwing|hitting|hit|screaming|yelling|angry|rage|scared|punch[a-z]*|smash[a-z]*|break(?:ing)?|broke)\b/, unlessWith: /\b(?:hide and seek|game|thunder|storm|dog|cat|spider)\b/ }),
  danger('(?:he|she|they) (?:will|is going to|is gonna|would) break my (?:arm|nose|neck|legs?|jaw|ribs|fingers|hand)', { onlyWith: /\b(?:said|says|threat[a-z]*|if i|before|again|done it)\b/ }),
];

/** Harm to others by a car: running a named person over. */
const HARM_BY_CAR: CrisisPattern[] = [
  harm('(?:going to|gonna|will|want to|plan to|planning to|about to) (?:run|mow) (?:him|her|them|my (?:boss|ex|husband|wife|neighbou?r|dad|father|mom|mother|stepdad|brother|sister|teacher|manager|coworker|colleague|landlord)|that (?:guy|man|woman|bitch|bastard)) (?:over|down)(?! (?:to|for|with) )'),
];

/** A deadline after which nothing matters, a last weekend, the hour named, a last time with someone (988: talking about a time). */
const DEADLINE_SAID: CrisisPattern[] = [
  sign(`after (?:${DAY}|this week|this weekend|next week|the (?:exam|wedding|funeral|holidays))(?: ,)? (?:none of (?:this|it)|nothing|it) (?:will|would|is going to) (?:matter|be my problem|make a difference)(?: anymore)?`, { speaker: 'PATIENT' }),
  sign('this is my last (?:weekend|week|day|night|birthday|christmas|summer|sunday|morning)(?! (?:at|in|of|before|as|here|with|off|on|working|living|until|till|for))(?= \\.| ,|$| and| so)', { speaker: 'PATIENT', unlessWith: /\b(?:moving|move|abroad|job|work|school|college|holiday|vacation|trip|leave|deploy[a-z]*|rehab|hospital)\b/ }),
  sign('(?:\\d+|one|two|three|four|five|a few|couple) more(?: (?:days|nights|weeks|sleeps))?(?: (?:just|only|left|to go|of this|more|,)){0,3} (?:and|then|till|until)(?: then)? (?:it|it all|everything|all of it|the pain|the noise) (?:stops|ends|will stop|will end)(?= \\.|$| ,| for good| forever)', { speaker: 'PATIENT' }),
  sign(`(?:need|needs|will need) (?:him|her|it|them) more than (?:me|i do|i will)(?: [a-z]+){0,2} after (?:${DAY}|this week|this weekend|i am gone)`, { speaker: 'PATIENT' }),
  sign('before (?:anyone|everyone|anybody) (?:is|s|wakes|gets) up(?= \\.|$)', { speaker: 'PATIENT', onlyWith: /\b(?:that is when|thats when|i will do it|doing it|i am going)\b/, unlessWith: CHORE }),
  sign('(?:pills|tablets|meds|gun|rope|noose)(?: is| are)? (?:out|ready|laid out|lined up|counted out)(?: and)? (?:next to me|beside me|in front of me|on (?:my|the) (?:bed|lap|desk|table))'),
  { category: 'SELF_HARM', kind: 'SELF', regex: /\b(?:razor|razors|blade|blades)(?: is| are)? (?:out|ready|laid out)(?: and)? (?:next to me|beside me|in front of me|on (?:my|the) (?:bed|lap|desk|table))\b/g },
  sign('i am (?:doing|going to do) it (?:at (?:midnight|dawn|sunrise|\\d+ ?am)|before (?:anyone|everyone|anybody) (?:is|wakes|gets) up|while (?:everyone|they) (?:is|are) (?:asleep|out|away))|before (?:anyone|everyone|anybody) (?:is|wakes|gets) up(?: \\.| ,)? (?:that is|thats) when', { speaker: 'PATIENT', unlessWith: FESTIVE }),
  sign('(?:hear|see|hug|hold|kiss|visit|call|talk to|speak to)(?: [a-z]+){0,4} one last time(?= before(?: \\.| ,|$| i go| i do)| \\.|$)|(?:has|have|had) no idea (?:it|this|that) (?:was|is|will be) (?:goodbye|the last time|the end|a goodbye)', { speaker: 'PATIENT', unlessWith: /\b(?:moving|move|abroad|demolish[a-z]*|sold|selling|closing|renovat[a-z]*|graduat[a-z]*|last day at)\b/ }),
  sign('(?:should|must|can) (?:be|go) (?:with|to) (?:someone|somebody) (?:who has|with) a future|(?:keep it|keep them|gave (?:it|them)|left (?:it|them))(?: [a-z]+| ,){0,3} (?:to|so (?:she|he|they|you) can|so (?:she|he|they|you) will) remember me(?= \\.|$| by| ,)', { speaker: 'PATIENT' }),
  sign('otherwise (?:i would|i would have|i) (?:have )?(?:gone|done it|been gone|ended it|not be here|be dead|killed myself|left)(?= \\.| ,|$| a long| long| years| ages)', { speaker: 'PATIENT' }),
];

/** Self-harm held back and failing, the urge for the blade, hurting oneself on a wall. */
const SELF_HARM_URGE: CrisisPattern[] = [
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\btrying (?:so |really )?(?:hard )?not to (?:cut|hurt myself|self harm|burn myself|use the (?:razor|blade))\b(?! (?:my (?:own )?(?:hair|fringe|bangs|nails|finger)|the|his|her|a|an|it|them|this|that|off|in|back|down|corners|class|school|people|him|carbs|sugar|ties)\b)/g, onlyWith: /\b(?:not working|can not stop|failing|losing|about to|not enough)\b/ },
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', level: 'CONCERN', regex: /\btrying (?:so |really )?(?:hard )?not to (?:cut|hurt myself|self harm|burn myself|use the (?:razor|blade))\b(?! (?:my (?:own )?(?:hair|fringe|bangs|nails|finger)|the|his|her|a|an|it|them|this|that|off|in|back|down|corners|class|school|people|him|carbs|sugar|ties)\b)/g },
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\bi (?:want|need|want to get|need to get) (?:the|my) (?:razor|blade|blades|razors|lighter)(?= \.|$| ,| so| and| again| back| out)|\b(?:punched|punching|hit|hitting|banged|banging) (?:the|a) wall (?:til|till|until) (?:my )?(?:knuckles|hand|hands|fist|fists|head) (?:split|bled|bleed|broke|cracked|were bleeding)/g },
];

/** Method said by where or how: a roof left open, a car in a closed garage, swimming out too far. */
const METHOD_BY_PLACE: CrisisPattern[] = [
  sign(`(?:roof|rooftop) access(?: [a-z]+){0,3} (?:not locked|unlocked|open|left open)|(?:which|what) (?:bridge|building|parking garage|car park|roof|tower)(?: [a-z]+){0,4} (?:is (?:high|tall) enough|not locked|unlocked|has roof access)`, { speaker: 'PATIENT', unlessWith: /\b(?:photo[a-z]*|view|party|bar|drone|sunset|fireworks|stargazing)\b/ }),
  sign('(?:running|run|left running|leave running) (?:the|my|a) (?:car|engine) in (?:a|the) (?:closed|shut|locked|sealed) garage', { speaker: 'PATIENT', onlyWith: /\b(?:work|works|painless|myth|how long|enough|die|dying|quick)\b/ }),
  sign('swim (?:out )?(?:until|till|so far|too far)(?: that)? i (?:can not|could not|will not|would not) (?:swim|get|make it) back', { speaker: 'PATIENT' }),
  sign('(?:so (?:it|there) (?:will not|would not|is not|wont) be (?:a |any )?mess|no mess) for (?:whoever|anyone|my [a-z]+|them|the person)|(?:for|to) whoever finds (?:me|my body)', { speaker: 'PATIENT' }),
  sign('(?:letter|letters|note|notes)(?: [a-z]+){0,6} for whoever finds (?:it|them)|(?:finished|wrote|written|left|writing) (?:the |my )?(?:letters|notes) (?:to|for) (?:my |each of my )?(?:parents|mom|dad|family|kids|children|wife|husband|best friend|sister|brother|everyone)|(?:letters|notes)(?: [a-z]+| ,){0,3} one for (?:my )?[a-z]+ and one for', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:drawer|find|finds|look first|after|cat|dog|will|goodbye|gone|tidy|sorted|in order|do not worry|whoever|cleaned|appointments)\b/,
    unlessWith: /\b(?:christmas|thank you|thanks|wedding|birthday|camp|pen pal|college|recommendation|cover letter|unsent|therapy|homework|exercise|santa|valentine)\b/,
  }),
];

/** CONCERN: hoping an accident takes one, relief at a diagnosis, only here for the kids, why bother, a lost cause, no future seen. */
const PASSIVE_SAID: CrisisPattern[] = [
  concern('hop(?:e|ing) (?:that )?(?:a|the) (?:bus|car|truck|train|lorry|van) (?:hits|clips|runs over|takes out|will hit) me|(?:daydream|dream|fantasi[sz]e)(?:ing|s)? about (?:getting|being) (?:in|into|hit by) (?:a |an )?(?:car )?(?:crash|accident)|(?:be|feel) (?:a (?:little|bit) )?relieved (?:if|when) (?:i had|i got|they found|the doctor (?:told|said|found))'),
  concern('(?:only|just) (?:here|alive|still here|living|around|staying) (?:for|because of) (?:my|the) (?:kids|children|son|daughter|dog|cat|mom|mum|parents|family|wife|husband)'),
  concern('(?:do not know|wonder|no idea) why i (?:even )?bother(?= \\.|$| ,| anymore| at all| getting| waking| living| trying| going)|i am (?:just )?a lost (?:cause|because)|(?:my )?future (?:is|looks) (?:black|dark|empty|blank|bleak)|(?:do not|can not) see myself in (?:\\d+|one|two|three|five|ten|a) (?:years?|months?)|i do not care about anything(?: anymore)?(?= \\.| ,|$| and)'),
  concern('(?:stuck|trapped) in (?:this|my) [a-z]+(?: [a-z]+)? , (?:stuck|trapped) in|(?:my )?(?:head|mind|thoughts|life) (?:is|are|feels like) (?:a|my) (?:prison|cage|trap)|hurts so (?:bad|much) inside'),
  { category: 'SUICIDE', kind: 'LIFE', level: 'CONCERN', regex: /\b(?:keep (?:on )?doing this|carry (?:it|this) another day|do this another day)(?= much longer| any longer| for much longer| \.|$| ,)/g },
  concern('(?:want|wants|wanting|ready) to (?:go )?(?:be with|join) (?:grandma|grandpa|gran|nan|mom|mum|dad|him|her|them|my (?:late )?[a-z]+|his (?:late )?[a-z]+|her (?:late )?[a-z]+)(?= \\.|$| ,| in heaven| again| and)', {
    onlyWith: /\b(?:died|passed|late|heaven|gone|grave|stopped eating|not eating|miss|since (?:she|he) died)\b/,
    unlessWith: /\b(?:visit|visiting|hospital|house|party|trip|weekend|holiday|vacation|move in)\b/,
  }),
];

/** Others' warning signs as reported: gone by next week, a last night posted, a final-feeling goodbye, an attempt, driving out to a bridge. */
const OTHERS_REPORTED: CrisisPattern[] = [
  concern(`(?:driving|drives|drove|walking|walks|going|goes) (?:out )?to the ${HEIGHT} (?:at night|every night|alone|late at night)`),
  concern('(?:goodbye|bye)(?: [a-z]+){0,9} (?:felt|seemed|sounded) (?:really |so |very )?(?:final|permanent|like (?:a last|the last|forever))'),
  sign('(?<=\\b(?:he|she|they) )(?:attempted|tried)(?= \\.|$| ,| last (?:week|month|year|night)| in (?:january|february|march|april|may|june|july|august|september|october|november|december)| again| twice| before| recently)', { onlyWith: /\b(?:suicid[a-z]*|still thinks about it|thinks about it|support|hospital|attempt[a-z]*)\b/ }),
  sign('(?:tonight|today) is (?:his|her|their) last (?:night|day)(?! (?:at|in|of|here|with|before|as|on))'),
];

/** Harm to others by seeking out the person: the address found and driving over now. */
const SEEKING_TARGET: CrisisPattern[] = [
  harm('(?:(?:found|got|have|looked up) (?:the|his|her|their) (?:home )?address|(?:found out|know|found|worked out) where (?:he|she|they) (?:lives?|works?|is staying|are staying))(?: [a-z]+){0,12} (?:driving|going|heading|on my way) (?:over )?(?:there|to (?:him|her|them|his|her|their))(?: now| tonight)?', { onlyWith: /\b(?:hurt|hurts|kill|pay|revenge|gun|knife|beat|assault[a-z]*|raped|abused|teach him)\b/ }),
];

/** A goodbye to the practice: no more appointments needed, goodbye passed on to the clinician, no need to reschedule. */
const GOODBYE_TO_CARE: CrisisPattern[] = [
  sign('(?:will not|do not|no longer) (?:be needing|need) (?:the|my|any more|any|another) (?:next )?(?:appointment|appointments|session|sessions|appt|appts)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:take care|goodbye|thank you for (?:everything|all)|thanks for (?:everything|all)|for whoever|gone|letter|given away|cat|dog)\b/,
    unlessWith: /\b(?:moving|move|new therapist|insurance|feeling better|doing better|graduat[a-z]*|finish(?:ed)? therapy|discharged|cost|afford|another practice|switch[a-z]*)\b/,
  }),
  sign('(?:tell|let) (?:dr [a-z]+|doctor [a-z]+|my therapist|my doctor|my counsell?or|my psychiatrist|everyone|them) (?:that )?i said (?:goodbye|bye)', { speaker: 'PATIENT' }),
  sign('(?:do not|no need to|not) (?:bother )?(?:reschedul(?:e|ing)|book(?:ing)? (?:me )?(?:another|a new))', { speaker: 'PATIENT', onlyWith: /\b(?:decided|goodbye|will not be|not be here|gone|after friday|last)\b/, unlessWith: /\b(?:moving|holiday|vacation|trip|insurance|new therapist|better now)\b/ }),
  sign(`(?:it is|its) happening (?:this (?:weekend|week)|tonight|tomorrow|on ${DAY})`, { speaker: 'PATIENT', onlyWith: /\b(?:picked|chosen|decided|the spot|goodbye|ready|pills|rope)\b/, unlessWith: /\b(?:party|wedding|move|moving|surgery|concert|launch|exam)\b/ }),
  sign(`${DAY} i (?:will )?(?:finish|end|do) it(?= \\.|$| ,)`, { speaker: 'PATIENT', onlyWith: /\b(?:will|ready|goodbye|pills|rope|decided|everything is)\b/, unlessWith: CHORE }),
  sign(`${HEIGHT}(?: [a-z0-9]+){0,4} is (?:high|tall) enough(?= \\.|$| ,| to| i)`, { speaker: 'PATIENT', unlessWith: /\b(?:view|photo[a-z]*|drone|kite|fireworks|truck|lorry|bus|clearance)\b/ }),
];

/** Possessions given with the end said aside: it is permanent, not a gift, they do not know why yet. */
const GIVING_SAID: CrisisPattern[] = [
  sign('(?:told|telling|tell) (?:her|him|them) (?:that )?(?:it is|its) (?:permanent|for good|forever|not a gift|goodbye)|(?:it is|its) not a gift(?: ,)? (?:it is|its) (?:goodbye|a goodbye)|(?:just )?(?:does not|do not) know why yet', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:gave|giving|given|give|can have|dog|cat|car|jewelry|jewellery|ring|plants|books)\b/,
  }),
  sign('(?:started|been|am|keep|i have been) giving (?:all |a lot |most |some )?(?:of )?my (?:stuff|things|belongings|possessions|plants|books|clothes)(?: [a-z]+){0,2} (?:away|to (?:friends|people|everyone))', { speaker: 'PATIENT', unlessWith: /\b(?:declutter[a-z]*|moving|move|minimalis[a-z]*|spring cleaning|charity shop|kondo)\b/ }),
];

/** Pills and alcohol at hand together; the lethal dose for a body weight. */
const MIX_AT_HAND: CrisisPattern[] = [
  sign('(?:bottle|box|pack|stash|handful) of (?:oxy|pills|tablets|sleeping pills|painkillers|[a-z]+(?:ine|pam|done|codone)) and (?:a )?(?:bottle of )?(?:vodka|whisky|whiskey|wine|gin|rum|alcohol|tequila)', { speaker: 'PATIENT' }),
  sign('(?:lethal|fatal|deadly) (?:for|to) (?:a |an )?(?:woman|man|person|adult|someone|me) \\d+ ?(?:kg|kilos?|lbs?|pounds)|how many [a-z]+ (?:is|are) (?:lethal|fatal|deadly) for', { speaker: 'PATIENT', unlessWith: /\b(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|horse)\b/ }),
];

/** CONCERN in plain words: disappearing for good would be nice, not minding a bus, thoughts back, drowning unseen, not knowing how long. */
const PLAIN_WORDS: CrisisPattern[] = [
  concern('(?:would be|it would be|be) (?:nice|good|easier|a relief|great|better) to (?:just )?(?:disappear|not exist|not be here|not wake up|be gone|vanish)(?= \\.|$| ,| for good| forever| completely| honestly)'),
  concern('if i (?:got|get|was|were) (?:hit|run over|killed)(?: by (?:a|the) (?:bus|car|truck|train|lorry|van|tram|meteor|asteroid|drunk driver))?(?: [a-z]+){0,3} i (?:would not|wouldnt) (?:mind|care)|i (?:would not|wouldnt) (?:mind|care) if i (?:got|get|was|were) (?:hit|run over|killed)(?= by (?:a|the) (?:bus|car|truck|train|lorry|van|tram|drunk driver)| \\.|$| ,| tomorrow| today| honestly)'),
  concern('(?:having|had|getting|been having) (?:those|the|these) (?:dark |bad |old )?thoughts again|(?:passive|dark|suicidal) thoughts(?: [a-z]+){0,6}(?: ,)? (?:they )?(?:came back|are back|have come back|returned)'),
  concern('i (?:think about it|think about jumping|think about driving off)(?: a lot| alot| every time| sometimes)? when i (?:drive|walk|go|cross) (?:over|across|past|by|on) (?:bridges?|the bridge|overpasses|cliffs|train tracks|the tracks|platforms|balconies)'),
  concern('(?:feel|feels|felt) like i am drowning(?= \\.|$| ,| and (?:nobody|no one)| inside)|(?:do not know|not sure) how (?:much )?long(?:er)? i can (?:handle|take|bear|stand|do) (?:it|this)|nothing (?:going to|gonna) get better|(?:a|and a) burden for (?:my [a-z]+|everyone|them)'),
  concern('(?:thinking|think|thought) (?:about|of) (?:death|dying|being dead)(?: [a-z]+){0,2} (?:lately|a lot|all the time|every day|constantly)(?= \\.|$| ,| like| and)', { unlessWith: /\b(?:passed|died|funeral|grandma|grandpa|pet|dog|cat|philosophy|book|podcast|class)\b/ }),
  { category: 'SUICIDE', kind: 'LIFE', level: 'CONCERN', regex: /\btake (?:it|this) (?:much|any) longer\b/g },
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\b(?:to punish myself|punishing myself)\b(?= \.|$| ,| like| for| because)/g, onlyWith: /\b(?:meals|eating|starv[a-z]*|cut|cutting|burn|burning|hit|hitting|scratch[a-z]*|food|on purpose)\b/ },
];

/** Others: a goodbye posted then silence, a child cutting, danger at home said by a threat or a night visitor, harm by fire or blood. */
const OTHERS_AND_THREATS: CrisisPattern[] = [
  concern('(?:posted|sent|left|wrote|said) (?:a |her |his |their )?goodbye(?: (?:msg|message|post|video|note|text))?(?: [a-z]+){0,5} (?:and )?(?:not|will not|is not|has not been) (?:answering|picking up|replying|responding)'),
  { category: 'SELF_HARM', kind: 'SELF', regex: /\b(?:is|are|has been|have been) cutting(?= \.|$| ,| again| herself| himself| themselves| i saw)/g },
  danger('(?:said|says|told me|saying) (?:that )?(?:tonight|today) is my last (?:night|day)|(?:he|she) (?:say|says|said) if i (?:try to )?(?:leave|go|tell|call)(?: [a-z]+){0,3} (?:he|she) (?:will |would |is going to )?(?:hurt|kill|beat|hit) me'),
  danger('(?:comes?|came|coming) (?:in)?to my (?:room|bed)(?: [a-z]+){0,2} (?:every night|at night|when (?:my )?parents|when (?:everyone|mom|dad))', { onlyWith: /\b(?:scared|afraid|touch[a-z]*|again|tonight|stop)\b/ }),
  harm('burn (?:the|his|her|their|our) (?:house|flat|car|apartment|home) (?:down )?with (?:her|him|them|my [a-z]+|everyone) (?:inside|in it)|make (?:him|her|them) pay with (?:blood|(?:his|her|their) (?:life|lives))'),
];

/** Harm to others said by the deed or the preparation: poison in food, a skull to crack, a baby shaken, a partner hit, a routine known with revenge. */
const HARM_SAID: CrisisPattern[] = [
  harm('(?:put|putting|slip|slipping|mix|mixing) (?:something|poison|bleach|pills|antifreeze|rat poison|it) (?:in|into) (?:his|her|their|my [a-z]+|the [a-z]+) (?:food|coffee|drink|tea|meal|water|lunch|dinner|juice|bottle)', { unlessWith: /\b(?:sugar|honey|milk|cream|cinnamon|vitamins?|medicine (?:he|she) needs|prescribed|recipe|surprise)\b/ }),
  harm('crack (?:his|her|their|your) (?:skull|head)|(?:smash|bash|cave) (?:his|her|their) (?:skull|head|face) in|(?:want to|going to|scared i will|afraid i will|urge to|feel like) shake (?:her|him|the baby|my baby|my son|my daughter)'),
  harm('i (?:hit|punched|slapped|choked|shoved|kicked|strangled) my (?:girlfriend|boyfriend|wife|husband|partner|kid|son|daughter|child|baby|mom|mum|dad|dog|cat|little brother|little sister)(?= \\.|$| ,| so| and| until| again| last| yesterday| today| in the| hard| when| because)', { accidentProne: true }),
  harm('i know (?:his|her|their) (?:car|house|address|schedule|routine)|i know (?:when|where) (?:he|she|they) (?:leaves?|lives?|parks?|works?|goes)', { onlyWith: /\b(?:make (?:him|her|them) pay|(?:is|are) going to pay|will pay for (?:this|what)|regret|revenge|gun|knife|hurt (?:him|her|them)|kill)\b/ }),
  harm('(?:know|found) where (?:my [a-z]+|he|she|they|dad|mom) (?:keeps|hides|stores) (?:the|his|her|a) (?:gun|rifle|pistol|knife|shotgun)', { onlyWith: /\b(?:regret|pay|bully|bullies|revenge|make them|hurt them|show them)\b/ }),
  harm('(?:she|he|they) (?:is|are) going to regret it|(?:she|he|they) will regret it', { onlyWith: /\b(?:where (?:she|he|they) lives?|gun|knife|outside (?:her|his|their) (?:house|place|flat)|parking outside|following (?:her|him|them))\b/ }),
  harm('never see (?:them|him|her) again(?: ,)? not alive'),
  { category: 'HARM_TO_OTHERS', kind: 'SELF', regex: /\b(?:bringing|bring|taking) (?:his|her|their) (?:[a-z]+ )?(?:gun|rifle|knife|pistol) to (?:school|work|class)\b/g },
];

/** Intent and plan said bare: done and going to do it, through with it on a day, ending it this time, not driving back, that's the plan. */
const INTENT_BARE: CrisisPattern[] = [
  sign('i am going to do it(?= \\.|$| this time| for real)', { speaker: 'PATIENT', onlyWith: /\b(?:i am done|this time|for real|i mean it|goodbye|no more|had enough)\b/, unlessWith: CHORE }),
  sign(`going through with it (?:this|on|tonight|tomorrow|next|after|before|${DAY})`, { speaker: 'PATIENT', unlessWith: /\b(?:wedding|surgery|divorce|move|moving|tattoo|marathon|interview|exposure|operation|procedure|sale|purchase|deal|trip)\b/ }),
  sign('ending it (?:this time|for real|for good)(?! with)', { unlessWith: /\b(?:relationship|boyfriend|girlfriend|him|marriage|lease|contract|subscription|friendship|things with)\b/ }),
  sign('and not (?:drive|come|walk|swim|go|fly|get) (?:back|home)(?= \\.|$| ,)', { speaker: 'PATIENT', unlessWith: /\b(?:moving|move|new job|abroad|relocat[a-z]*|until|for a (?:week|month|while))\b/ }),
  sign('(?:that is|thats) the plan(?= \\.|$)', { speaker: 'PATIENT', onlyWith: /\b(?:top floor|roof|bridge|tracks|pills|rope|jump|cliffs?|ledge|overdose)\b/ }),
  sign('(?:then|and) (?:that is|thats) it for me(?= \\.|$| ,)', { speaker: 'PATIENT', onlyWith: /\b(?:leaves|waiting|gone|goodbye|alone|empty|pills|rope)\b/ }),
  sign('how i am (?:going to|gonna) do it(?= \\.|$| ,| its| it is)', { speaker: 'PATIENT', onlyWith: /\b(?:step by step|notes|planned|exactly|pills|rope)\b/, unlessWith: /\b(?:presentation|speech|project|exam|essay|recipe|proposal|workout|homework|exercise)\b/ }),
  sign(`cancel(?:led|ed)? (?:everything|all my [a-z]+)(?: [a-z]+){0,4} after (?:${DAY}|this week)`, { speaker: 'PATIENT', onlyWith: /\b(?:do not need|will not need|no need|pointless|not going to need)\b/ }),
  sign('(?:pills|tablets|meds) (?:are |is )?(?:counted|laid|lined|set) out', { unlessAfter: /^ (?:in|into) (?:my|the|a) (?:weekly |daily )?(?:organi[sz]er|pill box|pillbox|dosette|blister)/, unlessWith: /\b(?:organi[sz]er|pill ?box|dosette|daily dose|morning dose|for the week)\b/ }),
  sign('by the time (?:my next session|the next session|you read this|you see this|you get this|next week)(?: [a-z]+){0,3} i (?:will not|wont) be (?:here|around|alive)', { speaker: 'PATIENT' }),
  sign(`i will be gone (?:before|by) (?:my birthday|christmas|the weekend|${DAY}|next week|the end of (?:the )?(?:week|month|year))`, { speaker: 'PATIENT', unlessWith: /\b(?:trip|travel|flight|fly|vacation|holiday|conference|moving|move|abroad|visit|camp|business|away)\b/ }),
  sign('(?:pills|tablets|bottle|oxy|meds)(?: [a-z]+){0,3} and the (?:vodka|whisky|whiskey|wine|gin|rum|alcohol)|(?:\\d+|two|three|few|six) (?:months?|weeks?) (?:worth )?of (?:oxy|pills|meds|tablets|sleeping pills) (?:just )?(?:sitting|saved|stashed|hidden)', { speaker: 'PATIENT' }),
  sign('(?:keep|kept) (?:taking|getting) (?:it|the gun|the knife|the blade|the rope) out', { speaker: 'PATIENT', onlyWith: /\b(?:gun|knife|rope|blade|razor|loaded)\b/ }),
  sign('(?:did not|didnt|not) tell (?:anyone|anybody|them|him|her) what (?:it is |it was |its )?for', { speaker: 'PATIENT', onlyWith: /\b(?:rope|pills|gun|blades?|hose|charcoal|tape|ladder)\b/ }),
  sign('(?:would|will|can|could) (?:hold|take|support) my weight', { speaker: 'PATIENT', onlyWith: /\b(?:rod|beam|rope|belt|hook|branch|noose|closet|rail|banister|testing)\b/, unlessWith: /\b(?:hammock|chair|ladder|ice|shelf|bike|trampoline|swing)\b/ }),
  sign('timing when the (?:[a-z]+ )?train (?:comes|passes|goes)|(?:would|will) it be (?:quick|painless|fast|peaceful)|how many (?:units|pills|tablets|mg|milligrams) (?:would be|is|are) too many', { speaker: 'PATIENT', onlyWith: /\b(?:pills|tablets|insulin|units|lithium|bottle|train|crossing|overdose|[a-z]+ine)\b/ }),
  sign('(?:everyone|they|people|it) would (?:think it was|look like|seem like) an accident|make it look like an accident', { speaker: 'PATIENT', unlessWith: /\b(?:movie|film|book|show|novel|game|murder mystery|podcast)\b/ }),
];

/** Farewells and bequests said in passing: nice knowing you, not bothering anyone after today, the last time writing here, not around to water them. */
const FAREWELL_PASSING: CrisisPattern[] = [
  sign('(?:it was|it has been|its been|been) nice knowing (?:you|y all|everyone|all of you)', { speaker: 'PATIENT', onlyWith: /\b(?:bye|goodbye|farewell)\b/, unlessWith: /\b(?:lol|lmao|haha|dentist|exam|boss|moving|job|deleting|app)\b/ }),
  sign('(?:will not|wont|will never) (?:be )?(?:bother(?:ing)?|burden(?:ing)?|trouble|troubling|annoy(?:ing)?) (?:anyone|anybody|you|you all|everyone|them) (?:after (?:today|tonight|this)|again|anymore|much longer|for much longer)', { speaker: 'PATIENT', unlessWith: /\b(?:moving|deleting|app|group chat|leaving the group)\b/ }),
  sign('last time i (?:will|ll) (?:write|post|message|text|be) (?:in |on )?here', { speaker: 'PATIENT', onlyWith: /\b(?:take care|goodbye|bye|love you|forever)\b/, unlessWith: /\b(?:deleting|app|account|moving|new platform|switching)\b/ }),
  sign('tell (?:dr [a-z]+|doctor [a-z]+|my therapist|her|him|them|my [a-z]+) (?:that )?(?:she|he|they) did everything (?:she|he|they) could', { speaker: 'PATIENT' }),
  sign('(?:man|woman) of the house now', { speaker: 'PATIENT', onlyWith: /\b(?:look after|take care)\b/ }),
  sign('(?:need|use) it (?:to cover|for) (?:the |my )?funeral', { speaker: 'PATIENT' }),
  sign('(?:will not|wont|not) be (?:around|here|alive) to (?:water|feed|walk|look after|take care of|use|need|ask)|once i am not around', { speaker: 'PATIENT', unlessWith: /\b(?:trip|travel|vacation|holiday|conference|camp|away for|abroad|hospital stay|surgery|business)\b/ }),
  sign('(?:should|can|might as well) have (?:them|it) now(?: ,)? not later', { speaker: 'PATIENT', onlyWith: /\b(?:gave|giving|given)\b/ }),
  sign('i (?:will not|wont) be (?:driving|needing|using|wearing|reading|playing) (?:anywhere|it|them|any of it)(?: anymore)?(?= \\.|$| ,)', { speaker: 'PATIENT', onlyWith: /\b(?:gave|left|can have|keys|title)\b/, unlessWith: /\b(?:moving|abroad|new car|sold it for|license|licence|eyes|eyesight|doctor said)\b/ }),
];

/** Self-harm by its traces and tools: arms worse than ever, "sh again", the sharpener's blade, cutting most nights. */
const SELF_HARM_TRACES: CrisisPattern[] = [
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\bmy (?:arms|wrists|thighs|legs) are (?:worse|bad|a mess|covered)\b(?! in (?:mosquito|bites|a rash|rash|hives|freckles|tattoos|paint|mud|sunburn))/g, onlyWith: /\b(?:sleeves|cut|cuts|cutting|scars|marks)\b/ },
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\bsh (?:again|last night|tonight|today)\b|\b(?:took|taking|take|got|get|getting) the blades? out of (?:my|a|the) (?:pencil )?sharpener\b|\b(?:been|i am|keep) cutting (?:most|every|some) (?:nights|days|mornings)\b/g },
];

/** CONCERN said as a wish, a picture of the future, a burden's arithmetic. */
const WISH_AND_WEIGHT: CrisisPattern[] = [
  concern('(?:hoping|hope|hoped) (?:that )?(?:it|the plane|the flight) (?:would|will|might) (?:just )?(?:go down|crash|fall)|(?:relief|nice|better|easier) if my heart (?:just )?(?:stopped|stops|gave out)|pause (?:on )?life(?: [a-z]+){0,2} permanently'),
  concern('(?:would|d) (?:honestly |really |just )*rather (?:just )?(?:be gone|be dead|not be here|not exist|not wake up)(?= \\.|$| ,| honestly)|(?:sleep|go to sleep)(?: [a-z]+){0,2} (?:not|never) come back(?: from it)?'),
  concern('easier if i (?:just |simply )(?:was not|were not|wasnt|was gone|were gone|disappeared)'),
  concern('(?:can not|cannot|do not) (?:picture|imagine|see) myself (?:at|reaching|turning|making it to) (?:\\d\\d|thirty|forty|twenty|eighteen|next year)|(?:not going to|will not) make it to (?:\\d\\d|eighteen|twenty|thirty|next year|my next birthday)'),
  concern('what is (?:even )?the point(?: of (?:anything|it all|living|trying|going on|life))?(?: anymore| any more)(?= \\.|$| ,)|nothing (?:left )?to look forward to(?= \\.|$| ,| anymore| nothing| in life)|i am never (?:going to|gonna) be (?:happy|normal|okay|ok|better|well)'),
  concern('deserves? better than (?:spending (?:her|his|their) life (?:looking after|caring for|with) me)|ruin everything (?:just )?by (?:being|existing)|(?:just )?a (?:weight|dead weight|drain|waste of space) (?:on|around|for|to) (?:everyone|everybody|my family|them|people)|all i do is (?:cost|take from|hurt|disappoint|ruin|burden)|better (?:mom|mum|dad|mother|father|wife|husband|partner|parent) if (?:it was|it were) (?:anyone|anybody|someone) (?:but|else|other than) me'),
  concern('(?:so )?tired of fighting(?: it| this| anymore)?(?= \\.|$| ,| and)|(?:its|it is) like drowning(?= \\.|$| ,| and)'),
];

/** Others: using it on himself, meds stopped on purpose, belongings given away, a last message then silence, bruises unexplained. */
const OTHERS_SAID: CrisisPattern[] = [
  sign('using it on (?:himself|herself|themselves)'),
  sign('stopped taking (?:his|her|their) (?:[a-z]+ )?(?:meds|medication|medicine|insulin|pills) on purpose', { level: 'CONCERN' }),
  sign('(?:giving|gave|given) (?:away )?(?:all )?(?:her|his|their) (?:games|clothes|books|jewelry|jewellery|guitar|things|stuff)(?: away)?', { level: 'CONCERN', onlyWith: /\b(?:away|won t say|will not say|worried|weird)\b/ }),
  concern('(?:posted|sent|texted|wrote) (?:a |her |his |their )?(?:thanks for everything|thank you for everything|i love you all|sorry for everything)(?: [a-z]+){0,6} (?:and )?(?:not|will not|is not|has not been) (?:answering|picking up|replying|responding)'),
  { category: 'ABUSE_IN_PROGRESS', kind: 'ABUSE', regex: /\bbruises (?:she|he|they) (?:will not|wont|can not|does not|did not) explain\b/g },
];

/** Every family of this file. */
/** A deadline with the act unnamed, means saved up or looked up, a last message (988: talking about a plan, looking for a way). */
const TIMED_AND_SAVED: CrisisPattern[] = [
  sign(`(?:when|once|as soon as|til|till|until) (?:my |the |everyone |everybody )?(?:[a-z]+ ){0,3}(?:leaves?|is asleep|are asleep|goes to (?:work|bed|sleep)|go to (?:work|bed|sleep)|is at work|are at school|are gone|is gone) (?:[a-z]+ ){0,4}(?:i do it|i will do it|i am doing it|i am going to do it|i am taking (?:all of )?them|i take (?:all of )?them)(?= ,| \\.|$| nobody| no one| they)`, { speaker: 'PATIENT', unlessWith: CHORE }),
  sign(`i am ending it (?:this|on|tonight|tomorrow|next|after|before)|(?:do|doing) myself in|it (?:i)?s done on ${DAY}|it is done on ${DAY}|gave myself until|if nothing changes by then i am (?:out|gone|done)`, { speaker: 'PATIENT' }),
  sign('(?:researching|looking up|looked up|googling|googled|searching|searched) (?:which|what) (?:bridges?|buildings?|cliffs?|car parks?)|(?:pills?|pils|meds|tablets|lithium|sertraline|[a-z]+ pills) saved up|stockpil(?:e|ed|ing) my (?:[a-z]+ )?(?:pills|meds|tablets|lithium|[a-z]+ine)|hose for the (?:car )?exhaust|carbon monoxide[a-z ,.]{0,60}\\b(?:the car and|the tape|in (?:the|my) garage)|how many of my [a-z]+ would it take|would it take to not wake up', { speaker: 'PATIENT' }),
  sign(`this is my last (?:msg|message|text|post)(?! before| until| for (?:today|now|a while|the (?:day|week)))|(?<!(?:son|daughter|he|she|they|kid|kids|friend|mom|dad|mum|brother|sister) )said (?:bye|goodbye) to (?:everyone|evryone|everybody)(?! at (?:the )?(?:daycare|school|work|party|office))|tonight i (?:take|am taking) (?:all of them|them all)|after (?:this|the) (?:weekend|week|${DAY})[a-z ,]{0,12}(?:no one|nobody) (?:need|needs|will need|has|will have) to worry about me|(?:going|heading|walking) to the (?:train )?tracks (?:after|tonight|today|now)`, { speaker: 'PATIENT' }),
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\b(?:gonna|going to) (?:go )?cut (?:as soon as|once|the second)\b/g },
  sign('(?:dont|do not) want to be talked out of it|(?:dont|do not) (?:try to )?talk me out of it|(?:dont|do not) try (?:to )?stop me|tell (?:my|him|her|them)[a-z ]{0,20} (?:i am|im) sorry[a-z ,.]{0,20}\\b(?:he|she|they) ?(?:ll|will) understand (?:one day|someday|some day)', { speaker: 'PATIENT' }),
  sign('(?:everything hurts|hurts inside)[a-z ,.]{0,20}\\b(?:unbearable|too much to bear)|(?:my own head|my own mind|my life)[a-z ,.]{0,20}\\b(?:like a prison|is a prison)', { speaker: 'PATIENT', level: 'CONCERN', kind: 'LIFE' }),
];

export const ACT_PATTERNS: readonly CrisisPattern[] = [...DEED_PATTERNS, ...PLAN_BY_PIECES, ...CERTAINTY_QUESTIONS, ...MEANS_HANDLED, ...FAREWELL_AFTER, ...CLOSED_FUTURE, ...OTHERS_SIGNS, ...HIDING_AT_HOME, ...HARM_BY_CAR, ...DEADLINE_SAID, ...SELF_HARM_URGE, ...METHOD_BY_PLACE, ...PASSIVE_SAID, ...OTHERS_REPORTED, ...SEEKING_TARGET, ...GOODBYE_TO_CARE, ...GIVING_SAID, ...MIX_AT_HAND, ...PLAIN_WORDS, ...OTHERS_AND_THREATS, ...HARM_SAID, ...INTENT_BARE, ...FAREWELL_PASSING, ...SELF_HARM_TRACES, ...WISH_AND_WEIGHT, ...OTHERS_SAID, ...TIMED_AND_SAVED, ...AT_THE_PLACE, ...MEANS_AT_HAND, ...DECIDED, ...SELF_HARM_NEAR, ...VIOLENCE_AT_HOME, ...HARM_PLANNED, ...WORN_OUT, ...LAST_THINGS, ...PLAIN_CONCERN];
