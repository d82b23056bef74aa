/**
 * More English pattern families for the crisis screen, one block per C-SSRS / 988 warning sign,
 * written as grammar (a verb family + an object family, tense and person left open) rather than one
 * phrase per message: what people say about where suicide sits in their mind, method questions in any
 * form, means within reach, doses counted out, deadlines, farewells, bequests, hopelessness, and
 * the only way out. crisis.ts checks them with crisis-patterns.ts and crisis-signals.ts; the same
 * reading applies (negation, subject, time frame).
 */
import type { CrisisPattern } from './crisis-patterns';

const END =
  '(?=$| ,| (?:and|but|because|so|anymore|any longer|like this|tomorrow|ever|again|right now|at all|really|honestly|now|lol|tbh|please|tonight|today|for good|forever)\\b)';
// The act itself, in the forms that follow "about", "of" or a subject.
const ACT_ING = '(?:suicide|killing myself|ending (?:it|it all|things|everything|my life)|taking my (?:own )?life|unaliving myself|offing myself|hanging myself|overdosing)';
const METHOD = '(?:hanging|an overdose|overdosing|overdose|od|bleeding out|blood loss|drowning|suffocation|suffocating|carbon monoxide|jumping|a fall|falling|pills|cutting|slitting (?:my|your) wrists|a gunshot|helium|poison|poisoning)';
const DRUG_NAMES =
  'sertraline|zoloft|prozac|fluoxetine|citalopram|escitalopram|lexapro|venlafaxine|effexor|quetiapine|seroquel|lorazepam|ativan|' +
  'diazepam|valium|clonazepam|klonopin|alprazolam|oxycodone|codeine|tramadol|morphine|fentanyl|amitriptyline|aspirin|advil|benadryl|' +
  'zopiclone|ambien|zolpidem|trazodone|gabapentin|pregabalin|lamotrigine|olanzapine|risperidone|bupropion|wellbutrin|mirtazapine|' +
  'propranolol|adderall|acetaminophen|paracetamol|tylenol|ibuprofen|lithium|insulin|xanax|pills|tablets|meds|medication|medications|painkillers|antidepressants|sleeping pills';
const COUNT = '(?:[1-9]\\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a handful|handfuls|a bunch|a fistful|a whole (?:bottle|pack|box|packet|strip|blister)|the whole (?:bottle|pack|box|packet|strip|blister)|way too many|too many)';
const MEANS = '(?:gun|pistol|rifle|shotgun|revolver|knife|blade|razor|razor blade|rope|noose|pills|bottle of pills|belt)';
const TIME = '(?:the )?(?:morning|tomorrow|tonight|midnight|sunrise|dawn|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|end of (?:the )?(?:week|day|night|month))';
// Trips and errands that make "I'll be gone by Monday" ordinary.
const AWAY = /\b(?:flight|fly|flying|trip|travel|travelling|traveling|vacation|holiday|conference|camp|visit|visiting|business|work trip|office|moving|move|abroad|hospital stay|surgery|session|appointment|doctor|dentist|class|shift|meeting|away|out of town|wedding)\b/;
// Things outgrown or replaced, which make "won't need them" ordinary.
const OUTGROWN = /\b(?:graduat[a-z]*|moving|moved|new (?:one|phone|laptop|car|place)|upgrad[a-z]*|outgrew|outgrown|declutter[a-z]*|minimalis[a-z]*|retir[a-z]*|quit|sober|baby|kids grew)\b/;
// Leaving a platform, a job or a town, which makes "you won't hear from me again" ordinary.
const LEAVING_A_PLACE = /\b(?:deleting|deleted|account|app|group chat|platform|offline|unsubscrib[a-z]*|quit (?:this|my)|new job|moving|abroad|retir[a-z]*|resign[a-z]*|notice|last day at)\b/;
const FIGURATIVE_SLEEP = /^ (?:after|on (?:this|that|these|my new)|in (?:this|that|my new))\b/;

function family(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return { category: 'SUICIDE', kind: 'SELF', regex: new RegExp(`\\b(?:${source})\\b`, 'g'), ...extra };
}
function concern(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return family(source, { level: 'CONCERN', ...extra });
}

/** C-SSRS 2 (thoughts): the act sits in the patient's mind. */
const THOUGHTS: CrisisPattern[] = [
  family(`${ACT_ING} (?:has been|have been|is|keeps|kept|keep|was|comes|came|is always|has always been)(?: [a-z]+){0,2} (?:on my mind|crossing my mind|in my (?:head|thoughts)|coming back|popping (?:up|into my (?:head|mind))|running through my (?:head|mind)|going through my (?:head|mind)|stuck in my head|all i think about)`),
  family(`(?:can not stop|keep|kept|constantly|always|been) (?:thinking|obsessing|ruminating|fantasi[sz]ing|dreaming) (?:about|of|over) ${ACT_ING}`),
  concern('(?:dying|death|being dead|not being here) (?:has been|is|keeps|kept) (?:[a-z]+ ){0,2}(?:on my mind|crossing my mind|in my head|popping into my head)'),
  concern('(?:picture|picturing|imagine|imagining|think about|thinking about|plan|planning) my (?:own )?funeral|(?:death|dying|being dead|not existing|not waking up) (?:sounds|seems|feels|looks) (?:so |really |kind of |pretty )?(?:peaceful|nice|good|better|appealing|easier|comforting|like (?:a )?relief|like freedom)'),
];

