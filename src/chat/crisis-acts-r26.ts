/**
 * English families of the r26 session: teen algospeak, stoic older adults, veterans and first responders,
 * British, Australian and Indian English, each with the benign reading kept out by the context that makes it one.
 * - British "top myself" (not "top myself up");
 * - method questions without a word for dying: a height "so the fall is fatal", two methods compared
 *   ("hanging or pills"), whether "the exhaust thing" still works, enough "to stop my breathing", a noose's knot;
 * - means: a gun loaded in front of one (not at the range or for the season), means named with a coy
 *   "if you catch my meaning";
 * - timing: "that's the day I go" / "that's when it happens" with no event it could stand for;
 * - preparation: things "in order for after", a tidy home "so nobody has a mess to deal with after", a
 *   scheduled message that "explains everything" with "by then it'll be done";
 * - euphemistic exits: "the forever nap", "the eternal sleep";
 * - self-harm: banging one's head until one sees stars, scratching until one bleeds (not an itch), urges to s/h;
 * - harm to others: "end my brother" with a time or "not joking", a knife brought in a bag, "get what's coming"
 *   next to watching when someone leaves;
 * - abuse now: a parent hitting the other "again" / "right now", a carer who has not fed one for days;
 * - overdose done: a whole week's or month's pills at once, a whole insulin pen emptied;
 * - CONCERN: "God take me now" prayed every night, ready to go "the sooner the better", never going to beat
 *   this, no reason to keep trying, a child "deserves a better mum than me", "can't do another week" of pain,
 *   "anything to make it stop", the end of what one can bear, giving rejecting parents "what they want";
 * - reports: someone in a live stream or a friend who said they will sleep and not wake up (concern for others).
 * Second pass, so the rules alone read what only the learned layer caught:
 * - an overdose told ("took all of them … what happens now", "already took them. it's done"), s/h done again, a wound
 *   "deeper than usual" or needing stitches next to self-harm words (not a kitchen accident), the blade in hand on the bathroom floor;
 * - farewell lines ("you tried. goodbye", "sorry I wasn't stronger" with "love you all"), things given so someone "should have
 *   them after", "open after I'm gone", "doesn't matter after this month" next to giving everything away;
 * - a place picked and scouted ("drove past it twice"), "and not come back down", the note written next to "bought what I need",
 *   practising with a belt "I know it works now", past the policy's suicide clause;
 * - harm and abuse: going round with a bat (not to cricket nets), a stepfather coming into one's room at night, children driven
 *   off by a drunk partner who says one will never see them again;
 * - CONCERN: wishing the cancer would hurry up, not turning the wheel, "don't want to be a live" (dictated), wishing not to wake,
 *   what's the point of any of it, nothing left for me, drowning with no shore;
 * - someone else's risk: giving away his things and "made his peace", "she cut again", "she'll be with Dad soon" and not eating,
 *   "keep using until he's dead", scratches explained away, tablets kept back "for when the time comes".
 * The CONCERN and reported-speech families are in crisis-acts-r26-concern.ts.
 * Read by crisis.ts like the other English act families (negation, subject, time frame).
 */
import { rule, type CrisisPattern } from './crisis-patterns';
import { OTHERS_MORE, OTHERS_REPORTED, sign, WEARY_MORE, WEARY_SAID } from './crisis-acts-r26-concern';

const REFLEXIVE = '(?:myself|my self|meself|himself|herself|themselves|themself|yourself)';
// Lethal methods named in a comparison ("hanging or pills").
const METHOD = '(?:hanging|jumping|drowning|shooting|a gun|cutting|slitting|overdosing|an overdose|od|pills|carbon monoxide|the exhaust|exhaust|a train|the train|gassing|helium|a noose)';
const GUN = '(?:gun|pistol|revolver|rifle|shotgun|handgun|firearm|service weapon|service pistol|glock|22)';
// Hunting, a range or a competition explains a loaded gun.
const SPORTING = /\b(?:hunt|hunting|hunter|range|deer|season|duck|ducks|clay|clays|target|targets|competition|club|licen[cs]e|gun safe|pest|pests|rabbits|foxes|feral|roos?)\b/;
const COY = /\b(?:if you catch my (?:meaning|drift)|if you know what i mean|you can work out the rest|you can guess the rest|read between the lines|you get the picture|(?:you know|you can guess|guess) what (?:for|it is for)|for the obvious reason)\b/;
const MEANS = '(?:script|prescription|pills|tablets|meds|sleeping pills|painkillers|gun|handgun|pistol|rope|charcoal|helium)';
// An event the day or the moment could stand for.
const EVENT =
  /\b(?:party|wedding|recital|concert|gig|match|game|launch|exam|exams|test|surgery|operation|appointment|interview|meeting|move|moving|flight|holiday|trip|birthday|graduation|ceremony|service|shopping|payday|pay day|results day|race|marathon|dentist|doctor|haircut|date|weigh in|visit)\b(?! (?:is|was) (?:my|the) last)/;
