/**
 * English families of the r29c session: English typed by second-language writers (dropped articles and tense slips,
 * "finish it same day"), older adults dictating without punctuation, veterans and first responders ("end of watch",
 * "10-7 permanent"), workers and teens. Each family keeps its benign reading out by the context that makes it one:
 * - intent in second-language English and slang: "make suicide", "kill my life", "better I die", "punch my ticket",
 *   "see you in Valhalla", "game over for me irl", stepping off a beam at work on purpose;
 * - a plan told by its steps: pills put aside "instead of taking" them until a number is reached, walking into the sea
 *   by one who "never learned to swim", a roof hatch "never locked" with nobody up there, "the how part is sorted";
 * - means with one now: a rope or pills "ready" in one's room, a fuel or poison one is going to drink, a dead parent's morphine to be taken "all of it", a poison on the seat "not for the truck";
 * - timing: a deadline one gives oneself, "in one hour I will do it" with thanks to the therapist, "that's my window"
 *   when nobody checks, clocking out "for good" after the last shift, a new year "that won't come for me";
 * - preparation and farewells: letters for each child left with the insurance papers, a will updated and contracts
 *   cancelled with a calm, affairs in order with "nothing left for me to do", emails scheduled "so they hear it from
 *   me", a last message on the app, a first responder's "end of watch" and "10-7 permanent";
 * - giving away: a pet handed over "for always" with "the rest is easy", savings given "you will need it more than me
 *   after";
 * - an overdose told by its amount or its body signs ("all the strip", "a lot of my pills … working now", bleach
 *   "burning inside", too many insulin units on purpose); a wound "opened up" with a blade;
 * - harm to others on the way (a weapon hidden "for it", a gun bought "off a guy" for someone who "is going to pay").
 * CONCERN families and abuse are in crisis-acts-r29-concern.ts. Read by crisis.ts like the other English act families
 * (negation, subject, time frame).
 */
import type { CrisisPattern } from './crisis-patterns';
import { cut, harm, sign } from './crisis-acts-said';
import { R29_CONCERN_PATTERNS } from './crisis-acts-r29-concern';

const DRUG =
  '(?:pills|pill|meds|medication|tablets|tablet|capsules|painkillers|antidepressants|sleeping (?:pills|tablets)|(?:blood pressure|heart|bp|diabetes|sleeping|pain) (?:pills|pill|tablets|tablet|meds)|tramadol|codeine|oxy|oxycodone|morphine|insulin|paracetamol|tylenol|ibuprofen|xanax|diazepam|valium|seroquel|quetiapine|amitriptyline|sertraline|lithium|zopiclone|methadone|fentanyl|opioids)';
const DRUG_WORDS = new RegExp(`\\b${DRUG}\\b`);
const POISON = '(?:paraquat|gramoxone|weedkiller|weed killer|pesticide|insecticide|rat poison|cyanide|antifreeze|bleach|drain cleaner|herbicide|diesel|kerosene|paraffin|battery acid)';
const MEANS = new RegExp(`\\b(?:${POISON}|rope|noose|gun|rifle|shotgun|pistol|blades?|razors?|${DRUG})\\b`);
const WEAPON = '(?:knife|blade|machete|gun|pistol|rifle|shotgun|bat|hammer|axe|piece|strap|glock)';
// Accidents, children and pets that make a swallowed poison or a wound an accident.
const ACCIDENT = /\b(?:accident|accidentally|by accident|by mistake|mistake|toddler|baby|puppy|dog|cat|wrong pen|miscalculat[a-z]*|forgot|surgery|surgeon|operation|stitches from|fell|slipped)\b/;
// Farewell words that turn a time or a last message into a goodbye.
const FAREWELL = /\b(?:thank you for (?:trying|everything|all)|tell (?:my|the) [a-z]+|take care of (?:yourselves|yourself|them|her|him|everyone)|goodbye|bye|sorry|forgive me|love you|farewell|it was an? hono[u]?r)\b/;
const TIME_MARK = '(?:christmas|xmas|new year|new years|next year|next month|next week|my birthday|spring|summer|winter|autumn|the weekend|easter|eid|diwali|tomorrow)';