/** C-SSRS 1 (passive wish), in forms the older families miss. */
const WISH: CrisisPattern[] = [
  concern('(?:wishing|keep wishing|hoping|praying) (?:that )?i (?:was|were|had|would|could)? ?(?:never (?:been )?born|not (?:been )?born|dead|gone|not here|not wake up|never wake up|die|disappear)'),
  concern('(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:the|my|a|this) (?:plane|flight|car|bus|train|ship|elevator) (?:crashes|crash|goes down|sinks|falls)'),
  concern('(?:fine|ok|okay|alright|happy|relieved|glad|at peace) (?:if|when) i (?:got|get|was|were) (?:hit|run over|killed)|(?:fine|ok|okay|alright|happy|relieved|glad) (?:if|when) i (?:died|did not wake up|never woke up|was dead|were dead|just died)'),
  family('sleep forever|go to sleep forever', { level: 'CONCERN', unlessAfter: FIGURATIVE_SLEEP }),
  concern('(?:sleep|asleep) and (?:stay asleep|never wake|not wake)|stay asleep forever|(?:feel|am|feeling) (?:so |completely )?dead inside'),
  // "I'm not suicidal or anything, but …": a denial that goes on with "but" is a hedge (read as LIFE: only when denied).
  { category: 'SUICIDE', kind: 'LIFE', level: 'CONCERN', regex: /\b(?:suicidal|suicide)(?: or (?:anything|whatever|something|so|like that))?(?: ,)? but\b/g },
];

/** Method questions, whoever they are about (speaker: a risk to the one asking). */
const METHOD_QUESTIONS: CrisisPattern[] = [
  family(`how (?:long|quickly|fast|much time) (?:does it|would it|will it|did it|do you|would you|do people|does someone|until (?:you|i|someone)|before (?:you|i|someone)) (?:take (?:to |for (?:you|me|someone|a person) to )?)?(?:die|bleed out|pass out|suffocate|drown|stop breathing|lose consciousness)(?: (?:from|by|of|with|after|if)(?: [a-z]+)? ${METHOD})?`, { speaker: 'PATIENT', unlessAfter: /^ (?:down|out|off)\b|^ (?:from|of|with) (?:cancer|old age|dementia|covid|a stroke|heart failure|hunger|thirst)\b/ }),
  concern(`(?:is|would|will|does|do) (?:a |an )?(?:[a-z]+ )?(?:overdose|od|overdosing|hanging|drowning|bleeding out|jumping|slitting (?:my|your) wrists) (?:be |feel )?(?:painful|painless|quick|fast|peaceful|lethal|fatal|hurt|work)|(?:${DRUG_NAMES}) (?:overdose|od) (?:is |be )?(?:painful|painless|quick|lethal|fatal)`, { speaker: 'PATIENT' }),
  family(`(?:looked up|look up|looking up|googled|googling|searched|searching|checked|checking|researching|researched|asked) how (?:much|many) (?:of )?(?:my )?(?:[a-z]+ ){0,2}(?:it would take|would (?:kill|be (?:fatal|lethal|enough))|it takes to (?:die|kill)|is (?:fatal|lethal|a lethal dose))|how (?:much|many) (?:of )?(?:my )?(?:${DRUG_NAMES}) (?:would|does|will) it take${END}`, { speaker: 'PATIENT' }),
  family('(?:does|do|did|can|could|would|will) (?:anyone|anybody|people|you|someone|a person|i) (?:ever )?survive (?:jumping|a jump|a fall|falling|an overdose|overdosing|hanging|drowning|being hit by a train)', { speaker: 'PATIENT' }),
  family('how (?:deep|hard|far|long) (?:do|would|should|can|must|does) (?:you|i|one|it) (?:have to |need to )?(?:cut|slit|slash|stab)|(?:hit|cut|sever|nick|open) (?:an|the|my) (?:artery|arteries|vein|veins|jugular|radial artery|femoral artery)', { speaker: 'PATIENT' }),
  family('(?:(?:would|will|does|do|could) (?:it|that)|(?:it|that) (?:would|will|does|could)) (?:hurt|be painful|be quick|work) (?:if|when) (?:i|you|someone) (?:jumped|jump|hanged|hang|overdosed|overdose|cut|shot|drowned|took (?:them|all)|slit)', { speaker: 'PATIENT', unlessAfter: /^ (?:on|into|in|over|around|up|rope|a line|the queue)\b/ }),
  concern('what happens (?:to (?:your|my|the|a) body )?(?:when|if) (?:you|i|someone|a person) (?:hang|hanged|overdose|od|drown|jump off|bleed out|slit|take (?:too many|all|a whole))', { speaker: 'PATIENT', unlessAfter: /^ (?:out|around|up)\b/ }),
  family('(?:would|will|does|do|could) (?:cutting|slitting|slashing) my (?:wrists?|throat|arms?) (?:work|kill me|be enough)|(?:which|what) (?:bridge|building|height|floor) (?:is )?(?:high|tall) enough', { speaker: 'PATIENT' }),
];

