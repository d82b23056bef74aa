/**
 * More warning-sign families in Spanish, French, German, Portuguese and Italian (folded text, as in
 * crisis-lexicon-core.ts), each written for all five languages after 988's warning signs and the
 * C-SSRS behaviour items:
 * - a deadline said as "after Friday it is not my problem" / "tomorrow at this time I won't be
 *   anyone's problem" / "I won't be here on Wednesday";
 * - arrangements with only the last step left ("will, passwords … only the day left to choose");
 * - taking what one has saved once everyone is asleep; pills stockpiled or counted, "enough not to wake up";
 * - a gun in the house with the code or the ammunition known; standing at a height right now;
 * - a farewell said as "sorry for everything … love you … bye", "this is a goodbye";
 * - self-harm said by the act (scratching until it bleeds, banging one's head, punching oneself,
 *   starving until one faints) and an urge to cut held back (CONCERN);
 * - indifference to one's own death (driving without a seat belt, "if something happens, so be it",
 *   "if a bus hit me") and being a burden "without me they would have the house" (CONCERN);
 * - pain one does not know how much longer one can bear (CONCERN);
 * - a weapon taken to work or school, a stabbing sworn (harm to others);
 * - the same signs reported about someone else (OTHER): "she says she'll take all her pills".
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

const DAY_ES = '(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|el finde|este finde|fin de semana)';
const DAY_FR = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce week end|ce weekend)';
const DAY_DE = '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|dem wochenende)';
const DAY_PT = '(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|fim de semana)';
const DAY_IT = '(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|il weekend|il fine settimana)';
const GUN = '(?:pistola|arma|armas|revolver|escopeta|rifle|fusils?|waffe|gewehr|pistole|espingarda|fucile|carabina)';
const GUN_ACCESS = '(?:schlussel|schluessel|cles|chiave|chave|llave|balles|keiner da|codigo|combinacion|code|codes|balas|municion|munitions|cartouches|munition|patronen|municao|balas|cartucce|munizioni|sol[oa] en casa|seul[e]? a la maison|allein zu hause|alle weg|sozinh[oa] em casa|da sol[oa] a casa)';
const FAINT = '(?:me desmaye|desmayarme|je m evanouisse|tomber dans les pommes|ich umkipp|ich umkippe|ich zusammenbreche|desmaiar|eu desmaie|svengo|svenire)';

const SOURCES: Record<ForeignLanguage, RuleSource[]> = {
  es: [
    ['SUICIDE', 'CRISIS', 'SELF', `(?:manana a estas horas|despues del? ${DAY_ES}|el ${DAY_ES}) (?:ya )?no (?:voy a ser|sere|sera) (?:un )?problema|ya no (?:voy a ser|sere) (?:un )?problema (?:de|para) nadie|(?:el|este|para el) ${DAY_ES} (?:ya )?no (?:voy a estar|estare)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:me voy a tomar|me tomo|tomarme|voy a tomar) (?:todo )?lo que (?:tengo guardado|he guardado|guarde|junte|he juntado)|(?:pastillas|pildoras) (?:ya )?contadas|(?:suficientes|bastantes) (?:pastillas )?(?:para|como para) no despertar`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ |, ){0,10}${GUN_ACCESS}|(?:perdon|perdona|perdonen|perdonad) (?:por|de) todo (?:[a-z]+ |, |\\. ){0,8}(?:adios|los quiero|las quiero|os quiero)|(?:esto|este) es una despedida`],
    ['SELF_HARM', 'CRISIS', 'SELF', `(?:no como|sin comer|no he comido) (?:[a-z0-9]+ |, ){0,12}(?:hasta que ${FAINT}|a proposito)|me (?:estoy dando|doy) (?:punetazos|golpes) (?:en la cara|en la cabeza)?(?: y no puedo parar)|me (?:estoy )?golpeando la cabeza contra`],
    ['SELF_HARM', 'CONCERN', 'SELF', 'me (?:rasco|araño|arano|pellizco) hasta (?:sangrar|que sangra|hacerme sangre|que me sale sangre)|(?:tuve |tengo )?ganas de (?:cortarme|lastimarme|hacerme dano)|me (?:doy|pego) (?:[a-z]+ ){0,4}contra la pared'],
    ['SUICIDE', 'CONCERN', 'SELF', 'sin mi (?:[a-z]+ ){0,3}(?:tendrian|estarian|vivirian|serian|tendria)|(?:solo|nomas|nada mas) (?:doy|causo|traigo) (?:problemas|trabajo|molestias|disgustos)|(?:me da|me daria) igual si me pasa algo|si me (?:atropellara|atropella) un (?:bus|coche|camion|auto)|(?:sin cinturon|sin casco) (?:[a-z]+ ){0,4}(?:rapido|velocidad)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'ya no se cuanto (?:mas )?(?:puedo|aguanto|voy a aguantar)|no se cuanto tiempo mas (?:puedo|aguanto|voy a aguantar)'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `(?:le|les) (?:clavo|meto|voy a clavar) (?:el|un) (?:cuchillo|navaja)|(?:voy|me voy) (?:con|a) (?:el|un|la) (?:cuchillo|pistola|arma) (?:a|al) (?:la oficina|el trabajo|la escuela|el colegio|la uni)`],
    ['SUICIDE', 'CONCERN', 'OTHER', 'se va a tomar todas (?:sus|las) (?:pastillas|pildoras)|(?:se despidio|se ha despedido) de todos (?:[a-z]+ ){0,3}y (?:regalo|ha regalado)|(?:dice|dijo) que no vale la pena vivir'],
    ['SUICIDE', 'CONCERN', 'SELF', 'seria (?:todo )?mas facil para todos si (?:yo )?no estuviera(?! en (?:el|la|los|las|mi|un|una) )|que (?:la|lo|los|las) quiero (?:[a-z]+ |, |\\. ){0,6}(?:para siempre|adios)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'para que seguir si'],
    ['SUICIDE', 'CRISIS', 'SELF', 'me (?:acuesto|tumbo|echo) en las vias|decidi como (?:acabar|terminar) (?:con todo|con mi vida)'],
  ],
  fr: [
    ['SUICIDE', 'CRISIS', 'SELF', `(?:apres ${DAY_FR}) (?:ce ne sera|ce sera|ca ne sera|ca sera) plus (?:mon|un) probleme|je (?:ne )?serai plus la ${DAY_FR}|(?:demain a cette heure|demain soir) je (?:ne )?serai plus (?:la|un probleme)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:testament|codes|mots de passe) (?:[a-z]+ |, |\\. ){0,20}(?:il (?:ne )?reste (?:plus )?qu a|il (?:ne )?me reste (?:plus )?qu a) (?:choisir|trouver|fixer) (?:l heure|le jour|la date|le courage)|je (?:prends|vais prendre) (?:tout )?ce que j ai (?:garde|mis de cote|accumule|stocke)|assez (?:de cachets |de medicaments )?pour ne (?:plus )?(?:me )?reveiller`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ |, ){0,10}${GUN_ACCESS}|j ai fait mes adieux a (?:tout le monde|tous|ma famille)|(?:c est|ceci est) un adieu|je (?:roule|conduis|marche|vais) vers (?:la|les) (?:falaise|falaises|voie ferree|rails)|(?:pardon|pardonnez moi) pour tout (?:[a-z]+ |, |\\. ){0,8}(?:adieu|je vous aime)`],
    ['SELF_HARM', 'CRISIS', 'SELF', `(?:pas mange|rien mange|je mange (?:plus|pas|rien)) (?:[a-z0-9]+ |, ){0,8}(?:jusqu a ce que ${FAINT}|expres)|je me (?:frappe|tape) (?:la tete )?(?:contre le mur|au visage)|je me cogne la tete contre`],
    ['SELF_HARM', 'CONCERN', 'SELF', 'je me (?:gratte|griffe|pince) jusqu au sang|(?:envie|l envie) de me (?:couper|scarifier|faire du mal)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'sans moi (?:[a-z]+ ){0,3}(?:auraient|seraient|vivraient|iraient)|je (?:ne )?(?:fais|cause|cree|apporte) que des (?:problemes|soucis|ennuis)|(?:ils|elles) ont assez souffert a cause de moi|(?:ca m est egal|je m en fiche|tant pis) s il m arrive (?:quelque chose|un truc)|si un (?:bus|camion|train) m (?:ecrasait|renversait)|sans ceinture (?:[a-z]+ ){0,4}(?:vite|vitesse)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'je (?:ne )?sais (?:plus|pas) combien de temps (?:je vais|je peux) (?:encore )?(?:tenir|supporter)'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'jusqu a ce qu (?:il|elle) (?:ne )?se rel[e]?ve plus|je (?:vais|vais aller) (?:au bureau|au travail|a l ecole) avec (?:un|le|mon) (?:couteau|flingue|arme|fusil)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:il|elle) (?:voulait|veut|va) en finir|(?:il|elle) (?:a dit|dit) qu (?:il|elle) (?:voulait|veut|allait) en finir|(?:il|elle) va prendre tous ses (?:cachets|medicaments)|a dit au revoir a tout le monde (?:[a-z]+ ){0,3}et (?:a )?donne'],
    ['SUICIDE', 'CRISIS', 'SELF', 'c est la derniere fois que (?:je vous|je t|j vous|jvous) (?:ecris|parle)|(?:je vais )?me (?:fous|fou|foutre) en l air|que je (?:l|les) aime (?:[a-z]+ |, |\\. ){0,6}(?:pour de bon|pour toujours|adieu)|je me couche sur (?:les rails|la voie)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'rien (?:ne )?(?:changera|va changer)(?: jamais)?'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:revient|va revenir|reviendra) (?:me )?finir'],
  ],
  de: [
    ['SUICIDE', 'CRISIS', 'SELF', `nach ${DAY_DE} (?:ist das )?(?:eh |sowieso |dann )?(?:nicht mehr mein problem|bin ich (?:weg|nicht mehr da))|morgen um diese zeit (?:bin ich|gibt es mich) nicht mehr`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:testament|passworter|passwoerter|versicherung) (?:[a-z]+ |, |\\. ){0,20}(?:nur noch|bloss noch) (?:den mut|den tag|das datum|die uhrzeit)|(?:nehm|nehme) ich (?:das|alles) was ich (?:gesammelt|gehortet|gebunkert)|(?:sammel|sammle|horte|bunker|bunkere) (?:[a-z]+ ){0,3}(?:meine |die )?tabletten|tabletten (?:[a-z]+ ){0,2}abgezahlt|genug (?:tabletten )?(?:um|,) (?:nicht mehr )?(?:aufzuwachen|nie mehr aufzuwachen)`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ |, ){0,10}${GUN_ACCESS}|ich (?:steh|stehe|sitz|sitze|bin) (?:auf|an) (?:der|dem) (?:brucke|dachkante|klippe|gleisen|gleis)|(?:verzeiht|entschuldigt) mir (?:alles|fur alles)|das ist ein abschied`],
    ['SELF_HARM', 'CRISIS', 'SELF', `(?:nix|nichts) gegessen (?:[a-z0-9]+ |, ){0,8}(?:(?:bis|wenn) ${FAINT}|absichtlich)|(?:will|werde) mich (?:jetzt )?(?:mit (?:dem|einem) [a-z]+ )?verbrennen|(?:schlag|schlage) (?:mir|mich) (?:selbst )?(?:ins gesicht|den kopf)`],
    ['SELF_HARM', 'CONCERN', 'SELF', '(?:kratz|kratze) mich (?:auf )?bis es blutet|(?:lust|drang|den drang) mich zu (?:ritzen|schneiden|verletzen)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'ohne mich (?:[a-z]+ ){0,3}(?:hatten|waren|ginge)|(?:mach|mache|bereite) (?:allen|euch|meiner familie) nur (?:probleme|arger|sorgen)|(?:egal|wurscht) wenn mir was passiert|wenns kracht dann krachts|ohne gurt (?:[a-z]+ ){0,4}schnell'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:ich )?weiss nicht (?:mehr )?wie lange ich das noch aushalte'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'mit (?:dem|nem|einem|meinem) (?:messer|gewehr|waffe) (?:ins|in die|zur|in den) (?:buro|schule|arbeit|firma|laden)'],
    ['SUICIDE', 'CONCERN', 'OTHER', 'hat sich (?:[a-z]+ ){0,2}von allen verabschiedet (?:[a-z]+ ){0,3}und (?:seine|ihre) sachen verschenkt|(?:er|sie) will (?:alle )?(?:seine|ihre) tabletten nehmen'],
    ['SUICIDE', 'CRISIS', 'SELF', 'ich (?:leg|lege) mich auf die (?:gleise|schienen)|wie ich (?:es|mein leben|alles) (?:beende|beenden werde)|dass ich (?:sie|ihn|euch) liebe (?:[a-z]+ |, |\\. ){0,6}(?:fur immer|lebt wohl)'],
  ],
  pt: [
    ['SUICIDE', 'CRISIS', 'SELF', `depois (?:de|do|da) ${DAY_PT} (?:nao vai (?:fazer (?:mais )?diferenca|ser (?:mais )?problema)|eu nao vou (?:mais )?estar)|amanha (?:a )?essa hora (?:eu )?nao vou (?:mais )?ser problema`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:testamento|senhas|contas) (?:[a-z]+ |, |\\. ){0,20}(?:so|apenas) falta (?:escolher|decidir|marcar) (?:o dia|a hora|a data)|(?:eu )?(?:tomo|vou tomar|tomar) (?:tudo )?o que (?:eu )?(?:guardei|juntei|separei)|(?:ja )?separei (?:os|todos os) (?:remedios|comprimidos)(?: todos)? (?:[a-z]+ |, ){0,4}(?:esperando|quando) todo mundo dormir`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ |, ){0,10}${GUN_ACCESS}|(?:desculpa|desculpem) por tudo (?:[a-z]+ |, |\\. ){0,8}(?:tchau|adeus|amo (?:vcs|voces|todos))|(?:isto|isso) e uma despedida|(?:to|tou|estou) no (?:terraco|telhado|topo) (?:do|de um) (?:predio|edificio) e nao quero (?:descer|voltar)|(?:vou|vo) jogar o carro (?:na frente de|contra) (?:um|uma) (?:caminhao|onibus|carreta|muro|arvore)`],
    ['SELF_HARM', 'CRISIS', 'SELF', `sem comer (?:[a-z0-9]+ |, ){0,6}(?:de proposito|ate ${FAINT})|(?:to|estou|tou) (?:me )?(?:batendo|dando) (?:a|minha) cabeca (?:na|contra a) parede|(?:to|estou) me dando socos`],
    ['SELF_HARM', 'CONCERN', 'SELF', 'me (?:belisco|coco|arranho) ate (?:ficar roxo|ficar roxa|sangrar)|(?:deu|da|tive|tenho) vontade de me (?:cortar|machucar)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'sem mim (?:[a-z]+ ){0,3}(?:ficariam|teriam|estariam|seriam)(?: com)?|(?:so|apenas) (?:dou|causo|trago) (?:trabalho|problema|problemas|desgosto)|(?:tanto faz|nao ligo) se (?:me )?acontecer (?:alguma coisa|algo)|se acontecer (?:alguma coisa|algo) paciencia|se um (?:onibus|carro|caminhao) me atropelasse|sem cinto (?:[a-z]+ ){0,4}(?:rapido|velocidade)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'nao sei (?:por )?quanto tempo (?:mais )?(?:eu )?(?:aguento|vou aguentar|consigo aguentar)'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:vou|vo) (?:pra|para) (?:a escola|o trabalho|o escritorio) com (?:a|uma) (?:faca|arma)|(?:enfio|vou enfiar) (?:a|uma) faca (?:nele|nela)'],
    ['SUICIDE', 'CONCERN', 'OTHER', 'se despediu de todo mundo (?:[a-z]+ ){0,3}e deu (?:as|suas) coisas|(?:disse|diz) que (?:vai|ia) tomar todos os (?:remedios|comprimidos)|(?:disse|diz) que queria nao existir'],
    ['SUICIDE', 'CRISIS', 'SELF', 'me deito nos trilhos|que (?:eu )?(?:amo|a amo|o amo) (?:[a-z]+ |, |\\. ){0,6}(?:para sempre|adeus)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:pra|para) que continuar se'],
  ],
  it: [
    ['SUICIDE', 'CRISIS', 'SELF', `dopo ${DAY_IT} non sara piu (?:un )?problema (?:mio|di nessuno)|domani a quest ora non (?:ci )?saro piu|(?:non ci saro piu|non ci saro) ${DAY_IT}`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:testamento|password|bollette) (?:[a-z]+ |, |\\. ){0,20}(?:manca solo|resta solo|mi resta solo) (?:scegliere|decidere|trovare) (?:il giorno|l ora|la data|il coraggio)|prendo (?:tutto )?quello che ho (?:messo da parte|conservato)|(?:ne ho )?(?:abbastanza|a sufficienza) (?:pillole )?per non svegliarmi`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ |, ){0,10}${GUN_ACCESS}|(?:scusate|perdonatemi) per tutto (?:[a-z]+ |, |\\. ){0,8}(?:addio|vi voglio bene)|questo e un addio|ho (?:deciso|trovato) come finirla`],
    ['SELF_HARM', 'CRISIS', 'SELF', `non mangio (?:[a-z0-9]+ |, ){0,6}(?:apposta|finche non ${FAINT})|mi sto prendendo a (?:pugni|schiaffi)|(?:sbatto|sto sbattendo) la testa contro`],
    ['SELF_HARM', 'CONCERN', 'SELF', 'mi (?:gratto|graffio|pizzico) fino a (?:sanguinare|farmi sanguinare)|voglia di (?:tagliarmi|farmi del male)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'senza di me (?:[a-z]+ ){0,3}(?:avrebbero|sarebbero|starebbero|respirerebbero|vivrebbero)|(?:do|causo|porto) solo problemi|se (?:mi )?succede qualcosa pazienza|se mi investisse un|senza cintura (?:[a-z]+ ){0,4}(?:velocita|veloce)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'non so (?:per )?quanto (?:ancora )?(?:posso|riesco a|potro) (?:resistere|reggere|sopportare)'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'vado (?:a scuola|in ufficio|al lavoro) (?:col|con il|con la) (?:coltello|pistola|fucile)'],
    ['SUICIDE', 'CONCERN', 'OTHER', 'ha salutato tutti e (?:ha )?regalato|(?:dice|ha detto) che non vale la pena vivere|(?:dice|ha detto) che (?:si )?vuole prendere tutte le (?:pillole|pastiglie)'],
    ['SUICIDE', 'CRISIS', 'SELF', 'mi sdraio sui binari|che (?:le|gli) voglio bene (?:[a-z]+ |, |\\. ){0,6}(?:per sempre|addio)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'a che serve (?:andare avanti|continuare) se'],
  ],
};

/** The families above, compiled per language. */
export const ACT_RULES: Record<ForeignLanguage, ForeignRule[]> = compileByLanguage(SOURCES);