const PERSON = '(?:brother|sister|dad|father|stepdad|step dad|mum|mom|mother|stepmum|stepmom|boss|supervisor|manager|teacher|bully|bullies|husband|wife|ex|boyfriend|girlfriend|neighbou?r|cousin|uncle|roommate|flatmate|coworker|colleague)';
const GAMES = /\b(?:game|games|gaming|fortnite|fifa|chess|cod|call of duty|minecraft|roblox|valorant|mario kart|smash|match|round|level|ranked|lobby|debate|argument|arm wrestle|board game|monopoly|uno)\b/;
const ITCH = /\b(?:eczema|itch|itchy|itching|bites?|rash|hives|psoriasis|chickenpox|chicken pox|mosquito|mozzie|allerg[a-z]*|dermatitis|scabies|sunburn|healing tattoo)\b/;
const KIN = '(?:mum|mom|mother|ma|dad|father|stepdad|step dad|sister|brother|nan|gran|grandma|grandad|little brother|little sister|baby brother|baby sister)';

/** British "top myself"; euphemistic exits: the forever nap. */
const SAID_SLANG: CrisisPattern[] = [
  rule('SUICIDE', 'SELF', `(?:top|tops|topping|topped) ${REFLEXIVE}`, { unlessAfter: /^ (?:up|off|with|from|again with)\b/ }),
  sign('(?:take|taking|took|time for|ready for|going to take|gonna take|off to take|having) (?:the|a|my) (?:forever|eternal|permanent|endless|dirt) (?:nap|sleep|snooze|rest)|(?:forever|eternal|permanent) (?:nap|snooze) (?:time|now|tonight)', {
    speaker: 'PATIENT',
    unlessAfter: /^ (?:of (?:the|a) (?:dog|cat|baby)|scene|movie|film|book|song)\b/,
  }),
  sign(`(?:eat|eating|ate|eaten|suck|sucking|swallow|swallowing) (?:my|a|the|his|her) (?:gun|pistol|revolver|shotgun|service weapon|bullet|barrel)`, { speaker: 'PATIENT' }),
];

/** Method questions with no word for dying in them. */
const METHOD_ASKED: CrisisPattern[] = [
  sign('how (?:high|tall|far)(?: [a-z]+){0,8} (?:for|so|so that|that|before|until)(?: the| a)? (?:fall|drop|jump|landing)(?: [a-z]+){0,2} (?:is|would be|will be|to be) (?:definitely |certainly |always |guaranteed |surely )?(?:fatal|lethal|deadly|certain death|the end|not survivable|unsurvivable)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:cat|cats|dog|dogs|egg|eggs|phone|drone|parachute|skydiv[a-z]*|bungee|physics|homework|assignment|story|novel|character)\b/,
  }),
  sign(`(?:quicker|faster|less painful|more painless|more reliable|more certain|surer|quickest|fastest|least painful|most reliable|most painless|hurts? less)(?: [a-z]+){0,3} (?:, )?${METHOD} (?:or|vs|versus) ${METHOD}`, {
    speaker: 'PATIENT',
    unlessWith: /\b(?:painting|paintings|pictures|frames|shelves|curtains|plants|laundry|film|editing|hair|pool|diving|essay|study|research|statistics|novel|story)\b/,
  }),
  sign('(?:does|do|would|will|did|is) (?:the |a )?(?:car )?(?:exhaust|hosepipe|hose|tailpipe|charcoal|helium|bag) (?:thing|method|trick|way)(?: still)? (?:work|works|working)', { speaker: 'PATIENT' }),
  sign('enough to (?:stop (?:my |me )?(?:breathing|heart)|make (?:me|my heart) stop|stop my heart)', {
    speaker: 'PATIENT',
    unlessAfter: /^ (?:problems|issues|trouble|difficulties|from)\b/,
  }),
  sign('(?:knot|tie|tying|tied|make|making|rig|rigging)(?: [a-z]+){0,4} (?:a |the |my )?noose|noose (?:knot|that holds|hold)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:halloween|fishing|lure|decoration|decorations|costume|western|cowboy|prop|props|haunted|play|stage|theatre|theater|history)\b/,
  }),
];

