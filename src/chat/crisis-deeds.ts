/**
 * English warning signs said by the deed, written as grammar (a verb family + an object family + a
 * marker in the same message), after 988's warning signs and the C-SSRS behaviour items:
 * - self-harm by the act on one's body ("bit my arm till it bruised", "carved … into my leg",
 *   "the cuts are on my stomach this time", "opening the scars back up", "the urge to cut");
 * - giving things away with an end in view ("so she has something of mine after", "won't have any
 *   use for it", "someone who'll be around", "while I still can", "if something happens to me");
 * - farewells without a word for dying ("one last time" to hear someone, "she has no idea it was
 *   goodbye", "see you on the other side", "don't be sad when you hear", "she'll understand later");
 * - a deadline with the act unnamed ("after her birthday I'm done", "two more days and it stops",
 *   "I won't be here for it");
 * - means gathered or set up (pills from several shops, hidden under the pillow, a belt looped over
 *   the rail, on a high floor looking down, the engine on in a closed garage);
 * - method questions ("the most painless way", "what floor to be sure", pills mixed with alcohol);
 * - a plan with its parts ("the when and the how", "the dose and the place");
 * - harm to others prepared (a weapon brought to school, a list of names, setting a house on fire);
 * - CONCERN: out of options, unable to picture a future, at one's limit, grief unbearable, no exit.
 * Read by crisis.ts like every English family (negation, subject, time frame, accidents).
 */
import { rule, type CrisisPattern } from './crisis-patterns';

function deed(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, extra);
}
function hurt(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return deed(source, { category: 'SELF_HARM', accidentProne: true, ...extra });
}
function concern(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return deed(source, { level: 'CONCERN', ...extra });
}

const BODY = '(?:arms?|legs?|wrists?|hips?|thighs?|stomach|belly|skin|hands?|fingers?|knuckles|head|face|chest|ankles?|shoulders?|ribs|side)';
const HARM_VERB =
  '(?:cut|cuts|cutting|carved|carve|carving|burned|burnt|burn|burning|bit|bite|biting|slammed|slam|slamming|punched|punch|punching|hit|hitting|scratched|scratch|scratching|picked|pick|picking|sliced|slice|stabbed|pressed|press|scraped|scrape|banged|bang|banging|hold|held|holding|pour|poured)';
// What makes an act on one's body deliberate.
const ON_PURPOSE = /\b(?:on purpose|till it|until it|til it|over and over|as punishment|deserve|to feel|so i (?:can )?feel|when i get (?:overwhelmed|angry|upset|stressed|anxious)|when i am (?:overwhelmed|angry|upset|stressed|anxious)|relapsed|nobody can see|no one can see|won t see|will not see|hiding|hide)\b/;
const DRUG =
  '(?:pills|meds|medication|tablets|paracetamol|tylenol|acetaminophen|ibuprofen|oxy|oxys|oxycodone|xanax|painkillers|antidepressants|sleeping pills|them|mine)';
const STASH =
  '(?:from (?:\\d+|two|three|four|five|six|several|different) (?:different )?(?:shops|stores|pharmacies|chemists|places)|so (?:nobody|no one) (?:would|will|could) (?:ask|notice|know|question)|under my (?:pillow|bed|mattress)|in (?:a|my|the) (?:ziplock|jar|sock|shoebox|drawer|desk|box)(?: [a-z]+){0,4}|instead of taking them)';
const GIVE =
  '(?:(?:gave|given|giving|give|handed|handing)(?: away| out)? (?:back )?(?:(?:all |most |some |the rest )?(?:of )?my|[a-z]+ s)|signed (?:[a-z]+ ){1,3}over|found (?:a )?new homes? for|can have my|should get my|who (?:should )?gets? (?:my|what)|arranged for (?:[a-z]+ ){1,3}to take|(?:are|is) (?:all )?(?:at|with) the neighbou?rs)';
const AFTER_ME =
  /\b(?:so (?:she|he|they) (?:has|have) something of mine|(?:will not|won t) (?:need|be needing|have (?:any )?use for|be able to look after)|(?:someone|somebody) (?:who has|with) a future|who(?: will|ll) be around|longer than i (?:could|can|will)|while i still can|just in case|if (?:something|anything) (?:happens|were to happen) to me|where i am going|rather than after|before i go|(?:something of mine|for|of mine) after(?= \.|$| ,))/;
const PERSON = '(?:mom|mum|mother|dad|father|grandma|grandpa|nan|nana|brother|sister|kids|son|daughter|wife|husband|girlfriend|boyfriend|gf|bf|best friend|friend|dog|cat|her|him|them)';

