/**
 * CONCERN families of the r29c session (C-SSRS items 1 and 2, 988's hopelessness, trapped and burden signs) and the
 * abuse it found, in the English of second-language writers, older adults and veterans:
 * - a passive wish: not minding if God "take me tonight", "just waiting to die", praying every night not to wake up, a survivor's wish
 *   "it was me that didn't come home";
 * - thoughts of death: thinking about death all day, one's own funeral playing "like a movie";
 * - hopelessness, burden, trapped, pain: "only burden for my children", "if I die they get the insurance", wanting to go
 *   "where my baby is", sitting and "waiting for what I don't know", "better they forget they have a
 *   son", "in a cage", can't go home and can't stay, grief like drowning, not wanting to feel anything anymore;
 * - intrusive urges (turning the wheel near the canal, stepping forward on the platform) and plain hopelessness ("no
 *   point to wake up", "what is the use of my life", "no future for me", "why I am still alive", nobody would notice);
 * - blades bought and kept because having them "feels calming";
 * - someone else's risk, read as theirs by the subject: things given away with "I know what that means", wanting to
 *   "go to God" and not eating, going off the scaffold "head first", a goodbye "like forever", a search for how many
 *   tablets are lethal;
 * - abuse now: pushed to the floor or hurt every day, touched with "don't tell", locked in the room or the house, a passport taken, acid threatened.
 * Exported to crisis-acts-r29.ts.
 */
import { rule, type CrisisPattern } from './crisis-patterns';
import { concern, danger as abuse } from './crisis-acts-said';

const GOD = '(?:god|the lord|the good lord|allah|jesus|the almighty|death)';
const GAMING = /\b(?:fortnite|game|games|gaming|minecraft|roblox|xbox|playstation|lol|lmao|joke|joking|tickl[a-z]*|sparring|boxing|training|wrestling|pillow)\b/;

/** A passive wish to die, and thoughts of death. */
const WISH_R29: CrisisPattern[] = [
  // "I would not mind if God take me tonight in my sleep".
  concern(`(?:would not mind|would not be sad|would be (?:happy|glad|ok|okay|fine|grateful|relieved)|will be (?:happy|glad)|am ready) if ${GOD} (?:would |will |just |came and )?(?:take|takes|took|call|calls|called) me`, {
    unlessWith: /\b(?:safely|safe|through (?:this|it)|protect|guide|strength|blessing)\b/,
  }),
  // "lord take me, I am ready", "my time has come, I am ready to go".
  concern('(?:lord|god|jesus|allah|father|dear god) (?:please |just )?take me(?: now| home| already| away| tonight)?(?= \\.|$| ,| i am| full stop)|my time (?:has come|is up|is finish|is finished|is over)(?: ,)?(?: and)? (?:i am )?ready to go', {
    unlessAfter: /^ (?:to|with|there|back|out|along)\b/,
    unlessWith: /\b(?:traffic|queue|meeting|heat|lol|lmao|haha|boring|commute|endless|lecture|exam|monday|this shift)\b/,
  }),
  // "I am just waiting to die", "only waiting for God to take me".
  concern('(?:just |only |simply )?waiting (?:to die|for death|for (?:the lord|god|jesus|allah|death) to (?:take|call) me|for my turn to die)(?= \\.|$| ,| now| at| here| full stop)', {
    unlessAfter: /^ (?:in|at|on) (?:this|the) (?:queue|line|heat|meeting|class|lecture)\b/,
    unlessWith: /\b(?:lol|lmao|haha|queue|dmv|on hold|customer service|boring)\b/,
  }),
  // "wallahi I am tired of this life".
  concern('(?:tired|sick|fed up|done) (?:of|with) (?:this|my) (?:life|whole life|existence)(?= \\.|$| ,| i | and| full stop| honestly| wallahi)', {
    unlessWith: /\b(?:city|job|routine|9 to 5|commute|lifestyle|town|country|village|flat|apartment|diet)\b/,
  }),
  // "at my age I pray every night not to wake up".
  concern('(?:pray|praying|prayed|hope|hoping|wish|wishing) (?:every night |each night |at night |all the time |sometimes )?(?:not|never) to wake up(?! (?:early|late|before|until|till|at)\\b)'),
  // "I kind of wish it was me that didn't come home".
  concern('wish (?:it was|it had been|it were|that it was) me (?:that|who|instead)?(?: [a-z]+){0,2}? (?:did not come home|died|was killed|got killed|was taken|did not make it|got blown up|was in (?:that|the) (?:coffin|box|grave|casket)|instead)(?= \\.|$| ,| instead| not)', {
    onlyWith: /\b(?:ied|killed|died|funeral|coffin|did not come home|did not make it|took out|passed|lost|crash|accident|fire|shot)\b/,
  }),
  // "keep thinking about death all day".
  concern('(?:keep|kept|always|constantly|been) thinking (?:about|of) (?:death|dying|being dead)(?= \\.|$| ,| all| every| constantly| day| lately| again)', {
    unlessWith: /\b(?:afraid of|scared of|fear of|health anxiety|anxiety|my (?:dad|mum|mom|father|mother) s death|documentary|philosophy|essay|course)\b/,
  }),
  // "my brain keeps playing my own funeral like a movie".
  concern('(?:playing|replaying|picture|picturing|imagine|imagining|see|seeing|dream about|dreaming about|dreaming of|keeps? showing me) my own funeral', {
    unlessWith: /\b(?:plan|planning|prepaid|pre paid|insurance|funeral director)\b/,
  }),
];

