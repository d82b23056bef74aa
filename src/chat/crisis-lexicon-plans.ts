/**
 * Plans, means at hand and farewells in Spanish, French, German, Portuguese and Italian (folded text, as
 * in crisis-lexicon-core.ts), each family written for all five languages after 988's warning signs
 * ("talking about a plan, looking for a way, saying goodbye, giving things away") and the C-SSRS items
 * on preparatory behaviour:
 * - timing with the act unnamed: "as soon as the kids are at school tomorrow I'll do it";
 * - a firearm loaded beside one, or knowing where its key is; a rope and knowing which beam holds;
 * - throwing oneself under a train, jumping from a bridge or a roof, driving into a tree;
 * - collecting one's medicines for weeks ("now there are enough");
 * - a farewell before leaving with "please don't call anyone"; thanks for the therapist, "it's not
 *   her fault", goodbye;
 * - "this weekend is the day, I've already chosen the place";
 * - CONCERN: a pain one cannot bear "I don't know how much longer"; a past attempt, the safety plan, and "it's getting hard again";
 * - reports about someone else (OTHER): "my son said he'll kill himself after the exams".
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

// After "I'll do it": nothing, or a clause on where the others will be (not an object: "lo hago, el ejercicio").
const IT_ENDS = '(?= ?[,.]| ?$| (?:ellos|ellas|ils|elles|sie|eles|elas|loro|staranno|estarao|seront|seran|sind|nadie|personne|niemand|ninguem|nessuno))';
const GUN = '(?:pistola|pistolas|arma|armas|escopeta|revolver|rifle|fusil|pistolet|flingue|pistole|waffe|gewehr|flinte|espingarda|fucile)';
const MEDS = '(?:medicamentos|medicinas|pastillas|medicaments|medocs|cachets|comprimes|medikamente|tabletten|pillen|remedios|comprimidos|medicine|pastiglie|pillole|farmaci)';
const THERAPIST = '(?:psicologa|psicologo|terapeuta|psiquiatra|psy|psychologue|therapeute|doctora|doctor|docteur|doutora|doutor|dottoressa|dottore|dr|frau|herr|therapeutin|therapeut)';
const GOODBYE = '(?:adios|adieu|tschuss|tschuess|lebewohl|adeus|addio)';
const NOT_HER_FAULT = '(?:no (?:es|fue) (?:su|tu) culpa|(?:c etait |c est |ce n est |c est pas |ce n etait )?pas (?:sa|ta|votre) faute|(?:es ist |es war )?nicht (?:ihre|deine|seine|eure) schuld|a culpa nao (?:e|foi) (?:dela|dele|sua|tua)|non (?:e|e stata) colpa (?:sua|tua))';
const HOW_LONG = '(?:no se (?:cuanto|cuanto mas|por cuanto tiempo)|je sais pas combien de temps|je ne sais pas combien de temps|weiss nicht wie lange|nao sei quanto|non so quanto)';

const PLACE_CHOSEN = '(?:es el dia|es el momento|c est le jour|c est le moment|ist der tag|ist es soweit|e o dia|e a hora|e il giorno|e il momento)[a-z ,.]{0,10}\\b(?:ya|deja|schon|ja|gia) (?:ho |hab |habe |j ai )?(?:elegi|escogi|choisi|ausgesucht|escolhi|scelto) (?:el|le|den|o|il) (?:lugar|sitio|endroit|ort|posto|luogo)';
const ATTEMPT = '(?:intente (?:suicidarme|matarme|quitarme la vida)|intento de suicidio|j ai fait une ts|tentative de suicide|hatte ich einen (?:suizid)?versuch|suizidversuch|tentei (?:me matar|tomar|suicidio)|tentativa de suicidio|ho tentato|tentato il suicidio)';
const SAFETY_PLAN = '(?:plan de seguridad|plan de securite|notfallplan|krisenplan|plano de seguranca|piano di sicurezza)';
const AGAIN = '(?:igual|otra vez|de nuevo|pareil|encore|wieder|de novo|outra vez|di nuovo|difficile|dificil)';
const ATTEMPT_AGAIN = `${ATTEMPT}[a-z0-9 ,.]{0,80}\\b${SAFETY_PLAN}[a-z0-9 ,.]{0,120}\\b${AGAIN}`;

const SOURCES: Record<ForeignLanguage, RuleSource[]> = {
  es: [
    ['SUICIDE', 'CRISIS', 'SELF', `(?:cuando|en cuanto|apenas|nada mas) (?:[a-z]+ ){1,6}(?:se vayan|se vaya|salgan|salga|se duerman|se duerma|esten dormidos|esten en (?:la escuela|el colegio)) (?:[a-z]+ |, ){0,4}lo hago${IT_ENDS}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ ){0,5}cargad[ao]s?|(?:tirarme|me voy a tirar|me tiro|aventarme) (?:a las vias|al tren|debajo del tren|delante del tren|del puente|de la azotea|del edificio)|se (?:cual|que) viga`],
    ['SUICIDE', 'CRISIS', 'LIFE', 'para dormirme y no (?:volver|despertar)|(?:cancelar|anular) (?:todas )?mis (?:citas|sesiones)[a-z ,.]{0,60}\\bya no voy a estar'],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:juntando|acumulando|ahorrando|junto|acumulo) (?:mis |las |los )?${MEDS}|despedirme antes de irme|no llamen a nadie`],
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:diganle|digale|dile|decidle) (?:a |al |a la )?(?:mi )?${THERAPIST}[a-z ,.]{0,80}\\b${GOODBYE}|${NOT_HER_FAULT}[a-z ,.]{0,40}\\b${GOODBYE}`],
    ['SUICIDE', 'CONCERN', 'LIFE', `(?:no aguanto mas (?:este|el|esto|tanto) (?:dolor|sufrimiento)|el (?:dolor|sufrimiento) es insoportable)[a-z ,.]{0,20}\\b${HOW_LONG}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:dijo|dice|escribio|publico) que se (?:va|iba) a (?:matar|suicidar|quitar la vida|despedir de todos)|que se (?:va|iba) a tomar (?:pastillas|las pastillas|todas las pastillas)'],
    ['SUICIDE', 'CRISIS', 'SELF', PLACE_CHOSEN],
    ['SUICIDE', 'CONCERN', 'LIFE', ATTEMPT_AGAIN],
  ],
  fr: [
    ['SUICIDE', 'CRISIS', 'SELF', `(?:des que|quand|une fois que|aussitot que) (?:[a-z]+ ){1,6}(?:partent|partira|partiront|seront partis|sera parti|dorment|dormiront|seront a l ecole) (?:[a-z]+ |, ){0,4}je le fais${IT_ENDS}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ ){0,5}charge(?:e|s)?\\b(?! (?:de|a|du))|${GUN} (?:[a-z]+ |, ){0,8}je sais ou (?:est|sont) (?:la cle|les cles|les balles|les munitions)|(?:me jeter|je me jette|me lancer) (?:sous|devant) (?:le|un) (?:train|metro|camion|bus)|(?:foncer|me planter|rentrer) (?:[a-z]+ ){0,1}dans (?:un|le) (?:arbre|poteau|pilier|camion)|je sais (?:quelle|laquelle) poutre`],
    ['SUICIDE', 'CRISIS', 'LIFE', 'annuler (?:tous )?mes (?:rdv|seances|rendez vous)[a-z ,.]{0,60}\\b(?:j en aurai plus besoin|je serai plus la)'],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:j accumule|je garde|je stocke|je mets de cote|je collectionne) (?:[a-z]+ ){0,2}(?:mes |des )?${MEDS}|vous dire adieu avant de partir|me dire adieu avant de partir|n appelez personne`],
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:dites|dis) merci (?:a|au) (?:la |le |mon |ma )?${THERAPIST}[a-z ,.]{0,80}\\b(?:fait la paix|plus besoin de me garder)|(?:dites|dis) (?:a |au )?(?:mon |ma )?${THERAPIST}[a-z ,.]{0,80}\\b${GOODBYE}|${NOT_HER_FAULT}[a-z ,.]{0,40}\\b${GOODBYE}`],
    ['SUICIDE', 'CONCERN', 'LIFE', `(?:je )?(?:ne )?(?:supporte|tiens) plus (?:cette|la) douleur[a-z ,.]{0,20}\\b${HOW_LONG}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:dit|a dit|a ecrit|a poste) qu (?:il|elle) (?:va|allait) se (?:tuer|suicider|foutre en l air)|m a dit qu (?:elle|il) (?:voulait|veut) mourir|qu (?:il|elle) allait prendre (?:des|ses|tous ses|toutes ses) (?:medocs|medicaments|cachets)'],
    ['SUICIDE', 'CRISIS', 'SELF', PLACE_CHOSEN],
    ['SUICIDE', 'CONCERN', 'LIFE', ATTEMPT_AGAIN],
  ],
  de: [
    ['SUICIDE', 'CRISIS', 'SELF', `(?:sobald|wenn) (?:[a-z]+ ){1,6}(?:schlafen|weg sind|weg ist|los sind|aus dem haus sind|in der schule sind|bei der arbeit sind) (?:[a-z]+ |, ){0,2}mach ich(?:s| es)${IT_ENDS}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ ){0,5}(?:liegt|ist|sind) (?:[a-z]+ ){0,1}geladen|geladene ${GUN}|mich vor (?:den|einen|die) (?:zug|lkw|bus|u bahn|s bahn|bahn) (?:werfen|schmeissen)|(?:spring|springe) (?:[a-z]+ ){0,3}von (?:der|dem|einer|einem) (?:brucke|bruecke|dach|hochhaus|parkhaus)|weiss (?:welcher|welchen) (?:balken|ast|haken)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:sammle|sammel|hamstere|horte) (?:[a-z]+ ){0,3}(?:meine |die )?${MEDS}|(?:mich )?(?:nur )?verabschieden,? bevor ich (?:gehe|geh)|(?:bitte )?ruft (?:bitte )?niemanden an`],
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:sagen sie|sag|sagt) (?:der |dem |meiner |meinem )?${THERAPIST}[a-z ,.]{0,80}\\b${GOODBYE}|${NOT_HER_FAULT}[a-z ,.]{0,40}\\b${GOODBYE}`],
    ['SUICIDE', 'CONCERN', 'LIFE', `(?:halt|halte) (?:diesen|den|die) (?:schmerz|schmerzen) nicht mehr (?:lange )?aus[a-z ,.]{0,20}\\b${HOW_LONG}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:gesagt|geschrieben|gepostet),? (?:dass )?(?:er|sie) (?:bringt|bringe) sich (?:[a-z]+ ){0,4}um'],
    ['SUICIDE', 'CRISIS', 'SELF', PLACE_CHOSEN],
    ['SUICIDE', 'CONCERN', 'LIFE', ATTEMPT_AGAIN],
  ],
  pt: [
    ['SUICIDE', 'CRISIS', 'SELF', `(?:assim que|quando|logo que) (?:[a-z]+ ){1,6}(?:forem|for|sairem|sair|dormirem|dormir|estiverem) (?:[a-z]+ |, ){0,6}(?:eu )?(?:faco|faco isso)${IT_ENDS}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ ){0,5}(?:ta|esta) carregada|(?:me jogar|me atirar) (?:na frente|debaixo|embaixo) d[oa] (?:trem|comboio|onibus|caminhao|metro)|sei qual (?:viga|trave)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:juntar|juntando|acumular|acumulando|a juntar|a acumular) (?:os |as )?(?:meus |minhas )?${MEDS}|me despedir antes de ir|nao liguem (?:pra|para|a) ninguem`],
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:diga|diz|digam|fala|falem) (?:a |ao |pra |para a |para o )?(?:minha |meu )?${THERAPIST}[a-z ,.]{0,80}\\b${GOODBYE}|${NOT_HER_FAULT}[a-z ,.]{0,40}\\b${GOODBYE}`],
    ['SUICIDE', 'CONCERN', 'LIFE', `nao aguento mais (?:essa|esta|a) dor[a-z ,.]{0,20}\\b${HOW_LONG}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:disse|diz|escreveu|postou) que (?:se vai matar|vai se matar|ia se matar|se ia matar)'],
    ['SUICIDE', 'CRISIS', 'SELF', PLACE_CHOSEN],
    ['SUICIDE', 'CONCERN', 'LIFE', ATTEMPT_AGAIN],
  ],
  it: [
    ['SUICIDE', 'CRISIS', 'SELF', `(?:appena|non appena|quando) (?:[a-z]+ ){1,6}(?:sono a scuola|sono al lavoro|dormono|escono|se ne vanno|saranno fuori|sono fuori) (?:[a-z]+ |, ){0,4}lo faccio${IT_ENDS}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${GUN} (?:[a-z]+ ){0,5}(?:e|sta) carica|mi butto (?:sotto (?:al|a un|il|un) (?:treno|camion|autobus|tram)|(?:giu )?da(?:l| un| una)? (?:ponte|tetto|palazzo|balcone|viadotto))|so quale (?:trave|ramo|gancio) regge`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:metto da parte|accumulo|raccolgo|sto accumulando|sto mettendo da parte) (?:le |i )?(?:mie |miei )?${MEDS}|salutar(?:vi|ti) prima di andarmene|non chiamate nessuno`],
    ['SUICIDE', 'CRISIS', 'LIFE', `(?:dite|di|dica) (?:alla |al )?(?:mia |mio )?${THERAPIST}[a-z ,.]{0,80}\\b${GOODBYE}|${NOT_HER_FAULT}[a-z ,.]{0,40}\\b${GOODBYE}`],
    ['SUICIDE', 'CONCERN', 'LIFE', `non (?:reggo|sopporto) piu (?:questo|il) dolore[a-z ,.]{0,20}\\b${HOW_LONG}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:detto|scritto|postato) che si (?:ammazza|uccide|ammazzera|uccidera|vuole ammazzare|vuole uccidere)'],
    ['SUICIDE', 'CRISIS', 'SELF', PLACE_CHOSEN],
    ['SUICIDE', 'CONCERN', 'LIFE', ATTEMPT_AGAIN],
  ],
};

/** The families above, compiled per language. */
export const PLAN_RULES: Record<ForeignLanguage, ForeignRule[]> = compileByLanguage(SOURCES);