/** Means at hand: a loaded gun in front of one; means named with a coy pointer. */
const MEANS_HERE: CrisisPattern[] = [
  sign(`${GUN}(?: [a-z]+){0,2} (?:is |s |are )?(?:cleaned and |out and |sitting )?loaded(?:(?: [a-z]+){0,6} (?:in front of me|next to me|beside me|on my lap|in my hand|on the (?:table|bed|desk))|(?= \\.|$| ,))`, {
    speaker: 'PATIENT',
    unlessWith: SPORTING,
  }),
  sign(`(?:filled|got|picked up|collected|bought|have|stocked up on|saved up) (?:my |a |the |some |all my |enough )?(?:[0-9]+ day |[a-z]+ month |new |full )?${MEANS}`, { speaker: 'PATIENT', onlyWith: COY }),
];

/** A decision announced bare ("I'm going to do it") next to being sure of it; a plan that is a place; no next session, "sorted it myself". */
const DECIDED_BARE: CrisisPattern[] = [
  sign('i am (?:going to|gonna) do it(?= \\.|$| ,)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:(?:one|only) decision i am (?:sure|certain)|decision i am (?:sure|certain) (?:about|of)|made (?:my|the) decision|no (?:going|turning) back|made my peace)\b/,
    unlessWith: /\b(?:quit|quitting|job|marathon|tattoo|move|moving|propos[a-z]*|apply|applying|ask (?:her|him)|surgery|course|degree|haircut|divorce|leave him|leave her|sell|selling|buy|buying|resign|retire|retiring|skydiv[a-z]*|audition|test|exam|speech|wedding|tell (?:her|him|them|my))\b/,
  }),
  sign('(?:my |the )?plan is (?:the|to use the|to go to the) (?:train line|railway line|railway|tracks|train tracks|rail line|bridge|cliff|cliffs|overpass|motorway bridge|quarry|multi storey|car park roof|tower block|river)(?= \\.|$| ,| behind| near| by| at| off| outside)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:walk|walking|picnic|tour|cycle|cycling|ride|photos?|photograph[a-z]*|sightseeing|run|running|route|commute|commuting|model|painting|drawing|survey|repair|inspection|fishing)\b/,
  }),
  sign('will not (?:need|be needing) (?:next week|the next|my next|another|any more|more|next)(?: s)? (?:appointment|appointments|session|sessions)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:sorted it(?: all)?(?: out)? myself|taken care of it(?: myself)?|dealt with it myself|handled it myself|sorting it myself)\b/,
    unlessWith: /\b(?:better|moving|move|new therapist|insurance|sick|holiday|away|discharged|afford|cost|job|work|found|referr[a-z]*|nhs|doctor|gp)\b/,
  }),
];

/** Timing with no event the day could stand for; preparations "for after". */
const TIMED_AND_READY: CrisisPattern[] = [
  sign('that is (?:when|the day|the night) (?:it (?:happens|will happen|is happening|ends)|i (?:go|do it|end it|will go|will do it|check out|leave for good))(?= \\.|$| ,)', {
    speaker: 'PATIENT',
    unlessWith: EVENT,
  }),
  sign('(?:in order|sorted|ready|arranged|taken care of|squared away|tidy|tidied|clean|cleaned) for after(?= \\.|$| ,| i am gone| i go)', { speaker: 'PATIENT' }),
  sign('(?:nobody|no one|nobody else|they|my family|the kids|my kids|mum|mom|dad) (?:has|have|will have|would have|needs? to|will need to|has got|will not have) (?:a mess |anything |nothing |much )?to (?:deal with|clean up|sort out|sort through|clear up)(?: [a-z]+){0,2} after(?= \\.|$| ,| i am gone| i go)', { speaker: 'PATIENT' }),
  sign('by then (?:it will be|it is|it will all be|i will be) (?:done|over|gone|finished)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:explains? everything|explaining everything|scheduled (?:an |a )?(?:email|message|text|post|letter))\b/,
  }),
  sign('(?:early|advance) inheritance', { speaker: 'PATIENT', onlyWith: /\bit is(?= \.|$)|\bit really is\b|\bwill not need (?:it|them)\b/ }),
];

