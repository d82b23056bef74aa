import { describe, it } from 'vitest';
import { expectOthersRisk, itReadsTwins, type TwinPair } from './crisis-table/twins';

/**
 * The English families added in the r26 session (src/chat/crisis-acts-r26.ts, frames in crisis-benign.ts),
 * each next to a benign twin that shares its words. Written for these tests, not taken from the crisis
 * table; the rules alone are checked. A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // British "top myself" (not topping up).
  ['honestly might top myself after the holidays', 'CRISIS', 'going to top myself up with coffee before the shift', 'NONE'],
  // Method questions without a word for dying.
  ['how tall would a bridge have to be so the drop is certainly fatal', 'CRISIS', 'how tall would a bridge have to be so the drop is certainly fatal for an egg, physics homework', 'NONE'],
  ['what is less painful, drowning or an overdose', 'CRISIS', 'what is less painful, waxing or shaving', 'NONE'],
  ['does the hose method still work on modern cars', 'CRISIS', 'does the hose on the washing machine still work after the leak', 'NONE'],
  ['would a bottle of wine with my tablets be enough to stop my heart', 'CRISIS', 'is the new inhaler enough to stop my breathing problems at night', 'NONE'],
  ['which knot makes the best noose, no lectures', 'CRISIS', 'which knot makes the best noose for the halloween decorations', 'NONE'],
  // A loaded gun in front of one (not at the range); means with a coy pointer.
  ['the glock is loaded and on the desk in front of me', 'CRISIS', 'the glock loaded in front of me at the range jammed twice', 'NONE'],
  ['collected a new prescription of painkillers, if you know what i mean', 'CRISIS', 'collected a new prescription of painkillers for my back', 'NONE'],
  // Timing with no event; preparations for after; a scheduled message that explains everything.
  ['when the house is empty on friday. that is when it happens', 'CRISIS', 'the party is on friday. that is when it happens', 'NONE'],
  ['my paperwork is squared away for after.', 'CRISIS', 'my paperwork is squared away for after the audit', 'NONE'],
  ['washed every dish so my family will not have anything to sort out after', 'CRISIS', 'washed every dish so my family will not have anything to sort out after the party', 'NONE'],
  ['set up a scheduled text to my sister that explains everything. by then i will be gone', 'CRISIS', 'the report is due at nine. by then it will be done', 'NONE'],
  // Euphemistic exits.
  ['going to take the eternal sleep tonight, bye all', 'CRISIS', 'going to take a long nap tonight, bye all', 'NONE'],
  // Self-harm: head banged until one sees stars; scratching till it bleeds (not an itch); urges to s/h.
  ['i keep hitting my head against the wall until i see stars', 'CRISIS', 'hit my head on the cupboard door this morning, ouch', 'NONE'],
  ['i feel like scratching till i bleed tonight', 'CONCERN', 'my eczema itches so much i keep scratching till i bleed', 'NONE'],
  ['the urges to sh have been awful all week', 'CONCERN', 'the urges to snack have been awful all week', 'NONE'],
  // Harm to others meant; a knife brought; "get what is coming" with someone's movements watched.
  ['i am going to end my stepdad when he gets home, not joking', 'CRISIS', 'i am going to end my stepdad in fortnite when he gets home, not joking', 'NONE'],
  ['the blade is already in my backpack for tomorrow', 'CRISIS', 'the knife is already in my backpack for the scouts camping trip', 'NONE'],
  ['my ex will get what is coming, i know when she leaves work', 'CRISIS', 'my ex will get what is coming, karma always wins', 'NONE'],
  // Abuse now; a carer who does not feed one.
  ['my stepdad is punching my little brother right now', 'CRISIS', 'my stepdad is teaching my little brother to box right now', 'NONE'],
  ['my daughter has not given me any food for three days', 'CRISIS', 'my daughter has not given me any news for three days', 'NONE'],
  // Overdose taken.
  ['swallowed the whole box of my tablets in one go', 'CRISIS', 'swallowed a whole cup of tea in one go', 'NONE'],
  ['just injected the entire pen of insulin', 'CRISIS', 'just injected my usual dose of insulin before lunch', 'NONE'],
  // CONCERN: prayed to be taken; ready to go the sooner the better; never beating this; no reason to keep trying.
  ['lord take me home, i pray for it every night', 'CONCERN', 'lord take me home, this traffic is endless', 'NONE'],
  ['ready to go when the good lord calls, the sooner the better', 'CONCERN', 'ready to go when the taxi calls, the sooner the better', 'NONE'],
  ['lost the job again. i am never going to get out of this', 'CONCERN', 'lost again. i am never going to get out of this level', 'NONE'],
  ['i do not see why i should keep going', 'CONCERN', 'i do not see why i should keep going to that gym', 'NONE'],
  ['my boys deserve a better father than me', 'CONCERN', 'my boys deserve a better football pitch than this', 'NONE'],
  ['the chronic pain is relentless, i can not do another year', 'CONCERN', 'this commute is relentless, i can not do another year', 'NONE'],
  ['my heart hurts so much since he left, i would do anything to make it stop', 'CONCERN', 'the baby has been crying for hours, i would do anything to make it stop', 'NONE'],
  ['this is the edge of what i can endure', 'CONCERN', 'this is what i can endure on a long run', 'NONE'],
  ['i will not be a burden to my family much longer', 'CONCERN', 'i will not be a problem for the landlord much longer, moving out friday', 'NONE'],
  // Rules-alone families: a told overdose; self-harm done and bad; farewell lines; things given for after; a place scouted.
  ['already swallowed them all, wanted you to know', 'CRISIS', 'already ate them all, the whole tin of cookies, wanted you to know', 'NONE'],
  ['relapsed on the cutting, it is deeper than usual', 'CRISIS', 'sliced my finger in the kitchen, deeper than usual', 'NONE'],
  ['love you all. sorry i could not be stronger', 'CRISIS', 'the season is over, sorry i could not be stronger for the team', 'NONE'],
  ['gave away my records, someone should have them after.', 'CRISIS', 'gave away my old records, someone should have them after the move', 'NONE'],
  ['found the spot. walked past it twice to check where to park', 'CRISIS', 'found the spot for the picnic. walked past it twice to check where to park', 'NONE'],
  ['heading round to his place with the hammer tonight', 'CRISIS', 'heading round to his place with the hammer tonight to fix the shelves', 'NONE'],
  ['my stepfather keeps coming into my bedroom at night', 'CRISIS', 'my puppy keeps coming into my bedroom at night', 'NONE'],
  ['there is nothing left for me anymore', 'CRISIS', 'there is nothing left for me to do at work', 'NONE'],
  // Benign frames: a trivial clip; a screening question answered no; thoughts that stayed away; a care plan; slang asked about;
  // a helping role; a leaving day; a set text.
  ['if my brother sends one more meme i swear i will kill myself', 'NONE', 'if my brother sends one more text i swear i will kill myself', 'CRISIS'],
  ['my gp asked if i wanted to harm myself and i could truthfully say no', 'NONE', 'my gp asked if i wanted to harm myself and i could not say no', 'CRISIS'],
  ['the dark thoughts have not come back since the new meds', 'NONE', 'the dark thoughts are back and i want to die', 'CRISIS'],
  ['we made a safety plan with my therapist last week', 'NONE', 'i have a plan and i am going to kill myself', 'CRISIS'],
  ['what does ctb mean, my niece wrote it', 'NONE', 'i am going to ctb tonight', 'CRISIS'],
  ['nursing student here, how do you screen patients for suicidal ideation?', 'NONE', 'nursing student here and i have been suicidal myself lately', 'CRISIS'],
  ['retiring today, said my goodbyes to everyone at the depot', 'NONE', 'said my goodbyes to everyone. it is time', 'CRISIS'],
  ['studying hamlet for english, why does ophelia kill herself?', 'NONE', 'i am going to kill myself after the english exam', 'CRISIS'],
];

describe('r26 English families and their benign twins (rules alone)', () => {
  itReadsTwins(PAIRS);

  it('reads a friend who will sleep and not wake up as someone else\'s risk', () => {
    expectOthersRisk('my cousin said he is going to sleep tonight and never wake up');
  });
});
