/**
 * Pattern families for the crisis classifier (src/chat/crisis.ts), written against the
 * normalised text of src/chat/crisis-text.ts ("can not", "do not", "kill myself").
 *
 * Kinds decide how a match is read:
 * - SELF: crisis language whose owner is read from reflexives or the clause subject
 *   ("I want to die" is the patient's; "she wants to die" is a concern for someone else).
 * - LIFE: wanting to live, which is crisis language only when negated or doubted
 *   ("I don't want to live anymore", "I'm not sure I want to live").
 * - ABUSE: someone else harming the patient ("he is hitting me"), so the subject must NOT
 *   be the patient.
 * Harm to others is matched in code (crisis-harm.ts) because its object must be a person.
 */
import type { CrisisCategory } from './crisis';
import { HARM_INTENT } from './crisis-harm';

/** How a pattern's match is interpreted (see the file header). */
export type PatternKind = 'SELF' | 'LIFE' | 'ABUSE';

/** One family of crisis phrasings with the exceptions that apply to it. */
export interface CrisisPattern {
  category: CrisisCategory;
  kind: PatternKind;
  regex: RegExp;
  /** Text right after the match that makes it a figure of speech ("die of embarrassment"). */
  unlessAfter?: RegExp;
  /** Skip when the clause describes an accident ("cut myself shaving"). */
  accidentProne?: boolean;
  /** Count only when the sentence also mentions this ("using it" means a crisis only next to "gun"). */
  onlyWith?: RegExp;
  /** Skip when the message also mentions this ("looking down from the bridge" on a sightseeing trip). */
  unlessWith?: RegExp;
  /** Whose crisis it is regardless of pronouns (method questions are always a risk to the asker). */
  speaker?: 'PATIENT';
  /** Count only with an explicit first-person subject: "kys" is usually aimed at others. */
  explicitSelf?: boolean;
  /** CONCERN for passive or ambiguous signs (crisis-signals.ts); CRISIS when absent. */
  level?: 'CONCERN';
}

// A clause end, or a word that keeps "I can't go on" about life rather than "go on the trip".
const END =
  '(?=$| ,| (?:and|but|because|so|anymore|any longer|much longer|like this|this way|another day|tomorrow|ever|' +
  'again|in this world|on this earth|right now|at all|either|really|honestly|now|alone|lol|tbh|please|tonight|today)\\b)';

// "can" stays outside the match so that "can not" / "can no longer" lands in the negation scope.
const AFTER_CAN = '(?<=\\bcan (?:not |never |no longer )?(?:really |even |just |ever )?)';

const FIGURATIVE_DEATH =
  /^ (?:(?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cringe|cuteness|curiosity|jealousy|envy|excitement|hunger|heat)|than|laughing|in the foot|on (?:this|that|the) hill|(?:my |her |his )?(?:hair|clothes|shirt|jeans|eggs|fabric)|with (?:work|stress|worry|laughter))\b/;

const REFLEXIVE = '(?:myself|himself|herself|themselves|themself|ourselves|yourself)';
const POSSESSIVE = '(?:my|his|her|their)';
const BODY = '(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body)';
const MEDICATION =
  'pills|meds|medication|medications|tablets|sleeping pills|sleeping tablets|painkillers|pain pills|pain meds|prescriptions|' +
  'antidepressants|sleeping meds|benzos|opioids|oxys|xanax|paracetamol|tylenol|ibuprofen|lithium|insulin|pill bottles';
const PILLS = `(?:${MEDICATION})`;
const INGEST = '(?:took|taken|take|taking|swallowed|swallow|swallowing|downed|popped|ate|chugged)';
// Amounts that are an overdose rather than a dose: two digits or more, "too many", "a handful".
const DOSE_AMOUNT =
  '[1-9]\\d+|twenty|thirty|forty|fifty|a hundred|(?:way )?too many|the whole bottle|a whole bottle|a whole pack|a handful|handfuls|a bunch|a fistful|every one';

// What a method question asks for: "would it take to not wake up", "would kill me".
const LETHAL_OUTCOME =
  '(?:die|be dead|kill (?:me|myself|you|yourself|someone|a person)|not wake up|never wake up|stop breathing|overdose|od|' +
  'be (?:fatal|lethal|deadly)|end it|sleep forever)';
// Dates a person expects to live to: "I don't see myself making it to christmas / to 30".
const TIME_LANDMARK =
  '(?:christmas|xmas|new years?|easter|thanksgiving|halloween|hanukkah|eid|diwali|(?:my |her |his )?(?:next )?birthday|' +
  '(?:the )?(?:weekend|summer|winter|spring|autumn|holidays|morning)|(?:the )?end of (?:the |this )?(?:week|month|year)|' +
  'next (?:week|month|year|spring|summer|winter|autumn)|tomorrow|january|february|march|april|june|july|august|september|' +
  'october|november|december|[1-9]\\d|twenty|thirty|forty|fifty|sixty)';
// A clinician's or a label's warning makes an overdose a topic of advice, not an event:
// "the pharmacist said something about overdosing on my inhaler", "the leaflet warns of overdosing".
const DOSE_ADVICE =
  '\\b(?:pharmacist|pharmacy|chemist|doctor|dr|gp|nurse|prescriber|psychiatrist|dentist|pediatrician|paediatrician|midwife|' +
  'vet|specialist|consultant|leaflet|label|packet|box|instructions|poison control)(?: [a-z]+){0,2} (?:said|says|warned|warns|' +
  'explained|explains|mentioned|mentions|talked|talks|told (?:me|us)|tells (?:me|us)|went over|goes over)(?: (?:me|us|something|a lot|a bit))? ' +
  '(?:about|of|against|on) (?:the )?(?:(?:risk|risks|danger|dangers|signs|symptoms) of )?(?:accidentally )?';
