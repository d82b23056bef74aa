import { describe } from 'vitest';
import { itReadsOthers, itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * The round 28 families for French, German, Italian, Spanish and Portuguese (src/chat/crisis-lexicon-r28.ts, and the
 * guards added to crisis-foreign.ts and crisis-foreign-frames.ts), each next to a benign twin that shares its words.
 * Written for these tests, not taken from the crisis table; the rules alone are checked.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // At the bridge or the tracks, not coming back; before I jump; the car into a tree.
  ['je suis rendue sur le viaduc, je pense pas redescendre', 'CRISIS', 'je suis sur le pont avec le chien, je reviendrai pas avant midi', 'NONE'],
  ['ich sitz schon am Gleisbett, der nächste Güterzug kommt in fünf Minuten', 'CRISIS', 'ich sitz schon im Abteil, der Zug fährt gleich los', 'NONE'],
  ['wenn ich gleich runterspringe, ich steh jetzt auf dem Parkhaus', 'CRISIS', 'ich steh jetzt auf dem Parkhaus und such mein Auto', 'NONE'],
  ['ich fahr heut Nacht mit dem Wagen gegen einen Brückenpfeiler', 'CRISIS', 'ich fahr heut Nacht mit dem Wagen zu meiner Schwester', 'NONE'],
  ['me acosté en las vías, el siguiente tren llega en un cuarto de hora', 'CRISIS', 'estoy en las vías del tren fotografiando, el próximo tren pasa en 10 minutos', 'NONE'],
  ['deitei nos trilhos, o próximo comboio passa daqui a pouco', 'CRISIS', 'deitei no sofá, o próximo episódio passa daqui a pouco', 'NONE'],
  ['voy a estrellarme con el auto contra un camión', 'CRISIS', 'casi me estrello con el auto por la lluvia', 'NONE'],
  ['mi schianto con la moto contro un albero stanotte', 'CRISIS', 'ho visto uno schianto in moto contro un albero al telegiornale', 'NONE'],
  ['je le ferai dimanche, pour que mes enfants me trouvent pas', 'CRISIS', 'je me cache dans le placard pour que mes enfants me trouvent pas, on joue', 'NONE'],
  // Poison with a day; bleach drunk.
  ['le désherbant est au garage, je sais combien il en faut, demain', 'CRISIS', 'le désherbant est au garage, je sais pas combien en mettre pour les allées', 'NONE'],
  ['guardei o chumbinho no galpão, é hoje', 'CRISIS', 'guardei o adubo no galpão para a horta', 'NONE'],
  ['ho ingerito la varechina un quarto d ora fa', 'CRISIS', 'ho comprato la varechina per pulire il bagno', 'NONE'],
  ['me bebí la lejía que había debajo del fregadero', 'CRISIS', 'compré lejía para limpiar el baño', 'NONE'],
  // Pills and drink; the saved-up pills.
  ['eine halbe Flasche Schnaps mit allen Schlaftabletten runtergekippt', 'CRISIS', 'eine halbe Flasche Wasser mit dem Müsli getrunken', 'NONE'],
  ['me tomé la caja entera de alprazolam con vino', 'CRISIS', 'me tomé la caja entera de galletas con leche', 'NONE'],
  ['stasera voglio prendere tutte le pillole che ho nascosto nel cassetto', 'CRISIS', 'stasera devo prendere le pillole per la pressione', 'NONE'],
  ['quiero tragarme todas las pastillas que guardé debajo de la cama', 'CRISIS', 'tengo que tomar las pastillas que me recetó el doctor', 'NONE'],
  // Ward drugs at home; a gun made ready; joining her after a loss.
  ['ho portato due fiale di morfina dal reparto, le tengo a casa', 'CRISIS', 'ho portato due fiale di morfina al paziente del letto tre', 'NONE'],
  ['perdi o meu marido em março. amanhã vou ter com ele', 'CRISIS', 'o meu marido está no Porto, amanhã vou ter com ele de comboio', 'NONE'],
  ['já tenho a corda pronta', 'CRISIS', 'já tenho a mala pronta para a viagem', 'NONE'],
  // A day chosen; while the kids are away; so they don't find me.
  ['ho scelto la data.', 'CRISIS', 'ho scelto la data del matrimonio', 'NONE'],
  ['ho fissato il giorno: il 3', 'CRISIS', 'ho fissato il giorno, sabato andiamo al mare', 'NONE'],
  ['lo faccio domenica, così non mi trovano i miei figli', 'CRISIS', 'gioco a nascondino nell armadio, così non mi trovano', 'NONE'],
  // Affairs settled, going in peace; the last message or gift; a farewell to the chat.
  ['vendí el auto y dejé todo ordenado, ahora puedo morirme en paz', 'CRISIS', 'terminé los exámenes, ahora puedo irme tranquila de vacaciones', 'NONE'],
  ['le escribí una carta a mi mamá, es la última', 'CRISIS', 'le mandé audios a mi mamá para contarle del viaje', 'NONE'],
  ['dei o meu relógio ao meu irmão, ele não sabe que é o último presente', 'CRISIS', 'dei o meu relógio ao meu irmão no aniversário dele', 'NONE'],
  ['è stato bello parlare con te, ciao per sempre', 'CRISIS', 'ciao per sempre, vecchio ufficio', 'NONE'],
  ['gracias por todo, de corazón. adiós', 'CRISIS', 'gracias por todo, de corazón. adiós, hasta el jueves', 'NONE'],
  ['ich komm da nimmer raus, alles wächst mir über den Kopf', 'CONCERN', 'ich komm da nicht raus, die Tür klemmt', 'NONE'],
  ['ho bevuto la candeggina', 'CRISIS', 'ho bevuto la candeggina per sbaglio, era in una bottiglia d acqua', 'NONE'],
  ['foi bom conversar contigo, fica bem. parto esta noite', 'CRISIS', 'foi bom conversar contigo, parto esta noite para o Algarve de férias', 'NONE'],
  // Harm to others; abuse in progress; self-harm with a shard.
  ['ich tu ihm was an, ich weiß wo er wohnt', 'CRISIS', 'ich tu ihm was Gutes, er hat Geburtstag', 'NONE'],
  ['mein Stiefvater versucht wieder in mein Zimmer zu kommen', 'CRISIS', 'mein Stiefvater versucht wieder, das Auto zu reparieren', 'NONE'],
  ['meu padrasto está tentando entrar no meu quarto', 'CRISIS', 'meu padrasto está tentando entrar no mercado de trabalho', 'NONE'],
  ['il mio patrigno cerca di entrare in camera mia', 'CRISIS', 'il mio patrigno cerca di entrare nel mercato del vino', 'NONE'],
  ['ich werde dem Vermieter morgen was antun', 'CRISIS', 'ich werde dem Vermieter morgen was vorbeibringen', 'NONE'],
  ['le faccio del male stasera, so dove abita', 'CRISIS', 'se le stringo la mano troppo forte le faccio male', 'NONE'],
  ['vou matar aquele cara amanhã, já comprei uma arma', 'CRISIS', 'vou matar aquele cara de saudade quando ele voltar', 'NONE'],
  ['mio zio mi ha preso a schiaffi e adesso è fuori dalla porta', 'CRISIS', 'mio zio mi ha preso a lavorare nel suo bar', 'NONE'],
  ['el novio de mi mamá está intentando entrar a mi cuarto', 'CRISIS', 'mi mamá está intentando entrar a la reunión por zoom', 'NONE'],
  ['hab mich mit einer Rasierklinge in den Unterarm geritzt', 'CRISIS', 'hab mich beim Rasieren am Kinn geschnitten, nichts Schlimmes', 'NONE'],
  // Drink then pills; scarified; the weapon on myself; letters for the family; affairs ended; all the pills taken.
  ['j ai bu de la vodka et j ai avalé tous mes somnifères', 'CRISIS', 'j ai bu un café et j ai pris mes médicaments du matin', 'NONE'],
  ['je me suis tailladé les avant-bras', 'CRISIS', 'j ai taillé les haies, j ai les bras griffés', 'NONE'],
  ['je vais la retourner contre moi, l arme est chargée', 'CRISIS', 'je vais la retourner au magasin, la veste est trop petite', 'NONE'],
  ['j ai laissé mes lettres pour mes enfants sur la commode', 'CRISIS', 'j ai laissé mes lettres pour mes enfants au père Noël sur la commode', 'NONE'],
  ['voy a usarla conmigo esta noche', 'CRISIS', 'voy a usar la bici con mi hermano esta noche', 'NONE'],
  ['escrevi as cartas para os meus filhos e deixei na mesa', 'CRISIS', 'escrevi as cartas para os meus filhos pelo aniversário deles', 'NONE'],
  ['paguei as dívidas, vendi o carro, tô pronta', 'CRISIS', 'paguei as dívidas, vendi o carro, tô pronta pra mudar de cidade', 'NONE'],
  ['alle Konten gekündigt, Katze zur Nachbarin gebracht, ich bin bereit', 'CRISIS', 'alle Konten gekündigt, Koffer gepackt, ich bin bereit für Kanada', 'NONE'],
  ['hab meine Schlaftabletten alle genommen', 'CRISIS', 'hab meine Vitamine alle aufgebraucht', 'NONE'],
  ['ho affidato il gatto a mia sorella, tanto a me non serve più niente', 'CRISIS', 'ho affidato il gatto a mia sorella per le vacanze', 'NONE'],
  ['ho sistemato tutto coi documenti, ora posso andarmene in pace', 'CRISIS', 'ho sistemato tutto coi documenti, ora posso andare in ferie', 'NONE'],
  ['la tengo in tasca e lo ammazzo, ho il coltello', 'CRISIS', 'lo ammazzo di complimenti, ho il discorso pronto', 'NONE'],
  // CONCERN: can't live like this; why did I wake up; no end of the tunnel; grief; stuck; no waking; nothing changes.
  ['wär mir recht, wenn ich morgen nicht aufwache', 'CONCERN', 'wär mir recht, wenn ich morgen ausschlafen kann', 'NONE'],
  ['meine Familie hätte es leichter ohne mich', 'CONCERN', 'meine Familie hätte es leichter mit einem größeren Auto', 'NONE'],
  ['so will ich nicht mehr weiterleben', 'CONCERN', 'so will ich nicht mehr weiterarbeiten, ich kündige', 'NONE'],
  ['não vejo mais sentido em nada', 'CONCERN', 'não vejo mais sentido em pagar essa academia', 'NONE'],
  ['no merezco estar viva', 'CONCERN', 'no merezco este premio', 'NONE'],
  ['non merito di vivere', 'CONCERN', 'non merito di vincere', 'NONE'],
  ['je n en peux plus de vivre comme ça, tout me pèse', 'CONCERN', 'on ne peut plus vivre comme ça dans ce quartier bruyant, on déménage', 'NONE'],
  ['à quoi bon je me suis réveillé', 'CONCERN', 'pourquoi je me suis réveillé à quatre heures du matin', 'NONE'],
  ['je vois plus le bout du tunnel avec ces dettes', 'CONCERN', 'on voit le bout du tunnel sur ce dossier', 'NONE'],
  ['seit dem Tod meiner Frau kann ich kaum noch atmen', 'CONCERN', 'seit dem Tod meiner Frau koche ich jeden Abend selbst', 'NONE'],
  ['ich komm da nicht mehr raus', 'CONCERN', 'ich komm heute nicht raus, es regnet', 'NONE'],
  ['se non mi risvegliassi domani sarebbe meglio', 'CONCERN', 'se non mi sveglio presto domani perdo il treno', 'NONE'],
  ['si mañana no despierto, mejor', 'CONCERN', 'si no despierto temprano mañana pierdo el bus', 'NONE'],
  ['se eu não acordasse mais, era melhor', 'CONCERN', 'se eu não acordar cedo perco o ônibus', 'NONE'],
  ['nada va a cambiar jamás', 'CONCERN', 'nada va a cambiar si no votamos', 'NONE'],
  ['não quero mais existir', 'CONCERN', 'não quero mais esperar na fila', 'NONE'],
  ['después de mi intento de suicidio la misma tristeza está volviendo', 'CONCERN', 'después de mi intento de aprobar, la misma profe vuelve', 'NONE'],
];

