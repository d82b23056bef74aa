/**
 * English families of the r27 session: adults in outpatient therapy writing late at night about a divorce, a debt,
 * a licence lost, pain, a parent's dementia, a loss or a bereavement, the risk often one clause in a long message.
 * Each family keeps its benign reading out by the context that makes it one:
 * - timing without a word for dying: "Sunday is when I go", going "tonight after everyone's asleep", going "on the
 *   anniversary" (not to lay flowers), "pulling the pin / plug on life", out of the picture after tonight;
 * - method and means: how much of one's meds "it would take", the dose worked out with "all of it", a prescription filled
 *   twice "so nobody would notice", slowing down at an overpass or a bridge and picking the spot (not in traffic), a
 *   purchase explained away to the shop ("told the guy it was for the shed"), the insurance that pays out either way;
 * - plans: a hotel or B&B booked for one night next to pills or a cliff, "no checkout", planning one's own death, finishing
 *   "what I started last year";
 * - farewells: a letter to the kids left where it will be found, a goodbye the other "doesn't know was goodbye",
 *   "sorry for the mess" next to "love you all", a door left unlocked so nobody has to break in to find one;
 * - an overdose told: the whole box or month of a medicine, everything in the medicine cabinet, all of a drug with the
 *   body's signs or "an hour ago";
 * - harm: putting someone "in the ground", running someone off the road, driving into their car with them in it;
 * - abuse: dragged by the hair;
 * - CONCERN: a hole one will never climb out of, how much more one can bear, an urge to burn oneself, no escape from
 *   one's own head, another day of grief, a drain on everyone, hating that one is still here, not wanting to keep living,
 *   hoping a scan comes back bad, wishing one had not survived, just existing;
 * - someone else's risk: a goodbye message and a phone off, a bridge or an overpass that "looks tempting", the insurance
 *   that would sort the family out "if he was gone".
 * Read by crisis.ts like the other English act families (negation, subject, time frame).
 */
import { rule, type CrisisPattern } from './crisis-patterns';

function sign(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, extra);
}

function concern(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, { level: 'CONCERN', ...extra });
}

const DRUG =
  '(?:pills|meds|medication|tablets|sleeping tablets|sleeping pills|painkillers|pain pills|antidepressants|sertraline|citalopram|fluoxetine|codeine|tramadol|oxy|oxys|oxycodone|morphine|insulin|paracetamol|tylenol|ibuprofen|diazepam|valium|zopiclone|quetiapine|lithium|prescription)';
const DRUG_WORD = new RegExp(`\\b${DRUG}\\b`);
// The body's signs of an overdose, or a time since it was taken.
const TAKEN_SIGNS =
  /\b(?:ago|blurry|racing|shaky|shaking|sweating|dizzy|drowsy|numb|going dark|can not feel|wine|vodka|whisky|whiskey|beer|gin|sorry|goodbye|bye)\b/;
const HEIGHT = '(?:overpass|flyover|bridge|cliff|cliffs|viaduct|car park roof|multi storey|tracks|level crossing)';
// Ordinary reasons to slow down at a height on the road.
const TRAFFIC =
  /\b(?:traffic|roadworks|road works|speed camera|speed trap|accident|crash|flashbacks?|fog|ice|icy|queue|tailback|exit|junction|view|sunset|photos?|lights|police|commute)\b/;
const REMEMBRANCE = /\b(?:flowers|visit|visiting|grave|cemetery|memorial|service|mass|church|vigil|candle|lay|laying|ceremony|ashes|walk|dinner|lunch)\b/;

