/**
 * Preparation, acts under way and passive wishes in Spanish, French, German, Portuguese and Italian
 * (folded text, as in crisis-lexicon-core.ts), each family written for all five languages after 988's
 * warning signs ("giving away prized possessions, putting affairs in order, looking for a way") and the
 * C-SSRS items on preparatory behaviour and passive ideation:
 * - giving one's things away "I won't need them any more / where I'm going", a pet left "for ever" and
 *   the appointments cancelled, a will written with the passwords left for someone;
 * - a crash meant to "look like an accident"; pills with a bottle of spirits one sits in front of;
 *   "tonight I take them all"; searching a lethal dose; "this is the last thing I write";
 * - a blade in one's hand "I want to cut", a cut that will not stop bleeding;
 * - harm to others with the weapon ready; abuse under way (threatened with a knife, locked in the bathroom);
 * - CONCERN: thinking of death "as a rest", of "not being here"; not caring whether one lives or dies;
 *   disappearing for ever; wishing a bus would run one over; giving things away "nothing matters";
 *   disappointed to wake up still here; not eating "I deserve it";
 * - affairs settled "so nobody has to worry", passwords left "for when I'm gone", the keys in the
 *   letterbox and "the rest of my things is for my brother"; said goodbye to everyone, "only the last step left";
 * - at a bridge over the tracks, "in an hour I go to the bridge"; the dog left "because I can't any more"; the PIN left
 *   "if I don't answer"; hitting oneself until bruised; CONCERN: no way out, wanting to disappear again;
 * - reports about someone else (OTHER): said they would jump, take all their medicines, said goodbye to everyone.
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

const ANY = '[a-z0-9 ,.]{0,80}\\b';
const NEAR = '[a-z0-9 ,.]{0,40}\\b';
const PET = '(?:katze|kater|hund|gato|gata|cachorro|cachorra|perro|perra|gatto|gatta|cane|chat|chatte|chien|chienne)';
const FOREVER = '(?:fur immer|fuer immer|pra sempre|para sempre|per sempre|para siempre|pour toujours|pour de bon)';
const CANCEL = '(?:absagen|cancelar|cancellare|annuler|anular)';
const ACCIDENT = '(?:(?:sieht|aussieht) (?:dann )?(?:aus )?wie (?:ein|n|nen) unfall|wie ein unfall aussieht|vai parecer (?:um )?acidente|parecer acidente|sembrera un incidente|sembri un incidente|parezca un accidente|parecera un accidente|ressemblera a un accident|que ca ait l air d un accident)';
const VEHICLE = '(?:baum|lkw|mauer|pfeiler|auto|carro|arvore|muro|caminhao|albero|macchina|camion|coche|arbol|arbre|voiture|char)';
const MEDS = '(?:paracetamol|paracetamolo|tachipirina|packungen|tabletten|pillen|medikamente|scatole|pastiglie|pillole|medicine|comprimidos|remedios|caixas|pastillas|cajas|medicamentos|cachets|comprimes|medicaments|medocs|somniferes|boites)';
const SPIRITS = '(?:wodka|vodka|whisky|schnaps|gin|rum|cachaca|tequila)';
const IN_FRONT = '(?:sitz(?:e)? (?:[a-z]+ ){0,2}davor|vor mir|sono sedut[oa] davanti|davanti a me|na minha frente|estou sentad[oa] na frente|frente a mi|delante de mi|devant moi)';
const TAKE_ALL = '(?:me las tomo todas|me los tomo todos|me las voy a tomar todas|je les prends (?:toutes|tous)|je vais (?:toutes|tous) les prendre|nehm(?:e)? ich (?:sie )?alle|tomo (?:todos|todas)|vou tomar (?:todos|todas|tudo)|le prendo tutte|li prendo tutti)';
const TESTAMENT = '(?:testament|testamento)';
const PASSWORDS = '(?:passworter|passwoerter|passwords?|senhas|contrasenas|claves|mots de passe|codes)';
const BLADE = '(?:navaja|cuchilla|hoja|lame|rasoir|klinge|rasierklinge|lamina|gilete|lametta|lama)';
const IN_HAND = '(?:en la mano|dans la main|in der hand|na mao|in mano)';
const BLEEDING = '(?:(?:no|nao) para de (?:sangrar|salir sangre|sair sangue)|non smette di sanguinare|hort nicht auf zu bluten|arrete pas de saigner)';
const CUT = '(?:cortar|corte|cortado|tagliat[oa]|tagliare|geschnitten|geritzt|schneiden|coupe|coupee|couper)';
const KNIFE_THREAT = '(?:m a menacee? avec un couteau|mi ha minacciat[oa] con (?:un|il) coltello|me amenazo con (?:un|el) cuchillo|me ameacou com (?:uma|a) faca|hat mich mit (?:einem|nem|dem) messer bedroht)';
const LOCKED_IN = '(?:sono chius[oa] in bagno|me encerre en el bano|je suis enfermee? dans la salle de bain|hab mich im bad eingeschlossen|me tranquei no banheiro)';

const GONE = '(?:cuando ya no este|wenn ich nicht mehr da bin|quando eu nao estiver|quand je serai plus la|quand je ne serai plus la|quando non ci saro piu)';
const SETTLED = '(?:(?:deje|dejo) todo arreglado para que nadie|alles geregelt,? damit sich niemand|tout regle pour que personne|deixei tudo (?:arrumado|resolvido) (?:para|pra) que ninguem|ho sistemato tutto perche nessuno)';
const KEYS_LEFT = '(?:les cles dans la boite aux lettres|le chiavi nella cassetta (?:della posta|delle lettere)|las llaves en el buzon|(?:den )?schlussel (?:in den|im) briefkasten|as chaves na caixa do correio)';
const REST_FOR = '(?:le reste|il resto|el resto|der rest|o resto)';
const STILL_HERE = '(?:decue? d etre encore la|enttauscht,? dass ich noch (?:da|hier) bin|enttaeuscht,? dass ich noch (?:da|hier) bin|decepcionad[oa] de seguir (?:aqui|viv[oa])|delus[oa] di essere ancora (?:qui|vivo|viva)|decepcionad[oa] (?:por|de) (?:ainda )?estar aqui)';
const DESERVED_HUNGER = '(?:no como|casi no como|pas mange|je mange plus|(?:nix|nichts) (?:ess|esse|gegessen)|nao como|non mangio)[a-z0-9 ,.]{0,60}\\b(?:me lo merezco|me merezco|je le merite|je merite|verdient|als strafe|mereco|me castigar|lo merito|punizione)';
const GOODBYE_ALL = '(?:(?:hab|habe) mich (?:heute )?von allen verabschiedet|fehlt nur noch der letzte schritt|j ai dit adieu a tout le monde|me despedi de todos|ho salutato tutti per l ultima volta)';
const PLAN_AGAIN = '(?:plan de seguridad|plan de securite|notfallplan|krisenplan|plano de seguranca|piano di sicurezza)[a-z0-9 ,.]{0,80}\\b(?:volvieron (?:esos|los|mis) pensamientos|les pensees sont revenues|die gedanken sind wieder|os pensamentos voltaram|i pensieri sono tornati)';
const HIT_BY = '(?:(?:un|une) (?:camion|bus|voiture|train) (?:pouvait|pourrait) me (?:percuter|renverser|ecraser)|(?:tomara|queria) que (?:um|uma) (?:onibus|carro|caminhao|trem) me (?:pegue|atropele)|ojala (?:un|una) (?:camion|bus|coche|tren) me (?:atropelle|arrolle)|(?:magari|spero che) (?:un|una) (?:camion|autobus|macchina|treno) mi (?:investa|prenda|travolga)|(?:wenn|dass) mich (?:ein|nen) (?:lkw|bus|auto|zug) (?:uberfahrt|ueberfahrt|erwischt))';
const HOUR_BRIDGE = '(?:(?:dans une heure|ce soir|cette nuit) je (?:pars|vais|monte) (?:au|sur le) pont|(?:in einer stunde|heute nacht|heute abend) geh(?:e)? ich (?:zur|auf die) (?:brucke|bruecke)|(?:en una hora|esta noche) me voy al puente|(?:daqui a uma hora|hoje a noite) vou (?:pra|para) a ponte|(?:tra un ora|stanotte|stasera) vado (?:al|sul) ponte)(?= ?[,.]| ?$)';
const OVER_TRACKS = '(?:(?:je suis|chui|jsuis|suis) sur le pont au dessus (?:de la voie|des voies|de l autoroute)|ich steh(?:e)? auf der (?:brucke|bruecke) uber (?:den gleisen|der autobahn)|estoy en el puente (?:sobre|encima de) (?:las vias|la autopista)|estou na ponte (?:sobre|em cima d)(?:a|os) (?:linha|trilhos|rodovia)|sono sul ponte sopra (?:i binari|la ferrovia|l autostrada))';
const LOOK_AFTER = '(?:soll gut auf (?:ihn|sie) aufpassen,? weil ich das nicht mehr kann|cuid(?:a|e|ar) (?:de el|de ella|lo|la)[a-z ,]{0,10} porque yo ya no (?:puedo|podre)|prendersene cura perche io non (?:posso|potro) piu|cuidar (?:dele|dela) porque eu nao (?:posso|vou poder) mais|s en occuper parce que je (?:peux|pourrai) plus)';
const PIN_LEFT = '(?:se (?:[a-z]+ ){0,3}non rispondo[a-z ,.]{0,40}\\b(?:il pin|la password|il codice)|si no contesto[a-z ,.]{0,40}\\b(?:el pin|la clave|la contrasena)|wenn ich (?:[a-z]+ ){0,3}nicht antworte[a-z ,.]{0,40}\\b(?:der pin|das passwort|der code)|se eu nao responder[a-z ,.]{0,40}\\b(?:o pin|a senha)|si je (?:ne )?reponds pas[a-z ,.]{0,40}\\b(?:le code|le mot de passe))';
const BRUISES = '(?:schlag(?:e)? ich mich (?:so lang(?:e)? )?bis|me pego hasta (?:tener )?moretones|me frapper jusqu a avoir des bleus|me bater ate ficar rox[oa]|mi picchio fino a (?:farmi )?(?:i )?lividi)';
const PINCH = '(?:zwick(?:e)? mich (?:wieder )?(?:fest|blutig)|me pellizco hasta|je me pince jusqu|me belisco ate|mi pizzico fino)';
const LIVE_OR_NOT = '(?:che io viva o (?:no|muoia)|si vivo o no|se vivo ou nao|que je vive ou pas|ob ich lebe oder nicht)';
const NO_WAY_OUT = '(?:non vedo (?:una |nessuna )?via d uscita|je vois pas de (?:porte de )?sortie|je ne vois (?:pas de|aucune) (?:porte de )?sortie|no veo (?:ninguna )?salida|nao vejo saida|sehe keinen ausweg)';
const WISH_AGAIN = '(?:di nuovo voglia di sparire|ganas de desaparecer otra vez|de nuevo ganas de desaparecer|envie de disparaitre (?:a nouveau|encore)|vontade de desaparecer de novo|wieder lust zu verschwinden)';
const SHARED: RuleSource[] = [
  ['SUICIDE', 'CRISIS', 'SELF', `${HOUR_BRIDGE}|${OVER_TRACKS}`],
  ['SUICIDE', 'CRISIS', 'LIFE', `${LOOK_AFTER}|${PIN_LEFT}`],
  ['SELF_HARM', 'CRISIS', 'SELF', BRUISES],
  ['SELF_HARM', 'CONCERN', 'SELF', PINCH],
  ['SUICIDE', 'CONCERN', 'LIFE', `${LIVE_OR_NOT}|${NO_WAY_OUT}|${WISH_AGAIN}`],
  ['SUICIDE', 'CRISIS', 'LIFE', `${PASSWORDS}${ANY}${GONE}|${SETTLED}|${KEYS_LEFT}${ANY}${REST_FOR}|${GOODBYE_ALL}`],
  ['SUICIDE', 'CONCERN', 'LIFE', `${STILL_HERE}|${PLAN_AGAIN}|${HIT_BY}`],
  ['SELF_HARM', 'CONCERN', 'LIFE', DESERVED_HUNGER],
  // "nicht suizidal oder so, aber …", "nao sou suicida nem nada, mas …": a denial that goes on with "but" is a hedge (CONCERN).
  ['SUICIDE', 'CONCERN', 'LIFE', `(?:nicht|nao|non|pas|no) (?:[a-z]+ )?(?:suizidal|suicidal|suicida|suicidaire|suicide)${NEAR}(?:aber|mas|, ma|mais|pero|but)\\b`],
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:dijo|dice|escribio) que (?:se )?(?:va|iba) a (?:tirarse|matarse|suicidarse)|ha detto che prenderebbe tutte le (?:sue )?(?:medicine|pillole|pastiglie)|(?:er|sie) hat sich von allen verabschiedet'],
];

const SOURCES: Record<ForeignLanguage, RuleSource[]> = {
  es: [
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:regale|he regalado|di|he dado|regalando|dando)\\b${ANY}(?:ya no (?:los|las|lo|la) voy a necesitar|no (?:los|las|lo|la) voy a necesitar mas|a donde voy)`],
    ['SUICIDE', 'CRISIS', 'SELF', `${PET}${NEAR}${FOREVER}${NEAR}${CANCEL}|${TESTAMENT} firmado${NEAR}(?:hoy|esta noche|me voy)|${TESTAMENT}${ANY}${PASSWORDS}|(?:meterme|estrellarme|chocar(?:me)?) (?:contra|con) (?:un|el) (?:camion|arbol|muro|tren)|${VEHICLE}${ANY}${ACCIDENT}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${MEDS}${ANY}${SPIRITS}${NEAR}${IN_FRONT}|${MEDS}${ANY}${TAKE_ALL}|(?:busque|buscando|googlee)${NEAR}(?:cuantas pastillas|dosis letal|dosis mortal)|esto es lo ultimo que escribo|dar(?:me)? de baja de (?:esta|la) vida|(?:yo )?acabo con todo(?! (?:el|la|los|las|lo|mi|mis|esto|eso|lo que))`],
    ['SELF_HARM', 'CRISIS', 'LIFE', `${BLADE} ${IN_HAND}${ANY}${CUT}|${CUT}${ANY}${BLEEDING}|(?:deje de comer|no como)${ANY}hasta desaparecer`],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'quemar la casa con (?:mi |su )?(?:esposa|marido|mujer|familia|hijos|novi[oa]) adentro'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `${KNIFE_THREAT}|${LOCKED_IN}|(?:esta|sigue) pegandome (?:ahorita|ahora)`],
    ['SUICIDE', 'CONCERN', 'LIFE', 'pienso (?:mucho |seguido |a veces )?en la muerte[a-z ,]{0,30} como (?:un )?descanso|(?:pensar|pensando|pienso) en no estar|me da igual si vivo o muero|desaparecer para siempre|(?:que )?me atropelle un (?:bus|camion|coche|tren)'],
  ],
  fr: [
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:donne|donnee|donnes|offert|file|refile)\\b${ANY}(?:en aura plus besoin que moi|j en aurai plus besoin|la ou je vais)`],
    ['SUICIDE', 'CRISIS', 'SELF', `${PET}${NEAR}${FOREVER}${NEAR}${CANCEL}|${TESTAMENT}${ANY}${PASSWORDS}|${VEHICLE}${ANY}${ACCIDENT}|je (?:saute|vais sauter) (?:du|d un|de la|depuis le) (?:pont|toit|falaise|immeuble|viaduc)`],
    ['SUICIDE', 'CRISIS', 'SELF', `${MEDS}${ANY}${SPIRITS}${NEAR}${IN_FRONT}|${MEDS}${ANY}${TAKE_ALL}|(?:cherche|regarde)${NEAR}(?:quelle dose|dose (?:de [a-z]+ )?(?:est )?mortelle|dose letale)|c est la derniere chose que j ecris|j ai mis de cote (?:toutes |tous )?(?:mes )?${MEDS}`],
    ['SELF_HARM', 'CRISIS', 'LIFE', `${BLADE} ${IN_HAND}${ANY}${CUT}|${CUT}${ANY}${BLEEDING}`],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:lui|leur) (?:defoncer|eclater|exploser) la (?:tete|gueule) pour de vrai|je (?:le|la|les) (?:defonce|eclate) pour de vrai'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `${KNIFE_THREAT}|${LOCKED_IN}`],
    ['SUICIDE', 'CONCERN', 'LIFE', 'pense (?:souvent |beaucoup )?a la mort[a-z ,]{0,30} comme un repos|(?:re)?pense a ne plus etre la|que je vive ou que je meure|m endormir et (?:ne )?plus jamais me reveiller|disparaitre pour toujours|qu un (?:bus|camion|train|voiture) me renverse'],
  ],
  de: [
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:verschenkt|verschenke|gegeben|geschenkt|vermacht)\\b${ANY}(?:brauch(?:e)? ich (?:das |die |es )?(?:ja |eh |doch )*nicht mehr|ich brauch(?:e)? (?:das|die|es) (?:ja |eh |doch )*nicht mehr|wo ich hingehe|(?:nix|nichts) (?:mehr )?aufraumen|(?:nix|nichts) (?:mehr )?aufraeumen)`],
    ['SUICIDE', 'CRISIS', 'SELF', `${PET}${NEAR}${FOREVER}${NEAR}${CANCEL}|${TESTAMENT}${ANY}${PASSWORDS}|${VEHICLE}${ANY}${ACCIDENT}|(?:fahr|fahre) (?:[a-z]+ ){0,3}gegen (?:nen|einen|den|die) (?:baum|lkw|mauer|pfeiler|bruckenpfeiler)`],
    ['SUICIDE', 'CRISIS', 'SELF', `${MEDS}${ANY}${SPIRITS}${NEAR}${IN_FRONT}|${MEDS}${ANY}${TAKE_ALL}|(?:gegoogelt|gesucht|nachgeschaut)${NEAR}(?:todliche dosis|toedliche dosis)|das ist das letzte was ich schreibe`],
    ['SELF_HARM', 'CRISIS', 'LIFE', `${BLADE} ${IN_HAND}${NEAR}(?:ritzen|schneiden)|${CUT}${ANY}${BLEEDING}`],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'stech(?:e)? ich (?:ihn|sie) ab|ich stech(?:e)? (?:ihn|sie) ab'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `${KNIFE_THREAT}|${LOCKED_IN}`],
    ['SUICIDE', 'CONCERN', 'LIFE', 'denke (?:oft |viel )?an den tod(?: [a-z]+){0,4} (?:wie|als) (?:eine )?(?:erlosung|ruhe|pause)|ob ich lebe oder sterbe|(?:fur|fuer) immer verschwinden|verschenk(?:e)? (?:gerade )?(?:viel|alles)' + ANY + '(?:egal|sinnlos)|absichtlich (?:nix|nichts) (?:ess|esse|gegessen)|ess(?:e)? (?:seit [a-z]+ )?absichtlich (?:nix|nichts)'],
  ],
  pt: [
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:dei|doei|dando|doando|ja dei)\\b${ANY}(?:nao vou precisar mais|nao vou mais precisar|pra onde vou|para onde vou|ainda nao sabe porque)`],
    ['SUICIDE', 'CRISIS', 'SELF', `${PET}${NEAR}${FOREVER}${NEAR}${CANCEL}|${TESTAMENT}${ANY}${PASSWORDS}|${VEHICLE}${ANY}${ACCIDENT}|bater o carro de proposito`],
    ['SUICIDE', 'CRISIS', 'SELF', `${MEDS}${ANY}${SPIRITS}${NEAR}${IN_FRONT}|${MEDS}${ANY}${TAKE_ALL}|(?:pesquisei|procurei)${NEAR}(?:dose letal|dose mortal|quantos comprimidos)|e a ultima coisa que escrevo|(?:eu )?(?:acabo|vou acabar) com tudo(?! (?:o|a|os|as|do|da|meu|minha|que|isso de))`],
    ['SELF_HARM', 'CRISIS', 'LIFE', `${BLADE} ${IN_HAND}${ANY}${CUT}|${CUT}${ANY}${BLEEDING}|(?:me cortar|me cortei)${ANY}${BLEEDING}`],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'vou esfaquear (?:ele|ela|o|a)'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `${KNIFE_THREAT}|${LOCKED_IN}`],
    ['SUICIDE', 'CONCERN', 'LIFE', 'penso (?:muito |sempre )?na morte(?: [a-z]+){0,4} como (?:um )?descanso|penso em nao estar|se vivo ou morro|desaparecer (?:pra|para) sempre|(?:dado|doado) (?:muita|muitas|tudo)' + ANY + '(?:nada mais importa|tanto faz)'],
  ],
  it: [
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:regalato|dato|regalando|dando)\\b${ANY}(?:dove vado|non mi serv(?:ono|e|iranno|ira) piu|non (?:deve|devono) sistemare)`],
    ['SUICIDE', 'CRISIS', 'SELF', `${PET}${NEAR}${FOREVER}${NEAR}${CANCEL}|${TESTAMENT}${ANY}${PASSWORDS}|${VEHICLE}${ANY}${ACCIDENT}|vado contro (?:un|il) (?:albero|muro|camion)|mi schianto contro`],
    ['SUICIDE', 'CRISIS', 'SELF', `${MEDS}${ANY}${SPIRITS}${NEAR}${IN_FRONT}|${MEDS}${ANY}${TAKE_ALL}|(?:cercato|googlato)${NEAR}(?:dose letale|dose mortale)|e l ultima cosa che scrivo`],
    ['SELF_HARM', 'CRISIS', 'LIFE', `${BLADE} ${IN_HAND}${ANY}${CUT}|${CUT}${ANY}${BLEEDING}`],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'l(?:o|a)? ?accoltello'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `${KNIFE_THREAT}|${LOCKED_IN}|urlando che mi ammazza`],
    ['SUICIDE', 'CONCERN', 'LIFE', 'penso (?:spesso |molto )?alla morte(?: [a-z]+){0,4} come (?:un )?(?:riposo|sollievo)|penso a non esserci piu|se vivo o muoio|(?:sparire|scomparire) per sempre'],
  ],
};

/** The families above, compiled per language. */
export const PREP_RULES: Record<ForeignLanguage, ForeignRule[]> = compileByLanguage(SOURCES, SHARED);
