/**
 * The round 25 families for French, German and Italian (clinician-style C-SSRS sentences and everyday
 * typing, with Québec, Austrian and Swiss spellings), read by crisis-foreign.ts after the round 23 rules.
 * Patterns run on folded text (no accents, lower case, apostrophes as spaces, "ß" as "ss", "ü" as "u").
 * Twins in tests/unit/crisis-r25.test.ts.
 * - obligation and subjunctive ("il faut que je me tue");
 * - a method in the infinitive after a verb of intending, or in the conditional / Konjunktiv II
 *   ("je pense me pendre", "ich würd mich vor nen zug werfen", "mi butterei sotto un treno");
 * - a method asked about ("le moyen le moins douloureux pour en finir", "welche Höhe reicht");
 * - pills with alcohol; means obtained "de quoi me tuer";
 * - the place scouted in the future tense ("d'où je sauterai", "von der ich springen will");
 * - the decision made and calm since, or only the courage missing;
 * - last message, giving away "for when I'm gone";
 * - CONCERN: a passing wish ("qu'un accident m'emporte", "wär mir egal wenn ich tot wär"), burden,
 *   no way out, pain inside, thinking about death (verb last), an urge resisted;
 * - someone else's risk reported (pills hoarded, "a dit qu'il se jetterait", "sie spricht davon, …").
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

const NOT_BEFORE = '(?<!\\b(?:ne|n|pas|jamais|nicht|nie|niemals|kein|keine|non|mai)(?: [a-z]+){0,2} )(?<!\\b(?:piuttosto|plutot|lieber|eher)(?: [a-z]+)? )';
// Medicines, in the three languages.
const PILLS = '(?:cachets|medocs|medicaments|comprimes|pilules|somniferes|antidepresseurs|tabletten|pillen|schlaftabletten|medikamente|pillole|pastiglie|compresse|farmaci|sonniferi)';
// A high place one jumps from.
const FR_HIGH = '(?:du|d un|de la|de l|depuis le|depuis la|par la) (?:pont|toit|falaise|balcon|fenetre|immeuble|tour|viaduc|parking|haut|sixieme|dixieme|[a-z]+ etage)';
// "je ne reviendrai pas avant lundi": a trip, not a farewell.
const FR_TRIP_AFTER = /^ (?:[a-z]+ ){0,2}(?:avant|de|d|du|des|en|au|aux|chez|dans|pendant|cette|ce|la bas|ici|travailler|bosser)\b/;
// "je pense à me tuer au travail": working oneself to death.
const FR_WORK_AFTER = /^ (?:au|a la|pour|sur) (?:travail|tache|boulot|taf|ce|cette|mon|ma|le|la|les)\b/;
// "me supprimer du groupe", "me tuer au travail": an account or a job, not a life.
const FR_NOT_LIFE_AFTER = /^ (?:(?:au|a la|pour|sur) (?:travail|tache|boulot|taf|ce|cette|mon|ma|le|la|les)|(?:du|des|de la|de ce|de cette|de mon|de ma|de l|d) ?(?:groupe|liste|compte|conversation|discussion|serveur|reseau|app|application|appli|site|fichier|chat|mailing|newsletter|equipe|club|annuaire))\b/;
// Objects of "couper", "brûler", "sauter" that are chores.
const FR_CHORE_AFTER = /^ (?:les cheveux|la frange|les ongles|une tranche|du pain|au soleil|la langue|les doigts|le doigt|en cuisinant|a la cuisine|au four)\b/;
// "dying of shame, of laughter": a figure of speech after the dying.
const DYING_AFTER = /^ (?:de|d|di|dal|dalla|dalle|vor) (?:rire|honte|faim|ennui|fatigue|froid|chaud|ridere|risate|vergogna|fame|noia|sonno|caldo|freddo|lachen|scham|hunger)\b/;
// German: a task or a partner after "Schluss machen".
const DE_SCHLUSS_AFTER = /^ (?:mit (?!allem|dem leben|mir)\b|fur heute|fuer heute|im buro|im buero|bei der arbeit|auf der arbeit|fruher|frueher|mit ihm|mit ihr)/;
// "komm da nicht raus" of a door, a car park, a contract.
const DE_THING_AFTER = /^(?: [a-z,.]+){0,6} (?:tur|tuer|schloss|parkplatz|parklucke|parkluecke|schlussel|schluessel|aufzug|lift|garage|auto|stau|vertrag|abo|handyvertrag|bett|schnee|matsch|level)\b/;
// "dernier message de la journée", "letzte Nachricht für heute".
const LAST_MSG_AFTER = /^ (?:de la journee|du jour|de l annee|avant|pour (?:aujourd hui|ce soir|la journee)|fur heute|fuer heute|vor dem|der woche|per oggi|della giornata|prima)\b/;

const R25: Record<ForeignLanguage, readonly RuleSource[]> = {
  es: [],
  pt: [],
  fr: [
    // Obligation and subjunctive: "il faut que je me tue", "faut qu j en finisse", "je dois me tuer".
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:il faut|faut|il faudrait|faudrait) (?:que|qu) (?:je|j) (?:me tue|me suicide|en finisse|me foute en l air|me supprime|me donne la mort|mette fin a mes jours)|je dois (?:me tuer|me suicider|en finir|mourir|me foutre en l air)`, FR_WORK_AFTER],
    // A method in the infinitive after a verb of intending, or in the conditional.
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:pense|pensais a|compte|vais|veux|voudrais|prevois de|envisage de|pense a|songe a|j vais|je vais) (?:m pendre|m empoisonner|m jeter (?:sous|devant|${FR_HIGH})|m tirer une balle|me pendre(?: (?:avec|a) (?:la|une|ma|mon|le|un|cette|ce) (?:corde|ceinture|cable|drap|echarpe|rallonge|poutre|arbre|branche))?|m empoisonner|me jeter (?:sous|devant|${FR_HIGH})|me defenestrer|m ouvrir les veines|me taillader les veines|me tirer une balle|me noyer|sauter ${FR_HIGH})|(?:je )?(?:me pendrais|m empoisonnerais|me jetterais (?:sous|devant|${FR_HIGH})|sauterais ${FR_HIGH}|me tirerais une balle|me noierais)`],
    ['SELF_HARM', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:vais|veux|j vais|compte|pense) (?:me bruler|me couper|me taillader|me scarifier|me mutiler) (?:avec|au|a la|les bras|les poignets|les cuisses)`, FR_CHORE_AFTER],
    // A method asked about: the least painful, surest, fastest way to end it.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:moyen|methode|facon|maniere|technique|truc) (?:la |le )?(?:plus|moins) (?:douce?|douloureu[sx]e?|rapide|efficace|sure?|simple|propre|radical) (?:pour|de) (?:en finir|mourir|se tuer|me tuer|se suicider|me suicider|partir pour de bon)'],
    // Pills with alcohol, tonight.
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:vais|veux|compte|pense|j vais) (?:boire|avaler|prendre|m enfiler|descendre) (?:[a-z]+ ){0,6}(?:avec|et|plus) (?:mes|les|tous mes|toutes mes|tous les|toutes les|une boite de|la boite de) ${PILLS}`],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:vais|veux|compte|j vais) (?:avaler|prendre|gober) (?:toute la boite|toutes? les boites|tous mes|toutes mes|tous les|toutes les) (?:de )?${PILLS}(?: (?:avec|et) (?:la|le|du|de la|une|un|ma|mon|toute la) (?:vodka|whisky|alcool|biere|vin|bouteille|rhum|gin|pastis))?`],
    // Means obtained: "j'ai acheté de quoi me tuer".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:achete|trouve|prepare|recupere|commande|pris|stocke|rassemble|garde|mis de cote) (?:[a-z]+ ){0,2}(?:de quoi|ce qu il faut pour|le necessaire pour) (?:me tuer|en finir|mourir|me suicider|me foutre en l air|me pendre)'],
    // The place scouted, in the future: "l'endroit d'où je sauterai".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:d ou|ou|duquel|de laquelle) je (?:sauterai|me jetterai|vais sauter|vais me jeter|compte sauter|veux sauter|me pendrai|vais me pendre)'],
    // The decision made and calm since, or only the courage missing.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:depuis que|maintenant que) j ai (?:decide|pris la decision) (?:de le faire|d en finir|de me tuer|de partir)(?: ,)? (?:[a-z]+ ){0,3}(?:je me sens|je suis|ca va) (?:[a-z]+ ){0,2}(?:calme|apaisee?|serein|sereine|bien|soulagee?|leger|legere)(?! ,? (?:ce|cet|cette|ces|mon|ma|mes|le|la|les|pour|avec)\\b)|j ai (?:deja )?(?:decide|choisi) (?:ou et quand|quand et ou|comment et quand|le jour et l endroit)(?: [a-z,.]+){0,4} (?:manque|reste) (?:juste |plus que |seulement )?(?:le courage|a le faire|a passer a l acte)'],
    // Timing: "demain à l'aube je le fais", "je le ferai le 14, comme ça tout sera terminé".
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:(?:a l aube|au petit matin|a l aurore|au lever du jour) je le (?:fais|ferai)(?= \\.| ,|$)|je le (?:ferai|fais|vais faire) (?:[a-z0-9,]+ ){0,10}(?:comme ca|et|alors|ainsi)(?: ,)? (?:tout sera (?:termine|fini)|ce sera (?:termine|fini) pour de bon|plus rien ne comptera|je serai enfin tranquille))`, /^ , (?:ce|cet|cette|ces|le|la|les|mon|ma|mes|son|sa|notre|pour)\b/],
    // The last message, with an apology or a goodbye.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:c est|c|cest|voici|voila) (?:mon|mes) derni(?:er|ers) (?:message|msg|messages|mot|mots|texto|sms)(?: ,| \\.)? (?:[a-z,.]+ ){0,3}(?:pardon|desole|desolee|adieu|je vous aime|je t aime|merci pour tout|prenez soin)', LAST_MSG_AFTER],
    // Giving away, "for when I'm gone for good", "telling her I won't come back".
    ['SUICIDE', 'CRISIS', 'SELF', `(?:confie|donne|laisse|offert|envoye|legue|distribue) (?:[a-z,]+ ){1,12}(?:quand je serai (?:partie?|plus la) pour (?:toujours|de bon)|quand je ne serai plus la|que je ne reviendrai pas|que je reviendrai pas|que je reviendrai plus|qu je reviendrai pas)`, FR_TRIP_AFTER],
    // A self-harm "now", after the call.
    ['SELF_HARM', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:vais|j vais) me (?:bruler|couper|taillader|scarifier) (?:[a-z]+ ){0,4}(?:des que|quand|apres que) (?:j aurai|on aura|tu auras) (?:raccroche|fini|termine)`],
    // Stabbing someone named with the blade carried.
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:envie de|veux|vais|j vais|je vais) (?:planter|poignarder|saigner|egorger|suriner|buter) (?:mon|ma|le|la|ce|cette|l|mes) (?:chef|patron|patronne|pere|mere|beau pere|voisin|voisine|prof|ex|mec|copain|copine|frere|soeur|collegue|mari|femme|boss|manager|daron|daronne)(?: [a-z,]+){0,6} (?:avec|au) (?:le|un|mon|son|ce) (?:couteau|cutter|lame|schlass|cran|opinel|tournevis)`],
    // Thoughts of giving oneself death; Québec "j'pense juste à m'tuer".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:idees?|pensees?|envie|intention) de (?:me donner la mort|m oter la vie|mettre fin a mes jours|me supprimer|me foutre en l air)|(?:pense|pens|j pense|je pense) (?:juste |seulement |rien qu |qu |rien que |tout le temps |toujours |souvent )?a (?:me|m) (?:tuer|suicider|foutre en l air|pendre|supprimer)', FR_NOT_LIFE_AFTER],
    // CONCERN: indifference to dying ("ça me serait égal de mourir", "je m'en ficherais si je mourais").
    ['SUICIDE', 'CONCERN', 'SELF', `(?:ca |ce )?(?:me serait|m est|me serais|m serait) (?:bien |completement |totalement )?(?:egal|indifferent) (?:de mourir|de crever|si je (?:meurs|mourais|crevais|creve))|(?:je )?m en (?:ficherais|fiche|fous|foutrais|balance|balancerais) (?:bien )?(?:de mourir|de crever|si je (?:meurs|mourais|crevais|creve))`, DYING_AFTER],
    // CONCERN: a passing wish that an accident or an illness would take me.
    ['SUICIDE', 'CONCERN', 'SELF', '(?:souhaite|souhaiterais|voudrais|aimerais|prie pour|espere) (?:que|qu) (?:un accident|une maladie|un camion|une voiture|un bus|quelque chose|la mort|un cancer) (?:m emporte|me tue|m ecrase|me fauche|m arrive|vienne me chercher)'],
    // CONCERN: no light at the end of the tunnel, no way out of this life.
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:vois|voit|voir) (?:pu|plus|pas|aucune|jamais) (?:de |d )?(?:lumiere au bout du tunnel|issue|sortie|echappatoire|avenir|fin a tout ca)|(?:enferme|enfermee|coince|coincee|prise? au piege|bloquee?) dans (?:cette|ma) vie (?:sans|pas de|aucune) (?:porte de sortie|issue|echappatoire)', /^ (?:sur|pour|a|au|aux|dans|du|de la|des|avec|entre|en) (?!moi\b|nous\b|ma vie\b)/],
    // CONCERN: pain inside that cannot be borne.
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:peux|peut|pux|jpeux|j peux|jpeu|arrive) (?:pu|plus|pas) (?:a )?(?:supporter|endurer|vivre avec|tenir avec) (?:cette|la|ma|toute cette|cet|tant de) (?:souffrance|douleur|mal|detresse|tristesse)|(?:mal|souffre|souffrance) (?:[a-z]+ ){0,2}(?:dedans|a l interieur|en dedans|au fond de moi)(?: [a-z,.]+){0,4} (?:invivable|insupportable|plus supporter|pu supporter)'],
    // CONCERN: thinking about death all the time.
    ['SUICIDE', 'CONCERN', 'SELF', 'je (?:pense|songe) (?:tout le temps |sans arret |constamment |souvent |toujours |beaucoup )a la mort(?= \\.| ,|$| \\?)'],
    // Someone else: pills hoarded "to do something stupid"; "said he would throw himself off".
    ['SUICIDE', 'CONCERN', 'OTHER', `(?:stocke|garde|cache|accumule|amasse|met de cote) (?:ses|des|tous ses|toutes ses|plein de) ${PILLS} (?:[a-z]+ ){0,3}pour (?:faire une betise|faire une connerie|en finir|se tuer|mourir|se suicider|passer a l acte)`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:dit|a dit|disait|ecrit|a ecrit|menace|a menace|raconte) (?:[a-z]+ ){0,3}qu (?:il|elle) (?:se jetterait|se tuerait|se suiciderait|se pendrait|en finirait|allait se (?:tuer|jeter|suicider|pendre)|va se (?:tuer|jeter|suicider|pendre)|voulait mourir|veut mourir|voudrait mourir)', /^ (?:de rire|de honte|de faim|au travail|a la tache)\b/],
  ],
  de: [
    // Konjunktiv II and intention with a method: "ich würd mich vor nen Zug werfen", "denke daran, mich zu vergiften".
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:wurd|wuerd|wurde|wuerde|werd|werde|will|mocht|mochte|moechte) (?:ich )?mich (?:(?:einfach|heute|heut|gleich|jetzt|morgen|bald|dann) )*(?:vor|unter) (?:den|einen|nen|n|die|eine|ne|nen) (?:zug|u bahn|ubahn|s bahn|sbahn|lkw|laster|auto|bus|strassenbahn|tram|bim) (?:werfen|schmeissen|legen|stellen)`, /^ (?:,? )?(?:als|bevor|statt|wenn ich nochmal)\b/],
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:denke|denk|uberlege|ueberlege|uberleg|plane|plan|will|habe vor|hab vor|bin kurz davor|bin nah dran|bin drauf und dran|kurz davor|nah dran)(?: ich)? (?:daran |dran |(?:druber|drueber|daruber|darueber|uber|ueber) nach )?(?:,? )?mich (?:[a-z]+ ){0,6}(?:zu vergiften|zu erhangen|zu erhaengen|aufzuhangen|aufzuhaengen|zu erschiessen|abzuknallen|zu ertranken|zu ertraenken|umzubringen|zu toten|zu toeten|zu ersticken|wegzumachen)`],
    // Swiss and Austrian "ich will mich umbringen": "i wott mi umbringe".
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:i|ich|ig) (?:wott|will|wil|wui|mocht|mochti|mag|moag|tua|tu|tat|taet|tati|tet|wurd|wuerd) (?:mi|mich) (?:(?:eifach|afach|jetzt|jetz|glei|gli|hut|heit) )?(?:umbringe|umbringa|umbrenge|umbringen|tote|toete|erschiesse|uffhanke|aufhange|aufhaenge)`],
    // A method asked about: "welche Höhe reicht sicher, wenn ich spring".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:welche|wie viel|wieviel|wie viele|wie hoch|ab welcher|ab wieviel) (?:hohe|hoehe|stockwerke|stock|meter|tabletten|pillen|mg|milligramm)?(?: [a-z]+){0,3} (?:reicht|reichen|muss es sein|brauch ich|braucht man|sind todlich|ist todlich|ist sicher todlich)(?: [a-z,]+){0,3} (?:wenn ich|damit ich|um zu|dass ich) (?:spring|springe|runterspring|runterspringe|sterbe|tot bin|nicht mehr aufwache|sie nehm|sie nehme)'],
    // The place scouted: "die Stelle, von der ich springen will".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:von der|von dem|von wo|wo) (?:aus )?ich (?:runter|hinunter|herunter|ab)?(?:springen|springe|spring) (?:will|werde|werd|mochte|moechte|wurde|wuerde)'],
    // Planned how, with a secluded place.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:geplant|uberlegt|ueberlegt|entschieden|festgelegt)(?: ,)? wie (?:ich es|ichs|ich s|ich das) (?:mache|mach|tue|tu|anstelle|machen werde|tun werde)(?: [a-z0-9,.]+){0,4} (?:im wald|in den wald|an der brucke|von der brucke|auf dem dach|am see|an den gleisen|auf den gleisen|in der garage|am fluss|an der klippe|im keller|auf dem dachboden)'],
    // The decision made and calm since: "seit ich weiß, dass ich es tun werde, bin ich gut gelaunt".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:seit|seitdem|nachdem|jetzt wo) ich (?:weiss|entschieden habe|beschlossen habe|mich entschieden habe)(?: ,)? dass ich es (?:tun|machen|durchziehen) (?:werde|werd|will)(?: ,)? (?:[a-z]+ ){0,4}(?:bin ich|fuhl ich mich|fuehle ich mich|geht es mir|gehts mir|bin) (?:[a-z]+ ){0,3}(?:gut gelaunt|gut drauf|ruhig|erleichtert|friedlich|entspannt|gelassen|glucklich|gluecklich)|(?:hab|habe) (?:schon )?entschieden wo und wann(?: [a-z,.]+){0,4} (?:fehlt|fehlt mir) (?:nur noch|nur|noch) der mut'],
    // A date given, and the dying said: "wenn ich bis dahin tot bin? ich habe vor, es am Samstag zu tun".
    ['SUICIDE', 'CRISIS', 'SELF', 'tot bin(?: [a-z,.]+){0,6} (?:hab|habe) (?:[a-z]+ ){0,2}vor(?: ,)? es (?:[a-z]+ ){0,3}zu tun'],
    // "heit auf d'nacht moch i schluss, des is fix": ending it tonight, said as fixed.
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:heute|heut|heit|hut|morgen|nacht|znacht|am wochenende|am samstag|am sonntag) (?:[a-z]+ ){0,2}(?:mach|moch|moach|mache|mach s|mochs) (?:ich|i|ish) (?:endgultig |endgueltig )?schluss(?: mit allem| mit dem leben| mit mir)?(?: ,)? (?:des|das|dis) (?:is|ist|isch) (?:fix|entschieden|beschlossen|sicher|endgultig|endgueltig)`, DE_SCHLUSS_AFTER],
    // A gift "as a farewell", for him to remember me by.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:(?:geschenkt|gegeben|vermacht|verschenkt|uberlassen|ueberlassen|vererbt) (?:[a-z,]+ ){0,4}(?:als|zum) abschied|(?:als|zum) abschied (?:[a-z]+ ){0,2}(?:geschenkt|gegeben|vermacht|verschenkt|uberlassen|ueberlassen|vererbt))(?: quasi| sozusagen| irgendwie)?(?: ,)? (?:[a-z]+ ){0,2}(?:soll|sollen|kann|konnen|koennen) (?:[a-z]+ ){0,2}(?:an mich denken|was von mir haben|etwas von mir haben|mich nicht vergessen|sich an mich erinnern)'],
    // Self-harm now, in the progressive: "bin grad am ritzen".
    ['SELF_HARM', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:bin|ich bin|i bin) (?:grad|gerade|gerad|jetzt|jetz|wieder|schon wieder|im moment) (?:wieder )?(?:am|beim) ritzen`],
    // The last message, with an apology.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:das ist|das hier ist|des is|dis isch|ist) (?:meine|mei|mini) letzte (?:nachricht|message|msg|sms)(?: ,| \\.)? (?:[a-z,.]+ ){0,3}(?:verzeiht|verzeih|sorry|es tut mir leid|tut mir leid|ich hab euch lieb|lebt wohl|danke fur alles)', LAST_MSG_AFTER],
    // A method asked about: "die schmerzloseste Methode, um zu sterben".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:schmerzlos|schmerzlosest|sicherst|schnellst|einfachst|leichtest|best)(?:e|en) (?:methode|art|weg|moglichkeit|moeglichkeit|variante)(?: ,)? (?:um )?(?:zu sterben|sich umzubringen|mich umzubringen|sich das leben zu nehmen|es zu beenden|aus dem leben zu gehen)'],
    // CONCERN: wishing an accident would take me.
    ['SUICIDE', 'CONCERN', 'SELF', '(?:wunschte|wuenschte|wunsch|wuensch|wunsche|wuensche|hoffe) (?:mir )?(?:,? )?(?:dass )?(?:ein unfall|eine krankheit|ein auto|ein lkw|ein laster|der tod|krebs) (?:[a-z]+ ){0,2}(?:mich (?:erwischt|erwischen|erwischen wurde|erwischen wuerde|holt|holen|holen wurde|holen wuerde|mitnimmt|mitnehmen|uberfahrt|ueberfahrt|uberfahren|ueberfahren|dahinrafft|dahinraffen|totet|toetet|toten|toeten))'],
    // CONCERN: a passing wish: "wär mir egal, wenn ich morgen tot wär".
    ['SUICIDE', 'CONCERN', 'SELF', '(?:war|waer|waere|ware|wurde|wuerde|wars) (?:mir |es mir )?(?:egal|recht|nur recht|lieber|wurscht|wurst)(?: ,)? (?:wenn|falls|dass) ich (?:[a-z]+ ){0,2}(?:tot (?:war|waer|waere|ware|bin)|sterben wurde|sterben wuerde|sterbe|sterb|nicht mehr aufwache|nicht mehr aufwachen wurde|nicht mehr aufwachen wuerde)'],
    // CONCERN: a burden to the family.
    ['SUICIDE', 'CONCERN', 'SELF', '(?:bin|ich bin) (?:[a-z]+ ){0,2}(?:ne|eine|nur|einfach) (?:[a-z]+ )?last (?:fur|fuer) (?:alle|meine|mein|meinen|die|euch|jeden|andere)|(?:falle|fall) (?:[a-z]+ ){0,2}(?:allen|jedem|meiner familie|meinen eltern|meinen kindern|euch|dir|ihnen|anderen|meinem mann|meiner frau) (?:nur |bloss |immer )?(?:zur|zu) last'],
    // CONCERN: no way out, "egal was ich mach".
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:komm|komme) (?:ich )?(?:da|hier|do) (?:einfach )?(?:nicht|nich|ned|net|nit) (?:mehr )?raus(?: ,)? (?:egal was|egal wie|wie sehr|was auch immer) (?:ich )?(?:mach|mache|tu|tue|versuch|versuche)', DE_THING_AFTER],
    // CONCERN: pain inside that cannot be borne.
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:halt|halts|halt s|halte|halte es|halt es|haltes) (?:[a-z]+ )?(?:nicht|nich|ned|net|nit) mehr aus(?: ,)? (?:[a-z,]+ ){0,4}(?:tut|tuts|tut s) (?:so |echt |total |einfach )?weh (?:innen|innerlich|drinnen|in mir|im herzen|innen drin|da drin)'],
    // CONCERN: thinking about death, verb last ("dass ich ständig über den Tod nachdenke").
    ['SUICIDE', 'CONCERN', 'SELF', 'ich (?:[a-z]+ ){0,2}(?:uber|ueber|an) (?:den tod|das sterben|selbstmord|suizid|meinen tod|mein ende|das totsein) (?:nachdenke|nachdenk|denke|grubel|grubele|gruebele|nachgrubele|nachgruebele)'],
    // Someone else: "sie spricht ständig davon, sich das Leben zu nehmen"; "meint, wir wären ohne ihn besser dran".
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:er|sie) (?:spricht|redet|redt|schreibt|faselt|erzahlt|erzaehlt|sagt) (?:[a-z]+ ){0,3}(?:davon|daruber|darueber)(?: ,)? (?:[a-z,]+ ){0,3}(?:sich das leben zu nehmen|sich umzubringen|zu sterben|sich (?:was|etwas) anzutun|sich zu toten|sich zu toeten|sich aufzuhangen|sich aufzuhaengen|nicht mehr leben zu wollen|sich zu erschiessen)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:meint|sagt|denkt|glaubt|schreibt|meinte|sagte)(?: ,)? (?:dass )?(?:wir|alle|wir alle|ihr|die familie|jeder|seine familie|ihre familie) (?:waren|waeren|ware|waere|seien|sind) (?:ohne (?:ihn|sie) )?(?:besser dran|glucklicher|gluecklicher|besser)(?: ohne (?:ihn|sie))?', /^ (?:im|in der|bei der|auf der|beim) (?:team|firma|arbeit|projekt|wg|verein|buro|buero)\b/],
  ],
  it: [
    // Conditional with a method: "mi butterei sotto un treno", "penso di impiccarmi".
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:mi butterei|mi getterei|mi lancerei) (?:sotto|da|dal|dalla|giu dal|giu dalla|dalla finestra|dal ponte)|(?:penso di|pensavo di|ho intenzione di|voglio|vorrei|sto pensando di) (?:impiccarmi|avvelenarmi|buttarmi (?:sotto|dal|dalla|giu)|gettarmi (?:sotto|dal|dalla)|spararmi|tagliarmi le vene|annegarmi)`, /^ (?:,? )?(?:piuttosto che|invece di|dal ridere)\b/],
    // Where and when decided, only the courage missing.
    ['SUICIDE', 'CRISIS', 'SELF', 'ho (?:gia )?(?:deciso|scelto) (?:dove e quando|quando e dove|come e quando|il giorno e il posto|il posto e il giorno)(?: [a-z,.]+){0,3} (?:manca|mi manca) (?:solo |soltanto |ancora )?(?:il coraggio|la forza)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:da quando|ora che|adesso che) ho deciso di (?:farlo|farla finita|uccidermi|ammazzarmi)(?: ,)? (?:[a-z]+ ){0,2}(?:mi sento|sono) (?:[a-z]+ ){0,2}(?:tranquill[oa]|seren[oa]|calm[oa]|in pace|sollevat[oa]|leggero|leggera)'],
    // The last message, with an apology.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:e|questo e|ecco) (?:il )?(?:mio )?ultimo (?:messaggio|msg|sms)(?: ,| \\.)? (?:[a-z,.]+ ){0,3}(?:perdonatemi|perdonami|scusate|scusatemi|vi voglio bene|addio|grazie di tutto|grazie per tutto)', LAST_MSG_AFTER],
    // Conditional with a lethal method only ("mi ammazzerei" is said of trifles).
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:mi impiccherei|mi avvelenerei|mi taglierei le vene|mi butterei giu)`, /^ (?:,? )?(?:piuttosto|invece|dal ridere)\b/],
    // A method asked about; means obtained.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:modo|metodo|maniera|sistema) (?:piu |meno )(?:doloroso|indolore|rapido|veloce|sicuro|efficace|semplice) (?:per|di) (?:farla finita|morire|uccidersi|uccidermi|ammazzarmi|ammazzarsi|suicidarsi|suicidarmi|togliersi la vita)|(?:ho comprato|ho preso|ho procurato|mi sono procurat[oa]|ho messo da parte|ho trovato) (?:quello che serve|tutto quello che serve|il necessario|l occorrente|cio che serve) (?:per|a) (?:farla finita|uccidermi|ammazzarmi|morire|suicidarmi|togliermi la vita)'],
    // CONCERN: a passing wish that an accident would take me; indifference to dying.
    ['SUICIDE', 'CONCERN', 'SELF', '(?:vorrei|spero|mi piacerebbe|prego) che (?:un incidente|una malattia|una macchina|un camion|un tumore|la morte|qualcosa) mi (?:portasse via|porti via|prendesse|investisse|uccidesse|venisse a prendere)'],
    ['SUICIDE', 'CONCERN', 'SELF', `(?:non mi importerebbe|non me ne importerebbe|non mi interesserebbe|mi sarebbe indifferente|mi e indifferente|non mi importa|non me ne frega(?: niente)?|me ne fregherei) (?:niente |nulla |piu )?(?:di morire|se morissi|se muoio|se domani (?:morissi|muoio|fossi mort[oa]))`, DYING_AFTER],
    // Roman and southern first person "me": "stasera me butto dal ponte", "me ammazzo stanotte".
    ['SUICIDE', 'CRISIS', 'SELF', `${NOT_BEFORE}(?:(?:stasera|stanotte|domani|adesso|mo|oggi|sabato|domenica) (?:[a-z]+ )?(?:me|mi) (?:butto (?:dal|da|giu dal|giu dalla|dalla|de|sotto|sotto al|sotto il|sotto un|sotto a) (?:ponte|tetto|balcone|finestra|treno|palazzo|terrazzo|metro|quinto piano|sesto piano|settimo piano)|butto giu(?= \\.| ,|$)|ammazzo|impicco|sparo|avveleno)|(?:me|mi) (?:butto (?:dal|giu dal|dalla|giu dalla|sotto) (?:ponte|tetto|balcone|finestra|treno|palazzo|terrazzo)|ammazzo|impicco) (?:stasera|stanotte|domani|adesso|oggi))`, /^ (?:,? )?(?:dal ridere|di lavoro|sul lavoro|a lavorare|di studio|in palestra|sul divano|a letto|nel lavoro)\b/],
    // CONCERN: not managing to live any more, standard and Roman ("nun ce la faccio più a vive").
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:non|nun|n) ce la (?:faccio|fo|facc) piu a (?:vive|vivere|andare avanti|anda avanti|tira avanti|tirare avanti)', /^ (?:il|lo|la|i|gli|le|l|questo|questa|quel|quella|con il|con la|con lo|col|da sol[oa] (?:il|la|con))\b/],
    // CONCERN: an urge resisted ("una voglia matta di tagliarmi").
    ['SELF_HARM', 'CONCERN', 'SELF', '(?:voglia|bisogno|impulso) (?:matta|tremenda|enorme|forte|fortissim[oa]|pazzesca|incredibile) di (?:tagliarmi|ferirmi|farmi del male|bruciarmi|graffiarmi)'],
    // Someone else: "dice sempre che vorrebbe morire".
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:dice|ha detto|continua a dire|diceva|scrive|ha scritto|ripete) (?:[a-z]+ ){0,2}che (?:vorrebbe|vuole|voleva|vorrebbe solo|preferirebbe) (?:morire|farla finita|uccidersi|ammazzarsi|sparire per sempre|togliersi la vita|non svegliarsi piu)', /^ (?:dal ridere|dalle risate|di fame|di noia|di sonno|di caldo|di freddo)\b/],
  ],
};

/** The round 25 rules per language, run after the round 23 rules. */
export const R25_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = compileByLanguage(R25);
