import { describe } from 'vitest';
import { itReadsOthers, itReadsTwins, type TwinPair } from './crisis-table/twins';

/**
 * The round 26 families for French, German, Spanish and Portuguese (src/chat/crisis-lexicon-r26.ts, and the
 * readings added to crisis-foreign.ts), each next to a benign twin that shares its words.
 * Written for these tests, not taken from the crisis table; the rules alone are checked.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // A farewell for good.
  ['bueno gente los quiero mucho adiós para siempre', 'CRISIS', 'adiós para siempre al cigarrillo, hoy cumplo un mes sin fumar', 'NONE'],
  ['obrigada por tudo tchau pra sempre', 'CRISIS', 'tchau pra sempre ao cigarro, to orgulhosa de mim', 'NONE'],
  ['ich hab euch lieb tschüss für immer', 'CRISIS', 'tschüss für immer zigaretten, heute ist tag eins', 'NONE'],
  ['merci à tous adieu pour de bon', 'CRISIS', 'adieu pour de bon à la clope, trois semaines aujourd hui', 'NONE'],
  // Thanks, and the last time we speak.
  ['merci de tout, vraiment. c est la dernière fois que je vous écris', 'CRISIS', 'merci de tout, c est la dernière fois qu on se voit avant les vacances d été', 'NONE'],
  ['ce sera la dernière fois qu on se parle, prends soin de toi', 'CRISIS', 'ce sera la dernière fois qu on se parle de ce dossier, promis', 'NONE'],
  // A countdown with a goodbye.
  ['in zwei stunden ist alles vorbei, macht s gut ihr alle', 'CRISIS', 'in zwei stunden ist alles vorbei, macht s gut ihr alle und schönes wochenende', 'NONE'],
  ['dans une heure tout sera fini, adieu à tous', 'CRISIS', 'dans une heure tout sera fini, le déménagement, bon courage à tous', 'NONE'],
  ['daqui a uma hora acaba tudo tchau a todos', 'CRISIS', 'daqui a uma hora acaba tudo tchau a todos bom fim de semana', 'NONE'],
  ['en media hora se acaba todo chau a todos', 'CRISIS', 'en media hora se acaba todo chau a todos hasta el lunes', 'NONE'],
  // On the tracks.
  ['o comboio passa às 22h e eu vou ficar lá nos carris', 'CRISIS', 'o comboio passa às 22h e eu vou ficar na estação à espera', 'NONE'],
  ['hoje à noite vou me deitar nos trilhos', 'CRISIS', 'hoje à noite vou me deitar cedo, to cansada', 'NONE'],
  ['le rer qui passe derrière de chez moi à minuit, je serai sur les voies', 'CRISIS', 'le rer qui passe derrière de chez moi fait un bruit fou, j y serai habituée dans un mois', 'NONE'],
  ['ce soir je vais m allonger sur les rails', 'CRISIS', 'ce soir je vais m allonger sur le canapé devant un film', 'NONE'],
  ['ich leg mich heute auf die gleise', 'CRISIS', 'ich leg mich heute früh ins bett', 'NONE'],
  ['esta noche me voy a acostar en las vías del tren', 'CRISIS', 'esta noche me voy a acostar temprano', 'NONE'],
  // Going up to a high place, then it is over.
  ['ce soir je vais monter sur le pont et après tout sera fini', 'CRISIS', 'je monte sur le toit réparer l antenne et après ce sera fini pour aujourd hui', 'NONE'],
  // There will be no more me.
  ['t inquiète, bientôt il n y aura plus de moi', 'CRISIS', 'il n y aura plus de moi dans le groupe whatsapp, je le quitte', 'NONE'],
  // An overdose "to sleep for ever".
  ['j ai avalé de quoi ne plus me réveiller', 'CRISIS', 'j ai avalé de quoi dormir un peu, une tisane', 'NONE'],
  ['tomei o suficiente pra nunca mais acordar', 'CRISIS', 'tomei o suficiente pra dormir a tarde toda, café nunca mais', 'NONE'],
  ['me tomé lo necesario para no despertar nunca más', 'CRISIS', 'me tomé lo necesario para dormir bien, una manzanilla', 'NONE'],
  ['hani alli mini schlaftablette gschluckt', 'CRISIS', 'hani alli mini schlaftablette gschluckt wie de dokter gseit het, eini pro nacht', 'NONE'],
  // A ligature tied to a door or a beam.
  ['ich hab das kabel schon am balken festgebunden', 'CRISIS', 'ich hab die hängematte mit dem seil am balken festgebunden', 'NONE'],
  ['mi cinturón ya atado a la puerta del baño', 'CRISIS', 'mi cinturón ya colgado en el perchero', 'NONE'],
  // Affairs settled.
  ['paguei todas as dívidas e fiz o testamento, agora posso ir', 'CRISIS', 'paguei as dívidas e fiz o testamento vital com a médica', 'NONE'],
  ['pagué mis deudas y escribí mi testamento, ya está todo', 'CRISIS', 'pagamos las deudas de la casa y mi abuelo firmó su testamento', 'NONE'],
  // A self-harm relapse.
  ['je me suis rescarifiée hier soir, je pensais avoir arrêté', 'CRISIS', 'je me suis recoupé les cheveux moi-même, la frange est ratée', 'NONE'],
  ['je me suis recoupée encore une fois cette nuit', 'CRISIS', 'je me suis recoupé une part de gâteau', 'NONE'],
  ['chao para siempre, los quiero mucho', 'CRISIS', 'chao para siempre Buenos Aires, me mudo a Madrid', 'NONE'],
  // Shaking a baby; the fear of hurting one's baby.
  ['sacudi meu bebê com força agora pouco', 'CRISIS', 'sacudi o tapete do bebê com força na varanda', 'NONE'],
  ['acabo de sacudir a mi bebé muy fuerte porque no paraba de llorar', 'CRISIS', 'acabo de sacudir la manta del bebé muy fuerte', 'NONE'],
  ['j ai secoué mon bébé très fort, il pleurait depuis des heures', 'CRISIS', 'j ai secoué le hochet de mon bébé très fort pour le faire rire', 'NONE'],
  ['tenho medo de machucar minha filha quando ela chora', 'CONCERN', 'tenho medo de machucar o joelho de novo no futebol', 'NONE'],
  // CONCERN: tired of existing; nobody would notice; a bus would not matter; tired of life; disappearing.
  ['chuis tellement lasse d exister', 'CONCERN', 'je suis lasse d attendre le bus', 'NONE'],
  ['si je disparaissais demain personne s en rendrait compte', 'CONCERN', 'si je disparaissais du bureau une heure personne s en rendrait compte', 'NONE'],
  ['wäre mir ehrlich gesagt recht, wenn mich ein laster überfährt', 'CONCERN', 'wäre mir ehrlich gesagt recht, wenn mich ein laster mitnimmt bis münchen', 'NONE'],
  ['i bi so müed vom lebe', 'CONCERN', 'i bi so müed vom laufe', 'NONE'],
  ['manchmal möchte ich am liebsten einfach verschwinden', 'CONCERN', 'manchmal möchte ich am liebsten einfach verschwinden aus dem meeting', 'NONE'],
  // All the pills taken, as prescribed.
  ['gestern hab ich alle meine tabletten geschluckt', 'CRISIS', 'ich hab alle meine tabletten genommen, wie verschrieben', 'NONE'],
  ['tomé todas mis pastillas de golpe', 'CRISIS', 'tomé todas mis pastillas como me dijo la psiquiatra', 'NONE'],
  ['j ai pris tous mes cachets d un coup', 'CRISIS', 'j ai pris tous mes cachets comme d habitude', 'NONE'],
  // Negated states and recovery kept NONE.
  ['nao estou com pensamentos suicidas, só cansada', 'NONE', 'estou com pensamentos suicidas de novo', 'CRISIS'],
  ['hace dos meses que no me corto y estoy orgullosa', 'NONE', 'me corto cuando me siento así', 'CRISIS'],
  ['faz um mês q n me corto', 'NONE', 'hoje me cortei de novo', 'CRISIS'],
  ['vimos una peli donde el protagonista se suicida, me dejó pensando', 'NONE', 'la peli me dejó mal y ahora pienso en suicidarme', 'CRISIS'],
];

/** Someone else's risk: CONCERN with concernForOthers, next to a benign twin. */
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['minha amiga tá se machucando de propósito, vi os cortes', 'minha amiga tá se cortando o cabelo sozinha'],
  ['mi hermana se está cortando otra vez', 'mi hermana se está cortando el pelo sola'],
  ['mi hijo se anda cortando los brazos', 'mi hijo anda cortando el césped'],
  ['meu filho tá se cortando, vi as cicatrizes', 'meu filho tá se cortando com a tesoura de unha sem querer'],
  ['o vizinho disse que ia se jogar da ponte', 'o vizinho disse que ia se jogar na piscina'],
  ['mi primo me dijo que se iba a matar', 'mi primo me dijo que se iba a tirar a la piscina'],
  ['d schwöster wott sich öppis aatue', 'd schwöster wott sich öppis guets aatue'],
  ['meine freundin hat erzählt sie will sich umbringen', 'meine freundin hat erzählt sie will sich ein auto kaufen'],
  ['mon ami a envoyé un message d adieu cette nuit', 'mon ami a envoyé un message d anniversaire cette nuit'],
  ['mein bruder hat keine kraft mehr und will sich vor den zug werfen', 'mein bruder hat heute frei und will sich vor den fernseher setzen'],
  ['mon fils se scarifie depuis la rentrée', 'mon fils se coupe les cheveux depuis la rentrée'],
  ['o meu irmão escreveu uma mensagem de despedida e desligou o telefone', 'o meu irmão escreveu uma mensagem de aniversário e desligou o telefone'],
];

describe('round 26 crisis families (fr, de, es, pt)', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
});
