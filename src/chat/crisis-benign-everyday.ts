/**
 * English frames for everyday uses of words the risk families read (found by the r28 stress pass): a person
 * "ended it with" is a break-up, a rope, knife or one's medicines carried for a named pursuit or kept in a bag,
 * a game's kills and hits, the daily dose ("took all my meds today"), and one of a group ("one of my students")
 * read as someone else. Each unless the message also names intent or real life. Applied by crisis-benign.ts
 * among its message-wide frames, in this order.
 */
import { messageHas } from './crisis-text';
// Stress frames (fa-en): a person ended with is a break-up; gear carried for a named pursuit; a game's kills and hits; the daily dose.
const PARTNER =
  '(?:my |our |his |her )?(?:girlfriend|boyfriend|gf|bf|partner|fiance|fiancee|ex|husband|wife|date|situationship|crush|man|woman|girl|guy|him|her|them)';
// "i have decided to end it with my girlfriend", "ending things with him": a relationship ended, unless what follows is a means.
const ENDED_WITH = new RegExp(`\\b(end|ending|ended|ends) (?:it|things)(?: off)? with ${PARTNER}\\b(?! s\\b| (?:pills|gun|rope|knife|meds|tablets|watching|there|around|looking|present|listening|nearby|in the room)\\b)`, 'g');
// What a rope, a knife or one's medicines are carried for: a sport, a trip, a job.
const PURPOSE =
  '(?:climb|climbing|bouldering|abseil|abseiling|hike|hiking|trek|camping|camp|trip|boat|sailing|kayak|canoe|fishing|scouts|course|class|lesson|gym|kitchen|cooking|whittling|carving|work|shift|job|site|farm|garden|gardening|move|moving|tow|towing|weekend|holiday|vacation|flight|journey|festival|sleepover|ropes course)';
const CARRIED =
  new RegExp(`\\b(?:the|my|a|some|our|his|her) (?:climbing |spare |pocket |kitchen |camping |chef s )?(?:rope|ropes|cord|knife|knives|penknife|blade|multitool|meds|medication|medications|pills|tablets|medicine|inhaler)(?: [a-z]+){0,5}? for (?:the |my |a |our |this |tomorrow s |today s |the next )?(?:[a-z]+ )?${PURPOSE}\\b`, 'g');
// Words that make carried medicines or a daily dose a risk after all.
const INTENT =
  /\b(?:die|dying|dead|kill|killing|suicid[a-z]*|overdos[a-z]*|end it|end my life|not wake up|all of them|all at once|at once|in one go|at the same time|whole (?:bottle|box|packet|pack|strip|lot)|the rest|enough|too many|extra|double|every single|stockpil[a-z]*|hoard[a-z]*|saved (?:them |it |these |those )?up|been saving|stash|lethal|goodbye|ready|tonight is the night|the plan|my plan|decided|noose|gun|bridge|hang|them all|supply|whole|miss me|better off|no point|can not (?:go on|do this)|done with (?:it all|life|everything))\b/;
// "my meds are in my bag now": one's own medicines where they are kept or carried.
const MEDS_KEPT = /\bmy (?:meds|medication|medications|medicine|pills|tablets|inhaler|prescription)(?: (?:are|is)| (?:are|is) (?:already |all |still )?(?:packed )?)? (?:in|inside) my (?:bag|backpack|rucksack|handbag|purse|pocket|car|locker|suitcase|drawer|desk)\b/g;
// "took all my meds today": the daily dose taken (not a whole supply at once).
const DAILY_DOSE =
  /\b(?:took|taken|take|had|swallowed) all (?:of )?my (?:meds|medication|medications|pills|tablets|vitamins|supplements)(?= (?:today|this morning|this evening|for the day|for today|on time|with (?:breakfast|lunch|dinner|food)|like (?:i am supposed to|i should|i was told|the doctor said)|as prescribed)\b)/g;
// Game words: a title, a mode, or a gamer's word.
const GAME_WORLD =
  '(?:(?:the |this |that |a |our |my |tonight s |today s )?(?:game|video game|raid|raids|dungeon|match|round|lobby|server|level|ranked|pvp|arena|boss fight|campaign|mission|quest|map|scrim|tournament|battle royale|zombie mode|multiplayer|co op|squad)|fortnite|minecraft|roblox|valorant|cod|call of duty|apex|overwatch|league|warzone|pubg|halo|gta|smash|mario kart|fifa|elden ring|dark souls|wow|world of warcraft|destiny|rocket league|among us|the sims|splatoon|tekken|street fighter)';
// "i'll kill all of them in the raid tonight", "my brother keeps hitting me in fortnite": a game's kills and hits, the game named right after.
const GAME_KILL = new RegExp(
  `\\b(?:kill|kills|killed|killing|shoot|shoots|shot|shooting|hit|hits|hitting|beat|beats|beating|destroy|destroying|destroyed|murder|murdering|murdered|wipe|wiping|stab|stabbing|punch|punching|slap|slapping|kick|kicking) (?:all of them|them all|every one of them|everyone|everybody|each of them|every single one|me|him|her|them|us|you|the boss|my [a-z]+)(?: (?:again|so much|all the time|constantly|every time|over and over|nonstop|tonight|today|lol))? (?:in|on|at|during) ${GAME_WORLD}\\b`,
  'g',
);
// Words that take a game's kill back into the world.
const REAL_LIFE = /\b(?:for real|in real life|irl|real life|not (?:in )?(?:a|the) game|not joking|not kidding|i mean it|literally)\b/;
// A gamer's word next to a kill ("he'll just respawn").
const GAMER = /\b(?:respawn(?:s|ed|ing)?|spawn(?:s|ed|ing)?|headshots?|noobs?|npcs?|xp|loot|gg|pvp|the boss|boss fight|one shot|one shotted|rage quit)\b/;

/** The sentence with the everyday uses above rewritten into neutral words (the message decides the guards). */
export function everydayUses(sentence: string, message: string): string {
  let text = sentence;
  // "one of my students wrote …": one person of a group is someone else, whatever the group noun (read as "they").
  text = text.replace(/\b(?:one|some|two|three|a few|several|a couple|a lot|many|most|all) of (?:my|our|his|her|the) (?:students|pupils|kids|children|clients|patients|friends|mates|classmates|coworkers|colleagues|teammates|cousins|siblings|brothers|sisters|sons|daughters|grandchildren|nieces|nephews|mentees|residents|members|employees|workers|campers|players|athletes|trainees|learners)\b/g, 'they');
  text = text.replace(ENDED_WITH, 'break up with');
  if (!messageHas(REAL_LIFE, message)) text = text.replace(GAME_KILL, 'play against them in the game');
  if (messageHas(GAMER, message) && !messageHas(REAL_LIFE, message)) text = text.replace(/\b(?:i will|i am going to|i am gonna|gonna|going to) (?:kill|shoot|destroy|murder) (?:him|her|them|you|everyone|all of them)\b/g, 'i will beat them in the game');
  if (!messageHas(INTENT, message)) text = text.replace(CARRIED, 'my gear for the trip').replace(MEDS_KEPT, 'my medicine is packed').replace(DAILY_DOSE, 'took my usual meds');
  return text;
}
