/**
 * Everyday wording of the warning signs in Spanish, French, German, Portuguese and Italian (folded
 * text, as in crisis-lexicon-core.ts), one family per sign, each written for all five languages:
 * a place already chosen that is a height or rails (C-SSRS "method / plan"), deeds on one's own body
 * (head against a wall, a burn with a cigarette or lighter), being choked by someone (abuse in
 * progress), "it would be easier if I were gone" and "if I died nobody would notice" (passive wish,
 * CONCERN), everyone better off without me (burden, CONCERN); hit or touched by a named adult (abuse), pills
 * stockpiled or laid out, ten or more tablets just taken, insulin stopped on purpose.
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

const GAP = '(?:[a-z]+ |, ){0,5}';
const HEIGHT_ES = '(?:puente|acantilado|edificio|azotea|vias del tren|vias|viaducto|torre|precipicio|barranco|terraza)';
const HEIGHT_PT = '(?:ponte|viaduto|predio|penhasco|falesia|linha do trem|trilhos|torre|terraco|telhado|escarpa)';
const HEIGHT_FR = '(?:pont|falaise|immeuble|toit|voie ferree|rails|tour|viaduc)';
const HEIGHT_DE = '(?:brucke|klippe|hochhaus|dach|gleise|bahngleise|turm|viadukt)';
const HEIGHT_IT = '(?:ponte|scogliera|palazzo|tetto|binari|viadotto|torre|dirupo)';
// "si yo no estuviera en el grupo": a place after the wish makes it about being somewhere, not existing.
const AT_A_PLACE = /^ (?:en|no|na|nos|nas|em|dans|au|aux|a la|in|im|nel|nella|nei|alla|al|bei|auf|an|am|ins|zur|zum|del|do|da|du|con|com|avec|mit) /;
const ARM_ES = '(?:brazo|brazos|pierna|piernas|muneca|munecas|mano|piel|muslo|muslos)';
const ARM_PT = '(?:braco|bracos|perna|pernas|pulso|pulsos|mao|pele|coxa|coxas)';
const ARM_FR = '(?:bras|poignet|poignets|jambe|jambes|main|peau|cuisse|cuisses)';
const ARM_IT = '(?:braccio|braccia|polso|polsi|gamba|gambe|mano|pelle|coscia|cosce)';

const PILLS = '(?:pastillas|pildoras|clonas|clonazepam|rivotril|comprimidos|remedios|pilulas|comprimes|cachets|medocs|medicaments|pilules|tabletten|schlaftabletten|pillen|ibus|pillole|pastiglie|compresse|tachipirina|paracetamol|ibuprofen|ibuprofeno|doliprane|dafalgan)';
const ADULT_ES = '(?:tio|padrastro|primo|abuelo|vecino|profesor|profe|entrenador|jefe|hermanastro)';
// "er hat mich beim schach geschlagen": beaten at a game.
const GAME_AFTER = /^ (?:beim|im|bei|in|auf) /;
const SOURCES: Record<ForeignLanguage, RuleSource[]> = {
  es: [
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `${ADULT_ES} me (?:toca|manosea|toquetea)|me (?:volvio a|vuelve a) (?:pegar|golpear)|me pega (?:cuando|si|siempre|todos los dias)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:tengo guardad[oa]s|vengo juntando|estoy juntando|junte|guarde|escondi) (?:como |unas |unos |mas de |las |los )?(?:[0-9]+ )?${PILLS}|${PILLS}(?: ,)? (?:las|los) vengo juntando|(?:deje|dejo) (?:de ponerme )?(?:la )?insulina (?:a proposito|adrede)`],
    ['SUICIDE', 'CRISIS', 'SELF', `ya (?:tengo|elegi|escogi|encontre|se) (?:el|la) (?:lugar|sitio)(?: [a-z]+)?(?: ,)? ${GAP}${HEIGHT_ES}`],
    ['SELF_HARM', 'CRISIS', 'SELF', `(?:me )?(?:golpee|pegue|di) (?:la cabeza|cabezazos) (?:contra|en) la pared|me queme (?:el|la|los|las) ${ARM_ES} con (?:un |el )?(?:cigarro|cigarrillo|encendedor|mechero)`],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'me (?:apreto|agarro) (?:del|el) cuello (?:hasta|y|anoche|ayer|otra vez)|me (?:intento|quiso) (?:ahorcar|estrangular)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'seria (?:mucho |todo )?mas (?:facil|sencillo|simple) (?:para todos )?si (?:yo )?(?:no estuviera|no existiera|desapareciera|me muriera|me atropellara|no despertara)', AT_A_PLACE],
    ['SUICIDE', 'CONCERN', 'SELF', 'si (?:yo )?(?:me muero|muriera|me muriera|desapareciera) (?:manana |hoy |ahora )?(?:[a-z]+ ){0,2}nadie (?:lo )?(?:notaria|se daria cuenta|notara|me extranaria)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:todos|mi familia|mis hijos|ellos) (?:estarian|vivirian|les iria) mejor (?:sin mi|con otr[oa] (?:mama|madre|papa|padre))|me siento (?:un|una) (?:peso|lastre)'],
  ],
  pt: [
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:tio|padrasto|primo|avo|vizinho|professor|treinador|chefe) me (?:toca|apalpa|bolina)|me bate (?:quando|se|sempre|todo dia|todos os dias)|(?:voltou a|volta a) me bater'],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:tenho guardad[oa]s|venho juntando|to juntando|estou juntando|juntei|guardei|escondi) (?:uns |umas |mais de |os |as )?(?:[0-9]+ )?${PILLS}|tomei (?:tipo |uns |umas |mais de |quase )?[1-9][0-9]+ (?:[a-z]+ )?${PILLS}|(?:parei|deixei) (?:de tomar )?(?:a )?insulina de proposito`],
    ['SUICIDE', 'CRISIS', 'SELF', `ja (?:sei|escolhi|tenho|achei|encontrei) o (?:lugar|sitio|local)(?: [a-z]+)?(?: ,)? ${GAP}${HEIGHT_PT}`],
    ['SELF_HARM', 'CRISIS', 'SELF', `(?:bati|bato|batia) (?:com )?a cabeca (?:na|contra a) parede|queimei (?:o|a|os|as|meu|minha|meus|minhas) ${ARM_PT} com (?:o |um )?(?:cigarro|isqueiro)`],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:apertou me|me apertou|apertou) o pescoco|me (?:enforcou|esganou|sufocou)|(?:enforcou|esganou|sufocou) me'],
    ['SUICIDE', 'CONCERN', 'SELF', 'seria (?:bem |muito |tudo )?mais (?:facil|simples) (?:pra todo mundo |para todos )?se eu (?:simplesmente )?(?:sumisse|nao existisse|morresse|desaparecesse|nao estivesse aqui|nao acordasse)', AT_A_PLACE],
    ['SUICIDE', 'CONCERN', 'SELF', 'se eu (?:morresse|sumisse|morrer) (?:amanha |hoje )?(?:[a-z]+ ){0,2}ninguem (?:ia |iria )?(?:nem )?(?:perceber|notar|sentir falta)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:todo mundo|toda a gente|todos|minha familia|eles) (?:ia|iria|vai|estaria|ficaria|estariam|ficariam) (?:ficar )?melhor sem mim|sinto me (?:um|uma) (?:fardo|peso|estorvo)'],
  ],
  fr: [
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'm a (?:encore |de nouveau |re)?(?:frappe|frappee|tabasse|tabassee|gifle|giflee|cogne|cognee|battu|battue)|(?:oncle|beau pere|cousin|grand pere|voisin|prof|entraineur) me (?:touche|tripote)'],
    ['SUICIDE', 'CRISIS', 'SELF', `j en (?:ai mis|mets) de cote(?: [a-z]+){0,4} au cas ou|(?:j ai mis|je mets|j ai garde|j accumule|j ai accumule) de cote (?:des |mes )?${PILLS}|j ai (?:pris|avale) (?:genre |environ |au moins |presque )?[1-9][0-9]+ (?:[a-z]+ )?${PILLS}|(?:arrete|stoppe) (?:l )?insuline (?:expres|volontairement)`],
    ['SUICIDE', 'CRISIS', 'SELF', `j ai (?:deja )?(?:choisi|trouve|repere) (?:l endroit|le lieu|le coin)(?: ,)? ${GAP}${HEIGHT_FR}`],
    ['SELF_HARM', 'CRISIS', 'SELF', `(?:je me suis )?(?:tape|cogne|frappe) la tete contre (?:le|les) murs?|(?:je me suis )?brule (?:le|les|la) ${ARM_FR} (?:avec|a) (?:une |la |ma )?(?:cigarette|clope|briquet)`],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'm a (?:etrangle|etranglee|serre le cou|pris a la gorge)|me serre le cou'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:ce serait|ca serait) (?:tellement |bien )?plus (?:simple|facile) si (?:je (?:disparaissais|mourais|n etais plus la|n existais pas|ne me reveillais pas)|j etais mort[e]?)', AT_A_PLACE],
    ['SUICIDE', 'CONCERN', 'SELF', 'si je (?:mourais|disparaissais|meurs) (?:demain )?(?:[a-z]+ ){0,2}personne (?:ne )?(?:le )?(?:remarquerait|verrait|s en rendrait compte)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:tout le monde|ma famille|ils|mes enfants) (?:serai(?:en)?t|irai(?:en)?t|vivrai(?:en)?t) mieux sans moi|je (?:suis|me sens) (?:un|comme un) (?:fardeau|poids) pour'],
  ],
  de: [
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:hat|hatte) mich (?:wieder |schon wieder |heute |heut |gestern )?(?:geschlagen|verprugelt|getreten|geboxt)|(?:hat|hatte) mir (?:wieder |schon wieder |heute |heut |gestern )?(?:eine )?(?:geknallt|gescheuert|geklebt|reingehauen)|(?:onkel|stiefvater|cousin|opa|nachbar|lehrer|trainer) (?:fasst|begrapscht) mich', GAME_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', `${PILLS} (?:liegen|sind) (?:schon |jetzt |bereit )?(?:vor mir|neben mir|bereit)|(?:hab|habe) (?:grad |gerade |eben |schon )?[1-9][0-9]+ (?:[a-z]+ )?${PILLS} (?:genommen|geschluckt)|insulin (?:[a-z]+ ){0,3}absichtlich (?:weggelassen|abgesetzt|nicht genommen)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:hab|habe) (?:mir )?(?:schon |jetzt )?(?:den|einen|die) (?:ort|stelle|platz) (?:ausgesucht|gefunden)(?: ,)? ${GAP}${HEIGHT_DE}`],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:den |meinen )?kopf (?:gegen|an) die wand (?:geschlagen|gehauen|geknallt|geschlagen)|(?:arm|arme|haut|handgelenk|handgelenke|bein|beine) mit (?:der|einer) (?:zigarette|kippe|feuerzeug) verbrannt'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:hat )?mich (?:gewurgt|gewuergt)|wurgt mich'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:es )?ware (?:so viel |viel |alles )?einfacher(?: ,)? wenn ich (?:nicht mehr da|tot|weg) (?:ware|waere)', AT_A_PLACE],
    ['SUICIDE', 'CONCERN', 'SELF', 'wenn ich (?:morgen )?(?:sterben wurde|sterbe|tot ware|verschwinden wurde)(?: ,)? (?:[a-z]+ ){0,3}(?:niemand|keiner) (?:merken|bemerken|vermissen|merkt|wurde)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:alle|meine familie|meine kinder) (?:waren|waeren|hatten es) (?:ohne mich )?besser(?: dran)? ohne mich|ich bin (?:nur )?(?:eine )?(?:last|belastung) fur (?:alle|meine)'],
  ],
  it: [
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:zio|patrigno|cugino|nonno|vicino|prof|professore|allenatore) mi (?:tocca|palpa)|mi (?:mena|picchia|prende a (?:schiaffi|pugni|calci)) (?:se|quando|sempre|ogni)|mi ha (?:di nuovo |ancora )?(?:picchiat[oa]|menat[oa])'],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:ho )?(?:tutte )?le ${PILLS} (?:[a-z]+ ){0,3}(?:contate|davanti a me)|(?:sto mettendo|ho messo) da parte (?:le )?${PILLS}|ho (?:preso|ingoiato|mandato giu) (?:tipo |circa |almeno |quasi )?[1-9][0-9]+ (?:[a-z]+ )?${PILLS}|(?:smesso di fare|saltato) (?:l )?insulina apposta|mi butto sotto (?:il|un|al) (?:treno|regionale|intercity|frecciarossa|tram|metro|camion|pullman)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:ho (?:gia )?(?:scelto|trovato)|so gia) (?:il|un) (?:posto|punto|luogo)(?: ,)? ${GAP}${HEIGHT_IT}`],
    ['SELF_HARM', 'CRISIS', 'SELF', `(?:sbattuto|sbatto|battuto|picchiato) la testa (?:contro|al|sul) (?:il )?muro|mi sono bruciat[oa] (?:il|la|le|i) ${ARM_IT} con (?:la |una )?(?:sigaretta|accendino)`],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', 'mi ha (?:stretto il collo|strangolat[oa]|preso per il collo)|mi stringe il collo'],
    ['SUICIDE', 'CONCERN', 'SELF', 'sarebbe (?:tutto |molto )?piu (?:facile|semplice) se (?:io )?(?:non ci fossi|sparissi|morissi|non esistessi|non mi svegliassi)', AT_A_PLACE],
    ['SUICIDE', 'CONCERN', 'SELF', 'se (?:io )?(?:morissi|sparissi|muoio) (?:domani )?(?:[a-z]+ ){0,2}nessuno (?:se ne )?(?:accorgerebbe|noterebbe)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:tutti|la mia famiglia|i miei figli) (?:starebbero|vivrebbero) meglio senza di me'],
  ],
};

/** The everyday-wording rules per language, run with the phrase lexicons. */
export const EVERYDAY_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = compileByLanguage(SOURCES);