/** Self-harm by the act on one's body. */
const ACTS_ON_BODY: CrisisPattern[] = [
  hurt(`${HARM_VERB} (?:[a-z]+ ){0,4}(?:into |on |in |against )?my ${BODY}`, { onlyWith: ON_PURPOSE, unlessAfter: /^(?: [a-z]+){0,5} (?:lol|lmao|oops|ouch|haha)\b/ }),
  hurt(`(?:the |new |fresh )?(?:cuts|lines|burns|marks|scratches) (?:are |were |is )?(?:on|across|along) my ${BODY}`, { onlyWith: /\b(?:hid(?:e|ing)|nobody|no one|won t see|will not see|this time|again|new|fresh|made)\b/ }),
  hurt('(?:open|opening|reopen|reopening|rip|ripping) (?:them|my scars|the scars|the cuts|my cuts|the wounds) (?:back )?(?:up|open)|(?:urge|urges|need|want|wanting|itch) to (?:cut|burn|carve|scratch)(?! (?:my|the|your|off|out|back|down|it|them|ties)\\b)'),
  hurt('(?:sh|self harmed|cut) again(?= \\.|$| ,| [^a-z])|relapsed(?= \\.|$| ,)', { onlyWith: /\b(?:sh|blade|razor|sharpener|cut|cuts|cutting|stitches|bleed|bled|days clean)\b/ }),
  hurt('(?:i )?did it (?:to )?myself', { onlyWith: /\b(?:the cut|cuts|wound|burn|bleeding|stitches)\b/ }),
  hurt(`(?:carved|carve|carving) (?:[a-z]+ ){0,4}(?:into|in|on) my ${BODY}|used (?:a|the|my) (?:compass|blade|razor|sharpener|knife|lighter|scissors|pin|needle)(?: point| blade)? on my ${BODY}|(?:want|wanting|urge|urges|need) to (?:slam|hit|punch|cut|burn|bang|smash) my (?!head)${BODY}`, { unlessWith: /\b(?:shav(?:e|ed|ing)|wax(?:ed|ing)?)\b/ }),
  hurt('(?:have not|had not|not) eaten(?: [a-z0-9]+){0,4} as (?:a )?punishment|starv(?:e|ed|ing) myself as (?:a )?punishment'),
];

/** Giving things away with an end in view (the message says after what). */
const GIVING: CrisisPattern[] = [deed(GIVE, { onlyWith: AFTER_ME, unlessWith: /\b(?:moving|moved|away|trip|travel[a-z]*|vacation|holiday|declutter[a-z]*|charity|donat[a-z]*|library|shelter|thrift|birthday|christmas|upgrade[a-z]*|new one|outgrew|graduat[a-z]*)\b/ })];

/** Farewells said without a word for dying. */
const FAREWELLS: CrisisPattern[] = [
  deed(`(?:hear|see|hug|hugged|hold|held|call|called|visit|visited|kiss|kissed|talk to|talked to|say goodbye to) (?:[a-z]+ ){0,4}(?:${PERSON}|voice|face) (?:[a-z]+ ){0,2}(?:one last time|for the last time)`, { unlessWith: /\b(?:move|moving|moved|trip|abroad|deploy[a-z]*|vacation|holiday|farm|rehom[a-z]*|adopt[a-z]*)\b/ }),
  deed('(?:it|that|this) was (?:goodbye|our goodbye|my goodbye|a goodbye)|see you on the other side(?! of)|(?:do not|don t) be sad when (?:you|they|she|he) (?:hear|find out|read)|i (?:will|ll) finally be at peace|if anyone reads this(?: chat)?(?: later| after)?'),
  deed('(?:she|he|they) (?:will|ll) understand (?:later|one day|eventually|why soon)|(?:do not|don t) want to (?:leave|go) with (?:any )?grudges|(?:apologi[sz]ed|said sorry) to (?:everyone|the ones|the people|all the people) i (?:hurt|wronged)'),
];