// Someone else's risk, each next to a twin that is nobody's risk.
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['ma meilleure amie m a envoyé une vidéo de ses bras tailladés', 'ma meilleure amie m a envoyé une vidéo de ses bras tatoués'],
  ['ma soeur a avalé trop de cachets, elle est aux urgences', 'ma soeur a pris ses cachets, elle est au travail'],
  ['o meu irmão tomou remédios demais e está no hospital', 'o meu irmão toma remédio para a pressão e está bem'],
  ['mi primo publicó una despedida y no contesta', 'mi primo publicó una foto de la playa'],
  ['mi madre se tomó un frasco de calmantes y está en urgencias', 'mi madre se tomó las pastillas de la presión y está en el hospital por la operación'],
  ['mia zia ha ingoiato delle pillole, è in ospedale', 'mia zia ha preso le pillole per la pressione, è in ospedale per un controllo'],
  ['mi amiga mandó una foto de sus brazos cortados', 'mi amiga mandó una foto de sus brazos tatuados'],
  ['meine Freundin hat einen Abschiedsbrief gepostet und antwortet nicht', 'meine Freundin hat ein Urlaubsfoto gepostet und antwortet nicht'],
  ['minha vizinha doou todos os pertences dela e se despediu', 'minha vizinha doou roupas para a igreja'],
];

// Benign frames the guards keep at NONE: a shaving nick, a box cutter at work, traffic that "will kill me".
const NONE: readonly string[] = [
  'mi sono tagliata rasandomi le gambe, niente di che',
  'me corté abriendo una caja en el almacén, solo un rasguño',
  'el calor de esta ciudad me va a matar un día de estos',
  'llevo un año sin trabajo y busco algo nuevo',
];

describe('crisis round 28 families (fr/de/it/es/pt)', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
  itStaysNone(NONE);
});
