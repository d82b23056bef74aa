import { describe } from 'vitest';
import { itReadsOthers, itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * The round 29 families for French, German, Italian, Spanish and Portuguese (src/chat/crisis-lexicon-r29*.ts and the
 * guards of crisis-lexicon-r29-guards.ts read in crisis-foreign.ts), each next to a benign twin that shares its words,
 * with Swiss and Austrian German, Québec French and regional Italian, Spanish and Portuguese forms.
 * Written for these tests, not taken from the crisis table; the rules alone are checked.
 * A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // French: not failing this time; medicine from several pharmacies; the gun and an evening alone; the date; joining her.
  ['j ai tout lu sur la méthode, je veux surtout pas me louper', 'CRISIS', 'je veux pas me louper au concours de lundi', 'NONE'],
  ['j ai acheté deux boîtes de paracétamol dans plusieurs pharmacies', 'CRISIS', 'j ai acheté des boîtes de doliprane dans plusieurs pharmacies, il était en rupture partout', 'NONE'],
  ['j ai fait un stock de somnifères petit à petit pour pas qu on me pose de questions', 'CRISIS', 'je prends mes cachets en cachette pour pas qu on me pose de questions au boulot', 'NONE'],
  ['la carabine de mon père est au grenier, je connais le code du cadenas et ce soir je suis seule', 'CRISIS', 'la carabine de mon père est au grenier, la clé est chez le notaire pour la succession', 'NONE'],
  ['j ai fixé le jour.', 'CRISIS', 'j ai fixé le jour du baptême', 'NONE'],
  ['depuis que papa est décédé je tiens plus, je vais le rejoindre bientôt', 'CRISIS', 'depuis que papa est parti en Espagne je vais le rejoindre cet été en vacances', 'NONE'],
  ['j ai vendu la voiture, rendu les clés et placé le chien, plus rien ne me retient', 'CRISIS', 'j ai vendu la voiture, rendu les clés et placé le chien, plus rien ne me retient, je pars vivre au Québec', 'NONE'],
  ['je vais l attendre devant chez lui avec un couteau', 'CRISIS', 'je vais l attendre à la cuisine avec un couteau pour couper le gâteau', 'NONE'],
  ['ce soir je vais foutre le feu à sa maison', 'CRISIS', 'ce soir je vais mettre le feu au barbecue', 'NONE'],
  ['là où je vais j en aurai plus besoin, prends ma montre', 'CRISIS', 'là où je vais j en aurai plus besoin, à Dakar il fait chaud, on part en vacances', 'NONE'],
  ['merci pour tout, c est mon dernier message', 'CRISIS', 'merci pour tout, ce sera mon dernier message avant les vacances', 'NONE'],
  ['je me suis coupée exprès au bras, ça saigne beaucoup', 'CRISIS', 'je me suis coupée en épluchant les patates, ça saigne beaucoup', 'NONE'],
  ['sur le pont l envie me prend de sauter, je le ferai pas', 'CONCERN', 'à la piscine l envie me prend de sauter du grand plongeoir', 'NONE'],
  // German, Swiss and Austrian.
  ['i wot mi morn umbringe', 'CRISIS', 'i wot mi morn umzieh, hilfsch mer?', 'NONE'],
  ['i wott eifach sterbe.', 'CRISIS', 'i wott eifach schlofe.', 'NONE'],
  ['hab den Schlüssel vom Waffenschrank meines Vaters eingesteckt', 'CRISIS', 'hab den Schlüssel vom Fahrradschloss eingesteckt', 'NONE'],
  ['nach der Arbeit ist es so weit, dann hört das endlich auf', 'CRISIS', 'nach der Arbeit ist es so weit, dann hört das Lernen endlich auf', 'NONE'],
  ['am Sonntag ist es so weit, dann hört alles auf', 'CRISIS', 'am Sonntag ist es so weit, dann hört der Lärm auf', 'NONE'],
  ['danach bin ich weg, für immer.', 'CRISIS', 'danach bin ich weg, für immer nach Kanada', 'NONE'],
  ['lebt wohl, das ist meine letzte Nachricht', 'CRISIS', 'macht s gut, das ist mein letzter Eintrag vor dem Urlaub', 'NONE'],
  ['ich zünd ihm die Garage an', 'CRISIS', 'ich zünd ihm die Kerzen am Kuchen an', 'NONE'],
  ['wo ich hingehe brauch ich das alles nicht mehr, nimm die Uhr', 'CRISIS', 'wo ich hingehe brauch ich keinen Mantel, ich zieh nach Spanien', 'NONE'],
  ['hab mich mit der Klinge geritzt und es hört nicht auf zu bluten', 'CRISIS', 'hab mich mit der Klinge beim Rasieren geschnitten, nichts Schlimmes', 'NONE'],
  ['hab mir absichtlich die Hand am Bügeleisen verbrannt', 'CRISIS', 'hab mir aus Versehen die Hand am Bügeleisen verbrannt', 'NONE'],
  ['i möcht eifach nümm da si', 'CONCERN', 'i möcht eifach da si wenn s Baby chunnt', 'NONE'],
  ['i cha nüm.', 'CONCERN', 'i cha nüm laufe, mis Knie tuet weh', 'NONE'],
  ['auf dem Dach kommt mir der Gedanke runterzuspringen', 'CONCERN', 'auf dem Dach kommt mir der Gedanke, die Antenne zu reparieren', 'NONE'],
  // Italian.
  ['lo faccio in macchina così sembra un incidente e la polizza va a mia moglie', 'CRISIS', 'il carrozziere dice che sembra un incidente da poco, paga l assicurazione', 'NONE'],
  ['mi so presa una corda, la tengo nascosta in cantina', 'CRISIS', 'mi sono comprato una corda per la barca, sta in garage', 'NONE'],
  ['a giugno fa due anni che è morta mia moglie, quel giorno la raggiungo', 'CRISIS', 'mio figlio è a Londra, quel giorno lo raggiungo', 'NONE'],
  ['quando esce di prigione lo aspetto sotto casa, finisce lì', 'CRISIS', 'lo aspetto sotto casa, poi andiamo al cinema', 'NONE'],
  ['stasera mi bevo il diserbante', 'CRISIS', 'stasera mi bevo il vino della nonna', 'NONE'],
  ['sul ponte mi prende l idea di buttarmi, poi passa', 'CONCERN', 'al mare mi viene l idea di buttarmi in acqua', 'NONE'],
  ['a che serve curarmi, tanto non cambio', 'CONCERN', 'a che serve la cura del ferro se tanto non cambio dieta', 'NONE'],
  ['non vedo più niente davanti a me', 'CONCERN', 'non vedo niente davanti, c è una nebbia incredibile', 'NONE'],
  ['non posso andarmene, non ho soldi, mi sento in trappola', 'CONCERN', 'non posso andarmene prima delle sei, mi sento in colpa', 'NONE'],
  // Spanish.
  ['me voy a tomar el matarratas que está en la bodega', 'CRISIS', 'me voy a tomar el café que está en la mesa', 'NONE'],
  ['lo haré en la carretera para que parezca un accidente y el seguro les pague a mis hijos', 'CRISIS', 'choqué el carro, el seguro dice que fue un accidente', 'NONE'],
  ['hace un mes murió mi esposa. mañana me voy con ella', 'CRISIS', 'murió la abuela de mi novia, mañana me voy con ella al velorio', 'NONE'],
  ['hoy me voy, no me busquen', 'CRISIS', 'hoy me voy de viaje, no me busquen hasta el lunes', 'NONE'],
  ['los quise mucho, perdónenme, me voy', 'CRISIS', 'los quise mucho, pero me voy a vivir a Monterrey', 'NONE'],
  ['antes de que lleguen mis hijos ya todo va a terminar', 'CRISIS', 'antes de que lleguen mis hijos ya todo va a estar limpio', 'NONE'],
  ['a donde voy ya no me hace falta nada de esto', 'CRISIS', 'a donde voy no me hace falta abrigo, me mudo a Cancún', 'NONE'],
  ['estoy regalando todas mis cosas, nadie entiende pero yo sí sé', 'CRISIS', 'estoy regalando todas mis cosas porque me mudo, y yo sé que es lo mejor', 'NONE'],
  ['sé dónde vive y esta vez no sale vivo', 'CRISIS', 'sé dónde vive mi abuela y esta vez la visito', 'NONE'],
  ['conseguí una pistola y nadie sabe', 'CRISIS', 'conseguí una pistola de agua para los niños', 'NONE'],
  ['en el puente se me pasa la idea de tirarme', 'CONCERN', 'en la alberca se me pasa la idea de tirarme al agua', 'NONE'],
  ['no me puedo ir, no tengo a dónde, me siento atrapada', 'CONCERN', 'no me puedo ir antes del turno, me siento cansada', 'NONE'],
  ['tengo pensamientos de muerte todo el día', 'CONCERN', 'tengo pensamientos de comida todo el día', 'NONE'],
  // Portuguese.
  ['o trem das 6 é o meu. já decidi', 'CRISIS', 'o trem das 6 é o meu, chega sempre atrasado, vai ser assim a semana toda', 'NONE'],
  ['arranjei uma pistola, está escondida no armário', 'CRISIS', 'arranjei uma pistola de brinquedo pro meu filho', 'NONE'],
  ['depois de quitar as dívidas é o dia.', 'CRISIS', 'depois de quitar as dívidas é o dia de comemorar', 'NONE'],
  ['quando todos dormirem vou acabar com tudo', 'CRISIS', 'quando todos dormirem vou acabar com o bolo', 'NONE'],
  ['vou acabar com isto, não há volta', 'CRISIS', 'vou acabar com isto do ginásio, não há volta a dar', 'NONE'],
  ['estou doando os meus livros e a bicicleta, mas eu sei porquê', 'CRISIS', 'estou doando os meus livros porque vou me mudar, e eu sei porquê', 'NONE'],
  ['pra onde eu vou não vou precisar disso', 'CRISIS', 'pra onde eu vou não vou precisar de casaco, vou pro nordeste de férias', 'NONE'],
  ['cortei o braço de propósito e não para de sangrar', 'CRISIS', 'bati de propósito na porta de tanta raiva, mas não sangrou', 'NONE'],
  ['vou bater o carro pra que pareça um acidente e o seguro pague', 'CRISIS', 'o seguro pagou porque foi um acidente', 'NONE'],
  ['no viaduto me vem a ideia de pular', 'CONCERN', 'na piscina me vem a ideia de pular na água', 'NONE'],
  ['ando com pensamentos de morte o tempo todo', 'CONCERN', 'ando com pensamentos de viagem o tempo todo', 'NONE'],
  // Warning signs the learned layer alone caught (crisis-lexicon-r29-signs.ts).
  ['j ai décidé de m enlever la vie', 'CRISIS', 'j ai décidé de m enlever ce poids', 'NONE'],
  ['avant que les enfants se réveillent ce sera fini', 'CRISIS', 'avant que les enfants se réveillent le ménage sera fini', 'NONE'],
  ['dites à ma fille que je l aime, pardon', 'CRISIS', 'dites à ma fille que je l aime pour son anniversaire', 'NONE'],
  ['j ai écrit un mot pour chacun de mes petits-enfants', 'CRISIS', 'j ai écrit un mot pour chacun de mes petits-enfants pour Noël', 'NONE'],
  ['je viens d avaler toutes mes pilules', 'CRISIS', 'je viens d avaler mes pilules du soir', 'NONE'],
  ['j ai recommencé avec la lame hier soir', 'CRISIS', 'j ai recommencé avec la peinture hier soir', 'NONE'],
  ['des fois je voudrais juste pas me réveiller.', 'CONCERN', 'je voudrais pas me réveiller avant midi dimanche', 'NONE'],
  ['ich fahr morgen in die Berge und komm nicht mehr zurück', 'CRISIS', 'ich fahr morgen in die Berge und komm nicht vor Sonntag zurück', 'NONE'],
  ['der Schlauch liegt schon im Auto', 'CRISIS', 'der Schlauch liegt schon im Garten', 'NONE'],
  ['vom Dach vom Parkhaus, so wird es passieren', 'CRISIS', 'am Dach vom Parkhaus wird gebaut, so wird es gemacht', 'NONE'],
  ['hab mein Testament gemacht, nun ist alles geregelt.', 'CRISIS', 'hab mein Testament gemacht, nun ist alles geregelt für die Kinder', 'NONE'],
  ['ha mim Brüeder mini Uhr gschänkt, bruuch i eh nüm', 'CRISIS', 'ha mim Brüeder mini Uhr gschänkt, bruuch i eh nüm, i zügle nach Kanada', 'NONE'],
  ['sagt meinem Papa dass ich ihn lieb hab', 'CRISIS', 'sagt meinem Papa dass ich später komme', 'NONE'],
  ['mein Stiefvater kommt jede Nacht in mein Zimmer', 'CRISIS', 'mein Stiefvater kommt jede Woche in mein Büro', 'NONE'],
  ['manchmal wünsch ich mir, nicht mehr aufzuwachen', 'CONCERN', 'manchmal wünsch ich mir, nicht mehr so früh aufzustehen', 'NONE'],
  ['hat doch eh alles keinen Sinn mehr', 'CONCERN', 'hat doch eh alles seinen Sinn', 'NONE'],
  ['stavolta non voglio sbagliare.', 'CRISIS', 'stavolta non voglio sbagliare la ricetta', 'NONE'],
  ['stanotte me ne vado, non cercatemi', 'CRISIS', 'stanotte me ne vado in montagna, ci sentiamo lunedì', 'NONE'],
  ['non so quanto reggo ancora', 'CONCERN', 'non so quanto regge ancora la batteria', 'NONE'],
  ['dejé cartas para cada una de mis hijas', 'CRISIS', 'dejé cartas para cada una de mis hijas por Navidad', 'NONE'],
  ['no le veo salida a nada', 'CONCERN', 'no le veo salida a este laberinto del juego', 'NONE'],
  ['hoje eu vou embora, não me procurem', 'CRISIS', 'hoje eu vou embora cedo do trabalho', 'NONE'],
  ['acabei de tomar todos os calmantes que tinha', 'CRISIS', 'acabei de tomar o café que tinha', 'NONE'],
  // Swiss, Austrian, Québec, SMS and Roman forms of plain phrases.
  ['i wott nüm läbe', 'CRISIS', 'i wott nüm go schaffe', 'NONE'],
  ['hab mi wieder gritzt', 'CRISIS', 'hab mi am Zaun gritzt', 'NONE'],
  ['hab alle Tabletten gnomma', 'CRISIS', 'hab alle Tabletten gnomma wie der Doktor gsagt hat', 'NONE'],
  ['jveux pu vivre', 'CRISIS', 'jveux pu venir à la séance de jeudi', 'NONE'],
  ["j'ai pu le goût de vivre", 'CONCERN', "j'ai pu venir à la séance, merci", 'NONE'],
  ['g pris tt mes cachets', 'CRISIS', 'g pris tt mes cachets du matin comme prescrit', 'NONE'],
  ["j'vais m'tuer à soir", 'CRISIS', "j'vais m'coucher à soir", 'NONE'],
  ['me vojo butta dal ponte', 'CRISIS', 'me vojo butta dal trampolino in piscina', 'NONE'],
  // The guards: a team's loss or a game; an outburst corrected; thrown onto the sofa.
  ['perdí todo apostando en la final, me quiero morir', 'CRISIS', 'perdimos la final otra vez, me quiero morir', 'NONE'],
  ['ich will sterben', 'CRISIS', 'bin hundert mal beim Endboss gestorben, ich will sterben', 'NONE'],
  ['quiero terminar con todo. digo, ya no puedo más', 'CRISIS', 'quiero terminar con todo... el tema de la mudanza digo', 'NONE'],
  ['vou me jogar da ponte', 'CRISIS', 'vou me jogar na cama e dormir o dia todo', 'NONE'],
];
// Someone else's risk, each next to a twin that is nobody's risk.
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['ma cousine m a écrit qu elle allait se tuer et elle répond plus', 'ma cousine m a écrit qu elle allait se marier en juin'],
  ['mon fils a les bras couverts de coupures, il dit que c est le chat', 'mon fils a les bras couverts de piqûres de moustiques'],
  ['j ai trouvé un stock de cachets cachés dans la chambre de ma grand-mère', 'j ai trouvé un stock de cachets de vitamine dans la salle de bain'],
  ['hab bei meinem Opa versteckte Schlaftabletten gefunden', 'hab bei meinem Opa versteckte Ostereier gefunden'],
  ['mein Kollege hat gesagt er hängt sich auf', 'mein Kollege hat gesagt er hängt sich rein'],
  ['mia nipote ha dei tagli sulle braccia e li nasconde', 'mia nipote ha dei tatuaggi sulle braccia'],
  ['mia sorella dice che vuole andare dalla mamma in cielo, ho paura che si lasci morire', 'mia sorella dice che vuole andare dalla mamma in campagna, ho paura che si annoi'],
  ['meu amigo me mandou desculpa por tudo e não atende', 'meu amigo me mandou um áudio e não atende'],
  ['mi compañera me dijo que se iba a tomar todas sus pastillas', 'mi compañera me dijo que se iba a tomar unas vacaciones'],
  ['mi sobrino me contó que prefiere morirse antes que volver a esa casa', 'mi sobrino me contó que prefiere comer pizza'],
];

