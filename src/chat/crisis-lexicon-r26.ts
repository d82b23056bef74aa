/**
 * The round 26 families for French, German, Spanish and Portuguese (dictated messages without punctuation,
 * Québec, Swiss and Rioplatense forms, SMS spelling, the risk said late in an ordinary message), read by
 * crisis-foreign.ts after the round 25 rules.
 * Patterns run on folded text (no accents, lower case, apostrophes as spaces, "ß" as "ss", "ü" as "u").
 * Twins in tests/unit/crisis-r26.test.ts.
 * - a farewell for good ("chau para siempre", "tschüss für immer"), thanks with "the last time we speak",
 *   and a countdown with a goodbye ("in einer Stunde ist es vorbei, tschüss an alle");
 * - being on the tracks when the train comes ("eu vou estar nos trilhos", "les trains qui passent près de
 *   chez moi … j'y serai");
 * - going up to a high place "and then it will be over"; "there will be no more me";
 * - an overdose taken "to sleep for ever"; all my pills taken, in Swiss German;
 * - a ligature tied to a door or a beam ("den Gürtel an der Tür festgemacht");
 * - affairs settled: debts paid and the will made;
 * - a self-harm relapse ("je me suis recoupée");
 * - shaking a baby, and the fear of hurting one's baby;
 * - CONCERN: tired of existing / of life (elided French, Swiss German), wanting to just disappear (German and
 *   Swiss, verb last too), "if I died nobody would notice", indifference to a bus running me over;
 * - someone else's risk: a third person cutting themselves ("tá se cortando"), said they would throw
 *   themselves under the metro, Swiss "er wöll sich öppis aatue".
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

// A goodbye to a habit, a thing or a place, or a goodbye with "see you": not a farewell to life.
const FAREWELL_OBJECT_AFTER = /^ (?:,? )?(?:a|al|a la|a los|a las|ao|aos|as|au|aux|a l|an|den|dem|der|die|das|mi|mis|meu|minha|mon|ma|mes|tabaco|cigarro|cigarrillo|cigarros|cigarette|clope|zigarette|zigaretten|alcohol|alcool|alkohol|ese|esa|esse|essa|ce|cette|twitter|instagram|facebook|tiktok|whatsapp)\b/;
const SEE_YOU_AFTER = /^ (?:,? )?(?:et |e |y |und )?(?:bom|bon|bonne|bonnes|buen|buena|buenas|boas|boa|schones|schoenes|bis|frohe|feliz|joyeux|joyeuses|a demain|a lundi|ate amanha|ate segunda|hasta manana|hasta el lunes|hasta luego|nos vemos|on se voit|wir sehen uns)\b/;
// "c'est la dernière fois qu'on se parle avant les vacances": an ordinary last session.
const LAST_TIME_AFTER = /^ (?:,? )?(?:avant|de l annee|cette annee|ce mois|cette semaine|en seance|au cabinet|ici|puisque|parce que|car|vu que|comme (?:vous|tu))\b/;
// A chore on the roof or a hike to the top: what follows says it.
const CHORES = '(?!reparer|poser|nettoyer|installer|ranger|peindre|changer|verifier|chercher|prendre|regarder|voir|fumer|bronzer|manger|boire|photographier|arroser|etendre|faire)';
// "une tisane, j'y serai habituée": the train one takes, or a thing one gets used to.
const TRAIN_AFTER = /^ (?:,? )?(?:a l heure|habitue|habituee|en avance|pour (?:le|la|les|mon|ma)|avec|au boulot|au travail|a la gare)\b/;
// "testament vital", "with the notary": paperwork, not a farewell.
const WILL_AFTER = /^ (?:vital|biologico|biologique|con el notario|con la notaria|com o notario|no cartorio|chez le notaire|beim notar|patientenverfugung)\b/;
// Leaving a group, a room or a place: "verschwinden aus dem meeting".
const DE_PLACE_AFTER = /^ (?:,? )?(?:aus|von|vom|vo|us|in|ins|im|nach|unter|hinter|auf|zum|zur|fur|fuer|bevor|wenn|mit|vor dem|vor der)\b/;
// Objects of a cut that are chores or hair.
const CUT_AFTER =
  /^ (?:o cabelo|a franja|as unhas|o dedo|com papel|com a folha|le doigt|les cheveux|la frange|les ongles|el pelo|el flequillo|las unas|el dedo|die haare|den finger)\b|^(?: [a-z,]+){0,6} (?:sem querer|sin querer|por acidente|por accidente|par accident|aus versehen|cozinhando|cocinando|na cozinha|en la cocina|beim kochen|en cuisinant)\b/;
// "je me suis recoupé une part de gâteau": another slice, not another cut.
const FR_RECUT_AFTER = /^ (?:(?:une?|du|de la|des|d|encore une?|une autre|un autre) (?!fois\b)|les cheveux|la frange|les ongles|le doigt|les pointes)/;
// "dijo que se iba a tirar a la piscina": a jump into water, a bed, a parachute.
const JUMP_INTO_AFTER = /^ (?:na|no|a la|al|en la|en el|de|do|da|ao|a) (?:piscina|mar|agua|rio|lago|cama|sofa|paraquedas|paracaidas|bungee|trampolim|trampolin|bracos|brazos|cabeca|cabeza)\b/;

const R26: Record<ForeignLanguage, readonly RuleSource[]> = {
  es: [
    // A farewell for good: "chau para siempre", "adiós para siempre".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:chau|chao|adios|bye|ciao) (?:para siempre|pa siempre)', FAREWELL_OBJECT_AFTER],
    // A countdown with a goodbye: "en una hora se acaba todo, chau a todos".
    ['SUICIDE', 'CRISIS', 'SELF', 'en (?:una|1|dos|2|unas|un par de|media) (?:hora|horas|minutos|min) (?:se acaba todo|se termina todo|todo habra terminado|todo se acaba|ya no voy a estar|ya no estare|ya no voy a estar aca|ya no voy a estar aqui)(?: \\.| ,)? (?:[a-z]+ ){0,2}(?:chau|chao|adios|bye) (?:a todos|a todas|gente|a todo el mundo)', SEE_YOU_AFTER],
    // Affairs settled: the debts paid and the will made.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:pague|salde|liquide|cancele) (?:todas )?(?:las|mis) deudas(?: [a-z,]+){0,4} (?:deje|hice|escribi|firme|redacte) (?:el|mi) testamento', WILL_AFTER],
    // An overdose taken "to sleep for ever".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:tome|me tome|trague|me trague) (?:lo necesario|lo que hacia falta|lo que hace falta|suficiente|suficientes pastillas|todo lo necesario) para (?:dormir para siempre|no despertar(?: nunca)?(?: mas)?|no despertarme|no volver a despertar|acabar con todo)'],
    // On the tracks: "voy a estar en las vías", "me voy a acostar en las vías".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:voy a estar|me voy a (?:acostar|tirar|poner|parar)|me (?:acuesto|tiro|pongo)|voy a (?:acostarme|tirarme|ponerme|pararme)) (?:ahi |alla )?(?:en|sobre|entre) las vias(?: del tren)?'],
    // A ligature tied: "el cinturón ya atado a la puerta".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:el|mi) (?:cinturon|cable|cinto|lazo|soga) (?:ya )?(?:atado|amarrado|colgado|sujeto) (?:a|en|de) (?:la|el) (?:puerta|viga|barra|picaporte|manija|ropero|techo)'],
    // Shaking a baby.
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:sacudi|zarandee|sacudo|zarandeo|acabo de sacudir|acabo de zarandear) (?:al|a mi|a la|a) (?:bebe|nene|nena|bebito|bebita|hijo|hija) (?:con fuerza|fuerte|muy fuerte)'],
    ['HARM_TO_OTHERS', 'CONCERN', 'SELF', 'miedo de (?:lastimar|hacerle dano a|pegarle a|sacudir) (?:a )?(?:mi|el|la) (?:bebe|nene|nena|hijo|hija)'],
    // Someone else cutting themselves.
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:se esta|se anda|se sigue) (?:cortando|lastimando|autolesionando|quemando)|(?:esta|anda|sigue) (?:cortandose|lastimandose|autolesionandose|quemandose)', CUT_AFTER],
    // Someone else said they would throw themselves off, under a train.
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:dijo|conto|escribio|amenazo|dice|me dijo) (?:que )?(?:se iba a|se va a) (?:matar|tirar|suicidar|colgar|aventar)', JUMP_INTO_AFTER],
  ],
  pt: [
    // A farewell for good: "tchau pra sempre", "adeus para sempre".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:tchau|tchao|xau|adeus|bye) (?:para sempre|pra sempre)', FAREWELL_OBJECT_AFTER],
    // A countdown with a goodbye.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:em|daqui a|daqui) (?:uma|1|duas|2|meia) (?:hora|horas|minutos|min) (?:acaba tudo|tudo acaba|tudo vai acabar|nao vou mais estar aqui|ja nao vou estar aqui|nao vou estar mais aqui)(?: \\.| ,)? (?:[a-z]+ ){0,2}(?:tchau|adeus|bye|xau) (?:a todos|pra todos|gente|galera)', SEE_YOU_AFTER],
    // Affairs settled.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:paguei|quitei) (?:todas )?(?:as|minhas) dividas(?: [a-z,]+){0,4} (?:fiz|deixei|escrevi|assinei) (?:o|meu) testamento', WILL_AFTER],
    // An overdose taken "to sleep for ever".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:tomei|engoli) (?:o necessario|o que precisava|o suficiente|tudo o que precisava|remedio suficiente) (?:para|pra) (?:dormir (?:para|pra) sempre|nao acordar(?: nunca)? mais|nunca mais acordar|acabar com tudo)'],
    // On the tracks when the train passes: "o trem passa às 23h, vou estar nos trilhos".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:vou|vo|eu vou) (?:me )?(?:deitar|jogar|ficar|deitar me) (?:la )?(?:nos|nas|em cima dos|no meio dos) (?:trilhos|carris|linhas do trem)|(?:trem|comboio|metro)(?: [a-z0-9,.]+){0,10} (?:vou estar|vou ficar|estarei|eu vou estar|eu vou ficar) (?:la )?(?:nos|nas|em cima dos|no meio dos) (?:trilhos|carris|linhas)'],
    // A ligature tied.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:o|meu) (?:cinto|cabo|fio|lencol) (?:ja )?(?:amarrado|preso|pendurado) (?:na|no) (?:porta|viga|macaneta|teto|guarda roupa)'],
    // Shaking a baby; the fear of hurting one's baby.
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:sacudi|chacoalhei|acabei de sacudir|acabei de chacoalhar|to sacudindo) (?:o|a|meu|minha|o meu|a minha) (?:bebe|nenem|filho|filha) (?:com (?:muita )?forca|forte)|(?:bebe|nenem)(?: (?!frasco|mamadeira|garrafa|tapete|lencol|chocalho|pote|roupa|toalha|cobertor|travesseiro|brinquedo)[a-z,.]+){0,12} (?:sacudi|chacoalhei|acabei de sacudir|acabei de chacoalhar) (?:ele|ela) (?:com (?:muita )?forca|forte)'],
    ['HARM_TO_OTHERS', 'CONCERN', 'SELF', 'medo de (?:machucar|bater (?:no|na)|sacudir|fazer mal (?:ao|a|pro|pra)) (?:o |a )?(?:meu|minha|o|a) (?:bebe|nenem|filho|filha)'],
    // Someone else cutting themselves: "meu filho tá se cortando".
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:ta|esta|anda|vive|tava|estava|andava) se (?:cortando|machucando|mutilando|ferindo|queimando|arranhando)', CUT_AFTER],
    // Someone else said they would throw themselves under the metro.
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:falou|disse|contou|escreveu|ameacou|diz|fala|me disse|me falou) (?:que )?(?:ia|vai|iria|queria|quer) se (?:jogar|matar|enforcar|suicidar|atirar)', JUMP_INTO_AFTER],
  ],
  fr: [
    // Thanks, and "the last time we speak".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:merci pour tout|merci de tout|prenez soin de vous|prends soin de toi)(?: [a-z,.]+){0,14} (?:c est|ce sera|c sera) la derniere fois (?:qu on se (?:parle|parlera|voit|verra|ecrit)|que je vous (?:parle|ecris)|que je t (?:ecris|parle)|que vous m entendez|que tu m entends)', LAST_TIME_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:c est|ce sera) la derniere fois (?:qu on se (?:parle|voit|ecrit)|que je vous (?:parle|ecris)|que je t (?:ecris|parle))(?: ,| \\.)? (?:[a-z,.]+ ){0,4}(?:merci pour tout|prenez soin de vous|prends soin de toi|adieu|je vous aime|je t aime)'],
    // A farewell for good; a countdown with a goodbye.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:adieu|salut|bye|ciao) (?:pour toujours|pour de bon)', FAREWELL_OBJECT_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', 'dans (?:une|1|deux|2|quelques|une demi) (?:heure|heures|minutes|min|h) (?:tout sera fini|ce sera fini|ce sera termine|tout sera termine|je serai plus la|je ne serai plus la|c est fini)(?: \\.| ,)? (?:[a-z]+ ){0,2}(?:adieu|au revoir|bye|salut|ciao) (?:a tous|tout le monde|a toutes|les gens|a vous)', SEE_YOU_AFTER],
    // On the tracks: the trains passing near home, "j'y serai"; "je serai sur les rails".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:trains?|rer|tgv|ter|metros?|trams?) qui passent? (?:pas loin|pres|a cote|juste a cote|derriere|devant|en bas) de chez moi(?: [a-z0-9,.]+){0,14} (?:j y serai|jy serai|je serai (?:la|dessus|sur les (?:rails|voies))|j y vais|je vais y aller)', TRAIN_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:je serai|je vais m allonger|je vais me coucher|je m allonge|je me couche|je vais me mettre|je me mets) (?:sur|entre) les (?:rails|voies)'],
    // Going up to a high place, "and then it will be over".
    ['SUICIDE', 'CRISIS', 'SELF', `(?:je monte|j monte|jmonte|je vais monter|je grimpe|je vais grimper|je vais aller) (?:sur le toit|sur le pont|sur la falaise|au dernier etage|sur le balcon|sur la tour|tout en haut|en haut)(?: ${CHORES}[a-z,.]+){0,6} (?:et )?(?:apres|ensuite|puis|et) (?:ce sera|tout sera|ca sera|c sera|c est) (?:fini|termine|la fin)(?= \\.| ,|$)`],
    // "There will be no more me."
    ['SUICIDE', 'CRISIS', 'SELF', '(?:il n y aura|n y aura|il y aura|y aura|yaura) (?:plus|pu) (?:de )?moi', /^ (?:,? )?(?:dans|au|a la|sur|en|pour|ici|a|chez|au bureau|qu|que)\b/],
    // An overdose taken "to sleep for ever".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:j ai|jai|g|j) (?:pris|avale|bu) (?:ce qu il (?:faut|fallait)|tout ce qu il (?:faut|fallait)|de quoi|assez|ce qui faut|ce qui fallait) (?:pour )?(?:dormir pour toujours|ne plus (?:me )?reveiller|ne jamais (?:me )?reveiller|ne pas me reveiller|en finir|partir pour de bon)'],
    // Affairs settled.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:paye|regle|rembourse) (?:toutes )?mes dettes(?: [a-z,]+){0,4} (?:fait|ecrit|redige|signe|prepare) mon testament', WILL_AFTER],
    // A self-harm relapse: "je me suis recoupée".
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:me suis|m suis|jme suis|me) (?:recoupe|recoupee|re coupe|re coupee|rescarifie|rescarifiee|re scarifie|re scarifiee|remutile|remutilee|rebrule|rebrulee)', FR_RECUT_AFTER],
    // Shaking a baby.
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:j ai secoue|jai secoue|je secoue|je viens de secouer) (?:mon|ma|le|la|notre) (?:bebe|fils|fille|petit|petite) (?:fort|tres fort|violemment|comme un prunier|de toutes mes forces)'],
    ['HARM_TO_OTHERS', 'CONCERN', 'SELF', 'peur de (?:faire du mal a|blesser|secouer|frapper) (?:mon|ma|le|la|notre) (?:bebe|fils|fille)'],
    // CONCERN: tired of existing, elided; "if I died nobody would notice".
    ['SUICIDE', 'CONCERN', 'SELF', '(?:fatigue|fatiguee|tanne|tannee|epuise|epuisee|las|lasse) (?:d exister|d etre en vie|d etre vivante?)', /^ (?:pour|aux yeux|dans|sur|a travers)\b/],
    ['SUICIDE', 'CONCERN', 'SELF', 'si (?:je|j|jme|je me|j me) ?(?:crevais|mourais|disparaissais|claquais|tuais|suicidais|y restais|jcrevais)(?: demain| ce soir| maintenant| aujourd hui)?(?: ,)? (?:personne|pas grand monde|nul) (?:ne )?(?:le |s en |me )?(?:remarquerait|verrait|rendrait compte|regretterait|pleurerait|soucierait|manquerait)'],
    // Someone else cutting themselves.
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:il|elle) (?:se scarifie|se mutile|recommence a se (?:couper|scarifier|mutiler)|se coupe (?:les bras|les poignets|les cuisses|encore|expres))'],
  ],
  de: [
    // A farewell for good; a countdown with a goodbye.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:tschuss|tschus|tschau|ciao|adieu|bye|lebwohl|lebt wohl) (?:fur immer|fuer immer|auf immer)', FAREWELL_OBJECT_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', 'in (?:einer|1|ner|zwei|2|drei|ein paar|wenigen|einer halben) (?:stunde|stunden|minuten|std|min) (?:ist (?:es|alles) vorbei|bin ich weg|bin ich nicht mehr da|ist es aus)(?: \\.| ,)? (?:[a-z]+ ){0,2}(?:tschuss|tschus|tschau|ciao|adieu|bye|lebt wohl|machts gut|macht s gut|macht es gut) (?:an alle|zusammen|ihr alle|leute|allerseits)', SEE_YOU_AFTER],
    // A ligature tied to a door or a beam.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:den|meinen|nen|n|das|ein|einen|min|de|mis) (?:gurtel|guertel|strick|kabel|schal|seil|ladekabel|gurt) (?:[a-z]+ ){0,2}(?:an der|an die|an den|an dem|am|um die|um den) (?:tur|tuer|turklinke|tuerklinke|turrahmen|tuerrahmen|balken|dachbalken|haken|heizung|stange|rohr|gelander|treppengelander|kleiderstange) (?:festgemacht|festgebunden|angebunden|befestigt|geknotet|gebunden|fest gemacht)'],
    // On the tracks.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ich (?:leg|lege|stell|stelle) mich|i leg mi|i stell mi) (?:heute |heut |gleich |nachher |dann )?(?:auf|vor|zwischen) die (?:gleise|schienen)|(?:ich werde|ich werd|i wird) (?:heute |heut |nachher )?(?:auf|zwischen) den (?:gleisen|schienen) (?:sein|liegen|stehen)'],
    // Affairs settled.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:schulden|rechnungen) (?:alle )?(?:bezahlt|beglichen|abbezahlt)(?: [a-z,]+){0,4} testament (?:gemacht|geschrieben|aufgesetzt|unterschrieben)', WILL_AFTER],
    // All my pills taken, in Swiss German: "ich ha all mini Tablette gno".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ha|han|hani|hanig|hend|hab) (?:all|alli|au|aui|alle) (?:mini|mine|mis|mi|meine) (?:tablette|tabletten|pille|pillen|medis|medi|schlaftablette|schlaftabletten|medikament|medikamente) (?:gno|gnoh|gnoo|gnomme|gschluckt|ignoh|ignoo|gschluckt)', /^ (?:,? )?(?:wie|wo|wa|nach|fur|fuer|vom|vo|zum|am morge|am morgen|hut morge)\b/],
    // Shaking a baby.
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:hab|habe|ha) (?:mein|das|unser|min|s) (?:baby|kind|bebe|chind) (?:[a-z]+ )?(?:heftig|fest|stark|doll|richtig|grob) (?:geschuttelt|geschuettelt|gschuttlet|gschuttelt)'],
    // CONCERN: a bus running me over would not matter; tired of life in Swiss German.
    ['SUICIDE', 'CONCERN', 'SELF', '(?:war|waer|waere|ware|wars) (?:mir |es mir )?(?:eigentlich |ehrlich gesagt |ja |echt |total |voll |irgendwie )?(?:egal|recht|wurscht|wurst)(?: ,)? (?:wenn|falls|dass) (?:mich (?:[a-z]+ ){0,2}(?:ein|der|nen|n|einer|eine|die) (?:bus|auto|zug|lkw|laster|tram|strassenbahn|blitz|krankheit|unfall) (?:uberfahrt|ueberfahrt|uberfahren|ueberfahren|erwischt|erwischen|totet|toetet|zerquetscht|uberrollt|ueberrollt)|ich (?:[a-z]+ ){0,2}(?:tot (?:war|waer|waere|ware|bin)|sterben wurde|sterben wuerde|sterbe|nicht mehr aufwache))'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:mued|muede|mud|mude|muad|muede) (?:vom|vo|von) (?:labe|laebe|leben|lebe)', /^ (?:,? )?(?:in|auf|mit|als|im|hier|dort)\b/],
    // CONCERN: wanting to just disappear, Swiss and verb last.
    ['SUICIDE', 'CONCERN', 'SELF', '(?:(?:wott|wot|will|mocht|mochte|moechte|wurd|wuerd|wurde|wuerde) (?:i |ich )?(?:am liebsten )?(?:eifach|afach|einfach|nur|nume|numme) (?:noch )?(?:verschwinde|verschwinden)|dass (?:ich|i) (?:einfach|eifach|nur) (?:verschwinden|verschwinde) (?:will|mochte|moechte|wurde|wuerde|wott))', DE_PLACE_AFTER],
    // Someone else: Swiss "er wöll sich öppis aatue"; "sie ritzt sich".
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:woll|wolle|wott|well|will|wolli|welle|mocht|mochte|moechte) sich (?:oppis|ebbis|ebis|epis|was|etwas) (?:aatue|atue|antue|antun|aatua|atua)'],
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:er|sie) (?:ritzt sich|ritzt sich wieder|verletzt sich selbst|schneidet sich (?:die arme|wieder|absichtlich))'],
  ],
  it: [],
};

/** The round 26 rules per language, run after the round 25 rules. */
export const R26_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = compileByLanguage(R26);