// A farewell note's recipient is someone close, not a professional ("a note for my therapist for afterwards").
const LOVED_ONE = '(?!(?:therapist|counsellor|counselor|doctor|psychiatrist|teacher|boss|manager|coworker|colleague|lawyer)\\b)[a-z]+';
// Looking down from a height is a warning sign only where there is a height in the message, and no sightseeing.
const LEISURE = /\b(?:view|views|holiday|vacation|trip|sightseeing|tourists?|photos?|beautiful|lovely|happiest|amazing|gorgeous|sunset|sunrise)\b/;
// Jumping for fun: into water, off a board, out of a plane.
const PLAYFUL_JUMP = /\b(?:view|views|holiday|vacation|trip|amazing|fun|into the (?:lake|water|sea|river|ocean|pool)|diving|dive|board|swim|swimming|pool|trampoline|parachute|skydiving|bungee|zipline|cliff diving|lake)\b/;
// Rope, guns and blades bought for ordinary use.
const ORDINARY_USE = /^ (?:(?:and [a-z ]{0,20})?(?:at the (?:hardware|craft|garden) store )?(?:for|to) (?:the |my |a |our |his |her )?(?:tent|camp|camping|climbing|boat|sailing|dog|garden|swing|hammock|clothes ?line|washing line|project|range|hunting|gym|kids|tree ?house|tug of war|shaving|kitchen|crafts?|macrame|christmas tree|tree|course|class|lesson|moving|tie (?:down|up|the)|secure)|(?:and a stool )?at the (?:hardware|craft) store)\b/;
const HEIGHT = /\b(?:bridges?|roofs?|rooftops?|cliffs?|ledges?|balcony|overpass|platform|car park|parking garage|tower|top floor|edge)\b/;
// A relapse word next to "clean from cutting" makes the old problem current again.
const RELAPSE = /\b(?:relapsed|relapse|relapsing|slipped|slipped up|slip up|broke my streak|lost my streak|did it again)\b/;
// Secrecy demanded by someone, next to a bedroom, bathroom or body: grooming, not a surprise party.
const PRIVACY =
  /\b(?:shower|showering|bath|bathroom|bed|bedroom|naked|undress|undressed|undressing|changing|touch|touches|touched|touching|privates|private parts|my body|photos of me|pictures of me|lap|kiss|kisses|kissed)\b/;

const PET_REHOMING_REASON =
  /\b(?:(?:does|do|did|will) not (?:allow|accept|take) (?:pets|cats|dogs|animals)|no pets|pet free|pets? (?:are )?not allowed|allerg[a-z]*|landlord|tenancy|lease|new baby|baby on the way|asthma)\b/;
// Context that must appear somewhere in the message for vaguer phrasings to count.
const PILL_WORDS = new RegExp(`\\b(?:${MEDICATION}|bottle)\\b`);
const MEANS = /\b(?:gun|guns|rope|noose|knife|knives|blade|blades|razor|razors)\b/;
// Two final arrangements together are a warning sign ("wrote my will and gave my dog to …").
// Deciding who inherits one's things ("sorted out who gets my guitar").
const BEQUEST = '(?:who|which of (?:them|my [a-z]+)) (?:gets|will get|should get|is getting|can have|will have|inherits) my';
const ARRANGEMENT = `(?:(?:wrote|made|making|updated|finished) (?:my|a) will|gave away|giving away|(?:gave|giving) my (?:dog|cat|pets?|things|stuff|belongings) to|rehomed|goodbyes?|affairs in order|${BEQUEST}|(?:letters?|notes?|messages?) (?:for|to (?:read|open)) (?:afterwards|after|when i am gone))`;
const ARRANGEMENTS = new RegExp(`\\b${ARRANGEMENT}\\b.*\\b${ARRANGEMENT}\\b`);
const HOPELESSNESS =
  /\b(?:nothing matters|nothing left|no point|pointless|hopeless|can not take (?:it|this)|give up|giving up|no way out|tired of (?:everything|it all)|done with everything|goodbye|better off|no one would (?:care|miss)|nobody would (?:care|miss)|can not do this)\b/;

// "my son has been searching how to overdose": someone else's search, read with its subject by the search family.
const THEIR_SEARCH =
  '(?<!\\b(?:he|she|they|son|daughter|brother|sister|friend|kid|child|teen|teenager|boyfriend|girlfriend|husband|wife|partner|mum|mom|dad|student|cousin|roommate|flatmate|nephew|niece)(?: [a-z0-9]+){0,3} (?:searching|searched|googling|googled|looking up|looked up|researching|researched|reading about|read about) how)';
// Method questions are a risk in any person: "how do you kill yourself", "how do people overdose".
const LETHAL_ACT =
  '(?:kill (?:myself|yourself|oneself|themselves|ourselves)|commit suicide|overdose|od|hang (?:myself|yourself|oneself)|' +
  'end (?:it all|my life|your life|one life|their life)|die (?:painlessly|quickly|fast))';

/** A pattern of `category` and `kind` matching `source` as whole words (every English family builds its patterns with it). */
export function rule(category: CrisisCategory, kind: PatternKind, source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return { category, kind, regex: new RegExp(`\\b(?:${source})\\b`, 'g'), ...extra };
}

