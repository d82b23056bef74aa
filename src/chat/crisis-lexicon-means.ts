/**
 * Means, method questions, deadlines and reports in Spanish, French, German, Portuguese and Italian
 * (folded text, as in crisis-lexicon-core.ts), each family written for all five languages after 988's
 * warning signs and the C-SSRS behaviour items:
 * - means in front of one right now (pills with a bottle of alcohol, "devant moi", "vor mir"), rat
 *   poison bought, a rope already hanging, something ordered "to sleep for good";
 * - questions on a dose or a height "not to survive / not to wake up";
 * - "I already know how and where"; "tonight this pain ends"; "when my flatmate is asleep I'll do it";
 * - possessions given "I won't need them after Sunday", "where I'm going I can't take him";
 * - a letter or a password left "if I don't show up"; "if you ever read this, sorry";
 * - CONCERN: the world no worse without me, imprisoned in one's own life, the thoughts back again,
 *   "how it would be not to be here", no wish to live today, under a lorry would not be so bad;
 * - reports about someone else (OTHER): a colleague asking how many pills would be too many, someone
 *   who says they'd be better off dead or no longer wants to live.
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

const PILLS = '(?:pastillas|pildoras|paracetamol|ibuprofeno|cachets|comprimes|medicaments|somniferes|anxiolytiques|tabletten|packungen|ibuprofen|comprimidos|remedios|pastiglie|pillole|medicine|farmaci)';
const BOTTLE = '(?:y|et|und|e) (?:una|une|eine|uma|una) (?:botella|bouteille|flasche|garrafa|bottiglia) (?:de|di|d|vodka|whisky|wein)';
const DAY_ES = '(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana)';
const DAY_FR = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la fin de semaine|le week end|le weekend)';
const DAY_DE = '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|dem wochenende)';
const DAY_PT = '(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|fim de semana)';
const DAY_IT = '(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|il weekend)';
// "tonight this pain ends … the wisdom tooth comes out": a tooth, a course of antibiotics, a surgery.
const NOT_BODY_PAIN = '(?!(?: [a-z,.]+){0,10} (?:dente|siso|muela|dent|dents|zahn|dentista|dentiste|zahnarzt|remedio|antibiotico|antibiotique|antibiotika|cirurgia|cirugia|operacao|operazione|operation|kkk|jaja|haha))';
const ASKING = '(?:pregunta|preguntando|anda preguntando|demande|fragt|fragt rum|perguntando|pergunta|chiede|chiede in giro)';
const HOW_MANY = '(?:cuantas|cuantos|combien|wie viele|quantos|quantas|quante|quanti)';

const SOURCES: Record<ForeignLanguage, RuleSource[]> = {
  es: [
    ['SUICIDE', 'CRISIS', 'SELF', `${PILLS} (?:[a-z]+ ){0,4}${BOTTLE}|veneno para (?:ratas|ratones)|la (?:soga|cuerda) ya esta colgada|para dormir(?:me)? para siempre|para no (?:sobrevivir|despertar(?:me)?)|ya se como y donde`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:estoy|sigo) parad[oa] en (?:el|la) (?:puente|azotea|borde|cornisa)|no (?:lo|la|los|las) voy a necesitar despues del? ${DAY_ES}|despues del? ${DAY_ES} ya no (?:lo|la|los|las) voy a necesitar|a donde voy no (?:me )?(?:lo|la|los|las) puedo llevar|si algun dia lees esto`],
    ['SUICIDE', 'CRISIS', 'SELF', 'si no aparezco (?:[a-z]+ |, ){0,6}(?:la clave|la contrasena|la carta)|llevo (?:el|la) (?:arma|pistola|cuchillo) (?:[a-z]+ ){0,3}a la (?:oficina|escuela)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'como seria no estar(?= \\.| ,|$| mas| aqui)|(?:si|que) me (?:atropellara|atropelle) un (?:bus|coche|camion|auto)|atrapad[oa] en mi (?:propia )?vida'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'el mundo no estaria peor sin mi'],
    ['SUICIDE', 'CONCERN', 'OTHER', `${ASKING} (?:[a-z]+ ){0,6}${HOW_MANY} (?:[a-z]+ ){0,6}(?:serian demasiadas|seria demasiado|son demasiadas)`],
  ],
  fr: [
    ['SUICIDE', 'CRISIS', 'SELF', `${PILLS} (?:[a-z]+ ){0,6}devant moi|${PILLS} (?:[a-z]+ ){0,4}${BOTTLE}|mort aux rats|pour (?:m endormir|dormir) pour de bon|pour (?:ne )?pas (?:se|me) reveiller|pour ne pas survivre|je les ai (?:la )?a cote|je sais (?:deja )?comment et (?:ou|quand)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:j ai )?(?:pu|plus) besoin de rien (?:[a-z]+ ){0,2}apres ${DAY_FR}|quand (?:[a-z]+ ){1,3}(?:sera|seront) (?:couche|couchee|couches|endormie?s?) je le fais|c ?est la derniere fois que (?:j ?|je vous |je t )ecris|si tu lis ca un jour`],
    ['SUICIDE', 'CRISIS', 'SELF', 'la corde est deja (?:accrochee|pendue)|si je (?:me )?pointe pas (?:[a-z]+ |, ){0,6}(?:la lettre|le mot de passe|le code)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'prisonniere? de ma (?:propre )?vie|(?:les|mes) (?:idees noires|pensees) sont revenues'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'pas envie de vivre'],
    ['SUICIDE', 'CONCERN', 'OTHER', `${ASKING} (?:[a-z]+ ){0,6}${HOW_MANY} (?:[a-z]+ ){0,6}(?:ce serait trop|serait trop)|(?:il|elle) (?:serait|seraient) mieux mort[e]?s?|qu (?:il|elle) (?:ne )?veut plus vivre`],
  ],
  de: [
    ['SUICIDE', 'CRISIS', 'SELF', `${PILLS} (?:[a-z]+ ){0,3}liegen (?:hier )?vor mir|${PILLS} (?:[a-z]+ ){0,4}${BOTTLE}|rattengift|(?:seil|strick) (?:hangt|haengt) schon|um fur immer (?:zu )?schlafen|um nicht zu uberleben|ich weiss (?:schon )?wie und (?:wo|wann)|nur noch das gelander dazwischen`],
    ['SUICIDE', 'CRISIS', 'SELF', `nach ${DAY_DE} brauch ich (?:das|die|es|sie) nicht mehr|${DAY_DE} (?:fruh |abend |nacht )?mach ichs|heute nacht (?:hort|ist) der schmerz (?:auf|vorbei)${NOT_BODY_PAIN}|wenn du das (?:eines tages )?liest`],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:falls|wenn) ich (?:[a-z]+ ){0,2}nicht auftauche (?:[a-z]+ |, ){0,6}(?:der|den) brief|(?:der )?brief (?:an|fur|fuer) meine (?:eltern|mutter|kinder|frau) liegt|(?:fall|falle) ich niemandem mehr zur last'],
    ['SUICIDE', 'CONCERN', 'SELF', 'eingesperrt in meinem (?:eigenen )?leben|die gedanken (?:sind )?wieder da|unter (?:nen|einen) (?:lkw|zug|bus) (?:komm|komme|kame)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'ohne mich (?:[a-z]+ ){0,2}nicht schlechter dran'],
    ['SUICIDE', 'CONCERN', 'OTHER', `${ASKING} (?:[a-z]+ ){0,6}${HOW_MANY} (?:[a-z]+ ){0,6}zu viel (?:waren|waeren)|(?:er|sie) (?:war|ware|waer) lieber tot`],
  ],
  pt: [
    ['SUICIDE', 'CRISIS', 'SELF', `${PILLS} (?:[a-z]+ ){0,4}${BOTTLE}|veneno de rato|chumbinho|a corda ja (?:ta|esta) pendurada|(?:pra|para) dormir (?:pra|para) sempre|(?:pra|para) nao (?:sobreviver|acordar)|ja sei como e (?:onde|quando)`],
    ['SUICIDE', 'CRISIS', 'SELF', `passar por cima da grade|olhando (?:pro|para o) vazio|depois (?:de|do|da) ${DAY_PT} nao vou (?:mais )?precisar|se (?:vc|voce) ler isso (?:um dia )?(?:[a-z]+ ){0,2}desculpa|(?:hoje|hj) a noite (?:essa|a) dor acaba${NOT_BODY_PAIN}`],
    ['SUICIDE', 'CRISIS', 'SELF', 'se eu nao aparecer (?:[a-z]+ |, ){0,6}(?:a senha|a carta)|ja descobri como me matar'],
    ['SUICIDE', 'CONCERN', 'SELF', 'pres[oa] na minha (?:propria )?vida|os pensamentos voltaram|(?:so|apenas) dou gasto'],
    ['SUICIDE', 'CONCERN', 'OTHER', `${ASKING} (?:[a-z]+ ){0,6}${HOW_MANY} (?:[a-z]+ ){0,6}seria demais`],
  ],
  it: [
    ['SUICIDE', 'CRISIS', 'SELF', `${PILLS} (?:[a-z]+ ){0,4}${BOTTLE}|veleno per (?:topi|ratti)|la corda e gia appesa|per dormire per sempre|per non (?:sopravvivere|svegliarmi piu)|so (?:gia )?come e dove`],
    ['SUICIDE', 'CRISIS', 'SELF', `dopo ${DAY_IT} non mi serv(?:e|ono)|stanotte (?:questo|il) dolore finisce${NOT_BODY_PAIN}|se un giorno leggi questo|(?:se non mi (?:faccio vivo|presento)) (?:[a-z]+ |, ){0,6}(?:la lettera|la password)`],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', 'porto il coltello in (?:ufficio|classe|azienda)|(?:domani )?ammazzo il mio (?:capo|collega|professore)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'prigionier[oa] della mia (?:stessa )?vita|i pensieri sono tornati'],
    ['SUICIDE', 'CONCERN', 'OTHER', `${ASKING} (?:[a-z]+ ){0,6}${HOW_MANY} (?:[a-z]+ ){0,6}sarebbero troppe|staremmo meglio senza di (?:lei|lui)|(?:voleva|vuole) morire`],
  ],
};

/** The families above, compiled per language. */
export const MEANS_RULES: Record<ForeignLanguage, ForeignRule[]> = compileByLanguage(SOURCES);
