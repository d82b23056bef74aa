/**
 * English families of the r28c session: teens, adults and elders typing or dictating into the session assistant in US,
 * UK, Irish, Australian, Indian, Nigerian and Caribbean English, with slang and voice run-ons. Each family keeps its
 * benign reading out by the context that makes it one:
 * - intent: a mind made up "to die", Caribbean and Nigerian Pidgin intent ("mi ago dead tonight", "I go end am");
 * - method chosen: "decided on the method", "going with the charcoal", setting oneself on fire, a car put into a tree
 *   "so it looks like an accident", going over the side of a boat with no lifejacket, stopping insulin on purpose;
 * - means with one now: a rope, a poison or a weapon sitting "in my bag / in the ute with me", pills counted out,
 *   a dead spouse's morphine one "intends to use";
 * - timing: "Sunday is the day" with the house empty, "once this chat is done I'm going", gone "within the hour",
 *   a noise that will "cover" the shot, "there won't be a 2nd for me", "it's happening Thursday" at a height;
 * - preparation and giving away: belongings handed over "for a man who won't be here", "no use to me after", burial
 *   clothes laid out, money moved and accounts deleted "before I go", resting "tonight" with everything settled;
 * - an overdose told by its body signs; self-harm done (blood on the floor, "did my arm", "cat scratches … not a cat",
 *   old cuts picked open);
 * - harm to others on the way (a machete, a house burnt with someone inside, killing "every one of them" on a day);
 *   abuse by a carer due back soon.
 * CONCERN families are in crisis-acts-r28-concern.ts. Read by crisis.ts like the other English act families
 * (negation, subject, time frame).
 */
import { rule, type CrisisPattern } from './crisis-patterns';
import { R28_CONCERN_PATTERNS } from './crisis-acts-r28-concern';

function sign(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SUICIDE', 'SELF', source, extra);
}

function cut(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('SELF_HARM', 'SELF', source, extra);
}

function harm(source: string, extra: Partial<CrisisPattern> = {}): CrisisPattern {
  return rule('HARM_TO_OTHERS', 'SELF', source, { speaker: 'PATIENT', ...extra });
}

const DRUG_R28 =
  '(?:pills|pill|meds|medication|tablets|tablet|capsules|capsule|painkillers|antidepressants|sleeping (?:pills|tablets)|(?:blood pressure|heart|bp|diabetes|sleeping|pain) (?:pills|pill|tablets|tablet|meds)|quetiapine|seroquel|amitriptyline|sertraline|citalopram|fluoxetine|xanax|xan|xans|xannies|bars|benzos|diazepam|valium|lorazepam|clonazepam|tramadol|codeine|oxy|oxycodone|morphine|insulin|paracetamol|tylenol|ibuprofen|lithium|zopiclone|propranolol|beta blockers|metoprolol|amlodipine|prescription)';
// Poisons and tools that are a method in themselves.
const POISON = '(?:paraquat|gramoxone|sniper|weedkiller|weed killer|pesticide|insecticide|rat poison|cyanide|antifreeze|bleach|herbicide)';
const MEANS_R28 = `(?:rope|noose|gun|rifle|shotgun|pistol|blade|blades|razor|razors|knife|charcoal|${POISON}|${DRUG_R28})`;
// The body's signs that an overdose is working, or regret and secrecy right after it.
const BODY_SIGNS =
  /\b(?:heart (?:is )?(?:doing|going|racing|pounding|beating)|racing|pounding|weird|slurry|slurred|slurring|spinning|dizzy|blurry|shaky|shaking|sweating|drowsy|numb|throwing up|vomiting|can not (?:feel|see|stand|keep)|typing is|wish i had not|do not tell|too late|ago)\b/;
// Ordinary reasons to have a poison, a rope or a blade with one.
const ORDINARY_R28 = /\b(?:spray|spraying|weeds|paddock|crop|crops|garden|lawn|fence|camping|camp|climb|climbing|abseil[a-z]*|hike|hiking|tow|towing|trailer|swing|tent|boat|sailing|range|hunting|shooting club|rats|mice|pests|game|gaming|fortnite|warzone|pubg|loadout|squad|respawn|cleaning|laundry|pool|farm work|for work|shaving|cooking|kitchen)\b/;
const WEAPON_R28 = '(?:machete|knife|gun|rifle|shotgun|pistol|bat|baseball bat|hammer|axe|crowbar|cleaver|golf club|tyre iron|tire iron)';
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|today|this weekend|the weekend)';