/** C-SSRS 3-5 (intent and plan). */
const INTENT_AND_PLAN: CrisisPattern[] = [
  family(`(?:going to|will|gonna|about to|ready to) (?:actually |really |finally )?go through with it(?: this time|${END})|i am (?:actually |really |finally )?ending (?:it|things|it all|my life|everything)${END}`, { unlessAfter: /^ (?:with|between)\b/ }),
  family('(?:know|knew|figured out|decided|worked out|planned|picked|chose|chosen) (?:exactly )?(?:how|when|where)(?:(?: ,| and|,) (?:how|when|where))+ (?:i am going to|i will|i would|to|i am gonna) (?:do it|end it|go through with it|kill myself)'),
  family('(?:wrote|written|writing|finished|left) my (?:suicide |goodbye |last )?note(?! (?:for|to) (?:school|work|class|the teacher))|(?:nobody|no one) (?:will|is going to|would) find me (?:until|in time|before)'),
  family('(?:swallow|swallowing|take|taking|down|downing|chug|chugging) (?:everything|all the pills|all the meds|whatever i can find) (?:in|from) (?:the|my|our) (?:medicine cabinet|cabinet|bathroom|drawer|pill box|cupboard)'),
  family(`(?:tonight|today|tomorrow|this weekend|soon) i (?:finish|end|do) it${END}|i (?:will|am going to) (?:finish|end) it (?:tonight|today|tomorrow)`, { onlyWith: /\b(?:done with (?:everything|life|it all)|can not (?:do|take) (?:this|it)|no point|goodbye|tired of (?:living|life|everything|it all)|hopeless|want to die)\b/ }),
  concern('i (?:attempted|have attempted)(?: before| once| twice| last [a-z]+| [a-z]+ years? ago)?(?=$| ,| and| but| \\.)|my (?:last|first|previous|suicide) attempt(?! at\\b)'),
  family('(?:feelings|thoughts|urges|ideation|dark thoughts) (?:are|is|have come|came|are coming|keep coming) back', { onlyWith: /\b(?:attempt|attempted|suicid[a-z]*|kill myself|overdos[a-z]*)\b/ }),
  family(`if (?:i|things|it|this|nothing) (?:do not |does not )?(?:get|gets|feel|is|start) (?:any )?(?:better|easier)(?: (?!at\\b)[a-z]+){0,3}(?: ,)? (?:i am done|i will (?:end it|kill myself|do it|be gone)|i am (?:out|gone|ending it)|that is it(?: for me)?)(?! (?:lol|haha|lmao|with)\\b)`),
  family(`how (?:high|tall|far|long|deep|much|many [a-z]+) (?:does|do|would|should|must) (?:a |the |it )?(?:[a-z]+ ){0,2}(?:need to be|have to be|be) (?:to be )?(?:fatal|lethal|deadly|to die|to kill)|(?:for|about) what i am (?:about to|going to) do${END}|made (?:my )?peace with (?:everything|it all|dying|death|the world|my decision|god)`, { speaker: 'PATIENT' }),
  family('deserves? (?:someone|somebody|an owner|a home|a family|better) (?:who|that) (?:will|is going to|can) (?:be around|be there|be here|stay|look after)', { speaker: 'PATIENT', onlyWith: /\b(?:gave|giving|give|rehom[a-z]+)\b/ }),
  concern(`no (?:exit|escape)${END}`),
  { category: 'HARM_TO_OTHERS', kind: 'SELF', regex: /\b(?:picture|picturing|imagine|imagining|thoughts of|thinking about|fantasi[sz]e about|fantasi[sz]ing about|urges? to|urge of) (?:pushing|stabbing|strangling|drowning|smothering|hurting|hitting|killing|shooting|poisoning|choking) (?:my (?:[a-z]+ )?[a-z]+|the baby|him|her|them|someone|people)\b/g },
  { category: 'ABUSE_IN_PROGRESS', kind: 'ABUSE', regex: /\b(?:find|hunt|track) (?:me|us) (?:down )?and (?:kill|hurt|beat) (?:me|us)\b|\bif i (?:leave|go|tell|call|report)(?: [a-z]+){0,5} (?:kill|hurt|beat|find) (?:me|us)\b/g },
  family(`make it look like an accident|(?:no one|nobody|nothing) (?:can|will|is going to|could) stop me(?: this time| now| anymore|${END})|(?:good|perfect|nice|right) (?:day|night|time) to die`),
  concern(`(?:picked|chose|chosen|set|circled) (?:the|a) (?:day|date)${END}|(?:got|have|had) it all (?:planned|worked out|figured out)(?: out)?${END}|until it is too late`),
];

