/**
 * The r26 English families that stop short of CRISIS (crisis-acts-r26.ts lists every r26 family and
 * keeps their order): weariness said as CONCERN (a prayer to be taken, "never going to beat this", a
 * child "deserves a better mum than me", pain one "can't do another week" of, the end of what one can
 * bear, wishing an illness would hurry, not turning the wheel, nothing left, drowning), and someone
 * else's risk reported (a live stream, a friend who will sleep and not wake up, giving his things away
 * having "made his peace", tablets kept back "for when the time comes").
 */
import { rule, type CrisisPattern } from './crisis-patterns';

export function sign(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, extra);
}

export function concern(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, { level: 'CONCERN', ...extra });
}

/** CONCERN: prayer to be taken, ready to go the sooner the better, no reason to keep trying, burdens, pain beyond bearing. */
export const WEARY_SAID: CrisisPattern[] = [
  concern('(?:god|lord|jesus)(?: ,)? (?:please )?(?:just )?take me(?: now| home| tonight| already| away)?', {
    onlyWith: /\b(?:every (?:night|day|morning)|i (?:pray|ask|beg) (?:for )?(?:it|that|this)?|mean it|meant it|each night)\b/,
  }),
  concern('ready to go (?:whenever|when|as soon as) (?:the lord|god|he|the good lord|my maker) (?:wants|calls|takes|is ready for)', {
    onlyWith: /\b(?:sooner the better|can not come soon enough|the sooner|hope it is soon|wish it were (?:now|tonight|today))\b/,
  }),
  concern('(?:i am|i will|i will be) never (?:going to )?(?:beat|get over|get out from under|get out of|escape|recover from|get free of) (?:this|it)(?= \\.|$| ,| and| i)', {
    unlessAfter: /^ (?:level|game|boss|record|score|cold|flu|traffic|queue)\b/,
  }),
  concern('(?:do not|can not) see (?:why|the point of|the point in|any point in|a reason) (?:i should |to )?(?:keep|keeping|go on|going on|carry on|carrying on|bother|bothering)(?: trying| going| living| fighting)?(?= \\.|$| ,| anymore| any more| any longer)'),
  concern('(?:deserves?|deserved) (?:a )?better (?:mum|mom|mother|dad|father|parent|wife|husband|partner|daughter|son) than me'),
  concern('can not (?:even )?(?:do|face|take|stand|bear|survive) (?:another|one more) (?:day|week|month|year|night|[0-9]+|decade|[a-z]+ years)(?: of (?:this|it|the pain|living like this))?(?= \\.|$| ,)', {
    onlyWith: /\b(?:pain|hurt|hurts|migraines?|headaches?|illness|sick|suffer[a-z]*|agony|chronic|disease|this life|living)\b/,
    unlessWith: /\b(?:job|commute|class|course|school|semester|shift|office|boss|traffic|weather|rain|winter|summer|heat)\b/,
  }),
  concern('(?:i would|i d) do anything to (?:make (?:it|the pain|this|the hurt) stop|stop (?:the pain|the hurt|feeling this))', {
    onlyWith: /\b(?:pain|hurt|hurts|ache|aches|agony|chest|heart|grief|since (?:she|he) left)\b/,
    unlessWith: /\b(?:baby|crying|noise|alarm|barking|music|neighbou?rs?|tinnitus|ringing)\b/,
  }),
  concern('i (?:am|feel) (?:so |completely |totally )?caged(?= \\.|$| ,| in)|no end to (?:any of )?(?:it|this|the pain)(?= \\.|$| ,)', {
    onlyWith: /\b(?:caged|trapped|chronic pain|can not work|can not afford|pain)\b/,
    unlessWith: /\b(?:project|renovation|paperwork|emails?|inbox|meetings|roadworks|rain|noise|building work)\b/,
  }),
  concern('(?:the )?(?:end|limit|edge) of what i can (?:bear|take|handle|stand|cope with|endure)'),
  concern('(?:giving|give) (?:them|him|her) what (?:they|he|she) (?:want|wants|wanted)', { onlyWith: /\b(?:rather have a dead|rather i (?:was|were) dead|better off dead|wish i was dead|wish i were dead|wished i was dead)\b/ }),
  concern(`(?:will not|won t) be (?:a burden|a bother|in (?:the|your|their) way)(?: (?:on|to|for) (?:the kids|my kids|the family|my family|anyone|everyone|you|them|you all|my (?:son|daughter|wife|husband|children|family|kids|parents|mum|mom|dad)))? (?:much longer|for long|for much longer|anymore|any more|any longer)`),
  sign(`(?:will not|won t) be (?:a burden|a bother|in (?:the|your|their) way)(?: (?:on|to|for) (?:the kids|my kids|the family|my family|anyone|everyone|you|them|you all|my (?:son|daughter|wife|husband|children|family|kids|parents|mum|mom|dad)))? (?:much longer|for long|for much longer|anymore|any more|any longer)`, {
    onlyWith: /\b(?:seen to (?:that|it)|taken care of (?:that|it)|made sure of (?:that|it)|sorted (?:that|it)(?: out)?|made (?:the |my )?arrangements)\b/,
  }),
];

