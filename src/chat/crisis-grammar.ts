/**
 * The small amount of grammar the crisis classifier needs: who a clause is about, whether
 * it is negated, and whether it describes a finished past. All functions work on the
 * normalised tokens from crisis-text.ts and never see the raw message.
 */

/** Who a piece of crisis language is about. */
export type Owner = 'PATIENT' | 'OTHER';

const SELF_WORDS = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'you', 'your']);
const OTHER_PRONOUNS = new Set([
  'he', 'she', 'they', 'her', 'his', 'their', 'hers', 'someone', 'somebody', 'anyone', 'anybody',
  'everyone', 'everybody', 'people', 'who', 'whoever', 'what', 'which',
]);

/** Nouns for people, used for reported-speech subjects and harm-to-others objects. */
export const PERSON_NOUNS = new Set([
  'friend', 'friends', 'boyfriend', 'girlfriend', 'husband', 'wife', 'partner', 'spouse', 'fiance',
  'fiancee', 'ex', 'mom', 'mother', 'dad', 'father', 'parent', 'parents', 'stepdad', 'stepmom',
  'stepfather', 'stepmother', 'brother', 'sister', 'sibling', 'siblings', 'son', 'daughter', 'kid',
  'kids', 'child', 'children', 'baby', 'newborn', 'infant', 'toddler', 'uncle', 'aunt', 'cousin', 'grandma', 'grandpa', 'grandmother',
  'grandfather', 'nephew', 'niece', 'boss', 'manager', 'coworker', 'coworkers', 'colleague',
  'colleagues', 'roommate', 'neighbor', 'neighbour', 'teacher', 'classmate', 'client', 'patient',
  'guy', 'girl', 'man', 'woman', 'men', 'women', 'guys', 'girls', 'boy', 'boys', 'person', 'family',
  'bestie', 'buddy', 'mate', 'pal', 'student', 'therapist', 'doctor', 'psychiatrist', 'counselor',
  'counsellor', 'nurse', 'coach', 'professor', 'landlord', 'stranger', 'teammate', 'supervisor',
  'dude', 'bro', 'daddy', 'mommy', 'grandparents', 'sis', 'stepson', 'stepdaughter',
  // "my in-laws" is normalised to "in laws"; relatives and housemates as subjects.
  'laws', 'inlaws', 'relatives', 'relative', 'stepbrother', 'stepsister', 'flatmate', 'housemate', 'carer', 'caregiver',
]);

/** Things that "kill" people only figuratively: "this traffic is killing me". */
export const NON_PERSON = new Set([
  'it', 'this', 'that', 'these', 'those', 'life', 'work', 'job', 'school', 'stress', 'anxiety',
  'depression', 'pain', 'traffic', 'heat', 'weather', 'exam', 'exams', 'deadline', 'deadlines',
  'workload', 'commute', 'boredom', 'guilt', 'shame', 'grief', 'class', 'classes', 'homework', 'shift',
  'week', 'day', 'meeting', 'meetings', 'thing', 'things', 'everything', 'nothing', 'workout', 'gym',
  'coffee', 'caffeine', 'bill', 'bills', 'rent', 'debt', 'news', 'reality', 'situation', 'attack',
  'panic', 'movie', 'show', 'joke', 'song', 'game', 'suspense', 'waiting', 'silence', 'memory',
  'there', 'here', 'something', 'anything',
]);

const THIRD_PERSON_VERBS = new Set(['wants', 'needs', 'keeps', 'says', 'tells', 'thinks', 'feels', 'seems', 'plans', 'tries', 'is', 'has', 'does']);
const OBJECT_MARKERS = new Set(['to', 'with', 'about', 'at', 'for', 'from', 'of', 'by', 'around', 'near', 'without', 'told', 'tell', 'telling', 'asked', 'ask', 'texted', 'called', 'showed', 'helping', 'help', 'worried']);
const DETERMINERS = new Set(['my', 'his', 'her', 'their', 'the', 'a', 'an', 'our', 'your', 'this', 'that']);
const MATCH_SELF = new Set(['i', 'me', 'my', 'myself', 'ourselves', 'our', 'us']);
const MATCH_OTHER = new Set(['himself', 'herself', 'themselves', 'themself', 'his', 'their', 'her']);