/** Self-harm: head banged until one sees stars, scratching till one bleeds (not an itch), urges to s/h. */
const SELF_HARM_NOW: CrisisPattern[] = [
  rule('SELF_HARM', 'SELF', '(?:bang|banging|banged|hit|hitting|smash|smashing|slam|slamming) my head (?:on|against|into) (?:the |a )?(?:wall|walls|floor|desk|door|table|mirror)(?: [a-z]+){0,2} (?:till|until) (?:i|it) (?:see stars|saw stars|bleed|bled|bruise|bruised|black out|blacked out|pass out|passed out|hurts|cannot think|can not think|went numb|go numb)', {
    speaker: 'PATIENT',
  }),
  rule('SELF_HARM', 'SELF', '(?:scratch|scratching|scratched|pick|picking|picked|dig|digging|claw|clawing)(?: at)?(?: myself| my skin| my arms?| my legs?| my face| my wrists?)?(?: [a-z]+){0,2} (?:till|until) (?:i|it|they) (?:bleed|bleeds|bled)', {
    speaker: 'PATIENT',
    level: 'CONCERN',
    unlessWith: ITCH,
  }),
  rule('SELF_HARM', 'SELF', '(?:urges?|urge|tempted|craving|cravings) (?:to )?(?:s h|sh|self harm|relapse on (?:sh|s h|self harm|cutting)|relapse with (?:sh|s h|self harm|cutting))', { speaker: 'PATIENT', level: 'CONCERN' }),
];

/** Harm to others: "end my brother" meant; a knife brought; "get what's coming" next to watching someone's movements. */
const HARM_MEANT: CrisisPattern[] = [
  rule('HARM_TO_OTHERS', 'SELF', `(?:end|ending|finish|finishing|off|offing) (?:my |that |the |our )?${PERSON}(?= \\.|$| ,| tonight| tomorrow| when| after| for good| once)`, {
    speaker: 'PATIENT',
    onlyWith: /\b(?:not joking|no joke|i am serious|for real|i mean it|had it coming|has had it coming|knife|gun|when (?:he|she|they) gets? home)\b/,
    unlessWith: GAMES,
  }),
  rule('HARM_TO_OTHERS', 'SELF', '(?:use|using|bring|bringing|take|taking|pull|pulling) (?:the |a |my |dad s |my dad s |mum s |my mum s )?(?:knife|knives|blade|machete|gun|pistol|bat|hammer)(?: [a-z]+){0,3} (?:on (?:him|her|them)|tomorrow|to school|to work|to class)|(?:knife|knives|blade|machete|gun|pistol) (?:is |s )?(?:already )?in my (?:bag|backpack|school bag|pocket|locker|blazer|jacket)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:chef|cooking|kitchen|camping|fishing|scout|scouts|whittl[a-z]*|carv[a-z]*|hiking|picnic|food tech|knife skills)\b/,
  }),
  rule('HARM_TO_OTHERS', 'SELF', '(?:is|s|are|will|going to|gonna) (?:going to |gonna )?get what (?:is|s) coming(?: to (?:him|her|them))?', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:clocking|watching|tracking|following|noting|learned|learnt|know|timing) (?:when|where|what time) (?:he|she|they) (?:leaves?|gets? home|arrives?|parks|is alone|walks)\b|\b(?:knife|gun|blade)\b/,
  }),
];

/** Abuse now: a parent hitting the other while one hides; a carer who has not fed one for days. */
const ABUSE_NOW: CrisisPattern[] = [
  rule('ABUSE_IN_PROGRESS', 'SELF', `(?:is|are|s) (?:hitting|beating|hurting|attacking|choking|strangling|punching|kicking|throwing things at) (?:my )?${KIN}(?: again| right now| now| as we speak| downstairs| in the (?:kitchen|next room|other room|living room))`, {
    speaker: 'PATIENT',
  }),
  rule('ABUSE_IN_PROGRESS', 'SELF', '(?:carer|caregiver|care worker|aide|home help|son|daughter|husband|wife|nephew|niece|landlady|landlord) (?:has not|have not|did not|will not|does not|refuses to|won t) (?:fed|feed|given me (?:any )?(?:food|water|my (?:meds|medication|tablets))|let me (?:eat|drink))(?: me)?(?: anything)? (?:in|for) (?:two|three|four|five|six|several|days|[2-9]|[1-9][0-9])', {
    speaker: 'PATIENT',
  }),
];

