import { describe, expect, it } from 'vitest';
import { assessCrisisByRules } from '../../src/chat/crisis';
import { itReadsOthers, itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * The round 28 English families (src/chat/crisis-acts-r28.ts, crisis-acts-r28-concern.ts, and the r28 frames of
 * crisis-benign.ts), each next to a benign twin that shares its words.
 * Written for these tests, not taken from the crisis table; the rules alone are checked.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // A mind made up; Caribbean and Nigerian Pidgin intent.
  ['after all these years I have finally decided to end my life', 'CRISIS', 'after all these years I have finally decided to end my lease', 'NONE'],
  ['me a go dead tonight, mi cyaan tek it', 'CRISIS', 'if mi eat one more patty mi ago dead lol', 'NONE'],
  ['wanted to say goodbye to somebody before I end it', 'CRISIS', 'wanted to say thank you to somebody before I end my shift', 'NONE'],
  // A method chosen.
  ['I decided on the method.', 'CRISIS', 'we decided on the method for the lab experiment', 'NONE'],
  ['charcoal in my bedroom and I taped the window', 'CRISIS', 'charcoal for the barbecue is in the garage', 'NONE'],
  ['going to set myself alight in front of the job centre', 'CRISIS', 'going to set the bonfire alight in the back garden', 'NONE'],
  ['crash my car into a wall at full speed so it looks like an accident', 'CRISIS', 'nearly put my car into a wall on the black ice this morning', 'NONE'],
  ['rowing out tonight to go over the side with rocks in my coat', 'CRISIS', 'the kayak tipped and we went over the side, lifejackets on, all fine', 'NONE'],
  ['I will stop taking my insulin and let it happen', 'CRISIS', 'I stopped taking my insulin pen out at school because of the teasing', 'NONE'],
  ['I did my last duty as a father today', 'CRISIS', 'I did my homework as a favour today', 'NONE'],
  // Means with one now.
  ['the noose is in my car right now', 'CRISIS', 'the tow rope is in the boot for the trailer', 'NONE'],
  ['I have the weedkiller here with me in the van', 'CRISIS', 'I have the weedkiller here with me for the paddock', 'NONE'],
  ['chose my method last night', 'CRISIS', 'chose my method of payment last night', 'NONE'],
  ['counting out the tablets now, there are loads', 'CRISIS', 'counting out the tablets into my weekly pill organiser', 'NONE'],
  ['I have his morphine still. I intend to use it.', 'CRISIS', 'I have his old bike still. My son wants to use it.', 'NONE'],
  // Timing.
  ['Friday is the day, nobody is home', 'CRISIS', 'Friday is the day of the wedding, nobody is home that night', 'NONE'],
  ['once this conversation is over I am gone.', 'CRISIS', 'once this conversation is over I am going to bed', 'NONE'],
  ['there will not be a next year for me', 'CRISIS', 'there will not be a bonus this year for me', 'NONE'],
  ['the thunder will cover the shot, that is when', 'CRISIS', 'the music will cover the noise of the drill', 'NONE'],
  // Giving away, burial clothes, money moved.
  ['gave my guitar to my cousin, I will not be around to play it', 'CRISIS', 'gave my guitar to my cousin, he plays it better than me', 'NONE'],
  ['laid out the clothes I want to be buried in', 'CRISIS', 'laid out the clothes I want to wear to the interview', 'NONE'],
  ['closing my accounts and moving my savings to my brother before I go', 'CRISIS', 'closing my accounts and moving my savings before I go abroad for the year', 'NONE'],
  // An overdose felt in the body.
  ['swallowed my dad s sleeping pills, all of them, my head is spinning', 'CRISIS', 'swallowed my vitamins, all of them, my head is spinning from the hangover', 'NONE'],
  ['took all my heart tablets, everything is spinning', 'CRISIS', 'took all my heart tablets with breakfast like the doctor said', 'NONE'],
  // Self-harm done.
  ['did my legs with a razor again, it is bad', 'CRISIS', 'did my legs with a razor, shaving before the beach', 'NONE'],
  ['blood on the bathroom floor, I already did it', 'CRISIS', 'blood on the bathroom floor from the dog s paw, already cleaned it', 'NONE'],
  ['kept reopening the scabs with a pin, can not stop', 'CRISIS', 'the kids kept opening the gate with a pin', 'NONE'],
  // Harm to others; abuse with the abuser due back.
  ['going round to his house tonight with the axe', 'CRISIS', 'going round to his house tonight with the axe to clear the hedge', 'NONE'],
  ['I will shoot every one of them at that office on Friday', 'CRISIS', 'I will kill every one of them slugs in the garden on Friday', 'NONE'],
  ['my stepdad keeps hitting me and he is coming back soon, I am scared', 'CRISIS', 'my stepdad is coming back soon with the shopping', 'NONE'],
  // CONCERN: passive wishes, hopelessness, trapped, pictures of stepping off.
  ['I keep asking that God takes me in my sleep', 'CONCERN', 'I keep asking that God keeps me safe in my sleep', 'NONE'],
  ['if a lorry ran over me tomorrow I would be relieved honestly', 'CONCERN', 'if a lorry ran over my foot I would be off work for weeks', 'NONE'],
  ['I would not mind if this sleep never ended', 'CONCERN', 'I would not mind if this holiday never ended', 'NONE'],
  ['I have run out of reasons to keep going.', 'CONCERN', 'I have run out of milk to keep the coffee going.', 'NONE'],
  ['I do not see how things will ever be good again', 'CONCERN', 'I do not see how the printer will ever work again', 'NONE'],
  ['I always think about stepping off the platform when the train comes', 'CONCERN', 'I always think about stepping off the train at the wrong stop', 'NONE'],
];

/** Someone else's risk, next to a twin that is nobody's risk. */
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['my brother s arms are covered in fresh cuts and he hides them', 'my brother s arms are covered in scratches from the brambles'],
  ['my aunty said she will drink paraquat tonight', 'my aunty said she will drink palm wine tonight'],
  ['my son is on the bridge now, he sent a photo from the railing', 'my son is on the bridge now, he is painting the railing for the council'],
];

/** Risk that a class or a project named in the same message must not hide. */
const STAYS_RISK: readonly string[] = [
  'i am doing so badly in school and i keep thinking about suicide',
  'we are doing Macbeth in school and I want to kill myself',
  'I am so stressed for my degree, suicide feels like the only option',
];

/** Benign frames that stay NONE. */
const STAYS_NONE: readonly string[] = [
  'we are doing Hamlet in school and Ophelia drowns herself, is that sad',
  'that movie where they jump off the cliff at the end, I forgot the name',
  'what does "I want to disappear" mean in that poem, it is for English class',
  'the theme tune, the "suicide is painless" one, is on the radio',
  'what are the statistics on suicide among farmers, for a uni project',
  'my mum is due back in 20 minutes from the shop',
  'I took the sniper and cleared the whole building in one go',
  'got the sniper with me, squad up for the next round',
  'I pray the Lord carries me through this winter',
  'my legs are covered in scratches from the rose bushes',
  'by the time you read this I will be gone to the gym',
  'counting them out for the raffle, there are forty tickets',
  'laid out my funeral suit for my uncle s funeral tomorrow',
];

describe('round 28 English families', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
  itStaysNone(STAYS_NONE);
  it.each(STAYS_RISK)('%s is still a risk', (text) => {
    expect(assessCrisisByRules(text).level).not.toBe('NONE');
  });
});
