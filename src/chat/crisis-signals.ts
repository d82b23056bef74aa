/**
 * Warning signs added to the English pattern families (crisis-patterns.ts), organised after two
 * recognised instruments:
 *
 * - The Columbia Suicide Severity Rating Scale (C-SSRS) screener: (1) wish to be dead,
 *   (2) non-specific active suicidal thoughts, (3) thoughts with a method, (4) intent,
 *   (5) a plan, (6) preparatory behaviour.
 * - 988 Suicide & Crisis Lifeline's warning signs: talking about wanting to die, being a burden,
 *   feeling trapped or in unbearable pain; researching methods and access to means (pills, rope,
 *   a gun, a bridge); saying goodbye and giving possessions away; a time ("tonight", "this weekend").
 *
 * Levels: a passive wish (C-SSRS 1), hopelessness, burden, feeling trapped or unbearable pain on
 * their own, and a bare mention of suicide with nothing else, are CONCERN (answered, with
 * resources and a low-priority alert). Active thoughts, method, intent, plan, preparation, means at
 * hand, a farewell and a time are CRISIS (the patterns in crisis-patterns.ts are all CRISIS).
 */
import type { CrisisPattern } from './crisis-patterns';

const END = '(?=$| ,| \\.| (?:and|but|because|anymore|now|right now|tonight|today|tomorrow|lol|tbh|honestly|please|for good|forever)\\b)';
const WHEN = '(?:tonight|today|tomorrow|this (?:weekend|week|evening|afternoon|morning|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|after (?:my|the|our) [a-z]+|soon|next week|before (?:christmas|my birthday|the weekend))';
const MEANS_WORDS = '(?:rope|noose|gun|pistol|rifle|pills|meds|tablets|knife|razor|blade|blades|belt|cord|ladder|helium|bleach)';
const DRUGS =
  '(?:pills|meds|medication|medications|tablets|antidepressants|sleeping pills|sleeping tablets|painkillers|oxy|oxys|oxycodone|codeine|' +
  'morphine|fentanyl|tramadol|vicodin|percocet|ambien|valium|klonopin|xanax|seroquel|lithium|insulin|tylenol|paracetamol|benzos|opioids)';
const HEIGHTS = '(?:bridge|roof|rooftop|ledge|cliff|overpass|tracks|railway tracks|parapet|top floor|car park roof|parking garage roof)';
const LEISURE = /\b(?:view|views|holiday|vacation|trip|sightseeing|tourists?|photos?|pictures?|beautiful|lovely|sunset|sunrise|fireworks|walk|walking|hike|hiking|fixing|repair|repairing|gutters?|shingles|solar|party|bbq|barbecue|picnic|concert|bungee|diving|swim|swimming)\b/;
const ADHERENCE = /^ (?:this morning|for (?:the|today)|on time|as (?:prescribed|usual|directed|the doctor|my doctor|i should)|like (?:the |my )?(?:doctor|gp|nurse|pharmacist|usual|i should|prescribed|i am supposed)|with (?:food|breakfast|dinner|lunch|water)|before (?:bed|breakfast|work))\b/;

function signal(category: CrisisPattern['category'], source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return { category, kind: 'SELF', regex: new RegExp(`\\b(?:${source})\\b`, 'g'), ...extra };
}
function concern(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return signal('SUICIDE', source, { level: 'CONCERN', ...extra });
}