/** True when the noun at `index` is the object of a preposition or verb, not a subject. */
function isObject(prefix: string[], index: number): boolean {
  const before = DETERMINERS.has(prefix[index - 1]) ? prefix[index - 2] : prefix[index - 1];
  return before !== undefined && OBJECT_MARKERS.has(before);
}

/**
 * Reads whose crisis language a match is: reflexives in the match decide first ("kill
 * himself"), then the nearest subject before it in the clause. With no subject, chat is
 * first person ("want to die"), which is also the safe default.
 */
export function resolveSpeakerOwner(matchText: string, prefix: string[], explicitSelf = false): Owner | null {
  const matchTokens = matchText.split(' ');
  if (matchTokens.includes('yourself')) return null;
  if (matchTokens.some((token) => MATCH_SELF.has(token))) return 'PATIENT';
  if (matchTokens.some((token) => MATCH_OTHER.has(token))) return 'OTHER';
  if (describesSelf(prefix)) return 'PATIENT';
  if (personBeforeVerb(prefix)) return explicitSelf ? null : 'OTHER';
  // A person right before the phrase is its subject even as an object: "worried about my friend wanting to die".
  const previous = prefix[prefix.length - 1];
  if (previous !== undefined && (PERSON_NOUNS.has(previous) || OTHER_PRONOUNS.has(previous))) return explicitSelf ? null : 'OTHER';
  for (let index = prefix.length - 1; index >= 0; index -= 1) {
    const word = prefix[index];
    // A question word opening the clause is not a subject: "what is the point in trying anymore".
    if (index === 0 && (word === 'what' || word === 'which')) continue;
    // "my friend texted me goodbye forever": "me" after a reporting verb is its object, not the speaker.
    if (word === 'me' && REPORTING.has(prefix[index - 1]) && prefix.slice(0, index - 1).some((w) => PERSON_NOUNS.has(w) || OTHER_PRONOUNS.has(w))) continue;
    if (SELF_WORDS.has(word)) return explicitSelf && (word === 'you' || word === 'your') ? null : 'PATIENT';
    const isPerson = OTHER_PRONOUNS.has(word) || PERSON_NOUNS.has(word);
    if (isPerson && !isObject(prefix, index)) return explicitSelf ? null : 'OTHER';
    if (NON_PERSON.has(word)) return explicitSelf ? null : 'PATIENT';
  }
  if (explicitSelf) return null;
  // "what is the point in trying anymore": a question about the speaker's own life.
  if (prefix[0] === 'what' || prefix[0] === 'why' || prefix[0] === 'how') return 'PATIENT';
  return namesThirdPerson([...prefix, matchTokens[0]]) ? 'OTHER' : 'PATIENT';
}

const REPORTING = new Set(['texted', 'told', 'sent', 'wrote', 'messaged', 'asked', 'showed', 'called', 'emailed', 'dmed']);

const LINKING_VERBS = new Set(['is', 'was', 'seems', 'sounds', 'looks', 'feels', 'became', 'gets', 'got', 'has', 'had', 'been', 'be', 'might', 'may', 'could', 'getting', 'keeps', 'kept']);
const THIRD_PERSON = new Set(['he', 'she', 'they']);

/** "my roommate is suicidal", "my friend has been cutting": a person right before the verb is the subject. */
function personBeforeVerb(prefix: string[]): boolean {
  for (let index = prefix.length - 1; index >= Math.max(1, prefix.length - 3) && LINKING_VERBS.has(prefix[index]); index -= 1) {
    const word = prefix[index - 1];
    if (PERSON_NOUNS.has(word) || THIRD_PERSON.has(word)) return true;
  }
  return false;
}

const SELF_DESCRIPTION = new Set(['a', 'an', 'the', 'just', 'someone', 'somebody', 'one', 'person', 'kind', 'type', 'sort', 'of', 'such', 'really', 'girl', 'guy', 'woman', 'man']);