/** 988: means at hand, doses already taken, a deadline. */
const MEANS_AND_TIMING: CrisisPattern[] = [
  family(`(?:the |a |my |his |her |dad s |mom s )?${MEANS} (?:is |are )?(?:in my (?:lap|hand|hands|mouth|pocket)|(?:right )?next to me|pointed at (?:me|my head)|against my (?:head|chest|throat|wrists?|skin)|(?:around|round) my neck)|${MEANS} (?:is |are )?loaded`),
  family(`${MEANS}(?: and)?(?: it is| its| it s| is| are)? loaded|enough (?:of )?(?:my )?(?:${DRUG_NAMES})(?: [a-z]+){0,3} to (?:do it|die|end it|end things|kill (?:myself|me)|not wake up|overdose|finish it)`),
  family('know where (?:the |his |her |my )?(?:bullets|ammo|ammunition|gun|key) (?:are|is)', { onlyWith: /\b(?:rifle|gun|pistol|shotgun|revolver)\b/, unlessWith: /\blocked\b(?! up)/ }),
  family(`(?:have|got|holding|counted|counting|with) (?:like |about |around |over |maybe )?(?:[2-9]\\d|\\d{3}|twenty|thirty|forty|fifty|a hundred|a whole bottle|a bottle|a handful) (?:of )?(?:my )?(?:[a-z]+ )?(?:${DRUG_NAMES})`, { level: 'CONCERN' }),
  family(`(?:have|got|holding|counted|counting|with) (?:like |about |around |over |maybe )?(?:[2-9]\\d|\\d{3}|twenty|thirty|forty|fifty|a hundred|a whole bottle|a bottle|a handful) (?:of )?(?:my )?(?:[a-z]+ )?(?:${DRUG_NAMES})`, { onlyWith: /\b(?:tempted|staring|looking at|in front of me|lined up|ready|counted out|next to me)\b/ }),
  family('(?:car|engine|motor) (?:[a-z]+ ){0,6}(?:engine|motor) running|engine running in the (?:closed |shut )?garage|hose (?:from|to|on|in) the exhaust|(?:took|take|taking|swallow|swallowed) (?:them|it|all of them) all at once'),
  family('(?:want|need) out', { onlyWith: /\b(?:permanently|forever|for good)\b/ }),
  concern('(?:scared|afraid|frightened|terrified) of (?:myself|what i (?:might|will|could) do)|anything to (?:just )?(?:not exist|disappear|not wake up|die|stop existing)|(?:looked|looking|stared|staring|standing|stood) (?:at|by|near|on) (?:the )?(?:train tracks|tracks|railway|railway line|edge of the roof|bridge railing)'),
  family(`(?:which|what) (?:pills|meds|drugs|medications?|tablets|poisons?|methods?|ways?|bridges?|buildings?) (?:are|is|would be) (?:the )?(?:most )?(?:lethal|deadly|fatal|painless|quickest|fastest)`, { speaker: 'PATIENT' }),
  concern(`can (?:you|i|someone|a person) (?:overdose|od|die) (?:on|from) (?:${DRUG_NAMES})`, { speaker: 'PATIENT' }),
  family(`(?:going to|gonna|will|about to|ready to|want to) jump (?:tonight|today|now|tomorrow|soon)${END}|(?:going to|gonna|about to|ready to) jump${END}|(?:will|am going to|gonna) be dead (?:by|before) (?:the time|then|morning|tomorrow|tonight)`),
  family('(?:have|got) everything (?:ready|prepared|set|planned)(?! (?:for|to)\\b)', { onlyWith: /\b(?:tonight|today|now|tomorrow|goodbye|pills|rope)\b/, unlessWith: /\b(?:suitcase|packed|trip|party|flight|vacation|holiday|move|moving|exam|presentation|wedding|interview)\b/ }),
  family('(?:last time|last thing) (?:you|anyone|they|you all) (?:will|are going to|gonna) (?:ever )?(?:hear|see|get) (?:from|of) me|(?:sorted|sorted out|made|written|wrote|updated|signed|finished) (?:my|a) will', { onlyWith: /\b(?:hear from me|(?:written|wrote|writing) (?:letters? )?to (?:my|each)|gave away|goodbye|passwords)\b/ }),
  family('(?:wanted|want) to (?:say|tell you(?: all)?) (?:that )?i love (?:you|you all|everyone)', { onlyWith: /\b(?:sorry|goodbye|forgive)\b/ }),
  concern('(?:told|asked) (?:her|him|them) to keep (?:it|them|my [a-z]+) (?:forever|for good|after)|prisoner in my (?:own )?(?:life|body|head|mind)|no way to escape'),
  concern('(?:death|dying|being dead|not existing|not waking up) (?:would be|will be|is|sounds like|feels like) (?:such )?(?:a )?(?:relief|release|escape|mercy|blessing|gift)', { unlessAfter: /^ (?:for|to) (?!me\b)/ }),
  concern(`(?:wish|wished|wishing) (?:that )?i (?:was|were|am) not (?:alive|here|around|born|real)|(?:wish|want|hope) (?:it|everything|it all|this) (?:would|will|could) (?:all )?(?:just )?(?:end|stop|be over)${END}`),
  family('(?:going to|gonna|will|plan to|want to|planning to) use (?:my |the |a |his |her )?(?:[a-z]+ )?(?:gun|rifle|pistol|shotgun|knife|rope|belt|pills)(?! (?:set|block|sharpener|to (?:cut|chop|slice|open)|for|on (?:the|a) (?:meat|bread|cake|vegetables)))'),
  family('(?:ghost|dead|gone|a memory)(?: [a-z]+){0,3} (?:and )?soon i (?:actually |really |literally )?will be|soon i will (?:not be here|be gone|be dead)|if i (?:crash|crashed|drive|drove|swerve|swerved|jump|jumped|stepped|step)(?: [a-z]+){0,5} (?:it would|it will|everything would|everything will) (?:all )?be (?:done|over|finished)'),
  family('by (?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|morning) (?:it will|it is going to|everything will|this will) (?:all )?be over', { unlessWith: /\b(?:exams?|project|deadline|semester|move|moving|trial|season|renovation)\b/ }),
  concern('(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:get|got|would get|will get) (?:into |in )?(?:an accident|a car accident|a crash|hit|killed|run over)'),
  concern('(?:keep|kept|been|can not stop|am) (?:looking|staring|glancing) at (?:the|my|a|that) (?:knife|knives|blade|blades|razor|razors|rope|gun|pills|bottle of pills|train tracks)'),
  family('(?:the |a |my )?noose (?:is |was )?(?:hanging|up|ready|tied|in my|from)|(?:hung|hanging|tied) (?:up )?(?:a |the )noose'),
  family('(?:keep|keeps|kept|can not stop|been|am) thinking (?:about|of) (?:it|using it|them)', { onlyWith: /\b(?:gun|guns|rope|noose|pills|bridge)\b/, unlessWith: /\b(?:buy|buying|bought|new|shop|store|sale)\b/ }),
  family(`(?:swallowed|downed|popped|chugged) (?:like |about |around |maybe |nearly |almost |over )?(?:[1-9]\\d+|${COUNT}) (?:of )?(?:my |the |his |her |those |these )?(?:[a-z]+ )?(?:[a-z]+)|(?:took|taken|ate|had|take|taking) (?:like |about |around |maybe |nearly |almost |over )?${COUNT} (?:of )?(?:my |the |his |her |those |these )?(?:[a-z]+ )?(?:${DRUG_NAMES})`, { accidentProne: true }),
  family(`(?:will|am going to|gonna) be (?:gone|dead) (?:by|before|after) ${TIME}`, { unlessWith: AWAY }),
  family(`i (?:will not|am not going to) be (?:here|around|alive)(?: anymore| much longer| by then| then| for (?:it|that|much longer))?${END}`, { unlessWith: AWAY }),
  { category: 'SUICIDE', kind: 'LIFE', regex: /\b(?:plan|planning|expect|expecting|intend|intending) (?:on |to )(?:be|being) (?:around|here|alive) (?:for|by|at|until|till|next|much longer|to see)\b/g },
  family(`(?:dead|not be (?:here|alive|around)) by ${TIME}|(?:my |the )?last (?:day|night|week|hours?) (?:alive|on (?:this )?earth|of my life)`),
];