/** CRISIS: C-SSRS 3-6 and 988's means, timing and farewells. */
const CRISIS_SIGNALS: CrisisPattern[] = [
  // Preparation: pills already taken, means ready, a height reached.
  signal('SUICIDE', '(?:took|taken|swallowed|downed) (?:all|every one) (?:of )?(?:my|the|his|her) (?:[a-z]+ )?(?:pills|meds|medication|medications|tablets|antidepressants|sleeping pills|painkillers)', { unlessAfter: ADHERENCE }),
  signal('SUICIDE', `(?:the|my|a) ${MEANS_WORDS} (?:is|are) (?:ready|set up|tied|in my (?:hand|bag|pocket|car)|next to me|right here)|(?:got|have|had|put|left) (?:the|my|a) ${MEANS_WORDS} (?:ready|set up|tied|out|in my (?:hand|bag|pocket|car)|next to me)${END}|(?:tied|tying) (?:a |the )?(?:noose|rope)`, { unlessAfter: /^ (?:in case|just in case|for (?:my|the|a) (?:migraine|headache|pain|allergy|allergies|period|cramps|trip))\b/ }),
  signal('SUICIDE', `(?:i am|standing|stood|sitting|sat|climbed|climbing|up) (?:up )?(?:on|onto|at the edge of|on the edge of|over) (?:the|a|this|my|our) (?:[a-z]+ )?${HEIGHTS}`, { unlessWith: LEISURE }),
  // Intent and plan with a time, or "end things" said as a decision.
  signal('SUICIDE', `(?:plan|planning|planned|going|decided|ready|intend|intending|about) to (?:end (?:it|things|everything|my life|it all)|kill myself|do it|go through with it)(?: ${WHEN}| (?:on|by|before|after) [a-z]+)`, { unlessAfter: /^ (?:with|between)\b/ }),
  signal('SUICIDE', `(?:plan|planning|planned|going|decided|ready|intend|intending|about|made up my mind) to (?:kill myself|end my life|take my (?:own )?life|commit suicide)|(?:a|the) plan to (?:kill myself|end (?:it|my life|things))|(?:planned|planning|worked out|figured out) (?:how|when|where) (?:i am going to|i will|to) (?:do it|end it|kill myself|end things)`),
  signal('SUICIDE', `(?:i will|i am going to|going to) end (?:it|things|everything)(?: ${WHEN})?${END}|${WHEN} i (?:end it|do it|kill myself)|(?:decided|made up my mind)(?: ,)? i am (?:going to|gonna) end (?:it|things)`, { unlessAfter: /^ (?:with|between)\b/ }),
  signal('SUICIDE', "i (?:know|have decided|decided) (?:exactly )?how i (?:would|will|am going to|d) do it|intend to (?:die|end it)|(?:be|am) (?:alive|here|around) by (?:the weekend|tomorrow|monday|friday|next week)"),
  signal('SUICIDE', '(?:hanging|hang) myself|(?:drive|driving|drove) my car (?:into|off)|going over the edge|(?:jump|jumping|throw myself) (?:off|from) (?:the|a|this) [a-z]+', { unlessWith: /\b(?:into the (?:lake|water|sea|river|ocean|pool)|diving|dive|board|swim|swimming|pool|trampoline|parachute|skydiving|bungee|zipline|holiday|vacation|fun)\b/ }),
  signal('SUICIDE', '(?:researching|looked up|looking up|googled|googling|searched|searching) (?:for )?(?:ways|methods|how) to (?:die|kill myself|end it|overdose)|(?:ways|methods) to die that|what is the lethal dose'),
  signal('SUICIDE', `(?:saving|stockpiling|hoarding) (?:up )?(?:my |all my |some )?(?:sleeping )?(?:pills|meds|tablets)|(?:a|the|my) ${MEANS_WORDS} and (?:all )?my (?:pills|meds)|(?:use|using) the (?:knife|gun|rope|blade) (?:on myself|tonight)`),
  signal('SUICIDE', '(?:bought|buying|got|ordered) (?:a |some |the )?(?:rope|noose|gun|rifle|pistol|helium|razor blades)(?! (?:and [a-z ]{0,20})?(?:for|to) (?:the |my |a |our )?(?:dog|tent|boat|garden|camping|climbing|hunting|range|swing|sailing|course|class|lesson|macrame|christmas tree|tree|tie|project|crafts?|moving|hammock)|(?: and a [a-z]+)? at the (?:hardware|craft|garden) store)'),
  // Farewells (988: saying goodbye) and possessions.
  signal('SUICIDE', '(?:this (?:is|will be) my (?:last|final) (?:message|text|post|note))(?! (?:before (?:i|we) (?:go|leave|head|fly|am)|before (?:the|my) (?:holiday|vacation|trip|break|weekend)|(?:for|until|till) (?:today|now|tonight|the (?:week|weekend|day)|next|monday|tuesday|wednesday|thursday|friday)|of the day|today|tonight|(?:,? )?see you|about|on))|my (?:last|final) (?:message|words) (?:to (?:you|everyone|all of you)|before i go(?! (?:on|to|for|away|back|home|out|into|in)\\b))|goodbye (?:everyone|everybody|all)|(?:thank you|thanks) for (?:everything|trying)(?: ,)? (?:this is goodbye|goodbye|i am sorry)'),
  // Saying goodbye counts in the patient's own voice, and not at a party or a station.
  signal('SUICIDE', '(?:saying|say|said) (?:my )?goodbyes? to (?:everyone|everybody|you all|all of you|the world)', {
    explicitSelf: true,
    unlessAfter: /^ (?:at|in|on|from|before (?:the|my|we|i) (?!go\b)|after) /,
  }),
  signal('SUICIDE', '(?:wanted|want) to say goodbye|tell (?:my|them|everyone|her|him) (?:[a-z]+ )?(?:that )?i (?:am sorry|love (?:them|her|him|you))(?: ,| and)|if i am not (?:in|at) (?:session|our session|the session|therapy) (?:next week|tomorrow)'),
  signal('SUICIDE', '(?:giving|gave|give) away (?:my|all my|all of my) (?:stuff|things|belongings|possessions|clothes|books)(?= so| because| before| since)|(?:will not|do not) be (?:around|here) to (?:look after|take care of|see|feed|walk)|who gets my (?:things|stuff|guitar|savings|belongings)|(?:wrote down|decided|sorted out) who gets my'),
  signal('SUICIDE', '(?:suicide|dying|death|killing myself|ending it|ending my life) is all i (?:can )?(?:think|dream) about|all i (?:can )?think about is (?:suicide|dying|killing myself|ending it|ending my life|death)'),
  signal('SUICIDE', '(?:have|got|holding|bought|with) (?:a |my )?(?:bottle of )?(?:vodka|whiskey|whisky|wine|alcohol|booze|gin|rum|tequila) and (?:all )?(?:of )?my (?:pills|meds|medication|tablets|sleeping pills|painkillers)'),
  signal('SUICIDE', `(?:going to|gonna|will|want to|about to|plan to|planning to|thinking (?:of|about)) (?:take|taking|swallow|swallowing|down) (?:all|every one|the rest) (?:of )?(?:my|the) (?:[a-z]+ )?${DRUGS}`, { unlessAfter: ADHERENCE }),
  signal('SUICIDE', `(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed) (?:up )?(?:my |all my |some |the )?${DRUGS}`),
  signal('SUICIDE', `(?:razor blades?|blades|razors?|knife|knives|${DRUGS}|rope|gun) (?:hidden|stashed|hid|tucked away)|(?:hidden|stashed|hid|hide|hiding|stash|stashing) (?:away )?(?:a |the |my |some )?(?:razor blades?|blades|razors?|${DRUGS}|rope|gun)|for when it gets (?:bad|too much|really bad|unbearable)`),
  signal('SUICIDE', '(?:step|stepping|stepped|jump|jumping|throw myself|throwing myself|walk|walking|lie|lying) (?:out )?in front of (?:a |the |an )?(?:one|it|train|bus|truck|lorry|car|subway|tube)|(?:jump|jumping|throw myself) (?:off|from) (?:my|our) (?:balcony|roof|window|building)'),
  signal('SUICIDE', '(?:have|got) (?:a plan and )?(?:the means|access to (?:a gun|pills|a rope|the gun))|(?:written|wrote|writing|write|left) (?:goodbye )?(?:letters|notes) (?:to|for) (?:everyone|everybody|all of them|each of them|my family)'),
  signal('SUICIDE', '(?:drink|drinking) (?:until|till) i (?:pass out|black out|can not feel anything) and (?:take|swallow)'),
  // Slang: "I wanna sewer slide", "yeet myself off a bridge", "rope", "neck myself" (UK).
  signal('SUICIDE', `(?:want|going|plan|planning|about|ready) to suicide|(?:yeet|yeeting|fling|flinging|throw|throwing) myself (?:off|from|in front of)|(?:going to|want to|might|will|about to) rope(?: myself)?${END}|rope myself|neck myself`),
  signal('SUICIDE', `(?:take|taking|swallow|swallowing) enough (?:of )?(?:my |the |these )?(?:[a-z]+ )?${DRUGS}`),
  signal('SUICIDE', 'tried to (?:hang|kill|drown|overdose|poison) myself|(?:an|one) hour ago i took'),
  signal('SUICIDE', 'i am scared of what i might do to myself|(?:want|going) to (?:use|grab) (?:it|the (?:knife|gun|rope|pills|blade)) on myself'),
  signal('SELF_HARM', '(?:punching|punch|punched|hit|hitting|banging|bang|banged) (?:walls?|my head)(?: [a-z]+){0,4} (?:till|until) (?:my [a-z]+ )?(?:bleed|bled|bleeds|it went numb|it bled)|(?:want|need|urge) to cut (?:so )?(?:bad|badly)'),
];