/** "I'm someone who self-harms", "people like me who want to die": a relative clause about the patient. */
function describesSelf(prefix: string[]): boolean {
  const who = prefix.lastIndexOf('who');
  if (who < 0 || prefix.slice(who + 1).some((word) => SELF_WORDS.has(word) || OTHER_PRONOUNS.has(word))) return false;
  if (prefix[who - 1] === 'me') return true;
  const am = prefix.lastIndexOf('am', who);
  return am > 0 && prefix[am - 1] === 'i' && prefix.slice(am + 1, who).every((word) => SELF_DESCRIPTION.has(word));
}

/** "Sarah wants to die": an unknown word followed by a third-person verb is someone else. */
function namesThirdPerson(tokens: string[]): boolean {
  return tokens.some((token, index) => index > 0 && THIRD_PERSON_VERBS.has(token));
}

/** The subject of a clause where someone else may be the actor: a person word, or null if it is the patient or a thing. */
export function findOtherSubject(prefix: string[]): { isPerson: boolean; word?: string } {
  for (let index = prefix.length - 1; index >= 0; index -= 1) {
    const word = prefix[index];
    if (SELF_WORDS.has(word) || NON_PERSON.has(word)) return { isPerson: false };
    if ((OTHER_PRONOUNS.has(word) || PERSON_NOUNS.has(word)) && !isObject(prefix, index)) return { isPerson: true, word };
  }
  // No subject in the clause ("…, hits me when he drinks"): assume a person, for safety.
  return { isPerson: true };
}

// With the five languages' plain negators: English families read cognates in them too ("ich bin nicht suizidal").
const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'nobody', 'neither', 'without', 'stopped', 'nicht', 'nie', 'kein', 'keine', 'nao', 'non', 'pas', 'jamais', 'nunca', 'mai']);
// Words that undo a preceding negation: "can't stop", "can't help", "not just".
const FLIPS = new Set(['stop', 'help', 'resist', 'shake', 'fight', 'control', 'just', 'only']);
// "not sure", "don't know if": doubt, which is itself a risk signal about living.
const DOUBTS_AFTER_NEGATION = new Set(['sure', 'certain', 'know']);
const DOUBTS = new Set(['unsure', 'uncertain', 'whether', 'wonder', 'wondering', 'questioning', 'maybe', 'pretend', 'pretending', 'faking']);
// Reporting or attitude verbs end the negation's reach: "I'm not saying I want to die".
const BREAKERS = new Set(['mad', 'angry', 'upset', 'blame', 'care', 'cares', 'mind', 'say', 'saying', 'said', 'tell', 'telling', 'told', 'lie', 'why', 'admit', 'mean', 'honestly']);
// Verbs after which a negation still covers the next "I": "I don't think I'm suicidal".
const CARRIES = new Set(['way', 'think', 'believe', 'feel', 'that', 'suppose', 'guess', 'expect', 'reckon', 'swear', 'promise']);

/** Whether the crisis phrase after `prefix` is negated, or put in doubt, within its clause. */
export function readNegation(prefix: string[]): { negated: boolean; doubted: boolean } {
  const window = prefix.slice(-7);
  let negated = false;
  let doubted = false;
  window.forEach((word, index) => {
    const previous = window[index - 1];
    if (NEGATORS.has(word) || (word === 'quit' && (previous === 'i' || previous === 'have'))) negated = !negated;
    else if (negated && FLIPS.has(word)) negated = false;
    else if (negated && DOUBTS_AFTER_NEGATION.has(word)) [negated, doubted] = [false, true];
    else if (DOUBTS.has(word)) doubted = true;
    else if (BREAKERS.has(word)) negated = false;
    else if (word === 'i' && negated && !CARRIES.has(previous)) negated = false;
  });
  return { negated, doubted };
}