/** Intent said as a decision, and intent in Caribbean English and Nigerian Pidgin. */
const INTENT_R28: CrisisPattern[] = [
  sign('(?:made up my mind|make up my mind|decided|determined|resolved|settled on it|set on it) to (?:die|be dead|end (?:it|it all|my life|things)|go through with it|take my (?:own )?life)(?= \\.|$| ,| and| now| tonight| soon| this)', { speaker: 'PATIENT' }),
  // "mi ago dead tonight", "I go end am before morning", "me a go kill miself".
  // fa-en: ending it "with" a means ("end it with my dad's gun", "end it all with a bottle of pills").
  sign(`(?:end|ending) (?:it|it all|everything|my life|things) with (?:a |the |my |his |her |our |some |a bottle of |a box of |all (?:of )?(?:my |the )?)?(?:[a-z]+ )?${MEANS_R28}`, { speaker: 'PATIENT' }),
  sign('(?:mi|me|i) (?:ago|a go|go|gwine|gonna|wan|want to) (?:dead|die|kill mi ?self|kill myself|end am|end it|end mi life|end my life)(?= \\.|$| ,| tonight| today| now| before| dis| this| fi real| for real)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:tonight|today|before morning|no more|fi real|for real|tire|tired|cyaan|can not|now)\b/,
    unlessWith: /\b(?:if (?:i|mi|me) (?:eat|chop|drink|see|watch|hear|laugh)|laugh|laughing|lol|lmao|funny|hungry|hunger|heat|cold)\b/,
  }),
  // A farewell said before "I end this" or "I do it".
  sign('(?:say|said|saying) (?:farewell|goodbye|bye) to (?:someone|somebody|anyone|anybody|you|one person) before i (?:end (?:this|it)|go|do it|die)(?= \\.|$| ,)', { speaker: 'PATIENT' }),
];

/** A method chosen, or a plan told by its steps. */
const METHOD_R28: CrisisPattern[] = [
  sign('(?:decided on|chose|chosen|picked|settled on|worked out) (?:the|a|my) (?:method|way|how)(?= \\.|$| ,| and| last night| yesterday| today| tonight| now| already)|(?:going|gone|went) with the (?:charcoal|rope|noose|pills|tablets|tracks|gun|exhaust|hose)(?= \\.|$| ,| in my| and| tonight| today| now| then)', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:experiment|study|research|recipe|cooking|analysis|essay|dissertation|project|payment|lesson|teaching|barbecue|bbq party|grill party)\b/,
  }),
  sign('(?:charcoal|disposable (?:bbq|barbecue|grill))(?: [a-z]+){0,3} (?:in|into) my (?:room|bedroom|car|bathroom|tent)|(?:bought|got|have) the (?:grill|charcoal|bbq|barbecue) and the (?:tape|duct tape)', { speaker: 'PATIENT' }),
  sign('set (?:myself|me) (?:on fire|alight|ablaze)|(?:douse|dousing|pour|pouring) (?:petrol|gasoline|gas|kerosene|lighter fluid) (?:on|over) myself', {
    speaker: 'PATIENT',
    unlessAfter: /^ (?:for (?:you|her|him|them)|to keep (?:you|her|him) warm)\b/,
  }),
  sign('(?:put|putting|drive|drove|driving|crash|crashed|crashing|wrap|wrapped|wrapping|plough|plow|steer|steered|steering|aim|aimed) (?:the|my) (?:[a-z]+ )?(?:car|van|truck|ute|lorry|bike|motorbike) into (?:a|the) (?:tree|wall|pole|lamppost|lamp post|pillar|bridge|barrier|river|lake)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:looks? like an accident|on purpose|insurance|full speed|flat out|deliberately|not brake|no seatbelt)\b/,
    unlessWith: /\b(?:nearly|almost|skidded|ice|icy|black ice|deer|kangaroo|fox|swerved to avoid|game|gta)\b/,
  }),
  sign('go over the side|(?:jump|jumping|step|stepping) over the side', { speaker: 'PATIENT', onlyWith: /\b(?:no lifejacket|no life jacket|no one will know|nobody will know|not coming back|weights|rocks in)\b/ }),
  sign('(?:stop|stopping|stopped|quit|quitting) (?:taking )?my (?:insulin|dialysis|heart (?:meds|pills|tablets)|blood thinners|transplant meds)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:want it to|let it happen|so i die|until i die|and that is it|for good|dka|end it|done with it all|so it ends)\b/,
  }),
  // "it's happening Thursday" next to a height or "I've gone over it": a plan with a day.
  sign(`(?:it is|its) happening (?:on )?${DAY}(?= \\.|$| ,)`, {
    speaker: 'PATIENT',
    onlyWith: /\b(?:cliffs?|bridge|tracks|roof|ledge|edge|gone over it|step by step|pills|rope|that is it)\b/,
    unlessWith: /\b(?:party|wedding|surgery|operation|interview|exam|move|moving|concert|match|meeting|launch|date)\b/,
  }),
  // "I'll have done my last job as her father then": a last duty before a planned death.
  sign('(?:done|finished|did|do) my last (?:job|duty|thing|act) as (?:her|his|their|a|your) (?:father|mother|dad|mum|mom|husband|wife|son|daughter|parent)', { speaker: 'PATIENT' }),
];

