/**
 * French and German crisis lexicons for crisis-foreign.ts, on folded text (no accents or umlauts:
 * "möchte" = "mochte", "j'ai" = "j ai"). Kinds and levels as in crisis-lexicon-es-pt-it.ts.
 */
import { compile, type RuleSource } from './crisis-rule';

const FR: RuleSource[] = [
  ['SUICIDE', 'CRISIS', 'SELF', '(?:veux|voudrais|vais|ai envie de|envie de|envie d|souhaite|compte|prevois de|pense a|besoin de) (?:me suicider|me sucider|mourir|mourrir|crever|me tuer|en finir|mettre fin a (?:mes jours|ma vie)|me foutre en l air)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:pense|pensees?|idees?) (?:au|a la|de) (?:suicide|mort|me tuer|me suicider|en finir)|idees (?:noires|suicidaires)|(?:suis|me sens) suicidaire|mettre fin a (?:mes jours|ma vie)|(?:decide|prevois|prevu|planifie) (?:de |d )?(?:en finir|me tuer|me suicider|mettre fin)'],
  // Bare "suicide" is left to the English screen, which knows "suicide prevention".
  ['SUICIDE', 'CONCERN', 'SELF', 'suicider|suicidaire|me suicider'],
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:ne )?(?:veux|voulais|ai|ai plus) (?:plus|pas|aucune) (?:envie de )?vivre|plus (?:aucune )?(?:raison|envie) de vivre'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'a quoi bon (?:vivre|continuer|tout ca)|la vie n a (?:plus de|aucun) sens|n en peux plus|(?:aucune|pas d|sans) issue|rien ne va (?:jamais )?s arranger|ca ne (?:s arrangera|ira) jamais|plus d espoir|ne (?:pas|plus) me reveiller'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'personne ne (?:me )?(?:regretterait|manquerait)|envie de rien|plus envie de rien|ne supporte plus (?:la vie|de vivre|rien|d etre en vie)'],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:veux|voudrais) (?:juste )?que (?:ca|tout|la douleur|la souffrance) s arrete|que tout s arrete', /^ (?:de|d|pour (?!toujours|de bon)|quand|le|la)\b/],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:vais|veux|compte) (?:prendre|avaler) (?:toutes? (?:mes|les)|la boite|le tube|toute la boite) (?:de )?(?:pilules|cachets|medicaments|comprimes|somniferes)?|(?<!\\b(?:il|elle|frere|soeur|mere|pere|copain|copine|pote|ami|amie|fils|fille|mari|femme|maman|papa|mec|voisin|voisine|coloc|cousin|cousine) )(?:garde|cache|accumule|mis de cote) (?:des |mes )?(?:pilules|cachets|medicaments|comprimes)'],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:aimerais|voudrais|prefererais) (?:etre mort|disparaitre|ne pas exister|ne jamais etre ne)|(?:voudrais|veux) disparaitre|mieux sans moi|(?:suis|etre) un (?:fardeau|poids)|(?:me sens|suis) (?:piege|pieg|coince)|sans espoir|desespere', /^ (?:plume|lourd|moyen|mouche|coq)\b/],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:ai pris|avale|ai avale) (?:toutes? (?:mes|les)|une boite de|un tube de|plein de|beaucoup de) (?:pilules|cachets|medicaments|comprimes)|(?:ai achete|achete|ai prepare|ai) (?:une|la) corde(?! (?:a sauter|de saut|a linge|d escalade|de guitare|de violon|de piano|pour (?:le|la|l|mon|ma) (?:sport|escalade|linge|bateau|tente|chien|salle)))|noeud coulant|(?:suis|je suis) sur (?:le|un) (?:pont|toit|rebord)(?! pour (?:reparer|nettoyer|installer|regarder|voir|prendre|changer|deneiger|poser|mettre|bosser|travailler|chercher|refaire|verifier))|sauter (?:du|d un|de la|par la) (?:pont|toit|immeuble|fenetre|balcon)|me jeter (?:sous|du|d un|par)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:c est|voici|ceci est) mon dernier message|(?:dis|dire|fais|faire) (?:mes )?adieu(?:x)? a (?:tout le monde|tous|vous)|lettre d adieu|adieu pour toujours'],
  ['SELF_HARM', 'CRISIS', 'SELF', 'me (?:suis )?(?:encore )?(?:scarifie|scarifiee|mutile|mutilee|coupe|coupee|brule|brulee|scarifier|couper les veines)|me fais du mal|me faire du mal|automutilation|scarification', /^ (?:en (?:cuisinant|me rasant|jardinant)|le doigt|les cheveux|avec (?:une feuille|du papier)|par accident|(?:plus|pu|jamais|pas)(?! (?:que|qu|fort|souvent|profond|profondement|encore|de|d|du|des)\b))/],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:veux|vais|envie de) (?:tuer|poignarder|buter|flinguer|frapper) (?:mon|ma|mes|le|la|les|ce|cette|l|tout le monde)', /^ (?:[a-z]+ )?(?:rapport|dossier|devoir|devoirs|dissert|dissertation|projet|exam|examen|partiel|boss|niveau|jeu|game|match|serie|episode|chapitre|powerpoint|ppt|memoire|tableau)\b/],
  // "le PSG va me tuer", "ce match va me tuer de stress": a team, or dying of a feeling, is exasperation.
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'me (?:frappe|frappait|bat|battait|viole|violente|menace|etrangle)|(?<!\\b(?:equipe|club|psg|om|ol|losc|bleus|match|l om|l ol) )(?:va|allait|veut|voulait) me (?:tuer|frapper|buter)|peur de rentrer (?:a la maison|chez moi)', /^ (?:,? )?(?:(?:de|d) (?:rire|stress|honte|ennui|chaud|froid|faim|emotion)|(?:[a-z,]+ ){0,8}(?:match|but|buts|ligue|championnat|coupe|penalty|defaite))\b/],
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:veut|voulait|va|pense a) se (?:suicider|tuer)|s est (?:suicide|tue|scarifie)(?<!\\b(?:journal|journaux|infos|info|actu|actus|actualites|article|reportage|jt|tele|telejournal|faits divers|presse|taux de|cas de|chiffres)\\b[a-z0-9,. ]{0,80})|se scarifie|se fait du mal'],
  ['SUICIDE', 'CRISIS', 'LIFE', 'bientot je ne serai plus la(?= \\.| ,|$| et )'],
  ['SUICIDE', 'CONCERN', 'SELF', 'je suis de trop (?:sur cette terre|dans ce monde|ici)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:cherche|cherchais|recherche) (?:sur (?:internet|google) )?comment (?:me suicider|me tuer|mourir|en finir|se suicider)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:video|message) d adieu(?! (?:[a-z,]+ ){0,8}(?:retraite|demenage|part|mariage|anniversaire))'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'm a enfermee? (?:dans|a)|m enferme (?:dans|a)'],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'je veux qu (?:il|elle) (?:saigne|souffre|creve)'],
  ['SUICIDE', 'CRISIS', 'SELF', 'adieu (?:a )?(?:tout le monde|tous|vous tous)|je (?:te|vous) dis adieu', /^ (?:,? )?(?:a (?:demain|bientot|lundi|plus)|bonne|bon)/],
];