const SUICIDE_PATTERNS: CrisisPattern[] = [
  // "I was so hungover I wanted to die lol": a past want with a laugh is a figure of speech; "i wanna die lol" is not.
  rule('SUICIDE', 'SELF', '(?:want|wants|wanting|wish|wished|wishing|ready|deserve|deserves|hope|hoping|need|needs|prefer) to (?:die|be dead)|wanted to (?:die|be dead)(?! (?:lol|lmao|haha|rofl)\\b)', { unlessAfter: FIGURATIVE_DEATH }),
  rule('SUICIDE', 'SELF', '(?:rather|prefer to) (?:be dead|die|not exist|not be alive|not be here)', { unlessAfter: FIGURATIVE_DEATH }),
  // "I'm so tired I could die lol" is an idiom; "I could just die" on its own is not.
  rule('SUICIDE', 'SELF', 'i (?:should|might as well) (?:just )?(?:die|be dead|drop dead)|(?<!\\bso [a-z]+ )i could (?:just )?(?:die|be dead|drop dead)(?! (?:lol|haha|lmao|rofl)\\b)', { unlessAfter: FIGURATIVE_DEATH }),
  rule('SUICIDE', 'SELF', '(?:wish|wished|hope|hoping|pray|praying) (?:that )?i (?:would |could |will |just |was |were |had |get |got |be )*(?:die|died|dead|drop dead|disappear|disappeared|hit by|run over|killed)', { unlessAfter: /^ (?:into|in a|in the|to (?:a|the|my)|on (?:a|an) (?:holiday|vacation|trip|island|beach))\b/ }),
  rule('SUICIDE', 'SELF', '(?:wish|wished|hope|hoping|pray|praying|want|wanted) (?:that )?(?:i|to) (?:would |could |will |did |do |just |had |was |were )*(?:not|never) (?:wake up|be born|been born|born|existed|exist)'),
  rule('SUICIDE', 'SELF', 'go to sleep (?:and )?(?:never|not) wake up|sleep forever|never wake up again', { unlessAfter: /^ (?:until|till|til|before|after|on (?:this|that|these|my new)|in (?:this|that|my new))\b/ }),
  rule('SUICIDE', 'SELF', `(?:kill|killing|killed|kills|murder|murdering|unalive|unaliving|unalived|off|offing|offed|end|ending|hang|hanging|hanged|drown|drowning|shoot|shooting|shot|poison|poisoning|suffocate|suffocating|electrocute|gas|gassing|smother|strangle|strangling|stab|stabbing) ${REFLEXIVE}`, { unlessAfter: FIGURATIVE_DEATH }),
  rule('SUICIDE', 'SELF', 'kys', { explicitSelf: true }),
  rule('SUICIDE', 'SELF', 'unalive|unaliving|self delete|self deleting|delete myself|ctb'),
  rule('SUICIDE', 'SELF', `(?:end|ending|ended|take|taking|took) ${POSSESSIVE} (?:own )?life`),
  rule('SUICIDE', 'SELF', `end it all|end everything|end (?:it|things)${END}`),
  rule('SUICIDE', 'SELF', 'suicidal|suicidality|suicide (?:attempt|attempts|note|notes|letter|plan|plans|thoughts|thought|ideation|pact)'),
  rule('SUICIDE', 'SELF', '(?:attempt|attempted|attempting|commit|committing|committed|contemplating|contemplated|considering|considered|planning|planned|tried|try|died by|die by|death by) suicide'),
  rule('SUICIDE', 'SELF', `better off (?:dead|without me|gone)|(?:better|happier|easier|simpler)(?: (?:life|lives))? without me|(?:fine|okay|ok|relieved) without me${END}|(?:being|am|such) a burden|a burden (?:to|on) (?:everyone|my family|them|you|people)|(?:better(?: off)?|(?:easier|simpler|happier) for (?:everyone|everybody|them|you|all of them|my [a-z]+|the world)) (?:if|when) i (?:(?:was|were|am) (?:dead|gone|not here|not around|never born|not alive)|(?:did not|do not|never) exist(?:ed)?|had never (?:been born|existed)|disappeared|died|left this world)`),
  rule('SUICIDE', 'SELF', 'no reason (?:for me )?to (?:exist|live|go on|keep going|stay alive|be alive|keep living)|nothing (?:left )?to live for|no (?:will|desire|wish) to live'),
  rule('SUICIDE', 'SELF', '(?:think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|dream|dreaming) (?:about|of) (?:dying|being dead|ending (?:it|my life|things|everything)|not being (?:here|alive|around)|not existing|my (?:own )?funeral|suicide)'),
  rule('SUICIDE', 'SELF', '(?:why|what is the use of|what is the point of) (?:even )?(?:bother|bothering|keep|continue|keep on) (?:living|going on|being alive|existing|waking up|trying anymore)|why (?:should|would) i (?:keep living|go on|stay alive|bother living)'),
  rule('SUICIDE', 'SELF', 'what is (?:even |really |actually |honestly )?the point (?:of|in) (?:even |really )?(?:living|life|going on|being alive|anything|it all|existing|being here|me)|(?:life|my life|living|existence|everything) (?:is|feels) (?:pointless|meaningless|hopeless)'),
  rule('SUICIDE', 'SELF', `(?:want|wants|wanted|need|going) to (?:disappear|vanish)(?: forever| for good| permanently| and never come back)?${END}`),
  rule('SUICIDE', 'SELF', 'not (?:afraid|scared) (?:to die|of dying|of death)|(?:would|do) not mind (?:dying|being dead|not waking up|not existing|not being here|if i died)'),
  rule('SUICIDE', 'SELF', `(?:saving|saved|save|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing|stashed) (?:up )?(?:my |some |all my |enough |a lot of |the |all the |extra )?${PILLS}`),
  rule('SUICIDE', 'SELF', `took an overdose|${INGEST} (?:${DOSE_AMOUNT}) (?:of )?(?:(?:my|the|his|her|their|a|some) )?(?:[a-z]+ ){0,2}${PILLS}`),
  // "all" only with verbs of gulping: "I took all my meds" is usually adherence.
  rule('SUICIDE', 'SELF', `(?:swallowed|swallow|swallowing|downed|popped|chugged) all (?:of )?(?:(?:my|the|his|her|their) )?(?:[a-z]+ ){0,2}${PILLS}`),
  // Lookbehinds sit after the word they qualify so they run only where it matched.
  rule('SUICIDE', 'SELF', `(?:overdosed|overdosing)(?<!${DOSE_ADVICE}(?:overdosed|overdosing))|(?:to|i|will|might|almost|nearly) (?:overdose|od)`, { accidentProne: true, unlessAfter: /^ on (?:netflix|tv|television|coffee|caffeine|sugar|chocolate|candy|sweets|work|love|music|games|gaming|anime|social media|tiktok|memes|cake|carbs|pizza|sun|sunshine|shopping|k ?dramas?|cuteness|nostalgia)\b/ }),
  rule('SUICIDE', 'SELF', '(?:wrote|writing|write|written|left|leaving|drafted|drafting|finished|recorded|recording|filmed|made) (?:a |my |the |some )?(?:goodbye|suicide|farewell|final) (?:letter|letters|note|notes|message|messages|texts|video)', { unlessWith: /\b(?:retir[a-z]*|moving (?:to|away|abroad)|leaving (?:the|our|for)|last day|farewell party|graduat[a-z]*|new job|wedding|going away)\b/ }),
  rule('SUICIDE', 'SELF', '(?:wrote|writing|write|written|left|leaving|recorded|recording) (?:a |some |the )?(?:letters?|notes?|messages?|videos?|cards?) (?:to|for) (?:[a-z]+ ){1,3}(?:saying|to say|that say|that says) (?:goodbye|bye|farewell|i am sorry and goodbye)'),
  // Notes meant to be read once the writer is gone: "a note for my sister for when i'm gone", "wrote my mum a letter for afterwards".
  rule('SUICIDE', 'SELF', '(?:letters?|notes?|messages?|videos?|cards?)(?: (?:to|for) (?:my |his |her |the |a )?[a-z]+)? (?:for|to (?:read|open|find|watch)) (?:when|after|once) i (?:am gone|am dead|die|am not here|am no longer (?:here|around)|have gone)|' +
    `(?:(?:wrote|writing|write|written|left|leaving|recorded|recording) (?:my|his|her|the) ${LOVED_ONE} (?:a |some |the )?(?:letters?|notes?|messages?|videos?|cards?)|(?:letters?|notes?|messages?|videos?|cards?) (?:to|for) (?:my|his|her|the) ${LOVED_ONE}) (?:for|to (?:read|open|find|watch)) afterwards${END}`),
  rule('SUICIDE', 'SELF', '(?:said|saying|say) (?:my )?(?:final |last )?goodbyes|final goodbye|last goodbye|goodbye forever|goodbye (?:world|cruel world)|this is goodbye'),
  rule('SUICIDE', 'SELF', `(?:tonight|today|tomorrow) is the (?:night|day)${END}|(?:tonight|today) is the (?:night|day) i (?:die|end it|do it)`),
  rule('SUICIDE', 'SELF', '(?:bought|buying|buy|got|getting|ordered|ordering|purchased|tied|tying) (?:a |some |the |myself a )?(?:rope|noose|gun|handgun|pistol|firearm|rifle|shotgun|bullets|razor blades?|helium)', { unlessAfter: ORDINARY_USE }),
  rule('SUICIDE', 'SELF', `(?:looked up|looking up|look up|searched|searching|googled|googling|researching|researched|reading about|read about) (?:how to (?:die|hang|overdose|kill|end)|ways to (?:die|kill|end)|painless ways|lethal doses?|how many (?:pills|tablets))`),
  rule('SUICIDE', 'SELF', 'lethal dose|how many (?:pills|tablets) (?:would it take|does it take|to die|it takes|would kill)', { speaker: 'PATIENT' }),
  // The same question about a named or possessed medicine, when it asks for a lethal outcome.
  rule('SUICIDE', 'SELF', `how (?:many|much) (?:of )?(?:(?:my|the|his|her|their|these|those|your) )?(?:[a-z]+ ){0,2}${PILLS} (?:(?:would|does|will|did|do) (?:it|you|i) (?:take|need)|it takes) (?:for (?:me|you|someone|a person) )?to ${LETHAL_OUTCOME}|how (?:many|much) (?:of )?(?:(?:my|the|his|her|their|these|those|your) )?(?:[a-z]+ ){0,2}${PILLS} (?:would|will|could) (?:kill|be (?:fatal|lethal|deadly))`, { speaker: 'PATIENT' }),
  rule('SUICIDE', 'SELF', `(?:best|easiest|quickest|fastest|painless|least painful|surest|simplest|most effective) (?:way|ways|method|methods) to (?:die|go|end it|${LETHAL_ACT})|how${THEIR_SEARCH} (?:to|do you|do i|do people|can i|can you|would i|would you|does one|should i) ${LETHAL_ACT}`, { speaker: 'PATIENT' }),
  rule('SUICIDE', 'SELF', '(?:jump|jumping|jumped|throw myself|throwing myself|leap|leaping) (?:off|from|in front of|into) (?:of )?(?:a |the |this |that |an )?(?:bridge|building|roof|rooftop|cliff|balcony|train|bus|truck|car|traffic|oncoming traffic|highway|tracks|river|window)', { unlessWith: PLAYFUL_JUMP }),
  rule('SUICIDE', 'SELF', '(?:step|stepping|stepped|walk|walking|walked|lie|lying) (?:in front of|into|down on) (?:a |the )?(?:train|bus|truck|car|traffic|oncoming traffic|tracks)'),
  rule('SUICIDE', 'SELF', '(?:drive|driving|crash|crashing|swerve|swerving|steer|run|running|ram|ramming) (?:my car |the car |myself )?(?:into|off) (?:a |the |an )?(?:tree|wall|bridge|cliff|oncoming traffic|traffic|river|lake|pole|truck|road|overpass|embankment|ravine|guardrail|highway)|crash(?:ing)? (?:my|the) car on purpose'),
  rule('SUICIDE', 'SELF', '(?:want|wants|need) (?:someone|somebody|something|a car|a truck|a bus|god) to (?:kill|hit|end) me'),
  // Dwelling on how easy it would be, at the edge of a height or looking down from one.
  rule('SUICIDE', 'SELF', `(?:think|thinking|thought|wonder|wondering|wondered|reali[sz]e|reali[sz]ing|reali[sz]ed) (?:about )?how easy it (?:would|could|will|might) be${END}|how easy it (?:would|could|will|might) be to (?:just )?(?:jump|step (?:off|in front|into|out in front)|let go${END}|drive (?:off|into)|swerve|crash|end it|die|disappear${END}|take (?:them all|it all|all of them)|overdose|not wake up|fall (?:off|from))`),
  rule('SUICIDE', 'SELF', '(?:look|looking|looked|stare|staring|stared|gaze|gazing|gazed|peer|peering|peered) (?:down|over) (?:at|into|over|off) (?:the )?(?:water|drop|tracks|traffic|river|ground|road|street|cars|edge|sea|rocks)|(?:look|looking|looked|lean|leaning|leaned) over the (?:edge|railing|rail|side|ledge|parapet)', {
    onlyWith: HEIGHT,
    unlessWith: LEISURE,
  }),
  rule('SUICIDE', 'SELF', '(?:stood|standing|stand|sat|sitting|sit|climbed|climbing|climb) (?:on|onto|over|at) the (?:edge|ledge|railing|rail|parapet) of (?:the |a |my |that )?(?:bridge|roof|rooftop|building|cliff|balcony|overpass|car park|parking garage)'),
  rule('SUICIDE', 'SELF', '(?:last|final) (?:day|night|week|meal|birthday) (?:alive|on earth)'),
  rule('SUICIDE', 'SELF', 'feel(?:s|ing)? like (?:dying|ending it|disappearing forever)', { unlessAfter: /^ (?:inside|of|from|laughing|(?:my |her |his )?(?:hair|clothes|shirt|jeans|eggs|fabric))\b/ }),
  rule('SUICIDE', 'SELF', `no way out${END}|(?:might|will|could|would) do to myself|do something (?:drastic|stupid|dangerous)`, { unlessAfter: /^ (?:like|at|in|during|on|with) (?:the|my|a|this|that|work|school)?\b/ }),
  rule('SUICIDE', 'SELF', '(?:thinking (?:of|about)|think about|thought about|want to|wanting to|going to|plan to|planning to|tempted to|might|could) us(?:e|ing) (?:it|them|that|one)', { onlyWith: MEANS }),
  rule('SUICIDE', 'SELF', '(?:want|wants|wanted|need|needs|wish|wished) (?:for )?(?:it all|everything|all of it|the pain|my life|life|the suffering|all this) to (?:stop|end|be over)(?: permanently| forever| for good)?|(?:give|giving|gave|given) up on (?:life|living)|permanent (?:solution|way out|escape)'),
  rule('SUICIDE', 'SELF', '(?:going to|gonna|want to|will|about to|plan to|planning to|thinking (?:of|about)) (?:take|taking|swallow|swallowing) (?:them all|all of them|(?:the|a) (?:whole|entire) (?:bottle|pack|box)|every (?:one|last one|pill)|it all|the lot)', {
    onlyWith: PILL_WORDS,
    unlessAfter: /^ (?:at once )?(?:as prescribed|with (?:food|water|breakfast|dinner))\b/,
  }),
  rule('SUICIDE', 'SELF', `(?:picture|picturing|imagine|imagining|visuali[sz]e|visuali[sz]ing|see|seeing|dream of|dreaming of) myself (?:just |simply |finally |already )?(?:hanging|dead|jumping|overdosing|bleeding out|in a coffin|lying dead|not breathing|at my (?:own )?funeral|(?:not|never) waking up|not (?:being )?(?:here|alive|around)|no longer (?:here|alive|around)|dying|gone${END}|disappearing (?:forever|for good))|` +
    'hang(?:ing)? (?:myself )?from (?:the|a) (?:ceiling|fan|ceiling fan|beam|rafters?|tree|door|bannister|banister|closet rod)', { unlessAfter: FIGURATIVE_DEATH }),
  rule('SUICIDE', 'SELF', `(?:plan|plans|planning|planned|figured out|figuring out|worked out|working out|know|knowing|decided|deciding|thinking about|thought about|picking|picked) (?:exactly )?(?:how|when|where) (?:i would|i will|i am going to|i could) (?:do it|end it|go through with it)${END}`),
  rule('SUICIDE', 'SELF', 'if i (?:(?:do not|never) wake up|died|killed myself|was to die|were to die|did not wake up|never woke up|disappeared forever)|if i (?:am|was|were|end up) (?:gone|dead|not here|not around|no longer (?:here|around|alive))|by the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this'),
  rule('SUICIDE', 'SELF', `(?:go|going) through with it${END}|made up my mind${END}|my mind is made up${END}|follow through with it${END}|(?:do|doing) it (?:tonight|tomorrow|this weekend|soon)`, { onlyWith: HOPELESSNESS }),
  rule('SUICIDE', 'SELF', `${PILLS} (?:lined up|counted out|laid out|in front of me|next to me|in my hand|ready to (?:go|take))|(?:staring|stare|stared) at (?:the |my |a )?(?:bottle of )?${PILLS}|(?:taking|take|took|get|getting|got|borrow|borrowing|borrowed|steal|stealing|stole|buy|buying) (?:my |his |her |their |a |the )?(?:[a-z]+ )?(?:gun|rifle|pistol|shotgun|handgun|firearm)`, {
    unlessAfter: /^ (?:to (?:the )?(?:range|gunsmith|shop|store)|hunting|for (?:hunting|cleaning|repair))\b/,
  }),
  rule('SUICIDE', 'SELF', '(?:gave|giving|give|given) away (?:all )?(?:of )?my (?:things|stuff|possessions|belongings|pets?|dog|cat)|(?:put|putting|getting|got) my affairs in order|(?:rehomed|rehoming|found a new home for) my (?:dog|cat|pets?)', {
    unlessAfter: /^ (?:to (?:charity|goodwill|a (?:thrift|charity) (?:store|shop))|before (?:we|i) move|because (?:we|i) (?:am|are) moving)\b/,
    // A pet rehomed for a landlord, a lease, an allergy or a new baby is a housing or health matter.
    unlessWith: PET_REHOMING_REASON,
  }),
  rule('SUICIDE', 'SELF', `(?:wrote|writing|made|making|updated|finished) (?:my|a) will|(?:gave|giving) my (?:dog|cat|pets?|things|stuff|belongings) to|${BEQUEST}`, { onlyWith: ARRANGEMENTS }),
  rule('SUICIDE', 'SELF', `(?:ready|time) to go${END}|nothing (?:left )?for me (?:here|anymore|in this world)`, { onlyWith: HOPELESSNESS }),
  rule('SUICIDE', 'SELF', '(?:done|finished) with (?:life|living|being alive|existing|it all)(?! (?:on|in|for|at|from|today)\\b)|(?:tired|sick) of (?:living|being alive|life|existing|being here|waking up)'),
  rule('SUICIDE', 'SELF', `(?:slit|slitting|slash|slashing) ${POSSESSIVE} (?:wrists?|throat)|blow my brains out|bullet (?:in|through) my (?:head|brain)|gun (?:to|in) my (?:head|mouth)`),
];

