/**
 * Warning signs said by the deed in Spanish, French, German, Portuguese and Italian (folded text, as
 * in crisis-lexicon-core.ts), written as the same grammar in the five languages (988 warning signs,
 * C-SSRS items on intent, plan and preparatory behaviour):
 * - thanks for everything followed by a farewell ("danke für alles … macht's gut", "merci pour tout … adieu"),
 *   unless a next meeting is named;
 * - a deadline after a family milestone with the act unnamed ("después del cumple de mi hija lo hago",
 *   "nach der Abschlussfeier ist Schluss für mich"), or "when they are away I'll do it, it's all planned";
 * - a day and not being here any more ("jeudi je serai plus là", "dopo non ci sarò"), unless it is a trip;
 * - a decision and not getting through a period ("ya tomé la decisión", "je compte pas passer l'hiver");
 * - things given away "I won't need it / where I'm going"; a dose "until it's over"; a height looked down
 *   from and measured; pills gathered; an express train's timetable;
 * - a child or pupil cutting or speaking of dying (CONCERN for someone else);
 * - CONCERN: death thoughts back, an old attempt and "feeling the same now", no future, trapped, a burden,
 *   unbearable pain.
 * Shared by the five languages: each family lists every language's words (the screen runs only the
 * languages whose function words are in the message).
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

const ANY = '[a-z0-9 ,.]{0,80}\\b';
const NEAR = '[a-z0-9 ,.]{0,40}\\b';
const DAY =
  '(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|segunda|terca|quarta|quinta|sexta|amanha|lunedi|martedi|mercoledi|giovedi|venerdi|domani|wochenende|fin de semana|week end|fim de semana|fine settimana|dopo|danach|despues|apres|depois)';
const THANKS_ALL = '(?:danke fur alles|danke fuer alles|gracias por todo|merci pour tout|obrigad[oa] por tudo|grazie di tutto|grazie per tutto)';
// A goodbye for ever, or thanks in the past tense ("ihr wart die besten", "fuiste la unica") before an everyday one.
const FOR_EVER = '(?:lebt wohl|leb wohl|adios|hasta siempre|adieu|adeus|addio)(?! (?:al|alla|a la|au|aux|a l|ao|aos|as|an|zu|to|del|della|de la)\\b)';
const WERE = '(?:ihr wart|du warst|sie waren|fuiste|fueron|fuisteis|vous avez ete|tu as ete|tu etais|vous etiez|foste|voces foram|foram|siete stati|sei stat[oa]|siete state)';
const FAREWELL = '(?:machts gut|macht es gut|passt auf euch auf|chau|chao|cuidate|cuidense|prenez soin de vous|prends soin de toi|fiquem bem|se cuidem|abbiate cura di voi|state bene)';
const SEE_YOU_AGAIN = '(?![a-z0-9 ,.]{0,60}\\b(?:nos vemos|hasta (?:el|la|luego|pronto|manana)|a (?:mardi|jeudi|demain|bientot|la semaine)|bis (?:dann|morgen|bald|nachste|zum)|ate (?:a |o )?(?:proxim|logo|amanha|segunda)|alla prossima|a presto|ci vediamo|a domani|semana que vem|prossima volta)\\b)';
const MILESTONE =
  '(?:cumple|cumpleanos|aniversario|anniv|anniversaire|geburtstag|abschlussfeier|laurea|boda|hochzeit|casamento|matrimonio|mariage|graduacion|formatura|diplomfeier|fiesta|feier|festa|fete|navidad|weihnachten|noel|natale|natal|examen|prufung|bac|abi|abitur|maturita)';
const END_IT =
  '(?:ist schluss(?! mit)(?: fur mich)?|mach ichs|mach ich es|ist ruhe|bin ich weg|lo hago|se (?:termina|acaba) todo|termino con todo|acabo con todo|j arrete tout|je le fais|c est fini pour moi|tout s arrete|basta(?: ,)? chiudo|lo faccio|la faccio finita|faccio finita|(?:eu )?faco isso|eu faco|acabo com (?:isso|tudo)|ja era)';
const AWAY_ALONE = '(?:weg sind|weg ist|verreist|viajar|viaja|se vayan|se va de viaje|seront partis|sera partie?|partent|saranno via|sara via|partono)';
const PLANNED = '(?:durchgeplant|alles geplant|alles bereit|ta tudo planejado|esta tudo planejado|tengo todo planeado|esta todo planeado|tout est prevu|j ai tout prevu|e tutto pianificato|ho pianificato tutto)';
const NOT_HERE =
  '(?:je (?:ne )?serai plus la|non ci saro piu|nao estarei mais aqui|nao vou (?:mais )?estar aqui|ya no (?:voy a estar|estare)(?: aqui)?|bin ich nicht mehr da|werde ich nicht mehr da sein)';
const TRIP = '(?![a-z0-9 ,.]{0,60}\\b(?:vacances|vacaciones|ferias|urlaub|vacanz[ae]|voyage|viaje|viagem|reise|viaggio|demenage|mudanza|umzug|trasloco|mudanca|hopital|hospital|krankenhaus|ospedale|dentista|dentiste|zahnarzt|medico|medecin|arzt|cita|rendez vous|termin|consulta|lavoro|trabajo|travail|arbeit|trabalho|scuola|escuela|ecole|schule|escola|gita|excursion|ausflug)\\b)';
const DECIDED = '(?:ya tome la decision|ya lo decidi|j ai fait mon choix|j ai pris ma decision|ja tomei a decisao|ja decidi|ho preso la decisione|ho deciso|hab mich entschieden|ich habe mich entschieden)';
const NOT_THROUGH =
  '(?:no voy a (?:seguir|durar) mucho mas|je (?:ne )?(?:compte|vais) pas passer (?:l hiver|la semaine|le mois|noel|l annee)|nao passo (?:desta|dessa|deste|desse) (?:semana|noite|mes|ano)|non arrivo a (?:natale|domani|fine mese|fine settimana)|(?:den|das) (?:winter|wochenende|monat|jahr) (?:werde ich )?nicht (?:mehr )?(?:erleben|uberleben|schaffen))';
const GIVE = '(?:regale|regalo|di|done|donne|confie|dei|doei|entreguei|regalato|dato|verschenkt|gegeben|weggegeben|borre|cancele|di de baja|resilie|gekundigt|cancelei|disdetto)';
const NOT_NEEDED =
  '(?:ya no (?:la|lo|los|las|me) (?:voy a usar|va a hacer falta|van a hacer falta|voy a necesitar)|no me van a hacer falta|no me va a hacer falta|onde eu vou|nao vou (?:mais )?precisar|je n en aurai plus besoin|pour de bon apres|non mi servira(?:nno)? piu|brauch (?:ich|sie) (?:eh )?nicht mehr|brauch ich eh nur noch bis)(?![a-z ,]{0,30}\\b(?:compre|comprei|achete|gekauft|comprato|nueva|nuevo|nouvelle|nouveau|neue|neuen|nova|novo|nuova|nuovo)\\b)';
const PILLS = '(?:pastillas|pastilla|comprimidos|comprimido|pilules|cachets|comprimes|doliprane|tabletten|pillen|ibu|ibus|pillole|pastiglie|compresse|clonazepam|rivotril|paracetamol|tachipirina|remedios)';
const UNTIL_OVER =
  '(?:bis es vorbei ist|bis man nicht mehr aufwacht|para no despertar(?:me|se)?|para no volver a despertar|pour que le foie lache|pour ne plus (?:me )?reveiller|pra nao acordar(?: mais)?|para nao acordar(?: mais)?|per non svegliarmi(?: piu)?|per non risvegliarsi)';
const FLOOR = '(?:\\d+ ?(?:o |e |eme |er )?(?:andar|piso|etage|stock|stockwerk|piano)|(?:andar|piso|etage|piano) \\d+)';
const MEASURING = '(?:olhando|calculando|mirando|calculant|regarde|regardant|schaue|berechne|guardando|calcolando|cuanto hay hasta abajo|wie tief|quanto e alto|combien de metres)';
const GATHERED = '(?:junte|juntado|guardado|acumule|ai garde|ai accumule|gesammelt|gehortet|juntei|guardei|messo da parte|accumulato|ho messo via)';
const TIMETABLE = '(?:horaires|horarios|fahrplan|orari)';
const NO_STOP = '(?:s arrete pas|ne s arrete pas|no para|halt nicht|nicht halt|non si ferma|nao para)';
const YOUNG = '(?:hij[oa]|fils|fille|sohn|tochter|filh[oa]|figli[oa]|alumn[oa]|aluno|aluna|eleve|schuler|schulerin|alunn[oa]|student[ea]?)';
const THEIR_SIGNS =
  '(?:tiene cortes en (?:los|las|sus) (?:brazos|munecas|piernas|muslos)|a des coupures sur (?:les|ses) (?:bras|poignets|cuisses|jambes)|hat schnitte an (?:den|seinen|ihren) (?:armen|handgelenken|beinen|oberschenkeln)|tem cortes (?:nos|nas) (?:bracos|pulsos|pernas|coxas)|ha dei tagli (?:sulle|sui) (?:braccia|polsi|gambe|cosce)|habla de morir|parle de mourir|redet (?:vom|von) sterben|fala (?:em|de) morrer|parla di morire|(?:sobre|de) querer morrer|de querer morir|de vouloir mourir|vom sterben wollen|di voler morire)';
const DEATH_THOUGHTS =
  '(?:todesgedanken|pensamentos de morte|pensamientos de muerte|ideas de (?:desaparecer|morir(?:me)?|muerte)|idees de mort|idee de (?:plus etre la|ne plus etre la|mourir)|l idee de (?:plus|ne plus) etre la|pensieri di morte|idea di (?:sparire|morire|non esserci))';
const OLD_ATTEMPT = '(?:une ts|tentative|nen versuch|einen versuch|un intento|intente|uma tentativa|tentei|tentato suicidio|un tentativo)';
const SAME_NOW = '(?:exactement pareil|pareil|wieder genauso|genauso|igual que entonces|igualito|igual|uguale|lo stesso|a mesma coisa|do mesmo jeito)';
const STUCK =
  '(?:ausweglos|wie in (?:nem|einem) kafig|pris au piege|prise au piege|sono bloccat[oa] qui|sono in trappola|estoy atrapad[oa]|me siento atrapad[oa]|estou presa|estou preso|to pres[oa]|encurralad[oa]|ich komm hier nicht raus)';
const NO_FUTURE = '(?:(?:null|keine) zukunft|pas d avenir|aucun avenir|no tengo futuro|no veo futuro|sem futuro|nao vejo futuro|nessun futuro|non vedo futuro)(?! (?:fur|fuer|para|pour|per|pra) (?:den|die|das|el|la|le|les|il|lo|o|a|os|as|este|esta|diesen|questo|ce|cette)\\b)';
const BURDEN = '(?:sono un (?:peso(?! (?:piuma|massimo|welter|medio|gallo|mosca))|fardello)|je suis un fardeau|soy una carga|sou um peso|sou um fardo|ich bin eine last)';
const UNBEARABLE = '(?:(?:douleur|dolor|schmerz|dor|dolore) (?:est |es |ist |e )?(?:insupportable|insoportable|unertraglich|insuportavel|insopportabile)|je tiens plus|ya no puedo mas con esto|nao aguento mais|non ce la faccio piu|ich halt (?:das|diesen schmerz|es) nicht mehr aus)';

const NOT_DESERVE = '(?:(?:ne )?merite (?:pas|plus) de vivre|no merezco vivir|nao mereco viver|non merito di vivere|verdiene (?:es )?nicht (?:zu leben|mehr zu leben))';
const DEATH_AS_REST =
  '(?:morire (?:a volte )?sembra (?:un )?(?:riposo|sollievo|pace)|morir (?:a veces )?(?:parece|suena (?:a|como)) (?:un )?(?:descanso|alivio)|morrer (?:as vezes )?parece (?:um )?(?:descanso|alivio)|mourir (?:parfois )?(?:semble|ressemble a) (?:un )?(?:repos|soulagement)|sterben (?:klingt|scheint|wirkt) (?:manchmal )?(?:wie )?(?:eine )?(?:erlosung|ruhe)|einschlafen und fertig|(?:waer|war|ware) ich (?:gern|lieber) (?:einfach )?weg(?![a-z ,.]{0,40}\\b(?:urlaub|strand|ferien|reise|insel|meer|berge|hier raus aus der stadt)\\b))';
const GUN_KEY = '(?:(?:schlussel|code) (?:zum|fur den) waffenschrank|llave del armero|cle (?:de l armoire|du coffre) a (?:fusils|armes)|chave do armario de armas|chiave dell armadietto (?:delle armi|dei fucili))';
const AMMO = '(?:munition|balas|munitions|cartouches|municao|balas|munizioni|proiettili)';
const TONIGHT = '(?:stasera|stanotte|domani|oggi|esta noche|hoy|manana|ce soir|cette nuit|demain|hoje|hj|amanha|heute|heut|morgen|heute nacht)';
const SHOOT_SELF = '(?:(?:mi|me) sparo|me pego un tiro|vou dar um tiro em mim|je me tire une balle|ich erschiess(?:e)? mich|ich knall mich ab)';
const AT_THE_DOOR = '(?:steht (?:unten )?vor der (?:haustuer|haustur|tur|tuer|wohnung)|esta en la puerta|esta afuera de mi casa|est devant (?:la porte|chez moi)|ta na (?:minha )?porta|esta na (?:minha )?porta|e davanti alla (?:porta|casa))';
const THREATENS = '(?:droht|bedroht|amenaza|menace|ameaca|minaccia)';
const CIGARETTE_BURN =
  '(?:(?:zigarette|kippe) auf (?:dem|meinem) arm aus|me apague (?:el|un) (?:cigarro|cigarrillo) en el brazo|apaguei (?:o|um) cigarro no (?:meu )?braco|ecrase (?:ma|une) cigarette sur (?:mon|le) bras|spento (?:la|una) sigaretta sul (?:mio )?braccio)';
const LAST_MESSAGE = '(?:e l ultimo messaggio|es (?:mi|el) ultimo mensaje|c est (?:mon|le) dernier message|ist (?:meine|die) letzte nachricht|e a (?:minha )?ultima mensagem)';
const SORRY_THANKS = '(?:scusa|scusatemi|perdon|perdonen|pardon|entschuldig[a-z]*|desculp[a-z]*|grazie|gracias|merci|danke|obrigad[oa])';
const NO_MORE_SESSIONS =
  '(?:nao vou mais precisar|ya no voy a necesitar|je n aurai plus besoin|brauche (?:die|keine) (?:stunden|termine|sitzungen) (?:nicht )?mehr|non avro piu bisogno) (?:das|de las|de los|des|der|delle|dei) (?:consultas|sessoes|sesiones|citas|seances|rendez vous|sitzungen|termine|sedute)';
const THANKED = '(?:agradecer|agradecerte|agradecerle|remercier|bedanken|ringraziare|obrigad[oa]|gracias|merci|danke|grazie)';

const SHARED: RuleSource[] = [
  ['SUICIDE', 'CONCERN', 'LIFE', `${NOT_DESERVE}|${DEATH_AS_REST}`],
  ['SUICIDE', 'CRISIS', 'SELF', `${GUN_KEY}${ANY}${AMMO}|${TONIGHT}${NEAR}${SHOOT_SELF}|${SHOOT_SELF}${NEAR}${TONIGHT}|${SORRY_THANKS}${ANY}${LAST_MESSAGE}|${LAST_MESSAGE}${ANY}${SORRY_THANKS}|${THANKED}${ANY}${NO_MORE_SESSIONS}`],
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', `${AT_THE_DOOR}${NEAR}${THREATENS}`],
  ['SELF_HARM', 'CRISIS', 'SELF', CIGARETTE_BURN],
  ['SUICIDE', 'CRISIS', 'SELF', `${THANKS_ALL}${ANY}(?:${FOR_EVER}|${WERE}${ANY}${FAREWELL})${SEE_YOU_AGAIN}`],
  ['SUICIDE', 'CRISIS', 'SELF', `(?:nach|despues del?|apres|dopo|depois d[oa]) (?:[a-z]+ ){0,4}${MILESTONE}${ANY}${END_IT}|${AWAY_ALONE}${ANY}${END_IT}${ANY}${PLANNED}|${AWAY_ALONE}${ANY}${PLANNED}`],
  ['SUICIDE', 'CRISIS', 'LIFE', `${DAY}${NEAR}${NOT_HERE}${TRIP}|${DECIDED}${ANY}${NOT_THROUGH}|${NOT_THROUGH}${ANY}${DECIDED}|hoje e a ultima noite`],
  ['SUICIDE', 'CRISIS', 'LIFE', `${GIVE}${ANY}${NOT_NEEDED}`],
  ['SUICIDE', 'CRISIS', 'SELF', `${PILLS}${ANY}${UNTIL_OVER}|(?:${FLOOR}${NEAR}${MEASURING}|${MEASURING}${NEAR}${FLOOR})(?![a-z0-9 ,.]{0,40}\\b(?:vista|vue|aussicht|view|panorama|paisaje|paisagem|paesaggio|linda|bela|hermosa|bellissima|magnifique|wunderschon)\\b)|${GATHERED} (?:[a-z]+ )?(?:suficientes|bastantes?|assez de|genug|abbastanza|tod[oa]s (?:l[oa]s |[oa]s )?|toutes les|tous les|alle|tutte le|tutti i|muit[oa]s|\\d+) ?${PILLS}|${TIMETABLE}${ANY}${NO_STOP}`],
  ['SUICIDE', 'CONCERN', 'OTHER', `${YOUNG}${ANY}${THEIR_SIGNS}`],
  ['SUICIDE', 'CONCERN', 'SELF', `${DEATH_THOUGHTS}|${OLD_ATTEMPT}${ANY}${SAME_NOW}|${NO_FUTURE}|${BURDEN}`],
  ['SUICIDE', 'CONCERN', 'LIFE', `${STUCK}|${UNBEARABLE}`],
];

const NONE: readonly RuleSource[] = [];
const SOURCES: Record<ForeignLanguage, readonly RuleSource[]> = { es: NONE, fr: NONE, de: NONE, pt: NONE, it: NONE };

/** The families above, compiled per language. */
export const DEED_RULES: Record<ForeignLanguage, ForeignRule[]> = compileByLanguage(SOURCES, SHARED);
