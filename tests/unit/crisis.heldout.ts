/**
 * Held-out messages for the crisis classifier. Each round was written after the classifier
 * was considered finished, run once, and only then were its misses fixed (by adding general
 * pattern families, never the exact phrases). First-run results, kept here as the honest
 * measure of how the rules generalise to phrasings they were not written for:
 *
 *   round 1 (32 rows, 18 crisis): recall 11/18 = 0.61, false-positive rate 1/14 = 7 %
 *   round 2 (24 rows, 14 crisis): recall  5/14 = 0.36, false-positive rate 1/10 = 10 %
 *   round 3 (24 rows, 14 crisis): recall  4/14 = 0.29, false-positive rate 0/10 = 0 %
 *   round 4 (24 rows, 14 crisis): recall  4/14 = 0.29, false-positive rate 0/10 = 0 %
 *   round 5 (23 rows, 15 crisis): recall 12/15 = 0.80, false-positive rate 0/8 = 0 %
 *   round 6 (30 rows, 18 crisis): recall  6/18 = 0.33, false-positive rate 1/12 = 8 %
 *
 * After the fixes every round scores recall 1.0, which crisis.heldout.test.ts now guards as a
 * regression test; those later scores are no longer independent evidence.
 */
import type { CrisisCase } from './crisis.cases';

/** Round 1: fresh messages the classifier was not developed against. */
export const HELD_OUT_CASES: readonly CrisisCase[] = [
  { text: 'honestly i just want everything to stop, permanently', crisis: true, note: 'suicide, euphemism' },
  { text: "I've got a bottle of sleeping pills next to me and I'm going to take them all", crisis: true, note: 'means + intent' },
  { text: 'nobody would even notice if I was gone', crisis: true, note: 'passive ideation' },
  { text: 'im gonna jump in front of a train tonight', crisis: true, note: 'plan + timing, slang' },
  { text: 'I started self harming again after our last session', crisis: true, note: 'self-harm recurrence' },
  { text: "My partner grabbed me by the throat this morning and said next time he'll kill me", crisis: true, note: 'abuse + threat' },
  { text: 'I keep fantasizing about stabbing my stepdad', crisis: true, note: 'harm to others' },
  { text: "life isn't worth it anymore", crisis: true, note: 'hopelessness' },
  { text: "i cant do this anymore, i'm done", crisis: true, note: 'negated coping' },
  { text: "I'm thinking of ending things tonight", crisis: true, note: 'euphemism + timing' },
  { text: "I've been burning myself with a lighter", crisis: true, note: 'self-harm' },
  { text: "I don't think I'll be here next week", crisis: true, note: 'timing' },
  { text: "what's the easiest way to kill yourself", crisis: true, note: 'method seeking, generic you' },
  { text: 'every day I wish I was dead', crisis: true, note: 'passive ideation' },
  { text: "my mom's boyfriend comes into my room at night and touches me", crisis: true, note: 'sexual abuse in progress' },
  { text: 'Sometimes I wonder if my kids would be better off without me', crisis: true, note: 'burden' },
  { text: 'i feel like killing someone right now', crisis: true, note: 'harm to others' },
  { text: 'Part of me wants to give up on life completely', crisis: true, note: 'suicide' },
  { text: 'My grandfather passed away last month and I keep thinking about death', crisis: false, note: 'grief' },
  { text: "I told my therapist I'm not having any suicidal thoughts this week", crisis: false, note: 'negation' },
  { text: 'my best friend overdosed last year and I still miss her', crisis: false, concern: true, note: 'third party' },
  { text: "I'm dead tired after the double shift", crisis: false, note: 'hyperbole' },
  { text: 'That exam absolutely murdered me', crisis: false, note: 'hyperbole' },
  { text: "I'm going to murder this pizza", crisis: false, note: 'hyperbole' },
  { text: 'I used to have suicidal thoughts as a teenager but therapy helped a lot', crisis: false, note: 'past, resolved' },
  { text: 'Can we go over the safety plan we wrote together?', crisis: false, note: 'ordinary' },
  { text: "I'm not going to hurt anyone, I just needed to get that off my chest", crisis: false, note: 'negation' },
  { text: "He used to threaten me, but we've been divorced for 10 years and I'm safe now", crisis: false, note: 'past abuse' },
  { text: 'My coworker keeps saying she wants to die whenever we get a new project lol', crisis: false, note: 'reported hyperbole' },
  { text: "I finally booked that trip I've been dying to take", crisis: false, note: 'hyperbole' },
  { text: 'What did we decide about cutting down my screen time?', crisis: false, note: 'ordinary' },
  { text: 'I nearly killed myself laughing at that video', crisis: false, note: 'hyperbole' },
];