/** Means with one right now, counted out, or kept to use. */
const MEANS_NOW_R28: CrisisPattern[] = [
  // Tools that are only a method here: a rope, a gun or a poison (not pills or razors, which people carry every day).
  sign(`(?:the |my |some )?(?:rope|noose|gun|rifle|shotgun|pistol|${POISON}) (?:is|are) (?:sitting |right )?(?:here )?(?:in|on|under|next to) (?:my|the) (?:[a-z]+ ){0,2}?(?:backpack|bag|pocket|car|ute|truck|van|lap|hand|hands|room|bed|desk|glovebox)(?= right now| now| with me)`, {
    speaker: 'PATIENT',
    unlessWith: ORDINARY_R28,
  }),
  sign(`(?:got|have|bought|took) (?:the |some |a bottle of )?${POISON}(?: [a-z,]+){0,14}? (?:sitting|is|it is) (?:here )?(?:in|on|next to) (?:the|my) [a-z]+ with me`, { speaker: 'PATIENT', unlessWith: ORDINARY_R28 }),
  sign(`(?:have|got|brought) (?:the |some |a bottle of |my )?(?:rope|noose|gun|rifle|shotgun|pistol|${POISON}) (?:right )?(?:here )?(?:with me|on me|beside me|next to me)`, { speaker: 'PATIENT', unlessWith: ORDINARY_R28 }),
  sign('counting (?:them|the pills|the tablets|out the pills|out the tablets|out my pills) (?:out|all out)?|(?:pills|tablets) are (?:right )?(?:here )?in my hand', {
    speaker: 'PATIENT',
    onlyWith: new RegExp(`\\b${DRUG_R28}\\b`),
    unlessWith: /\b(?:dosette|pill organi[sz]er|weekly box|for the week|pharmacy|refill|stock ?take|inventory|shift|ward|patients)\b/,
  }),
  sign('i (?:intend|mean|plan|am planning|am going) to use (?:it|them|all of it|all of them)(?= \\.|$| ,| tonight| soon| on myself)', {
    speaker: 'PATIENT',
    onlyWith: new RegExp(`\\b(?:${MEANS_R28})\\b`),
    unlessWith: ORDINARY_R28,
  }),
];

/** Timing and the last days said without a word for dying. */
const TIMING_R28: CrisisPattern[] = [
  sign(`${DAY} is the day(?= \\.|$| ,)`, {
    speaker: 'PATIENT',
    onlyWith: /\b(?:not (?:be )?home|nobody (?:is )?home|no one (?:is )?home|house (?:is |will be )?empty|alone|asleep|after service|away)\b/,
    unlessWith: /\b(?:party|wedding|surprise|interview|exam|match|race|marathon|proposal|move|moving|launch|birthday|concert)\b/,
  }),
  sign('(?:once|when|after|as soon as) (?:this|the) (?:chat|conversation|message|session|call) (?:(?:is|s) (?:done|over|finished|sent)|ends|is ended|closes) (?:i am|i will be) (?:going|gone|doing it)(?= \\.|$)', { speaker: 'PATIENT' }),
  sign('by the time (?:you|anyone|someone|they) (?:read|reads|process|processes|see|sees|get|gets|open|opens) this(?: message)?(?: ,)? i will (?:be gone(?! to| for| shopping| out| on)|be dead|have done it|not be here|be driving to the (?:bluffs|cliffs?|bridge|tracks|river|quarry))', { speaker: 'PATIENT' }),
  sign('i will be gone (?:within|in) (?:the|an|the next|half an) (?:hour|minutes?)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:bluffs|cliffs?|bridge|tracks|quarry|river|pills|rope)\b/,
  }),
  sign('(?:will|would|to|should) (?:cover|drown out|hide|mask) the (?:noise|sound|bang|shot|gunshot)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:that is when|gun|shot|trigger|fireworks|when i do it)\b/,
    unlessWith: /\b(?:drill|hoover|vacuum|renovation|baby|dog|party|music|neighbours)\b/,
  }),
  sign('there (?:will not|will never|is not going to) be (?:a|another|any) (?:2nd|second|next (?:week|month|year)|christmas|birthday|new year|spring|summer|tomorrow)(?: [a-z]+){0,2} for me(?= \\.|$)', { speaker: 'PATIENT' }),
];