/** Hopelessness, burden, trapped, pain; blades kept for calm. */
const HOPELESS_R29: CrisisPattern[] = [
  // "I just sit in the chair and wait, waiting for what I don't know".
  concern('(?:waiting|wait|waited) for what(?: ,)? i do not (?:know|even know)|(?:sit|sitting|lie|lying) (?:here |in (?:the|my) (?:chair|bed) )?(?:and )?(?:just )?(?:wait|waiting) for (?:the end|death|my time|it to be over)(?= \\.|$| ,)'),
  // "I am only burden for my children now": a burden with the article dropped, "for" for "to".
  concern('(?:i am|i m|im|i feel|i become|i became|i only) (?:only |just |such |a |an |big |a big |the |like (?:a )?)*burden (?:for|to|on) (?:my |the |all )?(?:children|kids|family|son|daughter|wife|husband|parents|everyone|everybody|them|others|grandchildren)'),
  // "if I die they get the insurance, better like that".
  concern('if i (?:die|am dead|was dead|am gone|go) (?:they|my (?:family|kids|wife|husband|children|parents|mother|mom|mum)) (?:get|will get|would get|can get|gets|take|will have) (?:the |my )?(?:insurance|money|payout|pension|house|land|life insurance)'),
  // "since the miscarriage I want to go where my baby is".
  concern('(?:want|wanna|wish|ready|long|longing) to (?:go|be) (?:where|with) my (?:baby|son|daughter|wife|husband|mother|mom|mum|father|dad|child|children|brother|sister|twin|grandson|granddaughter)(?: is| are| went)?(?= \\.|$| ,| now| again| in| up)', {
    onlyWith: /\b(?:miscarriage|stillb[a-z]*|passed|died|dead|lost|loss|heaven|grave|angel|funeral|gone)\b/,
    unlessWith: /\b(?:visit|visiting|holiday|hospital|school|nursery|daycare|flight|trip|camp)\b/,
  }),
  // "better they forget they have a son".
  concern('better (?:if |that )?(?:they|she|he|my (?:parents|family|mother|mum|mom|father|dad|wife|husband|kids|children)) (?:just )?(?:forget|forgot|forgets|never had|never knew) (?:(?:they|she|he) (?:have|had|has) (?:a )?(?:son|daughter|child|me|brother|sister)|about me|me)'),
  // "feel like I'm in a cage".
  concern('(?:feel|feels|feeling|felt) like (?:i am|i m|im) (?:in a cage|caged|in a prison|in prison|in a trap|trapped in a cage)', {
    onlyWith: /\b(?:can not|no way|stuck|every day|job|loan|debt|money|family|marriage|life|visa)\b/,
    unlessWith: /\b(?:lift|elevator|traffic|mri|scanner|zoo|costume|escape room|game)\b/,
  }),
  // "cannot go home because family expect the money, cannot stay because there is no money".
  concern('can not (?:go home|go back|leave|return)(?: [a-z]+){0,7}? , can not stay(?: [a-z]+){0,7}?(?= \\.|$)', {
    onlyWith: /\b(?:stuck|trapped|no way|cage|in (?:the )?middle|no money|no hope)\b/,
  }),
  // "the grief is too heavy, like drowning every day and I cannot come up for air".
  concern('(?:drowning|suffocating|sinking) (?:every day|all the time|each day|daily)|can not come up for air', {
    onlyWith: /\b(?:grief|heavy|pain|hurt|hurts|since|passed|died|lost|alone|empty|hopeless)\b/,
    unlessWith: /\b(?:work|emails?|deadlines?|assignments?|homework|laundry|paperwork|exams?|swim[a-z]*|pool)\b/,
  }),
  // "my heart is broken to pieces. I don't want to feel anything anymore".
  concern('(?:do not|never) want to feel (?:anything|any thing)(?: ever)? (?:anymore|any more|again|ever again)', {
    unlessWith: /\b(?:dentist|injection|needle|tattoo|surgery|numb(?:ing)? cream|anaesthe[a-z]*|anesthe[a-z]*|piercing)\b/,
  }),
  // "bought new blades today… having them in the drawer feels calming".
  rule('SELF_HARM', 'SELF', '(?:bought|got|buying|have|keep|kept) (?:new |some |fresh |more |a pack of )?(?:blades|razor blades|razors)', {
    level: 'CONCERN',
    onlyWith: /\b(?:calming|calm|feels safe|safe having|have not used|not used them|just in case|urges?|hidden|hiding)\b/,
    unlessWith: /\b(?:shav[a-z]*|craft[a-z]*|cricut|scraper|art|model|wallpaper|stanley|work|beard|legs smooth)\b/,
  }),
];

