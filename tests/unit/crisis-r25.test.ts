import { describe } from 'vitest';
import { itReadsOthers, itReadsTwins, type TwinPair } from './crisis-table/twins';

/**
 * The round 25 families for French, German and Italian (src/chat/crisis-lexicon-r25.ts, and the guard
 * added to the French part of crisis-lexicon-fr-de.ts), each next to a benign twin that shares its words.
 * Written for these tests, not taken from the crisis table; the rules alone are checked.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // French obligation and subjunctive.
  ['faut que j en finisse, je peux plus', 'CRISIS', 'faut que j en finisse avec ce dossier avant vendredi', 'NONE'],
  ['il faudrait que je me tue, tout le monde serait tranquille', 'CRISIS', 'il faudrait que je me mette au sport', 'NONE'],
  // A method after a verb of intending, or in the conditional.
  ['je compte me jeter du pont ce week-end', 'CRISIS', 'je compte me jeter à l eau ce week-end, enfin la mer sera chaude', 'NONE'],
  ['ich würde mich einfach vor den Zug werfen', 'CRISIS', 'lieber würde ich mich in den Zug setzen als fliegen', 'NONE'],
  ['ich überlege, mich in der Garage zu vergiften', 'CRISIS', 'ich überlege, mich in der Garage als Werkstatt einzurichten', 'NONE'],
  ['sto pensando di impiccarmi in cantina', 'CRISIS', 'sto pensando di iscrivermi in palestra', 'NONE'],
  ['je vais me taillader les bras avec le compas', 'CRISIS', 'je vais me couper les cheveux avec les ciseaux de cuisine', 'NONE'],
  // A method asked about.
  ['quelle est la méthode la plus rapide pour mourir sans souffrir', 'CRISIS', 'quelle est la méthode la plus rapide pour apprendre l allemand', 'NONE'],
  ['wie viele Tabletten reichen, damit ich nicht mehr aufwache', 'CRISIS', 'wie viele Tabletten darf man am Tag nehmen bei Kopfweh', 'NONE'],
  // Pills with alcohol; means obtained.
  ['ce soir je vais avaler toutes mes pilules avec la vodka', 'CRISIS', 'ce soir je vais prendre mes pilules avec un verre d eau comme d hab', 'NONE'],
  ['j ai commandé de quoi en finir sur internet', 'CRISIS', 'j ai commandé de quoi faire une raclette pour samedi', 'NONE'],
  // The place scouted, in the future.
  ['j ai trouvé le toit d où je me jetterai', 'CRISIS', 'j ai trouvé le toit d où on verra le feu d artifice', 'NONE'],
  ['das ist das Dach, von dem ich springen werde', 'CRISIS', 'das ist das Becken, in das ich springen werde, zehn Meter Turm', 'NONE'],
  // Decided, calm since, or only the courage missing.
  ['depuis que j ai décidé d en finir, je me sens enfin calme', 'CRISIS', 'depuis que j ai décidé de déménager, je me sens enfin calme', 'NONE'],
  ['maintenant que j ai décidé de le faire, je suis sereine', 'CRISIS', 'maintenant que j ai décidé de le faire, je suis sereine, ce semi-marathon', 'NONE'],
  ['seit ich entschieden habe, dass ich es tun werde, bin ich ganz ruhig', 'CRISIS', 'seit ich entschieden habe, dass ich den Marathon laufe, bin ich ganz ruhig', 'NONE'],
  ['ho già scelto quando e dove, mi manca solo il coraggio', 'CRISIS', 'ho già scelto il ristorante, mi manca solo il coraggio di chiederle di uscire', 'NONE'],
  // Timing with a dialect "Schluss machen", said as fixed.
  ['heut nacht mach i schluss mit allem, des is fix', 'CRISIS', 'heut mach i schluss mit ihm, des is fix, er hat mich betrogen', 'NONE'],
  ['au lever du jour je le ferai', 'CRISIS', 'au lever du jour je le ferai, ce gâteau pour la fête', 'NONE'],
  // The last message; giving away for when I'm gone.
  ['voici mon dernier message, pardon pour tout', 'CRISIS', 'voici mon dernier message de la journée, pardon pour le retard', 'NONE'],
  ['questo è il mio ultimo messaggio, perdonatemi', 'CRISIS', 'questo è il mio ultimo messaggio per oggi, scusate il disturbo', 'NONE'],
  ['j ai donné ma guitare à mon cousin, il la gardera quand je ne serai plus là', 'CRISIS', 'j ai donné ma guitare à mon cousin, je ne reviendrai pas avant l été', 'NONE'],
  ['meiner Freundin meinen Schmuck zum Abschied geschenkt, sie soll an mich denken', 'CRISIS', 'zum Abschied eine Karte geschrieben, die Kollegen sollen an mich denken im neuen Job', 'NONE'],
  // Self-harm now; harm to another with a blade.
  ['bin gerade wieder am ritzen', 'CRISIS', 'bin gerade am Zwiebeln schneiden', 'NONE'],
  ['j ai envie de poignarder mon voisin avec le couteau de cuisine', 'CRISIS', 'j ai envie de tuer ce powerpoint avant la réunion', 'NONE'],
  // Thoughts of giving oneself death, Québec spelling.
  ['j ai souvent des pensées de me supprimer', 'CRISIS', 'j ai souvent des pensées de me supprimer du groupe de la classe', 'NONE'],
  ['j pense juste à m tuer ces temps-ci', 'CRISIS', 'j pense juste à me tuer au travail pour la promo, faut que je ralentisse', 'NONE'],
  ['ich bin kurz davor, mich umzubringen', 'CRISIS', 'ich bin kurz davor, mich anzumelden', 'NONE'],
  ['i wott mi eifach umbringe', 'CRISIS', 'i wott mi eifach hinlege', 'NONE'],
  // CONCERN: a passing wish.
  ['j aimerais qu une voiture m écrase, ce serait plus simple', 'CONCERN', 'j aimerais qu une voiture me dépose à la gare', 'NONE'],
  ['wäre mir recht, wenn ich nicht mehr aufwache', 'CONCERN', 'wäre mir recht, wenn ich morgen früher gehen kann', 'NONE'],
  // A method asked about, Italian and German; means obtained in Italian.
  ['qual è il sistema più indolore per togliersi la vita', 'CRISIS', 'qual è il sistema più veloce per togliersi le scarpe antinfortunistiche', 'NONE'],
  ['die einfachste Möglichkeit, mich umzubringen', 'CRISIS', 'die einfachste Möglichkeit, mich anzumelden', 'NONE'],
  ['mi sono procurata il necessario per farla finita', 'CRISIS', 'mi sono procurata il necessario per la torta di compleanno', 'NONE'],
  ['mi avvelenerei volentieri stanotte', 'CRISIS', 'piuttosto mi avvelenerei che rivedere quel film', 'NONE'],
  // Elided French clitics, Swiss Konjunktiv, German "drüber nachdenken", Roman "me".
  ['j vais m empoisonner ce soir', 'CRISIS', 'j vais m inscrire ce soir', 'NONE'],
  ['i tät mi umbringe, wenn i chönnt', 'CRISIS', 'i tät mi freue, wenn du chunsch', 'NONE'],
  ['ich denk drüber nach, mich zu ertränken', 'CRISIS', 'ich denk drüber nach, mich zu bewerben', 'NONE'],
  ['domani me butto dal tetto', 'CRISIS', 'domani me butto dal parrucchiere', 'NONE'],
  ['nun ce la faccio più a tirare avanti', 'CONCERN', 'nun ce la faccio più a tirare avanti il progetto da solo', 'NONE'],
  // CONCERN: wishing an accident would take me; indifference to dying.
  ['spero che una macchina mi investisse, farebbe meno male', 'CONCERN', 'spero che una macchina mi porti in stazione', 'NONE'],
  ['ich hoffe, dass ein Laster mich erwischt', 'CONCERN', 'ich hoffe, dass ein Laster die Möbel bringt', 'NONE'],
  ['franchement ça m est égal si je meurs', 'CONCERN', 'franchement ça m est égal si je meurs de honte devant eux', 'NONE'],
  ['non mi importerebbe nulla di morire', 'CONCERN', 'non mi importerebbe nulla di perdere la partita', 'NONE'],
  // CONCERN: burden, no way out, pain inside.
  ['ich falle meinen Eltern nur zur Last', 'CONCERN', 'ich falle meinen Eltern nur am Wochenende zur Tür herein', 'NONE'],
  ['je vois aucune issue, tout est noir', 'CONCERN', 'je vois l issue de secours au fond du couloir', 'NONE'],
  ['je vois plus d avenir, c est fini pour moi', 'CONCERN', 'je vois plus d avenir pour ce projet de start-up', 'NONE'],
  ['ich komm da nicht mehr raus, egal wie ich es versuche', 'CONCERN', 'ich komm da nicht raus, egal was ich mach, die Tür klemmt', 'NONE'],
  ['ich halt es nicht mehr aus, es tut so weh innerlich', 'CONCERN', 'der Zahn tut so weh innen drin, ich geh zum Zahnarzt', 'NONE'],
  ['j arrive plus à supporter cette détresse', 'CONCERN', 'j arrive plus à supporter ce bruit de travaux', 'NONE'],
  // CONCERN: thinking about death; an urge with an intensifier.
  ['manchmal frage ich mich, warum ich so oft über das Sterben nachdenke', 'CONCERN', 'manchmal frage ich mich, warum ich so oft über das Essen nachdenke', 'NONE'],
  ['ho un impulso fortissimo di tagliarmi, ma sto resistendo', 'CONCERN', 'ho un bisogno fortissimo di farmi una doccia stasera', 'NONE'],
];

/** Someone else's risk: CONCERN with concernForOthers, next to a benign twin. */
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['mon frère cache des cachets pour en finir, j ai peur', 'mon frère cache des cachets pour la migraine dans son sac'],
  ['ma copine a écrit qu elle se pendrait ce soir', 'ma copine a écrit qu elle passerait ce soir'],
  ['meine Tante redet dauernd davon, sich etwas anzutun', 'meine Tante redet dauernd davon, sich ein Auto zu kaufen'],
  ['mein Vater sagt, wir wären ohne ihn besser dran', 'mein Vater sagt, wir wären ohne Auto besser dran'],
  ['mio figlio continua a dire che vorrebbe sparire per sempre', 'mio figlio continua a dire che vorrebbe un cane'],
];

describe('round 25 crisis families (fr, de, it)', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
});
