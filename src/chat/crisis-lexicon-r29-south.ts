/**
 * The round 29 families for Italian, Spanish and Portuguese (standard Italian with Roman, Neapolitan and Sicilian
 * colouring; Mexican, Caribbean, Chilean, Argentine and Spanish forms; Brazilian, European and Angolan Portuguese),
 * compiled with the French and German ones in crisis-lexicon-r29.ts. Folded text (no accents, lower case).
 * - death made to look like an accident for the insurance; the rope bought ("me so' comprato la corda");
 * - poison to be drunk now ("me tomo el veneno"); a gun got secretly and hidden ("ninguém sabe");
 * - "that day I'll join him" after a death; "tonight I'm leaving, don't look for me"; "when they sleep I'll end it";
 * - giving my things away "and I know why"; "where I'm going I won't need them";
 * - waiting outside for the man who hurt my child, "it ends there"; I know when he leaves and "I got what I need";
 * - bills paid, "that's the day"; the train "is mine, that's how it will be"; a cut on purpose, blood pouring;
 * - CONCERN: the idea of jumping or throwing myself that comes at a place; thoughts of death all the time; trapped and
 *   unable to leave; nothing ahead; therapy is pointless, I don't change;
 * - someone else: a pupil who says she'd rather die; fresh cuts on a youth's arms.
 */
import type { ForeignLanguage, RuleSource } from './crisis-rule';
import { JUMP_FUN_AFTER29, LOSS29, POISON29, REJOIN_AFTER29, SIGHT_AFTER29, TRAVEL_AFTER29, WEAPON29 } from './crisis-lexicon-r29-words';

// "I feel caged / trapped" after "I can't leave", in the three languages.
const CANT_LEAVE = '(?:non posso andarmene|non posso andare via|non me ne posso andare|no me puedo ir|no puedo irme|no puedo salir de aqui|nao posso ir embora|nao consigo sair daqui|nao tenho para onde ir|no tengo a donde ir|non so dove andare)';
const CAGED = '(?:in gabbia|in trappola|intrappolat[oa]|prigionier[oa]|encerrad[oa]|atrapad[oa]|en una jaula|como presa|como preso|presa|preso|numa jaula|encurralad[oa]|sem saida|sin salida|senza via d uscita)';