/** A plan told by its steps. */
const PLAN_R29: CrisisPattern[] = [
  // "putting my tramadol aside instead of taking it", "saving my pills instead of taking them".
  sign(`(?:putting|put|saving|saved|keeping|kept|hiding|hid|stashing|stashed|storing|stored) (?:my |the |all my |all the |some of my )?${DRUG} (?:aside |away |back |up )?instead of (?:taking|swallowing|using) (?:it|them)`),
  // "when I reach the number I looked up I take all at once".
  sign('(?:i (?:will |am going to |gonna )?|then )(?:take|swallow|down) (?:them |it |the lot )?all (?:at once|in one go|together at once)', {
    onlyWith: DRUG_WORDS,
    unlessWith: /\b(?:vitamins|supplements|prescribed|doctor said|with (?:food|breakfast|dinner)|antibiotics|exams|tests|classes)\b/,
  }),
  // "i walk into the sea … i never learned to swim anyway".
  sign('(?:walk|walking|wade|wading|swim|swimming|go|going|head|heading) (?:out )?into the (?:sea|ocean|river|lake|waves|water)', {
    onlyWith: /\b(?:never learned to swim|can not swim|could not swim|not coming back|rocks in|stones in|weights|the plan|my plan|pockets full|until i can not|and keep going|keep walking)\b/,
    unlessWith: /\b(?:lesson|lessons|holiday|paddl[a-z]*|surf[a-z]*|wetsuit|baptism|lifeguard|cold water|shallow|dip|every (?:morning|day|evening|week|summer)|exercise|routine)\b/,
  }),
  // "roof hatch is never locked. nobody up there at lunch": a height scouted for access and solitude.
  sign('(?:roof|rooftop) (?:hatch|door|access|ladder)(?: [a-z]+){0,2}? (?:is|are|was) (?:never|not|always un|usually un|left un)(?: )?locked', {
    onlyWith: /\b(?:mapped it out|the plan|my plan|(?:nobody|no one)(?: is| will be| goes)? (?:up there|around|will see|checks)|jump)\b/,
    unlessWith: /\b(?:smok[a-z]*|repair[a-z]*|fix|inspect[a-z]*|safety|security|report(?:ed)?|landlord|stargaz[a-z]*|maintenance|health and safety)\b/,
  }),
  // "the how part is sorted already", "figured out the how".
  sign('the how (?:part )?(?:is|was) (?:already )?(?:sorted|decided|figured out|worked out|done|settled|taken care of)|(?:sorted|figured out|worked out|decided) (?:out )?the how(?= \\.|$| ,| already| and)', {
    unlessWith: /\b(?:project|recipe|wedding|move|moving|trip|party|budget|business|renovation|garden|essay|thesis|course|venue|guests|catering|caterer|dress|cake|invites|invitations|logistics|funding|sponsors?|script|lesson|launch|event)\b/,
  }),
];