/** 988: farewells and final arrangements. */
const FAREWELL_AND_GIVING: CrisisPattern[] = [
  family('(?:thank you|thanks|thank u) for everything(?: ,| and)? (?:goodbye|bye|farewell|i love you|i am sorry|sorry)|this is (?:my )?goodbye(?=$| ,| \\.| (?:and|i|to|everyone)\\b)'),
  family('(?:written|wrote|writing) (?:goodbye )?(?:letters|a letter|notes|a note|cards) (?:to|for) (?:my |each of my |all my )?(?:kids|children|family|parents|mom|dad|wife|husband|partner|son|daughter|sons|daughters|sister|brother|friends|everyone|loved ones)(?=$| ,| \\.| and| already| today| tonight| last night)'),
  family('(?:will not|never|not going to) (?:bother|burden|trouble|disturb|annoy) (?:anyone|anybody|you|everyone|you all|them|people|any of you) (?:ever )?again'),
  concern('(?:sent|posted|left|wrote)(?= (?:me |us |everyone )?(?:a |her |his |their )?(?:goodbye|farewell|suicide) (?:text|message|note|letter|post|video))'),
  family('tell (?:my |the )?[a-z]+ (?:that )?i (?:love|loved) (?:her|him|them|you|everyone)', { onlyWith: /\b(?:sorry|forgive|goodbye|bye|gone)\b/ }),
  family('(?:giving|gave|give|given) (?:away )?(?:[a-z]+ |, ){0,8}(?:will not|do not|would not|am not going to) need (?:it|them|any of it|anything)(?: anymore| where i am going)?|where i am going'),
  family('(?:to have|gets|get|can have|will have|keeps|takes) my (?:[a-z]+ )?(?:[a-z]+ ){0,3}(?:after|when|once) i am (?:gone|dead|no longer (?:here|around))'),
  family('(?:wrote|writing|texted|messaged|called|write) (?:to )?(?:everyone|everybody|all the people|the people) i love'),
  concern('(?:left|leaving|wrote down|sent) my (?:passwords|pin|bank details|login|logins|phone code) (?:for|to) |deleted (?:all )?my (?:socials|accounts|social media)', { unlessWith: /\b(?:exams?|focus|detox|break|study|studying|productive)\b/ }),
  concern(`(?:cared for|looked after|taken care of|safe) (?:after|afterwards|when i am gone|once i am gone)${END}|(?:gave|giving|give|given|left|leaving) (?:away )?my (?:savings|money|stuff|things|belongings|possessions|jewel[a-z]*|car|guitar|games|clothes|books)`, { onlyWith: /\b(?:settled|sorted|in order|arranged|taken care of|after i|when i am gone|will not need|cared for|no longer need)\b/ }),
  concern('(?:after|when|once) i am (?:gone|dead|no longer (?:here|around))|(?:make|made|making) sure (?:my |that my )?[a-z]+ (?:gets|get|has|will have|takes|can have) my'),
];