const SELF_HARM_PATTERNS: CrisisPattern[] = [
  rule('SELF_HARM', 'SELF', `(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|harmed|injure|injuring|injured|hit|hitting|punch|punching|scratch|scratching|scratched|bruise|bruising|starve|starving|starved|mutilate|mutilating|bite|biting) ${REFLEXIVE}`, { accidentProne: true }),
  rule('SELF_HARM', 'SELF', 'self (?:harm|harming|harmed|harms|injury|injure|injuring|injured|mutilation|mutilate|mutilating)|nssi'),
  rule('SELF_HARM', 'SELF', `(?:started|start|starting|began|begin|back to|used to|been|keep|kept|go back to|going back to|urge to|urges to|want to|wanted to|tempted to|wanting to|itching to|relapsed and|relapsed into) (?:cut|cutting|burn|burning)(?=$| ,| (?:last night|yesterday|today|first time|again|myself|tonight|so|really|badly|bad|right now|and|but|because|lately|every|more|deeper|when|as a|at|during|until|back then|for (?:years|months|a while)|in (?:high|middle) school|in college|my ${BODY})\\b)`),
  rule('SELF_HARM', 'SELF', '(?:cutting|burning) (?:myself )?again'),
  // "cut again last night": no object, so only at a clause start or after the patient as subject.
  rule('SELF_HARM', 'SELF', '(?:cut|burned|burnt)(?<=(?:^|(?:\\bi|\\band|\\bthen|\\bso|\\bjust|\\bhave|\\bhad|\\bnearly|\\balmost|,) )(?:cut|burned|burnt)) (?:myself )?again', { accidentProne: true }),
  rule('SELF_HARM', 'SELF', '(?:clean|free|sober|abstinent) (?:from|of) (?:self harm|self harming|cutting|burning|sh|hurting myself|harming myself)', { onlyWith: RELAPSE }),
  rule('SELF_HARM', 'SELF', `(?:cut|cutting|cuts|carve|carving|carved|burn|burning|burned|scratch|scratching|scratched|slash|slashing|slashed) (?:into )?(?:my|both|his|her|their) ${BODY}`, { accidentProne: true }),
  rule('SELF_HARM', 'SELF', 'until (?:it|they|my [a-z]+|i) (?:bled|bleeds|bleed|was bleeding|started bleeding|broke)|(?:made|make|making) myself (?:bleed|bruise|throw up|sick)'),
  rule('SELF_HARM', 'SELF', '(?:cut|cutting) (?:too deep|deeper than|deep enough)|(?:will not|would not|can not|does not|did not) stop bleeding'),
  rule('SELF_HARM', 'SELF', '(?:relapsed|relapse|relapsing) (?:on |with |into )?(?:self harm|cutting|burning)'),
  rule('SELF_HARM', 'SELF', `fresh (?:cuts|wounds|burns)|(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:my |the )?(?:cuts|wounds|burns)|(?:razor|blade|blades|lighter) (?:on|to|into|against) my ${BODY}`, { accidentProne: true }),
];