/** Means with one now. */
const MEANS_R29: CrisisPattern[] = [
  // "I have the rope ready in my room", "the pills are laid out": a means made ready.
  sign(`(?:the|a|my|some) (?:rope|noose|belt|gun|pistol|rifle|shotgun|blades?|razors?|charcoal|${POISON}|${DRUG}) (?:is |are )?(?:all )?(?:ready|set up|tied|prepared|waiting|laid out|counted out)(?= \\.|$| ,| in| on| under| by| tonight| now| for me)`, {
    unlessWith: /\b(?:camping|camp|climb[a-z]*|boat|sailing|goats?|cows?|horses?|tow[a-z]*|swing|kitchen|garden|hunting|range|clay|pharmacy|chemist|pick up|collect|refill|prescription|pick them up|for (?:the )?(?:trip|game|match|shoot|season|move)|weeds|field|crops|rats|mice)\b/,
  }),
  // "I have all my morphine saved": a supply put by.
  sign(`(?:have|got|kept|keep|keeping) (?:all |enough |a lot of |loads of )?(?:my |the |his |her |mum s |mom s |dad s )?(?:[a-z]+ )?${DRUG} (?:saved|saved up|stockpiled|hidden|stashed|collected|put aside|put away)`, {
    unlessWith: /\b(?:weekly|pill ?box|pill organi[sz]er|dosette|blister pack|fridge|for (?:the|my|our) (?:trip|holiday|travel|flight|journey)|in case (?:of|i) (?:the )?(?:migraine|pain|flare)|pharmacy closes|emergency kit|first aid)\b/,
  }),
  // "gonna drink the diesel in the shed tonight": a poison or a fuel one means to drink.
  sign(`(?:going to|gonna|will|want to|wanna|about to|ready to|decided to|plan to) (?:drink|swallow|down) (?:the |some |a bottle of |a cup of |a jug of |half the |the whole )?${POISON}`, {
    unlessWith: ACCIDENT,
  }),
  // "tonight I take it, all of it", "I will swallow them, all of them".
  sign('(?:i|i will|i am going to|gonna|i am gonna|tonight i|then i) (?:take|swallow|drink|down) (?:it|them|the lot)(?: ,)? all (?:of )?(?:it|them)', {
    onlyWith: DRUG_WORDS,
    unlessWith: /\b(?:prescribed|doctor said|with (?:food|breakfast|dinner)|antibiotics|course|vitamins)\b/,
  }),
  // "I keep the rat poison for me", "saving the pesticide for myself".
  sign(`(?:keep|keeping|kept|have|saving|saved|hid|hide|hiding|bought|buy) (?:the |some |a bottle of |a sachet of |a jug of )?${POISON} (?:for me|for myself)(?= \\.|$| ,| only| now| when)`),
  // "thinking about putting my service weapon in my mouth": a gun to the mouth, chin or temple.
  sign('(?:put|putting|puts|stick|sticking|held|holding|hold|had|have|place|placing|with) (?:my |the |a |his )?(?:service weapon|service pistol|duty weapon|sidearm|gun|pistol|revolver|glock|barrel|rifle|shotgun)(?: [a-z]+){0,2}? (?:in|into|under|against|to) my (?:mouth|chin|temple)', {
    unlessWith: /\b(?:dentist|toy|water (?:gun|pistol)|nerf|if you|even if|photo|pose|posing)\b/,
  }),
  // "antifreeze … on the passenger seat. not for the truck": a poison or a weapon whose ordinary use is denied.
  sign('not for the (?:truck|car|van|ute|engine|radiator|garden|weeds|rats|mice|pool|farm|field|crops|yard|tractor|cleaning|deer|range|hunting)(?= \\.|$| ,)', { speaker: 'PATIENT', onlyWith: MEANS }),
];

/** Intent in second-language English and in service and teen slang. */
const INTENT_R29: CrisisPattern[] = [
  // "I will make suicide tonight", "I want to do suicide": the verb a second-language writer reaches for.
  sign('(?:i|i will|i want to|i wanna|i am going to|i am gonna|gonna|i think to|i plan to|i decided to|i try to|i tried to|want to|going to) (?:make|do|commit|doing|making) (?:a |the )?suicide(?! (?:prevention|awareness|training|research|risk|watch|note|hotline|line|rates?|statistics|squad|song|film|movie)\\b)'),
  // "I want to kill my life", "better I die".
  sign('(?:want to|wanna|will|going to|gonna|try to|trying to|tried to|think to|plan to) (?:kill|finish) my (?:own )?life(?= \\.|$| ,| now| tonight| today| because| i | and| so| with| by| soon| already)|better (?:that |if )?i (?:die|am dead|was dead|were dead|be dead|just die)(?= \\.|$| ,| than| now| already| honestly)', {
    unlessWith: /\b(?:than (?:eat|go|do|watch|listen|sit|work)|lol|lmao|haha)\b/,
  }),
  // "going to punch my ticket tonight": service slang for dying.
  sign('(?:going to|gonna|will|want to|wanna|ready to|about to|time to|time for me to|i should) punch my (?:own )?ticket(?! (?:to|for|at|on|in)\\b)', {
    unlessWith: /\b(?:train|bus|tram|conductor|inspector|validat[a-z]*|concert|festival|loyalty|coffee|card|final|finals|playoffs|semis|college|university)\b/,
  }),
  // "see you in Valhalla, tonight is my final mission".
  sign('see you (?:all |boys |guys |brothers |lads )?(?:on the other side |in )?valhalla|(?:tonight|today|tomorrow|this) is my (?:final|last) (?:mission|patrol|op|sortie|ride)', {
    onlyWith: /\b(?:valhalla|goodbye|bye|brothers|sorry|done|not coming back|love you|take care)\b/,
    unlessWith: /\b(?:game|raid|match|lol|lmao|assassin s creed|vikings|season|episode|deployment ends|retir[a-z]*|before (?:i|we) (?:retire|go home|rotate))\b/,
  }),
  // "game over for me irl".
  sign('game over for me (?:irl|in real life|for real|fr)', { unlessWith: /\b(?:lol|lmao|haha|report card|grades?|grounded|phone|found out|caught|exam|test|teacher|detention)\b/ }),
  // "going to step off the beam at work on purpose": a fall at work meant as one.
  sign('(?:step|stepping|walk|walking|fall|falling|jump|jumping|roll|rolling|let myself fall|throw myself) off (?:the |a )?(?:beam|scaffold|scaffolding|roof|edge|ledge|crane|tower|platform|girder|deck|silo|rig)', {
    onlyWith: /\b(?:on purpose|deliberately|look like (?:an )?accident|head first|no harness|without (?:my |a )?harness|unclip[a-z]*|not clip|for good|insurance)\b/,
    unlessWith: /\b(?:nearly|almost|safety talk|toolbox talk|training|drill)\b/,
  }),
];