/** Timing with no word for dying. */
const TIMED_GOING: CrisisPattern[] = [
  sign('(?:decided|decide|know|knew|figured|reckon) (?:that )?(?:[a-z]+ ){0,3}?is when i (?:go|am going|will go|do it|end it)(?= \\.|$| ,| too| as well| for good)', { speaker: 'PATIENT' }),
  sign('i am (?:going|gone|leaving|off) (?:tonight |tomorrow night )?(?:after|once|when) (?:everyone|everybody|the kids|the house|they|the family)(?: is| are| has| have| goes| go| s)? (?:asleep|gone to bed|in bed|to sleep|quiet)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:party|pub|club|shift|gym|drive home|walk|run|fishing|airport|flight|trip|out for)\b/,
  }),
  sign('i am going on (?:the|his|her|their|our|my) anniversary(?: of [a-z]+(?: [a-z]+)?)?(?= \\.|$| ,)', { speaker: 'PATIENT', unlessWith: REMEMBRANCE }),
  sign('(?:pull|pulling|pulled|pull s) the (?:pin|plug) on (?:my )?(?:life|it all|everything|myself|me)(?= \\.|$| ,| tonight| tomorrow| soon| this| next| on| at| when| after| before)', { speaker: 'PATIENT' }),
  sign('i am out of the picture (?:after|from|by|as of) (?:tonight|tomorrow|today|this weekend|the weekend|friday|saturday|sunday|monday)', { speaker: 'PATIENT' }),
];

/** Method and means without a word for dying. */
const MEANS_WORKED_OUT: CrisisPattern[] = [
  sign(`how (?:much|many) (?:of )?(?:my |the |his |her |mom |dad )?${DRUG}(?: it)? (?:it )?(?:would|will|it would|it will|it d) take(?= \\.|$| ,| to (?:not wake|never wake|stop|end|die|be enough))`, { speaker: 'PATIENT' }),
  sign('(?:worked out|figured out|calculated|counted out|looked up) (?:the|how much of the|my) (?:dose|amount|number)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:all of it|all of them|the lot|every last|enough to|tonight)\b/,
    unlessWith: /\b(?:baby|toddler|kid|kids|son|daughter|dog|cat|puppy|vet|doctor said|as prescribed|per kg|recipe|fertili[sz]er)\b/,
  }),
  sign('(?:two|three|different|separate|2|3) (?:different )?(?:chemists|pharmacies|pharmacists|doctors|gps|shops|stores)(?: [a-z]+){0,4} so (?:nobody|no one|noone|they) (?:would|will|could|can|did) (?:not )?(?:notice|know|suspect|ask|catch on|twig)', {
    speaker: 'PATIENT',
    onlyWith: DRUG_WORD,
  }),
  sign(`(?:keep|kept|keeps|been|was|am|started) (?:driving|walking|going) (?:past|over|under|by) the ${HEIGHT}(?: [a-z]+){0,3} (?:and )?(?:slowing|slow|stopping|looking down|picking)`, {
    speaker: 'PATIENT',
    unlessWith: TRAFFIC,
  }),
  sign(`(?:keep|kept|keeps|been|was|am) slowing (?:down|the car)?(?: right down)? (?:at|by|on|near|over|under) the ${HEIGHT}`, {
    unlessWith: TRAFFIC,
  }),
  sign(`picking (?:out )?(?:the|a|my) (?:spot|place|point)(?= \\.|$| ,)`, { speaker: 'PATIENT', onlyWith: new RegExp(`\\b${HEIGHT}\\b`), unlessWith: /\b(?:picnic|camp|tent|photo|fishing|wedding|holiday)\b/ }),
  sign('told (?:the (?:guy|man|woman|lady|bloke|fella|pharmacist|chemist|cashier|assistant|shop|clerk)(?: at the [a-z]+)?|him|her|them) (?:it was|they were|that it was|that they were) for (?:the |a |my )?(?:shed|garden|garage|camping|boat|car|work|a project|the dog|my dad|my back|a friend)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:what i need|what i needed|everything i need|it is in the (?:boot|car|trunk|bag)|parked up|reservoir|bridge|cliff|tonight)\b/,
  }),
  sign('(?:insurance|policy|life cover) (?:pays|will pay|would pay|still pays)(?: out)? (?:either way|regardless|even if|whatever happens|no matter how)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:checked|clause|read the|small print|fine print|suicide)\b/,
    unlessWith: /\b(?:flood|fire|storm|theft|stolen|burglary|crash|accident|car|house|home|roof|pet|vet|dog|cat)\b/,
  }),
];