const DISTANT_PAST = new RegExp(
  '\\b(?:used to|years ago|a year ago|decades? ago|long time ago|long ago|months ago|in the past|back then|' +
    'back in (?:high school|college|school|the day|university|\\d+|january|february|march|april|may|june|july|august|september|october|november|december|(?:the )?(?:spring|summer|fall|autumn|winter))|last year|(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) (?:clean|free)|(?:from |back in |in )?last (?:spring|summer|fall|autumn|winter)|(?:my|that|the|those) old (?:suicidal|self harm|cutting|phase|ideation)|growing up|in (?:19|20)\\d\\d|' +
    'when i was (?:a |an )?(?:kid|child|teen|teenager|younger|little|young|small|student|in (?:high|middle|grade|primary|secondary) school|in college|in university|at school|\\d+)|' +
    'as a (?:kid|child|teen|teenager|young (?:person|adult|woman|man))|in my (?:teens|twenties|youth|childhood|early twenties|late teens)|' +
    'in (?:high|middle) school|at (?:age )?\\d+|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few) years (?:ago|back)|' +
    // "my past suicide attempt", "my previous overdose"; clean time ("have not needed it in months").
    '(?:my|a|the|her|his|our|their) (?:past|previous|prior|former)|(?:have not|had not|has not) (?:needed|done|used|had|felt)(?: [a-z]+){0,3} (?:in|for) (?:months|years|ages|a long time|over a year)|' +
    // The same finished past in the five languages, for cognates the English families read ("suicidi", "suicidas").
    '(?:[a-z]+ )?anni fa|ha (?:[a-z]+ )?anos|hace (?:[a-z]+ )?anos|il y a (?:[a-z]+ )?ans|vor (?:[a-z]+ )?jahren)\\b',
);
// "these days i am doing fine", "now i am in a much better place": the present said to be well is not a present risk.
const WELL_NOW = /\b(?:these days|now|today|nowadays)(?: ,)? (?:i am |im )?(?:doing |feeling )?(?:fine|good|ok|okay|well|better|great|much better)\b|\b(?:i am|im) (?:in a )?(?:much |way |so much )?better(?: place)? now\b|\b(?:years?|months?) clean (?:from [a-z ]+ )?today\b/g;
const ONGOING = /\b(?:since|all my life|my whole life|on and off)\b/;
const PRESENT = /\b(?:again|still|lately|recently|these days|currently|right now|tonight|today|this week|this morning|last night|yesterday)\b/;

/** True when a time frame describes a finished past ("I used to self-harm years ago"). */
export function isDistantPast(frame: string): boolean {
  return DISTANT_PAST.test(frame) && !ONGOING.test(frame) && !PRESENT.test(frame.replace(WELL_NOW, ' '));
}

/** True when a time frame names the present or the last day or so ("last night", "again"). */
export function isRecent(frame: string): boolean {
  return PRESENT.test(frame);
}

// A relapse plan or relapse prevention is a tool, not a recurrence.
const RECURRENCE = /\b(?:again|lately|recently|these days|still|urge|urges|tempted|temptation|relapse(?! (?:plan|plans|prevention|signs|warning))|relapsed|relapsing|(?:is|are|came|come|coming) back|thinking about it|miss it)\b/;

/** True when a message says an old problem is current again ("…and lately the urges are back"). */
export function mentionsRecurrence(text: string): boolean {
  return RECURRENCE.test(text.replace(WELL_NOW, " "));
}

const ACCIDENT = new RegExp(
  '\\b(?:accident|accidentally|accidental|by mistake|shaving|cooking|chopping|slicing|baking|ironing|gardening|' +
    'in the kitchen|at the gym|playing|lifting|working out|exercising|running|hiking|skiing|climbing|cleaning|' +
    'fell|falling|tripped|tripping|slipped|slipping|paper cut|sprained|pulled a muscle|ouch|oops|shave|shaved|waxing|before the beach|' +
    'on (?:the|a|my|that|this) (?:[a-z]+ )?(?:stove|oven|pan|iron|kettle|grill|glass|fence|nail|paper|can|stairs|ice|straightener|toaster|trampoline|bike|skateboard|playground|swing|slide|scooter))\\b',
);
const ON_PURPOSE = /\b(?:on purpose|deliberately|intentionally|purposely|purposefully)\b/;

/** True when a clause describes an accidental injury rather than self-harm. */
export function isAccident(clause: string): boolean {
  return ACCIDENT.test(clause) && !ON_PURPOSE.test(clause);
}
