/**
 * The round 27 families for French, German, Italian, Spanish and Portuguese (adults writing at night with a life
 * context: a breakup, custody, debt, burnout, illness, caring for a parent, a miscarriage, a trauma anniversary;
 * Québec, Swiss, Austrian, Bavarian, Roman and Neapolitan forms), read by crisis-foreign.ts after the round 26 rules.
 * Patterns run on folded text (no accents, lower case, apostrophes as spaces, "ß" as "ss", "ü" as "u").
 * Twins in tests/unit/crisis-r27.test.ts.
 * - a loaded gun lying next to me, on the table or the bed (in all five languages) ("la carabine est sur la table pis est chargée");
 * - "tonight I'll join her/him" after a loss (a baby, a parent): "je vais la rejoindre", "geh ich zu ihm",
 *   "la raggiungo";
 * - farewell messages scheduled or ready; a dated end "for me" ("demain à l'aube c'est fini pour moi",
 *   "morgen ist für mich Schluss"); "Schluss mit allem" with a day; "je m'en vais pour de bon" once decided;
 *   a Bavarian or plain goodbye with thanks for everything and "forgive me";
 * - an overdose: half or all of a pack of a named medicine, all of them at once, pills washed down with
 *   alcohol, "if she doesn't answer by midnight I take them all";
 * - Québec "j'vas me pendre", "à soir"; Neapolitan "me butto a mare dal molo";
 * - the bath filled with the razor ready; blades bought "and I start now"; a deep cut with blood; the head
 *   banged against the wall till it bleeds;
 * - on a roof or a bridge looking down for an hour; stopping on the bridge to get out; the non-stopping
 *   train's time looked up;
 * - harm to others: "je lui fais la peau", "mach ich den Chef kalt"; her pills and mine mixed in the food;
 * - abuse in progress: pinned against the wall, slapped, locked in, throttled, "dass er mich abmurkst";
 * - CONCERN: "I cost everyone too much", "la vie me pèse", "je ne vois plus l'intérêt d'essayer",
 *   "non vedo nessun futuro", "marre de souffrir", "dunkle Gedanken";
 * - someone else's risk: talks of throwing himself under the metro, sent a photo of her pills, has pills
 *   set aside and "won't see the winter".
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

// Medicines by name or kind, in the five languages.
const MEDS =
  '(?:medocs?|medicaments?|cachets|comprimes|pilules|somniferes|antidepresseurs|anxiolytiques|xanax|lexomil|doliprane|paracetamol|dafalgan|efferalgan|stilnox|zolpidem|tramadol|seresta|temesta|valium|lyrica|atarax|imovane|tabletten|pillen|medis|medikamente|schlaftabletten|antidepressiva|venlafaxin|sertralin|citalopram|mirtazapin|quetiapin|tavor|lorazepam|diazepam|zopiclon|amitriptylin|ibuprofen|tachipirina|paracetamolo|pillole|pasticche|compresse|farmaci|sonniferi|antidepressivi|lexotan|minias|pastillas|pastillas|rivotril|clonazepam|remedios|comprimidos|calmantes|ansioliticos|benzos|antidepresivos|antidepressivos)';
// A gun and where it lies: on the table, the bed, next to me.
const NEAR_ME =
  '(?:sur la table|a cote de moi|pres de moi|devant moi|sur le lit|sur mes genoux|dans ma main|neben mir|vor mir|auf dem tisch|am tisch|am kuchentisch|auf dem bett|auf dem kuchentisch|accanto a me|vicino a me|davanti a me|sul tavolo|sul letto|al lado mio|a mi lado|sobre la mesa|en la mesa|ao meu lado|na mesa|em cima da mesa)';
// A loss: a baby, a parent, someone dead.
const FR_LOSS = '(?:deces|decede|decedee|mort|morte|fausse couche|enterre|enterree|enterrement|au ciel|bebe|mon ange|sa tombe)';
const DE_LOSS = '(?:tod|tot|gestorben|verloren|fehlgeburt|geburtstermin|grab|beerdigung|sternenkind|himmel|verstorben)';
const IT_LOSS = '(?:morte|morto|morta|perso|persa|aborto|lutto|funerale|cimitero|cielo|angioletto|scomparsa|scomparso)';
// "je les prends tous le matin": a routine, not a threshold.
const ROUTINE_AFTER = /^ (?:,? )?(?:les|le|chaque|au|a|avant|apres|comme|pendant|en meme temps|jeden|am|morgens|abends|vor|nach|wie)\b/;
// "c'est fini pour moi les sucreries", "morgen ist für mich Schluss mit dem Rauchen".
const FINISHED_WITH_AFTER = /^ (?:,? )?(?:les|le|la|l|avec|ce|cette|cet|ces|de|d|du|des|mit (?!allem|mir|dem leben)|fur heute|fuer heute|mit dem|mit der|mit den|im|in der|beim)\b/;
// A razor, a blade for shaving or a chore.
const SHAVE_AFTER = /^(?: [a-z,]+){0,6} (?:raser|epiler|rasieren|radere|depilar|afeitar|barbear|legs|jambes|beine|gambe|piernas|pernas)\b/;
// A self-cut while shaving, cooking or carving.
const CHORE_CUT_AFTER = /^(?: [a-z,]+){0,4} (?:beim|bei der) (?:rasieren|kochen|schnitzen|arbeiten|basteln|gartenarbeit)\b/;
// "les chiens passent, je regarde en bas les bateaux": the view.
const VIEW_AFTER = /^ (?:,? )?(?:les bateaux|la vue|le paysage|les gens|les voitures|die schiffe|die aussicht|die leute|die autos|den verkehr)\b/;
// "merci pour tout, pardonne-moi pour le retard": an apology for a thing.
const SORRY_FOR_AFTER = /^ (?:,? )?(?:pour|de|d|fur|fuer|wegen|das|den|die|dass|meine|mein|meinen)\b/;
// "je m'en vais pour de bon de cette ville": leaving a place.
const PLACE_AFTER = /^ (?:,? )?(?:de|d|du|des|a|au|aux|en|vers|pour (?:le|la|les|l)|chez|loin)\b/;

const R27: Record<ForeignLanguage, readonly RuleSource[]> = {
  fr: [
    // A loaded gun next to me.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:carabine|fusil|flingue|pistolet|revolver|arme|gun)(?: [a-z]+){0,5} (?:est |sont )?${NEAR_ME}(?: [a-z]+){0,3} (?:est )?(?:chargee?|chargees)|(?:carabine|fusil|flingue|pistolet|revolver|arme|gun)(?: [a-z]+){0,5} (?:est )?(?:chargee?) (?:et )?(?:posee? )?${NEAR_ME}`],
    // "Cette nuit je vais la rejoindre" after a loss.
    // (LIFE: "rien n'a de sens" in the gap is not a denial of the act.)
    ['SUICIDE', 'CRISIS', 'LIFE', `${FR_LOSS}(?: [a-z0-9,.]+){0,30} (?:(?:cette nuit|ce soir|a soir|demain|bientot) (?:je vais|j vais|jvais|j vas|je vas) (?:la|le|les) rejoindre|(?:je vais|j vais|jvais|j vas) (?:la|le|les) rejoindre (?:cette nuit|ce soir|a soir|demain|bientot)|(?:cette nuit|ce soir|a soir) je (?:la|le|les) rejoins)`],
    // Farewell messages scheduled or ready.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:mails?|messages?|lettres?|textos?|sms|courriels?) d adieu (?:sont |est )?(?:deja )?(?:programmes?|programmees?|planifies?|planifiees?|prets?|pretes?|en attente|enregistres?)'],
    // A dated end "for me".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:demain|ce soir|cette nuit|a soir|a l aube|au lever du soleil|a minuit|au petit matin|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)(?: [a-z]+){0,3}(?: ,)? (?:c est fini|ce sera fini|tout sera fini|c en est fini|c est la fin|ce sera la fin) pour moi', FINISHED_WITH_AFTER],
    // "Ma décision est prise, je m'en vais pour de bon samedi".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ma decision est prise|c est decide|j ai decide|j ai pris ma decision)(?: [a-z,.]+){0,4} (?:je m en vais|je pars|je m en irai|je partirai|j m en vas|je m en vas) (?:pour de bon|pour toujours|definitivement)', PLACE_AFTER],
    // Thanks for everything, forgive me.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:merci pour tout|merci de tout|merci pour toute)(?: [a-z,.]+){0,4} (?:pardonnez moi|pardonne moi|pardon|desolee?)(?= \\.| ,|$)', SORRY_FOR_AFTER],
    // An overdose: half or all of a pack; all of them at once; with alcohol; a threshold.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:j ai|jai|g|j) (?:deja )?(?:pris|avale|gobe|bu) (?:la moitie d |la moitie de |toute |tout |une |la |ma |mes )?(?:la |ma |une |mon )?(?:plaquette|boite|tube|flacon|blister|stock)(?: de| d)? ?${MEDS}`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:pris|avale|gobe) (?:tous|toutes) (?:mes|les|ses) ${MEDS} (?:d un coup|d un seul coup|en une fois|en meme temps|ensemble)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:pris|avale|gobe) (?:[a-z]+ ){0,3}${MEDS} avec (?:[a-z]+ ){0,2}(?:whisky|vodka|vin|rhum|alcool|biere|gin|pastis|rouge)`],
    // (LIFE: the condition's own "pas", "si elle répond pas", is not a denial of the act.)
    ['SUICIDE', 'CRISIS', 'LIFE', `${MEDS}(?: [a-z0-9,.]+){0,25} (?:si |sinon |s )(?:[a-z0-9]+ ){0,10}(?:je les (?:prends|avale|gobe|prendrai|avalerai)|j les prends) (?:tous|toutes)(?= \\.| ,|$)`, ROUTINE_AFTER],
    // Québec "j'vas me pendre à soir".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:j vas|jvas|je vas|m as|jm en vas) me (?:pendre|tuer|tirer|flinguer|suicider|noyer|jeter|lancer|crisser en bas|sauter)'],
    // The bath filled and the razor ready.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:baignoire|bain)(?: [a-z,.]+){0,8} (?:rasoir|lame|lames|cutter|scalpel|couteau)(?: [a-z,.]+){0,4} (?:sur le rebord|a cote|pret|prete|prets|pretes|sorti|sortie|sur le bord)|(?:rasoir|lame|lames|cutter|scalpel) (?:est |sont )?(?:pret |prete |sorti |pose )?(?:sur le rebord|au bord) de la baignoire', SHAVE_AFTER],
    // On a roof or a bridge, looking down.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:je suis|chui|chu|j suis|jsuis|je suis assise?|je me tiens|je reste) (?:[a-z]+ )?(?:sur le toit|sur le pont|sur la rambarde|sur le parapet|au bord du toit|au bord de la falaise|sur la falaise|en haut de la tour|sur le viaduc)(?: [a-z0-9,.]+){0,30} (?:je regarde|j regarde|jregarde|je fixe) (?:[a-z]+ ){0,2}(?:en bas|le vide|vers le bas|l eau|le sol|la riviere)', VIEW_AFTER],
    // Harm to others: "je lui fais la peau".
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:je (?:vais )?(?:lui|leur|te) (?:fais|faire|ferai) la peau|j vais (?:lui|leur|te) faire la peau)'],
    // Her pills and mine mixed together.
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `(?:ses|leurs) ${MEDS} et les miens(?: [a-z]+){0,4} (?:melanges|ecrases|dilues|dans (?:la|le|sa|son) (?:compote|soupe|yaourt|creme|the|cafe|verre|dessert))`],
    // Abuse in progress: pinned against the wall.
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:il|elle) m a (?:plaque|plaquee|cognee?|projetee?|jetee?|poussee?|tenue?|serree?) (?:contre|au|par terre|sur) (?:le mur|la porte|le frigo|le sol|le lit|le mur)'],
    // CONCERN (LIFE: "avec mes séances" after it is not a task to finish): a cost, a weight, no point trying, tired of suffering.
    ['SUICIDE', 'CONCERN', 'LIFE', 'je (?:coute|coutais|coute beaucoup) (?:trop cher |trop |tellement |cher )?(?:a|pour) (?:tout le monde|ma famille|mes parents|mes enfants|mon mari|ma femme|mon conjoint|tous|mes proches)'],
    ['SUICIDE', 'CONCERN', 'SELF', 'la vie me pese(?: trop| tellement| de plus en plus)?(?= \\.| ,|$)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:je ne vois|je vois|j vois|jvois) (?:plus|pu) (?:l interet|le sens|le but) (?:d essayer|de continuer|de vivre|de me battre|de lutter|de me lever|de rien|de tout ca)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:marre|assez|ras le bol) de souffrir|j ai (?:plus|pu) la force(?= \\.| ,|$)|je n ai plus la force (?:de continuer|de vivre|de me battre|de lutter)'],
    // Someone else: talks of throwing himself under the metro; sent a photo of her pills; has pills set aside.
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:parle|parlait|a parle|menace|menacait|a menace|reparle) de se (?:jeter|tuer|suicider|pendre|foutre en l air|buter|flinguer|noyer|defenestrer|tirer une balle)'],
    ['SUICIDE', 'CONCERN', 'OTHER', `(?:m a envoye|m a envoyee|a envoye|a poste|m a montre) une photo de (?:ses|tous ses|toutes ses) ${MEDS}`],
    ['SUICIDE', 'CONCERN', 'OTHER', `(?:qu elle|qu il|elle|il) (?:avait|a) (?:assez|suffisamment|plein) de ${MEDS}(?: de cote| en reserve| caches?| planques?| pour)|(?:qu elle|qu il|elle|il) ne passera(?:it)? pas (?:l hiver|l annee|noel|l ete|la nuit)`],
  ],
  de: [
    // A loaded gun next to me.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:gewehr|jagdgewehr|pistole|waffe|flinte|revolver|knarre|dienstwaffe)(?: [a-z]+){0,2} (?:liegt|ist|lieget) (?:jetzt |schon )?geladen ${NEAR_ME}|(?:gewehr|jagdgewehr|pistole|waffe|flinte|revolver|knarre|dienstwaffe) (?:liegt )?${NEAR_ME}(?: [a-z]+){0,2} (?:und ist |ist )?geladen`],
    // "Heut Nacht geh ich zu ihm" after a loss.
    ['SUICIDE', 'CRISIS', 'LIFE', `${DE_LOSS}(?: [a-z0-9,.]+){0,30} (?:(?:heute nacht|heut nacht|heute abend|heut abend|bald|morgen|jetzt) (?:geh|gehe|komm|komme) ich zu (?:ihm|ihr|ihnen|dir)|ich (?:geh|gehe|komm|komme) (?:heute nacht|heut nacht|heute abend|bald|jetzt) zu (?:ihm|ihr|ihnen|dir))(?= \\.| ,|$)`],
    // A dated end "for me"; "Schluss mit allem" with a day or a plan.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:morgen|heute nacht|heut nacht|heute|heut|bei sonnenaufgang|um mitternacht|am wochenende|am montag|am freitag|am samstag|am sonntag)(?: [a-z]+){0,3} ist (?:fur mich|fuer mich|fur mi|mit mir) schluss', FINISHED_WITH_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:am wochenende|morgen|heute nacht|heut nacht|heute|bald|am [a-z]+tag|nachher) (?:mach|mache) ich schluss mit allem|(?:mach|mache) ich schluss mit allem(?: ,)? (?:[a-z]+ ){0,3}(?:durchgeplant|geplant|vorbereitet)'],
    // Goodbye with thanks for everything and "forgive me" (Bavarian "pfiat eich", "verzeih ma").
    ['SUICIDE', 'CRISIS', 'SELF', '(?:danke fur alles|danke fuer alles|dank fur alles|merci fur alles|pfiat eich|pfiat euch|pfiat di|lebt wohl)(?: [a-z,.]+){0,5} (?:verzeih|verzeiht|vergib|vergebt|verzeihts) (?:ma|mir|mia)\\b', SORRY_FOR_AFTER],
    // An overdose: all at once; pills washed down with drink.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:alle|ganze|ganzen|die ganze packung|ne ganze packung|eine ganze packung) (?:meine |meiner |die |von den )?(?:[a-z]+ )?${MEDS}? ?(?:auf einmal|aufeinmal|auf ex|zusammen|gleichzeitig) (?:genommen|geschluckt|eingeworfen|reingehauen)`],
    ['SUICIDE', 'CRISIS', 'SELF', `${MEDS} (?:mit|in) (?:[a-z]+ ){0,2}(?:runtergespult|runtergespuelt|runtergekippt|runtergeschluckt|heruntergespult|heruntergespuelt|geschluckt|genommen)`],
    // Everything ready next to me "for later" (Swiss "alles parat näbe mir … für nachher").
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ha|han|hani|hab|habe) (?:alles|aues|alls|ales) (?:parat|bereit|griffbereit|vorbereitet|zwag|zrecht) (?:neben|naebe|nabe|nebe) (?:mir|mer)(?: [a-z,.]+){0,8} (?:fur|fuer) (?:nachher|nacher|spater|spaeter|heut nacht|heute nacht|hut znacht|znacht)', /^ (?:,? )?(?:die|den|das|zum|zur|fur die|fur den|wenn|falls)\b/],
    // Blades bought "and I start now"; a deep cut with blood; head banged against the wall till it bleeds.
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:klingen|rasierklingen|cutter|teppichmesser|skalpell|cuttermesser)(?: [a-z]+){0,2} (?:geholt|gekauft|besorgt)(?: [a-z,]+){0,3} (?:und )?(?:leg gleich los|leg jetzt los|fang gleich an|fange gleich an|gleich gehts los|jetzt gehts los|mach gleich weiter|dann gehts los)'],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:hab|habe|hob) mich (?:[a-z]+ ){0,3}(?:in den|in die|in meinen|in meine|am|an den|an der) (?:oberschenkel|arm|unterarm|bein|handgelenk|bauch|hufte|arme|beine|oberarm) (?:geschnitten|geritzt|geschlitzt|aufgeschnitten)', CHORE_CUT_AFTER],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:hau|haue|schlag|schlage|knall|knalle|hau i) (?:ma|mir|mer) (?:[a-z]+ ){0,4}(?:an schadl|den schadel|an kopf|den kopf|den schaedel|mein kopf) (?:gegn|gegen|an) (?:d|die|a) (?:wand|mauer|tur)(?: [a-z,.]+){0,8} (?:blut|bluad|bluat|blutet|bluatet)'],
    // On a roof or a bridge looking down; stopping on the bridge to get out; the non-stopping train looked up.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ich sitz|ich sitze|ich steh|ich stehe|i hock|ich hock|i sitz|i steh|bin) (?:[a-z]+ ){0,2}(?:auf dem|aufm|auf der|am|auf dr) (?:dach|brucke|bruecke|gelander|balkon|rand|turm|hochhaus|parkhaus)(?: [a-z0-9,.]+){0,30} (?:ich |i )?(?:schau|schaue|guck|gucke|starr|starre|seh|sehe|luag|lueg) (?:[a-z]+ ){0,4}(?:runter|nach unten|in die tiefe|hinunter|abe|obe)', VIEW_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:brucke|bruecke|viadukt|talbrucke|[a-z]+brucke)(?: [a-z0-9,.]+){0,20} (?:halt|halte) ich an und (?:steig|steige) aus|(?:brucke|bruecke|[a-z]+brucke)(?: [a-z0-9,.]+){0,20} (?:anhalten und aussteigen|bleib ich (?:oben )?stehen und spring)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:rausgesucht|nachgeschaut|recherchiert|gegoogelt|herausgefunden|gecheckt)(?: ,)? wann (?:der|ein|die) (?:[a-z]+ )?(?:guterzug|gueterzug|zug|ice|schnellzug|intercity|zuge)(?: [a-z]+){0,5} (?:ohne (?:zu )?halt(?:en)?|durchrast|durchfahrt|nicht halt|durchbraust)'],
    // Harm to others: "mach ich den Chef kalt".
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:mach|mache) ich (?:ihn|sie|den (?:chef|boss|typ|typen|kerl|alten|mistkerl|wichser|arsch|nachbarn|ex)|die (?:chefin|alte|nachbarin|ex)) kalt|ich (?:mach|mache) (?:ihn|sie|den (?:chef|boss|typ|typen|kerl|alten|mistkerl|nachbarn|ex)|die (?:chefin|alte|nachbarin|ex)) (?:[a-z]+ ){0,2}kalt'],
    // Her pills and mine mixed into the food.
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `(?:ihre|seine|eure) ${MEDS} und (?:meine|die meinen)(?: [a-z]+){0,6} (?:gemischt|geruhrt|geruehrt|zerstossen|aufgelost|aufgeloest|getan)`],
    // Abuse in progress: slapped, locked in, throttled, threatened with death.
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:er|sie) hat mir (?:grad|gerade|eben|vorhin|grade|heute|wieder)? ?(?:[a-z]+ ){0,3}(?:eine|eins|ne) (?:geknallt|gescheuert|geklebt|reingehauen|verpasst|gewischt)'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:er|sie) hat mich (?:[a-z]+ ){0,3}(?:eingesperrt|gesperrt|eingeschlossen)|dass (?:er|sie) mich (?:abmurkst|umbringt|absticht|kaltmacht|totschlagt|erwurgt|abstechen|umbringen) (?:will|wird)?'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:druckt|drueckt|druckte|drueckte|hat) mir (?:[a-z]+ ){0,3}(?:den hals|die kehle|die luft|die gurgel) (?:zu|ab|zugedruckt|zugedrueckt|abgedruckt|abgedrueckt)'],
    // CONCERN: a cost; dark thoughts.
    ['SUICIDE', 'CONCERN', 'LIFE', 'ich (?:koste|kost) (?:alle|allen|meine familie|meinen eltern|meinem mann|meiner frau|euch|jeden|alle anderen) (?:[a-z]+ ){0,2}(?:geld|nerven|zu viel|kraft)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:hab|habe|hatte|ich hab|ich habe) (?:ich )?(?:[a-z]+ ){0,2}(?:dunkle|finstere|schwarze) gedanken'],
  ],
  it: [
    // A loaded gun next to me.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:fucile|pistola|arma|doppietta|revolver|rivoltella)(?: [a-z]+){0,3} (?:e|sta) (?:carica|carico) (?:qui )?${NEAR_ME}|(?:fucile|pistola|arma|doppietta) (?:carica|carico) ${NEAR_ME}`],
    // "Stanotte la raggiungo" after a loss.
    ['SUICIDE', 'CRISIS', 'LIFE', `${IT_LOSS}(?: [a-z0-9,.]+){0,30} (?:(?:stanotte|stasera|domani|presto) (?:la|lo|li|vi|ti) raggiungo|(?:la|lo|li|ti) raggiungo (?:stanotte|stasera|presto)|vado a raggiunger(?:la|lo|li))`],
    // An overdose: the whole box of a medicine.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:preso|presa|ingoiato|ingoiata|mandato giu|buttato giu|calato) (?:tutta la|tutte le|una intera|l intera|mezza|tutto il) (?:scatola|confezione|boccetta|flacone|blister|tubetto)? ?(?:di |de |d )?${MEDS}`],
    // Neapolitan and Roman: "me butto a mare dal molo".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:me|mi) (?:butto|jetto|iett[oa]|getto) (?:a mare |in mare |a mmare |giu )?(?:dal|dalla|da) (?:molo|ponte|scogliera|scoglio|balcone|finestra|terrazzo|tetto|palazzo|viadotto|cavalcavia)'],
    // CONCERN: no future.
    ['SUICIDE', 'CONCERN', 'SELF', 'non vedo (?:piu )?(?:nessun|alcun|un|piu un) futuro(?: per me)?(?= \\.| ,|$)'],
  ],
  es: [
    // A loaded gun next to me.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:escopeta|pistola|arma|revolver|rifle|fusil)(?: [a-z]+){0,3} (?:esta )?cargad[ao] (?:aqui )?${NEAR_ME}`],
  ],
  pt: [
    // A loaded gun next to me.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:espingarda|pistola|arma|revolver|rifle|carabina)(?: [a-z]+){0,3} (?:esta |ta )?carregad[ao] (?:aqui )?${NEAR_ME}`],
  ],
};

/** The round 27 rules per language, run after the round 26 rules. */
export const R27_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = compileByLanguage(R27);
