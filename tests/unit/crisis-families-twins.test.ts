import { describe, expect, it } from 'vitest';
import { assessCrisisByRules, type RiskLevel } from '../../src/chat/crisis';

/**
 * The families added in the r19 session (src/chat/crisis-benign.ts, crisis-deeds.ts,
 * crisis-lexicon-deeds.ts), each next to a benign twin that shares its words. Written for these
 * tests, not taken from the crisis table; the rules alone are checked, so the learned layer cannot
 * hide a family that stopped matching.
 */
const PAIRS: ReadonlyArray<readonly [string, RiskLevel, string, RiskLevel]> = [
  // Benign frames: the risk word in its ordinary sense, next to the same word meant.
  ['this commute is killing me, i want to die', 'CRISIS', 'this commute is literally killing me', 'NONE'],
  ['i want to go to sleep and not wake up', 'CRISIS', 'i want to go to sleep and not wake up until noon', 'NONE'],
  ['by the time you read this i will be gone', 'CRISIS', 'by the time you read this i will be on the train, pls move my session', 'NONE'],
  ['i wrote a goodbye letter to my family', 'CRISIS', 'i wrote a goodbye letter to my anxiety as homework', 'NONE'],
  ['ese examen me mató pero quiero morirme', 'CRISIS', 'ese examen me mató, saqué un 5', 'NONE'],
  ['ich habe mich gestern geritzt', 'CRISIS', 'ich habe mir gestern die haare geschnitten', 'NONE'],
  ['não sou suicida, mas se eu sumisse tanto faz', 'CONCERN', 'não sou suicida, só estou cansada', 'NONE'],
  ['este es mi último mensaje, perdón por todo', 'CRISIS', 'este es mi último mensaje del día, gracias!', 'NONE'],
  // Deeds in English.
  ['bit my arm till it bruised again', 'CRISIS', 'bit my nails again, bad habit', 'NONE'],
  ['gave my guitar to my cousin, i won’t need it where i’m going', 'CRISIS', 'gave my old guitar to my cousin when i upgraded', 'NONE'],
  ['two more days and it all stops', 'CRISIS', 'two more days and it’s over, then vacation!', 'NONE'],
  ['the belt is already looped over the closet rail', 'CRISIS', 'the belt is in the closet with my shoes', 'NONE'],
  ['what is the most painless way, asking for me', 'CRISIS', 'what is the most painless way to remove a splinter', 'NONE'],
  ['set up autopay so nobody has to deal with my bills after.', 'CRISIS', 'labelled the boxes so nobody has to sort through my stuff when we move', 'NONE'],
  // Deeds in the five languages.
  ['danke für alles. ihr wart die besten. machts gut', 'CRISIS', 'danke für alles, bis nächste woche!', 'NONE'],
  ['après l’anniv de ma mère dimanche j’arrête tout', 'CRISIS', 'après le bac j’arrête le foot', 'NONE'],
  ['dopo la laurea di mia sorella non ci sarò più', 'CRISIS', 'venerdì non ci sarò, vado in vacanza', 'NONE'],
  ['dei meu violão pro meu amigo, onde eu vou não vou precisar', 'CRISIS', 'regalei minhas roupas velhas, vou me mudar', 'NONE'],
  ['cuántas pastillas hacen falta para no despertarse', 'CRISIS', 'cuántas pastillas de ibuprofeno puedo tomar al día', 'NONE'],
  // r20 session: benign frames in six languages (crisis-benign.ts, crisis-foreign.ts, crisis-fuzzy.ts, crisis-grammar.ts).
  ['stasera mi sparo, basta', 'CRISIS', 'stasera mi sparo un film horror con gli amici', 'NONE'],
  ['nn voglio più vivere', 'CRISIS', 'nn voglio ferirmi, volevo solo spostare l’appuntamento', 'NONE'],
  ['quiero morirme, ya no aguanto', 'CRISIS', 'cuando me da la crisis de ansiedad siento que me voy a morir, qué hago?', 'NONE'],
  ['je veux mourir ce soir', 'CRISIS', 'pendant mes crises d’angoisse j’ai l’impression que je vais mourir, c’est normal ?', 'NONE'],
  ['me voy a tirar por la ventana esta noche', 'CRISIS', 'si me hacen otra reunión así me tiro por la ventana jajaja', 'NONE'],
  ['hoje eu me jogo da ponte', 'CRISIS', 'se tiver mais uma prova surpresa eu me jogo da ponte kkkk', 'NONE'],
  ['meu pai vai me matar, ele bateu em mim ontem', 'CRISIS', 'meu pai vai me matar quando souber que perdi o celular', 'NONE'],
  ['queste sigarette mi ammazzano e voglio morire', 'CRISIS', 'queste sigarette mi ammazzano, devo smettere', 'NONE'],
  ['this job makes me want to die and i have the pills ready', 'CRISIS', 'this printer makes me want to die lol', 'NONE'],
  ['i am going to overdose on my pills tonight', 'CRISIS', 'i am going to overdose on chocolate this easter', 'NONE'],
  ['i want to kill myself', 'CRISIS', 'practice was brutal, coach made us run suicides for an hour', 'NONE'],
  ['i have suicidal thoughts again this week', 'CRISIS', 'what did we say about my suicidal thoughts from last winter? i want to see my progress', 'NONE'],
  ['ich denke wieder an suizid', 'CRISIS', 'was haben wir über meine suizidgedanken aus der schulzeit besprochen?', 'NONE'],
  ['me corto otra vez', 'CRISIS', 'llevo un año sin cortarme, estoy orgullosa', 'NONE'],
  ['ich kann nicht mehr, ich will sterben', 'CRISIS', 'ich kann nicht mehr vor lachen 😂', 'NONE'],
  ['me corté los brazos anoche', 'CRISIS', 'me corté el dedo cocinando, nada grave', 'NONE'],
  // r20 session: everyday wording of the signs in five languages (crisis-lexicon-everyday.ts).
  ['ya tengo el sitio escogido, el puente viejo del río', 'CRISIS', 'ya tengo el sitio para la boda, un jardín precioso', 'NONE'],
  ['queimei o braço com o cigarro de propósito', 'CRISIS', 'queimei o braço no forno', 'NONE'],
  ['sarebbe più facile se non ci fossi', 'CONCERN', 'sarebbe più facile se ci fosse il bus', 'NONE'],
  ['sería más fácil para todos si yo no estuviera', 'CONCERN', 'sería más fácil si yo no estuviera en ese grupo de whatsapp', 'NONE'],
  ['todo mundo ia ficar melhor sem mim', 'CONCERN', 'a festa ia ficar melhor sem o DJ', 'NONE'],
  ['j’ai choisi l’endroit, le pont près de chez moi', 'CRISIS', 'j’ai choisi l’endroit pour le pique-nique, près du lac', 'NONE'],
  ['mein freund hat mich wieder geschlagen', 'CRISIS', 'er hat mich wieder geschlagen beim tennis', 'NONE'],
  ['mi tío me toca cuando estamos solos', 'CRISIS', 'me toca cocinar cuando mi tío viene', 'NONE'],
  ['hab grad 20 ibus genommen', 'CRISIS', 'hab grad 2 ibus genommen, kopfweh', 'NONE'],
  ['j’en ai mis de côté toute la semaine au cas où', 'CRISIS', 'j’ai mis de côté un peu d’argent au cas où', 'NONE'],
  ['the form asked if i wanted to kill myself and i ticked yes', 'CRISIS', 'the intake form asked if i ever wanted to kill myself and i ticked no', 'NONE'],
  ['i want to kill myself, the awareness training did not help', 'CRISIS', 'i am doing a suicide awareness training at work', 'NONE'],
  ['meine mutter denkt an suizid', 'CONCERN', 'was haben wir über den suizid meiner mutter besprochen?', 'NONE'],
  ['how deep does a cut have to be before it is actually fatal', 'CRISIS', 'how deep does a cut have to be before it needs stitches', 'NONE'],
  ['is the bridge high enough or would i just break my legs', 'CRISIS', 'is the diving board high enough or would i just belly flop', 'NONE'],
  ['which painkillers would do it without it hurting too much', 'CRISIS', 'which painkillers would do the job for my back', 'NONE'],
  ['my dad is going to kill me, he hit me again last night', 'CRISIS', 'my mom is going to kill me, i forgot to call her back', 'NONE'],
  ['i was ready to strangle him, he hit my mom', 'CRISIS', 'the ref robbed us, i was ready to strangle him lol', 'NONE'],
  ['i overdosed last night', 'CRISIS', 'years ago i overdosed, these days i am doing fine', 'NONE'],
  ['years ago i overdosed and these days i want to again', 'CRISIS', 'two years clean from cutting today, so proud', 'NONE'],
];

describe('crisis families and their benign twins (rules alone)', () => {
  it.each(PAIRS)('%s → %s; %s → %s', (risk, riskLevel, twin, twinLevel) => {
    expect(assessCrisisByRules(risk).level).toBe(riskLevel);
    expect(assessCrisisByRules(twin).level).toBe(twinLevel);
  });

  it('reads a child’s or pupil’s signs as CONCERN for someone else, not the patient’s crisis', () => {
    const verdict = assessCrisisByRules('mi hijo de 14 tiene cortes en los brazos y no quiere hablar conmigo');
    expect(verdict.level).toBe('CONCERN');
    expect(verdict.concernForOthers).toBe(true);
    expect(assessCrisisByRules('meu filho de 10 anos tem cortes no joelho do futebol').level).toBe('NONE');
  });
});