/** Preparation, arrangements and giving away with the end said. */
const PREP_R28: CrisisPattern[] = [
  sign('(?:giving|gave|given|give|posted|handed|leaving|left|rehomed|rehoming|sent|signing)(?: [a-z]+){0,10} to (?:my|the|a|her|his|our) [a-z]+', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:will not be (?:here|around)|when i am not here|when i am gone|after i am gone|no use to me|no point keeping|keep these forever|not be around)\b/,
  }),
  sign('(?:laid|laying|lay|put|picked) (?:out )?(?:my|the) (?:burial|funeral) (?:clothes|outfit|suit|dress)|(?:clothes|outfit|suit|dress) (?:i want|i would like) to be buried in', {
    speaker: 'PATIENT',
    unlessWith: /\b(?:costume|halloween|play|fancy dress|zombie|for (?:[a-z]+ ){1,2}funeral|to (?:the|her|his|a|[a-z]+) funeral|funeral (?:is|tomorrow|on|at|service)|wake|memorial)\b/,
  }),
  sign('(?:deleting|deleted|closing|closed|moving|moved|transferring|transferred|emptying|emptied)(?: [a-z]+){1,8} before i (?:go|die|leave for good)(?= \\.|$)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:socials|accounts?|every penny|savings|all my money|passwords)\b/,
    unlessWith: /\b(?:(?:move|moving) (?:house|out|abroad|to|in)|trip|holiday|vacation|travel|abroad|flight|emigrat[a-z]*|deployment|surgery|new phone)\b/,
  }),
  sign('(?:wrote|written|left) (?:all )?my passwords (?:down )?for (?:my|the) [a-z]+', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:everything|that is everything|rent|dog food|stuck|after)\b/,
    unlessWith: /\b(?:trip|holiday|surgery|hospital stay|vacation|travel)\b/,
  }),
  sign('(?:tonight|today) i (?:go|will|am going to|am gonna) (?:finally )?rest(?: finally| for good| forever)?(?= \\.|$| ,)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:settled|letters?|debts?|goodbye|affairs|sorted everything)\b/,
    unlessWith: /\b(?:exams?|shift|marathon|race|surgery|operation|holiday|trip|move|moving|deadline)\b/,
  }),
];

/** An overdose told by what it does to the body. */
const DOSE_FELT_R28: CrisisPattern[] = [
  sign(`(?:just )?(?:took|taken|swallowed|popped|downed|necked) (?:all|every|the rest of) (?:of )?(?:the |my |his |her |mum s |mums |mom s |moms |dad s |dads |mum |mom |dad )?(?:[a-z]+ ){0,3}?${DRUG_R28}(?: i had(?: left)?)?|(?:took|taken|swallowed|popped|downed|necked) (?:the |my |his |her |[a-z]+ s )?(?:[a-z]+ ){0,2}?${DRUG_R28}(?: ,)? (?:all of (?:them|it)|the lot|every (?:last )?one)`, {
    speaker: 'PATIENT',
    onlyWith: BODY_SIGNS,
    unlessWith: /\b(?:as prescribed|course of|antibiotics|like the doctor said|with breakfast|with food|this morning as|on time|every day|daily|remembered|vitamins?)\b/,
    unlessAfter: /^ (?:today|this morning|this evening|tonight as|for the day|for today)\b/,
  }),
];