/** Timing: a deadline, an hour, a window, a last shift. */
const TIMING_R29: CrisisPattern[] = [
  // "I have decided to go and meet my ancestors": a translated idiom for dying, said as intent.
  sign('(?:want to|wanna|will|i am going to|gonna|ready to|decided to|time (?:for me )?to|about to|soon i|i must|let me|i go to|i will go to|i shall) (?:go )?(?:and )?(?:meet|join|be with|see|go to|rest with) (?:my|our) ancestors', {
    unlessWith: /\b(?:village|land|homeland|graves?|shrine|dna|genealogy|ancestry|festival|museum|history|tour|trip|visit(?:ing)? the|family tree|documentary)\b/,
  }),
  // "tomorrow I take all the pills mama left": the present for a planned act, in second-language English.
  sign(`(?:tomorrow|tonight|soon|then|after (?:that|this)|this weekend|at midnight|on (?:mon|tues|wednes|thurs|fri|satur|sun)day) i (?:will |shall )?(?:take|swallow|drink|finish) all (?:of )?(?:the |my |his |her |[a-z]+ s |[a-z]+ )?(?:[a-z]+ )?${DRUG}`, {
    unlessWith: /\b(?:prescribed|with (?:food|breakfast|dinner)|antibiotics|course|vitamins|doctor said|on time)\b/,
  }),
  // "I finish it same day": "finish" for ending one's life, in second-language English, after a deadline.
  sign('(?:i|i will|i am going to|gonna|then i|i just) finish (?:it|everything|it all)(?: the)? (?:same day|that day|that night|the same day|the same night|then)(?= \\.|$| ,)', {
    onlyWith: /\b(?:give myself until|if (?:the |my )?[a-z]+ (?:take|takes|took|close|closes|closed|sell|sells|sold|refuse|refuses|leave|leaves|fail|fails)|lose the (?:farm|house|shop)|deadline|no more)\b/,
    unlessWith: /\b(?:essay|homework|project|report|assignment|painting|book|puzzle|renovation|harvest|stocktake|inventory|paperwork)\b/,
  }),
  // "I finish myself the same day", "then I finish my life": the object says it.
  sign('(?:i|i will|i am going to|gonna|then i|i just|i shall) finish (?:myself|my ?self|my life|me) (?:the same day|that day|that night|the same night|then|tonight|tomorrow|on [a-z]+day|after)(?= \\.|$| ,| [a-z]+)'),
  // "in one hour I will do it. please tell my therapist thank you".
  sign('(?:in|within) (?:one|an|a|1|2|two|three|half an|the next|the) (?:hour|hours|minutes|mins|min)(?: ,)? (?:i|he|she|they) (?:will|is going to|are going to|am going to|am gonna|gonna) do it|i (?:will|am going to|am gonna|gonna) do it (?:in|within) (?:one|an|a|1|2|two|half an|the next|the) (?:hour|hours|minutes|mins|min)', {
    onlyWith: FAREWELL,
  }),
  // "when the kids go back to their dads on friday that's my window. nobody checks on me".
  sign('(?:is|will be) my (?:window|chance|opportunity|moment)(?= \\.|$| ,)', {
    onlyWith: /\b(?:nobody (?:checks|will check|will notice|comes|will come|will know|will find)|no one (?:checks|will check|will notice|comes|will come|will know|will find)|house (?:is )?(?:empty|quietest))\b/,
    unlessWith: /\b(?:nap|gym|sleep in|bath|clean|movie|read|shopping|study|paint|game|party|date)\b/,
  }),
  // "clock out at 0700 and then I clock out for good": the shift's end and then one's own.
  sign('(?:then|and then|after that|and) (?:i )?(?:will )?clock out (?:for good|permanently|forever|for the last time)', {
    onlyWith: /\b(?:last shift|clock out (?:at|from)|my last)\b/,
    unlessWith: /\b(?:retir[a-z]*|pension|party|cake|leaving do|new job|send off|farewell do)\b/,
  }),
  // "tomorrow I am not here anymore": a day named after which one will not be here.
  sign('(?:tomorrow|tonight|after tonight|after today|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week)|next week|this weekend|soon) i (?:am|will be|will|shall) not (?:be )?(?:here|around|alive)(?: [a-z]+)? (?:anymore|any more|no more|for good|ever again)', {
    unlessWith: /\b(?:holiday|trip|office|vacation|travel[a-z]*|away|leave|day off|appointment|visiting|moving|move|flight|contract|shift|job|transfer)\b/,
  }),
  // "I will not come to school ever again, I have plan".
  sign('(?:will not|will never|never) (?:come|go|be) (?:to|at|back to|in) (?:school|work|class|college|the office|home)(?: [a-z]+){0,2}? (?:ever again|again ever|again|anymore|any more)', {
    onlyWith: /\b(?:i have (?:a |the |my )?plan|goodbye|gone|last day|tomorrow|tonight|for good)\b/,
    unlessWith: /\b(?:transfer[a-z]*|moving|new school|change school|changing school|graduat[a-z]*|expelled|homeschool[a-z]*|quit|quitting|resign[a-z]*|retir[a-z]*|new job|holiday)\b/,
  }),
  // "I will stop my pain for good this weekend".
  sign('(?:stop|end|finish) (?:my|the|this|all (?:my|the|this)) pain (?:for good|forever|permanently|once and for all|for ever)', {
    unlessWith: /\b(?:surgery|operation|physio[a-z]*|treatment|injection|doctor|clinic|specialist|acupuncture|nerve block|new (?:meds|medication)|implant|therapy)\b/,
  }),
  // "new year won't come for me", "christmas will not come for me".
  sign(`${TIME_MARK} (?:will not|will never|is not going to|is never going to|does not) come for me`),
];

