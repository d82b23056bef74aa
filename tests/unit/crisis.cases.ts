/**
 * Labelled messages for the crisis classifier. `crisis` is the patient's own crisis;
 * `concern` marks reported speech about someone else (isCrisis false, concernForOthers true).
 */

/** One labelled chat message. */
export interface CrisisCase {
  text: string;
  crisis: boolean;
  note: string;
  concern?: boolean;
}

/** The main table the classifier was developed against. */
export const CRISIS_CASES: readonly CrisisCase[] = [
  // Suicide, own voice
  { text: 'I want to die', crisis: true, note: 'suicide, direct' },
  { text: 'i wanna die tbh', crisis: true, note: 'suicide, slang' },
  { text: "I've been thinking about killing myself", crisis: true, note: 'suicide, ideation' },
  { text: "I'm suicidal", crisis: true, note: 'suicide, direct' },
  { text: 'Everyone would be better off without me', crisis: true, note: 'suicide, burden' },
  { text: "I don't want to be alive anymore", crisis: true, note: 'negated life' },
  { text: 'I wish I could go to sleep and never wake up', crisis: true, note: 'passive ideation' },
  { text: "There's no point in living", crisis: true, note: 'hopelessness about living' },
  { text: 'kms', crisis: true, note: 'slang' },
  { text: 'honestly i might just unalive myself', crisis: true, note: 'slang' },
  { text: "I'm feeling really suicidal tonight", crisis: true, note: 'suicide, timing' },
  { text: 'i want to end my life', crisis: true, note: 'suicide, direct' },
  { text: 'I dont see the point anymore', crisis: true, note: 'negated life, missing apostrophe' },
  { text: "What's the point of living?", crisis: true, note: 'rhetorical question' },
  { text: "I can't go on like this", crisis: true, note: 'negated life' },
  { text: 'cant go on', crisis: true, note: 'negated life, slang' },
  { text: 'Sometimes I think about ending it all', crisis: true, note: 'ideation' },
  { text: "I hope I don't wake up tomorrow", crisis: true, note: 'passive ideation' },
  { text: "I'd rather be dead", crisis: true, note: 'suicide' },
  { text: "i feel like i'm a burden and everyone would be happier without me", crisis: true, note: 'burden' },
  { text: "I'm not sure I want to live", crisis: true, note: 'ambivalence about living' },
  { text: "I don't know if I can keep going", crisis: true, note: 'ambivalence about living' },
  { text: 'is life even worth living', crisis: true, note: 'rhetorical question without ?' },
  // Mixed messages: a negation in one clause, crisis in another
  { text: "I'm not okay, I want to die", crisis: true, note: 'mixed' },
  { text: "I'm not suicidal but I keep thinking everyone would be better off without me", crisis: true, note: 'mixed' },
  { text: "I don't want to live anymore", crisis: true, note: 'negated life is crisis' },
  { text: "I can't stop thinking about killing myself", crisis: true, note: 'double negation' },
  { text: "I'm not saying I want to die, but I think about it a lot", crisis: true, note: 'reporting verb ends negation' },
  { text: "I don't want to die but sometimes I think about it", crisis: true, note: 'denial then admission' },
  // Negation: not a crisis
  { text: "I'm not suicidal", crisis: false, note: 'negation' },
  { text: "I don't want to die", crisis: false, note: 'negation' },
  { text: 'I would never hurt myself', crisis: false, note: 'negation' },
  { text: "I'm not going to kill myself, I promise, I'm just exhausted", crisis: false, note: 'negation' },
  { text: 'I have no thoughts of suicide', crisis: false, note: 'negation' },
  { text: "I don't have any urges to self-harm right now", crisis: false, note: 'negation, long scope' },
  { text: "I haven't hurt myself in over two years", crisis: false, note: 'negation + past' },
  { text: "I'm not in danger, I just wanted to vent", crisis: false, note: 'negation' },
  // Self-harm
  { text: 'I cut myself last night', crisis: true, note: 'self-harm, recent' },
  { text: "I've been cutting again", crisis: true, note: 'self-harm, recurrence' },
  { text: 'the urge to self harm is really strong today', crisis: true, note: 'self-harm urge' },
  { text: 'I burned my arm on purpose', crisis: true, note: 'self-harm, on purpose' },
  { text: 'I relapsed and cut', crisis: true, note: 'self-harm relapse' },
  { text: 'I keep hitting myself when I get angry', crisis: true, note: 'self-harm' },
  { text: 'i want to hurt myself so bad', crisis: true, note: 'self-harm urge' },
  { text: 'I cut myself shaving this morning', crisis: false, note: 'accident' },
  { text: 'I hurt myself at the gym yesterday', crisis: false, note: 'accident' },
  { text: 'burned my hand on the stove while cooking', crisis: false, note: 'accident' },
  // Harm to others, own voice
  { text: "I'm going to hurt him", crisis: true, note: 'harm to others' },
  { text: 'I want to kill my boss', crisis: true, note: 'harm to others' },
  { text: "I swear I'm going to kill my roommate", crisis: true, note: 'harm to others' },
  { text: 'I keep having thoughts about hurting my baby', crisis: true, note: 'harm to others, intrusive thoughts' },
  { text: "I'm going to bring a gun to work tomorrow", crisis: true, note: 'harm to others, means' },
  { text: 'I could strangle my brother right now', crisis: true, note: 'harm to others, anger' },
  // Hyperbole
  { text: 'this traffic is killing me', crisis: false, note: 'hyperbole' },
  { text: 'I could kill for a coffee', crisis: false, note: 'hyperbole' },
  { text: 'that joke killed me', crisis: false, note: 'hyperbole' },
  { text: "I'm dying to see the movie", crisis: false, note: 'hyperbole' },
  { text: 'I nearly died of embarrassment in the meeting', crisis: false, note: 'hyperbole' },
  { text: "I'm going to kill it at my presentation tomorrow", crisis: false, note: 'hyperbole' },
  { text: 'My mom is going to kill me when she sees my grades', crisis: false, note: 'hyperbole, authority figure' },
  { text: "I'd rather die than sing karaoke again", crisis: false, note: 'hyperbole, comparison' },
  { text: 'ugh my feet are killing me after that hike', crisis: false, note: 'hyperbole' },
  { text: 'I want to die of embarrassment lol', crisis: false, note: 'hyperbole' },
  // Abuse in progress
  { text: 'my husband is hitting me', crisis: true, note: 'abuse in progress' },
  { text: "he's threatening to kill me", crisis: true, note: 'abuse, threat' },
  { text: "I'm scared he'll hurt me tonight", crisis: true, note: 'abuse, fear' },
  { text: "My boyfriend choked me last night and I'm scared to go home", crisis: true, note: 'abuse, recent' },
  { text: "I don't feel safe at home", crisis: true, note: 'abuse, negated safety' },
  { text: 'my dad hits me when he drinks', crisis: true, note: 'abuse, habitual' },
  { text: "She keeps threatening me and won't let me leave the house", crisis: true, note: 'abuse, coercion' },
  { text: 'my dad used to hit me when I was a kid', crisis: false, note: 'past abuse' },
  { text: 'We talked about how my ex abused me years ago', crisis: false, note: 'past abuse, session reference' },
  // Reported speech about others
  { text: 'my friend said she wanted to die', crisis: false, concern: true, note: 'reported speech' },
  { text: 'my brother tried to kill himself last year', crisis: false, concern: true, note: 'third party' },
  { text: "My sister has been self harming and I don't know how to help her", crisis: false, concern: true, note: 'third party' },
  { text: 'A coworker told me he wants to kill his wife', crisis: false, concern: true, note: 'third party, harm to others' },
  { text: 'My uncle died by suicide when I was 12', crisis: false, concern: true, note: 'bereavement' },
  { text: 'my friend said she wanted to die, and honestly I feel the same', crisis: true, note: 'solidarity makes it own' },
  // Past references
  { text: 'in our session we talked about when I used to self-harm years ago', crisis: false, note: 'past, resolved' },
  { text: "I attempted suicide when I was 19 but I'm in a much better place now", crisis: false, note: 'past, resolved' },
  { text: 'I used to cut in high school, and lately the urges are back', crisis: true, note: 'past + recurrence' },
  { text: "I was suicidal years ago and it's coming back", crisis: true, note: 'past + recurrence' },
  { text: "I haven't self-harmed since I was a teenager", crisis: false, note: 'negation + past' },
  // Means, plan, timing
  { text: "I've been saving up my pills", crisis: true, note: 'means' },
  { text: 'I wrote goodbye letters to my family', crisis: true, note: 'plan' },
  { text: 'tonight is the night', crisis: true, note: 'timing' },
  { text: 'I bought a rope', crisis: true, note: 'means' },
  { text: 'I looked up how many pills it would take', crisis: true, note: 'means research' },
  { text: "I've already said my goodbyes", crisis: true, note: 'plan' },
  { text: "I won't be around much longer", crisis: true, note: 'timing' },
  // Slang, misspellings
  { text: 'i dont wanna be here anymore', crisis: true, note: 'slang, negated life' },
  { text: 'gonna kms', crisis: true, note: 'slang' },
  { text: 'i should just kys lol', crisis: true, note: 'kys, self-directed' },
  { text: 'feeling sui again', crisis: true, note: 'slang' },
  { text: 'thinking about unaliving myself', crisis: true, note: 'slang' },
  { text: "I'm so done with life", crisis: true, note: 'suicide' },
  { text: 'i want to d1e', crisis: true, note: 'leetspeak' },
  { text: 'i want to dieeee', crisis: true, note: 'stretched letters' },
  { text: 'I want to commit sucide', crisis: true, note: 'misspelling' },
  // Ordinary therapy chat
  { text: 'what was the breathing exercise we discussed?', crisis: false, note: 'ordinary' },
  { text: 'what did I say about my sleep?', crisis: false, note: 'ordinary' },
  { text: "I felt sad last week but I'm coping", crisis: false, note: 'ordinary' },
  { text: 'Can you remind me what my therapist said about setting boundaries with my mom?', crisis: false, note: 'ordinary' },
  { text: 'I had a panic attack at work today, what grounding techniques did we go over?', crisis: false, note: 'ordinary' },
  { text: "I've been cutting back on caffeine like we discussed", crisis: false, note: 'ordinary, "cutting"' },
  { text: 'My anxiety has been really bad this week', crisis: false, note: 'ordinary' },
  { text: 'What homework did Dr. Lee give me in our last session?', crisis: false, note: 'ordinary' },
  { text: 'I keep procrastinating and I hate it', crisis: false, note: 'ordinary' },
  { text: "I'm so tired of my job", crisis: false, note: 'ordinary' },
  { text: 'How do I stop overthinking at night?', crisis: false, note: 'ordinary' },
  { text: 'I hit the gym three times this week!', crisis: false, note: 'ordinary, "hit"' },
  { text: 'I want to live a more balanced life', crisis: false, note: 'ordinary, "want to live"' },
  { text: "My mom's death anniversary is coming up and I feel numb", crisis: false, note: 'grief' },
  { text: 'we talked about my grief over my dad dying', crisis: false, note: 'grief' },
  { text: "I don't want to go to work tomorrow", crisis: false, note: 'ordinary negation' },
  { text: "I'm not sure I want to keep seeing my boyfriend", crisis: false, note: 'ordinary ambivalence' },
  { text: "My friend's dog died and she's devastated", crisis: false, note: 'ordinary' },
  { text: "I don't see myself making it on time to Thursday's session", crisis: false, note: 'punctuality idiom' },
  // Questions and session references read as current (safety first)
  { text: 'What should I do if I feel suicidal?', crisis: true, note: 'hypothetical self, safety first' },
  { text: 'Is it normal to want to die sometimes?', crisis: true, note: 'question about own ideation' },
  { text: 'what did we say about my suicidal thoughts?', crisis: true, note: 'session reference, no past marker' },
];

/** Recall on crisis rows, false-positive rate on the rest, and the rows that were wrong. */
export function scoreCases(cases: readonly CrisisCase[], classify: (text: string) => boolean) {
  const missed = cases.filter((row) => row.crisis && !classify(row.text));
  const falseAlarms = cases.filter((row) => !row.crisis && classify(row.text));
  const positives = cases.filter((row) => row.crisis).length;
  const negatives = cases.length - positives;
  return {
    recall: positives === 0 ? 1 : (positives - missed.length) / positives,
    falsePositiveRate: negatives === 0 ? 0 : falseAlarms.length / negatives,
    missed: missed.map((row) => row.text),
    falseAlarms: falseAlarms.map((row) => row.text),
  };
}