/** A deadline with the act unnamed. */
const DEADLINES: CrisisPattern[] = [
  deed('(?:after|once|when|as soon as) (?:[a-z]+ ){1,8}(?:i am done|i am out|i am going too|i go too|it (?:all )?(?:stops|ends|is over)|i (?:will|ll) (?:finally )?have my chance|i know what i am doing)(?! (?:with|for the day|for today|studying|working|for now|for the year|for the season)\\b)', { onlyWith: /\b(?:done|stops|ends|over|going too|chance|know what)\b/, unlessWith: /\b(?:exam|exams|finals|semester|shift|project|thesis defen[cs]e|season|contract|lease|diet|treatment|course|chemo|job|holidays?|vacation|summer|christmas|break)\b(?! (?:nothing|and))/ }),
  deed('(?:\\d+|two|three|four|five|a few|a couple of|couple) more (?:days|weeks|nights|sleeps)(?: \\.| ,)? (?:just (?:\\d+|two|three|a few) more )?(?:and|until|till|then) (?:it|this|everything|the pain|i) (?:all )?(?:stops|ends|is over|am free|will stop|will end|am gone)', { unlessWith: /\b(?:holidays?|vacation|spring break|summer|christmas|semester|term|exams?|finals|free time|party|then (?:i|we) (?:can|get|have)|finally (?:free|off|holidays|vacation))\b/ }),
  deed('(?:will not|won t|wont) be (?:here|around|alive) (?:for|by|on|at) (?:it|that|then|the next|next)', { unlessWith: /\b(?:trip|travel[a-z]*|flight|flying|vacation|holiday|away|abroad|conference|visiting|moving|out of town|hospital|surgery|work|camp|wedding)\b/ }),
  deed('it (?:will|ll) be my day too|(?:giving it|give it) (?:till|until) (?:[a-z]+ ){1,3}(?:if|and) nothing'),
];

/** Affairs settled for after, letters left where they will be found, a farewell recorded. */
const FOR_AFTER: CrisisPattern[] = [
  deed('so (?:nobody|no one|someone|somebody) (?:has to|have to|will have to|needs to|notices|will notice|finds|will find|reads|will read)(?: [a-z]+){0,10} (?:after(?= \\.|$| ,)|sooner|go through my|sort through my|when i am gone|deal with my)', { speaker: 'PATIENT', unlessWith: /\b(?:move|moving|we move|relocat[a-z]*|trip|travel[a-z]*|vacation|holiday|abroad|away|gym|shop|store|groceries|errands?)\b/ }),
  deed('(?:letters?|note|notes|envelope)(?: [a-z]+| ,){0,12} (?:where|so) (?:she|he|they|someone|mom|mum|dad|my [a-z]+)(?: will| ll)? (?:look|find|see|will look|will find)(?: it| them)? first', { onlyWith: /\b(?:letters|one for|goodbye|drawer|envelope)\b/, unlessWith: /\b(?:move|moving|we move|relocat[a-z]*|trip|travel[a-z]*|vacation|holiday|abroad|away|gym|shop|store|groceries|errands?)\b/ }),
  deed('(?:none of (?:it|this)|it) (?:was|is) (?:not )?(?:their|his|her|your) fault', { speaker: 'PATIENT', onlyWith: /\b(?:recorded|video|letter|note|when (?:they|she|he) (?:are|is) older)\b/ }),
  deed('(?:everything is|everything s|all) squared away|the last (?:thing )?(?:of|on) (?:the|my) list', { onlyWith: /\b(?:note|envelope|cash|paid off|deleted|returned|told work|cancel[a-z]*|letters?)\b/ }),
  deed('(?:emailed|scheduled|set)(?: [a-z]+){0,4} (?:with a delayed send|to send (?:itself|automatically|later|tomorrow|at))|(?:written|wrote|writing) (?:out )?(?:instructions for|what i want (?:at|for|played at)) my funeral'),
  deed('(?:cancel(?:l)?ed|cancel(?:l)?ing|stopped|stopping) (?:all )?my (?:sessions|appointments|therapy)(?: [a-z]+| ,){0,6} (?:will not|won t) (?:be needing|need) (?:them|it)', { unlessWith: /\b(?:move|moving|we move|relocat[a-z]*|trip|travel[a-z]*|vacation|holiday|abroad|away|gym|shop|store|groceries|errands?)\b/ }),
  deed('not (?:staying|going to stay|gonna stay) (?:in|on) this (?:world|earth)|(?:last|only) thing i (?:needed|had|wanted) to (?:finish|do|sort|say)(?: [a-z]+){0,3} before i go|(?:if|when) nothing (?:has|is|s)? ?changed(?: [a-z]+){0,3} i know what i am (?:doing|going to do)'),
];