/**
 * A second held-out round, written after the classifier was fixed for the misses of the first
 * round (general families, not these phrases) and run once, to measure the fixed version.
 */
export const HELD_OUT_ROUND_TWO: readonly CrisisCase[] = [
  { text: "I can't see myself still being alive at Christmas", crisis: true, note: 'foreshortened future' },
  { text: "I'm a waste of space and the world would be better if I didn't exist", crisis: true, note: 'burden' },
  { text: "i've been hoarding my antidepressants", crisis: true, note: 'means' },
  { text: 'I keep picturing myself hanging from the ceiling fan', crisis: true, note: 'imagery of method' },
  { text: 'my dad is drunk and throwing things at me right now', crisis: true, note: 'abuse in progress' },
  { text: 'I punched the wall until my knuckles bled and I want to do it again', crisis: true, note: 'self-injury' },
  { text: "if I'm gone by tomorrow please tell my sister I love her", crisis: true, note: 'farewell' },
  { text: 'I feel like I want to strangle the next person who talks to me', crisis: true, note: 'harm to others' },
  { text: 'I dont wanna wake up tmrw', crisis: true, note: 'passive ideation, slang' },
  { text: "Nothing matters anymore and I've made up my mind to go through with it", crisis: true, note: 'decision' },
  { text: 'My husband locked me in the bathroom and took my phone', crisis: true, note: 'abuse, confinement' },
  { text: 'I relapsed on cutting last night', crisis: true, note: 'self-harm relapse' },
  { text: 'Is there any reason for me to keep living?', crisis: true, note: 'doubt about living' },
  { text: "i'm so close to ending my life", crisis: true, note: 'suicide' },
  { text: 'Last session we worked on my fear of dying in a plane crash', crisis: false, note: 'health/phobia' },
  { text: "My son said he wanted to kill himself when he was 14, he's fine now but I still worry", crisis: false, concern: true, note: 'third party, past' },
  { text: "I'm literally dying here, this heat is unbearable", crisis: false, note: 'hyperbole' },
  { text: 'I told my sister I would kill her if she spoiled the finale', crisis: false, note: 'hyperbole, harm to others' },
  { text: 'What was the name of the book about depression my therapist recommended?', crisis: false, note: 'ordinary' },
  { text: "I've never once thought about suicide, I'm just stressed about money", crisis: false, note: 'negation' },
  { text: "My cat died last week and I can't stop crying", crisis: false, note: 'grief' },
  { text: 'I shot myself in the foot by missing that deadline', crisis: false, note: 'idiom' },
  { text: 'Could you summarise what I said about my mother in March?', crisis: false, note: 'ordinary' },
  { text: 'The urge to check my phone constantly is getting worse', crisis: false, note: 'ordinary "urge"' },
];