/** Plans without a word for dying. */
const PLANNED_STAY: CrisisPattern[] = [
  sign('(?:booked|book|booking|got) (?:a |the )?(?:hotel|b b|bed and breakfast|motel|room|airbnb|cabin|guesthouse|guest house)(?: [a-z]+){0,4} (?:for )?(?:just )?one night(?: only)?', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:pills|tablets|meds|packed|cliffs?|bridge|that is it|no checkout|not checking out|no check out|not coming back|one way)\b/,
  }),
  sign('no (?:checkout|check out)(?= \\.|$| ,)|not checking out(?= \\.|$| ,)', { speaker: 'PATIENT', onlyWith: DRUG_WORD }),
  sign('(?:planning|planned|plotting|arranging) (?:out )?my (?:own )?(?:death|suicide|exit)', {
    speaker: 'PATIENT',
    unlessAfter: /^ (?:scene|in the (?:game|play|story|novel|film)|for (?:the|my) (?:play|novel|story|character|game))\b/,
  }),
  sign('finish (?:what|the thing|the job) i started (?:last (?:year|time|month|summer|winter|spring|christmas)|before|back in|years ago)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:degree|course|thesis|book|novel|renovation|kitchen|extension|painting|quilt|project|marathon|training|garden|shed|puzzle)\b/,
  }),
];

/** Farewells without the word goodbye. */
const FAREWELL_LEFT: CrisisPattern[] = [
  sign('(?:wrote|written|left|writing) (?:the kids|my kids|my children|the children|the boys|the girls|my son|my daughter|my wife|my husband|my parents|my mom|my dad|my family) (?:a |each a |each )?(?:letter|letters|note|notes)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:glovebox|glove box|glove compartment|in the drawer|under my pillow|in my (?:car|bag|wallet|desk)|in the (?:car|boot|safe)|they will find|will find it|for after|on the (?:kitchen )?table)\b/,
    unlessWith: /\b(?:camp|birthday|christmas|tooth fairy|santa|lunchbox|lunch box|school trip|holiday|first day|valentine|easter)\b/,
  }),
  sign('(?:does not|did not|do not|will not|never) (?:know|knew|realise|realize|realised|realized) (?:it was|that was|it is|that it was) (?:goodbye|a goodbye|my goodbye|the last time)', { speaker: 'PATIENT' }),
  sign('sorry (?:for|about) (?:the|all the|any|this) (?:mess|trouble|hassle)(?= \\.|$| ,| x| bye)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:love you all|love you both|bye x|goodbye|forgive me|look after (?:the kids|mom|mum|each other))\b/,
  }),
  sign('(?:so |that way )?(?:they|nobody|no one|the police|whoever|someone|anyone) (?:will not|would not|do not|does not|will never) (?:have|need) to (?:break|kick|force|smash) (?:in|the door|down the door|the door down|the door in|it down|it in)(?: [a-z]+){0,2} to find me|(?:break|kick|force|smash) (?:in|the door|down the door|the door down|the door in|it down|it in)(?: [a-z]+){0,2} to find me', { speaker: 'PATIENT' }),
  // "she died from the overdose … I've still got her leftover stuff. I'm using it at midnight."
  sign('i am (?:using|taking|doing) (?:it|them|the rest|the lot|what is left)(?: all)? (?:at midnight|tonight|later tonight|when everyone is asleep)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:overdose|overdosed|od|leftover|stash|gear|her stuff|his stuff)\b/,
  }),
];

/** An overdose told. */
const DOSE_TOLD: CrisisPattern[] = [
  sign(`(?:took|taken|swallowed|popped|downed|had) (?:the |my |a )?(?:whole|entire) (?:box|bottle|pack|packet|month|week|supply|prescription|strip|tub|blister)(?: s)?(?: of| worth of)? (?:[a-z]+ ){0,2}?${DRUG}`, {
    speaker: 'PATIENT',
    unlessAfter: /^ (?:back|to the (?:pharmacy|chemist|doctor|vet)|on holiday|with me)\b/,
  }),
  sign('(?:took|taken|swallowed|popped|downed) (?:everything|all of it|the lot|every pill|every tablet) (?:in|from) (?:the|my|our|mom|dad) (?:medicine|bathroom|kitchen)? ?(?:cabinet|cupboard|drawer|box|bag|stash)', { speaker: 'PATIENT' }),
  sign(`(?:took|taken|swallowed|popped|downed|injected) all (?:of )?(?:the|my|his|her|mom|dad) (?:[a-z]+ ){0,2}?${DRUG}`, {
    speaker: 'PATIENT',
    onlyWith: TAKEN_SIGNS,
    unlessWith: /\b(?:as prescribed|this morning as|course of|antibiotics|on time|like the doctor said|with breakfast|with food)\b/,
  }),
];

