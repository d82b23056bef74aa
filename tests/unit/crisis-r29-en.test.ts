import { describe, expect, it } from 'vitest';
import { assessCrisisByRules } from '../../src/chat/crisis';
import { itReadsOthers, itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * The round 29c English families (src/chat/crisis-acts-r29.ts, crisis-acts-r29-concern.ts, crisis-benign-r29.ts and
 * the r29c lines of crisis-reported.ts and crisis-topic.ts): second-language English, older adults dictating,
 * veterans and first responders, workers and teens, each next to a benign twin that shares its words.
 * Written for these tests, not taken from the crisis table; the rules alone are checked.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // Intent in second-language English and in service and teen slang.
  ['I will do suicide this weekend, nobody can stop me', 'CRISIS', 'I will do suicide prevention training this weekend at work', 'NONE'],
  ['I am tired, I want to kill my life', 'CRISIS', 'I am tired, I want to kill my alarm clock', 'NONE'],
  ['ready to punch my ticket, this is the last night', 'CRISIS', 'ready to punch my ticket to the playoffs this season', 'NONE'],
  ['see you in Valhalla brothers, I am done', 'CRISIS', 'see you in Valhalla tonight, the raid starts at nine lol', 'NONE'],
  ['game over for me irl, cya', 'CRISIS', 'game over for me in this level, cya', 'NONE'],
  ['tomorrow I walk off the scaffolding without my harness, make it look like accident', 'CRISIS', 'tomorrow I walk the scaffolding with my harness for the inspection', 'NONE'],
  ['the noose is tied in the garage, tonight', 'CRISIS', 'the knot is tied in the garage, the boat is ready', 'NONE'],
  ['going to drink the kerosene tonight', 'CRISIS', 'going to buy the kerosene tonight for the lamps', 'NONE'],
  // A plan told by its steps.
  ['been saving my oxycodone instead of taking them, nearly enough now', 'CRISIS', 'been saving my money instead of spending it, nearly enough now', 'NONE'],
  ['when I have enough codeine I will take them all at once', 'CRISIS', 'when I have enough stamps I will send them all at once next year', 'NONE'],
  ['I will walk out into the ocean, I cannot swim so it will be quick', 'CRISIS', 'I will walk out into the ocean for my first surf lesson', 'NONE'],
  ['the rooftop door is never locked and no one is up there after six', 'CRISIS', 'the rooftop door is never locked, I reported it to security', 'NONE'],
  ['the how is already decided, I just need a quiet night', 'CRISIS', 'the how part is sorted for the wedding, now the guest list', 'NONE'],
  // Means with one now.
  ['Papa morphine is still here. Tonight I will drink it, all of it', 'CRISIS', 'Papa morphine went back to the pharmacy. Tonight I will sleep, finally', 'NONE'],
  ['bought a bottle of weedkiller, it is in my room. not for the garden', 'CRISIS', 'bought a bottle of weedkiller, it is in the shed for the garden', 'NONE'],
  ['I keep the pesticide for myself now', 'CRISIS', 'I keep the pesticide for the maize field now', 'NONE'],
  ['sat in the truck with my service pistol under my chin for an hour', 'CRISIS', 'sat in the truck with my service pistol in the holster for an hour', 'NONE'],
  // Timing.
  ['if the shop closes on friday I finish myself the same day', 'CRISIS', 'if the shop closes on friday I finish the stocktake the same day', 'NONE'],
  ['within the hour I am going to do it. tell my sister I am sorry', 'CRISIS', 'within the hour I am going to do it, the report is almost done', 'NONE'],
  ['saturday when my flatmates travel is my chance. no one will check on me', 'CRISIS', 'saturday when my flatmates travel is my chance to paint the hall', 'NONE'],
  ['christmas will not come for me this year, I have decided', 'CRISIS', 'christmas will not come early for me this year, the bonus is late', 'NONE'],
  ['my time is soon, I am ready to go and join my ancestors', 'CRISIS', 'this summer I go to the village to meet my ancestors graves with my uncle', 'NONE'],
  ['tonight I swallow all of grandma sleeping pills', 'CRISIS', 'tonight I swallow all of my vitamins with dinner as prescribed', 'NONE'],
  ['the landlord comes on friday. by the weekend I will not be here anymore', 'CRISIS', 'the landlord comes on friday. by the weekend I will not be here, I am visiting my sister', 'NONE'],
  ['I will never go to work again after tomorrow, I have plan', 'CRISIS', 'I will never go to work again after tomorrow, I am retiring at last', 'NONE'],
  ['six years of back pain, on sunday I end the pain for good', 'CRISIS', 'six years of back pain, on sunday the nerve block should end the pain for good', 'NONE'],
  ['I have the tramadol stockpiled in my wardrobe', 'CRISIS', 'I have the tramadol prescription in my wardrobe', 'NONE'],
  // Preparation and farewells.
  ['wrote notes to each of my sons and left them with the house deeds', 'CRISIS', 'wrote notes to each of my sons for their graduation cards', 'NONE'],
  ['made my will, cancelled my gym and my insurance, I feel at peace now', 'CRISIS', 'made my will after the wedding, cancelled my old gym, I feel at peace now', 'NONE'],
  ['everything is in order now, the cat goes to my sister, nothing left for me to do', 'CRISIS', 'everything is in order now for the move to Canada, nothing left to do', 'NONE'],
  ['set up texts for my parents and my wife to arrive on monday so they hear it from me', 'CRISIS', 'set up texts for my parents and my wife to arrive on monday as birthday reminders', 'NONE'],
  ['that is my final post. take care of yourselves', 'CRISIS', 'that is my final post for today. take care of yourselves', 'NONE'],
  ['it was an honour serving with you all, my end of watch is tonight', 'CRISIS', 'went to the memorial for the fallen, his end of watch was in 2019', 'NONE'],
  ['gave my horse to my cousin, told her she keeps her for always, the rest is easy now', 'CRISIS', 'gave my horse to my cousin because the landlord sold the field', 'NONE'],
  ['took my brother my watch and my savings. you will need it more than me after', 'CRISIS', 'I gave my brother my old coat. you will need it more than me this winter', 'NONE'],
  // Overdose and self-harm.
  ['I swallowed my father heart tablets, the whole packet, I feel very dizzy', 'CRISIS', 'I swallowed my heart tablet, the doctor said one a day, I feel fine', 'NONE'],
  ['took loads of my sleeping pills half an hour ago, everything is spinning', 'CRISIS', 'took loads of photos half an hour ago, everything is so pretty', 'NONE'],
  ['I drank some drain cleaner, my throat is on fire', 'CRISIS', 'my toddler nearly drank some drain cleaner by accident, the lid was loose', 'NONE'],
  ['I injected way too many units of insulin on purpose and now I am sweating', 'CRISIS', 'I injected too many units of insulin by mistake, the nurse fixed it', 'NONE'],
  ['sliced open my forearm with a stanley blade, it will not close', 'CRISIS', 'sliced open my forearm on the fence when I fell off the ladder', 'NONE'],
  ['I cutted my self again', 'CRISIS', 'I cutted the onions again', 'NONE'],
  // Harm to others.
  ['keep a hammer by my bed for him, next time he hurts her I kill him', 'CRISIS', 'keep a hammer by my bed for the shelf I am putting up', 'NONE'],
  ['bought a strap from some guy, my boss is going to pay tomorrow', 'CRISIS', 'bought a strap from some guy for my camera bag', 'NONE'],
  // Abuse now.
  ['my husband throw me against the wall today and I am hiding in the bathroom', 'CRISIS', 'my son threw me a surprise party today and I am so happy', 'NONE'],
  ['my brother in law keep me locked inside the flat since monday', 'CRISIS', 'my brother in law keeps me company inside the flat since monday', 'NONE'],
  ['they took my passport and say I cannot leave until I marry him', 'CRISIS', 'they took my passport photo and say I can leave the office now', 'NONE'],
  ['he threatens to pour petrol on me if I go to the police', 'CRISIS', 'he threatens to pour water on me if I sleep past nine lol', 'NONE'],
  ['my neighbour comes into my room at night and tells me never to tell my mum', 'CRISIS', 'my neighbour comes into my room to fix the heater and tells me to tell my mum', 'NONE'],
  // CONCERN: passive wishes, thoughts of death, hopelessness, burden, trapped, pain, blades kept.
  ['I would be grateful if God took me in the night', 'CONCERN', 'I would be grateful if God kept me safe in the night', 'NONE'],
  ['I pray each night never to wake up', 'CONCERN', 'I pray each night never to wake up late for church', 'NONE'],
  ['since the crash that killed Jonesy I wish it had been me who died', 'CONCERN', 'I wish it had been me who won the raffle', 'NONE'],
  ['I have been thinking about death every day this month', 'CONCERN', 'I have been thinking about dinner every day this month', 'NONE'],
  ['I keep picturing my own funeral, who would come', 'CONCERN', 'I keep picturing my own wedding, who would come', 'NONE'],
  ['better my family forget about me, I only bring shame', 'CONCERN', 'better my family forget about the debt, it is paid', 'NONE'],
  ['I feel like I am in a prison, the debt and the job every day', 'CONCERN', 'I feel like I am in a prison in this escape room game', 'NONE'],
  ['since my son died I am drowning every day', 'CONCERN', 'since my promotion I am drowning every day in emails', 'NONE'],
  ['I never want to feel anything ever again', 'CONCERN', 'I never want to feel that needle at the dentist ever again', 'NONE'],
  ['got a pack of razor blades, having them hidden makes me calm', 'CONCERN', 'got a pack of razor blades for shaving, the cheap ones', 'NONE'],
  ['I become only burden to my family since the stroke', 'CONCERN', 'I become only helper to my family since the stroke', 'NONE'],
  ['if I die my wife gets the life insurance, maybe that is better', 'CONCERN', 'if I die on the trip my wife gets the car, maybe that is better', 'NONE'],
  ['since we lost her I long to be with my daughter again', 'CONCERN', 'since the divorce I long to be with my daughter again at weekends', 'NONE'],
  ['crossing the bridge in the lorry I think just turn the wheel into the river', 'CONCERN', 'crossing the bridge in the lorry I think just turn the radio up', 'NONE'],
  ['on the tube platform the urge to step forward comes every morning', 'CONCERN', 'on the tube platform the urge to get a coffee comes every morning', 'NONE'],
  ['no reason to get up every morning, nothing change', 'CONCERN', 'no reason to get up early on sunday, nothing open', 'NONE'],
  ['what is the use of my life now, everybody gone', 'CONCERN', 'what is the use of my umbrella now, everybody gone inside', 'NONE'],
  ['I cannot stand this life anymore', 'CONCERN', 'I cannot stand this heat anymore', 'NONE'],
  ['nobody will notice if I disappear', 'CONCERN', 'nobody will notice if I wear pyjamas to work', 'NONE'],
  ['I hope a bus hits me tomorrow so I do not have to go', 'CONCERN', 'I hope a bus comes tomorrow so I do not have to walk', 'NONE'],
  ['so tired tired tired of everything', 'CONCERN', 'so tired tired tired of the rain', 'NONE'],
  ['at 84 I am only waiting to die', 'CONCERN', 'at 84 I am only waiting for the bus', 'NONE'],
  ['lord take me, I am ready', 'CONCERN', 'lord take me to the beach already', 'NONE'],
  ['honestly so tired of this life', 'CONCERN', 'honestly so tired of this city life', 'NONE'],
];