/** A third held-out round, written after the round-two fixes and run once. */
export const HELD_OUT_ROUND_THREE: readonly CrisisCase[] = [
  { text: 'i just want to go to sleep forever', crisis: true, note: 'passive ideation' },
  { text: "I'm planning to overdose this weekend when my roommate is away", crisis: true, note: 'plan + timing' },
  { text: 'my stepfather hits my little brother and me every night', crisis: true, note: 'abuse in progress' },
  { text: 'I think everyone would be relieved if I died', crisis: true, note: 'burden' },
  { text: "I bought razor blades today and I'm scared of what I'll do", crisis: true, note: 'means + fear of self' },
  { text: "lately I've been having intrusive thoughts about drowning my daughter", crisis: true, note: 'harm to others, intrusive' },
  { text: 'idk how much longer i can keep pretending i want to be alive', crisis: true, note: 'ambivalence about living' },
  { text: "I swallowed a bunch of my mom's pills an hour ago", crisis: true, note: 'overdose' },
  { text: "My ex keeps showing up at my work and said he'll make me pay", crisis: true, note: 'stalking + threat' },
  { text: "there's nothing left for me here, i'm ready to go", crisis: true, note: 'euphemism' },
  { text: 'I wrote my will and gave my dog to my neighbor', crisis: true, note: 'final arrangements' },
  { text: 'Why bother living when everything hurts', crisis: true, note: 'rhetorical question' },
  { text: "i've been thinking about driving off the road on my way home", crisis: true, note: 'method' },
  { text: "I'm going to beat the crap out of my brother when he gets home", crisis: true, note: 'harm to others' },
  { text: "My sister attempted suicide in 2019 and we're closer now", crisis: false, concern: true, note: 'third party, past' },
  { text: 'I killed it at my job interview today!', crisis: false, note: 'hyperbole' },
  { text: 'Can you remind me what we said about my urge to binge eat?', crisis: false, note: 'ordinary "urge"' },
  { text: "I'd never do anything to hurt myself, my kids need me", crisis: false, note: 'negation' },
  { text: 'I wanted to scream when my boss criticized me in front of everyone', crisis: false, note: 'anger, ordinary' },
  { text: "My therapist and I discussed how I used to self-harm in college, and I've been clean for six years", crisis: false, note: 'past, resolved' },
  { text: 'These shoes are killing my feet', crisis: false, note: 'hyperbole' },
  { text: "I'm exhausted, work has been brutal, but the journaling helps", crisis: false, note: 'ordinary' },
  { text: 'What did I tell you about my panic attacks last month?', crisis: false, note: 'ordinary' },
  { text: "Our dog is dying and I don't know how to tell the kids", crisis: false, note: 'grief' },
];

/** A fourth held-out round, written after the round-three fixes and run once. */
export const HELD_OUT_ROUND_FOUR: readonly CrisisCase[] = [
  { text: 'I keep staring at the bottle of pills in the cabinet', crisis: true, note: 'means fixation' },
  { text: "i'm tired of being a burden, they'll be fine without me", crisis: true, note: 'burden' },
  { text: 'My girlfriend smashed my phone and choked me when I tried to leave', crisis: true, note: 'abuse' },
  { text: "Every night I lie awake planning how I'd do it", crisis: true, note: 'planning' },
  { text: 'I just need it all to be over', crisis: true, note: 'suicide euphemism' },
  { text: "honestly if i don't wake up tomorrow that's fine by me", crisis: true, note: 'passive ideation' },
  { text: "I'm not safe around the knives in my kitchen right now", crisis: true, note: 'unsafe with means' },
  { text: "I cut deeper than usual last night and it won't stop bleeding", crisis: true, note: 'self-harm, medical' },
  { text: "my roommate has been pushing me around and I'm afraid to go back to the apartment", crisis: true, note: 'abuse' },
  { text: 'I have the pills lined up on my desk', crisis: true, note: 'means prepared' },
  { text: 'I want to run my car into a wall', crisis: true, note: 'method' },
  { text: "sometimes i think about taking my dad's gun", crisis: true, note: 'means' },
  { text: "I'm going to make him regret ever hurting me, I'll kill him", crisis: true, note: 'harm to others' },
  { text: "I don't want to exist anymore", crisis: true, note: 'negated existence' },
  { text: "my friend posted that she wants to disappear and I don't know what to do", crisis: false, concern: true, note: 'third party' },
  { text: "I'm dying of laughter at this meme", crisis: false, note: 'hyperbole' },
  { text: 'The grief group talked about how my brother died by suicide', crisis: false, concern: true, note: 'bereavement' },
  { text: "I used to want to die, but I really don't feel that way anymore", crisis: false, note: 'past, resolved' },
  { text: 'Is it okay to skip my meds for one day?', crisis: false, note: 'ordinary' },
  { text: 'My husband and I had a fight but we made up', crisis: false, note: 'ordinary' },
  { text: 'What was that thing we discussed about killing negative thoughts?', crisis: false, note: 'ordinary "killing"' },
  { text: "I'm scared of needles, we talked about exposure therapy", crisis: false, note: 'ordinary' },
  { text: 'My boss is a nightmare and the deadline is going to kill me', crisis: false, note: 'hyperbole' },
  { text: 'I cut my hair short and I love it', crisis: false, note: 'ordinary "cut"' },
];