const IT: readonly RuleSource[] = [
  // Throwing myself from a bridge or a balcony ("me vojo butta dal ponte", "mi voglio buttare giù dal balcone").
  ['SUICIDE', 'CRISIS', 'SELF', '(?:mi|me) voglio (?:buttare|butta|lanciare|gettare)(?: giu)? (?:dal|da un|da una|dalla|dall|sotto (?:al|il|un)) (?:ponte|balcone|tetto|terrazzo|treno|palazzo|finestra|scogliera|viadotto|cavalcavia|quinto piano|ottavo piano)'],
  // Made to look like an accident so the insurance pays.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:cosi|in modo che|perche) (?:sembri|sembra|pare|paia|sembrera) (?:un|un vero) incidente(?: [a-z0-9,.]+){0,10} (?:assicurazione|polizza|assicurazioni)'],
  // The rope bought (Roman "me so' comprato").
  ['SUICIDE', 'CRISIS', 'SELF', '(?:mi sono|me so|me sono|mi so|so|ho) (?:comprat[oa]|pres[oa]|procurat[oa]) (?:la|una) (?:corda|fune)(?: [a-z0-9,.]+){0,8} (?:sta|e|la tengo|l ho messa|l ho nascosta|nascosta) (?:nel|in|nella|sotto|dietro|giu in) (?:bagagliaio|macchina|cantina|garage|armadio|cassetto|zaino|box|camera)'],
  // "That day I'll join him" after a death.
  ['SUICIDE', 'CRISIS', 'LIFE', `${LOSS29}(?: [a-z0-9,.]+){0,20} (?:quel giorno|il [0-9]+|domani|stanotte|stasera|presto|a breve) (?:lo|la|li) (?:raggiungo|raggiungero|vado a raggiungere)`, REJOIN_AFTER29],
  // Waiting outside for him: "it ends there".
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `(?:io )?(?:lo|la|li) aspetto (?:fuori|sotto casa|all uscita|davanti|sotto)(?: [a-z0-9,.]+){0,6} (?:finisce li|finisce qui|e finita|gliela faccio pagare|non torna a casa|con (?:il|la|un|una) ${WEAPON29})`],
  // Drinking the poison.
  ['SUICIDE', 'CRISIS', 'SELF', `(?:mi bevo|mi prendo|bevo|mi ingoio|berro|mi berro) (?:il|la|un|una|quel|quella|tutto il|tutta la) ${POISON29}`],
  // CONCERN: the idea of throwing myself that comes at a place; therapy pointless; nothing ahead; caged.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:mi viene|mi prende|mi passa per la testa|mi sfiora|mi torna|mi e venuta|mi arriva) (?:l idea|la voglia|il pensiero|la tentazione) di (?:buttarmi|lanciarmi|gettarmi|saltare|farla finita|ammazzarmi|uccidermi|mollare il volante|finire sotto|sterzare)|(?:l idea|il pensiero) di (?:buttarmi|lanciarmi|gettarmi|saltare|farla finita) mi (?:viene|prende|torna)', JUMP_FUN_AFTER29],
  ['SUICIDE', 'CONCERN', 'LIFE', 'a che serve (?:la terapia|la cura|curarmi|andare avanti|tutto questo|sforzarmi|continuare|lo psicologo)(?: [a-z0-9,.]+){0,4} (?:tanto )?(?:io )?non (?:cambio|cambiero|guarisco|guariro|miglioro)(?= \\.| ,|$| e basta| mai)'],
  ['SUICIDE', 'CONCERN', 'LIFE', 'non vedo (?:niente|nulla|nessun futuro|piu niente|piu nulla) (?:davanti(?: a me)?|per me)(?= \\.| ,|$)', SIGHT_AFTER29],
  ['SUICIDE', 'CONCERN', 'LIFE', `${CANT_LEAVE}(?: [a-z0-9,.]+){0,14} mi sento ${CAGED}`],
  // Someone else: fresh cuts on a youth's arms.
  ['SELF_HARM', 'CONCERN', 'OTHER', '(?:ha|aveva) (?:dei |i |tanti |diversi )?tagli (?:freschi |recenti |nuovi )?(?:sulle|sui|nelle|sul|sulla) (?:braccia|polsi|gambe|cosce|polso|braccio)', /^(?: [a-z,]+){0,3} (?:per il lavoro|per lavoro|dal gatto|del gatto|col gatto|dai rovi|dalle rose|dalle spine|in giardino|giardinaggio|lavorando|potando)\b/],
];