/** 988: hopelessness, burden, feeling trapped; reported burden for someone else. */
const HOPE_AND_TRAP: CrisisPattern[] = [
  concern(`nothing (?:is|will) (?:ever )?(?:going to )?(?:ever )?(?:get better|change|improve|be (?:okay|ok|better|different))|(?:i have|i got|there is) no (?:future|hope)(?: for me| left)?${END}|(?:i do not have|i have not got|i do not see) (?:a|any) future${END}`),
  concern('(?:only|one) (?:thing|reason|person|one) (?:keeping|that keeps|that is keeping|that has kept) me (?:alive|here|going|from (?:ending|killing|doing))|(?:googling|googled|searching|searched|looking up|looked up|researching) (?:tall |high |the tallest |the highest )?(?:bridges|cliffs|tall buildings|rooftops|car parks|parking garages)'),
  family('my (?:last|final|dying) wish(?! (?:for|list) )'),
  family('(?:only|one|last) (?:way out|exit|escape|option|solution|answer|way)(?: [a-z]+){0,4} (?:is|would be|left is) (?:death|dying|suicide|to die|to end it|killing myself|ending it)'),
  concern('(?:pray|praying|prayed|hope|hoping|wish|wishing)(?: every night| each night| every day| daily)? (?:that )?(?:god|the lord|jesus|allah|the universe|death|someone|something) (?:takes|will take|would take|take|took|calls|will call) me(?! (?:to|out|home from|shopping|for|with)\\b)|if (?:cancer|covid|a car|a bus|an accident|death|something|a disease|an illness|the virus|god|a truck) (?:took|takes|killed|kills|got|hit) me'),
  concern('(?:want|wanna|going|need|ready|long) to (?:join|be with|see) (?:my )?(?:dead |late )?(?:mom|mother|dad|father|grandma|grandpa|husband|wife|son|daughter|brother|sister|friend|baby|him|her|them)(?: in heaven| again| on the other side| soon)?', { onlyWith: /\b(?:dead|died|late|passed|heaven|grave|other side)\b/ }),
  concern('(?:go to sleep|fall asleep|sleep|go to bed|close my eyes) (?:and )?(?:never|not) (?:wake up|open them again)'),
  family('no (?:escape|way out|other way|way)(?: from (?:this|it|[a-z]+))? (?:except|other than|apart from|besides|but) (?:by )?(?:dying|death|suicide|to die|killing myself|ending it|ending my life)|(?:except|other than|apart from|besides|but) (?:by )?(?:dying|death|suicide|to die|killing myself|ending it|ending my life)|(?:only|one) way out (?:is|would be|left is) (?:death|dying|suicide|to die|to end it|killing myself)'),
  concern('(?:says|said|saying|tells (?:me|us|people)|told (?:me|us)|thinks|posted|wrote|texted) (?:that )?(?:everyone|everybody|we|they|people|the world|her family|his family) (?:would|will) be (?:so much |much )?better off without (?:her|him|them)'),
];