/** Someone else's words reported: a live stream where someone said they'll do it tonight; sleep and not wake up. */
export const OTHERS_REPORTED: CrisisPattern[] = [
  rule('SUICIDE', 'SELF', '(?:live|stream|livestream|post|video|story|reel) (?:where|in which|that|and) (?:someone|somebody|a (?:girl|guy|kid|person|user|boy|teen)|the (?:girl|guy|streamer|user|boy|kid)|they|he|she) (?:said|says|is saying|was saying|keeps saying|threatened|threatens) (?:they|he|she) (?:are|is|was|were|will be) (?:doing it|going to do it|ending it|going to end it)(?: tonight| today| now| soon)?'),
  rule('SUICIDE', 'SELF', '(?:going to|gonna|wants to|want to|will|planning to) (?:go to )?sleep(?: [a-z]+){0,4} and (?:not|never) wake up(?! (?:until|till|til|before))'),
];

/** CONCERN, rules-alone: wishing an illness would hurry; not turning the wheel; a typo'd "be a live"; wishing not to wake; no point; nothing left; drowning. */
export const WEARY_MORE: CrisisPattern[] = [
  concern('wish (?:the|my|this) (?:cancer|illness|disease|tumou?r|heart|body|dementia) would (?:just )?(?:hurry up|get on with it|finish me|take me|do its job|be quick)'),
  concern('(?:how easy it would be|think about|thought about|tempted|i could) (?:to )?(?:just )?(?:not turn the wheel|not turning the wheel|let go of the wheel|swerve into (?:a|the|oncoming)|drive into (?:a|the|oncoming) (?:tree|wall|truck|lorry|traffic|pillar|bridge))'),
  concern('(?:do not|dont|no longer) want to be a live(?= \\.|$| ,| anymore| any more| any longer)'),
  concern('wishing (?:that )?i (?:would |could |will |did |just |had )*(?:not|never) (?:wake up|woke up|exist|been born)'),
  concern('what is the point (?:of|in) (?:any of it|it all|anything|living|going on|carrying on)(?= \\.|$| ,)'),
  concern('(?:there is|theres|i have|i got) nothing left for me(?: here| anymore| now| in this world)?(?= \\.|$| ,)'),
  concern('(?:feel like|feels like|i am) (?:i am )?drowning(?= \\.|$| ,| and (?:there|no|nobody|i can))|no shore (?:anywhere|in sight)'),
];

/** Someone else's risk reported (CONCERN for others when the subject is another person). */
export const OTHERS_MORE: CrisisPattern[] = [
  rule('SUICIDE', 'SELF', 'giving away (?:his|her|their) (?:[a-z]+ )?(?:things|stuff|gear|belongings|possessions|records|guitar|tools|books|clothes|collection|medals)', {
    level: 'CONCERN',
    onlyWith: /\b(?:made (?:his|her|their) peace|worried|worry|not like (?:him|her)|saying goodbye)\b/,
    unlessWith: /\b(?:moving|downsiz[a-z]*|declutter[a-z]*|retir[a-z]*|care home|new (?:house|flat))\b/,
  }),
  rule('SELF_HARM', 'SELF', '(?:cut|cuts|burned|burnt) (?:herself |himself |themselves |myself )?again(?= \\.|$| ,| and| last night| tonight| today)', {
    unlessWith: /\b(?:hair|barber|fringe|bangs|film|edit|scene|cake|wood|fabric|grass|lawn|toast|dinner|finger while|cooking)\b/,
  }),
  rule('SUICIDE', 'SELF', '(?:will be|be|being|going to be) with (?:dad|mum|mom|grandad|grandma|grandpa|nan|him|her|my dad|my mum|my mom|my husband|my wife|your dad|your mum|our dad|our mum) (?:again )?soon', {
    level: 'CONCERN',
    onlyWith: /\b(?:stopped eating|not eating|refus(?:es|ing) to eat|since the funeral|since (?:he|she) (?:died|passed))\b/,
  }),
  rule('SUICIDE', 'SELF', '(?:keep|keeps|keep on) (?:using|drinking|taking|shooting up)(?: [a-z]+){0,2} (?:until|till) (?:i am|he is|she is|they are|i|he|she|they) (?:dead|die|dies|od|overdose)', { level: 'CONCERN' }),
  rule('SELF_HARM', 'SELF', '(?:scratches|cuts|marks|burns|lines) (?:all )?(?:over|on|up) (?:her|his|their|my) (?:thighs?|arms?|wrists?|legs?|stomach|hips?)', {
    level: 'CONCERN',
    onlyWith: /\b(?:said it was|says it was|claims|excuse|long sleeves|hiding|hides|covers? (?:them|it) up|will not show|lied|do not have a cat|dont have a cat)\b/,
  }),
  sign('(?:keeping|saving|hoarding|stockpiling|putting|holding) (?:his|her|their|my) (?:tablets|pills|meds|medication|painkillers|sleeping pills)(?: back| aside| up| away)?', {
    onlyWith: /\b(?:for when the time comes|when the time comes|for the end|when it gets (?:bad|too much))\b/,
  }),
];