/** Harm to others and abuse said as acts. */
const HARM_ACTS: CrisisPattern[] = [
  rule('HARM_TO_OTHERS', 'SELF', '(?:put|putting|going to put|gonna put|will put) (?:him|her|them|that [a-z]+|the [a-z]+) in the ground', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:bulbs?|seeds?|plants?|tree|trees|roses|garden|potatoes|post|posts|fence|dog|cat|hamster|rabbit|buried|burial|funeral|ashes|casket|coffin)\b/,
  }),
  rule('HARM_TO_OTHERS', 'SELF', '(?:going|go|coming|heading|driving) (?:round|over|around) to (?:my |his |her |their |that )?(?:[a-z]+ ){0,2}?(?:house|place|flat|office|work) (?:tonight |now |later |tomorrow )?with (?:the|a|my) (?:bat|baseball bat|knife|gun|hammer|crowbar|machete|golf club|axe|tyre iron|tire iron)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:fix|fixing|repair|shelves|diy|borrow|lend|return|give (?:it|him|her) back|decking|floorboards|cricket|baseball|practice|hedge|hedges|bush|bushes|brambles|firewood|logs|chop|chopping|clear|clearing|stump|tree)\b/,
  }),
  rule('HARM_TO_OTHERS', 'SELF', '(?:run|running|ram|ramming) (?:him|her|them|that [a-z]+(?: [a-z]+)?|the [a-z]+(?: [a-z]+)?) off the road', { speaker: 'PATIENT', unlessWith: /\b(?:game|gta|mario kart|race|racing)\b/ }),
  rule('HARM_TO_OTHERS', 'SELF', '(?:drive|driving|crash|crashing|ram|ramming|plough|plow) (?:my car |the car |the truck |the ute )?into (?:her|his|their) (?:car|van|truck|ute) with (?:her|him|them) in it', { speaker: 'PATIENT' }),
  // "Tonight I can hear him on the video call shouting and something being thrown. Mum's crying.": abuse of someone heard live.
  rule('ABUSE_IN_PROGRESS', 'SELF', '(?:i can|can|i could) hear (?:him|her|them|the carer|my (?:dad|stepdad|husband|brother|son)|[a-z]+ boyfriend)(?: on the (?:phone|video call|call|facetime|monitor|camera|baby monitor))? (?:shouting|screaming|yelling|hitting|smashing|throwing)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:thrown|throwing|smash|smashing|crying|screaming|bruises|hitting|slapping)\b/,
    unlessWith: /\b(?:football|match|game|telly|tv|the news|referee|laugh|laughing|party|karaoke|baby is crying|toddler)\b/,
  }),
  rule('ABUSE_IN_PROGRESS', 'ABUSE', '(?:dragged|dragging|drags|pulled|pulling) me (?:by the hair|by my hair|by the throat|across the (?:floor|room|kitchen)|down the stairs)'),
];