const ES: readonly RuleSource[] = [
  // Poison to be drunk ("me tomo el veneno", "me voy a tomar el matarratas").
  ['SUICIDE', 'CRISIS', 'SELF', `(?:me tomo|me trago|me bebo|tomarme|tragarme|beberme|me voy a tomar|me voy a beber) (?:el|la|un|una|ese|esa|todo el|toda la) ${POISON29}`, /^(?: [a-z,]+){0,3} (?:por error|sin querer|por accidente|de (?:la |el )?(?:serpiente|vibora|abeja|alacran|escorpion|sapo|arana))\b/],
  // Made to look like an accident for the insurance.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:que|para que) (?:parezca|se vea como|luzca como) (?:un )?accidente(?: [a-z0-9,.]+){0,10} (?:seguro|aseguradora|poliza)'],
  // "That day I'm going with him" after a death.
  ['SUICIDE', 'CRISIS', 'LIFE', `${LOSS29}(?: [a-z0-9,.]+){0,20} (?:ese dia|el [0-9]+|manana|esta noche|pronto|ese mismo dia) me voy (?:con el|con ella|a reunir con (?:el|ella)|a su lado|con mi (?:hijo|hija|mama|papa|esposo|esposa|viejo|vieja))`, REJOIN_AFTER29],
  // "Tonight I'm leaving, don't look for me".
  ['SUICIDE', 'CRISIS', 'SELF', '(?:esta noche|hoy|manana|ya|ahora) me voy(?: ,| \\.)? (?:no me (?:busquen|busques|buscan)|no (?:los|las) vuelvo a ver)', TRAVEL_AFTER29],
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:los|las|te) quise (?:harto|mucho|tanto|muchisimo)(?: ,| \\.)? (?:[a-z,]+ ){0,4}me voy(?= \\.| ,|$| para siempre| de este mundo| no me)', TRAVEL_AFTER29],
  // Before the children wake up it will all be over.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:antes de que|cuando) (?:se )?(?:despierten|levanten|lleguen|vuelvan|duerman|se duerman) (?:los ninos|los chicos|mis hijos|mis hijas|todos|mi esposo|mi esposa|mis papas|los demas)(?: [a-z0-9,.]+){0,4} (?:ya )?(?:todo|esto) (?:va a|ya va a|habra) (?:terminar|acabar|haber terminado|estar hecho|terminado)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:todo|esto) (?:va a|ya va a) (?:terminar|acabar)(?: \\.| ,)? no se preocupen (?:por mi|mas)'],
  // Where I'm going I won't need them.
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:donde|a donde|adonde|pa donde) (?:voy|me voy)(?: ,)? (?:ya )?no (?:me )?(?:sirven|sirve|van a servir|hacen falta|hace falta|voy a necesitar|necesito)', TRAVEL_AFTER29],
  // Giving my things away, "and I know why".
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:repartiendo|regalando|regale|reparti|estoy dando|di|doy) (?:todas )?(?:mis|todas mis) cosas(?: [a-z0-9,.]+){0,20} (?:pero|y) (?:yo )?(?:si )?se(?: por que| porque| bien por que)?(?= \\.| ,|$)', TRAVEL_AFTER29],
  // I know when he leaves; this time he won't walk away; I already got what I need.
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'se (?:a que hora|donde|cuando) (?:sale|llega|pasa|vive|trabaja|entrena)(?: [a-z0-9,.]+){0,10} (?:esta vez no se va (?:caminando|vivo|viva|entero|de rositas|por su pie)|no se va caminando|no sale caminando|no sale vivo|no vuelve a su casa|ya consegui con que|ya tengo con que|me las va a pagar)'],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'esta vez no se va (?:caminando|vivo|viva|entero|de rositas)(?: [a-z0-9,.]+){0,4} (?:ya )?(?:consegui|tengo|compre) (?:con que|la pistola|el arma|el fierro|la navaja|el cuchillo)'],
  // A gun got secretly and hidden.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:consegui|compre|me hice de|agarre) (?:una|la|el|un) (?:pistola|arma|revolver|fusca|fierro|escopeta|cuete)(?: [a-z0-9,.]+){0,10} (?:nadie sabe|nadie lo sabe|la tengo escondida|esta escondid[oa]|debajo de la cama|bajo el colchon)'],
  // CONCERN: the idea of throwing myself that crosses my mind; trapped; thoughts of death.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:se me cruza|se me pasa|se me viene|me viene|me da|me entra) (?:por la cabeza )?(?:la idea|el pensamiento|las ganas|la tentacion) de (?:tirarme|aventarme|lanzarme|botarme|saltar|matarme|soltar el volante|estrellarme|echarme)', JUMP_FUN_AFTER29],
  ['SUICIDE', 'CONCERN', 'LIFE', `${CANT_LEAVE}(?: [a-z0-9,.]+){0,14} me siento ${CAGED}`],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:tengo|ando con|traigo) (?:pensamientos?|ideas?) de (?:muerte|morir|morirme) (?:todo el tiempo|todo el dia|a cada rato|siempre|todos los dias|a diario)'],
  // Someone else: a pupil or a child who says she'd rather die.
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:me dijo|me conto|me escribio|me confeso|dice|dijo) que (?:[a-z]+ ){0,8}(?:prefiere|preferiria|quiere|se quiere) (?:morirse|matarse|suicidarse|estar muerta|estar muerto|desaparecer|no vivir)'],
];