/** Preparation, farewells and giving away. */
const PREP_R29: CrisisPattern[] = [
  // "I have write letters for each of my children and put them in drawer with the insurance paper".
  sign('(?:write|wrote|written|writing) (?:a )?(?:letters?|notes?) (?:for|to) (?:each of |all of |every one of |all )?my (?:children|kids|sons|daughters|family|wife|husband|parents|grandchildren|boys|girls)', {
    onlyWith: /\b(?:insurance|my will|house key|passwords?|bank|pin|when i am gone|after i am gone|after i go|for after|for afterwards|when i am not here|envelope|deed|deeds)\b/,
    unlessWith: /\b(?:christmas|santa|birthday|camp|graduation|pen pal|thank you|surgery|operation|deployment|deploy[a-z]*|trip|travel|just in case of an accident)\b/,
  }),
  // "updated my will today, cancelled my phone contract … feel very calm now that it's all done".
  sign('(?:updated|wrote|made|finished|sorted|signed|redid|changed) my will', {
    onlyWith: /^(?=.*\b(?:cancel(?:led|ed|ling)?|paid off|closed my|gave away|gave my)\b)(?=.*\b(?:calm|at peace|peaceful|relieved|nothing left|all done|ready)\b)/,
    unlessWith: /\b(?:baby|wedding|married|new house|mortgage|retir[a-z]*|move|moving|surgery|operation|lawyer said)\b/,
  }),
  // "my affairs are in order … there is nothing left for me to do".
  sign('(?:affairs|things|everything) (?:are|is) (?:all |now )?in order', {
    onlyWith: /\b(?:nothing left (?:for (?:me|him|her|them) )?to do|(?:dog|cat|pets?) goes to|goes to the neighbour|ready to go|goodbye|no loose ends)\b/,
    unlessWith: /\b(?:move|moving|relocat[a-z]*|emigrat[a-z]*|abroad|trip|travel|retir[a-z]*|surgery|operation|deployment)\b/,
  }),
  // "scheduled emails to go out sunday 9am, one to each of my kids … so they hear it from me".
  sign('(?:scheduled|scheduling|set up|timed|queued) (?:emails?|messages?|texts?|posts?|letters?)(?: [a-z0-9,]+){0,9}? (?:to|for) (?:each of |all of |every one of )?my (?:kids|children|sons|daughters|family|ex|wife|husband|parents|friends)', {
    onlyWith: /\b(?:hear it from me|goodbye|after i am gone|when i am gone|sorry|last)\b/,
    unlessWith: /\b(?:birthday|christmas|reminder|school|chores|newsletter|holiday|vacation)\b/,
  }),
  // "this will be my last message on this app. take care of yourselves".
  sign('(?:this|that|it) (?:will be|is|is going to be) my (?:last|final|very last) (?:message|post|text|chat|words)(?= \\.|$| ,| on| here| to| in| ever)', {
    onlyWith: FAREWELL,
    unlessWith: /\b(?:today|tonight s|for today|for now|until|till|for a while|new app|switching|moving to|uninstall[a-z]*|delete the app|deleting the app|holiday|vacation|exams?|bed|sleep)\b/,
  }),
  // "end of watch for me tonight", "10-7 permanent": a first responder's own last call.
  sign('(?:(?:my )?end of (?:my )?watch (?:for me|is tonight|tonight|today|is today|is near|is coming)|(?:calling it|this is|it is)(?: ,)? (?:the )?end of my watch|(?:10 7|ten seven|10 42) (?:permanent|permanently|for good|forever|for me))(?= \\.|$| ,| tonight| full stop)', {
    onlyWith: /\b(?:goodbye|bye|hono[u]?r|sorry|tell (?:the|my)|love|brothers|permanent|for good|forever|last|full stop)\b/,
    unlessWith: /\b(?:memorial|fallen|ceremony|plaque|his end of watch|her end of watch|anniversary|funeral for|honou?r guard|retir[a-z]*|shift done|hour shift|going to bed|overtime|paperwork|report)\b/,
  }),
  // "gave my dog to my neighbour … she is his now for always … the rest is easy".
  sign('(?:gave|give|given|giving|handed) (?:my|our) (?:dog|cat|pets?|bird|horse|guitar|car|truck|watch|ring|things|stuff|tools) (?:to|over to) (?:my |the |our )?[a-z]+', {
    onlyWith: /\b(?:the rest is easy|for always|for good now|hardest part|will not need (?:it|her|him|them)|no use to me|need it more than me)\b/,
    unlessWith: /\b(?:allerg[a-z]*|landlord|move|moving|new (?:baby|flat|house|apartment|place|job)|no pets|(?:not|never) allow (?:pets|dogs|cats|animals)|pets? (?:are )?not allowed|litter|puppies|kittens|holiday|vacation|while i|dog ?sit[a-z]*|upgrade|new one)\b/,
  }),
  // "you will need it more than me after": a gift for after one is gone.
  sign('(?:will|would|going to) need (?:it|them|this|these|the money) more than (?:me|i do|i will)(?: after| afterwards| when i am gone| later)(?= \\.|$| ,)', {
    onlyWith: /\b(?:gave|give|giving|given|savings|gold|chain|ring|jewell?ery|money|keep)\b/,
  }),
];

