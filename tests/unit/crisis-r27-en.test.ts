import { describe, it } from 'vitest';
import { expectOthersRisk, itReadsTwins, type TwinPair } from './crisis-table/twins';

/**
 * The English families added in the r27 session (src/chat/crisis-acts-r27.ts, frames in crisis-benign.ts),
 * each next to a benign twin that shares its words. Written for these tests, not taken from the crisis
 * table; the rules alone are checked. A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // Timing with no word for dying.
  ['the inquest is on monday and i have decided monday is when i go as well', 'CRISIS', 'the inquest is on monday and i have decided monday is when i go to see her family', 'NONE'],
  ['i am leaving tonight once the house is quiet, i will not be at work tomorrow', 'CRISIS', 'i am leaving tonight once the kids are asleep for the night shift at the depot, out for eight hours', 'NONE'],
  ['i am going on his anniversary. same motorway.', 'CRISIS', 'i am going on his anniversary to lay flowers at the grave', 'NONE'],
  ['pulling the plug on my life this weekend', 'CRISIS', 'pulling the plug on the business this weekend', 'NONE'],
  ['gave her the car and the flat. i am out of the picture after tonight', 'CRISIS', 'gave her the car and the flat. i am out of the picture as far as she is concerned', 'NONE'],
  // Method and means without a word for dying.
  ['been reading how many of my sleeping tablets it would take', 'CRISIS', 'been reading how many of my sleeping tablets it would take to help on a long flight', 'NONE'],
  ['figured out the dose, the morphine, all of it', 'CRISIS', 'figured out the dose for the puppy with the vet, all of it in her food', 'NONE'],
  ['got my tramadol from three different pharmacies so no one would notice', 'CRISIS', 'got my tramadol from the usual pharmacy, they know me there', 'NONE'],
  ['i keep driving over the viaduct and slowing down to look', 'CRISIS', 'i keep driving over the viaduct and slowing down in the traffic', 'NONE'],
  ['told the man at the counter it was for the garden. got what i needed and i am parked up now', 'CRISIS', 'told the man at the counter it was for the garden and he recommended a cheaper hose', 'NONE'],
  ['the life cover pays out either way, i read the small print', 'CRISIS', 'the policy pays out either way, flood or fire, i read the small print', 'NONE'],
  // Plans: a one-night booking, planning one's death.
  ['booked a motel on the coast for one night only, the pills are packed', 'CRISIS', 'booked a motel on the coast for one night only, the kids are excited', 'NONE'],
  ['i am planning my own death for after the court date', 'CRISIS', 'i am planning my own wedding so the kids do not have to', 'NONE'],
  // Farewells: a letter left to be found; a goodbye unknown; sorry for the mess.
  ['wrote my son a letter and left it in my desk for after', 'CRISIS', 'wrote my son a letter for his first day at big school and left it in his lunchbox', 'NONE'],
  ['we had a lovely chat on the phone. he did not know it was goodbye', 'CRISIS', 'we had a lovely chat on the phone. he did not know it was her birthday', 'NONE'],
  ['sorry about all the trouble. love you both', 'CRISIS', 'sorry about all the trouble with the boiler, the plumber comes monday', 'NONE'],
  ['left the door on the latch so the police will not have to break it down to find me', 'CRISIS', 'left the door on the latch so the plumber can let himself in', 'NONE'],
  // An overdose told.
  ['took the entire packet of codeine at ten', 'CRISIS', 'took the entire packet of biscuits at ten', 'NONE'],
  ['swallowed everything from the bathroom cabinet', 'CRISIS', 'cleared everything from the bathroom cabinet', 'NONE'],
  ['took all my diazepam half an hour ago, everything is spinning', 'CRISIS', 'took all my diazepam to the pharmacy returns bin', 'NONE'],
  // Harm to others and abuse.
  ['if he turns up at the school gate i am putting him in the ground', 'CRISIS', 'the vet said the old dog died peacefully, we are putting him in the ground tomorrow in the garden', 'NONE'],
  ['heading over to my ex place tonight with the tyre iron', 'CRISIS', 'heading over to my ex place tonight with the tyre iron to fix the flat on her car', 'NONE'],
  ['i will run that lorry driver off the road tomorrow', 'CRISIS', 'a lorry nearly ran me off the road tomorrow i will complain', 'NONE'],
  ['he pulled me by the hair across the kitchen tonight', 'CRISIS', 'he pulled the dog out of the kitchen tonight', 'NONE'],
  // Abuse of someone heard live; an urge held off; stuck with no end in sight.
  ['i can hear my stepdad on the baby monitor shouting and something smashing, my sister is crying', 'CRISIS', 'i can hear my stepdad on the phone shouting at the football, my sister is crying with laughter', 'NONE'],
  ['i want to hurt myself so badly tonight, sitting on my hands trying not to', 'CRISIS', 'i want a cigarette so badly tonight, sitting on my hands trying not to', 'NONE'],
  ['years ago i used to burn myself. tonight i am sitting on my hands trying not to.', 'CONCERN', 'years ago i used to burn myself. tonight i am sitting on my hands, all good.', 'NONE'],
  ['trapped in this house with no end in sight, i can not breathe', 'CONCERN', 'trapped in this traffic with no end in sight, i can not breathe in the heat', 'NONE'],
  // CONCERN: trapped, worn out, a burden, weary of living.
  ['this is a pit i will never claw my way out of', 'CONCERN', 'this is a pit stop before the long drive', 'NONE'],
  ['the migraines every day, i do not know how much more i can bear', 'CONCERN', 'the heat this week, i do not know how much more i can bear lol', 'NONE'],
  ['my only thought was to cut myself', 'CRISIS', 'my only thought was to cut the grass before the rain', 'NONE'],
  ['i can not get away from my own head', 'CONCERN', 'i can not get away from the office this week', 'NONE'],
  ['i am such a drain on my daughter and my husband', 'CONCERN', 'i am such a help to my daughter and my husband', 'NONE'],
  ['i hate that i am still here', 'CONCERN', 'i hate that i am still here at the office at nine', 'NONE'],
  ['i do not want to keep living like this', 'CRISIS', 'i do not want to keep living in this flat', 'NONE'],
  ['part of me hopes the biopsy comes back bad', 'CONCERN', 'part of me worries the biopsy comes back late', 'NONE'],
  ['i wish i had not survived the crash', 'CONCERN', 'i am glad i survived the crash', 'NONE'],
  ['nothing feels like anything. i am just existing', 'CONCERN', 'i am just existing on toast this week while the kitchen is redone', 'NONE'],
  // Someone else's risk: a bridge that looks tempting.
  ['my brother said the bridge looks tempting', 'CONCERN', 'my brother said the bridge looks lovely at night', 'NONE'],
  // Benign frames: a news story; a book club's pick; a rope for a swing; a trivial repetition; a screening question answered
  // no in the next sentence; a joke taken back; a past attempt with gladness now; a research role.
  ['read the article about the rail suicides and now i want to kill myself', 'CRISIS', 'read the article about the rail suicides and the new fencing', 'NONE'],
  ['i want to kill myself. kidding. not really.', 'CRISIS', 'the in-laws are here all week, i want to jump off a cliff. joking, obviously.', 'NONE'],
  ['i want to jump off a cliff. i mean it.', 'CRISIS', 'i want to jump off a cliff with this spreadsheet. joking.', 'NONE'],
  ['bought a rope at the hardware store, you know what for', 'CRISIS', 'bought a rope for the boat at the hardware store', 'NONE'],
  ['the gp asked if i was thinking of ending my life. yes, every day.', 'CRISIS', 'the gp asked if i was thinking of ending my life. no.', 'NONE'],
  ['years ago i tried to end my life and tonight i want to again', 'CRISIS', 'years ago i tried to end my life. today i walked my daughter down the aisle and i am so glad i am still here', 'NONE'],
];

describe('r27 English families and their benign twins (rules alone)', () => {
  itReadsTwins(PAIRS);

  it('reads a relative who keeps saying the insurance would sort the family out as someone else\'s risk', () => {
    expectOthersRisk('my husband keeps saying the insurance would look after us if he was gone');
  });

  it('reads pills kept "for when I am ready", quoted from someone else, as his risk', () => {
    expectOthersRisk("my uncle told me he has got his tablets saved 'for when i am ready'");
  });

  it('reads a goodbye text and a phone switched off as someone else\'s risk', () => {
    expectOthersRisk('my daughter sent a goodbye text and now her phone is off');
  });
});
