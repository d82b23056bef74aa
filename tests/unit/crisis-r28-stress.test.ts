import { describe } from 'vitest';
import { itReadsOthers, itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * Stress sentences found by the r28 tuners (src/chat/crisis-benign.ts "fa-en" frames and crisis-topic.ts REAL_PIECE):
 * a relationship ended "with" a person, gear or medicines carried for an ordinary purpose, a game's kills and hits,
 * the daily dose, and a written piece about someone else's wish to die that is taken as real.
 * Written for these tests, not taken from the crisis table; the rules alone are checked.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // Ending it: life, or a relationship.
  ['I have made up my mind to end it, tonight', 'CRISIS', 'I have made up my mind to end it with my boyfriend', 'NONE'],
  ['going to end it tonight with the pills', 'CRISIS', 'going to end things with him this weekend, he cheated', 'NONE'],
  ['ready to end it all', 'CRISIS', 'ready to end it with my fiance, we just fight', 'NONE'],
  ['want to end it all with my uncle\'s rifle', 'CRISIS', 'want to end it with my ex, he never listens', 'NONE'],
  // Means at hand, or gear for a trip.
  ['the rope is in the car, tonight is the night', 'CRISIS', 'the climbing rope is in the car for the bouldering trip', 'NONE'],
  ['I have the rope with me and I am ready', 'CRISIS', 'I have the rope with me for the abseiling course', 'NONE'],
  ['my pills are in my pocket and I am ready to take them all', 'CRISIS', 'my pills are in my pocket now', 'NONE'],
  ['brought a knife to cut myself tonight', 'CRISIS', 'brought a knife for the carving class', 'NONE'],
  // Kills and hits: real, or in a game.
  ['I will kill all of them at work tomorrow', 'CRISIS', 'I will kill all of them in the dungeon tomorrow', 'NONE'],
  ['my stepdad keeps punching me, I am scared', 'CRISIS', 'my stepdad keeps punching me in tekken lol', 'NONE'],
  ['gonna kill them all in the lobby and then for real at school', 'CRISIS', 'gonna kill them all in the lobby, they never even respawn fast enough', 'NONE'],
  ['my cousin is hitting me again', 'CRISIS', 'my cousin is hitting me again in mario kart', 'NONE'],
  // An overdose, or the daily dose.
  ['swallowed all my pills in one go', 'CRISIS', 'took all my pills this morning with breakfast', 'NONE'],
  ['my meds are in my bag, I saved them up for tonight', 'CRISIS', 'my meds are in my bag, I always carry them', 'NONE'],
  ['took all my meds today, the whole month of them', 'CRISIS', 'took all my meds today, feeling a bit dizzy', 'NONE'],
  ['my meds are in my bag, gonna take them all', 'CRISIS', 'my meds are in my bag, gonna take them after lunch', 'NONE'],
  ['took all my meds at once, all of them', 'CRISIS', 'took all my medication today as prescribed', 'NONE'],
];

/** Someone else's writing taken as real, next to a school topic. */
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['one of my pupils handed in a poem about wanting to die and it does not read like fiction', 'one of my pupils handed in an essay about suicide prevention'],
  ['my daughter wrote a story about killing herself and it honestly scares me', 'my daughter wrote an essay about suicide rates in teens'],
];

/** Everyday sentences that share the families' words. */
const NONE: readonly string[] = [
  'I ended it with my girlfriend last night, feeling sad',
  'my meds are in my bag now',
  'I packed my inhaler in my backpack for the trip',
  'we are gonna kill everyone in the lobby lol',
  'my brother keeps shooting me in minecraft',
  'took all my vitamins today',
  'one of my students is killing it in class',
];

describe('r28 stress families', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
  itStaysNone(NONE);
});