const HARM_TO_OTHERS_PATTERNS: CrisisPattern[] = [
  // "I'm going to put him in hospital", "I'll break his jaw": the object stays out of the match so the owner is read from the subject.
  rule('HARM_TO_OTHERS', 'SELF', `(?:put|putting|land|landing)(?<=${HARM_INTENT}(?:put|putting|land|landing))(?= (?!me\\b|myself\\b|us\\b)[a-z]+(?: [a-z]+)? (?:in|into) (?:the |a |an )?(?:hospital|ground|grave|coffin|morgue|icu|intensive care|emergency room|body bag|wheelchair)\\b)|` +
    `(?:break|snap|smash|bash|cave|crack)(?<=${HARM_INTENT}(?:break|snap|smash|bash|cave|crack))(?= (?!my\\b|your\\b|our\\b|a\\b|the\\b)[a-z]+ (?:neck|jaw|face|skull|head|nose|legs?|arms?|teeth|kneecaps|ribs)\\b)`),
  rule('HARM_TO_OTHERS', 'SELF', '(?:shoot up|shooting up|bomb|bombing|blow up|blowing up) (?:the|my|a|this|that) (?:school|office|workplace|work|church|mosque|synagogue|temple|mall|building|party|class|classroom)'),
  rule('HARM_TO_OTHERS', 'SELF', '(?:bring|bringing|take|taking|carry|carrying) (?:a|my|the|his|her|dad s|a loaded) (?:gun|knife|weapon|rifle|pistol|machete|bat) (?:to|into) (?:school|work|the office|class|church|his (?:house|place|work)|her (?:house|place|work)|their (?:house|place))'),
];