// Benign frames the round 29 guards keep at NONE: a game, a team's loss, an outburst corrected, a sofa; a wedding date,
// a hammer for shelves, going to bed, a diary for today, a debt, gardening scratches, the heat, a haircut, a razor for the beard.
const NONE: readonly string[] = [
  "j'ai choisi la date. Ce sera le 12 juin à la mairie",
  "je l'attends dans l'entrée avec un marteau, il doit m'aider pour les étagères",
  'los quise mucho a todos, ya me voy a dormir',
  'danke für alles, das ist mein letzter Eintrag für heute',
  'sé a qué hora sale del gym y esta vez no se va sin pagarme lo que me debe',
  'ha dei tagli sulle braccia per il lavoro in giardino',
  'no sé cuánto más voy a aguantar este calor',
  'hab mir absichtlich die Haare kurz geschnitten',
  "j'ai recommencé avec la lame de rasoir neuve pour la barbe",
  'je suis mort 50 fois contre le boss final, je veux mourir',
  'la squadra ha perso di nuovo il derby, voglio morire',
  'quero acabar com tudo, quero dizer, o processo do divórcio',
  'me voy a tirar en el sofá toda la tarde',
];

describe('crisis round 29 families (fr/de/it/es/pt)', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
  itStaysNone(NONE);
});