const PT: readonly RuleSource[] = [
  // The train "is mine, that's how it will be".
  ['SUICIDE', 'CRISIS', 'SELF', '(?:comboio|trem|metro|comboios)(?: [a-z0-9,.]+){0,8} (?:e|eh) (?:o )?meu(?: [a-z0-9,.]+){0,4} (?:e assim que vai ser|assim e que vai ser|vai ser assim|ja esta decidido|ja decidi)(?= \\.| ,|$)'],
  // A gun got secretly and hidden.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:consegui|arranjei|comprei|peguei) (?:a|uma|o|um) (?:arma|pistola|revolver|oitao|trinta e oito|glock|cano|ferro)(?: [a-z0-9,.]+){0,10} (?:ninguem sabe|ta escondid[oa]|esta escondid[oa]|escondi|debaixo da cama|no guarda roupa)'],
  // Bills paid, "that's the day"; "when he sleeps I'll end this".
  ['SUICIDE', 'CRISIS', 'SELF', '(?:pagar|paguei|pago|quitar|quitei) (?:as |todas as )?(?:contas|dividas)(?: [a-z0-9,.]+){0,6} (?:e|eh) o dia(?= \\.| ,|$)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:quando|assim que|depois que|logo que) (?:o |a |os |as |toda a |todos )?(?:[a-z]+ )?(?:dormir|dormirem|adormecer|sair|sairem|estiver a dormir|estiverem a dormir)(?: ,)? (?:eu )?vou (?:acabar com (?:isto|isso|tudo)|por fim a (?:isto|isso|tudo))(?= \\.| ,|$)'],
  ['SUICIDE', 'CRISIS', 'SELF', 'vou acabar com (?:isto|isso|tudo)(?: \\.| ,)? (?:ja )?nao (?:ha|tem) (?:volta|retorno|mais volta)'],
  // Giving my things away, "and I know why".
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:doando|dando|distribuindo|doei|dei) (?:todas |todos )?(?:as |os )?(?:minhas|meus)(?: [a-z0-9,.]+){1,24} (?:mas|e) (?:eu )?(?:sei|sei bem) (?:porque|o porque|o motivo)(?= \\.| ,|$)', TRAVEL_AFTER29],
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:onde|pra onde|para onde|aonde) (?:eu )?vou(?: ,)? (?:ja )?(?:nao|n) (?:vou )?(?:preciso|precisar|me servem|me serve|vao servir)', TRAVEL_AFTER29],
  // A cut on purpose, blood pouring.
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:de proposito|propositadamente|a proposito|por querer)(?: [a-z0-9,.]+){0,14} (?:a jorrar sangue|jorrando sangue|esta a sangrar muito|sangrando muito|nao para de sangrar|nao pára de sangrar)'],
  // Made to look like an accident for the insurance.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:que|para que|pra que) (?:pareca|parecer) (?:um )?acidente(?: [a-z0-9,.]+){0,10} (?:seguro|seguradora|apolice)'],
  // CONCERN: the idea of jumping that comes; thoughts of death all the time.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:vem me|me vem|vem|passa me pela cabeca|me passa pela cabeca|me da|da me) (?:a ideia|o pensamento|a vontade) de (?:saltar|pular|me jogar|me atirar|jogar me|atirar me|largar o volante|me matar|acabar com tudo)', JUMP_FUN_AFTER29],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:tenho|ando com|to com|estou com|tou com) (?:pensamentos?|ideias?) de (?:morte|morrer|me matar) (?:o tempo todo|todo o tempo|toda hora|sempre|todos os dias|a toda a hora)'],
];

/** The Italian, Spanish and Portuguese sources of the round 29 rules. */
export const R29_SOUTH: Record<Exclude<ForeignLanguage, 'fr' | 'de'>, readonly RuleSource[]> = { it: IT, es: ES, pt: PT };