const ME = '(?:(?:my (?:[a-z]+ )?[a-z]+ and )?(?:me|us)|my (?:kids|children|son|daughter|baby|child|kid))';

const ABUSE_PATTERNS: CrisisPattern[] = [
  rule('ABUSE_IN_PROGRESS', 'ABUSE', `(?:burns|burning|burned|burnt|whips|whipping|whipped|hitting|hits|hit|beating|beats|beat|beat up|beats up|beating up|kicking|kicks|kicked|choking|chokes|choked|strangling|strangles|strangled|punching|punches|punched|slapping|slaps|slapped|shoving|shoves|shoved|raping|rapes|raped|abusing|abuses|abused|attacking|attacks|attacked|threatening|threatens|threatened|stalking|stalks|stalked|hurting|hurts|assaulting|assaults|assaulted|molesting|molests|molested|smothering|grabbing|pinning|pinned|spitting on|spat on|touches|touching|touched|groping|gropes|groped|feeling up|feels up) ${ME}`, {
    unlessAfter: /^ (?:up|back|off|at|to it|to the|in (?:a |the )?(?:race|game|argument|chess|cards)|with (?:a |the |that |this |his |her |their |your )?(?:question|questions|news|joke|idea|truth|reality|facts?|comeback|words|comments|silence|attitude|story|kindness)|emotionally|deeply|so much|on the (?:shoulder|arm|back|hand)|with (?:a |the |his |her |their )?(?:pillows?|snowballs?|balls?|(?:water )?balloons?|towel|cushions?|nerf [a-z]+))\b/,
  }),
  rule('ABUSE_IN_PROGRESS', 'ABUSE', `(?:going to|will|would|might|may|could|wants to|want to|wanted to|tried to|try to|trying to|threatened to|threatens to|threatening to|threaten to|swore to|plans to|planning to|about to|coming to|said (?:he|she|they) would|says (?:he|she|they) will|said (?:he|she|they) will) (?:(?:just|really|literally|actually|fucking|seriously) )*(?:kill|hurt|hit|beat|beat up|rape|shoot|stab|strangle|choke|attack|punch|murder|drown|smother|find) ${ME}`, {
    unlessAfter: /^ (?:a|an|some|the|at|in)\b/,
  }),
  rule('ABUSE_IN_PROGRESS', 'ABUSE', `hurt ${ME} (?:again|last night|yesterday|today|this morning|tonight|badly|physically|bad)|(?:pushed|pushes|pushing|shoved|shoving|threw|throws|throwing) ${ME} (?:down|against|into|over|to the|around)|(?:threw|throws|throwing) (?:a |the )?[a-z]+ at ${ME}`),
  rule('ABUSE_IN_PROGRESS', 'ABUSE', '(?:make|makes|making) (?:me|us) pay(?! (?:for )?(?:the |a |an |my |half )?(?:damage|damages|rent|repairs?|bills?|dinner|lunch|ticket|tickets|fees?|fine|deposit|half|share|tab|taxes)\\b)|(?:show|shows|showed|showing|turn|turns|turned|turning) up at my (?:work|house|home|door|job|apartment|school|place)|(?:follow|follows|followed|following) me (?:home|to work|around|everywhere)'),
  rule('ABUSE_IN_PROGRESS', 'ABUSE', `(?:put|puts|putting|laid|lays|laying) (?:his|her|their) hands on (?:me|my)|forced (?:himself|herself|themselves) on me|(?:made|makes|forced|forces|forcing) me (?:have sex|into sex|to have sex)|(?:locked|locks|locking|trapped|traps|trapping) me (?:in|inside|out)|(?:will not|would not|does not|did not) let me (?:leave|escape|go|out)(?:${END}| (?:of )?(?:the|my|this|our|his|her) (?:house|apartment|flat|room|home|car|bedroom))`),
  rule('ABUSE_IN_PROGRESS', 'ABUSE', `(?:our|a) (?:little |special |own )?secret${END}|(?:tells|told|telling|says|said|saying|makes|made|making|warned|warns) (?:me|us) (?:not to|never to|to never|i can not|i am not allowed to|i must not|we can not) tell (?:anyone|anybody|no one|nobody|mom|my mom|dad|my dad|my parents|a teacher|the teacher|you)`, {
    onlyWith: PRIVACY,
  }),
  rule('ABUSE_IN_PROGRESS', 'SELF', '(?:afraid|scared|terrified|fear|fearing|frightened) for my (?:life|safety)|in danger(?! of)|hands (?:around|on) my (?:neck|throat)'),
  rule('ABUSE_IN_PROGRESS', 'SELF', '(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?(?:home|to (?:the|my|our|his|her) (?:apartment|house|flat|place|room))|(?:scared|afraid|terrified|frightened) (?:of )?what (?:he|she|they|(?!i\\b)[a-z]+) (?:will|might|would|is going to|could) do'),
  rule('ABUSE_IN_PROGRESS', 'SELF', '(?:i am|i live|living|stuck|trapped) (?:in|with) (?:an |a )?abusive|my (?:husband|wife|partner|boyfriend|girlfriend|dad|mom|father|mother|parents|stepdad|stepmom) (?:is|are) (?:abusive|violent)'),
];

