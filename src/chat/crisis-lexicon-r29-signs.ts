/**
 * Round 29 warning signs and passive concern in the five languages, merged into R29_RULES (crisis-lexicon-r29.ts):
 * the ways a farewell, a settled estate, an overdose just taken or a relapse into cutting are written, which the
 * learned layer alone caught in the r29a batch, so the rules read them on their own.
 * - "tell my mother I love her" (plural imperative); "tonight I'm leaving, don't look for me"; "it's not your fault";
 * - letters for each of my children; the will made and "now all is settled / I'm ready";
 * - gave things away, "I won't need them anyway"; the whole pack or all the pills just taken;
 * - "I'll drive into the woods and not come back"; the hose already in the car; "that's how it will happen";
 * - relapse with the blade; blood that won't stop; the stepfather coming into my room at night; locked in, "he'll kill me";
 * - CONCERN: wishing not to wake up; no sense, "what for"; "I don't know how long I can take it"; no way out;
 * - someone else: "said she'd take all her pills", "sorry for everything" and no answer, "afraid she'll let herself die".
 */
import type { ForeignLanguage, RuleSource } from './crisis-rule';
import { MEDS29, TRAVEL_AFTER29 } from './crisis-lexicon-r29-words';

// "les lettres pour mes enfants … pour Noël": letters for a feast day.
const FEAST_AFTER = /^(?: [a-z,.]+){0,8} (?:noel|anniversaire|fete|natale|compleanno|navidad|cumpleanos|natal|aniversario|weihnachten|geburtstag|pere noel|babbo natale|papai noel|christkind)\b/;
// "ich fahr in den Wald und komm nicht zurück vor sechs": a time of coming back.
const UNTIL_AFTER = /^ (?:,? )?(?:vor|bis|avant|prima|antes|ate|before)\b/;

