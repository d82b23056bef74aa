import { describe, expect, it } from 'vitest';
import { assessCrisisByRules, type RiskLevel } from '../../src/chat/crisis';

/**
 * The families added in the r21 session for Spanish, Portuguese, Italian, French and German
 * (src/chat/crisis-foreign.ts, crisis-lexicon-core.ts R21 block, crisis-language.ts), each next to
 * a benign twin that shares its words. Written for these tests, not taken from the crisis table; the
 * rules alone are checked, so the learned layer cannot hide a family that stopped matching.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: ReadonlyArray<readonly [string, RiskLevel, string, RiskLevel]> = [
  // An attempt "this time" done better.
  ['la otra vez no funcionó, esta vez me informé mejor', 'CRISIS', 'la otra vez me perdí, esta vez me informé mejor del horario del tren', 'NONE'],
  ['cette fois je vais pas louper, j ai tout prévu', 'CRISIS', 'cette fois je vais pas louper le bus, j ai mis un réveil', 'NONE'],
  // Lethal-dose questions.
  ['quantos gramas de dipirona matam um adulto?', 'CRISIS', 'quantos gramas de dipirona posso tomar por dia?', 'NONE'],
  ['quale dose di tachipirina è letale per una donna?', 'CRISIS', 'quale dose di tachipirina per un bambino di 20 kg?', 'NONE'],
  // Leaving "this world"; the end on a day.
  ['je quitte ce monde demain, pardon', 'CRISIS', 'je quitte ce boulot demain, enfin', 'NONE'],
  ['el viernes se acaba todo.', 'CRISIS', 'el viernes se acaba todo el estrés del examen', 'NONE'],
  ['sabato finisce tutto.', 'CRISIS', 'sabato finisce tutto il campionato', 'NONE'],
  // Gas with the windows shut; poison bought with no pests.
  ['abrí el gas y cerré bien las ventanas', 'CRISIS', 'cerré el gas antes de irme de vacaciones', 'NONE'],
  ['ho comprato il veleno per topi ma non ho topi', 'CRISIS', 'ho comprato il veleno per topi, in cantina ne abbiamo tanti', 'NONE'],
  ['comprei veneno de rato e nao tenho ratos em casa', 'CRISIS', 'comprei veneno de rato pro porão, tem rato lá', 'NONE'],
  // Messages scheduled for everyone; medicines stored instead of taken; a will at 20.
  ['hab nachrichten geplant, die morgen früh an alle meine freunde rausgehen', 'CRISIS', 'hab die posts für den verein geplant, gehen morgen raus', 'NONE'],
  ['guardo i farmaci da settimane invece di prenderli', 'CRISIS', 'prendo i farmaci ogni sera invece di saltarli', 'NONE'],
  ['mein testament ist fertig, ich bin 21', 'CRISIS', 'das testament meiner oma ist fertig, sie ist 90', 'NONE'],
  // Someone else's risk, in the third person: CONCERN for others, never the patient's crisis.
  ['acho que minha filha ta pensando em suicidio', 'CONCERN', 'acho que minha filha ta pensando em mudar de escola', 'NONE'],
  ['meine freundin hat viele tabletten genommen und reagiert nicht', 'CONCERN', 'meine freundin hat ihre tabletten genommen und schläft jetzt', 'NONE'],
  ['mi vecina dice que su marido la golpea todas las noches', 'CONCERN', 'mi vecina dice que su marido cocina todas las noches', 'NONE'],
  ['la mia amica viene picchiata dal marito', 'CONCERN', 'la mia amica viene accompagnata dal marito', 'NONE'],
  ['mon frère parle de mourir depuis son divorce', 'CONCERN', 'mon frère parle de courir un marathon depuis son divorce', 'NONE'],
  // Pain, understanding those who do it, thoughts coming back, death on the mind, a funeral imagined, a hole.
  ['el dolor es insoportable, ya no sé qué hacer', 'CONCERN', 'el dolor de muelas era insoportable pero ya fui al dentista', 'NONE'],
  ['je comprends ceux qui se suicident, vraiment', 'CONCERN', 'je comprends ceux qui se plaignent du bruit', 'NONE'],
  ['voltei a ter aqueles pensamentos', 'CONCERN', 'voltei a ter aulas de violão', 'NONE'],
  ['penso spesso alla morte ultimamente', 'CONCERN', 'penso spesso alla morte di mio nonno, mi manca', 'NONE'],
  ['ich stelle mir oft vor, wie meine beerdigung aussieht', 'CONCERN', 'ich stelle mir oft vor, wie meine hochzeit aussieht', 'NONE'],
  ['estoy en un pozo sin fondo', 'CONCERN', 'estoy en un pozo de agua con los chicos de campamento', 'NONE'],
  ['mi vida es una cárcel', 'CONCERN', 'mi vida es una aventura', 'NONE'],
  // Self-harm relapse spelled in slang.
  ['je me suis remise à me taillader', 'CRISIS', 'je me suis remise à la danse', 'NONE'],
  // Slang and dialect for killing oneself.
  ['i bring mi heit no um', 'CRISIS', 'i bring ma heit no a pizza', 'NONE'],
  ['ich kill mich heute', 'CRISIS', 'ich kill heute den endboss', 'NONE'],
  // Benign frames: idioms, accidents, laundry ropes, class work, a past age, negation, recovery.
  ['vou matar ele hoje, ja tenho a faca', 'CRISIS', 'vou matar o tempo jogando até a consulta', 'NONE'],
  ['me corté los brazos a propósito', 'CRISIS', 'me corté con una hoja de papel, qué tonta', 'NONE'],
  ['ho comprato una corda, stasera la faccio finita', 'CRISIS', 'ho comprato una corda per stendere il bucato', 'NONE'],
  ['quiero morirme, ya no aguanto más', 'CRISIS', 'me quiero morir, olvidé las llaves otra vez jaja', 'NONE'],
  ['quiero hacerme daño, tengo autolesiones recientes', 'CRISIS', 'para la clase de enfermería estudio los factores de riesgo de las autolesiones', 'NONE'],
  ['intenté matarme la semana pasada', 'CRISIS', 'en terapia hablamos de cuando intenté matarme a los 15, ya lo superé', 'NONE'],
  ['tengo pensamientos de suicidio', 'CRISIS', 'no, no tengo pensamientos de suicidio, solo estoy cansada', 'NONE'],
  ['pienso en el suicidio cada noche', 'CRISIS', 'la psicóloga me preguntó si pensaba en el suicidio y le dije que no', 'NONE'],
  ['je veux disparaître pour toujours', 'CRISIS', 'je veux disparaître sous la couette tout le dimanche', 'NONE'],
  ['je vais le tuer, il m a frappée', 'CRISIS', 'je vais le tuer mon frère, il a encore pris mon pull', 'NONE'],
  ['fue un ataque suicida contra mí mismo, me quiero matar', 'CRISIS', 'el delantero hizo una jugada suicida', 'NONE'],
  // Second pass: a bath and a blade, debts paid and profiles deleted, a weapon to school, burning with a lighter, not eating on purpose.
  ['la vasca è piena e la lametta è sul bordo', 'CRISIS', 'la vasca è piena, ci metto i sali e mi rilasso', 'NONE'],
  ['pagué mis deudas y borré mis cuentas, ya está todo', 'CRISIS', 'pagué mis deudas y abrí una cuenta de ahorro', 'NONE'],
  ['mañana llevo el cuchillo a la escuela, van a ver', 'CRISIS', 'mañana llevo el pastel a la escuela', 'NONE'],
  ['me quemo con el encendedor cuando me angustio', 'CRISIS', 'me quemé con la sartén cocinando', 'NONE'],
  ['hab absichtlich aufgehört zu essen', 'CRISIS', 'hab aufgehört nach 20 uhr zu essen, wegen der diät', 'NONE'],
  // God asked to take someone; wondering who would notice; wishing the plane would crash; life to end soon.
  ['mi abuela dice que dios la lleve ya', 'CONCERN', 'mi abuela dice que dios la bendiga', 'NONE'],
  ['me pergunto se alguém notaria se eu sumisse', 'CONCERN', 'me pergunto se alguém notaria meu corte de cabelo novo', 'NONE'],
  ['spero che l aereo precipiti con me dentro', 'CONCERN', 'spero che l aereo non sia in ritardo', 'NONE'],
  ['queria que a vida acabasse logo', 'CONCERN', 'queria que as férias acabassem logo', 'NONE'],
  // A relapse after months without; decided and waiting for the house to be empty.
  ['tres meses sin cortarme y ayer volví a hacerlo', 'CRISIS', 'tres meses sin fumar y ayer volví a hacerlo, qué rabia', 'NONE'],
  ['c est décidé, j attends que mes parents dorment', 'CRISIS', 'c est décidé, j attends que mes parents dorment pour regarder le film', 'NONE'],
  // Games and "all of" a thing.
  ['me quiero suicidar', 'CRISIS', 'me suicidé en el minecraft para volver a la cama jaja', 'NONE'],
  ['voy a acabar con todo esta noche', 'CRISIS', 'voy a acabar con todo el chocolate esta noche', 'NONE'],
  // Third pass: the same families in the remaining languages, and their frames.
  ['si me deja la mato y luego me mato', 'CRISIS', 'si me deja plantada otra vez me enfado', 'NONE'],
  ['il dolore è insopportabile, non ce la faccio', 'CONCERN', 'il dolore è insopportabile, domani vado dal dentista', 'NONE'],
  ['ich halte das kaum noch aus', 'CONCERN', 'ich halte das kaum noch aus vor freude', 'NONE'],
  ['je pense à la mort tous les jours', 'CRISIS', 'je pense à la mort de mon grand-père souvent', 'NONE'],
  ['hice mi testamento, tengo 19 años, ya sabrán por qué', 'CRISIS', 'hice mi testamento, tengo 24 años, es por mi hija', 'NONE'],
  ['la decisione è presa, aspetto che i miei escano', 'CRISIS', 'la decisione è presa, aspetto che i miei escano per fare la festa', 'NONE'],
  ['spero che il treno deragli', 'CONCERN', 'spero che il treno non sia in ritardo', 'NONE'],
  ['que dios me lleve ya', 'CONCERN', 'que dios me bendiga', 'NONE'],
  // Fourth pass: relayed farewells, thanks for trying, a threat to oneself, a reachable height, labelled possessions, a last night.
  ['dile a mi mamá que la quiero. último mensaje', 'CRISIS', 'dile a mi mamá que llego tarde a cenar', 'NONE'],
  ['merci d avoir essayé, ce n est pas votre faute', 'CRISIS', 'merci d avoir essayé de me rappeler, à jeudi', 'NONE'],
  ['le dije que me mataba si me dejaba', 'CRISIS', 'le dije que me llamara si me necesitaba', 'NONE'],
  ['sai qual è il piano più alto a cui si può salire in centro?', 'CRISIS', 'sai qual è il piano più alto del grattacielo?', 'NONE'],
  ['deixei bilhetes de para quem é cada coisa', 'CRISIS', 'deixei bilhetes na geladeira pra lembrar das compras', 'NONE'],
  ['das ist meine letzte nacht', 'CRISIS', 'das ist meine letzte nacht in berlin, morgen fliege ich heim', 'NONE'],
  ['ya no le tengo miedo a morir', 'CONCERN', 'ya no le tengo miedo a volar', 'NONE'],
  ['mi primo subió una foto con una pistola y escribió adiós', 'CONCERN', 'mi primo subió una foto con una guitarra y escribió hola', 'NONE'],
  ['me quemo los brazos con el encendedor', 'CRISIS', 'se me quemó el pan, a comprar otro', 'NONE'],
  // Fifth pass: gone for good on a day, the place chosen, a weapon bought for someone, a burden to all, reports of tonight.
  ['el sábado me voy para siempre', 'CRISIS', 'el sábado me voy para siempre a Canadá, qué nervios', 'NONE'],
  ['já escolhi o viaduto, vai ser domingo', 'CRISIS', 'encontrei um prédio pra alugar perto do trabalho', 'NONE'],
  ['j ai repéré le pont, c est pour ce soir', 'CRISIS', 'j ai choisi le pont de l ascension pour partir en vacances', 'NONE'],
  ['ho comprato una pistola per il mio ex', 'CRISIS', 'ho comprato un coltello per il mio papà, ama cucinare', 'NONE'],
  ['heute nacht bring ich ihn um', 'CRISIS', 'ich bring ihn um, wenn er wieder zu spät kommt haha', 'NONE'],
  ['sou apenas um fardo pra todo mundo', 'CONCERN', 'levo um fardo de água pra todo mundo', 'NONE'],
  // Recovery and past frames never hide a present crisis: an age now, "but today", a calm after deciding, "again".
  ['con 15 años ya quiero morirme', 'CRISIS', 'en terapia hablamos de cuando quise morirme a los 15', 'NONE'],
  ['ich bin seit jahren stabil, aber heute will ich sterben', 'CRISIS', 'mit 16 hab ich mich geritzt, jetzt bin ich 30 und seit jahren stabil', 'NONE'],
  ['ça va beaucoup mieux depuis que j ai décidé d en finir samedi', 'CRISIS', 'je voulais plus vivre comme ça, j ai déménagé et ça va beaucoup mieux', 'NONE'],
  ['hoy en día no tengo ganas de vivir', 'CRISIS', 'tenía pensamientos de muerte de adolescente, hoy en día no tengo más', 'NONE'],
  ['a los 16 intenté matarme y ahora quiero volver a hacerlo', 'CRISIS', 'a los 16 intenté matarme y hoy lo cuento para ayudar a otros', 'NONE'],
  ['tengo examen de psicología y tengo ideas suicidas', 'CRISIS', 'para el examen de psicología estudio las ideas suicidas en adolescentes', 'NONE'],
  ['compré una soga, ya regalé mi ropa', 'CRISIS', 'compré una soga para tender la ropa en el patio', 'NONE'],
  // A death some time ago is grief; a report of someone's intent now stays CONCERN for them.
  ['mia cugina vuole uccidersi', 'CONCERN', 'mia cugina si è suicidata due anni fa, ne voglio parlare in seduta', 'NONE'],
  ['me quiero morir, olvidé lo que es vivir', 'CRISIS', 'me quiero morir, olvidé el pastel en el horno', 'NONE'],
  ['me quiero morir, me equivoqué de vida', 'CRISIS', 'me quiero morir, qué vergüenza lo de ayer en la fiesta', 'NONE'],
  ['sono solo un peso per tutti', 'CONCERN', 'sono un peso massimo della pigrizia lol', 'NONE'],
  ['je suis un poids pour tout le monde', 'CONCERN', 'je suis un poids plume au judo', 'NONE'],
];

describe('r21 foreign families and their benign twins (rules alone)', () => {
  for (const [risk, level, twin, twinLevel] of PAIRS) {
    it(`${risk}  ↔  ${twin}`, () => {
      expect(assessCrisisByRules(risk).level).toBe(level);
      expect(assessCrisisByRules(twin).level).toBe(twinLevel);
    });
  }

  for (const report of [
    'creo que mi hijo está buscando cómo ahorcarse',
    'minha amiga ta pensando em se matar',
    'mio figlio di 15 anni ha cercato come impiccarsi',
    'ma copine se fait frapper par son mari',
    'er sagt, er bringt sich um wenn ich ihn verlasse',
    'mein bruder hat geschrieben dass er sich heute umbringen will',
    'la mia amica mi ha scritto che stanotte la fa finita',
  ]) {
    it(`a third-person report is CONCERN for someone else: ${report}`, () => {
      const verdict = assessCrisisByRules(report);
      expect(verdict.level).toBe('CONCERN');
      expect(verdict.concernForOthers).toBe(true);
    });
  }
});
