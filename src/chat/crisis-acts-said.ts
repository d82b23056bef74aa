/**
 * English warning signs said in everyday wording (the r21 families, 988's warning signs and C-SSRS
 * items read through what a patient says around the act): a plan by its pieces, method questions
 * about certainty, means handled, farewells by what comes after and to the practice, deadlines,
 * failing self-harm urges, harm said outright (passive wishes, a closed
 * future and reports about others are in crisis-acts-passive.ts). Each family has a benign twin in
 * tests/unit/crisis-r21-en.test.ts.
 * Read by crisis.ts like the other English families (negation, subject, time frame), after
 * crisis-acts.ts's deeds.
 */
import { rule, type CrisisPattern } from './crisis-patterns';

export const sign = (source: string, extra: Partial<CrisisPattern> = {}) => rule('SUICIDE', 'SELF', source, extra);
export const danger = (source: string, extra: Partial<CrisisPattern> = {}) => rule('ABUSE_IN_PROGRESS', 'SELF', source, { speaker: 'PATIENT', ...extra });
export const cut = (source: string, extra: Partial<CrisisPattern> = {}) => rule('SELF_HARM', 'SELF', source, extra);
export const harm = (source: string, extra: Partial<CrisisPattern> = {}) => rule('HARM_TO_OTHERS', 'SELF', source, { speaker: 'PATIENT', ...extra });
export const concern = (source: string, extra: Partial<CrisisPattern> = {}) => rule('SUICIDE', 'SELF', source, { level: 'CONCERN', ...extra });

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|the weekend)';
// Means and method words that make a bare "it", "them" or "when" the act.
const MEANS_WORDS = /\b(?:pills|pils|tablets|meds|medication|oxy|[a-z]+(?:ine|pam|done|lam)|paracetamol|tylenol|rope|noose|cord|belt|gun|rifle|shotgun|pistol|blades?|razors?|knife|charcoal|hose|bridge|cliffs?|roof|ledge|tracks|train|overdose|vodka)\b/;
// Ordinary chores and therapy homework that make "then i will do it" ordinary.
const CHORE = /\b(?:homework|laundry|taxes|workout|exercise|exercises|call (?:him|her|them)|email|tell (?:him|her|them)|talk to|ask (?:him|her|them)|confront|practi[cs]e|study|meditat[a-z]*|journal(?:ing)?|exposure|assignment|dishes|clean(?:ing)?|vacuum[a-z]*|shower|paint(?:ing)?|bake|baking|cook(?:ing)?|surprise|gift|present|breathing)\b/;
// Celebrations and outings that make an hour or a day awaited.
const FESTIVE = /\b(?:new year|new years|countdown|party|fireworks|celebrat[a-z]*|birthday|wedding|concert|premiere|launch|release|drop|sale|stream|game|match|flight|homework|laundry|workout|exercise|exposure|call)\b/;
export const HEIGHT = '(?:roof|rooftop|bridge|ledge|balcony|cliffs?|building|overpass|platform|tower|car park|parking garage|quarry)';