/** Intrusive urges and plain hopelessness, in second-language and dictated English. */
const URGE_R29: CrisisPattern[] = [
  // "near the canal I think just turn the wheel", "on the platform I get the urge to step forward".
  concern('(?:think|thinking|thought|urge|urges|want|wanting|tempted) (?:to )?(?:just )?(?:turn|yank|jerk|swerve|pull|steer) the (?:wheel|steering|tractor|truck|car)', {
    onlyWith: /\b(?:canal|river|bridge|truck|lorry|tree|wall|traffic|oncoming|ditch|cliff|lake)\b/,
    unlessWith: /\b(?:deer|pothole|avoid|dog|cat|fox|kangaroo|ice|skid)\b/,
  }),
  concern('(?:urge|urges|want|tempted|temptation|feeling) to (?:step|lean|jump|walk|fall) (?:forward|off|in front|over|down)', {
    onlyWith: /\b(?:platform|train|tracks|edge|balcony|bridge|cliff|ledge|roof|traffic)\b/,
    unlessWith: /\b(?:dance|queue|line|stage|pool|diving|bungee|skydiv[a-z]*|volunteer)\b/,
  }),
  // "no point to wake up in the morning", "what is the use of my life now", "I don't see the point no more".
  concern('no (?:point|reason|use) (?:to|in|of) (?:wake up|waking up|get up|getting up|live|living|go on|going on|continue|continuing|be alive|being alive)(?= \\.|$| ,| in| every| anymore| any more| no more)'),
  concern('(?:what is the|what s the|there is no) (?:use|point|meaning|purpose) (?:of|in|for) (?:my life|living|me living|being alive|me being alive|me being here)(?= \\.|$| ,| now| anymore| any more| question)'),
  concern('(?:do not|can not|no longer) see (?:the|any) point (?:no more|anymore|any more|in anything|of anything|in living|of living|in life|of life)(?= \\.|$| ,)'),
  concern('no future for me(?= \\.|$| ,| anymore| any more| here| at all| now)', {
    unlessWith: /\b(?:company|job|team|club|band|industry|career|promotion|firm|this town|football|league)\b/,
  }),
  // "I am tired tired tired of everything full stop".
  concern('(?:i am|i m|im|so|very|really|just) (?:so |very |really |just )?(?:tired|sick|exhausted|weary) of (?:everything|it all|all of it|all this|everyone and everything)(?= \\.|$| ,| full stop| honestly| now| already| anymore)', {
    unlessWith: /\b(?:noise|rain|weather|traffic|exam|exams|homework|meetings?|cleaning|cooking|shopping|lol|lmao|diet)\b/,
  }),
  // "like I am already dead", "I cannot do this life anymore", "why I am still alive".
  concern('(?:like|as if) i am already dead|(?:i am|i feel) already dead inside', { unlessWith: /\b(?:lol|lmao|haha|meeting|exam|monday|class|lecture|hangover|gym|workout)\b/ }),
  concern('can not (?:do|take|stand|bear|live) (?:this|my) life (?:anymore|any more|no more)'),
  concern('(?:think|wonder|ask|asking|thinking|wondering) (?:myself )?why (?:i am|am i) still (?:alive|here|living|breathing)'),
  // "nobody will notice if I disappear".
  concern('(?:nobody|no one|noone) (?:will|would) (?:even )?(?:notice|care|miss me|know)(?: [a-z]+){0,2}? if i (?:disappear|disappeared|die|died|am gone|was gone|were gone|vanish|vanished|was not here|am not here)'),
  // "I wish the truck hit me on the way home".
  concern('(?:wish|hope|hoping|pray|praying) (?:that )?(?:a|the|some|that) (?:[a-z]+ )?(?:truck|car|bus|lorry|train|tractor|plane|taxi|van) (?:hit|hits|would hit|will hit|runs? over|ran over|would run over|crash|crashes|would crash|takes? me out|kill|kills|killed|would kill) (?:me|us|so|and)'),
];