const DE: RuleSource[] = [
  ['SUICIDE', 'CRISIS', 'SELF', '(?:will|mochte|moechte|wurde gern|wuerde gern|mochte gern|will einfach|will nur noch|mochte einfach) (?:nur noch |einfach )?(?:sterben|tot sein)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:mich|mir) (?:[a-z]+ ){0,3}(?:umbringen|umbringe|umzubringen|umbrigen|toten|toeten|tote|toete|das leben nehmen|erhangen|erschiessen|(?:etwas |was )?antun|antue)|bringe? mich (?:[a-z]+ ){0,3}um|(?:werde|will|wurde) mir das leben nehmen'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:denke|gedanken) (?:[a-z]+ ){0,3}(?:an|uber|ueber) (?:selbstmord|suizid|den tod|das sterben)|suizidgedanken|selbstmordgedanken|suizidal|lebensmude|lebensmuede|plane (?:[a-z]+ |, ){0,5}(?:schluss zu machen|mich umzubringen|zu sterben)'],
  ['SUICIDE', 'CONCERN', 'SELF', 'selbstmord|suizid'],
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:will|mochte|moechte|kann) (?:so )?nicht mehr (?:leben|weiterleben)|kein(?:en)? (?:sinn|grund) (?:mehr )?(?:zu leben|weiterzuleben)'],
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:will|mag) (?:einfach )?nicht mehr(?= \\.| ,|$)|niemand (?:wurde|wuerde|wird) mich (?:vermissen|vermisst)|keine (?:kraft|lust) mehr(?: zu leben| zum leben| auf (?:das leben|nichts))?|(?:ware|waere) (?:ich )?(?:lieber )?tot|lieber tot|nicht mehr aufwachen|(?:wird|werde) (?:nie|niemals) besser|kein(?:en)? ausweg|keine hoffnung|kann nicht mehr|halte es nicht mehr aus', /^ \. (?:zur|zum|in die|ins|nach|auf die|in den|arbeiten|lernen) /],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:wunschte|wuenschte|wunsche|wuensche)(?: ,)? (?:ich )?(?:ware|waere) (?:tot|nicht geboren|weg)|(?:will|mochte|moechte) (?:einfach )?verschwinden|besser (?:dran )?ohne mich|(?:eine|nur eine) last|hoffnungslos|dass alles aufhort|dass es aufhort'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:alle|die ganze packung|viele|meine ganzen) (?:meine |meiner |die )?(?:tabletten|pillen|medikamente) (?:[a-z]+ )?(?:genommen|geschluckt)|(?:seil|strick|waffe|pistole) (?:[a-z]+ ){0,2}(?:gekauft|bereit|besorgt)|(?:stehe|sitze|bin) (?:[a-z]+ )?auf (?:der|einer|dem) (?:brucke|bruecke|dach|gleisen|klippe)|(?:will|werde) (?:[a-z]+ ){0,3}(?:springen|mich vor den zug werfen)', /^ (?:stehen geblieben|gewesen|spazieren|gelaufen|gefahren|langgelaufen|langgegangen)\b/],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:tabletten|pillen|medikamente|schlaftabletten) (?:[a-z]+ )?(?:gesammelt|gehortet|gebunkert|versteckt)|sammle (?:[a-z]+ )?(?:tabletten|pillen|schlaftabletten)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:das ist|dies ist|hier ist) meine letzte nachricht|verabschiede mich (?:jetzt )?von (?:allen|euch|dir|allem)|abschiedsbrief|lebt wohl'],
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:mich|mir) (?!beim |aus versehen |versehentlich )(?:[a-z]+ ){0,2}(?:geritzt|ritzen|ritze|verletzt|verletze|verbrannt|geschnitten|schneide|wehtun|weh tun|weh getan)|(?:verletze|ritze|schneide|verbrenne) mich|selbstverletzung', /^ (?:nicht|nie|niemals) (?:selbst|selber|mehr|absichtlich)\b/],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:will|werde|mochte|moechte) (?:[a-z]+ ){0,1}(?:meinen|meine|den|die|ihn|sie|alle) (?:[a-z]+ )?(?:umbringen|toten|toeten|erstechen|erschiessen|verletzen)'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:schlagt|schlaegt|verprugelt|verpruegelt|vergewaltigt|bedroht|wurgt|wuergt|missbraucht) mich|(?:er|sie) (?:[a-z]+ ){0,3}mich (?:umbringt|umbringen|toten|schlagen|umbringen wird)|angst (?:nach hause zu gehen|vor ihm)'],
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:will|mochte|wollte|moechte) sich (?:[a-z]+ )?(?:umbringen|toten|das leben nehmen)|hat sich (?:umgebracht|geritzt|verletzt)|ritzt sich'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:gesucht|gegoogelt|recherchiert|suche) (?:[a-z]+ ){0,3}wie man (?:sich umbringt|stirbt|sich das leben nimmt|sich erhangt|sich toetet|sich totet)'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'wozu (?:noch )?(?:weitermachen|leben|weiterleben)(?= \\.| ,|$)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:abschiedsvideo|abschiedsnachricht|abschiedspost|abschiedsmail)(?! (?:[a-z,]+ ){0,8}(?:rente|ruhestand|umzieht|zieht|kundigt|hochzeit|geburtstag))'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:hat|hatte) mich (?:[a-z]+ ){0,3}eingesperrt|sperrt mich (?:[a-z]+ )?ein'],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'ich will dass (?:er|sie) (?:blutet|leidet|stirbt)'],
  ['SUICIDE', 'CRISIS', 'LIFE', 'bald bin ich nicht mehr da(?= \\.| ,|$| und )'],
  ['SUICIDE', 'CONCERN', 'SELF', 'ich bin (?:hier )?zu viel(?: auf (?:dieser|der) welt)?(?= \\.| ,|$| und )'],
  ['SUICIDE', 'CRISIS', 'LIFE', 'keine (?:lust|kraft) mehr (?:zu leben|auf das leben|auf leben|zum leben)|bringe? ich mich (?:[a-z]+ ){0,3}um|(?:heute|morgen|jetzt|bald) (?:nacht |abend )?(?:bringe|bring|tote|toete) ich mich'],
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:wunschte|wuenschte|wunsche|wuensche)(?: ,)? (?:ich|mir) (?:ich )?(?:ware|waere|war) (?:ich )?(?:(?:nie|niemals)(?: geboren)?|tot|nicht (?:geboren|mehr da|am leben|da))|(?:hat|macht) (?:alles |das (?:alles|leben) |mein leben |das )?(?:keinen|kein) sinn mehr|(?:alles|das leben|mein leben) (?:ist )?(?:so )?sinnlos'],
];