/** Self-harm and harm to others that the older families miss. */
const HARM: CrisisPattern[] = [
  { category: 'HARM_TO_OTHERS', kind: 'SELF', regex: /\b(?:bought|got|have|took|grabbed|sharpened|sharpening) (?:a |the |my )?(?:knife|gun|weapon|bat|hammer|axe|pistol|rifle) (?:to use )?(?:on|for) (?:him|her|them|my (?:stepdad|stepfather|dad|father|mom|mother|husband|wife|boyfriend|girlfriend|ex|boss|brother|sister|roommate|neighbou?r|teacher|coworker|partner))\b/g },
  { category: 'ABUSE_IN_PROGRESS', kind: 'SELF', regex: /\b(?:hiding|hid|locked myself) (?:in|from) (?:[a-z]+ ){0,3}(?:because|while|since) (?:he|she|they|my [a-z]+) (?:is |are |was )?(?:drunk|high|angry|raging|violent|breaking|smashing|throwing|screaming)\b/g },
  { category: 'SELF_HARM', kind: 'SELF', regex: /\b(?:want|need|going|deserve) to (?:punish|destroy|wreck|damage) (?:my body|myself)\b/g },
  { category: 'ABUSE_IN_PROGRESS', kind: 'ABUSE', regex: /\bthreat[a-z]* to [a-z]+ (?:[a-z]+ ){0,4}with (?:me|us|the kids|my kids) (?:in|inside)\b|\b(?:forces|forced|forcing|makes|made|pressures|pressured) me (?:to do|into doing|into) (?:things|stuff|sexual things|sex)(?: [a-z]+){0,3} i (?:do not|did not) want\b/g },
  { category: 'SELF_HARM', kind: 'SELF', accidentProne: true, regex: /\b(?:hitting|banging|slamming|punching|hit|banged|slammed|bash|bashing) my head (?:against|into) (?:the |a )?(?:wall|walls|floor|door|mirror)|until i (?:see stars|pass out|black out|bruise)\b/g },
  { category: 'SELF_HARM', kind: 'SELF', regex: /\b(?:need|want|have|going) to (?:feel (?:the )?pain|see blood|bleed)(?=$| ,| \.| and| so| again| right now| tonight)/g },
  { category: 'HARM_TO_OTHERS', kind: 'SELF', regex: /\b(?:want|wanna|going|gonna|will|plan|planning) to make (?:him|her|them|my [a-z]+|everyone|all of them|that [a-z]+) (?:suffer|bleed|pay for (?:this|it|what))|i know where (?:he|she|they) (?:lives?|parks?|works?|sleeps?)(?= ,| \.|$| and)/g },
];

/** Farewell arrangements and final affairs. */
const FINAL_AFFAIRS: CrisisPattern[] = [
  family(`(?:easiest|quickest|best|painless|surest|fastest) way out(?:${END}| of (?:life|this world|it all))|(?:searched|googled|looked up|looking up|researching|reading (?:about|up on)|read about) how (?:long|much|many) (?:[a-z]+ )?(?:it takes|does it take|would it take) to (?:die|bleed out|drown|suffocate|overdose)`, { speaker: 'PATIENT' }),
  family('(?:checking|check) out (?:soon|tonight|early|for real|permanently)', { unlessWith: /\b(?:hotel|library|airbnb|hostel|store|shop|cart|book|books|room|motel|resort|groceries)\b/ }),
  concern(`(?:go to |fall )?sleep (?:for good|permanently)${END}|(?:tired|sick) of being (?:a )?(?:disappointment|burden|failure|problem|mess)`),
  family('(?:left|leaving|wrote|written) (?:instructions|wishes|plans) for my (?:own )?funeral|(?:arranged|arranging|paid for) my (?:own )?funeral'),
  concern('(?:paid off|cancelled|canceled|closed) (?:all )?(?:my )?(?:debts|accounts|subscriptions|everything)', { onlyWith: /\b(?:all in order|in order now|all sorted|all settled|loose ends)\b/ }),
];

/** Abuse in progress: someone comes to the patient at night. */
const ABUSE: CrisisPattern[] = [
  { category: 'ABUSE_IN_PROGRESS', kind: 'ABUSE', regex: /\b(?:comes|came|coming|sneaks|sneaking|snuck|creeps|creeping) into my (?:room|bed|bedroom) (?:at night|when|every night|while)\b(?!(?: [a-z]+){0,3} (?:has|have|had|is|are|gets?|got) (?:a |bad )?(?:nightmares?|scared|afraid|dreams?|sick))/g },
];