/** Someone else's risk, next to a twin that is nobody's risk. */
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['my friend from the platoon gave away his guns and his bike, I know what that means', 'my friend from the platoon gave away his guns and his bike, he is moving abroad'],
  ['my father keep saying he wants to go to heaven now and he will not eat', 'my father keep saying he wants to go to church on sunday and he will eat after'],
  ['my coworker said he would jump off the crane head first if they cut his hours', 'my coworker said he would climb the crane if they paid double'],
  ['the lady next door said bye to me like it was the last time, very strange', 'the lady next door said bye to me this morning, she is nice'],
  ['my son search on his laptop how much paracetamol is lethal, I saw the history', 'my son search on his laptop how much paracetamol is safe for a headache'],
  ['my sister took loads of her antidepressants and is in A&E now', 'my sister took loads of her books to the charity shop'],
  ['my brother said his affairs are in order and there is nothing left for him to do', 'my brother said his papers are in order for the visa'],
  ['my friend said in one hour he is going to do it, tell his mum sorry', 'my friend said in one hour he is going to do the dishes'],
  ['someone on the server said theyre gonna kms tonight', 'someone on the server said theyre gonna stream tonight'],
];

/** Risk that a frame named in the same message must not hide. */
const STAYS_RISK: readonly string[] = [
  'I died in minecraft again but for real I want to kill myself',
  'we are moving next month and I put my affairs in order because I will not be here',
  'bought a shotgun for the range but really it is for me, I want to die',
];

/** Benign frames that stay NONE. */
const STAYS_NONE: readonly string[] = [
  'put our affairs in order before we relocate to Portugal, so much paperwork',
  'bought a rifle for deer season with my brother, first time',
  'fell into the void in terraria and basically killed myself, lost everything lol',
  'when I first arrived here I wanted to kill myself. now I own a restaurant and have two kids',
  'my son asked why Romeo takes the poison, how do I explain it to a child',
  'I would die for this club honestly, what a goal lol',
  'nurse here, two patients on suicide watch on my ward tonight, busy shift',
  'comparing suicide prevention apps for my college assignment, which are good',
  'the rope is ready for the goats, the market opens at six',
  'the rope is tied to the big tree for the kids swing',
  'my rifle is sighted in for deer season, opening day saturday',
  'game over for me irl lol my dad saw my grades',
  'I keep my pills saved in the weekly pill box',
  'that is my last message for today, take care of yourselves',
  'the news says suicides on the railway went down after they put the fences',
];

describe('round 29c English families', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
  itStaysNone(STAYS_NONE);
  it.each(STAYS_RISK)('%s is still a risk', (text) => {
    expect(assessCrisisByRules(text).level).not.toBe('NONE');
  });
});
