/**
 * The crisis screen for Spanish, French, German, Portuguese and Italian (src/chat/crisis.ts runs
 * it on every message, whatever language the detector picked, so a short "quiero morir" inside
 * an English sentence still counts). Categories mirror the English screen: C-SSRS wishes,
 * thoughts, intent, method and plan; 988's means, timing, farewells, burden, feeling trapped and
 * hopelessness; self-harm, harm to others and abuse in progress (lexicons in
 * crisis-lexicon-*.ts).
 *
 * Text is folded first: lower case, accents stripped ("não" = "nao", "möchte" = "mochte"),
 * apostrophes to spaces ("j'ai" = "j ai"), symbols inside words undone and misspellings of the
 * lexicon corrected by edit distance (crisis-fuzzy.ts). Each rule is read in its clause:
 * - SELF rules are written in the first person; a negator just before the match, or inside it
 *   (German puts "nicht" mid-phrase), denies it: "no quiero morir", "ich will mich nicht umbringen".
 * - LIFE rules carry their negation in the pattern ("no quiero vivir", "je ne veux plus vivre").
 * - OTHER rules are third-person reports ("se quiere suicidar"): CONCERN with concernForOthers.
 * - ABUSE rules are someone else harming the patient ("me está pegando").
 */
import type { CrisisCategory, RiskLevel, ScreenLanguage } from './crisis';
import { correctSpelling, repairTyping } from './crisis-fuzzy';
import { DE_RULES, FR_RULES } from './crisis-lexicon-fr-de';
import { DE_R23_RULES } from './crisis-lexicon-r23-de';
import { ES_RULES, IT_RULES, PT_RULES } from './crisis-lexicon-es-pt-it';
import type { ForeignLanguage, ForeignRule } from './crisis-rule';
import { CORE_RULES } from './crisis-lexicon-core';
import { R21_RULES, R21_SHARED_RULES } from './crisis-lexicon-said';
import { R23_RULES } from './crisis-lexicon-r23';
import { R25_RULES } from './crisis-lexicon-r25';
import { R26_RULES } from './crisis-lexicon-r26';
import { R27_RULES } from './crisis-lexicon-r27';
import { SIGN_RULES } from './crisis-lexicon-signs';
import { INDIRECT_RULES } from './crisis-lexicon-indirect';
import { ACT_RULES } from './crisis-lexicon-acts';
import { MEANS_RULES } from './crisis-lexicon-means';
import { PLAN_RULES } from './crisis-lexicon-plans';
import { PREP_RULES } from './crisis-lexicon-prep';
import { DEED_RULES } from './crisis-lexicon-deeds';
import { EVERYDAY_RULES } from './crisis-lexicon-everyday';

