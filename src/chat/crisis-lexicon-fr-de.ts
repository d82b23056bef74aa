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
  ['SUICIDE', 'CRISIS', 'SELF', '(?:vais|veux|compte) (?:prendre|avaler) (?:toutes? (?:mes|les)|la boite|le tube|toute la boite) (?:de )?(?:pilules|cachets|medicaments|comprimes|somniferes)?|(?:garde|cache|accumule|mis de cote) (?:des |mes )?(?:pilules|cachets|medicaments|comprimes)'],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:aimerais|voudrais|prefererais) (?:etre mort|disparaitre|ne pas exister|ne jamais etre ne)|(?:voudrais|veux) disparaitre|mieux sans moi|(?:suis|etre) un (?:fardeau|poids)|(?:me sens|suis) (?:piege|pieg|coince)|sans espoir|desespere', /^ (?:plume|lourd|moyen|mouche|coq)\b/],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:ai pris|avale|ai avale) (?:toutes? (?:mes|les)|une boite de|un tube de|plein de|beaucoup de) (?:pilules|cachets|medicaments|comprimes)|(?:ai achete|achete|ai prepare|ai) (?:une|la) corde|noeud coulant|(?:suis|je suis) sur (?:le|un) (?:pont|toit|rebord)|sauter (?:du|d un|de la|par la) (?:pont|toit|immeuble|fenetre|balcon)|me jeter (?:sous|du|d un|par)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:c est|voici|ceci est) mon dernier message|(?:dis|dire|fais|faire) (?:mes )?adieu(?:x)? a (?:tout le monde|tous|vous)|lettre d adieu|adieu pour toujours'],
  ['SELF_HARM', 'CRISIS', 'SELF', 'me (?:suis )?(?:encore )?(?:scarifie|scarifiee|mutile|mutilee|coupe|coupee|brule|brulee|scarifier|couper les veines)|me fais du mal|me faire du mal|automutilation|scarification', /^ (?:en (?:cuisinant|me rasant|jardinant)|le doigt|les cheveux|avec (?:une feuille|du papier)|par accident)/],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:veux|vais|envie de) (?:tuer|poignarder|buter|flinguer|frapper) (?:mon|ma|mes|le|la|les|ce|cette|l|tout le monde)'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'me (?:frappe|frappait|bat|battait|viole|violente|menace|etrangle)|(?:va|allait|veut|voulait) me (?:tuer|frapper|buter)|peur de rentrer (?:a la maison|chez moi)'],
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:veut|voulait|va|pense a) se (?:suicider|tuer)|s est (?:suicide|tue|scarifie)|se scarifie|se fait du mal'],
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
  ['SUICIDE', 'CRISIS', 'SELF', '(?:alle|die ganze packung|viele|meine ganzen) (?:meine |meiner |die )?(?:tabletten|pillen|medikamente) (?:[a-z]+ )?(?:genommen|geschluckt)|(?:seil|strick|waffe|pistole) (?:[a-z]+ ){0,2}(?:gekauft|bereit|besorgt)|(?:stehe|sitze|bin) (?:[a-z]+ )?auf (?:der|einer|dem) (?:brucke|bruecke|dach|gleisen|klippe)|(?:will|werde) (?:[a-z]+ ){0,3}(?:springen|mich vor den zug werfen)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:tabletten|pillen|medikamente|schlaftabletten) (?:[a-z]+ )?(?:gesammelt|gehortet|gebunkert|versteckt)|sammle (?:[a-z]+ )?(?:tabletten|pillen|schlaftabletten)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:das ist|dies ist|hier ist) meine letzte nachricht|verabschiede mich (?:jetzt )?von (?:allen|euch|dir|allem)|abschiedsbrief|lebt wohl'],
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:mich|mir) (?!beim |aus versehen |versehentlich )(?:[a-z]+ ){0,2}(?:geritzt|ritzen|ritze|verletzt|verletze|verbrannt|geschnitten|schneide|wehtun|weh tun|weh getan)|(?:verletze|ritze|schneide|verbrenne) mich|selbstverletzung'],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:will|werde|mochte|moechte) (?:[a-z]+ ){0,1}(?:meinen|meine|den|die|ihn|sie|alle) (?:[a-z]+ )?(?:umbringen|toten|toeten|erstechen|erschiessen|verletzen)'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:schlagt|schlaegt|verprugelt|verpruegelt|vergewaltigt|bedroht|wurgt|wuergt|missbraucht) mich|(?:er|sie) (?:[a-z]+ ){0,3}mich (?:umbringt|umbringen|toten|schlagen|umbringen wird)|angst (?:nach hause zu gehen|vor ihm)'],
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:will|mochte|wollte|moechte) sich (?:[a-z]+ )?(?:umbringen|toten|das leben nehmen)|hat sich (?:umgebracht|geritzt|verletzt)|ritzt sich'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:gesucht|gegoogelt|recherchiert|suche) (?:[a-z]+ ){0,3}wie man (?:sich umbringt|stirbt|sich das leben nimmt|sich erhangt|sich toetet|sich totet)'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'wozu (?:noch )?(?:weitermachen|leben|weiterleben)(?= \\.| ,|$)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:abschiedsvideo|abschiedsnachricht)(?! (?:[a-z,]+ ){0,8}(?:rente|ruhestand|umzieht|zieht|kundigt|hochzeit|geburtstag))'],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:hat|hatte) mich (?:[a-z]+ ){0,3}eingesperrt|sperrt mich (?:[a-z]+ )?ein'],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'ich will dass (?:er|sie) (?:blutet|leidet|stirbt)'],
  ['SUICIDE', 'CRISIS', 'LIFE', 'bald bin ich nicht mehr da(?= \\.| ,|$| und )'],
  ['SUICIDE', 'CONCERN', 'SELF', 'ich bin (?:hier )?zu viel(?: auf (?:dieser|der) welt)?(?= \\.| ,|$| und )'],
  ['SUICIDE', 'CRISIS', 'LIFE', 'keine (?:lust|kraft) mehr (?:zu leben|auf das leben|auf leben|zum leben)|bringe? ich mich (?:[a-z]+ ){0,3}um|(?:heute|morgen|jetzt|bald) (?:nacht |abend )?(?:bringe|bring|tote|toete) ich mich'],
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:wunschte|wuenschte|wunsche|wuensche)(?: ,)? (?:ich|mir) (?:ich )?(?:ware|waere|war) (?:ich )?(?:(?:nie|niemals)(?: geboren)?|tot|nicht (?:geboren|mehr da|am leben|da))|(?:hat|macht) (?:alles |das (?:alles|leben) |mein leben |das )?(?:keinen|kein) sinn mehr|(?:alles|das leben|mein leben) (?:ist )?(?:so )?sinnlos'],
];

export const FR_RULES = compile(FR);
export const DE_RULES = compile(DE);