/** Someone else's risk, read as theirs by the subject. */
const OTHERS_R29: CrisisPattern[] = [
  // "buddy from my unit gave away his truck and his dog… I know what that means".
  concern('(?:gave|giving|given|gives) away (?:his|her|their) (?:[a-z]+ ){0,2}?(?:truck|car|dog|cat|guitar|stuff|things|belongings|tools|guns?|playstation|xbox|games|bike|clothes|collection)', {
    onlyWith: /\b(?:i know what that means|worried|worry|scared|what do i do|what can i do|strange|warning sign|dying|goodbye|dark|not like him|not like her)\b/,
    unlessWith: /\b(?:moving|move|decluttering|declutter|upgrade|new one|charity shop|garage sale|yard sale|minimalis[a-z]*)\b/,
  }),
  // "my mother keeps saying she wants to go to God now and she stopped eating".
  concern('(?:want|wants|wanting|wanted|ready) to go (?:to|be with|home to) (?:god|the lord|jesus|allah|heaven)(?= \\.|$| ,| now| soon| already| and)', {
    unlessWith: /\b(?:church|mass|temple|mosque|service|pray(?:er)? meeting|retreat)\b/,
  }),
  // "if he gets laid off he's going off the scaffold head first".
  concern('(?:going|go|gonna go|jump|jumping) off the (?:scaffold|scaffolding|roof|bridge|building|balcony|ledge|cliff|overpass|crane) head ?first'),
  // "said goodbye to me yesterday, very strange, like forever".
  concern('said (?:goodbye|bye)(?= to (?:me|us)(?: [a-z,]+){0,6}? (?:like (?:forever|for good|it was the last time|for the last time)|for good|for the last time))', {
    onlyWith: /\b(?:strange|weird|odd|worried|worry|gave me|scared)\b/,
  }),
  // "wrote in her essay that she plans to die before summer … how do I handle this": a pupil's writing brought by the adult.
  concern('(?:wrote|writes|written|said|says|told (?:me|us|the class)) (?:in (?:her|his|their) (?:essay|journal|diary|poem|story|assignment|homework|notebook) )?that (?:she|he|they) (?:plans?|is planning|are planning|wants?|is going|are going|intends?) to (?:die|kill (?:herself|himself|themselves)|end (?:her|his|their) life)', {
    onlyWith: /\b(?:how (?:do|should|can) i (?:handle|respond|help|approach|talk)|what (?:do|should|can) i do|worried|scared|teacher|counsellor|counselor|coach)\b/,
  }),
  // "searched on her phone how many tylenol is lethal".
  concern('(?:search|searched|searches|searching|google|googled|googles|googling|looked up|looks up|look up)(?: on (?:her|his|their|my) (?:phone|laptop|computer|ipad|tablet))? how (?:many|much) [a-z]+(?: [a-z]+)? (?:is|are|would be|to be|it takes to be) (?:lethal|fatal|deadly|an overdose|enough to die)'),
];