const NEGATORS: Record<ForeignLanguage, ReadonlySet<string>> = {
  es: new Set(['no', 'nunca', 'jamas', 'ni', 'tampoco']),
  fr: new Set(['ne', 'n', 'pas', 'jamais', 'aucune', 'aucun']),
  de: new Set(['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'nichts', 'nix']),
  pt: new Set(['nao', 'nunca', 'jamais', 'nem']),
  it: new Set(['non', 'mai', 'ne', 'nessun', 'nessuna', 'nessuno']),
};

// Every language's negators: a message is often read by a neighbour language's rules ("nao sou suicida" by the Spanish ones).
const WITHOUT: ReadonlySet<string> = new Set(['sin', 'sans', 'ohne', 'sem', 'senza']);
// Not "no" (Portuguese "in the"), "ne" (German "a", Italian "of it") or "n": those count only in their own language.
const SHARED_NEGATORS: ReadonlySet<string> = new Set(Object.values(NEGATORS).flatMap((words) => [...words].filter((word) => !['no', 'ne', 'n', 'ni'].includes(word))));

const RULES: ReadonlyArray<readonly [ForeignLanguage, readonly ForeignRule[]]> = [
  ['es', [...ES_RULES, ...CORE_RULES.es, ...SIGN_RULES.es, ...INDIRECT_RULES.es, ...ACT_RULES.es, ...MEANS_RULES.es, ...PLAN_RULES.es, ...PREP_RULES.es, ...DEED_RULES.es, ...EVERYDAY_RULES.es, ...R21_RULES.es, ...R23_RULES.es, ...R26_RULES.es, ...R27_RULES.es]],
  ['fr', [...FR_RULES, ...CORE_RULES.fr, ...SIGN_RULES.fr, ...INDIRECT_RULES.fr, ...ACT_RULES.fr, ...MEANS_RULES.fr, ...PLAN_RULES.fr, ...PREP_RULES.fr, ...DEED_RULES.fr, ...EVERYDAY_RULES.fr, ...R21_RULES.fr, ...R23_RULES.fr, ...R25_RULES.fr, ...R26_RULES.fr, ...R27_RULES.fr]],
  ['de', [...DE_RULES, ...CORE_RULES.de, ...SIGN_RULES.de, ...INDIRECT_RULES.de, ...ACT_RULES.de, ...MEANS_RULES.de, ...PLAN_RULES.de, ...PREP_RULES.de, ...DEED_RULES.de, ...EVERYDAY_RULES.de, ...R21_RULES.de, ...DE_R23_RULES, ...R25_RULES.de, ...R26_RULES.de, ...R27_RULES.de]],
  ['pt', [...PT_RULES, ...CORE_RULES.pt, ...SIGN_RULES.pt, ...INDIRECT_RULES.pt, ...ACT_RULES.pt, ...MEANS_RULES.pt, ...PLAN_RULES.pt, ...PREP_RULES.pt, ...DEED_RULES.pt, ...EVERYDAY_RULES.pt, ...R21_RULES.pt, ...R23_RULES.pt, ...R26_RULES.pt, ...R27_RULES.pt]],
  ['it', [...IT_RULES, ...CORE_RULES.it, ...SIGN_RULES.it, ...INDIRECT_RULES.it, ...ACT_RULES.it, ...MEANS_RULES.it, ...PLAN_RULES.it, ...PREP_RULES.it, ...DEED_RULES.it, ...EVERYDAY_RULES.it, ...R21_RULES.it, ...R23_RULES.it, ...R25_RULES.it, ...R27_RULES.it]],
];

// Shared readings of what follows a match, in all five languages.
// "mi jefe me va a matar si llego tarde": a threat tied to a mundane slip is a figure of speech.
const MUNDANE_THREAT =
  /^ (?:,? )?(?:(?:si|se|wenn|quand|cuando|quando|falls) )?(?:[a-z]+ ){0,4}(?:tarde|atrasad[oa]|retard|ritardo|spat|spaet|salto|salti|perdo|falto|rate|schwanze|notas?|note|noten|voti|ve|vede|sabe|souber|sapra|saura|sait|weiss|erfahrt|descubre|scopre|descobre|decouvre|entera|envoie|envoye|rends|finis|finisco|finisce|termino|acabo|entrego|consegno|abgebe|rapport|report|informe|relatorio|rompo|casse|kaputt|olvido|oublie|vergesse|esqueco|dimentico)/;
// "si je rate l exam ma mere va me tuer": the mundane slip comes first, in a condition.
const MUNDANE_CONDITION =
  /\b(?:si|se|wenn|falls|quand|cuando|quando) (?:[a-z]+ ){0,5}(?:rate|echoue|loupe|reprov[a-z]*|bocci[a-z]*|durchfalle|durchfallt|suspend[a-z]*|repruebo|tarde|retard|ritardo|atrasad[oa]|spat|spaet|perds|perco|perdo|pierdo|verliere|oublie|esqueco|dimentico|olvido|vergesse|casse|rompo|quebro|kaputt|notas?|note|noten|voti|voto)\b/;
// "ma mere va me tuer mdr": a threat with a laugh after it is a figure of speech.
const LAUGH_AFTER = /^(?: [a-z]+){0,3} (?:mdr|ptdr|lol|lmao|(?:ja|je|ji)(?:j[aei])+|k{3,}|(?:ha|ah)(?:ha|ah)+h?|xd|(?:rs){2,})\b/;
// "si me toca otra junta me tiro por la ventana jajaja": one more of a chore, then an act, then a laugh: exasperation.
const ONE_MORE_CONDITION = /\b(?:si|se|wenn|falls) (?:[a-z]+ ){0,4}(?:otra|otro|outra|outro|mais uma|mais um|une autre|un autre|encore une?|noch (?:eine?|einmal)|un altr[oa]|un altra|ancora una?)\b/;
// "ich kann nicht mehr vor lachen": what follows says it is laughter.
const FROM_LAUGHING = /^ (?:\. )?(?:dal(?:la|le)? (?:ridere|risate|gioia|felicita)|vor (?:lachen|freude|gluck|glueck)|de (?:alegria|felicidad|felicidade|joie|bonheur)|de (?:la )?(?:risa|rire)|de tanto rir|de rir|from laughing)\b/;
// "me corte el dedo cortando cebolla, nada grave": a kitchen or household cut, unless done on purpose.
const ACCIDENT = /\b(?:nada grave|nada serio|niente di grave|rien de grave|nichts schlimmes|nada de grave|cocinando|cortando (?:cebolla|pan|verdura|tomate|cebola|pao)|cucinando|en cuisinant|beim kochen|cozinhando|dedo|dito|doigt|finger|coltello del pane|cuchillo de (?:cocina|pan)|faca de (?:cozinha|pao)|(?:hoja|folha|foglio|feuille|blatt) (?:de |di |d )?(?:papel|carta|papier)|(?:con|com|avec|mit|col) (?:un |una |uma |une |einem )?(?:papel|papier|cartone|carton|karton)|(?:en )?epluchant|pelando|descascando|sbucciando|beim schalen|kartoffeln schalen|couteau (?:a pain|de cuisine)|brotmesser|sin querer|por accidente|per sbaglio|par accident|aus versehen|sem querer|por acidente)\b/;
const ON_PURPOSE = /\b(?:a proposito|de proposito|expres|absichtlich|apposta|de proposito|adrede|volontairement|di proposito)\b/;
// Giving old things away when moving, decluttering or to charity is ordinary.
const GIVING_WORDS = /\b(?:regal[a-z]*|donne[a-z]*|donato|donat[aei]|doei|doado|doada|verschenk[a-z]*|weggegeben|verteilt|repart[a-z]*|distribu[a-z]*)\b/;
const ORDINARY_GIVING = /\b(?:beneficenza|charite|caridade|caridad|spende[n]?|gespendet|flohmarkt|mercadillo|brocante|vinted|ebay|kleinanzeigen|trastero|soffitta|grenier|dachboden|ropa que ya no|que ya no uso|che non uso piu|que je ne porte plus|die ich nicht mehr trage|que nao uso mais)\b/;
// "quiero desaparecer de las redes sociales": leaving a platform, not life.
const ONLINE = /^ (?:de |des |das |dos |do |da |dai |dal |dalla |von |aus |from )?(?:las |les |the |den )?(?:redes|reseaux|social|sociais|sociales|internet|instagram|facebook|tiktok|whatsapp|grupo|groupe|gruppo|chat|netz)/;
// "el suicidio de un poeta": a noun about someone else's death.
const SOMEONE_ELSES = /^ (?:del|della|dello|dell|do|da|du|des|dos|das|meiner|meines|seiner|seines|ihrer|ihres|unserer|unseres|eines|einer|(?:de|di|von) (?:un|una|um|uma|el|la|su|sus|seu|sua|suo|einem|einer|meinem|meiner|son|sa|mon|ma|mi|mio|mia))\b/;
// "la cancion dice quiero morir": words of a song, book or film.
const WORK_BEFORE = /\b(?:rola|pezzo|brano|estribillo|ritornello|refrao|morceau|trap|reggaeton|sertanejo|docu|documentaire|documental|documentario|doku|dokumentation|reportage|podcast|artikel|article|articulo|artigo|articolo|cancion|chanson|lied|liedtext|songtext|song|refrain|cancao|musica|canzone|letra|paroles|testo|libro|livre|buch|livro|pelicula|film|filme|serie|poema|poeme|gedicht|poesia)\b/;
// "hace dos anos quise morir", "dois anos atras eu queria morrer": a finished past, unless it is back.
const DISTANT_PAST = /\b(?:a los (?:1[0-9]|[2-6][0-9])(?! (?:minutos|segundos|horas|dias|metros|euros|pesos|grados))|a (?:1[0-9]|[2-6][0-9]) anni|aos (?:1[0-9]|[2-6][0-9])|a (?:1[0-9]|[2-6][0-9]) ans|mit (?:1[0-9]|[2-6][0-9])(?= (?:jahren|hab|habe|war|bin|hatte|ist|,))|^ado|ado (?:j|je)|(?:na|en la|en mi|nella|nell|in der|a l|dans l) adolescen[a-z]*|el ano pasado|ano passado|ha (?:[a-z]+ )?anos|l ?annee derniere|letztes jahr|l anno scorso|als teenager|als jugendliche[rn]?|de adolescente|en mi adolescencia|quand j etais ado|hace (?:[a-z0-9]+ )?anos|anos atras|il y a (?:[a-z0-9]+ )?ans|vor (?:[a-z0-9]+ )?jahren|de l an dernier|l an dernier|del ano pasado|do ano passado|dell anno scorso|vom letzten jahr|(?:[a-z0-9]+ )?anni fa|cuando era (?:nino|nina|pequen[oa]|adolescente)|quand j etais (?:petit|petite|ado|adolescent)|als ich (?:klein|jung|teenager) war|quando eu era (?:crianca|pequen[oa]|adolescente)|da (?:bambin[oa]|ragazz[oa]|adolescente)|passat[oaie]|pasad[oa]s|passad[oa]s|vergangene[nr]?|fruher(?! oder)|frueher(?! oder)|(?:meine|meinen) alten|mes anciennes?|mis viej[oa]s|i miei vecchi|le mie vecchie|(?:al|del|dal) liceo|alle medie|(?:au|du) (?:college|lycee)|(?:aus der|in der) (?:schulzeit|jugend|pubertat)|(?:en|de) (?:la )?(?:secundaria|prepa|preparatoria)|(?:no|do) (?:colegio|ensino medio)|(?:de la|del|du|de l|dell|vom|do|da) (?:primavera|verano|otono|invierno|printemps|ete|automne|hiver|estate|autunno|inverno|fruhling|sommer|herbst|winter|verao|outono) (?:pasad[oa]|dernier|scors[oa]|passad[oa]|letzten)|(?:vom )?letzten (?:fruhling|sommer|herbst|winter))\b/;
// Recovered since: "c est derriere moi", "hoje to bem".
const OVER_NOW = /\b(?:(?:ist|is) (?:aber |doch )?(?:jetzt |schon |inzwischen |mittlerweile )?(?:[1-9][0-9]?|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|viele) jahre her|(?:suis plus (?:suicidaire|en danger|deprimee?)|(?:me coupe|me scarifie|me mutile|me brule|me fais du mal) plus|(?:ai|pense) plus (?:d idees noires|a (?:ca|la mort|mourir))) (?:[a-z]+ ){0,2}depuis (?:[a-z0-9]+ )?(?:ans?|annees?|mois|longtemps)|(?:hoje em dia|hoy en dia|oggi come oggi|oggi) (?:ja )?(?:nao|no|non) (?:tenho|tengo|(?:ne |li )?ho) (?:mais|mas|piu)(?= \.| ,|$)|(?:seit jahren|seit langem|heute|mittlerweile) stabil|(?:m a|me) sauve la vie|(?:me )?salvo la vida|salvou (?:a )?minha vida|mi ha salvato la vita|hat mir das leben gerettet|ya (?:paso|se me paso)|ja passou|sono passat[ie]|e passato|c est passe|ist vorbei|c ?est derriere moi|hoje (?:to|estou) bem|hoy estoy bien|ya estoy bien|heute geht es mir gut|heute gehts mir (?:richtig |wirklich |echt )?gut|oggi sto bene|ora sto bene|ist (?:ja )?(?:schon )?lange vorbei|seit [a-z0-9 ]{2,30} nicht mehr|llevo (?:un|una|[a-z0-9]+) (?:ano|anos|mes|meses) (?:limpi[oa]|sin|bien)|cumplo [a-z0-9]+ (?:anos|meses) (?:bien|limpi[oa]|sin)|(?:sono|e) (?:[a-z0-9]+ )?(?:anni|mesi|anno|mese) che non mi|(?:ha|faz|hace) [a-z0-9]+ (?:anos?|mes|meses) (?:que|q) (?:nao|no) me|plus d (?:idees noires|envies?) depuis|depuis (?:plus d )?(?:un|[a-z0-9]+) (?:an|ans|mois) (?:sans|je ne)|ora sto bene|adesso sto bene|agora (?:to|estou) bem)\b/;
// Leaving a town, a job or a colleague, which makes goodbyes ordinary.
const MOVING = /\b(?:emigr[a-z]*|auswander[a-z]*|ausgewandert|me mudo|mudarme|me voy a mudar|vou me mudar|me mudar|mudanca|demenag[a-z]*|ziehe? um|umzug|trasloc[a-z]*|mi trasferisco|se jubila|jubilacion|aposent[a-z]*|retraite|pensione|in rente|nuevo trabajo|nouveau (?:travail|boulot)|neuen job|novo emprego|nuovo lavoro)\b/;
// A rope for climbing, sailing, camping or a craft.
const ROPE_WORDS = /\b(?:cuerda|soga|corde|seil|strick|corda)\b/;
const ROPE_HOBBY = /\b(?:escalada|escalar|escalade|grimpe|klettern|kletterhalle|arrampicata|vela|voile|segeln|velejar|camping|acampar|campeggio|macrame|barco|bateau|boot|barca|tendedero|wascheleine|stender[a-z]*|panni|bucato|varal|estendal|tender la ropa|colgar la ropa|etendre le linge|wasche aufhangen)\b/;
// "una peli donde la chica se suicida": a short name for a film or a show, before a match with no first person after it.
const SCREEN_WORK = /\b(?:peli|pelis|novela|telenovela|novelas|anime|manga|episodio|capitulo da novela)\b/;
// "adios para siempre al cigarrillo", "tschuss fur immer zigaretten": a goodbye for good to a habit or a thing.
const FOR_GOOD = /\b(?:para siempre|pa siempre|para sempre|pra sempre|pour toujours|pour de bon|fur immer|fuer immer|per sempre)$/;
const HABIT_AFTER =
  /^ (?:,? )?(?:(?:a|al|a la|a los|a las|ao|aos|as|au|aux|a l|an|den|die|das|der|dem|ai|alla|agli|alle|mi|mis|meu|meus|minha|minhas|mon|ma|mes|mein|meine|meinen) )?(?:tabaco|cigarr[a-z]*|cigarette?s?|clopes?|zigarette[n]?|kippen|sigarett[ae]|alcohol|alcool|alkohol|azucar|acucar|sucre|zucker|zucchero|refrescos?|redes|twitter|instagram|facebook|tiktok|whatsapp|ex|trabajo|trabalho|boulot|taf|job|empresa|dieta|deudas|dividas|dettes|schulden|debiti|vicios?|porros?|drogas?|drogues?|drogen|droghe|celular|handy|portable|telefono|fumar|fumer|rauchen)\b/;
// "se esta cortando el pelo", "ta se cortando o cabelo": a cut that is grooming.
const CUT_END = /\b(?:cortando|cortandose|corta|corto|corte|cortei|cortou|cortar|coupe|coupee|recoupe|schneidet|geschnitten|taglia|tagliato)$/;
const GROOMING_AFTER = /^ (?:(?:el|la|las|los|o|a|as|os|le|la|les|die|den|il|i|le) )?(?:pelo|cabelo|cabello|cheveux|haare|flequillo|franja|frange|pony|unas|unhas|ongles|nagel|fingernagel|barba|bart|barbe|capelli|frangia|unghie|mechas|pointes|spitzen|pontas|puntas)\b/;
// "alle meine Tabletten genommen, wie verschrieben": the pills taken as the doctor said.
const AS_PRESCRIBED =
  /^(?:[a-z]+ ){0,7}(?:tabletten|tablette|pillen|medikamente|medis|pastillas|pastilla|remedios|comprimidos|cachets|medocs|medicaments|comprimes|pilules|pillole|pastiglie|compresse|farmaci)(?: [a-z]+){0,3} (?:,? )?(?:wie (?:verschrieben|verordnet|vom arzt|der arzt|die arztin|es der arzt|de dokter|de doktor)|(?:como|conforme) (?:me )?(?:receto|recetaron|indico|receitou|indicou|prescrito|prescrita|recetado|receitado)|como (?:(?:el|la|o|a|me dijo el|me dijo la|me disse o|me disse a) )?(?:medico|medica|doctor|doctora|psiquiatra)|comme (?:prescrit|le medecin|le docteur|la medecin|le psychiatre|d habitude)|come (?:prescritto|da prescrizione|il medico|mi ha detto il medico))\b/;
// A farewell said in the match.
const FAREWELL_WORDS = /\b(?:despid[a-z]*|despedi[a-z]*|adios|adieu|adeus|addio|verabschied[a-z]*|abschied[a-z]*|chau|chao|tchau|tchao|xau|tschuss|tschus|tschau|ciao|bye)\b/;
const BACK_AGAIN = /\b(?:(?:aber|pero|mas|ma|mais) (?:[a-z]+ ){0,2}(?:heute|hoy|hoje|oggi|aujourd hui|jetzt|ahora|agora|adesso|maintenant|ce soir|esta noche|stasera|heute nacht)(?! (?:schon |bereits )?(?:[1-9][0-9]?|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|viele) jahre her)|volver a (?:hacerlo|intentarlo)|voltar a (?:fazer|tentar)|riprovarci|rifarlo|recommencer|reessayer|erneut|recommence[a-z]*|remise? a|stavolta|questa volta|esta vez|cette fois|diesmal|desta vez|dessa vez|ces temps ci|en ce moment|ces derniers jours|dernierement|estos dias|ultimamente|ultimos dias|ultimi giorni|ultimamente|in letzter zeit|seit ein paar tagen|zurzeit|me sens (?:un peu )?pareil|me siento igual|me sinto igual|mi sento uguale|otra vez|de nuevo|encore|wieder|de novo|di nuovo|ancora|volvio|vuelven|volviendo|revient|reviennent|zuruck|voltou|voltando|tornat[oa]|tornando|tornano)\b/;
// What follows an act that makes it about a task: "en finir avec ce dossier", "me mato en el gimnasio", "schluss mit der arbeit".
const TASK =
  /^ (?:(?:para|pour|per|pra|zum|fur|fuer|um) (?:tender|etendre|stendere|pendurar|aufhangen|escalar|grimper|klettern|arrampicare|acampar|camping|campeggio|la ropa|le linge|il bucato|a roupa|die wasche)|(?:de|en|col|in|no|na|al|dans la|en la|dans le|ins) (?:paraquedas|paracaidas|parachute|paracadute|fallschirm|bungee|piscina|piscine|rio|mar|lago|lac|wasser|acqua|trampolim|trampolin)|de lo [a-z]+|de (?:la )?(?:risa|hambre|sueno|cansancio|verguenza)|de (?:estudar|estudiar|trabalhar|trabajar|treinar|entrenar|limpar|limpiar|tanto [a-z]+)|di (?:lavoro|studio|fatica|allenamento)|a la tache|(?:en el|en|no|dans le|im|nel|in) (?:minecraft|juego|jogo|jeu|spiel|gioco|fortnite|roblox|gta|sims|videojuego|game)|(?:sous|bajo|debaixo|sotto|unter) (?:la |ma |las |mis |as |das |die |der |le |mie )?(?:couette|couverture|cobijas?|sabanas|mantas?|edredon|cobertas?|edredom|coperte|coperta|piumone|decke|bettdecke)|de (?:rire|faim|honte|vergonha)|vor (?:lachen|hunger|scham)|dal(?:la)? (?:ridere|vergogna)|de rir|(?:avec|con|com|mit|with) (?!(?:la |mi |ma |minha |mein |meinem |la mia |a minha )?(?:vida|vie|vita|leben)\b)[a-z]+|en el (?:gimnasio|gym|trabajo)|au (?:travail|boulot|sport)|trabajando|estudiando|entrenando|a (?:trabajar|estudiar)|im (?:fitnessstudio|gym|job)|bei der arbeit|na academia|no trabalho|in palestra|al lavoro)\b/;

// A third person's words reported just before the match ("dice que", "a dit qu", "sagt dass").
const REPORTED_BEFORE = /\b(?:dice|dicen|dijo|decia|dit|disait|a dit|repete|diz|disse|dizia|sagt|sagte|meint|meinte|ha detto|diceva|confie|confiee|confeso|confessou|confidato|anvertraut)(?: [a-z]+){0,3} (?:que|qu|che|dass|,)? ?(?:il |elle |er |sie |ele |ela |lui |lei )?$/;
// "termina con un suicidio": a suicide, someone's, not the patient's.
// "un esame da suicidio" (Italian: unbearable) is an idiom too.
const A_NOUN = /\b(?:un|una|um|uma|ein|einen|einem|eines|da)\s*$/;
// "mi hijo entra a mi cuarto en la noche": a child coming to a parent is not abuse.
const CHILD_ACTOR = /\b(?:hij[oa]s?|fils|fille|enfants?|sohn|tochter|kind|kinder|filh[oa]s?|figli[oa]?|bebe|nin[oa]|bambin[oa]|crianca|petit|petite|kleine|pequen[oa])\b/;
const IMPERFECT = /^(?:avais|etais|voulais|pensais|tenia|queria|estaba|pensaba|tinha|queria|estava|pensava|avevo|volevo|ero|pensavo|hatte|wollte|war|dachte)$/;
const BETTER_NOW = /\b(?:ca va|je vais|je me sens|estoy|me siento|estou|me sinto|to|sto|mi sento|geht es mir|gehts mir|fuhle mich|fuehle mich) (?:beaucoup |bien |vraiment |tellement |mucho |muito |molto |viel |so )?(?:mieux|mejor|melhor|meglio|besser)\b/;
// "je pense a la mort de mon grand-pere": someone else's death.
// "il dolore e insopportabile, domani vado dal dentista": a body's pain with its doctor.
const PAIN_WORDS = /\b(?:dolor|dolore|douleur|dor|schmerz|schmerzen)\b/;
const BODY_PAIN =
  /\b(?:dentista|dentiste|zahnarzt|muelas?|dientes?|dente|denti|dents?|zahn|zahne|zahnschmerzen|espalda|schiena|costas|rucken|ruecken|cabeza|kopf|kopfschmerzen|migran[a-z]*|emicrania|migraine|rodilla|ginocchio|knie|genou|joelho|tobillo|caviglia|cheville|knochel|regla|ciclo|menstrua[a-z]*|regles|periode|parto|accouchement|geburt|contracciones|contractions|wehen|operacion|operazione|operation|cirurgia|cirugia|chirurgie|fisio[a-z]*|kine|kinesitherapeute|physio[a-z]*|traumatologo|ortopedico|medico de familia|hausarzt|ibuprofen[a-z]*|paracetamol|tachipirina|doliprane)\b/;
const COMPLETED = /\b(?:suicidou|suicido|se mato|matou|suicidat[oa]|ucciso|uccisa|suicide|suicidee|tue|tuee|umgebracht|das leben genommen)$/;
const AGO = /\b(?:ha|hace|faz|il y a|vor|(?:[a-z0-9]+ )(?:meses|mesi) fa|(?:[a-z0-9]+ )(?:anni|settimane|giorni) fa) (?:[a-z0-9]+ )?(?:meses|mois|monaten|mesi|semanas|semaines|wochen|settimane|anos|ans|jahren|anni|dias|jours|tagen)\b|\b[a-z0-9]+ (?:mesi|anni|settimane) fa\b/;
// "sono un peso massimo", "un poids plume": a weight class, not a burden.
const BURDEN_END = /\b(?:peso|poids|carga|fardo)$/;
const WEIGHT_CLASS = /^ (?:massimo|piuma|medio|welter|leggero|mosca|plume|lourd|moyen|mouche|pesado|pluma|ligero|pena|galo|coq)\b/;
const DEATH_NOUN = /\b(?:mort|muerte|morte|tod)$/;
const BARE_NOUN = /^(?:suicidio|suicide|suizid|selbstmord)$/;

// Round 21 readings, shared by the five languages.
// "vou matar o tempo", "matar a saudade", "tuer le temps": the object of kill is a thing, not a person.
const IDIOM_OBJECT =
  /^ (?:(?:o|a|el|la|le|il|lo|los|las|les|i|gli|die|den|das|mi|mis|minha|meu|ma|mon|mes) )?(?:tempo|tiempo|temps|zeit|saudades?|nostalgia|aula|aulas|clase|clases|cours|lezione|fome|hambre|fame|faim|sede|sed|soif|durst|curiosidad|curiosidade|curiosita|curiosite|aburrimiento|tedio|ennui|noia|langeweile|mosquitos?|moscas?|mosche|zanzare?|moustiques?|mucken|fliegen|cucarachas?|baratas?|scarafaggi|cafards?|boss|zombies?|personagem|personaje|personnage|charada|bicho|plantas?|piante|plantes)\b/;
// "je vais la tuer ma soeur, elle a encore pris mon chargeur": a petty grievance makes the threat a figure of speech.
const PETTY =
  /\b(?:pris|prise|pique|piquee|vole|mange|cogio|agarro|robo|comio|pegou|comeu|roubou|usou|uso|preso|rubato|mangiato|finito|genommen|geklaut|gegessen|benutzt) (?:encore |otra vez |de novo |di nuovo |schon wieder |wieder )?(?:mon|ma|mes|mi|mis|meu|minha|meus|il mio|la mia|mein|meine|meinen) (?:chargeur|cargador|carregador|caricabatterie|caricatore|ladekabel|ladegerat|pull|jersey|sudadera|moletom|felpa|ropa|roupa|vestiti|fringues|klamotten|comida|bouffe|cibo|essen|yaourt|yogur|iogurte|yogurt|joghurt|telephone|telefono|celular|handy|place|sitio|lugar|posto|platz|chocolate|chocolat|cioccolat[oa]|schokolade|shampoo|shampooing|maquillage|maquillaje|maquiagem|trucco|serie|pizza)\b/;
// "me quiero morir, olvide el regalo": dying of embarrassment over a slip.
const EMBARRASSED_AFTER =
  /^ (?:[,.] )?(?:(?:[a-z]+ ){0,2}(?:olvide|se me olvido|esqueci|me esqueci|ho dimenticato|mi sono dimenticat[oa]|j ai oublie|jai oublie|vergessen|hab vergessen) (?:el|la|los|las|mi|mis|o|a|os|as|meu|minha|il|lo|le|i|gli|mon|ma|mes|les|den|die|das|meinen|meine|de|di) (?!(?:vida|vie|vita|leben|sentido|razon|motivo|vivir|viver|vivre|vivere|que|qu|che|was|como|come|comment|cosa)\b)|(?:[a-z]+ ){0,2}(?:que verguenza|que oso|que vergonha|che figura|che vergogna|quelle honte|trop la honte|wie peinlich|so peinlich)\b)/;
// Class work: a risk word with no first person in it is the subject studied ("los factores de riesgo de las autolesiones").
const STUDY =
  /\b(?:factores de riesgo|fattori di rischio|facteurs de risque|risikofaktoren|fatores de risco|(?:sinais|senales|segnali|signes|sintomas|sintomi) (?:de |di |d )?(?:alerta|allarme|alerte)|warnsignale|warnzeichen|(?:psychologie|medizin|pflege|soziologie|psychotherapie)studium|(?:clase|examen|esame|aula|prova|cours|klausur|vorlesung|seminar|referat|lezione|parcial|trabajo|trabalho|tarea) (?:de |di |in |fur |zur )?(?:psicologia|psicologia|enfermagem|enfermeria|infermieristica|psychologie|medicina|medecine|medizin|sociologia|sociologie))\b/;
// "acabar con todo el helado": all of a thing, not everything.
const ALL_OF = /\b(?:todo|tudo|tout|tutto)$/;
const ALL_OF_THING =
  /^ (?:el|la|los|las|lo|o|a|os|as|le|les|il|i|gli|ce|cette|mi|mis|meu|minha|mon|ma|mes)\b(?! (?:dia|dias|noche|semana|mes|ano|jour|nuit|semaine|giorno|notte|settimana|sabado|domingo|lunes|viernes|samedi|dimanche|sabato|domenica|dolor|sufrimiento|douleur|souffrance|dor|sofrimento|dolore|sofferenza|mundo|monde|mondo)\b)/;
// Rat poison for the yard, the garden or with a dog around is a household chore ("no tengo ratas" is not).
const POISON_WORDS = /\b(?:veneno|raticida|matarratas|poison|veleno|topicida|rattengift|gift|chumbinho)\b/;
const PEST_CONTEXT =
  /\b(?:quintal|jardin|jardim|giardino|garten|huerto|horta|orto|potager|garage|garaje|cantina|sotano|porao|celeiro|granja|fazenda|cachorro|perro|chien|hund|gato|katze|(?<!\b(?:no|nao|non|pas|keine) )(?:tenemos|temos|tengo|tenho|abbiamo|ho|j ai|nous avons|wir haben|hab|habe) (?:[a-z]+ )?(?:ratas|ratos|ratones|topi|souris|rats|mause|ratten|ratti|cucarachas|baratas|formigas|hormigas|formiche|fourmis|ameisen))\b/;
// First-person verbs just before a noun ("tengo ideas suicidas").
const OWN_VERB = /\b(?:tengo|tenho|ho|ai|habe|hab|estoy|estou|sono|suis|bin|siento|sinto|sento|sens)\b/;
const FIRST_PERSON = /\b(?:me|mi|je|j|ich|mich|mir|eu|io|moi|meu|minha|mio|mia|yo|m|[a-z]+(?:rme|rmi))\b/;
// "un uscita suicida", "una mision suicida": the adjective of a deed, not of the patient.
const SUICIDAL_DEED = /\b(?:uscita|mision|missione|missao|mission|attentato|atentado|attentat|ataque|attacco|attaque|kamikaze|passaggio|pase|passe|jugada|giocata|manobra|maniobra|manovra|manoeuvre|corsa|dieta|tackle|entrada|intervento)\s*$/;
// "la psy m a demande si j avais pense au suicide, j ai dit non": a question answered no.
const ASKED_IF = /\b(?:pregunto|preguntaron|pregunta|a demande|m a demande|demandait|gefragt|fragte|perguntou|perguntaram|pergunta|ha chiesto|chiesto|chiede) (?:[a-z]+ ){0,3}(?:si|se|ob)\b/;
const ANSWERED_NO = /^(?: [a-z,]+){0,8} (?:(?:le |les )?dije (?:que )?no|respondi (?:que )?no|j ai dit non|j ai repondu non|ai dit non|(?:hab|habe) (?:ich )?nein gesagt|nein gesagt|disse (?:que )?nao|respondi (?:que )?nao|ho detto (?:di )?no|ho risposto (?:di )?no)\b/;
// "sto lavoro mi ammazza", "ce boulot me tue": a thing as the one who kills.
const THING_ACTOR = /\b(?:lavoro|trabajo|trabalho|travail|boulot|taf|arbeit|job|esame|esami|examen|examenes|exame|exames|prufung|studio|estudio|estudos|etudes|traffico|trafico|transito|trafic|verkehr|calor|caldo|chaleur|hitze|dieta|regime|scuola|escuela|escola|ecole|schule|uni|facul|fac|mutuo|hipoteca|settimana|semana|semaine|woche|ansia|ansiedad|ansiedade|angoisse)\b/;
// A clause about someone the patient knows ("acho que meu filho ta", "meine mitbewohnerin hat", "ma coloc a pris").
const PEOPLE =
  '(?:hij[oa]|filh[oa]|figli[oa]|fils|fille|sohn|tochter|herman[oa]|irma|irmao|fratello|sorella|frere|soeur|bruder|schwester|amig[oa]|amic[oa]|amie?|meilleure? (?:pote|amie?)|freund(?:in)?|pote|kumpel|prim[oa]|cugin[oa]|cousine?|novi[oa]|namorad[oa]|fidanzat[oa]|copain|copine|alumn[oa]|alun[oa]|alliev[oa]|eleve|schuler(?:in)?|paciente|paziente|patient(?:e|in)?|colleg[ao]|collegue|kollege|kollegin|companer[oa]|vecin[oa]|vizinh[oa]|vicin[oa]|voisine?|nachbar(?:in)?|mae|madre|mere|mutter|pai|padre|pere|vater|abuel[oa]|avo|avoa|nonn[oa]|oma|opa|coloc|colocataire|mitbewohner(?:in)?|coinquilin[oa]|roommate|compagn[oa]|partner(?:in)?|marido|esposa|mari|femme|mann|frau|moglie)';
const THIRD_PERSON_BEFORE = new RegExp(
  `\\b(?:mi|mis|meu|minha|mio|mia|mon|ma|mein|meine|nuestr[oa]|nostr[oa]|notre|unser(?:e)?|un|una|um|uma|une|ein|eine) (?:[a-z]+ )?${PEOPLE}(?: (?:de|di|von) [0-9]+(?: anos| ans| anni| jahren)?)? (?:hat|ist|a|est|ha|esta|ta|stia|sta|anda|estava|estaba|etait|war)(?: (?:pris|prise|genommen|geschluckt|tomado|tomou|preso|ingerido|avale|avalee|cherche|busco|buscado|buscou|pesquisou|procurou|gesucht|gegoogelt|cercato|googlato|achete|achetee|gekauft|besorgt|comprado|comprada|compro|comprou|comprato|comprata))? $`,
);
// "ma pote m a envoye un message d adieu", "un pote a poste", "minha irma mandou uma mensagem de despedida": someone else's farewell.
const FAREWELL_SENT = new RegExp(`\\b(?:(?:il|elle|ele|ela|er|sie|lui|lei|${PEOPLE}) (?:mandou|enviou|escreveu|postou|mando|envio|escribio|a envoye|a ecrit|hat geschickt|ha mandato|ha scritto)|m a envoye|m a ecrit|a poste|a publie|me mando|me envio|me escribio|publico|subio|me mandou|postou|escreveu|mi ha mandato|mi ha scritto|ha postato|ha pubblicato|hat mir|hat gepostet|hat geschrieben|(?:hat|hatte) (?:so )?(?:einen|ein|eine|nen|ne|seinen|ihren|sein|ihr|seine|ihre))(?: [a-z]+){0,3} $`);
// "ein kollege sagt er will sich vor den zug werfen": German "sich" with a third-person subject in the clause is someone else's act.
const REFLEXIVE_SICH = /\bsich\b/;
const THIRD_SUBJECT = new RegExp(`\\b(?:er|sie|${PEOPLE})\\b`);
const FAREWELL_MATCH = /\b(?:adieu|adieux|despedida|addio|abschied[a-z]*)\b/;

// r27: "il a dit qu il allait me tuer …, il rigolait évidemment": a threat said as a joke (said: a blow while laughing still counts).
const SAID_BEFORE = /\b(?:a dit|disait|dit qu|dit que|sagt|sagte|gesagt|meinte|ha detto|diceva|dijo|decia|dice que|disse|dizia|diz que)\b/;
const JOKING = /\b(?:il rigolait|elle rigolait|en rigolant|pour rigoler|pour rire|il plaisantait|elle plaisantait|en plaisantant|c etait une blague|(?:er|sie) hat (?:nur )?(?:gelacht|gescherzt|spass gemacht)|im scherz|nur spass|war (?:nur )?ein witz|stava scherzando|scherzava|per scherzo|estaba bromeando|bromeaba|en broma|de broma|tava brincando|estava brincando|de brincadeira)\b/;
// r27: a professional or school frame ("je suis infirmière … pour une formation", "ma dissert sur Camus").
const PROFESSIONAL = /\b(?:je suis (?:infirmiere|infirmier|psychologue|medecin|educatrice|educateur|assistante sociale|assistant social|psychiatre|interne|aide soignante?)|pour une formation|ma dissert|une dissert|la dissert|dissertation|prof de philo|commentaire de texte|ich bin (?:krankenschwester|pfleger|pflegerin|psychologin|psychologe|arztin|arzt|sozialarbeiter(?:in)?)|fur eine fortbildung|fuer eine fortbildung|hausarbeit|sono (?:infermiera|infermiere|psicologa|psicologo|medico)|per un corso di formazione|tesina|soy (?:enfermera|enfermero|psicologa|psicologo)|sou (?:enfermeira|enfermeiro|psicologa|psicologo))\b/;
// r27: a farewell letter addressed to a job or colleagues ("ma lettre d adieu… à mon ancien job lol").
const TO_WORKPLACE = /^(?: [a-z.,]+){0,3} (?:a|pour|an|fur|fuer|al|alla|para|pra|aos|aux) (?:mon ancien |ma ancienne |mon |ma |mes |die |meine |den |il mio |la mia |i miei |mi |mis |meu |meus |la |le |l )?(?:job|boulot|travail|taf|boite|collegues|firma|chef|kollegen|arbeit|lavoro|colleghi|ditta|trabajo|companeros|empresa|trabalho|colegas|equipe|team|abteilung|bureau)\b/;
// r27: a third-person subject and verb just before the match ("qu il etait fatigue de vivre", "er hat seine Papiere geordnet").
const THIRD_SUBJECT_VERB = /\b(?:il|elle|er|ele|ela)(?: (?![,.])[a-z]+){0,5} (?:etait|est|serait|sera|a|avait|aurait|ist|war|ware|waere|sei|hat|hatte|estava|esta|ta|tava|tem|tinha)(?: [a-z]+)? $/;

/** A third-person subject and verb close before a match with no first person in them (r27). */
function thirdSubjectVerb(clause: string, matched: string): boolean {
  const subject = THIRD_SUBJECT_VERB.exec(clause.slice(-60));
  return subject !== null && !FIRST_PERSON.test(subject[0]) && !FIRST_PERSON.test(matched);
}

/** A finding of the foreign screen. */
export interface ForeignHit {
  language: ForeignLanguage;
  category: CrisisCategory;
  level: Exclude<RiskLevel, 'NONE'>;
  others: boolean;
}

/** Lower case, no accents, apostrophes as spaces, sentence marks as " . ", commas as " , ". */
export function foldText(message: string): string {
  const lower = message.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss');
  return repairTyping(lower)
    .replace(/[.!?;:\n\u00bf\u00a1]+/g, ' . ')
    .replace(/,/g, ' , ')
    .replace(/[^a-z0-9,. ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(correctSpelling)
    .join(' ')
    .replace(PT_CHAT_NOT, 'nao ');
}

// Portuguese chat "n" for "nao" before a verb ("ja n vou estar ca"); French elided "n" is followed by a vowel word, not these.
const PT_CHAT_NOT = /\bn (?=(?:me|te|se|vou|vai|tenho|quero|aguento|consigo|sei|vejo|to|tou|estou|posso|responder|acordar|existir|ligo|aguentar|sinto|durmo|sou|quer|tem|faz|da|aguentava|consegui|queria)\b)/g;

const WINDOW_CHARS = 40;
const SHARED_SET: ReadonlySet<ForeignRule> = new Set(R21_SHARED_RULES);
const NO_WORDS: ReadonlySet<string> = new Set();

// Intensifiers and prepositions between a negator and what it denies ("je pense pas du tout à me faire du mal").
const FILLERS = new Set(['du', 'tout', 'vraiment', 'realmente', 'davvero', 'wirklich', 'uberhaupt', 'gar', 'affatto', 'em', 'en', 'in', 'com', 'con']);

/** The up to three words before an offset (fillers not counted), within the clause (stops at a comma or a sentence mark). */
function wordsBefore(text: string, offset: number): string[] {
  const words = text.slice(Math.max(0, offset - WINDOW_CHARS), offset).trim().split(' ');
  const kept: string[] = [];
  let counted = 0;
  for (let index = words.length - 1; index >= 0 && counted < 3; index -= 1) {
    if (words[index] === ',' || words[index] === '.') break;
    if (!FILLERS.has(words[index])) counted += 1;
    kept.push(words[index]);
  }
  return kept;
}

const LITERALS = new WeakMap<ForeignRule, ReadonlySet<string>>();

/** The words a rule's pattern spells out literally (its negators are part of the phrase). */
function literalWords(rule: ForeignRule): ReadonlySet<string> {
  let words = LITERALS.get(rule);
  if (words === undefined) {
    words = new Set(rule.regex.source.replace(/\\[a-z]/g, ' ').match(/[a-z]+/g) ?? []);
    LITERALS.set(rule, words);
  }
  return words;
}

/**
 * Screens folded text with the lexicons of `languages` (by default all five). crisis.ts passes the
 * languages with at least one of their function words in the message: a message in a language
 * always has some, and skipping the others keeps an English message fast.
 */
export function screenForeign(folded: string, languages?: ReadonlySet<ScreenLanguage>): ForeignHit[] {
  const found: Array<ForeignHit & { start: number; end: number }> = [];
  // Spans a negator denied: a shorter match inside one ("no tengo pensamientos de suicidio") is denied with it.
  const denied: Array<readonly [number, number]> = [];
  let sharedDone = false;
  const wholeText = new Map<RegExp, boolean>();
  const inText = (pattern: RegExp): boolean => {
    let found = wholeText.get(pattern);
    if (found === undefined) wholeText.set(pattern, (found = pattern.test(folded)));
    return found;
  };
  for (const [language, own] of RULES) {
    if (languages && !languages.has(language)) continue;
    // Rules written for all five languages run once, with the first language screened.
    const rules = sharedDone ? own : [...own, ...R21_SHARED_RULES];
    sharedDone = true;
    // Whole-message conditions are read once per message, not once per match: a message with many
    // matches (a phrase repeated 700 times) stays linear.
    for (const rule of rules) {
      for (const match of folded.matchAll(rule.regex)) {
        const offset = match.index ?? 0;
        const after = folded.slice(offset + match[0].length, offset + match[0].length + 60);
        if (rule.unlessAfter?.test(after) || ONLINE.test(after) || (rule.kind === 'ABUSE' && MUNDANE_THREAT.test(after))) continue;
        if (rule.kind === 'SELF' && rule.category === 'SUICIDE' && TASK.test(after)) continue;
        if (rule.kind === 'ABUSE' && CHILD_ACTOR.test(wordsBefore(folded, offset).join(' '))) continue;
        if (DEATH_NOUN.test(match[0]) && SOMEONE_ELSES.test(after)) continue;
        if (BURDEN_END.test(match[0]) && WEIGHT_CLASS.test(after)) continue;
        // "meu primo se suicidou ha dois meses": a death some time ago is grief, not someone's risk now.
        if (rule.kind === 'OTHER' && COMPLETED.test(match[0]) && AGO.test(`${folded.slice(Math.max(0, offset - 30), offset)} ${match[0]} ${after.slice(0, 30)}`)) continue;
        // "j avais plus envie de vivre, du coup j ai change de boulot et ca va beaucoup mieux": a past state, better now.
        if (rule.kind !== 'ABUSE' && (IMPERFECT.test(wordsBefore(folded, offset)[0] ?? '') || IMPERFECT.test(match[0].split(' ')[0])) && inText(BETTER_NOW)) continue;
        if (PAIN_WORDS.test(match[0]) && inText(BODY_PAIN)) continue;
        // "se me quemo el pan", "se me corto la luz": a dative of something that happened to the patient.
        if (rule.category === 'SELF_HARM' && match[0].startsWith('me ') && wordsBefore(folded, offset)[0] === 'se') continue;
        if (BARE_NOUN.test(match[0]) && (SOMEONE_ELSES.test(after) || A_NOUN.test(folded.slice(Math.max(0, offset - 12), offset)))) continue;
        const before = folded.slice(Math.max(0, offset - 60), offset);
        if (rule.kind !== 'ABUSE' && (WORK_BEFORE.test(before) || ((DISTANT_PAST.test(`${before} ${match[0]} ${after.slice(0, 24)}`) || inText(OVER_NOW)) && !inText(BACK_AGAIN)))) continue;
        if (rule.kind !== 'ABUSE' && SCREEN_WORK.test(before) && !FIRST_PERSON.test(`${before.slice(before.search(SCREEN_WORK))} ${match[0]}`)) continue;
        if (FOR_GOOD.test(match[0]) && HABIT_AFTER.test(after)) continue;
        if (rule.category === 'SUICIDE' && AS_PRESCRIBED.test(`${match[0]}${after}`)) continue;
        if (CUT_END.test(match[0]) && GROOMING_AFTER.test(after)) continue;
        if (FAREWELL_WORDS.test(match[0]) && inText(MOVING)) continue;
        if (GIVING_WORDS.test(match[0]) && (inText(MOVING) || inText(ORDINARY_GIVING))) continue;
        if (rule.kind === 'ABUSE' && (MUNDANE_CONDITION.test(before.slice(-50)) || LAUGH_AFTER.test(after))) continue;
        if (rule.kind !== 'ABUSE' && FROM_LAUGHING.test(after)) continue;
        if (rule.category === 'SELF_HARM' && rule.kind === 'SELF' && ACCIDENT.test(`${before.slice(-40)} ${match[0]} ${after.slice(0, 40)}`) && !inText(ON_PURPOSE)) continue;
        if (rule.kind === 'SELF' && LAUGH_AFTER.test(after) && ONE_MORE_CONDITION.test(before.slice(-50))) continue;
        if (ROPE_WORDS.test(match[0]) && inText(ROPE_HOBBY)) continue;
        if (rule.category === 'HARM_TO_OTHERS' && (IDIOM_OBJECT.test(after) || inText(PETTY) || LAUGH_AFTER.test(after))) continue;
        if ((rule.kind === 'ABUSE' || rule.category === 'HARM_TO_OTHERS') && SAID_BEFORE.test(before) && inText(JOKING)) continue;
        if (FAREWELL_WORDS.test(match[0]) && TO_WORKPLACE.test(after)) continue;
        if (POISON_WORDS.test(match[0]) && inText(PEST_CONTEXT)) continue;
        if (rule.category === 'SUICIDE' && ALL_OF.test(match[0]) && ALL_OF_THING.test(after)) continue;
        if (rule.kind === 'SELF' && rule.category === 'SUICIDE' && EMBARRASSED_AFTER.test(after)) continue;
        if (rule.kind !== 'ABUSE' && (inText(STUDY) || inText(PROFESSIONAL)) && !FIRST_PERSON.test(`${wordsBefore(folded, offset).join(' ')} ${match[0]}`) && !OWN_VERB.test(wordsBefore(folded, offset).join(' '))) continue;
        if (match[0] === 'suicida' && SUICIDAL_DEED.test(before)) continue;
        if (rule.kind !== 'ABUSE' && ASKED_IF.test(before) && ANSWERED_NO.test(after)) continue;
        if (rule.kind === 'ABUSE' && THING_ACTOR.test(wordsBefore(folded, offset).join(' '))) continue;
        if (rule.kind !== 'LIFE') {
          // A negator the rule itself spells out ("ojala no despertara") is part of the phrase, not a denial.
          const literal = literalWords(rule);
          const nearby = [...wordsBefore(folded, offset), ...match[0].split(' ').filter((word) => !literal.has(word))];
          // "dos anos sin autolesionarme": "without" right before the act denies it (further back it is "sin ti quiero morir").
          // A rule written for all five languages reads only the negators no language shares with another word ("no" is Portuguese "in the").
          const own = SHARED_SET.has(rule) ? NO_WORDS : NEGATORS[language];
          if (nearby.some((word) => own.has(word) || SHARED_NEGATORS.has(word)) || WITHOUT.has(wordsBefore(folded, offset)[0] ?? '')) {
            denied.push([offset, offset + match[0].length]);
            continue;
          }
        }
        // "mi hijo … dice que no vale la pena vivir": the words are someone else's, reported.
        const reported = rule.kind !== 'ABUSE' && REPORTED_BEFORE.test(folded.slice(Math.max(0, offset - 24), offset));
        const clause = before.slice(Math.max(before.lastIndexOf(' , '), before.lastIndexOf(' . ')) + 1);
        // "acho que meu filho ta pensando em suicidio", "ma pote m a envoye un message d adieu": someone else's risk.
        const theirs =
          rule.kind !== 'ABUSE' &&
          rule.category !== 'HARM_TO_OTHERS' &&
          ((!FIRST_PERSON.test(match[0]) && THIRD_PERSON_BEFORE.test(clause)) ||
            (FAREWELL_MATCH.test(match[0]) && FAREWELL_SENT.test(clause)) ||
            (REFLEXIVE_SICH.test(match[0]) && THIRD_SUBJECT.test(clause) && !FIRST_PERSON.test(clause)) ||
            thirdSubjectVerb(clause, match[0]));
        const others = rule.kind === 'OTHER' || reported || theirs;
        found.push({ language, category: rule.category, level: others ? 'CONCERN' : rule.level, others, start: offset, end: offset + match[0].length });
      }
    }
  }
  return found
    .filter((hit) => !denied.some(([start, end]) => start <= hit.start && hit.end <= end && hit.end - hit.start < end - start))
    .map(({ language, category, level, others }) => ({ language, category, level, others }));
}
