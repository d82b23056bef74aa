import { describe, expect, it } from 'vitest';
import { assessCrisisByRules } from '../../src/chat/crisis';

/**
 * Round 21, English families: for each family a message it must catch and a benign twin that shares
 * its words and must stay quiet, read by the rules alone (the learned layer is retrained separately).
 * None of these is a row of the table; they are new members of each family.
 */
type Twin = readonly [family: string, risk: string, level: 'CRISIS' | 'CONCERN', benign: string];

const TWINS: readonly Twin[] = [
  ['an absence, then "I will do it"', 'once my wife goes to work on monday then i will do it', 'CRISIS', 'once my wife goes to work on monday then i will do it, the exposure homework i mean'],
  ['how and where known', 'i know exactly where and when now. just waiting', 'CRISIS', 'i know exactly where and when to meet her for the coffee'],
  ['nobody finding one in time', 'i picked the woods so no one can find me in time', 'CRISIS', 'i picked the woods so i can find some quiet time'],
  ['a height and the step', 'going up to the top floor of the car park later and i will just step off', 'CRISIS', 'we drove to the car park and then walked to the cinema'],
  ['concealing a plan', 'the nurse asked if i was safe and i lied and said i was fine, i have pills saved', 'CRISIS', 'the nurse asked if i was hungry and i said i was fine'],
  ['intent with a time', 'i am going to be dead by friday', 'CRISIS', 'i am going to be dead tired by friday'],
  ['certainty questions', 'how many floors do you need to make sure you die', 'CRISIS', 'how many coats of paint do you need to make sure it covers'],
  ['a lethal dose for one\'s weight', 'which amount of my sertraline would be lethal', 'CRISIS', 'which amount of chocolate would be lethal for my dog'],
  ['enough to kill', 'would thirty of my sleeping pills be enough to kill me', 'CRISIS', 'would thirty minutes be enough to get to the station'],
  ['comparing methods', 'what is the most painless, pills or hanging', 'CRISIS', 'what is the most painless way to remove a splinter'],
  ['a weapon held to oneself', 'i sat in the garage holding the gun to my temple for an hour', 'CRISIS', 'i sat in the garage holding the drill for an hour'],
  ['a ligature round the neck', 'last night i tied a belt around my neck just to see', 'CRISIS', 'last night i tied a scarf in my hair just to see'],
  ['means saved for a moment', 'the rope is hidden in my closet, saved for when the time comes', 'CRISIS', 'the champagne is hidden in my closet, saved for when the time comes'],
  ['deciding when, means at hand', 'the pills are in my drawer and i am just deciding when', 'CRISIS', 'the flights are cheap and i am just deciding when'],
  ['pills hoarded', 'i counted the tablets again and there are enough now', 'CRISIS', 'i counted the chairs again and there are enough now'],
  ['sorry for what is coming', 'tell my brother i am sorry for what i am about to do', 'CRISIS', 'tell my brother i am sorry for what i said'],
  ['forgiveness for leaving', 'i hope my daughter forgives me one day for leaving her behind', 'CRISIS', 'i hope my daughter forgives me one day for the burnt pancakes'],
  ['a goodbye nobody recognises', 'said goodbye to my parents without them knowing it was the last time', 'CRISIS', 'said goodbye to my parents without them noticing i had a cold'],
  ['a scheduled posthumous message', 'i scheduled a text to my sister for after i am gone', 'CRISIS', 'i scheduled a text to my sister for after the meeting'],
  ['not coming back from a place', 'heading to the bridge tonight and i am not coming back', 'CRISIS', 'heading to the office tonight and i am not coming back until late'],
  ['a deadline then nothing matters', 'after sunday none of this will matter anymore', 'CRISIS', 'after sunday we can talk about the garden'],
  ['a last weekend', 'this is my last weekend, so i am spending it with my dog', 'CRISIS', 'this is my last weekend at the old flat, moving on monday'],
  ['days until it stops', 'three more nights and then it all stops', 'CRISIS', 'three more nights of night shift and then a week off'],
  ['self-harm held back and failing', 'trying really hard not to cut but it is not working', 'CRISIS', 'trying really hard not to cut my own fringe again'],
  ['the wish for the blade', 'i need the blade so badly tonight', 'CRISIS', 'i need the blender back tonight'],
  ['intrusive "what if I just"', 'what if i just drove off the road, i keep thinking it', 'CONCERN', 'what if i just drove to the coast this weekend'],
  ['the future closed', 'i have given up on getting better', 'CONCERN', 'i have given up on getting a better phone'],
  ['a family\'s easier life', 'my parents would be happier if i was not around', 'CONCERN', 'my parents would be happier if i was around more'],
  ['trapped with one exit', 'there is no way out of this except one', 'CONCERN', 'there is no exit from this car park except one'],
  ['pain past bearing', 'the loneliness is more than i can stand', 'CONCERN', 'the noise is more than i can stand'],
  ['passive wish by accident', 'honestly i keep hoping a truck hits me on the way home', 'CONCERN', 'honestly i keep hoping a truck brings my parcel today'],
  ['why bother', 'i really do not know why i even bother getting up', 'CONCERN', 'i really do not know why i even bother with this printer'],
  ['harm by car', 'i am going to run him over when he leaves the gym', 'CRISIS', 'i am going to run over the notes before the gym'],
  ['hiding from violence', 'he is drunk and smashing plates, i am hiding in the bathroom', 'CRISIS', 'it is hot outside, i am hiding in the bathroom with a fan'],
];

describe('round 21 English families', () => {
  it.each(TWINS)('%s: catches the warning sign', (_family, risk, level) => {
    // A CONCERN family may meet an older family that reads the same words as a crisis: at least the family's level.
    const verdict = assessCrisisByRules(risk).level;
    if (level === 'CRISIS') expect(verdict).toBe('CRISIS');
    else expect(verdict).not.toBe('NONE');
  });
  it.each(TWINS)('%s: leaves the benign twin alone', (_family, _risk, _level, benign) => {
    expect(assessCrisisByRules(benign).level).toBe('NONE');
  });
});

describe('round 21 English reports about someone else', () => {
  it.each([
    'my cousin has a gun and a plan, she told me last night',
    'my nephew keeps showing up with bruises and says his stepdad locks him in',
    'her ex threatened to kill her if she goes to the police',
    'my flatmate is giving away her things and saying goodbye to everyone',
  ])('"%s" is a concern for someone else', (text) => {
    const verdict = assessCrisisByRules(text);
    expect(verdict.level).toBe('CONCERN');
    expect(verdict.concernForOthers).toBe(true);
  });
});

describe('round 21 English benign frames', () => {
  it.each([
    'the intake questionnaire asked about thoughts of death and i circled never',
    'two years clean from cutting as of today!',
    'the show has a character who overdoses, handled really well',
    'my daughter\'s roblox avatar jumped off the tower and she cried',
    'the hook on that track goes i want to die tonight, so catchy',
    'my godfather took his own life in 2009, i still miss him',
    'i said my final goodbye to our old dog at the vet, he passed peacefully',
    'the city finally put up a suicide barrier on the viaduct',
    'is hamlet the one where everyone dies at the end?',
    'ugh i could just die, i called my teacher mom',
  ])('"%s" is NONE', (text) => {
    expect(assessCrisisByRules(text).level).toBe('NONE');
  });
  it('a recovery milestone with a slip in it is still read', () => {
    expect(assessCrisisByRules('a year clean from self harm but i cut again last night').level).toBe('CRISIS');
  });
});