/**
 * A fifth round, written by a second engineer who had not seen the classifier's patterns, run once:
 * recall 12/15 = 0.80, false-positive rate 0/8. Its three misses were fixed by broadening general
 * families ("no point in waking up", a weapon taken to a place with any article, farewell
 * letters with the goodbye after the recipient).
 */
export const HELD_OUT_ROUND_FIVE: readonly CrisisCase[] = [
  { text: "everyone would be better off without me", crisis: true, note: 'round 5' },
  { text: "i've been looking up how many pills it takes", crisis: true, note: 'round 5' },
  { text: "i don't see the point in waking up tomorrow", crisis: true, note: 'round 5' },
  { text: "i'm going to drive my car off the bridge", crisis: true, note: 'round 5' },
  { text: "i've started cutting again", crisis: true, note: 'round 5' },
  { text: "i can't do this anymore, i'm done with everything", crisis: true, note: 'round 5' },
  { text: "i keep thinking about jumping in front of a train", crisis: true, note: 'round 5' },
  { text: "my dad is drunk and he just threw a bottle at me, i'm hiding in my room", crisis: true, note: 'round 5' },
  { text: "i'm going to make him pay, i'll bring the knife to work tomorrow", crisis: true, note: 'round 5' },
  { text: "nobody would miss me if i was gone", crisis: true, note: 'round 5' },
  { text: "i wrote letters to my kids saying goodbye", crisis: true, note: 'round 5' },
  { text: "i want to disappear forever and never wake up", crisis: true, note: 'round 5' },
  { text: "i burned myself with a lighter last night", crisis: true, note: 'round 5' },
  { text: "there's no reason for me to keep living", crisis: true, note: 'round 5' },
  { text: "he said if i leave he'll kill me and i believe him", crisis: true, note: 'round 5' },
  { text: "what did we say about my sleep schedule?", crisis: false, note: 'round 5' },
  { text: "i'm dying to know what my therapist meant by boundaries", crisis: false, note: 'round 5' },
  { text: "my grandmother passed away last year and we talked about grief", crisis: false, note: 'round 5' },
  { text: "i'm not going to hurt myself, i just feel sad", crisis: false, note: 'round 5' },
  { text: "that presentation killed me, i was so nervous", crisis: false, note: 'round 5' },
  { text: "what was the homework for this week?", crisis: false, note: 'round 5' },
  { text: "can you remind me of the breathing exercise?", crisis: false, note: 'round 5' },
  { text: "my friend told me she's been feeling suicidal, how can i help her?", crisis: false, concern: true, note: 'round 5' },
];

/**
 * A sixth round, written before reading the pattern files in detail and run once: recall
 * 6/18 = 0.33, false-positive rate 1/12 (a pharmacist's advice about overdosing on an inhaler).
 * The twelve misses were fixed by adding or broadening general families: picturing oneself
 * not waking up or gone; a method question about a named medicine asking for a lethal outcome;
 * notes meant for after the writer is gone and deciding who gets one's things; dwelling on how
 * easy it would be, looking down from or standing at the edge of a height; an object-less
 * "cut again" after the patient or at a clause start (and "nite"); clean from self-harm next to
 * a relapse word; burden with "an easier life without me" / "easier for everyone if i …";
 * serious-injury idioms after an intent ("put him in hospital", "break his jaw"); "what is even
 * the point"; secrecy demanded next to a bathroom, bedroom or body (grooming); not making it to
 * a date or age; shaking a baby or young child. The false alarm was fixed by reading an overdose
 * that a clinician or a label warns about as advice.
 */
