import { describe, expect, it } from 'vitest';
import { assessCrisis, assessCrisisByRules, type RiskLevel } from '../../src/chat/crisis';

/**
 * The round 23 families for Spanish, French, Portuguese and Italian as typed on a phone
 * (src/chat/crisis-lexicon-r23.ts, and the guards added to crisis-lexicon-es-pt-it.ts and the French
 * part of crisis-lexicon-fr-de.ts), each next to a benign twin that shares its words. Written for
 * these tests, not taken from the crisis table; the rules alone are checked.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: ReadonlyArray<readonly [string, RiskLevel, string, RiskLevel]> = [
  // Ending it on a near day, or with the decision said as final.
  ['el sábado termino con todo, ya puse fecha', 'CRISIS', 'el sábado termino con todo el papeleo de la mudanza', 'NONE'],
  ['amanhã acabo com tudo', 'CRISIS', 'amanhã acabo com tudo do relatório e entrego', 'NONE'],
  ['voy a terminar con esto, ya esta decidido, nadie me va a convencer', 'CRISIS', 'voy a terminar con esto del gimnasio, ya esta decidido, es carisimo', 'NONE'],
  ['ho deciso, stanotte chiudo con tutto', 'CRISIS', 'ho deciso, stanotte chiudo con tutto il lavoro arretrato', 'NONE'],
  // Means kept "for when I'm ready".
  ['tengo las pastillas escondidas para cuando esté lista', 'CRISIS', 'tengo las pastillas del mareo para cuando esté lista para viajar', 'NONE'],
  ['guardei os comprimidos do meu avô, é pra quando eu estiver pronta', 'CRISIS', 'comprei os comprimidos da gripe pra quando eu estiver pronta pra viajar', 'NONE'],
  ['ho messo via le compresse, sono per me per quando sarò pronta', 'CRISIS', 'ho messo via le compresse, le prendo per quando sarò pronta a partire', 'NONE'],
  // How fast one dies from a method, asked.
  ['se muere rápido si uno se corta las venas?', 'CRISIS', 'se muere rápido si uno se cae al agua helada?', 'NONE'],
  ['quanto tempo demora pra morrer se tomar todos os comprimidos?', 'CRISIS', 'quanto tempo demora pra fazer efeito se tomar dois comprimidos?', 'NONE'],
  ['combien de temps pour mourir si on se pend, je dois savoir', 'CRISIS', 'est ce qu on meurt vite si on tombe dans l eau glacée? on a vu titanic', 'NONE'],
  // Abuse of the family now, with a weapon.
  ['mi padrastro nos está amenazando con una navaja, estamos encerradas en el baño', 'CRISIS', 'la profe nos está amenazando con un examen sorpresa', 'NONE'],
  ['il nous menace avec un couteau, on est dans la chambre', 'CRISIS', 'il nous menace avec un contrôle surprise demain', 'NONE'],
  // A passing wish: if I died, a relief, no one would notice.
  ['si me muriera mañana nadie lo notaría', 'CONCERN', 'si me muriera de risa sería por tus memes', 'NONE'],
  ['se morissi stanotte sarebbe un sollievo', 'CONCERN', 'se finisse la pioggia stanotte sarebbe un sollievo', 'NONE'],
  // A past attempt, with no recovery since or the fear it comes back.
  ['depuis ma tentative de novembre je vais pas mieux', 'CONCERN', 'depuis ma tentative de régime de novembre je vais pas mieux', 'NONE'],
  ['desde mi intento de suicidio no he mejorado mucho', 'CONCERN', 'desde mi intento de dejar el tabaco no he mejorado mucho', 'NONE'],
  ['depuis ma TS de mars j ai peur que ça recommence', 'CONCERN', 'depuis ma tentative de record au semi je vais pas mieux au genou', 'NONE'],
  // Someone else talking of a method or of suicide.
  ['mi hermano habla de pegarse un tiro desde que lo echaron', 'CONCERN', 'mi hermano habla de pegarse un tiro en el pie con ese contrato', 'NONE'],
  ['minha mãe vive falando em se matar', 'CONCERN', 'minha mãe vive falando em se mudar', 'NONE'],
  ['mio marito parla di impiccarsi da settimane', 'CONCERN', 'mio marito parla di iscriversi in palestra da settimane', 'NONE'],
  // Someone else saying we would be better off without them.
  ['mi abuelo dice que estaríamos mejor sin él', 'CONCERN', 'mi abuelo dice que estaríamos mejor sin el coche viejo', 'NONE'],
  ['ma mère dit qu on serait plus tranquilles sans elle', 'CONCERN', 'ma mère dit qu on serait plus tranquilles sans la télé', 'NONE'],
  ['mon père dit qu on serait mieux sans lui', 'CONCERN', 'mon chef dit qu on serait mieux sans lui au bureau', 'NONE'],
  // A farewell to the therapist; a phone left with its code.
  ['je voulais te dire au revoir avant de partir, t es la seule qui m a écoutée', 'CRISIS', 'je voulais te dire au revoir avant de partir en vacances, bon été', 'NONE'],
  ['j ai laissé mon portable pour ma mère sur le lit, le code c est 1234', 'CRISIS', 'j ai laissé mon portable chez ma mère, je le récupère demain', 'NONE'],
  ['hoy termino con todo, ya está', 'CRISIS', 'hoy termino con todo, por fin empiezan las vacaciones', 'NONE'],
  ['te queria decir adios antes de irme, eres la unica que me escucha', 'CRISIS', 'te queria decir adios antes de irme a la playa, felices fiestas', 'NONE'],
  ['dejé el móvil para mis hijos en la mesa, el pin es 4455', 'CRISIS', 'dejé el móvil cargando en la mesa, llámame al fijo', 'NONE'],
  ['deixei o meu celular pra minha filha, o codigo e 2580', 'CRISIS', 'deixei o meu celular com a minha filha pra ela jogar', 'NONE'],
  ['ho lasciato il cellulare per mia madre, la password è il suo nome', 'CRISIS', 'ho lasciato il cellulare a casa di mia madre, passo a prenderlo', 'NONE'],
  ['quanto ci vuole a morire se ci si taglia le vene', 'CRISIS', 'quanto ci vuole a cuocere la pasta se ci si dimentica il sale', 'NONE'],
  // An attempt's anniversary, feeling the same.
  ['hace un año de mi intento y me siento igual', 'CONCERN', 'hace un año de mi intento de dejar de fumar y me siento igual de nerviosa', 'NONE'],
  // A blade in hand now, or kept in case it gets too much.
  ['ya tengo la cuchilla aquí, dime algo', 'CRISIS', 'ya tengo la cuchilla nueva para la maquinilla de afeitar', 'NONE'],
  ['ho la lametta in mano adesso', 'CRISIS', 'ho la lametta nuova per il rasoio di mio marito', 'NONE'],
  ['llevo una cuchilla en la mochila por si no aguanto en clase', 'CRISIS', 'llevo una cuchilla en el estuche para los trabajos de maqueta', 'NONE'],
  // Stabbing someone, said in the first person.
  ['se ele voltar aqui eu espeto-lhe a navalha', 'CRISIS', 'cravo a faca no bolo pra ver se já assou', 'NONE'],
  ['s il revient je lui plante mon couteau', 'CRISIS', 'je plante mon couteau dans le gâteau pour vérifier la cuisson', 'NONE'],
  // Wanting to really hurt someone.
  ['j ai envie de lui faire du mal, à ce mec', 'CRISIS', 'j ai envie de lui faire un cadeau, à ce mec', 'NONE'],
  // A day named as the day, with everything set; on a height wanting to talk first; letters written.
  ['el viernes es el día, ya está todo listo', 'CRISIS', 'el viernes es el día de la boda, ya está todo listo', 'NONE'],
  ['je suis sur le toit, je voulais juste parler à quelqu un avant', 'CRISIS', 'je suis sur le toit pour réparer l antenne, je te rappelle après', 'NONE'],
  ['sabato lo faccio, ho già scritto le lettere', 'CRISIS', 'sabato lo faccio il trasloco, ho già scritto le lettere al comune', 'NONE'],
  // A farewell to the group, with thanks for everything.
  ['já me despedi do pessoal, obrigada por tudo', 'CRISIS', 'já me despedi do pessoal do curso, até a próxima turma', 'NONE'],
  // Someone else calling themselves a burden or leaving for good.
  ['ma soeur dit qu elle est un fardeau pour nous', 'CONCERN', 'ma soeur dit que son sac est un fardeau pour la rando', 'NONE'],
  ['tengo la cuchilla aquí para cuando esté lista', 'CRISIS', 'no tengo la cuchilla aquí, la tiré ayer', 'NONE'],
  // Ordinary purposes: medicines for a trip, a blade for shaving, a task ended, a question answered no.
  ['guardé los calmantes para cuando esté lista', 'CRISIS', 'compré las pastillas del mareo para cuando esté lista, salimos el lunes', 'NONE'],
  ['tenho a gilete aqui na mão', 'CRISIS', 'tenho a gilete aqui no banheiro pra fazer a barba', 'NONE'],
  ['stasera chiudo con tutto, basta', 'CRISIS', 'stasera chiudo con tutto e parto in vacanza', 'NONE'],
  ['tengo ganas de hacerle daño de verdad', 'CRISIS', 'ganas de hacerle daño? no, para nada, solo estoy enfadada', 'NONE'],
  // Phone spelling: "qd", "pu", a present-tense threat with a weapon.
  ['j ai gardé les médocs, c pour moi qd je serai prête', 'CRISIS', 'j ai gardé les médocs du rhume, c pour le voyage qd je serai prête', 'NONE'],
  ['mi papá nos amenaza con un cuchillo', 'CRISIS', 'mi papá nos amenaza con quitarnos el celular', 'NONE'],
  ['je me scarifie encore des fois', 'CRISIS', 'je me scarifie pu depuis un an', 'NONE'],
  // Thoughts of harm denied as a whole ("no tengo pensamientos de …").
  ['tengo ideas de lastimarme otra vez', 'CRISIS', 'no tengo ideas de lastimarme, solo estoy agotada', 'NONE'],
  ['ho pensieri di farmi del male', 'CRISIS', 'non ho pensieri di farmi del male, sono solo stanca', 'NONE'],
  // Benign frames: sports items, trivial cuts, sports teams and feelings, news and figures, topics, a finished history.
  ['compré una cuerda y ya sé dónde colgarla', 'CRISIS', 'compré una cuerda para saltar, quiero bajar de peso', 'NONE'],
  ['mi sono tagliata di nuovo le braccia', 'CRISIS', 'mi sono tagliata con il foglio della stampante', 'NONE'],
  ['mi marido me va a matar, tiene el cuchillo', 'CRISIS', 'la selección me va a matar de un infarto', 'NONE'],
  ['meu padrasto vai me matar hoje', 'CRISIS', 'o Palmeiras vai me matar do coração', 'NONE'],
  ['mon mec va me tuer, il a pris un couteau', 'CRISIS', 'l OM va me tuer, quel match nul', 'NONE'],
  ['me corto a propósito con la cuchilla', 'CRISIS', 'me cortei com a folha do caderno, doeu kkk', 'NONE'],
  ['penso nel suicidio', 'CRISIS', 'ho letto sul giornale che i casi di suicidio sono aumentati', 'NONE'],
  ['je pense au suicide', 'CRISIS', 'aux infos ils ont dit qu un chanteur s est suicidé', 'NONE'],
  ['quiero hacerme daño', 'CRISIS', 'preparo una charla sobre autolesiones para los profes', 'NONE'],
  ['je me scarifie encore', 'CRISIS', 'je me scarifie plus depuis le collège', 'NONE'],
];

describe('crisis screen: round 23 families in es/fr/pt/it', () => {
  for (const [risk, level, twin, twinLevel] of PAIRS) {
    it(`${level}: ${risk}`, () => {
      expect(assessCrisisByRules(risk).level).toBe(level);
    });
    it(`${twinLevel}: ${twin}`, () => {
      expect(assessCrisisByRules(twin).level).toBe(twinLevel);
    });
  }

  it('an impersonal method question is the patient\'s, not a report about someone else', () => {
    const verdict = assessCrisisByRules('se muere rápido si uno se corta las venas en la bañera? necesito saber hoy');
    expect(verdict.level).toBe('CRISIS');
    expect(verdict.concernForOthers).toBe(false);
  });

  for (const report of [
    'mi hermano habla de pegarse un tiro desde que lo echaron',
    'minha mãe vive falando em se matar',
    'une amie m a dit qu elle pensait au suicide',
    'mi abuelo dice que estaríamos mejor sin él',
  ]) {
    it(`a third-person report is CONCERN for someone else: ${report}`, () => {
      const verdict = assessCrisisByRules(report);
      expect(verdict.level).toBe('CONCERN');
      expect(verdict.concernForOthers).toBe(true);
    });
  }

  it('a finished attempt with "hj to bem" stays NONE', () => {
    expect(assessCrisisByRules('tentei suicidio em 2019, hj to bem, trabalhando e feliz').level).toBe('NONE');
  });

  it('means someone else bought are their risk (the purchase verbs before the match): CONCERN for someone else, not CRISIS', () => {
    for (const report of ['ma coloc a acheté plein de médicaments et elle dit que bientôt on sera tranquilles sans elle', 'mi hermano compró un montón de pastillas y dice que pronto estaremos tranquilos sin él']) {
      const verdict = assessCrisis(report);
      expect(verdict.level).toBe('CONCERN');
      expect(verdict.concernForOthers).toBe(true);
    }
  });

  it('means the patient bought themselves, with a time, stay CRISIS', () => {
    expect(assessCrisisByRules("j'ai acheté plein de médicaments, ce soir c'est fini").level).toBe('CRISIS');
  });
});