/** Means gathered, hidden or set up. */
const MEANS: CrisisPattern[] = [
  deed(`${DRUG}(?: are| is)? (?:hidden |stashed )?(?:in|under) (?:a|my|the) (?:ziplock|jar|sock|shoebox|pillow|mattress)|took (?:the|her|his|their) (?:bottle|pills|meds|oxy|tablets)(?: [a-z]+){0,3} (?:into|to) my room|(?:\\d+|a few|several|like \\d+) (?:months|weeks) (?:worth )?of (?:them|pills|meds|antidepressants|tablets)(?: [a-z]+){0,3} in my (?:desk|drawer|room|closet)`),
  deed('ordered something online(?: [a-z]+){0,6} (?:you (?:probably )?know what i mean|you know why)|i have everything i need(?: now)?(?= \\.|$| ,)', { onlyWith: /\b(?:shoebox|closet|hidden|hid|drawer|under my bed|ready|tonight|arrives|know what i mean)\b/ }),
  deed(`(?:bought|buying|collected|collecting|saved|saving|hoarded|hoarding|stashed|stashing|hid|hiding|kept|keeping|putting|put|counted|counting|count|took) (?:[a-z]+ ){0,3}${DRUG}(?: [a-z]+){0,4} ${STASH}`),
  deed('(?:belt|rope|cord|cable|scarf|noose|sheet|dog lead|leash) (?:is |are )?(?:already )?(?:looped|tied|hung|hanging|knotted|fastened) (?:over|around|to|on|from) (?:the |my )?(?:closet|wardrobe|door|rail|beam|banister|hook|ceiling|tree|pipe|bar|railing)'),
  deed('(?:\\d+(?:st|nd|rd|th)|top|highest) floor(?: [a-z]+| ,){0,8} (?:looking|staring|look|stare|looked|stared) (?:down|over)|(?:looking|staring) down (?:from|off) (?:the )?(?:balcony|roof|ledge|bridge)', { unlessWith: /\b(?:view|views|sunset|sunrise|amazing|beautiful|gorgeous|photos?|pictures?|hotel|fireworks|city lights)\b/ }),
  deed('(?:garage|car)(?: [a-z]+| ,){0,8} (?:engine|motor)(?: is| s)? (?:on|running)', { onlyWith: /\b(?:door|doors) (?:is |s |are )?(?:down|closed|shut)\b|\bin the garage\b/ }),
  deed('(?:code|combination|key|keys) to (?:the |my |his |her |[a-z]+ s )?(?:gun|rifle|weapon) (?:cabinet|safe|case|locker)'),
  deed('the pills (?:with me|in my (?:bag|pocket|car))|(?:i have|got|have got|i ve got) the (?:pills|rope|gun) with me'),
];

/** Method questions and a plan with its parts. */
const METHODS_AND_PLANS: CrisisPattern[] = [
  deed('(?:most )?painless way(?! to (?:remove|get|quit|learn|wax|break|tell|end (?:a|the|my) (?:relationship|friendship|lease|call)))|what floor (?:would|do|should) (?:you|i|one) (?:have|need) to (?:jump|fall) (?:from|off)|(?:drown|hang|suffocate|poison|starve|electrocute) (?:yourself|myself) (?:in|with|by|using)', { speaker: 'PATIENT' }),
  deed(`mix(?:ed|ing)? (?:my |the )?${DRUG} (?:with|and) (?:vodka|alcohol|wine|beer|whiskey|booze|drinks?|gin|rum)(?: [a-z]+){0,4} how (?:much|many)`, { speaker: 'PATIENT' }),
  deed('(?:the when and the how|the how and the when|when and how|how and when|the dose and the place|the place and the (?:time|day)|the time and the place)', { onlyWith: /\b(?:worked|figured|decided|know|planned|picked|chose|chosen|sorted)\b/, unlessAfter: /^ (?:to|for (?:the|our|my|a) (?:meeting|party|trip|talk|conversation|wedding|interview))\b/ }),
  deed('not coming back(?: [a-z]+){0,12} (?:thought|planned|worked out|figured out) (?:about )?(?:exactly )?how|(?:thought|planned|figured out) (?:about )?exactly how(?: [a-z]+){0,12} not coming back'),
  // Lethality asked of a means ("how deep does a cut have to be before it is fatal", "high enough or would i just break my legs").
  deed('(?:cut|cuts|dose|pills|overdose|fall|drop|jump) (?:[a-z]+ ){0,6}before (?:it is|its) (?:actually )?(?:fatal|lethal|deadly)|(?:high|deep|tall) enough(?: [a-z]+){0,2} or would i (?:just )?(?:survive|break|end up)|would do it without (?:it )?(?:hurting|pain)'),
  deed('the how(?: ,)?(?: [a-z]+){0,4} the when|the when(?: ,)?(?: [a-z]+){0,4} the how', { onlyWith: /\b(?:worked|working|figured|decided|know|planned|picked|chose|chosen|sorted)\b/ }),
  deed('i have a plan', { onlyWith: /\b(?:pills|rope|gun|bridge|overdose|jump|hotel|train|knife|belt|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend)\b/ }),
];

