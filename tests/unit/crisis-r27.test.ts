import { describe } from 'vitest';
import { itReadsOthers, itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * The round 27 families for French, German and Italian (src/chat/crisis-lexicon-r27.ts, and the readings added to
 * crisis-foreign.ts and crisis-topic.ts), each next to a benign twin that shares its words.
 * Written for these tests, not taken from the crisis table; the rules alone are checked.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // A loaded gun next to me.
  ['le fusil de mon oncle est chargé, posé à côté de moi', 'CRISIS', 'le fusil de mon oncle est rangé au club de tir, déchargé', 'NONE'],
  ['die Pistole liegt geladen vor mir auf dem Tisch', 'CRISIS', 'die Pistole vom Verein ist im Tresor eingeschlossen', 'NONE'],
  ['la escopeta de mi padre está cargada al lado mío', 'CRISIS', 'la escopeta de mi padre está guardada en el club de caza', 'NONE'],
  ['a espingarda do meu pai tá carregada aqui ao meu lado', 'CRISIS', 'a espingarda do meu pai fica trancada no clube de tiro', 'NONE'],
  ['la pistola è carica vicino a me', 'CRISIS', 'la pistola ad acqua dei bambini è in giardino', 'NONE'],
  // Joining the one who died, tonight.
  ['depuis que mon mari est décédé rien n a de sens, ce soir je vais le rejoindre', 'CRISIS', 'ma soeur a perdu ses clés, ce soir je vais la rejoindre au resto pour l aider', 'NONE'],
  ['seit Papa gestorben ist, halte ich es nicht aus. Heute Nacht komm ich zu dir', 'CRISIS', 'seit Papa gestorben ist, fahr ich jeden Sonntag zu Mama', 'NONE'],
  ['dopo la morte di mio figlio non dormo più, stanotte lo raggiungo', 'CRISIS', 'mia figlia è a Roma per lavoro, domani la raggiungo in treno', 'NONE'],
  // Farewell messages scheduled; a dated end "for me".
  ['mes messages d adieu sont programmés pour demain matin', 'CRISIS', 'mes messages de bienvenue sont programmés pour demain matin', 'NONE'],
  ['ce soir, c est fini pour moi', 'CRISIS', 'ce soir, c est fini pour moi les gâteaux, je commence le régime', 'NONE'],
  ['morgen früh ist für mich Schluss', 'CRISIS', 'morgen früh ist für mich Schluss mit dem Rauchen', 'NONE'],
  ['am Samstag mach ich Schluss mit allem', 'CRISIS', 'am Samstag mach ich Großputz in der Wohnung', 'NONE'],
  ['ma décision est prise, je pars pour de bon dimanche', 'CRISIS', 'ma décision est prise, je pars pour de bon à Montréal, j ai trouvé un poste', 'NONE'],
  ['pfiat di, danke für alles und verzeiht mir', 'CRISIS', 'danke für alles und verzeiht mir die Verspätung beim Essen', 'NONE'],
  ['merci pour tout, pardonnez-moi', 'CRISIS', 'merci pour tout, pardonnez-moi pour le retard de paiement', 'NONE'],
  // An overdose.
  ['j ai déjà pris la moitié de la plaquette de xanax', 'CRISIS', 'j ai pris la moitié de la plaquette de chocolat', 'NONE'],
  ['j ai avalé tous mes somnifères d un coup', 'CRISIS', 'j ai rangé tous mes somnifères dans l armoire à pharmacie', 'NONE'],
  ['ich hab alle Schlaftabletten auf einmal genommen', 'CRISIS', 'ich hab alle Vokabeln auf einmal gelernt', 'NONE'],
  ['hab die Tabletten mit Wodka runtergespült', 'CRISIS', 'hab das Brot mit Wasser runtergespült', 'NONE'],
  ['mi sono presa tutta la confezione di sonniferi', 'CRISIS', 'mi sono presa tutta la confezione di biscotti', 'NONE'],
  ['mes somnifères sont devant moi, s il ne rappelle pas ce soir je les prends tous', 'CRISIS', 'mes vitamines, je les prends toutes le matin', 'NONE'],
  // Québec and Neapolitan forms.
  ['j vas me pendre dans le garage', 'CRISIS', 'j vas me coucher, bonne nuit', 'NONE'],
  ['nun ce la faccio, mo me butto dal ponte', 'CRISIS', 'domani mi butto in mare, finalmente è estate', 'NONE'],
  // The bath and the razor; blades bought; a deep cut; the head against the wall.
  ['la baignoire coule et la lame est prête sur le rebord', 'CRISIS', 'la baignoire coule et mon rasoir est sur le rebord pour me raser les jambes', 'NONE'],
  ['hab mir Rasierklingen gekauft und fang gleich an', 'CRISIS', 'hab mir Rasierklingen gekauft, die alten waren stumpf', 'NONE'],
  ['hab mich tief in den Arm geschnitten', 'CRISIS', 'hab mich in den Finger geschnitten beim Kochen', 'NONE'],
  ['i hau mir den Kopf gegen die Wand bis Blut kommt', 'CRISIS', 'ich hab mir den Kopf an der Tür gestoßen', 'NONE'],
  // On a roof or a bridge, looking down; stopping on the bridge; the non-stopping train.
  ['je suis assise sur le toit depuis une heure, je regarde en bas', 'CRISIS', 'je suis sur le toit avec le couvreur, je regarde les tuiles', 'NONE'],
  ['ich steh auf dem Dach vom Parkhaus und schau nach unten', 'CRISIS', 'ich steh auf dem Dach vom Parkhaus und schau nach unten, die Aussicht ist toll', 'NONE'],
  ['jeden Tag über die Talbrücke, morgen halt ich an und steig aus', 'CRISIS', 'jeden Tag über die Talbrücke, morgen nehm ich den Bus', 'NONE'],
  ['ich hab nachgeschaut, wann der ICE ohne Halt durchfährt', 'CRISIS', 'ich hab nachgeschaut, wann der ICE nach Köln fährt', 'NONE'],
  ['i ha alles parat nebe mir, es isch für hüt znacht', 'CRISIS', 'ich hab alles parat neben mir für nachher, die Geschenke für die Party', 'NONE'],
  // Harm to others.
  ['demain je lui fais la peau, à mon voisin', 'CRISIS', 'demain je lui fais la surprise, à mon voisin', 'NONE'],
  ['morgen mach ich den Typen kalt', 'CRISIS', 'morgen mach ich den Salat kalt', 'NONE'],
  ['seine Tabletten und meine sind schon im Tee aufgelöst', 'CRISIS', 'seine Tabletten und meine liegen im Medikamentenschrank', 'NONE'],
  // Abuse in progress.
  ['il m a plaquée contre la porte en rigolant, il est encore là', 'CRISIS', 'il m a plaquée au sol au rugby, quel match', 'NONE'],
  ['er hat mir eben eine gescheuert', 'CRISIS', 'er hat mir eben eine Nachricht geschickt', 'NONE'],
  ['er hat mich im Keller eingesperrt', 'CRISIS', 'ich hab mich aus Versehen ausgesperrt', 'NONE'],
  ['er drückt mir den Hals zu wenn ich widerspreche', 'CRISIS', 'der Kragen drückt mir am Hals', 'NONE'],
  // CONCERN.
  ['je coûte trop cher à ma famille', 'CONCERN', 'ce canapé coûte trop cher pour ma famille', 'NONE'],
  ['ich koste meine Familie nur Nerven', 'CONCERN', 'das Auto kostet meine Familie nur Geld', 'NONE'],
  ['la vie me pèse', 'CONCERN', 'le sac me pèse, il est trop lourd', 'NONE'],
  ['je ne vois plus l intérêt de continuer', 'CONCERN', 'je ne vois plus l intérêt de ce cours du soir', 'NONE'],
  ['j en ai marre de souffrir', 'CONCERN', 'j en ai marre de ce froid', 'NONE'],
  ['seit der Scheidung hab ich dunkle Gedanken', 'CONCERN', 'seit der Scheidung hab ich dunkle Vorhänge gekauft', 'NONE'],
  ['non vedo nessun futuro per me', 'CONCERN', 'non vedo nessun problema per me', 'NONE'],
];

/** Someone else's risk (CONCERN with concernForOthers), each with a twin that is nobody's risk. */
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['mon frère parle de se pendre depuis son licenciement', 'mon frère parle de se marier depuis son licenciement'],
  ['ma cousine m a envoyé une photo de ses somnifères', 'ma cousine m a envoyé une photo de ses vacances'],
  ['mon grand-père dit qu il a assez de cachets de côté', 'mon grand-père dit qu il a assez de bois de côté'],
  ['ma tante m a écrit qu elle était fatiguée de vivre', 'ma tante m a écrit qu elle était fatiguée du voyage'],
];

/** Benign frames (r27 guards): a joke, a professional or school frame, a farewell letter to a job, a negation. */
const BENIGN: readonly string[] = [
  'ma collègue a dit qu elle allait me tuer si je mangeais son yaourt, elle rigolait',
  'je suis psychologue et je prépare une formation sur le risque suicidaire',
  'j ai écrit mon message d adieu à mes collègues, je change de boîte lundi',
  'nessun pensiero di farla finita, solo tanta stanchezza',
  'j ai raté mon train, je regarde les horaires',
];

describe('round 27 crisis families (fr, de, it)', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
  itStaysNone(BENIGN);
});
