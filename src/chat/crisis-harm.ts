/**
 * Harm to other people, for the crisis classifier (src/chat/crisis.ts).
 *
 * "I want to kill my boss" is a crisis; "I could kill for a coffee", "I'm going to kill it at
 * my interview" and "hit the gym" are not. The difference is the object, so this is matched
 * in code: intent + violent verb + an object that is a person (pronoun, person noun, or a
 * name). Also holds the figure-of-speech check for "my mom is going to kill me when she
 * sees my grades".
 */
import { PERSON_NOUNS } from './crisis-grammar';

const INTENT =
  '(?:want to|wants to|wanting to|been wanting to|going to|will|would|could|might|should|about to|plan to|' +
  'planning to|ready to|feel like|tempted to|urge to|urges to|thoughts of|thoughts about|thinking of|' +
  'thinking about|think about|fantasi[sz]e about|fantasi[sz]ing about|dream about|dreaming about|been|keep|kept|imagining|imagine|picturing|picture)';
const FILLER = '(?:(?:just|really|literally|actually|seriously|fucking|freaking|totally|honestly|probably|definitely|go and|go) )*';
// The idiom comes first so "beat the crap out of my brother" is not read as "beat" + "the crap".
const VERB =
  '((?:beat|beating|kick|kicking|knock|knocking|punch|punching) the (?:crap|shit|hell|life|living daylights) out of|' +
  'kill|killing|murder|murdering|hurt|hurting|harm|harming|stab|stabbing|shoot|shooting|strangle|strangling|' +
  'choke|choking|smother|smothering|poison|poisoning|drown|drowning|beat up|beating up|beat|beating|punch|' +
  'punching|hit|hitting|slap|slapping|attack|attacking|run over|shake|shaking)';

/** Intent and fillers as a regex source, for patterns that must follow an intent ("going to put him in hospital"). */
export const HARM_INTENT = `\\b${INTENT} ${FILLER}`;

/** Intent, a violent verb and up to three words after it (the object, maybe with an adjective). */
export const HARM_TO_OTHERS = new RegExp(`\\b${INTENT} ${FILLER}${VERB} ([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?`, 'g');

// Verbs that are violent whatever follows, so an unknown lower-case word is taken as a name.
const LETHAL_VERBS = new Set(['kill', 'killing', 'murder', 'murdering', 'stab', 'stabbing', 'shoot', 'shooting', 'strangle', 'strangling', 'smother', 'smothering', 'poison', 'poisoning', 'drown', 'drowning']);
const PERSON_OBJECTS = new Set(['him', 'them', 'you', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'people', 'kids', 'children', 'all']);
const OBJECT_DETERMINERS = new Set(['my', 'his', 'their', 'the', 'that', 'this', 'a', 'an', 'our', 'your', 'some', 'every', 'these', 'those']);
// Objects that make the sentence figurative or not about a person at all.
const NOT_A_PERSON = new Set([
  'me', 'myself', 'us', 'ourselves', 'yourself', 'himself', 'herself', 'themselves', 'themself', 'it', 'time', 'for', 'off', 'up', 'down', 'out', 'in',
  'on', 'at', 'to', 'with', 'and', 'but', 'so', 'too', 'again', 'now', 'then', 'today', 'tonight', 'two',
  'bugs', 'spiders', 'plants', 'weeds', 'vibe', 'mood', 'lights', 'engine', 'germs', 'conversation',
  'joke', 'buzz', 'pain', 'process', 'battery', 'motivation', 'boredom', 'flies', 'ants', 'roaches',
  'mosquitoes', 'if', 'when', 'because', 'or', 'over', 'back',
  // Things one shoots or hits that are not people: "shoot hoops", "shoot some photos", "hit balls".
  'hoops', 'hoop', 'baskets', 'pool', 'photos', 'photo', 'pictures', 'video', 'videos', 'film', 'goals', 'goal', 'targets', 'arrows',
  'clays', 'balls', 'some', 'free', 'three', 'threes', 'penalties', 'pucks', 'emails', 'texts', 'messages', 'questions',
]);
// Shaking is violence against a baby or small child, not against an adult ("shake my boss" is a figure of speech).
const SHAKE_VERBS = new Set(['shake', 'shaking']);
const YOUNG_CHILDREN = new Set(['baby', 'babies', 'newborn', 'infant', 'toddler', 'son', 'daughter', 'kid', 'kids', 'child', 'children']);
const HER_NON_PERSON = new Set(['feelings', 'feeling', 'pride', 'ego', 'chances', 'career', 'reputation', 'business', 'car', 'phone', 'plans', 'image']);