/** An overdose told by its amount or its body signs; a wound opened with a blade. */
const DOSE_R29: CrisisPattern[] = [
  // "I swallow my mother blood pressure tablet, all the strip".
  sign(`(?:swallow|swallowed|took|take|ate|finished|popped) (?:[a-z]+ ){0,5}?${DRUG}(?: ,)? (?:all the|the whole|a whole|whole|full|all of the|an entire|entire|all my) (?:strip|strips|packet|pack|box|bottle|blister|sheet|card|month s supply)`, {
    unlessWith: ACCIDENT,
  }),
  // "took a lot of my pills about 20 min ago … they working now".
  sign(`(?:took|taken|swallowed|downed|popped|ate|take) (?:a lot|lots|loads|a bunch|heaps|a load|a pile|too much|way too many|too many) (?:of )?(?:my |the |his |her |their |mum s |mom s |dad s )?${DRUG}`, {
    onlyWith: /\b(?:ago|working|kick(?:ing)? in|dizzy|sleepy|drowsy|scared|on purpose|hospital|ambulance|a e|a and e|the er|emergency|icu|stomach pumped|goodbye|shaking|sweat|numb|spinning|blurry|not tell)\b/,
    unlessWith: /\b(?:cold|flu|headache|migraine|this week|over the years|dose (?:was|is)|prescribed)\b/,
  }),
  // "drank the bleach. its burning inside".
  sign(`(?:drank|drink|drunk|swallowed|swallow|downed|had) (?:the |some |a bottle of |a cup of |a glass of |a jug of |half the |the whole )?${POISON}`, { unlessWith: ACCIDENT }),
  // "I inject too many insulin units on purpose".
  sign('(?:inject|injected|injecting|shot|gave myself|took|take|taking) (?:too many|way too many|extra|a lot of|all my|double|triple|loads of|too much) (?:units of )?(?:insulin|morphine|heroin|fentanyl)(?: units)?', {
    onlyWith: /\b(?:on purpose|deliberately|shaking|sweat|dizzy|scared|goodbye|want to|so i|not tell)\b/,
    unlessWith: ACCIDENT,
  }),
  // "I cut my hand many times today with blade, blood not stop": cuts with a blade and bleeding that does not stop.
  cut('i (?:cut|cuts|cutting|sliced|slice) (?:my ?self|myself|my (?:hands?|arms?|wrists?|legs?|thighs?|skin|stomach))(?: [a-z]+){0,4}? with (?:a |the |my )?(?:blade|razor|knife|glass|sharpener|scissors|box cutter)', {
    onlyWith: /\b(?:blood (?:not|will not|does not|can not|is not) stop|(?:will not|does not|can not|not) stop bleeding|bleeding (?:a lot|bad|badly|so much|everywhere)|deep|many times|again|on purpose)\b/,
    unlessWith: ACCIDENT,
    accidentProne: true,
  }),
  // "opened up my thigh with the box cutter … it's gaping".
  cut('(?:opened|open|opening|slit|sliced|split|gashed|carved) (?:up |open )?my (?:arms?|wrists?|legs?|thighs?|stomach|forearms?|skin|hips?|belly)(?: [a-z]+){0,2}? with (?:a|the|my) (?:[a-z]+ )?(?:box cutter|blade|razor|knife|scalpel|glass|scissors)', {
    unlessWith: ACCIDENT,
    accidentProne: true,
  }),
];

