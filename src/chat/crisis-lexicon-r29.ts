/**
 * The round 29 families for French and German (France, Québec, Belgium, African French and SMS forms; Germany,
 * Switzerland with written dialect, Austria, umlauts typed as ue/oe/ae), read by crisis-foreign.ts after the round 28
 * rules; the Italian, Spanish and Portuguese ones are in crisis-lexicon-r29-south.ts. R29_RULES compiles all five.
 * Patterns run on folded text (no accents, lower case, apostrophes as spaces). Twins in tests/unit/crisis-r29.test.ts.
 * - not failing "this time" ("je veux pas me rater cette fois"); medicine bought across several pharmacies;
 * - a household gun, its key and an evening alone; the key to the gun cabinet taken ("i hob ihn ma eingsteckt");
 * - the date chosen and "join her that day" after a death; affairs settled and "nothing holds me back";
 * - waiting for someone with a weapon; setting a man's barn or house on fire "and him with it";
 * - Swiss and Austrian intent ("i wott mi umbringe", "danach bin i weg, fuer immer", "i cha nüm");
 * - "it's time, then it finally stops"; a last entry to the therapist with a goodbye;
 * - where I'm going I won't need them; a cut that will not stop bleeding; burned or cut on purpose;
 * - CONCERN: the thought of letting go of the wheel or of jumping that comes at a place; not wanting to be here;
 * - someone else: "il va se donner la mort" and no answer since; a pupil's arms full of cuts; a relative's hoarded pills.
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';
import { R29_SIGNS } from './crisis-lexicon-r29-signs';
import { R29_SOUTH } from './crisis-lexicon-r29-south';
import { CHORE_AFTER29, EVENT_AFTER29, EXAM_AFTER29, FOR_NOW_AFTER29, JUMP_FUN_AFTER29, LOSS29, MEDS29, REJOIN_AFTER29, TRAVEL_AFTER29, WEAPON29 } from './crisis-lexicon-r29-words';

const FR: readonly RuleSource[] = [
  // Québec and SMS forms: "pu" for "plus", "m'tuer", "g pris tt mes cachets".
  ['SUICIDE', 'CRISIS', 'SELF', '(?:je veux|jveux|j veux|veux) pu (?:vivre|exister|etre la|continuer)|(?:je vais|j vais|jvais|je vas|j vas) (?:m tuer|m suicider|m pendre|m foutre en l air|m enlever la vie)'],
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:j ai|jai|j) (?:plus|pu) (?:le gout|l gout|envie|la force) de vivre|(?:je suis|chu|chui|jsuis|suis|je ne suis) (?:plus|pu) capable(?: de vivre| de continuer| d avancer)?(?= \\.| ,|$)'],
  ['SUICIDE', 'CRISIS', 'SELF', `(?:g|jai|j ai) (?:pris|avale|gobe) (?:tt|tte|ttes|tous|toutes) (?:mes|les) ${MEDS29}`],
  // Not failing this time; the way found "du premier coup".
  ['SUICIDE', 'CRISIS', 'SELF', '(?:je veux|jveux|j veux|je voudrais|faut) (?:pas|plus|surtout pas) (?:me rater|me louper|me manquer|me foirer|rater mon coup|louper mon coup)', EXAM_AFTER29],
  // Medicine bought in several pharmacies, or so nobody asks.
  ['SUICIDE', 'CRISIS', 'SELF', `(?:achete|rachete|pris|recupere|stocke) (?:[a-z0-9]+ ){0,3}(?:boites?|plaquettes?|tubes?|flacons?) (?:de |d )?${MEDS29}(?: [a-z0-9,.]+){0,3} (?:dans|en) (?:[0-9]+|deux|trois|quatre|cinq|plusieurs|differentes) pharmacies`, /^(?: [a-z,.]+){0,6} (?:rupture|penurie|stock)\b/],
  ['SUICIDE', 'CRISIS', 'SELF', `(?:boites?|plaquettes?|stock|reserve|flacons?|tubes?) (?:de |d )?${MEDS29}(?: [a-z0-9,.]+){0,10} pour (?:pas|ne pas) qu on (?:me )?(?:pose|demande) (?:de |des )?questions`],
  // A household gun, the key, and an evening alone or the thought of it.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:fusil|carabine|arme|armes|pistolet|revolver|flingue)(?: [a-z0-9,.]+){0,12} (?:la cle|les cles|le code|la combinaison)(?: [a-z0-9,.]+){0,12} (?:j y pense|j arrete pas d y penser|(?:il|elle) (?:est|sera) (?:en deplacement|absente?|partie?|pas la)|(?:ce soir|cette nuit) (?:je suis|j suis|chui) seule?)'],
  // The date chosen; joining the one who died on that day.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:j ai|jai) (?:choisi|fixe|arrete) (?:la date|le jour)(?= \\.| ,|$)', EVENT_AFTER29],
  ['SUICIDE', 'CRISIS', 'LIFE', `(?:le jour ou|depuis que|depuis qu|quand) (?:[a-z]+ ){0,2}${LOSS29}(?: [a-z0-9,.]+){0,20} (?:la|le|les) rejoindre|${LOSS29}(?: [a-z0-9,.]+){0,20} (?:je vais|j vais|jvais|je veux|de) (?:la|le|les) rejoindre (?:ce jour|ce jour la|le [0-9]+|bientot|ce soir|cette nuit|demain|la haut)`, REJOIN_AFTER29],
  // Affairs settled, nothing holds me back.
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:resilie|rembourse|vendu|donne|trouve quelqu un pour|place|range|regle) (?:[a-z0-9,.]+ ){2,24}(?:plus rien ne me retient|rien ne me retient plus|plus rien me retient)', TRAVEL_AFTER29],
  // Waiting for someone with a weapon; "he won't leave this time".
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `(?:je l attendrai|je vais l attendre|j vais l attendre|je l attends|je les attendrai|je vais les attendre) (?:[a-z0-9,]+ ){0,2}(?:devant chez (?:lui|elle|eux)|a la sortie|en bas de chez (?:lui|elle|eux)|dans l entree|au coin de la rue|sur le parking|a la porte|derriere la porte)(?: [a-z0-9,]+){0,2} avec (?:la|une|un|le|mon|ma|ma propre) (?:barre de fer|batte|batte de baseball|couteau|fusil|arme|pistolet|machette|flingue|carabine|revolver)`, CHORE_AFTER29],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `${WEAPON29}(?: [a-z0-9,.]+){0,6} (?:il|elle) (?:ne )?(?:repartira|sortira|rentrera|s en ira) (?:pas|plus|pu) (?:vivante?|cette fois|debout|d ici)`],
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:je vais|j vais|jvais|ce soir je|cette nuit je) (?:foutre|mettre) le feu (?:a sa|a son|a leur|chez) (?:[a-z]+ ){0,2}(?:maison|grange|voiture|appart|appartement|ferme|magasin|lui|elle|eux)'],
  // "Where I'm going I won't need it".
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:la ou je vais|l a ou je vais|la ou j vais)(?: ,)? (?:j en aurai|je n en aurai|j aurai|je n aurai) (?:plus|pas|pu) besoin|(?:j en aurai|je n en aurai) (?:plus|pas|pu) besoin la ou je vais', TRAVEL_AFTER29],
  // A last message to the therapist, with a goodbye.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:merci pour tout|adieu|prenez soin de vous)(?: [a-z0-9,.]+){0,12} (?:c est|ce sera|voici) mon dernier (?:message|mot|texto)|(?:c est|ce sera) mon dernier (?:message|mot)(?: [a-z0-9,.]+){0,8} (?:adieu|merci pour tout|prenez soin de vous)', FOR_NOW_AFTER29],
  // Bleeding that won't stop after hurting myself on purpose.
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:expres|volontairement|de proposito)(?: [a-z0-9,.]+){0,12} (?:ca saigne|ca pisse le sang|saigne) (?:beaucoup|enormement|partout|sans arret)|(?:je me suis|jme suis|me suis) (?:coupee?|ouvert|ouverte|taillade|tailladee)(?: [a-z0-9,.]+){0,6} (?:ca (?:s arrete|arrete) pas de saigner|ca saigne sans arret)'],
  // CONCERN: the thought of letting go of the wheel, jumping or throwing myself that comes at a place.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:l idee|l envie|la pensee|l image) (?:me vient|me prend|me traverse|m effleure|me passe par la tete|me revient|m arrive) (?:de|d) (?:lacher le volant|lacher le guidon|sauter|me jeter|me lancer|foncer|me laisser tomber|braquer|donner un coup de volant|en finir|me tuer|passer sous|me pendre)|(?:il )?me vient (?:l idee|l envie) (?:de|d) (?:lacher le volant|sauter|me jeter|foncer|braquer|en finir|me tuer)', JUMP_FUN_AFTER29],
  // Someone else: "il va se donner la mort" then no answer; arms full of cuts; a relative's hoarded pills.
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:m a (?:envoye|ecrit|dit|laisse)|m a envoye un (?:vocal|message|texto|sms|audio)) (?:[a-z]+ )?(?:qu|que) (?:il|elle) (?:va|allait|voulait|veut) (?:se donner la mort|se tuer|se suicider|en finir|mettre fin a ses jours|se foutre en l air|se jeter|se pendre)'],
  ['SELF_HARM', 'CONCERN', 'OTHER', '(?:ses|les|son) (?:bras|poignets|cuisses|jambes|avant bras) (?:pleins? de|couverts? de|remplis? de|avec des) (?:coupures|entailles|scarifications|marques de lame|cicatrices fraiches)'],
  ['SUICIDE', 'CONCERN', 'OTHER', `(?:trouve|decouvert) (?:[a-z]+ ){0,4}(?:un stock de|plein de|des tas de|une reserve de|des boites de) ${MEDS29} (?:caches|cachees|planques)`],
];

// German, Swiss and Austrian forms ("i", "mi", "hob", "woass", "nüm", "wott"); "ü" folds to "u", "ue" stays.
const DE: readonly RuleSource[] = [
  // Swiss and Austrian: "i wott nüm läbe", "mir s Läbe neh", "hab mi wieder gritzt", "alle Tabletten gnomma".
  ['SUICIDE', 'CRISIS', 'SELF', '(?:i|ich) (?:wott|will|wil|mag|mocht|moecht) (?:eifach |einfach )?(?:num|numm|nume|nimma|nimmer|nid meh|nod meh) (?:labe|lebe|laebe|leben|lebn)|(?:mir|mer) (?:s|das|des) (?:labe|laebe|lebe|leben|lebn) (?:neh|nah|nehme|nemme|nehma)'],
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:hab|ha|hob|han) (?:mi|mich) (?:wieder |grad |scho wieder |gestern |heit |hut )?(?:gritzt|gritzet|geritzt)|(?:i|ich) (?:ritz|ritze) (?:mi|mich) (?:wieder|grad|jede nacht|jeden tag)'],
  ['SUICIDE', 'CRISIS', 'SELF', `(?:alle|die ganzen|di ganze|die ganze|d ganze) (?:[a-z]+ ){0,4}${MEDS29}(?: [a-z]+){0,4} (?:gnoh|gnoo|gnomma|gnumma|gschluckt|abegschluckt|ygnoh|iigno)`, /^(?: [a-z,]+){0,4} (?:wie (?:der|d|de|die) (?:doktor|dokter|arzt|arztin|aerztin|dokterin)|wie verschrieben|wie verordnet|vom doktor|vom arzt)\b/],
  // Swiss and Austrian intent: "i wott mi umbringe", "i will mi umbringa".
  ['SUICIDE', 'CRISIS', 'SELF', '(?:i|ich) (?:wott|wot|will|wil|wiu|mocht|moecht|wurd|wuerd|tu|tue|tuen) (?:mi|mich) (?:[a-z]+ ){0,3}(?:umbringe|umbringa|umbringen|umbrenge|umtue|umetue|abmurkse|derschiassn|derschiessen)'],
  ['SUICIDE', 'CRISIS', 'SELF', '(?:i|ich) (?:wott|wot|will|wiu|mocht|moecht) (?:[a-z]+ ){0,3}(?:sterbe|sterba|nume no sterbe)(?= \\.| ,|$| das| es)'],
  // The key to the gun cabinet known or taken.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:schlussel|schluessel|schlussl|schluessl|code) (?:zum|vom|fur den|fuer den|fuers|fur s|vo) (?:waffenschrank|gewehrschrank|waffentresor|waffenkasten)(?: [a-z0-9,.]+){0,10} (?:eingsteckt|eingesteckt|genommen|gnumma|gnomma|mitgenommen|eingsackt|eingesackt|eingepackt|hob i|hab ich)'],
  // "It's time, then it finally stops".
  ['SUICIDE', 'CRISIS', 'SELF', '(?:is|ist) es so ?weit(?: \\.| ,)? (?:dann|danach) (?:hoert|hort|is|ist) (?:das|es|alles|der schmerz|das alles) (?:endlich )?(?:auf|vorbei|zu ende)(?= \\.| ,|$)'],
  // "Danach bin i weg, fuer immer"; decided for after a day.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:danach|dann|nachher|ab dann) (?:bin|bi) (?:i|ich) (?:weg|fort|nimma da|nimmer da|nicht mehr da|numm da)(?: ,)? (?:fuer|fur) immer', TRAVEL_AFTER29],
  // A last entry with a goodbye.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:danke (?:fur|fuer) alles|machts gut|macht s gut|lebt wohl|leb wohl)(?: [a-z0-9,.]+){0,12} (?:is|ist) (?:mein|meine) (?:letzter|letzte) (?:eintrag|nachricht|text|brief|post)|(?:is|ist) (?:mein|meine) (?:letzter|letzte) (?:eintrag|nachricht|text)(?: \\.| ,)? (?:machts gut|macht s gut|lebt wohl|leb wohl|danke (?:fur|fuer) alles)', FOR_NOW_AFTER29],
  // Setting a man's barn or house on fire, "and him with it".
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:zund|zuend|zunde|zuende|fackel|facke) (?:ich |i )?(?:ihm|ihr|denen|dem|der|eam|ihnen) (?:[a-z]+ ){0,3}(?:scheune|haus|hutte|huette|auto|wohnung|laden|hof|stall|garage|bude|hutten) (?:an|ab)'],
  // Where I'm going I won't need it (Swiss "wo ich hi gang bruuch i das nüm").
  ['SUICIDE', 'CRISIS', 'LIFE', '(?:wo|wohin|do wo) (?:ich|i) (?:hingeh|hingehe|hi gang|hi gah|hin geh|hingehn|hi ga|jetzt hingeh)(?: ,)? (?:brauch|bruuch|brauche|bruch) (?:ich|i) (?:das|des|die|s|des alles|das alles|sie|eh)? ?(?:alles )?(?:nicht mehr|nimmer|nimma|num|numm|nix mehr|eh nicht mehr|nicht)', TRAVEL_AFTER29],
  // A cut that won't stop bleeding; burned or cut on purpose.
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:mich|mir) (?:grad |gerade |eben |vorhin )?(?:[a-z]+ ){0,4}(?:geschnitten|geritzt|aufgeschnitten|aufgschnitten)(?: [a-z0-9,.]+){0,6} (?:es )?(?:hort|hoert) (?:nicht|net|ned) (?:mehr )?auf zu bluten'],
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:(?:mich|mir) (?:[a-z]+ ){0,2}(?:absichtlich|mit absicht)|(?:absichtlich|mit absicht) (?:mich|mir)) (?:(?!haare|nagel|bart|pony|fingernagel|spitzen)[a-z]+ ){0,4}(?:verbrannt|verbruht|verbrueht|geschnitten|geritzt|aufgeschlitzt|aufgeschnitten)'],
  // CONCERN: Swiss and Austrian "I'd like to not be here anymore", "I can't anymore".
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:i|ich) (?:wett|wott|wuerd|wurd|mocht|moecht|will) (?:eifach |einfach |nur |halt )?(?:numm|nume|num|nimmer|nimma|nid meh|nicht mehr) (?:da|do|hier) (?:si|sii|sein|sei)'],
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:i|ich) (?:cha|chan|ka) (?:eifach )?(?:num|numm|nume|nimmer|nimma|nid meh)(?= \\.| ,|$)'],
  // CONCERN: the thought of jumping or letting go of the wheel that comes.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:kommt|kommt mir|kam) (?:immer |jedes mal |oft |manchmal |dann )?(?:wieder )?(?:der gedanke|die idee|der impuls|der drang) (?:runterzuspringen|runter zu springen|zu springen|das lenkrad loszulassen|mich fallen zu lassen|mich vor den zug zu|gegen (?:einen baum|die wand) zu fahren|einfach zu springen)', JUMP_FUN_AFTER29],
  // Someone else: hoarded pills found at a relative's; "hat gesagt er hängt sich auf".
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:gehortete|gesammelte|versteckte|gebunkerte|gehamsterte) (?:tabletten|pillen|medikamente|schlaftabletten) (?:gefunden|entdeckt)|(?:gefunden|entdeckt)(?: [a-z0-9,]+){0,4} (?:gehortete|gesammelte|versteckte|gebunkerte) (?:tabletten|pillen|medikamente|schlaftabletten)'],
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:hat gesagt|sagt|meint|hat geschrieben) (?:er|sie) (?:hangt|haengt|bringt|bringe|erschiesst|erschiesse) sich (?:auf|um)', /^ (?:,? )?(?:noch )?(?:vor|mit|beim|fur|fuer|wenn (?:er|sie) (?:verliert|zu spat))\b/],
];

const FAMILIES: Record<ForeignLanguage, readonly RuleSource[]> = { fr: FR, de: DE, ...R29_SOUTH };
const R29: Record<ForeignLanguage, readonly RuleSource[]> = {
  fr: [...FAMILIES.fr, ...R29_SIGNS.fr],
  de: [...FAMILIES.de, ...R29_SIGNS.de],
  it: [...FAMILIES.it, ...R29_SIGNS.it],
  es: [...FAMILIES.es, ...R29_SIGNS.es],
  pt: [...FAMILIES.pt, ...R29_SIGNS.pt],
};

/** The round 29 rules per language, run after the round 28 rules. */
export const R29_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = compileByLanguage(R29);