/** CONCERN: C-SSRS 1 (passive wish) and 988's burden, trapped, unbearable pain, hopelessness. */
const CONCERN_SIGNALS: CrisisPattern[] = [
  // "I'd rather be dead than go through another week like this"; not "rather die than sing karaoke" or "than go to that party".
  concern('(?:rather|prefer to) (?:be dead|die|not be alive|not exist|not be here) than (?:(?:go|going) (?:through|on|back)|live|living|face|facing|feel|feeling|keep|keeping|spend|spending|deal|dealing|wake|waking|continue|continuing|stay|staying|suffer|suffering|return|have to|put up|another|endure|survive|get out of bed|sit through|be (?:here|alive|like this|stuck|trapped|in this))'),
  concern(`(?:wish|wished|want|wanted) (?:that )?(?:i could |to )?(?:just )?(?:disappear|vanish|stop existing|not exist|cease to exist)(?: forever| for good| for a while)?${END}|(?:want|wanted|need) to (?:just )?(?:stop existing|not exist)`),
  concern('(?:i|me) (?:would not|wouldn t|do not|dont) (?:care|mind) if (?:i|a [a-z]+ hit me|something happened to me)|if (?:a [a-z]+|something) (?:hit|killed) me (?:tomorrow|today)?(?: ,)? i would not mind'),
  concern('(?:go|went|going) to sleep and (?:did not|do not|never|not) wake up|(?:did not|do not|never|not) wake up (?:again|tomorrow|one morning|one day)|(?:wish|wishes|wished) (?:she|he|they) (?:was|were|could be) dead|(?:wish|wishes|wished) (?:she|he|they) (?:had never been born|could disappear)'),
  concern(`i (?:have|got|made) a plan${END}|want to jump${END}|(?:nobody|no one) (?:will|would|is going to) (?:even )?(?:miss|notice|care about) me${END}|(?:easier|better) (?:to|if i) (?:just )?(?:not exist|did not exist|was not here|were not here|was gone|were gone|disappeared|was dead|were dead)`),
  concern(`tired of (?:fighting|trying|everything|being me)${END}|(?:can not|do not want to) fight (?:anymore|this anymore|any longer)|should (?:just )?(?:disappear|not exist|not be here)|waste of (?:space|air|oxygen)|(?:empty|numb|hopeless|alone) and worthless|worthless and (?:empty|hopeless|alone|numb)|(?:i am|feel|feeling) (?:so |completely |totally )?worthless${END}|regret (?:ever )?being born`),
  concern(`(?:want|need) (?:it|this|all of this) to (?:be over|end|stop)(?: forever| for good| permanently)?${END}|i (?:give|am giving) up${END}|this is it for me${END}|(?:it is|i am) (?:all )?over for me${END}|my life is over${END}|sorry for everything${END}|i love you all(?: ,| and)? (?:i am )?sorry|please forgive me${END}`),
  concern(`kys${END}|(?:the )?big sleep|eternal sleep|(?:fall asleep|sleep) (?:forever(?! (?:after|on (?:this|that|these|my new)|in (?:this|that|my new))\\b)|and never wake up)|(?:maybe|hopefully) i (?:will not|would not) wake up|go to heaven (?:early|now|soon)|want to commit${END}|thinking (?:about|of) jumping${END}|planning my (?:own )?funeral`),
  concern(`how many ${DRUGS} (?:is|are|would be) too many|what happens if (?:you|i) (?:take|swallow) (?:a lot of|too many|a whole bottle of|all of) |(?:my )?(?:suicidal )?ideation (?:is|has been) (?:back|worse|getting worse|bad)|my ideation|thinking about how (?:to|i would|i will|i could) do it|(?:have|got) everything i need to (?:do it|end it|go through with it)`),
  concern('(?:will not|would not) be (?:a problem|a burden|your problem|around|here) (?:much|for much) longer|not be a problem (?:for you |for anyone )?(?:much longer|anymore)|do not worry about me anymore'),
  concern('(?:get|got|getting) (?:really )?sick and (?:never|not) recover|six feet under|checked out for good|check out for good|not (?:be )?(?:here|around) anymore|be gone for good'),
  concern('(?:am|being|feel like) a burden|drag(?:ging)? everyone down|(?:family|everyone|everybody|they|kids) would be (?:so much |much )?better off without me'),
  concern('(?:feel|am|feeling) (?:completely |so )?trapped(?! in (?:this |my |the |a )?(?:lease|job|contract|traffic|meeting|queue|elevator|lift|snow|rain|airport|class|lecture|conversation|call))|no way (?:to )?(?:get )?out(?! of (?:the|this|my|that) (?:meeting|contract|lease|job|class|house|traffic|deal|call|room|party))|can not see a way out'),
  concern(`(?:pain|hurt|it) is (?:unbearable|too much)${END}|can not (?:take|stand|bear) (?:this|the|it) (?:pain|anymore)|can not take this pain|(?:want|need) (?:it all|everything|the pain) to stop`),
  concern('nothing (?:will|is going to) ever (?:get better|change)|(?:never|not) going to get better|no hope (?:for me|left)|there is no hope(?! for (?!me\\b))|(?:do not|can not) see a future|nothing left to live for|given up(?: ,| on (?:everything|life|myself))|no point (?:in|to) (?:anything|living|trying|carrying on|going on)|the point of (?:anything|it all|going on|carrying on)(?: anymore)?'),
  concern('(?:tired|sick) of (?:living|being alive|life|existing)|no one would (?:even )?(?:notice|care|miss me) if i (?:was|were|am) gone|(?:done|finished) (?:trying|with (?:life|everything))(?! (?:on|in|for|at|from|today)\\b)'),
  concern("(?:am|is|this) (?:going to|gonna) do it this time|tonight is the night${END}|(?:picked|chose|set) (?:the|a) date|will not make it (?:to|through) (?:christmas|the weekend|my birthday|next week)|do not think i will make it (?:to|through)"),
  // Bare mentions: "suicide", "suicidal" with nothing else around them, or a time word alone.
  concern('(?<!\\b(?:un|une|se|si|sich|les|des|los|las|os|gli|degli|dei) )(?<!\\b(?:played|song|album|track|band|movie|film|book|called|titled|named|listening to|watched|watching|reading) (?:[a-z]+ )?)(?:suicide|suicidal|kill myself|end my life)(?<!\\b(?:signs|risk|risks|rates?|statistics|awareness|prevention|topic|study|studies|history) of (?:suicide|suicidal|kill myself|end my life))', { unlessAfter: /^ (?:prevention|awareness|hotline|line|lifeline|rates?|statistics|charity|walk|training|research)\b/ }),
];

/** Every signal family, checked with the patterns of crisis-patterns.ts. */
export const SIGNAL_PATTERNS: readonly CrisisPattern[] = [...CRISIS_SIGNALS, ...CONCERN_SIGNALS];