/** Abuse now, from someone in the home. */
const ABUSE_R29: CrisisPattern[] = [
  // "my son push me on the floor today I am scared".
  abuse('(?:push|pushed|pushes|pushing|shove|shoved|shoves|throw|threw|throws|knock|knocked|knocks) me (?:on|onto|to|into|against|down on) (?:the )?(?:floor|ground|wall|stairs|bed)', {
    onlyWith: /\b(?:scared|afraid|frightened|terrified|help|hiding|bedroom|pension|money|every day|again|today)\b/,
    unlessWith: GAMING,
  }),
  // "he push me every day and I am scared": hurt again and again at home.
  abuse('(?:pushes|pushed|pushing|slaps|slapped|slapping|kicks|kicked|kicking|chokes|choked|choking|hits|beats|burns|burned|burnt|pinches|pinched) me (?:every day|every night|all the time|daily|when (?:he|she|they) (?:drinks|is drunk|gets angry|comes home)|whenever)', {
    onlyWith: /\b(?:scared|afraid|frightened|terrified|help|hiding|bruises?|bleeding|can not (?:leave|go|escape)|nowhere)\b/,
    unlessWith: GAMING,
  }),
  // "my uncle touch me at night and say don't tell": touching with a demand for secrecy.
  abuse('(?:touches|touched|touching|touch|comes into my (?:room|bed)|came into my (?:room|bed)|gets into my bed)(?: me)?(?: [a-z]+){0,5}? (?:and )?(?:says|say|said|tells me|tell me|told me|makes me promise) (?:do not|not to|never to|never) tell', {
    unlessWith: /\b(?:massage|doctor|physio|game|surprise|party|present|gift)\b/,
  }),
  // "lock me in the room all day", "took my passport and lock me in the house".
  abuse('(?:lock|locks|locked|locking|keep|keeps|kept) me (?:locked )?(?:in|inside) (?:the |my |his |her |this )?(?:room|house|bedroom|flat|apartment|basement|cupboard|shed)', {
    unlessWith: GAMING,
  }),
  // "he took my passport", "they keep my passport".
  abuse('(?:took|take|takes|taken|keep|keeps|kept|hid|hide|hides|burned|burnt) my (?:passport|papers|id card|documents|visa)', {
    onlyWith: /\b(?:lock|locks|locked|marry|cousin|send me back|can not (?:leave|refuse|go)|scared|afraid|not allowed|will not let)\b/,
    unlessWith: /\b(?:renew[a-z]*|embassy appointment|safe ?keeping|lost|airport security)\b/,
  }),
  // "he will throw acid on me if I leave".
  abuse('(?:throw|throws|threw|pour|pours|poured) (?:acid|petrol|gasoline|boiling water|hot oil) (?:on|at|over|in) (?:me|my face)'),
  // "give me food only one time", "does not give me food".
  abuse('(?:give|gives|gave) me food only (?:one time|once)|(?:do not|does not|did not|will not) (?:give|let) me (?:food|eat|any food)', {
    onlyWith: /\b(?:lock|locks|locked|scared|help|years old|all day|hit|hits)\b/,
  }),
];

/** Every r29c CONCERN and abuse family. */
export const R29_CONCERN_PATTERNS: readonly CrisisPattern[] = [...WISH_R29, ...HOPELESS_R29, ...URGE_R29, ...OTHERS_R29, ...ABUSE_R29];