const LIFE_PATTERNS: CrisisPattern[] = [
  rule('SUICIDE', 'LIFE', `(?:want|wants|wanted|wanting|desire) to (?:live|be alive|exist|keep living|go on|carry on|continue|keep going|be here|wake up|be around)${END}`),
  rule('SUICIDE', 'LIFE', `${AFTER_CAN}(?:go on|keep going|carry on|live like this|keep living|survive this|go on like this|do life|do living)${END}|${AFTER_CAN}(?:do this|take it|take this|cope|handle (?:it|this)|keep doing this) anymore`),
  rule('SUICIDE', 'LIFE', '(?:reason|reasons|will|desire|point) (?:for me )?to (?:live|go on|keep going|stay alive|be alive|keep living)|(?:anything|something|much) (?:left )?to live for'),
  // "at this point in my life" is a time, not a question about living.
  rule('SUICIDE', 'LIFE', `(?<!\\bat (?:this|that|some|one|any|a|the|which) )(?:point|purpose) (?:in|of|to) (?:living|life|going on|being alive|being here|existing|anything|it all|my life|waking up|getting up|carrying on|keeping going|trying anymore)|see (?:the|any) point${END}`),
  rule('SUICIDE', 'LIFE', `worth (?:living|going on|being alive)|see (?:a|any) (?:future|way out|way forward)${END}|feel like (?:living|going on|being alive|existing|waking up)${END}`),
  rule('SUICIDE', 'LIFE', 'care (?:if|whether) i (?:live|die|died|wake up|make it|am alive|exist)|(?:care|notice|miss me) (?:even )?if i (?:died|was gone|were gone|disappeared|vanished|was dead|were dead|killed myself|was not here|were not here|stopped existing|left for good)'),
  rule('SUICIDE', 'LIFE', `(?:see|imagine|picture|envision) myself (?:still )?(?:being )?(?:alive|around|here|making it(?! (?:on|in) time\\b))(?: (?:at|by|in|for|next|when|on)\\b|${END}| (?:to|till|until|through|past) ${TIME_LANDMARK}${END})|(?:see|imagine|picture|envision) myself (?:still )?living${END}|be(?:ing)? (?:still )?alive(?: (?:at|by|in|for|next|when|on)\\b|${END})`),
  rule('SUICIDE', 'LIFE', 'be (?:around|here|alive) (?:much longer|for long|anymore|after (?:tonight|today|this week)|by (?:tomorrow|morning|the weekend|next week)|next (?:week|month|year)|tomorrow)', {
    unlessWith: /\b(?:visiting|visit|travel(?:l?ing)?|trip|vacation|holiday|conference|away|flight|flying|out of town|business)\b/,
    unlessAfter: /^ (?:(?:for|at) (?:our |my |the )?(?:session|appointment|meeting|class|work)|because|since|i am (?:travelling|traveling|away|on)|on (?:vacation|holiday))\b/,
  }),
  rule('SUICIDE', 'LIFE', `(?<=\\b(?:life|living|my life|existing|being alive|any of this|it all) (?:is |feels |seems )?(?:not |no longer |never )?(?:really |even )?)worth (?:it|anything|the (?:effort|pain|struggle|fight))${END}`),
  rule('SUICIDE', 'LIFE', `make it through (?:the night|tonight)|trust myself(?:${END}| (?:around|with|near) )`),
  rule('SUICIDE', 'LIFE', `safe (?:with|from|around|near) (?:myself|(?:the |my |all the |these )?(?:knives|knife|pills|meds|gun|guns|blades|razors?|rope))|keep myself safe|(?:feel|am|be) safe${END}`),
  rule('ABUSE_IN_PROGRESS', 'LIFE', 'safe (?:at home|in my (?:own )?(?:home|house|room|bedroom|apartment)|going home|(?:with|around) (?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mother|stepdad|stepmom|ex|roommate|family|parents)))'),
];

/** Every pattern family, checked against each sentence. */
export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  ...SUICIDE_PATTERNS,
  ...SELF_HARM_PATTERNS,
  ...HARM_TO_OTHERS_PATTERNS,
  ...ABUSE_PATTERNS,
  ...LIFE_PATTERNS,
];