/** Harm to others prepared. */
const HARM_PREPARED: CrisisPattern[] = [
  deed('(?:brought|bringing|took|taking|carried|carrying|have|got) (?:a |my |his |her |[a-z]+ s )?(?:knife|gun|blade|weapon|pistol|bat|bb gun) (?:to|into|in) (?:school|class|work|the office|campus|my backpack|my bag)', { category: 'HARM_TO_OTHERS', speaker: 'PATIENT', unlessWith: /\b(?:chef|kitchen|cooking|cake|bread|fruit|lunch|food|birthday|class project|art class|stage|prop|costume|hunting|range|fishing|camping)\b/ }),
  deed('(?:made|making|wrote|writing|have|got) a list of (?:names|people|targets|who)|(?:setting|set|burn|burning) (?:his|her|their|my [a-z]+ s) (?:house|car|apartment|flat|place) on fire|(?:putting|put) something in (?:his|her|their|my [a-z]+ s) (?:food|drink|coffee|tea)|(?:using|use) it on (?:the|that|my|him|her|them)(?: [a-z]+){0,3}', { category: 'HARM_TO_OTHERS', speaker: 'PATIENT', onlyWith: /\b(?:hurt|pay|school|kill|gun|knife|fire|inside|food|names|bb gun|weapon|poison)\b/ }),
];

/** Someone harming the patient: coerced pictures, a threat if they tell, force after a no, an elder's meals withheld. */
const ABUSED: CrisisPattern[] = [
  deed('makes me send (?:him|her|them) (?:pics|photos|pictures|nudes)|if i tell (?:anyone|anybody|someone|mom|mum|dad|my [a-z]+)(?: [a-z]+){0,2} (?:he|she|they)(?: will| ll| is going to) (?:kill|hurt)|forced me(?: [a-z]+){0,4} (?:even though|when|after) i said no|(?:pinches|hits|slaps|pushes|kicks) me and (?:holds back|withholds|takes) my (?:meals|food|meds|medication|money)', { category: 'ABUSE_IN_PROGRESS', speaker: 'PATIENT' }),
  deed('(?:fantasi[sz]e|fantasi[sz]ing|dream|dreaming) about (?:driving into|running over|hurting|stabbing|shooting|beating up)|(?:want|wanted|urge) to (?:shake|smother|throw) (?:him|her|the baby)(?: [a-z]+){0,3} (?:till|until)|make (?:them|them all|everyone|you all) (?:feel|pay for) what i (?:feel|felt)', { category: 'HARM_TO_OTHERS', speaker: 'PATIENT' }),
  concern('wish(?:ed)? (?:the |my )?(?:scan|test|results?|biopsy|tests) (?:came|would come|come) back bad|(?:can not|can t) (?:picture|imagine|see) (?:next year|a future|my future)'),
];

/** CONCERN: out of options, no future pictured, at the limit, grief unbearable, no exit. */
const AT_THE_LIMIT: CrisisPattern[] = [
  concern('i am (?:all |completely )?out of options(?= \\.|$| ,| and| but)|(?:can not|can t) (?:picture|imagine|see) (?:myself|me) (?:at \\d+|in \\d+ years|next year|in the future|older|growing old|getting old)|stopped expecting anything|i am at my limit|(?:can not|can t) hold (?:it|myself) together(?: anymore)?'),
  concern('(?:grief|pain|loneliness|hurt|sadness|emptiness) is unbearable|(?:can not|can t) (?:do|take|face|survive) another (?:day|week|night) (?:like this|of this)|no exit from(?! (?:the|this|that|our|my) (?:car park|parking [a-z]+|garage|building|motorway|highway|road|station|mall|stadium|maze|level|room|airport|lot|estate))|(?:no|nowhere) (?:way out|to go)(?= \\.|$| ,)|just not existing(?: anymore)?|millstone|(?:a )?dead weight'),
];

export const DEED_PATTERNS: readonly CrisisPattern[] = [...ACTS_ON_BODY, ...GIVING, ...FAREWELLS, ...DEADLINES, ...FOR_AFTER, ...MEANS, ...ABUSED, ...METHODS_AND_PLANS, ...HARM_PREPARED, ...AT_THE_LIMIT];