/** A plan said by its pieces: waiting for an absence then "I will do it", knowing how and where, a place and the step, nobody finding one in time. */
export const PLAN_BY_PIECES: CrisisPattern[] = [
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
export const CERTAINTY_QUESTIONS: CrisisPattern[] = [
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
export const MEANS_HANDLED: CrisisPattern[] = [
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
export const FAREWELL_AFTER: CrisisPattern[] = [
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

/** Danger at home heard from where the patient hides. */
export const HIDING_AT_HOME: CrisisPattern[] = [
  danger('i am (?:hiding )?(?:under (?:my|the) bed|in (?:the|my) (?:closet|wardrobe|bathroom|basement|attic|cupboard)|locked in (?:the|my) (?:bathroom|room|car))', { onlyWith: /\b(?:drunk|throwing|hitting|hit|screaming|yelling|angry|rage|scared|punch[a-z]*|smash[a-z]*|break(?:ing)?|broke)\b/, unlessWith: /\b(?:hide and seek|game|thunder|storm|dog|cat|spider)\b/ }),
  danger('(?:he|she|they) (?:will|is going to|is gonna|would) break my (?:arm|nose|neck|legs?|jaw|ribs|fingers|hand)', { onlyWith: /\b(?:said|says|threat[a-z]*|if i|before|again|done it)\b/ }),
];

/** Harm to others by a car: running a named person over. */
export const HARM_BY_CAR: CrisisPattern[] = [
  harm('(?:going to|gonna|will|want to|plan to|planning to|about to) (?:run|mow) (?:him|her|them|my (?:boss|ex|husband|wife|neighbou?r|dad|father|mom|mother|stepdad|brother|sister|teacher|manager|coworker|colleague|landlord)|that (?:guy|man|woman|bitch|bastard)) (?:over|down)(?! (?:to|for|with) )'),
];

/** A deadline after which nothing matters, a last weekend, the hour named, a last time with someone (988: talking about a time). */
export const DEADLINE_SAID: CrisisPattern[] = [
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
export const SELF_HARM_URGE: CrisisPattern[] = [
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\btrying (?:so |really )?(?:hard )?not to (?:cut|hurt myself|self harm|burn myself|use the (?:razor|blade))\b(?! (?:my (?:own )?(?:hair|fringe|bangs|nails|finger)|the|his|her|a|an|it|them|this|that|off|in|back|down|corners|class|school|people|him|carbs|sugar|ties)\b)/g, onlyWith: /\b(?:not working|can not stop|failing|losing|about to|not enough)\b/ },
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', level: 'CONCERN', regex: /\btrying (?:so |really )?(?:hard )?not to (?:cut|hurt myself|self harm|burn myself|use the (?:razor|blade))\b(?! (?:my (?:own )?(?:hair|fringe|bangs|nails|finger)|the|his|her|a|an|it|them|this|that|off|in|back|down|corners|class|school|people|him|carbs|sugar|ties)\b)/g },
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\bi (?:want|need|want to get|need to get) (?:the|my) (?:razor|blade|blades|razors|lighter)(?= \.|$| ,| so| and| again| back| out)|\b(?:punched|punching|hit|hitting|banged|banging) (?:the|a) wall (?:til|till|until) (?:my )?(?:knuckles|hand|hands|fist|fists|head) (?:split|bled|bleed|broke|cracked|were bleeding)/g },
];

/** Method said by where or how: a roof left open, a car in a closed garage, swimming out too far. */
export const METHOD_BY_PLACE: CrisisPattern[] = [
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

/** Harm to others by seeking out the person: the address found and driving over now. */
export const SEEKING_TARGET: CrisisPattern[] = [
  harm('(?:(?:found|got|have|looked up) (?:the|his|her|their) (?:home )?address|(?:found out|know|found|worked out) where (?:he|she|they) (?:lives?|works?|is staying|are staying))(?: [a-z]+){0,12} (?:driving|going|heading|on my way) (?:over )?(?:there|to (?:him|her|them|his|her|their))(?: now| tonight)?', { onlyWith: /\b(?:hurt|hurts|kill|pay|revenge|gun|knife|beat|assault[a-z]*|raped|abused|teach him)\b/ }),
];

/** A goodbye to the practice: no more appointments needed, goodbye passed on to the clinician, no need to reschedule. */
export const GOODBYE_TO_CARE: CrisisPattern[] = [
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
export const GIVING_SAID: CrisisPattern[] = [
  sign('(?:told|telling|tell) (?:her|him|them) (?:that )?(?:it is|its) (?:permanent|for good|forever|not a gift|goodbye)|(?:it is|its) not a gift(?: ,)? (?:it is|its) (?:goodbye|a goodbye)|(?:just )?(?:does not|do not) know why yet', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:gave|giving|given|give|can have|dog|cat|car|jewelry|jewellery|ring|plants|books)\b/,
  }),
  sign('(?:started|been|am|keep|i have been) giving (?:all |a lot |most |some )?(?:of )?my (?:stuff|things|belongings|possessions|plants|books|clothes)(?: [a-z]+){0,2} (?:away|to (?:friends|people|everyone))', { speaker: 'PATIENT', unlessWith: /\b(?:declutter[a-z]*|moving|move|minimalis[a-z]*|spring cleaning|charity shop|kondo)\b/ }),
];

/** Pills and alcohol at hand together; the lethal dose for a body weight. */
export const MIX_AT_HAND: CrisisPattern[] = [
  sign('(?:bottle|box|pack|stash|handful) of (?:oxy|pills|tablets|sleeping pills|painkillers|[a-z]+(?:ine|pam|done|codone)) and (?:a )?(?:bottle of )?(?:vodka|whisky|whiskey|wine|gin|rum|alcohol|tequila)', { speaker: 'PATIENT' }),
  sign('(?:lethal|fatal|deadly) (?:for|to) (?:a |an )?(?:woman|man|person|adult|someone|me) \\d+ ?(?:kg|kilos?|lbs?|pounds)|how many [a-z]+ (?:is|are) (?:lethal|fatal|deadly) for', { speaker: 'PATIENT', unlessWith: /\b(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|horse)\b/ }),
];

/** Harm to others said by the deed or the preparation: poison in food, a skull to crack, a baby shaken, a partner hit, a routine known with revenge. */
export const HARM_SAID: CrisisPattern[] = [
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
export const INTENT_BARE: CrisisPattern[] = [
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
export const FAREWELL_PASSING: CrisisPattern[] = [
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
export const SELF_HARM_TRACES: CrisisPattern[] = [
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\bmy (?:arms|wrists|thighs|legs) are (?:worse|bad|a mess|covered)\b(?! in (?:mosquito|bites|a rash|rash|hives|freckles|tattoos|paint|mud|sunburn))/g, onlyWith: /\b(?:sleeves|cut|cuts|cutting|scars|marks)\b/ },
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\bsh (?:again|last night|tonight|today)\b|\b(?:took|taking|take|got|get|getting) the blades? out of (?:my|a|the) (?:pencil )?sharpener\b|\b(?:been|i am|keep) cutting (?:most|every|some) (?:nights|days|mornings)\b/g },
];

/** A deadline with the act unnamed, means saved up or looked up, a last message (988: talking about a plan, looking for a way). */
export const TIMED_AND_SAVED: CrisisPattern[] = [
  sign(`(?:when|once|as soon as|til|till|until) (?:my |the |everyone |everybody )?(?:[a-z]+ ){0,3}(?:leaves?|is asleep|are asleep|goes to (?:work|bed|sleep)|go to (?:work|bed|sleep)|is at work|are at school|are gone|is gone) (?:[a-z]+ ){0,4}(?:i do it|i will do it|i am doing it|i am going to do it|i am taking (?:all of )?them|i take (?:all of )?them)(?= ,| \\.|$| nobody| no one| they)`, { speaker: 'PATIENT', unlessWith: CHORE }),
  sign(`i am ending it (?:this|on|tonight|tomorrow|next|after|before)|(?:do|doing) myself in|it (?:i)?s done on ${DAY}|it is done on ${DAY}|gave myself until|if nothing changes by then i am (?:out|gone|done)`, { speaker: 'PATIENT' }),
  sign('(?:researching|looking up|looked up|googling|googled|searching|searched) (?:which|what) (?:bridges?|buildings?|cliffs?|car parks?)|(?:pills?|pils|meds|tablets|lithium|sertraline|[a-z]+ pills) saved up|stockpil(?:e|ed|ing) my (?:[a-z]+ )?(?:pills|meds|tablets|lithium|[a-z]+ine)|hose for the (?:car )?exhaust|carbon monoxide[a-z ,.]{0,60}\\b(?:the car and|the tape|in (?:the|my) garage)|how many of my [a-z]+ would it take|would it take to not wake up', { speaker: 'PATIENT' }),
  sign(`this is my last (?:msg|message|text|post)(?! before| until| for (?:today|now|a while|the (?:day|week)))|(?<!(?:son|daughter|he|she|they|kid|kids|friend|mom|dad|mum|brother|sister) )said (?:bye|goodbye) to (?:everyone|evryone|everybody)(?! at (?:the )?(?:daycare|school|work|party|office))|tonight i (?:take|am taking) (?:all of them|them all)|after (?:this|the) (?:weekend|week|${DAY})[a-z ,]{0,12}(?:no one|nobody) (?:need|needs|will need|has|will have) to worry about me|(?:going|heading|walking) to the (?:train )?tracks (?:after|tonight|today|now)`, { speaker: 'PATIENT' }),
  { category: 'SELF_HARM', kind: 'SELF', speaker: 'PATIENT', regex: /\b(?:gonna|going to) (?:go )?cut (?:as soon as|once|the second)\b/g },
  sign('(?:dont|do not) want to be talked out of it|(?:dont|do not) (?:try to )?talk me out of it|(?:dont|do not) try (?:to )?stop me|tell (?:my|him|her|them)[a-z ]{0,20} (?:i am|im) sorry[a-z ,.]{0,20}\\b(?:he|she|they) ?(?:ll|will) understand (?:one day|someday|some day)', { speaker: 'PATIENT' }),
  sign('(?:everything hurts|hurts inside)[a-z ,.]{0,20}\\b(?:unbearable|too much to bear)|(?:my own head|my own mind|my life)[a-z ,.]{0,20}\\b(?:like a prison|is a prison)', { speaker: 'PATIENT', level: 'CONCERN', kind: 'LIFE' }),
];