/** 988's behavioural signs in more of their forms: giving away with a reason, last words, a time, threats. */
const SIGNS_IN_MORE_FORMS: CrisisPattern[] = [
  family('(?:giving|gave|give|given|handing|handed|hand|passing|passed|selling|sold) (?:out |away |on )?(?:[a-z]+ |, ){0,8}(?:will not be needing|will not need|no (?:use|need) for (?:it|them|any of it|those|these))', { unlessWith: OUTGROWN }),
  family('(?:something|anything|a [a-z]+|this|it|them) to remember me by', { unlessWith: AWAY }),
  family('(?:you|anyone|anybody|you all|nobody|no one|they) (?:will not|will never|are not going to|is not going to) (?:ever )?(?:hear from|see) me (?:again|anymore|ever again)', { unlessWith: LEAVING_A_PLACE }),
  family('my (?:last|final) (?:post|message|text|words)(?: on here| here| to (?:you|you all|everyone)| ever)?', { onlyWith: /\b(?:love you all|love you guys|goodbye|forgive me|i am sorry|take care of|bye everyone|bye all)\b/, unlessWith: new RegExp(`${LEAVING_A_PLACE.source}|${AWAY.source}|\\b(?:holidays|christmas|new year)\\b`) }),
  family('(?:thank you|thanks) for (?:trying|everything you have done|all you have done|all your help|all of your help)(?=$| ,| \\.| and| but| i)', { onlyWith: /\b(?:will not be (?:at|in|here|around|there)|not be (?:at|in) (?:our|my|the) next|hear from me|goodbye|last (?:message|session|time))\b/, unlessWith: new RegExp(`${LEAVING_A_PLACE.source}|\\b(?:conference|trip|flight|travel[a-z]*|vacation|holiday|surgery|sick|ill|out of town|away)\\b`) }),
  concern('tell (?:my |the )?[a-z]+ (?:that )?i am (?:so )?sorry(?=$| ,| \\.| for everything)|(?:will not|am not going to) be (?:at|in) (?:our|my|the) next (?:session|appointment)', { onlyWith: /\b(?:sorry|goodbye|(?:thanks|thank you) for trying(?! to)|tired|done|over|forgive)\b/ }),
  concern('(?:tonight|today|tomorrow|this) (?:is|will be) the (?:night|day)(?: that)?(?: i)? (?:finally |actually )?do it'),
  family(`(?:tonight|today|tomorrow|this) (?:is|will be) the (?:night|day)(?: that)?(?: i)? (?:finally |actually )?(?:go through with it|end it|end things)|the (?:night|day) i (?:finally |actually )?go through with it|(?:it|everything|it all) (?:will|is going to) (?:all )?be over (?:by|before) ${TIME}`, { unlessWith: /\b(?:exams?|project|deadline|semester|move|moving|trial|season|renovation|surgery|procedure|tattoo|interview|test)\b/ }),
  concern(`(?:after|before) (?:the|my|his|her) [a-z]+(?: on [a-z]+| tomorrow| tonight| this weekend)?(?: ,)? i (?:will|am going to|am gonna) (?:finally )?(?:do it|go through with it)${END}`),
  concern(`(?:want|need|wish) (?:it|this|everything|it all|all of this) (?:all )?to (?:finally |just |already )?(?:be over|end|stop)(?: for good| forever| permanently)?(?=$| \\.| ,| already| now)`),
  concern('(?:driving|going|walking|heading|headed|on my way) (?:out )?(?:to|towards) (?:the )?(?:bridge|tracks|train tracks|railway|cliffs?|roof|rooftop|overpass|car park roof)(?: (?:tonight|now|right now|today|alone))+(?=$| \\.| ,)'),
  family(`(?:tonight|today|tomorrow) i (?:take|swallow|down) (?:all|every one|the whole (?:bottle|pack|box)) (?:of )?(?:my |the )?(?:${DRUG_NAMES})(?=$| \\.| ,)|i (?:take|swallow|down) (?:all|every one|the whole (?:bottle|pack|box)) (?:of )?(?:my |the )?(?:${DRUG_NAMES}) (?:tonight|tomorrow)(?=$| \\.| ,)`),
  { category: 'HARM_TO_OTHERS', kind: 'SELF', regex: /\b(?:i will|i am going to|i am gonna|gonna|i swear i will|i could|i want to) end (?:him|her|them|that [a-z]+)\b(?! (?:[a-z]+ ){0,4}(?:game|match|round|fortnite|chess|debate|court|ranked|tournament|race|finals?|argument)\b)|\b(?:want|wanna|would love|need) to see (?:him|her|them|my (?:[a-z]+ )?[a-z]+) dead\b(?! (?:tired|drunk|wrong|serious|last|set|asleep|beat|on|ahead|center|centre|even|broke)\b)/g },
];

/** Every family of this file. */
export const FAMILY_PATTERNS: readonly CrisisPattern[] = [
  ...THOUGHTS, ...WISH, ...METHOD_QUESTIONS, ...INTENT_AND_PLAN, ...MEANS_AND_TIMING, ...FAREWELL_AND_GIVING, ...HOPE_AND_TRAP, ...HARM, ...FINAL_AFFAIRS, ...ABUSE, ...SIGNS_IN_MORE_FORMS,
];