/** Self-harm just done. */
const CUT_DONE_R28: CrisisPattern[] = [
  cut('blood (?:on|all over) (?:the|my) (?:bathroom |bedroom |kitchen )?(?:floor|sink|towel|towels|sheets|tiles)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:did it|already|urge|blade|razor|cut|cutting|too late)\b/,
    unlessWith: /\b(?:nosebleed|nose bleed|period|dog|cat|shaving|broken glass|tooth)\b/,
  }),
  cut('did my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|hip|hips)(?: with (?:a|the|my) (?:[a-z]+ )?(?:blade|razor|knife|sharpener|compass|glass))?(?= \\.|$| ,| again| tonight| just now)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:blade|razor|sharpener|cut|cuts|bleeding|deep|its bad|it is bad)\b/,
    unlessWith: /\b(?:tattoo|henna|wax|waxing|fake tan|makeup|physio|workout|stretch|shave|shaving|shaved|beach|moisturi[sz]e[a-z]*)\b/,
  }),
  cut('cat scratch(?:es)? (?:on|all over|up) my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs)', { speaker: 'PATIENT', onlyWith: /\bnot (?:a|from a|from the|from my) cat\b|\bno cat\b|\bdo not have a cat\b/ }),
  cut('(?:reopening|reopened|reopen|reopens) (?:the |my )?(?:old )?(?:cuts|scabs|wounds|scars)|(?:picking|picked|pick|opening|opened|tearing|tore) (?:the |my )?(?:old )?(?:cuts|scabs|wounds|scars) (?:back )?open|adding new (?:ones|cuts)', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:cuts|needle|pin|blade|razor|can not (?:make myself )?stop)\b/,
  }),
];

/** Harm to others on the way, and abuse with the abuser due back. */
const HARM_R28: CrisisPattern[] = [
  harm(`(?:going|heading|coming|gonna go|going to go|driving|walking) (?:over |round |around |back )?(?:there|to (?:his|her|their|that [a-z]+|my [a-z]+) (?:[a-z]+ )?(?:house|place|flat|home|work|office)) (?:now |tonight |right now |later )?with (?:the|a|my) ${WEAPON_R28}`, {
    unlessWith: /\b(?:hedge|bush|brush|garden|clear|clearing|weeds|undergrowth|fix|fixing|borrow|lend|return|give (?:it|him|her) back|cricket|baseball practice|carve|carving|turkey|roast|cook|cooking|dinner|bbq|barbecue|sharpen[a-z]*)\b/,
  }),
  harm('burn (?:his|her|their|my ex s|my ex|the|that) (?:[a-z]+ )?(?:house|flat|place|home|car|shop|office|caravan) down(?: [a-z]+){0,3} with (?:him|her|them|[a-z]+ [a-z]+|her [a-z]+ [a-z]+|his [a-z]+ [a-z]+) inside'),
  harm('(?:kill|shoot|stab|murder) (?:every ?one|every single one|all|each|the lot) of them', {
    onlyWith: /\b(?:shifts|know where|know when|address|schedule|gun|rifle|warehouse|office|school|work|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b/,
    unlessWith: /\b(?:game|raid|boss|level|zombies|mosquitoes|ants|wasps|weeds|bugs|flies|slugs|rats|mice|cockroaches|plants|aphids)\b/,
  }),
  rule('ABUSE_IN_PROGRESS', 'SELF', '(?:has been|have been|is|keeps|kept|started|been) (?:hitting|beating|slapping|punching|kicking|hurting|pinching|choking) me', {
    speaker: 'PATIENT',
    onlyWith: /\b(?:due back|coming back|back (?:in|soon)|home soon|on (?:her|his|their) way|frightened|scared|afraid|terrified|hiding)\b/,
    unlessWith: /\b(?:fortnite|game|games|gaming|minecraft|roblox|xbox|playstation|online|lol|lmao|pillow|tickl[a-z]*|as a joke|sparring|boxing|training|practice)\b/,
  }),
];

/** Every r28c family, risk and CONCERN, in reading order. */
export const R28_ACT_PATTERNS: readonly CrisisPattern[] = [
  ...INTENT_R28,
  ...METHOD_R28,
  ...MEANS_NOW_R28,
  ...TIMING_R28,
  ...PREP_R28,
  ...DOSE_FELT_R28,
  ...CUT_DONE_R28,
  ...HARM_R28,
  ...R28_CONCERN_PATTERNS,
];