/** Harm to others on the way. */
const HARM_R29: CrisisPattern[] = [
  // "got a knife under my mattress for it", "keep a bat by the bed for him".
  harm(`(?:got|have|keep|kept|hid|hidden|put|stashed) (?:a|the|my) ${WEAPON} (?:under|in|behind|beside|by) (?:my |the )?(?:mattress|pillow|bed|bag|car|locker|jacket|coat|drawer)(?: [a-z]+){0,2}? for (?:it|him|her|them|when he|when she|when they|that day)(?= \\.|$| ,)`, {
    onlyWith: /\b(?:stab[a-z]*|kill[a-z]*|next time|puts hands on|pay|hurt (?:him|her|them))\b/,
    unlessWith: /\b(?:burglar|intruder|break in|robbers|protection|bears?|camping)\b/,
  }),
  // "bought a piece off a guy today and I'm going to his office": a gun bought for someone who "is going to pay".
  harm(`(?:bought|got|picked up|grabbed) a ${WEAPON} (?:off|from) (?:a guy|some guy|someone|a dude|a mate|a friend|the street)`, {
    onlyWith: /\b(?:going to pay|gonna pay|will pay|his (?:office|house|place|work)|her (?:office|house|place|work)|their (?:office|house|place)|first thing|make (?:him|her|them) pay)\b/,
    unlessWith: /\b(?:range|hunting|clay|collector|license|licence|puzzle|cake|art|chess|jigsaw)\b/,
  }),
];

/** Every r29c family, risk and CONCERN, in reading order. */
export const R29_ACT_PATTERNS: readonly CrisisPattern[] = [
  ...PLAN_R29,
  ...MEANS_R29,
  ...INTENT_R29,
  ...TIMING_R29,
  ...PREP_R29,
  ...DOSE_R29,
  ...HARM_R29,
  ...R29_CONCERN_PATTERNS,
];