// Round 22 (blind German batch r22a): general German families.
const DE_PLACE = '(?:vom|von der|von dem|von einer|von einem|von nem|vor den|vor einen|vor nen|vor die|vor eine|aus dem|in den|ins) (?:[a-z]+ )?(?:parkhaus|dach|hochhaus|brucke|bruecke|bruke|zug|guterzug|fenster|balkon|turm|klippe|gleis|gleise|gleisen|lkw|laster|s bahn|u bahn|fluss|bahn)';
const DE_PILLS = '(?:tabletten|pillen|medikamente|medis|meds|schlaftabletten|schlafmittel|antidepressiva|ibuprofen|paracetamol|aspirin|lithium|benzos|tavor|diazepam|insulin)';
const DE_R22: RuleSource[] = [
  // Jump or throw oneself: drive before, verb last, or the verb second after a time or condition.
  ['SUICIDE', 'CRISIS', 'SELF', `(?:will|werde|wurde|wuerde|mochte|moechte|plane|vor|nach|uberlege|ueberlege|denke|hab vor|habe vor|entschieden|beschlossen) (?:[a-z,]+ ){0,5}${DE_PLACE} (?:zu )?(?:springen|springn|werfen|schmeissen|zu springen|zu werfen)|${DE_PLACE} (?:zu )?(?:springen|springn|werfen|schmeissen) (?:werde|will|mochte|moechte|wurde|wuerde)|(?:springe|spring) ich (?:[a-z]+ ){0,4}(?:heute|morgen|abend|nacht|wochenende|vom|von der|vor den|runter)`, /^(?: [a-z,]+){0,6} (?:ins wasser|ins becken|fallschirm|bungee|sprungturm|trampolin|schwimmbad|freibad|zehner|see)\b/],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:bin|stehe|steh|sitze|sitz) (?:[a-z]+ )?auf (?:der|einer|dem|nem) (?:brucke|bruecke|bruke|dach|gleisen|klippe)(?: [a-z.,]+){0,4} (?:will|werde|mochte) (?:[a-z]+ ){0,2}(?:springen|springn|runter)'],
  // Overdose taken: a count, half or whole pack, or weeks of medication at once.
  ['SUICIDE', 'CRISIS', 'SELF', `(?:[1-9][0-9]|die halbe|ne halbe|eine halbe|die ganze|ne ganze|eine ganze) (?:[a-z]+ ){0,3}${DE_PILLS} (?:[a-z]+ ){0,2}(?:genommen|geschluckt|reingeworfen|eingeworfen|reingehauen|eingenommen)|(?:halbe|ganze|komplette) (?:packung|schachtel|dose|flasche) (?:[a-z]+ ){0,3}(?:geschluckt|genommen|reingeworfen|eingeworfen)|(?:uberdosis|ueberdosis) (?:[a-z]+ )?(?:genommen|geschluckt)|(?:fur|fuer) (?:zwei|drei|vier|ein paar|mehrere|[0-9]+) (?:wochen|monate|tage) (?:[a-z]+ )?auf einmal (?:[a-z]+ )?(?:genommen|geschluckt|reingeworfen|eingeworfen)`, /^(?: [a-z,]+){0,4} (?:uber den tag|ubers jahr|verteilt|verschrieben)\b/],
  // Lethal amount or height asked.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:welche|wie viel|wieviel) (?:menge|dosis) (?:[a-z]+ ){0,4}(?:ware|waere|ist|sind|waren) (?:todlich|toedlich)|wie (?:hoch|tief) (?:muss|musste|sollte) (?:[a-z]+ ){0,4}sein (?:[a-z,]+ ){0,6}(?:nicht uberlebt|nicht ueberlebt|nicht uberlebe|sicher stirbt|sicher tot)'],
  // Hanging: the means rigged, practised, or judged the quickest.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:seil|strick|kabel|gurtel|guertel|schlinge|schal) (?:[a-z]+ ){0,2}(?:hangt|haengt|ist|hab ich|habe ich) (?:schon |bereits )?(?:festgemacht |befestigt )?(?:am|an der|an dem|an einem|an nem|vom) (?:haken|balken|decke|dachbalken|tur|tuer|turrahmen|tuerrahmen|ast|baum|heizung)|(?:mit dem|mit einem|mit der|mit nem) (?:gurtel|guertel|strick|kabel|schlinge) (?:[a-z]+ )?(?:geubt|geuebt|getestet|ausprobiert)|(?:^|\\. )(?:aufhangen|aufhaengen|erhangen|erhaengen|mich aufhangen|mich aufhaengen|mich erhangen|mich erhaengen|pulsadern aufschneiden|vergiften|ertranken|ertraenken) (?:war|ware|waere|ist) (?:[a-z]+ ){0,2}(?:am schnellsten|am sichersten|am einfachsten|das beste|am besten)|(?:wo|ob) (?:[a-z]+ ){0,3}(?:stabiler|stabile|fester|tragfahiger|tragfaehiger) (?:balken|haken|ast)'],
  // A time said as the end.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:heute nacht|heute abend|heute|morgen|um mitternacht|am wochenende|diese nacht|heut nacht) (?:[a-z]+ ){0,2}(?:ist es vorbei|ist alles vorbei|ist game over|bin ich tot|bin ich nicht mehr da|bin ich weg fur immer)(?! (?:mit|fur|fuer|mit dem|im)\\b)(?!(?: [a-z,.]+){0,6} (?:prufung|pruefung|prufungen|pruefungen|klausur|klausuren|stress|schicht|projekt|umzug|saison|spiel|party|urlaub|ferien|semester|abi|abitur|examen|deadline)\\b)|bis dahin bin ich tot|(?:das datum|der tag|der termin) steht(?: fest)?(?= \\.| ,|$)'],
  // Decided, chat and dialect spellings.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:entschieden|endschieden|entschide|entschlossen|beschlossen) (?:[a-z,]+ ){0,2}(?:zu )?(?:sterben|strerben|sterbn|sterbe|steerben|mich umzubringen|schluss zu machen)|schluss (?:zu )?(?:machen |mache |mach )?mit (?:dem |em |meinem |mim |mein )?(?:leben|labe|laebe|lebn)(?! (?:in|als|auf|im|ohne|von|an|der)\\b)'],
  // Farewell for ever.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:tschuss|tschuess|tschau|ciao|bye|servus|baba|adieu|auf wiedersehen|macht es gut|machts gut|mach s gut|machs gut) (?:[a-z]+ )?(?:fur|fuer) immer'],
  // Self-harm with a burning or cutting tool on the body.
  ['SELF_HARM', 'CRISIS', 'SELF', 'mir (?:gerade |absichtlich |wieder |extra |heute )?mit (?:dem|einem|der|einer|nem|ner) (?:feuerzeug|bugeleisen|buegeleisen|zigarette|kippe|kerze|klinge|rasierklinge|glasscherbe|scherbe) (?:[a-z]+ ){0,2}(?:den |die |das |meinen |meine )?(?:unterarm|arm|arme|hand|handgelenk|haut|bein|beine|oberschenkel|bauch)(?: [a-z]+)? (?:verbrannt|geschnitten|geritzt|aufgeschnitten|aufgeritzt)'],
  // Harm to others: stabbing said as a plan, a knife carried; a baby at risk from the parent.
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:stech|steche|stich) ich (?:ihn|sie|den|die|dem|der) (?:[a-z]+ )?ab|(?:werde|will|wurde) (?:ihn|sie) (?:[a-z]+ )?abstechen|messer (?:[a-z]+ ){0,2}(?:in der tasche|eingesteckt|dabei)(?: [a-z.,]+){0,3} (?:wenn (?:er|sie)|fur (?:ihn|sie|den|die))|(?:meinem|meiner|unserem|unserer|dem) (?:baby|kind|sohn|tochter|saugling|kleinen) (?:[a-z]+ )?(?:etwas|was) (?:antue|anzutun|antun)'],
  // Abuse in progress: a threat and the abuser at the door, locked in, beaten again.
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'bringt (?:er|sie) mich (?:[a-z]+ )?um(?: [a-z.,]+){0,6} (?:er|sie) (?:steht|wartet|ist) (?:[a-z]+ )?(?:vor der tur|vor der tuer|vor der wohnungstur|vor der wohnungstuer|vor dem haus|draussen|unten)|(?:schliesst|schliest|sperrt|schloss) mich (?:[a-z]+ ){0,4}ein(?! (?:in (?:seine|ihre) gebete|in sein herz))|(?:mein|meine) (?:partner|partnerin|mann|freund|freundin|vater|mutter|stiefvater|ex|verlobter) (?:hat|hatte) (?:(?!beim|bei|im)[a-z]+ ){0,2}(?:zugeschlagen|mich geschlagen|mich gewurgt|mich verprugelt)(?: [a-z,]+){0,3} (?:lippe|nase|auge|gesicht|blutet|blut|blauer|veilchen)'],
  // Hopelessness, burden, intrusive death thoughts (CONCERN).
  ['SUICIDE', 'CONCERN', 'SELF', 'wenn ich (?:weg|tot|nicht mehr da) (?:war|ware|waere|wär)(?: ,)? (?:[a-z]+ ){0,3}(?:hatten|haetten|hatte|waren|waeren|ware|waere) (?:[a-z]+ ){0,4}(?:ruhe|besser dran|frei|leichter|erlost)|wie es (?:ware|waere|war) (?:, )?(?:tot zu sein|nicht mehr da zu sein|nicht mehr zu leben|nicht mehr aufzuwachen)|lenkrad (?:einfach )?(?:rumzureissen|umzureissen|herumzureissen|rumreissen|verreissen|zu verreissen)|(?:in den gegenverkehr|gegen (?:einen|den|die|nen) (?:baum|wand|pfeiler|bruckenpfeiler|lkw|laster)) zu (?:fahren|steuern|rasen|lenken)'],
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:meine )?zukunft (?:ist|is) (?:ein )?(?:schwarzes loch|schwarz|leer|nur noch dunkel|sinnlos)|(?:mich|mir) (?:mich )?(?:in|mit) (?:funf|zehn|ein paar|zwei|drei|[0-9]+) jahren (?:gar |uberhaupt |einfach )?nicht (?:mehr )?vorstellen|glaub(?:e)? (?:nich|nicht|ned|nimmer) mehr (?:dran|daran)(?= \\.| ,|$)|egal was ich (?:mach|mache|tue|tu) (?:, )?es (?:bleibt|wird) (?:[a-z]+ )?(?:scheisse|beschissen|schlimmer)|(?:leere|einsamkeit|schmerz|schmerzen|verzweiflung|traurigkeit|dunkelheit) (?:[a-z,]+ ){0,10}(?:kaum|nicht) (?:noch|mehr) (?:aushalte|ertrage|aushalten kann|ertragen kann)', /^ (?:ohne|bis)\b/],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:ware|waere|war|wars|waers) (?:mir )?(?:[a-z]+ ){0,2}(?:recht|egal|lieb|ganz recht) wenn (?:das|der|mein|ein) (?:flugzeug|zug|bus|auto) (?:[a-z]+ ){0,3}(?:absturzt|abstuerzt|entgleist|verunglückt|verungluckt|crasht)'],
  // Someone else's risk reported (CONCERN for others).
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:hat|hatte) gedroht(?: ,)? (?:[a-z,]+ ){0,4}(?:mit (?:einer|der|nem|ner|einem|dem) (?:waffe|pistole|messer|knarre) in die (?:schule|uni|arbeit|klasse)|sich umzubringen|sich was anzutun|sich das leben zu nehmen)|(?:dass|weil) (?:er|sie|jemand) (?:gerade |jetzt )?auf (?:einer|der|dem|nem) (?:brucke|bruecke|dach|gleisen|klippe) (?:steht|sitzt)|(?:hat|hatte) (?:frische )?(?:schnittwunden|ritzwunden|schnitte|brandwunden) (?:an|auf) (?:den|dem|ihren|seinen|ihrem|seinem|beiden) (?:oberschenkeln|oberschenkel|armen|arm|unterarmen|handgelenken|beinen)'],
  // Austrian and Bavarian "nimmer": not wanting to live any more.
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:will|mag|mochte|moechte) (?:so |einfach |halt |echt |eigentlich )?(?:nimmer|nimma) (?:leben|weiterleben|aufwachen)'],
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:will|mag|kann) (?:einfach |halt |echt |wirklich )?(?:nimmer|nimma)(?= \\.| ,|$)'],
  // Means at hand, counted; a will made and things given away.
  ['SUICIDE', 'CRISIS', 'SELF', `(?:alle|genug|die ganze packung|alle meine|meine ganzen) (?:[a-z]+ )?${DE_PILLS} (?:[a-z]+ ){0,3}(?:neben mir|vor mir|in der hand|in meiner hand|bereit|parat|griffbereit)|testament (?:[a-z]+ ){0,2}(?:gemacht|geschrieben|aufgesetzt|fertig)(?: [a-z,]+){0,4} (?:alles|meine sachen|mein zeug|meine ganzen sachen) (?:[a-z]+ )?(?:verschenkt|weggegeben|verteilt)`],
  // Trapped (CONCERN).
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:sitz|sitze|stecke|steck) (?:[a-z]+ )?in der falle(?= \\.| ,|$| und )|(?:komm|komme) (?:da|hier) (?:nie|nimmer|nie mehr|nicht mehr) (?:wieder )?raus(?= \\.| ,|$)|(?:fuhle|fuehle|fuhl|fuehl) mich (?:so |total |wie )?(?:gefangen|eingesperrt) in (?:meinem|diesem|dem) (?:leben|kopf|korper|alltag)'],
  // Throwing oneself in front of a train, lying on the tracks.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:werfe|werf|schmeisse|schmeiss|lege|leg|stelle|stell) (?:ich )?mich (?:[a-z]+ ){0,3}(?:vor den|vor einen|vor nen|vor die|vor eine|vor ein) (?:[a-z]+ )?(?:zug|bahn|s bahn|u bahn|lkw|laster|auto|ice|regionalzug|guterzug)|(?:geh|gehe|leg mich|lege mich|stell mich|stelle mich) (?:jetzt |gleich |heute nacht |heute |nachher )?(?:auf die gleise|auf die schienen|aufs gleis|auf das gleis)'],
  // Tonight it ends ("ich mach heute nacht schluss").
  ['SUICIDE', 'CRISIS', 'SELF', 'ich (?:mach|mache) (?:heute nacht|heut nacht|diese nacht) schluss(?= \\.| ,|$)'],
  // Cut open: arms, wrists, thighs.
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:mir|mich) (?:[a-z]+ ){0,3}(?:die |meine )?(?:arme|arm|pulsadern|handgelenke|handgelenk|unterarme|unterarm|oberschenkel) (?:aufgeschnitten|aufgeritzt|zerschnitten|zerkratzt|aufgekratzt)'],
  // Pills counted and enough.
  ['SUICIDE', 'CRISIS', 'SELF', `${DE_PILLS} (?:[a-z]+ ){0,2}(?:gezahlt|abgezahlt|nachgezahlt)(?: [a-z,]+){0,3} (?:reicht|reichen|genug)`],
  // A burden to all; no light any more (CONCERN).
  ['SUICIDE', 'CONCERN', 'SELF', '(?:bin|ware|waere|war) (?:nur |nur noch |doch nur |einfach |halt )?(?:eine )?(?:belastung|last|burde|buerde) (?:fur|fuer) (?:alle|jeden|meine familie|euch|dich|meine eltern|meine kinder|alle anderen|alle um mich)|(?:sehe|seh) (?:kein licht|keinen sinn|keine zukunft|kein ende) mehr'],
  // Means prepared: charcoal and a sealed room, stones in the pockets.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:grillkohle|holzkohle|kohle|einweggrill) (?:[a-z,]+ ){0,6}(?:dichte|dicht|klebe|kleb) (?:[a-z]+ ){0,3}(?:bad|badezimmer|auto|zimmer|tur|tuer|turen|tueren|fenster|ritzen) ab|(?:grillkohle|holzkohle|einweggrill) (?:[a-z,]+ ){0,6}(?:abdichten|abgedichtet|abkleben|abgeklebt)|(?:steine|steinen) in (?:die|den|meine|meinen) (?:jackentaschen|taschen|manteltaschen|hosentaschen)'],
];

export const FR_RULES = compile(FR);
export const DE_RULES = compile([...DE, ...DE_R22]);