/** Overdose taken: a whole week's or month's pills at once, a whole insulin pen emptied. */
const DOSE_TAKEN: CrisisPattern[] = [
  sign('(?:took|taken|swallowed|downed|popped) (?:my |the |a )?(?:whole|entire|full) (?:week|month|fortnight|bottle|box|pack|packet|strip|supply|prescription|script)(?: s)?(?: worth)?(?: of)?(?: my)?(?: pills| meds| tablets| medication| insulin| painkillers)? (?:at once|in one go|all at once|together|at the same time)', { speaker: 'PATIENT' }),
  sign('(?:emptied|injected|used|shot|pumped) (?:my |the |a )?(?:whole|entire|full) (?:insulin )?(?:pen|vial|syringe|cartridge)(?: of insulin)?', {
    speaker: 'PATIENT',
    unlessAfter: /^ (?:into|in) (?:the|a) (?:bin|sharps|sink|container)\b|^ (?:and|,) (?:got|had) a (?:new|fresh|replacement)\b/,
  }),
];

// r26 rules-alone pass: what makes a told overdose a report of one taken.
const DOSE_TOLD = /\b(?:just so (?:someone|somebody|you) knows|so (?:someone|somebody) knows|on purpose|it is done|its done|what happens now|wanted (?:you|u|someone) to know|heart is going|feeling (?:weird|sleepy|dizzy|funny|strange)|can not feel)\b/;
const FOOD_AND_THINGS = /\b(?:cookies|cake|chocolate|sweets|candy|biscuits|photos|pictures|shots of|exams|classes|pizza|vitamins|gummies|samples)\b/;
const ACCIDENT = /\b(?:kitchen|knife slipped|slipped|fell|fall|dog bit|bit me|accident|accidentally|cooking|chopping|glass broke|broken glass|shaving|work|fence|bike|garden|nail)\b/;

/** A told overdose; self-harm done and bad; farewell lines; things given "for after"; a place picked and scouted; the note written. */
const TOLD_AND_DONE: CrisisPattern[] = [
  sign('(?:took|taken|swallowed|downed|used) (?:all of them|them all|all of it|the lot|everything i had|what was left of (?:my |the )?[a-z]+|way more than (?:i ever|ever|usual|i usually)|the whole lot)|already (?:took|taken|swallowed|downed) (?:them|it|the pills|the tablets)', {
    speaker: 'PATIENT',
    onlyWith: DOSE_TOLD,
    unlessWith: FOOD_AND_THINGS,
  }),
  rule('SELF_HARM', 'SELF', '(?:did|done|doing) (?:s h|sh|self harm)(?: again| just now| tonight| today)', { speaker: 'PATIENT' }),
  rule('SELF_HARM', 'SELF', 'deeper than (?:usual|before|ever|normal|last time)|(?:think it|it|they|might) (?:needs?|need) stitches|blood everywhere|(?:will not|can not) stop (?:the )?bleeding', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:s h|sh|cutting|relapsed|relapse|blade|razor|self harm|cut myself|cut again)\b/,
    unlessWith: ACCIDENT,
  }),
  rule('SELF_HARM', 'SELF', 'with (?:the|a|my) (?:blade|razor|razor blade|scissors|lighter|knife)(?: in my hand)? (?:right now|now|rn|in my hand)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:bathroom|bedroom|floor|locked|in bed|my room)\b/,
    unlessWith: /\b(?:cook[a-z]*|chopp[a-z]*|onions?|vegetables|carv[a-z]*|craft[a-z]*|shav[a-z]*|haircut|trim[a-z]*|fringe|opening|box|parcel)\b/,
  }),
  sign('goodbye(?= \\.|$)|bye(?= \\.|$)', { speaker: 'PATIENT', onlyWith: /\b(?:you tried|(?:do not|dont) have anyone else to say (?:bye|goodbye) to|no one else to say (?:bye|goodbye) to|sorry i (?:was not|could not be) stronger)\b/ }),
  sign('sorry i (?:was not|could not be|am not|was never) (?:stronger|strong enough)|this is where it ends for me', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:love you all|goodbye|this is where it ends|sorry i (?:was not|could not be) stronger|forgive me|tell (?:them|mum|mom|dad) i)\b/,
    unlessWith: /\b(?:football|rugby|career|season|team|club|tournament|competition|race|league|job|course|show|series|contract)\b/,
  }),
  sign('(?:someone|somebody|they|people) (?:should|can|might as well) have (?:them|it) after(?= \\.|$| ,)|after i am gone', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:gave away|giving away|given away|boxed up|will not be long now|not long now|figured)\b/,
    unlessWith: /\b(?:(?:my|a|the|your|her|his) will|wills|solicitor|estate planning|funeral plan|moving|downsiz[a-z]*|care home)\b/,
  }),
  sign('(?:does not|will not) matter after (?:this|next) (?:month|week|weekend|friday|saturday|sunday|year)', { speaker: 'PATIENT', onlyWith: /\b(?:free|gave away|giving away|listing|selling everything|all of it)\b/ }),
  sign('(?:picked|chosen|chose|found|scouted) (?:the|a|my) (?:bridge|spot|place|cliff|building|car park|overpass|tree|beam|location|tracks)(?= \\.|$| ,)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:drove past|drive past|walked past|checked (?:where|how|the)|twice|scouted|nobody (?:will|would) (?:see|find)|where to park|how high|no fence|low fence)\b/,
    unlessWith: /\b(?:picnic|wedding|photo|photos|proposal|propose|camping|fishing|party|shoot|venue|date)\b/,
  }),
  sign('(?:and|to) (?:not|never) come back(?: down| home| up| out)?(?= \\.|$| ,)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:lol|haha|holiday|vacation|bali|beach|trip|abroad|lottery|win|retire|move|moving|job|emigrat[a-z]*|cat|dog|ex)\b/,
  }),
  sign('(?:wrote|written|writing|left) (?:the|my) note(?= \\.|$| ,)', { speaker: 'PATIENT', onlyWith: /\b(?:bought what i need|got what i need|researched|just waiting|waiting now|it is time)\b/ }),
  sign('(?:practi[cs]ing|practi[cs]ed|tested|testing|tried) (?:it )?with (?:the|a|my) (?:belt|rope|cord|ligature|scarf|cable|dog lead)', {
    speaker: 'PATIENT',
    onlyWith: /\bi know it (?:works|will work|holds)|\bit works now\b|\bit holds\b/,
    unlessWith: /\b(?:climb[a-z]*|knots?|sail[a-z]*|boat|karate|grading|judo|taekwondo|yoga|stretch[a-z]*|resistance|gym)\b/,
  }),
  sign('(?:past|passed|beyond|outside|clear of) the (?:[a-z0-9]+ year )?suicide (?:clause|exclusion|period)', { speaker: 'PATIENT' }),
];