/** CONCERN: trapped, worn out, a burden, weary of living. */
const WEARY_R27: CrisisPattern[] = [
  concern('(?:hole|pit|ditch|hole in the ground) (?:that )?i (?:will|can|could|am never going to) (?:never )?(?:climb|get|dig|crawl|claw) (?:my way )?out of'),
  concern('how much (?:more|longer)(?: of (?:this|it))? i can (?:bear|take|stand|handle|endure|cope with)(?= \\.|$| ,)', {
    unlessWith: /\b(?:heat|rain|weather|traffic|commute|noise|meeting|meetings|music|show|this game|lol|haha)\b/,
  }),
  rule('SELF_HARM', 'SELF', '(?:first thought|first instinct|urge|instinct|only thought) was to (?:burn|cut|hurt|harm|hit|punch|scratch) myself', { level: 'CONCERN' }),
  concern('can not (?:escape|get away from|get out of) (?:[a-z]+ ){0,4}?my own (?:head|mind|thoughts)'),
  concern('can not (?:stand|bear|take|face|do|survive) another (?:day|night|week) of (?:it|this|the grief|the pain|grief|pain)(?= \\.|$| ,)', {
    unlessWith: /\b(?:heat|rain|weather|traffic|commute|noise|meeting|meetings|music|construction|roadworks|neighbours? dog|renovation|lol|haha)\b/,
  }),
  concern('i am (?:a|such a|just a|nothing but a) (?:drain|strain|leech|weight|burden) on (?:the nhs|everyone|my (?:kids|children|family|son|daughter|wife|husband|partner)|the kids|the family|them|him|her)'),
  concern('(?:hate|sick of|tired of) (?:that )?(?:i am )?(?:still here|still alive|being alive)(?= \\.|$| ,| taking| and| being| when| while)', {
    unlessWith: /\b(?:office|work|at work|in the office|waiting room|airport|queue|at the hospital at)\b/,
  }),
  concern('(?:do not|no longer) want to (?:keep|go on|carry on) living(?: in this body| like this| this way| this life)?(?= \\.|$| ,| anymore)'),
  concern('(?:part of me|i kind of|i secretly|i almost|some days i) (?:hopes?|wish(?:es)?) (?:that )?(?:the |my )?(?:[a-z]+ )?(?:scan|biopsy|results?|tests?|bloods) (?:comes?|come) back (?:bad|positive|as cancer|with bad news)'),
  concern('wish i (?:had not|did not|never|had never) (?:survived|made it|pulled through|woken up)(?= \\.|$| ,| it| that| the)'),
  concern('i am (?:just|only|merely|barely) existing(?= \\.|$| ,)'),
  // Holding off an urge named in the message: "my first thought was to burn myself … I'm sitting on my hands trying not to".
  rule('SELF_HARM', 'SELF', '(?:sitting on my hands|holding (?:myself )?back|white knuckling it)(?: [a-z]+){0,2} trying (?:so hard |really hard |hard )?not to(?= \\.|$| ,)|trying (?:so hard |really hard |hard )?not to(?= \\.|$| ,)', {
    level: 'CONCERN',
    speaker: 'PATIENT',
    onlyWith: /\b(?:cut|burn|hurt|harm|hit|scratch) myself\b/,
  }),
  // Stuck with no end in sight and unable to breathe.
  concern('(?:stuck|trapped)(?: [a-z]+){0,6} (?:with )?(?:no end in sight|no way out)', {
    onlyWith: /\b(?:can not breathe|suffocating|drowning|can not cope|can not do this)\b/,
    unlessWith: /\b(?:traffic|queue|roadworks|tailback|lift|elevator|airport|delayed|delay|meeting)\b/,
  }),
];

/** Someone else's risk reported. */
const OTHERS_R27: CrisisPattern[] = [
  concern('(?:a|his|her|their) goodbye(?: message| text| post| note)?', {
    onlyWith: /\b(?:phone is off|phone off|not answering|nobody has heard|no one has heard|not heard from|can not reach|called the police|rang the police|who do i (?:even )?call)\b/,
  }),
  // Means kept back by someone else "for when I'm ready" (his words quoted, read as his by crisis-benign.ts).
  concern('(?:saved|stashed|kept|hidden|hid|put aside|saving|keeping|hoarding) for when (?:he|she|they) (?:is|are) (?:ready|done|gone|tired)', { onlyWith: DRUG_WORD }),
  concern(`(?:the )?${HEIGHT} (?:looks|look|looked|is looking|was looking) (?:tempting|inviting|appealing)`),
  // "Dad keeps saying the insurance would sort us out if he was gone": the subject before "keeps saying" owns it.
  concern('(?:keeps|kept|has been|keep) (?:saying|telling (?:us|me|everyone|mom|mum)|going on about how|on about how) (?:that )?(?:the )?(?:life )?(?:insurance|policy|payout|life cover)', {
    onlyWith: /\bif (?:he|she|they|i) (?:was|were|is|are|died|went) (?:gone|dead|not here|not around)?\b/,
  }),
];

export const R27_ACT_PATTERNS: readonly CrisisPattern[] = [
  ...TIMED_GOING,
  ...MEANS_WORKED_OUT,
  ...PLANNED_STAY,
  ...FAREWELL_LEFT,
  ...DOSE_TOLD,
  ...HARM_ACTS,
  ...WEARY_R27,
  ...OTHERS_R27,
];