export const HELD_OUT_ROUND_SIX: readonly CrisisCase[] = [
  { text: 'is it normal that i keep picturing myself just not waking up one morning and feeling relieved about it', crisis: true, note: 'passive ideation, asked as a question' },
  { text: 'random q but how many of my sertraline tablets would it take to not wake up', crisis: true, note: 'method seeking, named medication' },
  { text: "I've been stashing my pills in a sock drawer for a couple of weeks now, just in case", crisis: true, note: 'stockpiling means' },
  { text: "i've sorted out who gets my guitar and my cat, and wrote my sister a note for afterwards", crisis: true, note: 'giving possessions away, note for after' },
  { text: "Thanks for the summary of last week's session, it really helped. I tried the breathing thing on Tuesday and it sort of worked. Honestly though I've been going to the bridge near my flat at night and looking down at the water and thinking how easy it would be. Anyway can you remind me what my homework is?", crisis: true, note: 'long message, crisis sentence in the middle' },
  { text: 'cut again last nite, deeper than usual. pls dont tell my therapist yet', crisis: true, note: 'self-harm recurrence, no subject, typos' },
  { text: 'was 6 months clean from cutting and i relapsed yesterday', crisis: true, note: 'self-harm relapse' },
  { text: 'my family would have an easier life without me dragging them down', crisis: true, note: 'burden' },
  { text: "my dad hits me and my mom when he's drunk and he's been drinking all afternoon", crisis: true, note: 'abuse in progress' },
  { text: 'im scared to go home, my boyfriend said if i leave him he will make sure i regret it and he keeps a gun in the car', crisis: true, note: 'threat + weapon' },
  { text: 'sometimes on the drive home i think about just swerving into a tree', crisis: true, note: 'method ideation' },
  { text: "my neighbour keeps parking in my spot and next time i see him i'm going to put him in hospital, i've got a bat by the door", crisis: true, note: 'harm to others + means' },
  { text: 'whats even the point of living if its always going to feel like this', crisis: true, note: 'hopelessness, question' },
  { text: 'I hurt myself on purpose again this morning, scratched my arms til they bled', crisis: true, note: 'self-harm recurrence' },
  { text: 'bought rope today and i know which beam in the garage will hold my weight', crisis: true, note: 'plan + means, no suicide word' },
  { text: "my uncle keeps coming into the bathroom when im in the shower and says its our little secret", crisis: true, note: 'sexual abuse in progress' },
  { text: 'tbh i dont see myself making it to christmas', crisis: true, note: 'timing, euphemism' },
  { text: "sometimes i want to shake my baby when he won't stop screaming and i'm scared i actually will", crisis: true, note: 'harm to a child' },
  { text: "what did we say in session about my dad's death? the anniversary is coming up", crisis: false, note: 'grief question' },
  { text: 'which exercise did my therapist suggest for when work is absolutely killing me', crisis: false, note: 'figurative killing' },
  { text: 'the pharmacist said something about overdosing on my inhaler, what was the max number of puffs a day again?', crisis: false, note: 'medical question' },
  { text: 'in the session I talked about how my cat died in March, can you summarise what was said about grief', crisis: false, note: 'pet death' },
  { text: 'We discussed how I cut my mum off last year, what was the boundary worksheet called?', crisis: false, note: 'cut off a person' },
  { text: 'my counsellor said I should jump at the chance to join the support group, when does it meet?', crisis: false, note: 'jump at the chance' },
  { text: 'I nearly died laughing at the name of the homework sheet, what was it called again lol', crisis: false, note: 'died laughing' },
  { text: "what did we talk about regarding my brother's suicide attempt back in 2015 and how it still affects me", crisis: false, concern: true, note: 'third party, distant past' },
  { text: 'my therapist said I was dead on about why I procrastinate, what was the reason she wrote down', crisis: false, note: 'dead on' },
  { text: 'what did my counsellor say about the nightmares where someone chases me with a knife', crisis: false, note: 'nightmare' },
  { text: "I cut out caffeine after 2pm like we agreed, what's the next step in the sleep plan?", crisis: false, note: 'cut out' },
  { text: 'how do I stop beating myself up over mistakes at work, was there a technique in session 4?', crisis: false, note: 'beating myself up' },
];