export const R29_SIGNS: Record<ForeignLanguage, readonly RuleSource[]> = {
  fr: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:je vais|j vais|jvais|j allais|je veux|jveux|decide de|j ai envie de|envie de|je voudrais|pense a) (?:m enlever|m oter) la vie|(?:je vais|j allais|decide de|envie de|je veux) me donner la mort'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:avant que|quand) (?:tout le monde|les enfants|mon mari|ma femme|ils|elles|la maison) (?:se leve|se levent|se reveille|se reveillent|rentre|rentrent|dorment|dort)(?: [a-z0-9,.]+){0,3} (?:ce sera|tout sera|c sera) (?:fini|termine|fait)'],
    ['SUICIDE', 'CRISIS', 'SELF', 'dites (?:a|au) (?:ma|mon|mes) [a-z]+ que je (?:l aime|les aime|l aimais|l ai toujours aime)', FEAST_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:je m en vais|je pars|j y vais) (?:ce soir|cette nuit|aujourd hui|maintenant)(?: ,| \\.)? (?:ne me cherchez pas|que dieu (?:garde|protege)|prenez soin de)|(?:ce n est|c est) pas (?:votre|ta|de votre|de ta) faute(?: [a-z0-9,.]+){0,6} je m en vais', TRAVEL_AFTER29],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:lettres?|mots?) (?:pour|a) (?:chacun|chacune) de mes (?:enfants|petits enfants|filles|fils|proches)', FEAST_AFTER],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:donner|donne|distribue|distribuer) (?:toutes )?mes (?:affaires|trucs|choses)(?: [a-z0-9,.]+){1,24} (?:mais )?moi je sais (?:pourquoi|que c est la fin)', TRAVEL_AFTER29],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:je viens d|viens d|jviens d) (?:avaler|prendre|gober) (?:tous|toutes) (?:mes|les) ${MEDS29}`],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:recommence|rechute|repris) (?:avec )?(?:la|les|une|ma) (?:lame|lames|rasoir|cutter|lame de rasoir)', /^(?: [a-z]+){0,7} (?:barbe|jambes|aisselles|rasage|raser|menton|visage|cheveux|tondeuse)\b/],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:j aimerais|jaimerais|je voudrais|j voudrais|jvoudrais) (?:juste |bien |tellement )?(?:ne )?(?:pas|plus|pu) me reveiller(?: le matin| demain)?(?= \\.| ,|$)'],
    ['SELF_HARM', 'CONCERN', 'SELF', 'l envie de me (?:griffer|couper|scarifier|bruler|taillader|mutiler|faire du mal)(?: jusqu au sang)? (?:revient|est revenue|est la|me reprend|me reprend)'],
  ],
  de: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:fahr|geh|lauf|fahre|gehe) (?:ich |i )?(?:[a-z]+ ){0,3}(?:in den wald|in die berge|auf den berg|ans meer|an den see|zur brucke|zur bruecke|zum see|zum fluss|in den see)(?: [a-z]+){0,3} (?:und )?(?:komm|komme) (?:nicht|nimmer|nie|nimma|net) (?:mehr )?(?:zuruck|zurueck|heim|wieder)', UNTIL_AFTER],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:zug|guterzug|gueterzug|ice|regionalzug|s bahn)(?: [a-z0-9,.]+){0,12} (?:ich weiss|i woass|i weiss) (?:genau )?wo (?:ich|i) (?:heut nacht|heute nacht|morgen|dann|heut) (?:steh|stehe|sein werd|bin)'],
    ['SUICIDE', 'CRISIS', 'SELF', 'schlauch (?:liegt|is|ist) (?:schon |bereits )?(?:drin|im auto|im wagen|im kofferraum|bereit|parat)|(?:auto|wagen|motor)(?: [a-z0-9,.]+){0,4} (?:in der garage)(?: [a-z0-9,.]+){0,6} (?:schlauch|abgase|auspuff)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:balkon|stock|bruecke|brucke|dach|hochhaus|parkhaus|gleis|gleisen)(?: [a-z0-9,.]+){0,6} so (?:wirds|wird es|wird s) (?:passieren|laufen|enden)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:testament|abschiedsbriefe|briefe an (?:meine|die) kinder)(?: [a-z0-9,.]+){0,24} (?:jetzt|nun) (?:is|ist) alles (?:erledigt|geregelt|geklart|geklaert|bereit|fertig)(?= \\.| ,|$)'],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:geschenkt|verschenkt|vermacht|weggegeben|gschankt|gschaenkt|verschankt|verschaenkt)(?: [a-z0-9,.]+){0,10} (?:brauch|brauche|bruuch) (?:ich|i) (?:eh |sowieso |ja eh )?(?:(?:nix|nichts|nimmer|nicht) mehr|num|numm|nume|nimma)', TRAVEL_AFTER29],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:die ganze|ne ganze|eine ganze|n ganze) (?:packung|schachtel|dose|flasche|blister) ${MEDS29}(?: [a-z]+){0,2} (?:geschluckt|genommen|eingeworfen|runtergeschluckt)(?: mit (?:schnaps|wein|bier|wodka|vodka|whisky|alkohol|rum|gin))?|alle (?:meine |meine ganzen )?${MEDS29} (?:geschluckt|genommen|eingeworfen)`],
    ['SUICIDE', 'CRISIS', 'SELF', 'sagt (?:meiner|meinem|meinen|der|dem) [a-z]+ (?:dass|das) (?:ich|i) (?:sie|ihn|euch|sie alle) (?:lieb hab|liebe|lieb habe|gern hab)'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:stiefvater|stiefpapa|onkel|freund von meiner mutter|freund meiner mutter) kommt (?:wieder |immer wieder |jede nacht )?(?:nachts )?in mein (?:zimmer|bett)'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:hab|habe) mich (?:im bad|im klo|im zimmer|in der toilette|im schlafzimmer) eingesperrt(?: [a-z0-9,.]+){0,10} (?:er|sie) (?:hat gesagt|sagt|schreit) (?:er|sie) bringt mich um'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:wunsch|wuensch|wunsche|wuensche) (?:ich )?mir (?:,? )?(?:einfach |manchmal |oft )?(?:nicht|nimmer) mehr aufzuwachen'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:hat|macht) (?:eh |doch |ja |halt )+alles keinen sinn mehr|(?:verschuldet|pleite|schulden|bank)(?: [a-z0-9,.]+){0,16} (?:wofur|wofuer) noch(?= \\.| ,|$)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:weiss|woass) (?:nicht|net|ned) wie (?:lang|lange) (?:ich|i) (?:das|des) noch (?:pack|packe|aushalte|aushalt|durchhalte|schaffe)'],
  ],
  it: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:me|mi) voglio (?:ammazza|ammazzare|accide|ammazzarmi)|(?:me|mi) (?:ammazzo|accido) (?:stanotte|stasera|domani)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:stavolta|questa volta) non voglio (?:fallire|sbagliare)(?= \\.| ,|$)|(?:come|modo per) (?:impiccarsi|impiccarmi|uccidersi|ammazzarsi|farla finita) senza (?:sbagliare|fallire)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:stanotte|stasera|oggi|domani) me ne vado(?: ,| \\.)? (?:non cercatemi|non mi cercate)|vi ho voluto bene(?: [a-z,.]+){0,4} me ne vado', TRAVEL_AFTER29],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:regalato|dato via|lasciato)(?: [a-z0-9,.]+){0,14} (?:tanto )?(?:a me )?non (?:mi )?(?:servono|serve|serviranno|servira) piu', TRAVEL_AFTER29],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:tagliat[oa]|me so tagliat[oa]|mi sono tagliat[oa])(?: [a-z0-9,.]+){0,8} (?:il sangue (?:non|nun) (?:si|se) ferma|non smette di sanguinare)'],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:gli|le|li) sparo(?: [a-z0-9,.]+){0,8} (?:il|la) (?:fucile|pistola|doppietta|arma) (?:e|sta) (?:carico|carica|pronto|pronta)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'non so (?:quanto|per quanto) (?:reggo|reggero|resisto|resistero|ce la faccio) ancora(?= \\.| ,|$| cosi| questa vita| questo dolore)'],
    ['SUICIDE', 'CONCERN', 'OTHER', 'ho paura che (?:si lasci morire|si uccida|si ammazzi|si faccia del male|la faccia finita)'],
  ],
  es: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:cartas|carta) (?:pa|para) cada (?:uno|una) de mis (?:hijos|hijas|nietos|hermanos)', FEAST_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:me voy|me ire) (?:pal|pa l|para el|al) (?:cerro|monte|mar|rio|puente|desierto)(?: [a-z]+){0,2} y no (?:bajo|vuelvo|regreso)(?: mas)?', UNTIL_AFTER],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:me di|me pegue|me golpee) (?:[a-z]+ ){0,3}(?:contra la pared|contra el muro|contra el espejo) hasta sangrar'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'no (?:le )?veo (?:salida|futuro)(?: ni (?:salida|futuro))?(?: a nada)?(?= \\.| ,|$)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'no se cuanto (?:mas )?(?:voy a aguantar|aguanto|podre aguantar|voy a poder)(?= \\.| ,|$| asi| vivir| esta vida| este dolor)'],
    ['SUICIDE', 'CONCERN', 'OTHER', `(?:me dijo|dijo|me escribio|me mando) que se (?:iba a|va a) (?:tomar|tragar) (?:todas )?(?:sus|las) ${MEDS29}`],
  ],
  pt: [
    ['SUICIDE', 'CRISIS', 'SELF', '(?:cartas|carta) (?:pra|para) cada um dos meus (?:filhos|netos|irmaos)', FEAST_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:hoje|esta noite|essa noite|amanha) (?:eu )?(?:bazo|vou embora|me vou|parto)(?: de vez)?(?: ,| \\.)? (?:nao|n) me procurem', TRAVEL_AFTER29],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:entro|vou entrar) no mar e (?:nao|n) (?:volto|saio)'],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:acabei de tomar|tomei) (?:todos os|todas as) ${MEDS29} que (?:tinha|havia|eu tinha)`],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:vou la|vou a casa dele|vou atras dele) com (?:a|o) (?:cacadeira|espingarda|pistola|arma|faca|revolver)|(?:eu )?mato (?:ele|ela|o gajo)(?: [a-z0-9,.]+){0,4} (?:a|o) (?:faca|arma|pistola) (?:ja )?(?:ta|esta) (?:na|no)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:queria|quero|gostava de) (?:simplesmente |so )?deixar de existir|(?:ja )?nao espero (?:mais )?nada da vida'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:mandou|escreveu|me mandou) (?:[a-z]+ ){0,2}desculpa por tudo(?: [a-z0-9,.]+){0,4} (?:e )?(?:nao|n) (?:atende|responde)'],
  ],
};