/** True when the words after a violent verb name a person ("my boss", "the next person", "him", "Dave"). */
export function isPersonObject(verb: string, words: Array<string | undefined>, names: Set<string>): boolean {
  const [first, second, third] = words;
  if (first === undefined || NOT_A_PERSON.has(first)) return false;
  if (SHAKE_VERBS.has(verb)) return !words.includes('awake') && words.some((word) => word !== undefined && YOUNG_CHILDREN.has(word));
  if (PERSON_OBJECTS.has(first) || PERSON_NOUNS.has(first)) return true;
  if (first === 'her') return !(second !== undefined && HER_NON_PERSON.has(second));
  // A determiner may be followed by one adjective: "the next person", "my stupid boss".
  if (OBJECT_DETERMINERS.has(first)) return [second, third].some((word) => word !== undefined && PERSON_NOUNS.has(word));
  return names.has(first) || LETHAL_VERBS.has(verb);
}

const AUTHORITY = new Set(['mom', 'mother', 'dad', 'father', 'parents', 'boss', 'teacher', 'coach', 'manager', 'professor', 'supervisor', 'grandma', 'grandpa', 'therapist', 'counsellor', 'counselor', 'prof', 'tutor', 'landlord']);
// A slip of one's own after the threat: "my boss is gonna kill me, I'm so late", "… I forgot the homework again".
const OWN_SLIP = /^ (?:, )?(?:i am (?:so |really |super |very )?late|i (?:completely |totally )?(?:forgot|missed|lost|broke)|i did not do)\b/;
const MUNDANE_CONDITION =
  /^ (?:when|if) [a-z]+(?: [a-z]+)? (?:sees?|saw|finds? out|found out|knew|knows?|heard|caught|catch|hears?|notices?|learns?|gets? home|am|is|are|do not|forget|forgot|miss|missed|lose|lost|break|broke|fail|failed|mess up|get|crash|crashed|spend|spent|eat|ate)\b|^ (?:lol|haha|lmao|jk)\b|^ for (?:being|forgetting|missing|breaking|losing|eating|spending)\b/;

// Trivial triggers make violent words figurative: "I'd kill her if she spoiled the finale".
// Serious ones ("if he touches my daughter", "if she leaves") are deliberately absent.
const TRIVIAL_TRIGGER =
  /^(?: [a-z]+){0,3} (?:if|when) [a-z]+ (?:spoils?|spoiled|eats?|ate|finishes|finished|forgets?|forgot|is late|was late|borrows?|borrowed|steals? my (?:food|fries|seat|charger|parking spot)|stole my (?:food|fries|seat|charger|parking spot)|sings?|sang|snores?|snored|chews?|wakes? me up|talks? during)\b/;

// Games and contests: "beat my brother at chess", "crush her in the final".
const CONTEST =
  /^(?: [a-z]+){1,3} (?:at|in) (?:a |the )?(?:chess|cards|poker|tennis|golf|mario kart|fifa|games?|race|match|final|arm wrestling|monopoly|scrabble|pool|darts|ping pong|[a-z]+ball)\b/;

/** True when violent words are tied to a trivial trigger or a contest in the text that follows them. */
export function isTrivialTrigger(after: string): boolean {
  return TRIVIAL_TRIGGER.test(after) || CONTEST.test(after);
}

/** "My mom is going to kill me when she sees my grades": an authority figure and a mundane trigger. */
export function isFigurativeThreat(matchText: string, subject: string | undefined, after: string): boolean {
  return /\b(?:kill|murder|strangle) me$/.test(matchText) && subject !== undefined && AUTHORITY.has(subject) && (MUNDANE_CONDITION.test(after) || OWN_SLIP.test(after));
}