/** Harm to others: going round with a bat; abuse: someone coming into one's room at night, children taken by a drunk partner. */
const HARM_AND_ABUSE_MORE: CrisisPattern[] = [
  rule('HARM_TO_OTHERS', 'SELF', '(?:going|go|coming|heading|driving) (?:(?:round|over|there)(?: to (?:his|her|their) (?:place|house|flat))?|to (?:his|her|their) (?:place|house|flat)) with (?:the|a|my) (?:bat|baseball bat|knife|gun|hammer|crowbar|machete|golf club|axe)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:cricket|baseball|softball|practice|game|training|match|nets|diy|fix|repair|shelves|garden)\b/,
  }),
  rule('ABUSE_IN_PROGRESS', 'SELF', '(?:step ?dad|stepfather|dad|father|uncle|brother|cousin|grandad|grandpa|mum s boyfriend|mom s boyfriend|mums boyfriend|moms boyfriend|lodger|coach|he) (?:keeps|kept|has been|is|was|always) (?:coming|comes|getting|gets) (?:in|into) my (?:room|bed|bedroom)(?: [a-z]+){0,2} (?:at night|when)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:dog|cat|puppy|kitten|nightmares?|scared of the dark|toddler|baby|sleepwalk[a-z]*)\b/,
  }),
  rule('ABUSE_IN_PROGRESS', 'SELF', 'says i will never see (?:them|the kids|my kids|my children|my son|my daughter|the children|my baby) again', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:drinking|drunk|pulled off|drove off|in the car|took (?:them|the kids)|grabbed)\b/,
  }),
];

export const R26_ACT_PATTERNS: readonly CrisisPattern[] = [
  ...SAID_SLANG,
  ...METHOD_ASKED,
  ...MEANS_HERE,
  ...DECIDED_BARE,
  ...TIMED_AND_READY,
  ...SELF_HARM_NOW,
  ...HARM_MEANT,
  ...ABUSE_NOW,
  ...DOSE_TAKEN,
  ...WEARY_SAID,
  ...OTHERS_REPORTED,
  ...TOLD_AND_DONE,
  ...HARM_AND_ABUSE_MORE,
  ...WEARY_MORE,
  ...OTHERS_MORE,
];
