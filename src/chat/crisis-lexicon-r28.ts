/**
 * The round 28 families for French, German, Italian, Spanish and Portuguese (adults and teenagers writing at night:
 * debt, divorce, farming, night shifts, caregiving, grief, bullying; Québec, Austrian, Argentine, Chilean, Mexican,
 * Brazilian and European Portuguese forms), read by crisis-foreign.ts after the round 27 rules.
 * Patterns run on folded text (no accents, lower case, apostrophes as spaces, "ß" as "ss", "ü" as "u").
 * Twins in tests/unit/crisis-r28.test.ts.
 * - at a bridge, a roof or the tracks and "not coming back"; on the tracks with the next train's time;
 * - "before I jump" with the place said; driving the car into a tree, a wall or a truck;
 * - a farm poison set aside or "I know how much it takes" with a day; bleach or poison drunk;
 * - pills washed down with a bottle of drink; the whole bottle of a medicine with alcohol;
 * - the pills I saved up, to be taken ("tutte le gocce che ho messo da parte", "el clonazepam que junté");
 * - hospital drugs taken home from the ward; a gun made ready; "tomorrow I'll be with her" after a loss;
 * - a day chosen ("ho deciso il giorno"); "when the kids are at their grandparents', so they don't find me";
 * - "now I can go in peace" after settling affairs; messages or a gift that is "the last one";
 * - a farewell to the chat ("ciao per sempre", "thanks for everything … bye" closing the message);
 * - harm to others: "werd dem Chef was antun", "gli faccio del male … so dove parcheggia", "vou matar … peguei a faca";
 * - abuse in progress: beaten with a belt; a stepfather trying to get into the room again;
 * - self-harm: cut with a shard or a blade in the thigh or the arm; scarified or slashed;
 * - drink then pills; all the pills taken; the weapon turned "on myself"; the rope where it waits; letters left for
 *   the family; accounts closed or bills paid and "I'm ready"; "so the kids are not the ones who find me";
 * - CONCERN: "j'en peux plus de vivre", "pourquoi je me suis réveillée", no end to the tunnel, grief that takes the
 *   breath, "I can't get out of it", "if I didn't wake up tomorrow, better", "nothing will ever change", "I don't want
 *   to exist anymore", an old attempt and the same darkness coming back; "easier without me", "a weight for my
 *   children", "I don't deserve to live", no way out, not living like this;
 * - someone else's risk: a photo of her cut wrists, a relative in hospital after swallowing pills, "talks of
 *   s'tirer une balle", a friend's farewell post and no answer, a colleague who gave all his things away.
 */
import { compileByLanguage, type ForeignLanguage, type ForeignRule, type RuleSource } from './crisis-rule';

// Medicines by name or kind, in the five languages (drops and ampoules too).
const MEDS =
  '(?:medocs?|medicaments?|cachets|comprimes|pilules|somniferes|antidepresseurs|anxiolytiques|xanax|lexomil|stilnox|zolpidem|tramadol|valium|tabletten|pillen|medis|medikamente|schlaftabletten|antidepressiva|tavor|lorazepam|diazepam|pillole|pastiglie|pasticche|compresse|farmaci|sonniferi|antidepressivi|gocce|lexotan|pastillas|pildoras|rivotril|ravotril|clonazepam|clonazepan|alprazolam|remedios|comprimidos|calmantes|ansioliticos|antidepresivos|antidepressivos|tarja preta|gotas)';
// Drink taken with pills.
const DRINK =
  '(?:alcohol|alcool|alkohol|pisco|vino|vinho|vin|ron|rum|rhum|vodka|wodka|whisky|whiskey|tequila|cerveza|cerveja|biere|bier|birra|cachaca|pinga|aguardiente|fernet|grappa|schnaps|wein|gin)';
// Household or farm poisons.
const POISON =
  '(?:candeggina|varechina|ammoniaca|diserbante|antigelo|veleno|topicida|lejia|cloro|soda caustica|matarratas|raticida|veneno|chumbinho|agua sanitaria|candida|agrotoxico|agrotoxicos|herbicida|pesticida|inseticida|eau de javel|javel|destop|antigel|desherbant|pesticide|insecticide|glyphosate|roundup|mort aux rats|bleiche|chlorreiniger|abflussreiniger|frostschutzmittel|rattengift|pflanzenschutzmittel|unkrautvernichter|paraquat)';
// Someone the patient knows, as the subject of a report.
const KIN =
  '(?:mere|pere|soeur|frere|fille|fils|amie?|pote|copine|copain|mari|femme|chum|blonde|mutter|vater|mama|papa|schwester|bruder|tochter|sohn|freundin|freund|mann|frau|mei schwester|mei bruder|madre|padre|hermana|hermano|hija|hijo|amiga|amigo|novia|novio|esposa|esposo|mae|pai|irma|irmao|filha|filho|namorada|namorado|sorella|fratello|figlia|figlio|amica|amico|moglie|marito|colega|collega|collegue|kollege|kollegin|zia|zio|tia|tio|tante|onkel|oncle|nonna|nonno|abuela|abuelo|avo|avoa|grand mere|grand pere|oma|opa|cugina|cugino|prima|primo|cousine|cousin)';
// Pills or drink taken in the past by someone, then a hospital.
const HOSPITAL = '(?:hopital|urgences|reanimation|rea|spital|krankenhaus|notaufnahme|klinik|intensivstation|hospital|urgencias|urgencia|uti|ospedale|pronto soccorso|rianimazione)';
// A loss, to read "tomorrow I'll be with her".
const PT_ES_LOSS = '(?:enterrei|perdi|morreu|faleceu|falecida|falecido|morte|enterre|murio|fallecio|muerte|velorio|funeral|luto)';
// Time words for a set day or night.
const SOON = '(?:hoje|hoy|esta noche|essa noite|esta noite|amanha|manana|stanotte|stasera|domani|ce soir|cette nuit|demain|heute|heut|morgen|morgn|heute nacht|essa semana|esta semana|esta semana|questa settimana|cette semaine|diese woche)';
// "ya puedo irme tranquilo de vacaciones": a trip, not a death.
const TRIP_AFTER = /^ (?:,? )?(?:de|a|al|a la|para|pra|pro|en|in|au|aux|a l|nach|zu|zum|zur|in den|in die|da|dal|dalla|per|al mare|en vacances|in urlaub|in vacanza|de vacaciones|de ferias|dormir|a dormir|a casa|a trabajar|trabalhar)\b|^(?: [a-z,.]+){0,10} (?:viajo|viaje|vacaciones|vuelo|avion|viagem|viajo|ferias|voo|aviao|vacances|vol|urlaub|flug|reise|vacanza|volo|viaggio)\b/;
// "tengo la pistola lista para el torneo": a sport or a hunt.
const GUN_SPORT_AFTER = /^ (?:,? )?(?:para|pra|pro|pour|per|fur) (?:el |la |o |a |il |le |den |die )?(?:torneo|tiro|caza|cacada|caca|club|clube|competencia|competicao|campeonato|temporada|escalada|camping|acampar|acampamento|campamento|pesca|treino|entrenamiento)\b/;
// "gracias por todo, chau, hasta mañana": a goodbye with a next time.
const SEE_YOU_AFTER = /^ (?:,? |\. )?(?:hasta|nos vemos|nos hablamos|a domani|alla prossima|ci sentiamo|ate|a bientot|a demain|bis|hasta manana|hasta luego|buenas noches|buona notte|boa noite|bonne nuit|gute nacht)\b/;
// "si no despierto mañana a tiempo pierdo el vuelo": an alarm, not a wish.
const ALARM_AFTER = /^ (?:,? )?(?:a tiempo|temprano|a las|cedo|a tempo|presto|alle|a l heure|tot|pierdo|perco|perdo|rate|pruh|fruh|rechtzeitig)\b/;
// "nada va a cambiar si no votamos": a condition after it.
const CONDITION_AFTER = /^ (?:,? )?(?:si|se|wenn|mientras|hasta que|ate que|a menos que|a meno che|sans|sin|sem|senza|ohne|en|no|na|nel|dans|in|con|com|avec|mit|para|per)\b/;
// "je me suis réveillée à 5h", "pourquoi je me suis réveillé si tôt": the hour, not a wish.
const WOKE_AT_AFTER = /^ (?:,? )?(?:a|si|aussi|en|avec|avant|au|a cause|trop|tot|tard|comme|la nuit|cette nuit|encore a|vers|plusieurs)\b/;
// "je vois pas la fin du tunnel de ce chantier": a project, not a life.
const PROJECT_AFTER = /^ (?:,? )?(?:de ce|de cette|du|des|a ce|a cette|au|aux|pour ce|pour cette|pour le|pour la|dans ce|dans cette|de la file|del progetto|de la obra|da obra|der baustelle|des projekts)\b/;
// "ciao per sempre, vecchio lavoro": a goodbye to a thing or a place.
const FAREWELL_TO_THING_AFTER = /^ (?:,? )?(?:vecchi[oa]|car[oaie]|mi[oa]|ai|alle|agli|al|alla|a|lavoro|ufficio|facebook|instagram|sigarett[ae]|fumo|scuola|citta)\b/;
// "der Zug kommt in 5 Minuten, ich mach Fotos": watching or catching trains.
const TRAINSPOTTING_AFTER = /^(?: [a-z0-9,.]+){0,6} (?:fotos?|photos?|fotografiando|fotografando|fotografieren|photographier|grabando|gravando|filmando|filme|filmen|filmer|abholen|einsteigen|steig ein|trainspotting|bahnsteig)\b/;
// "le pillole che ho messo da parte per il viaggio": pills kept for a trip.
const FOR_A_TRIP_AFTER = /^ (?:,? )?(?:per|para|pour|fur|pra) (?:il |la |le |el |las |los |o |a |das |den |les |mon |mi |mis )?(?:viaggio|vacanza|vacanze|viaje|vacaciones|voyage|vacances|reise|urlaub|viagem|ferias)\b/;
// "j en peux plus de vivre comme ca avec les voisins": a lodging, not a life.
const LODGING_AFTER = /^ (?:,? )?(?:avec (?:les|ce|cette|mes|mon|ma|des) (?:voisins?|voisines?|bruit|travaux|colocs?|colocataires?)|dans (?:ce|cet|cette|un|une) (?:appart|appartement|studio|logement|quartier|bruit)|sans (?:voiture|chauffage|internet))\b/;
// "je reviendrai pas avant midi": a time of coming back, not never.
const LATER_AFTER = /^ (?:,? )?(?:avant|a|au|ce|cette|de suite|tout de suite|tant|pour|sans|dans|demain|ici|en|tout)\b/;
// "ich komm da nicht raus, die Tür klemmt": a stuck door, a car or snow, not a life.
const STUCK_DOOR_AFTER = /^(?: [a-z,]+){0,6} (?:(?:weil |die |der |das |den |mein |meine )?(?:tur|fenster|schloss|schlussel|auto|zimmer|bad|keller|parkhaus|parkplatz|parklucke|schnee|garage|lucke|wohnung|aufzug|lift)\b|klemmt)/;
// "ho bevuto la candeggina per sbaglio": a poisoning by mistake, for a doctor, not an act.
const BY_MISTAKE_AFTER = /^(?: [a-z,]+){0,3} (?:per sbaglio|por error|por engano|sem querer|sin querer|par erreur|par accident|aus versehen|versehentlich|pensando|credendo|creyendo|achando|en croyant)\b/;
// A filming or photographing word in a gap: watching trains, not waiting for one.
const NOT_FILMING = '(?!(?:fotograf|photograph|filma|filme|filmer|grab|grav)[a-z]*\\b)';
// "le fiale di insulina a casa per mia nonna": for someone cared for.
const FOR_SOMEONE_AFTER = /^(?: [a-z,.]+){0,2} per (?:mia |mio |il |la |i |le |un |una )?(?:nonn[oa]|nonni|madre|padre|mamma|papa|pazient[ei]|figli[oa]?|marito|moglie|gatto|cane|suocer[oa])\b/;

const R28: Record<ForeignLanguage, readonly RuleSource[]> = {
  fr: [
    // At a bridge, a roof, a cliff or the tracks, and not coming back (Québec "chu rendu au pont … j'pense pas revenir").
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:je suis|chu|chui|j suis|jsuis|suis) (?:rendue?|arrivee?|deja|la|encore|assise?|debout)? ?(?:au|sur le|sur la|en haut du|en haut de la|au bord du|au bord de la|sur les) (?:pont|toit|falaise|viaduc|rails|voie ferree|quai du metro|parapet|barrage|belvedere)(?: [a-z0-9,.]+){0,8} (?:(?:je|j) (?:pense|crois) (?:pas|plus|pu) (?:revenir|rentrer|redescendre)|je (?:ne )?(?:reviendrai|rentrerai|redescendrai) (?:pas|plus|pu|jamais))', LATER_AFTER],
    // A poison and "I know how much it takes", with a day.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:${POISON}|produit|poison)(?: [a-z0-9,.]+){0,10} (?:je sais|j sais|jsais|je connais) (?:combien il en faut|combien il faut|la dose|quelle dose|ce qu il faut)(?: [a-z0-9,.]+){0,4} ${SOON}`],
    // Bleach or poison drunk.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:j ai|jai|j) (?:bu|avale|ingere) (?:de la |du |de l |la |le |l |un verre de |une bouteille de |la bouteille de )?${POISON}`, BY_MISTAKE_AFTER],
    // CONCERN: can't go on living like this; why did I wake up; no end to the tunnel; grief unbearable since a death.
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:j en peux plus|jen peux plus|je n en peux plus|j en peux pu|je peux plus|je ne peux plus) de vivre(?: comme ca| ainsi| de meme)?', LODGING_AFTER],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:pourquoi|a quoi bon) (?:je me suis|jme suis|j me suis|me suis|je me|jme|je me reveille encore) ?(?:reveillee?|reveille encore|reveille)(?= \\.| ,|$)', WOKE_AT_AFTER],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:je|j) (?:ne )?vois (?:pas|plus|pu|jamais) (?:la fin du tunnel|le bout du tunnel|la lumiere au bout du tunnel|d issue|de sortie|d avenir|comment m en sortir)', PROJECT_AFTER],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:je ressens|je vis|je traverse|je ressens est|ressens est|je vis est) ?(?:est )?(?:insupportable|invivable|intenable)(?: [a-z0-9,.]+){0,16} depuis (?:qu il est mort|qu elle est morte|sa mort|son deces|la mort de|le deces de|qu il est parti|qu elle est partie|l enterrement)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:je veux|jveux|j veux|je voudrais) (?:plus|pu) exister'],
    // Someone else: a photo of her cut wrists; a relative in hospital after pills; "parle de s'tirer une balle".
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:photo|photos|video|snap|selfie) (?:de|d) (?:ses|son) (?:poignets?|bras|cuisses?|jambes?|avant bras) (?:coupes|coupees|tailades|taillades|scarifies|en sang|ensanglantes)'],
    ['SUICIDE', 'CONCERN', 'OTHER', `${KIN} (?:a|avait) (?:(?:avale|gobe) (?:des|trop de|tous ses|toutes ses|ses|une boite de|plein de)|pris (?:trop de|tous ses|toutes ses|une boite de|plein de|toute la boite de)) ${MEDS}(?: [a-z0-9,]+){0,6} (?:(?:elle|il) est|est|a) (?:a l |aux |en )?${HOSPITAL}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:parle|parlait|a parle|menace|menacait|a menace|reparle) de (?:s|se) (?:tirer une balle|pendre|tuer|foutre en l air|jeter)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:a poste|a publie|a mis) (?:[a-z]+ ){0,4}(?:un message d adieu|un adieu|des adieux)(?: [a-z0-9,]+){0,4} (?:(?:elle|il) )?(?:ne )?(?:repond|decroche) (?:pas|plus|pu)'],
    // On the rails with the next train's time; the car into a tree; "so it's not the kids who find me".
    ['SUICIDE', 'CRISIS', 'SELF', `(?:je suis|chui|chu|j suis|jsuis|je me suis (?:couchee?|assise?|allongee?)) (?:[a-z]+ )?(?:sur les rails|sur la voie|sur les voies|sur la voie ferree)(?: ${NOT_FILMING}[a-z0-9,.]+){0,6} (?:le )?(?:prochain |dernier )?(?:train|tgv|ter|rer|metro) (?:passe|arrive|vient) (?:dans|a)`, TRAINSPOTTING_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:je vais|j vais|jvais|je vas|demain je|ce soir je) (?:foncer|me jeter|me planter|me crasher|m encastrer) (?:[a-z]+ ){0,4}(?:dans|contre|sous) (?:un|le|la|une) (?:arbre|pilier|pile de pont|camion|poids lourd|platane|semi remorque)'],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:je le fais|je le ferai|je vais le faire|j vais le faire)(?: [a-z,.]+){0,4} pour (?:qu ils|que les enfants|que mes enfants|que ma fille|que mon fils) (?:ne )?me (?:trouvent|trouve) pas|pour que ce (?:soit|ne soit) pas (?:eux|les enfants|mes enfants) qui me trouvent'],
    // CONCERN: if I didn't wake up tomorrow, better.
    ['SUICIDE', 'CONCERN', 'LIFE', 'si je (?:ne )?me (?:reveillais|reveille) (?:pas|plus)(?: demain)?(?: ,)? (?:ce serait|ca serait|c serait|tant) (?:mieux|pas grave|pas plus mal)'],
    // Decided, tonight; drink then pills; scarified; the gun "on myself"; the rope where it waits; letters for the family.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:c est decide|c est decidee|ma decision est prise|j ai decide)(?: [a-z,.]+){0,3} (?:je le fais|je vais le faire|j vais le faire|je le ferai) (?:ce soir|cette nuit|demain|a soir|bientot|ce week end)', /^ (?:,? )?(?:le|la|les|mon|ma|mes|avec|pour|au|chez)\b/],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:j ai|jai) (?:bu|picole)(?: (?:du |de la |de l |une bouteille de |la bouteille de |tout le |toute la )?${DRINK})? (?:,? )?(?:et )?(?:j ai|jai) (?:pris|avale|gobe) (?:les|des|tous les|toutes les|mes|ses|tous mes) ${MEDS}`, /^ (?:,? )?(?:du matin|du soir|comme d habitude|comme prescrit|habituels)\b/],
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:je me suis|j me suis|jme suis|me suis|j ai|jai) (?:scarifie|scarifiee|taillade|tailladee|entaille|entaillee) (?:les |mes |le |la )?(?:cuisses?|bras|poignets?|jambes?|ventre|avant bras)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:je vais|j vais|jvais|je vas) (?:m en servir|la retourner|l utiliser|la pointer|la tourner) (?:contre|sur) moi'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:j ai|jai) (?:la|ma) corde (?:prete|deja prete|cachee|dans le garage|dans la grange|au grenier|au sous sol|dans la cave)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:j ai ecrit|jai ecrit|j ai laisse|j ai prepare) (?:mes|les) lettres (?:pour|a) (?:ma|mon|mes) (?:mere|pere|frere|soeur|enfants|fils|fille|parents|famille|mari|femme)', /^(?: [a-z,.]+){0,6} (?:noel|anniversaire|fete|vacances|merci|remerciements?|correspondant|cours)\b/],
    // CONCERN: not waking would not bother me; no way out; "le goût de me faire mal"; a weight for the children.
    ['SUICIDE', 'CONCERN', 'LIFE', 'si je (?:ne )?me reveillais (?:pas|plus)(?: demain)?(?: ,)? (?:ca|ce|c) (?:me )?(?:derangerait|generait|ferait rien|ferait pas grand chose) (?:pas|rien)?'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:aucune|pas de|plus de|pas d|aucune autre) (?:porte de sortie|issue|echappatoire)(?= \\.| ,|$)'],
    ['SELF_HARM', 'CONCERN', 'SELF', '(?:j ai|jai) (?:le gout|le gou) de me faire (?:du )?mal'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:un poids|un fardeau|une charge) pour (?:mes enfants|ma famille|mes proches|tout le monde|les autres|mon mari|ma femme|mes parents)'],
  ],
  de: [
    // Driving the car into a tree, a wall or a truck.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ich|i) (?:fahr|fahre|fohr|fohre|ras|rase|lenk|lenke) (?:[a-z]+ ){0,3}(?:mit (?:dem|m|em|meinem|meiner) (?:auto|wagen|karre|motorrad|lkw|laster)|absichtlich|mit vollgas|ungebremst) (?:[a-z]+ ){0,2}(?:gegen|in) (?:einen|an|den|die|a|ne|nen|eine|einen) (?:baum|mauer|bruckenpfeiler|brueckenpfeiler|pfeiler|betonwand|wand|lkw|laster|brummi|gegenverkehr)'],
    // On the roof, the bridge or the tracks, now; "before I jump".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:bevor|wenn|sobald|dann) ich (?:heute nacht |heut nacht |gleich |jetzt |nachher |morgen )?(?:runterspringe|runterspring|hinunterspringe|hinabspringe|in die tiefe springe|vor den zug springe|springe)(?: [a-z0-9,.]+){0,10} (?:ich |i )?(?:steh|stehe|sitz|sitze|bin) (?:schon |jetzt |grad |gerade |bereits )?(?:auf dem|aufm|auf der|am) (?:dach|brucke|bruecke|gelander|rand|hochhaus|parkhaus|klippe)'],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:ich bin|bin|ich steh|ich stehe|steh|stehe|ich sitz|sitze) (?:jetzt |grad |gerade |schon )?(?:am|an den|auf den|auf dem|bei den|im) (?:bahngleis|gleisen|schienen|gleisbett|bahndamm)(?: ${NOT_FILMING}[a-z0-9,.]+){0,6} (?:der |die )?(?:nachste|naechste|letzte)? ?(?:zug|s bahn|ice|guterzug|gueterzug|regionalzug) (?:kommt|fahrt|faehrt) (?:in|um)`, TRAINSPOTTING_AFTER],
    // Pills washed down with a bottle of drink.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:flasche|pulle|glas|glaser|${DRINK})(?: [a-z]+){0,3} mit (?:meinen |den |allen |ner |einer |der )?(?:ganzen )?${MEDS} (?:runtergekippt|runtergespult|runtergespuelt|geschluckt|genommen|getrunken|eingeworfen)`],
    // Bleach or poison drunk.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:hab|habe|ich hab|ich habe) (?:grad |gerade |eben |vorhin )?(?:[a-z]+ ){0,2}${POISON} (?:getrunken|geschluckt|runtergekippt)`, BY_MISTAKE_AFTER],
    // Harm to others: "werd dem Chef was antun".
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:werd|werde|ich werde|ich werd|will|ich will|tu|ich tu|ich tue) (?:dem|der|den|ihm|ihr|ihnen|meinem|meiner|diesem|dieser) (?:[a-z]+ ){0,2}(?:morgen |heute |bald |noch )?(?:was|etwas) antun'],
    // Self-harm: cut with a shard or a blade in the thigh or the arm.
    ['SELF_HARM', 'CRISIS', 'SELF', '(?:hab|habe|hob) (?:mir|mich) (?:mit (?:ner|einer|der|nem|einem|dem) (?:scherbe|glasscherbe|klinge|rasierklinge|cutter|teppichmesser|messer|schere|spitzer) )?(?:[a-z]+ ){0,2}(?:am|an den|in den|in die|in meinen|den|die) (?:oberschenkel|unterarm|arm|arme|bein|beine|handgelenk|bauch|hufte|oberarm) (?:rumgeschnitten|herumgeschnitten|aufgeschnitten|geschnitten|geritzt|aufgeritzt|aufgeschlitzt)'],
    // CONCERN: can't get out of it; grief that takes the breath.
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:ich|i) (?:komm|kumm|komme|kumme) (?:da|do|aus dem|aus der|aus den) (?:[a-z]+ )?(?:nicht|ned|net|nimmer|nie) (?:mehr )?raus(?= \\.| ,|$)', STUCK_DOOR_AFTER],
    ['SUICIDE', 'CONCERN', 'LIFE', 'seit (?:dem tod|seinem tod|ihrem tod|er tot ist|sie tot ist|er gestorben ist|sie gestorben ist|der beerdigung)(?: [a-z0-9,.]+){0,12} (?:kaum (?:noch )?atmen|nicht mehr atmen|keine luft mehr|(?:schmerz|trauer|leere) (?:[a-z]+ ){0,3}(?:unertraglich|unertraeglich)|nicht mehr aushalten|halt (?:es|das) nicht mehr aus)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'ich (?:will|mochte|moechte) (?:nicht mehr|nimmer) existieren'],
    // Someone else: a relative in hospital after pills.
    ['SUICIDE', 'CONCERN', 'OTHER', `${KIN} (?:hat|hatte) (?:gestern |heute |vorhin |letzte nacht )?(?:(?:[a-z]+ ){0,2}${MEDS} (?:gschluckt|geschluckt|eingeworfen)|(?:zu viele|alle|ne ganze packung|eine ganze packung|ne packung) (?:[a-z]+ )?${MEDS} genommen)(?: [a-z0-9,]+){0,6} (?:ist|is|liegt) (?:jetzt )?(?:im|in der|auf der) ${HOSPITAL}`],
    // The pills I saved up, to be taken; "ich tu ihm was an"; "so the kids don't find me".
    ['SUICIDE', 'CRISIS', 'SELF', `(?:nehm|nehme|schluck|schlucke|nehmen|schlucken|einwerfen) (?:[a-z]+ ){0,3}(?:alle|die) (?:meine )?${MEDS}(?: ,)? die ich (?:gesammelt|gehortet|aufgehoben|gebunkert|versteckt|zur seite gelegt|gespart)`, FOR_A_TRIP_AFTER],
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:ich tu|ich tue|tu ich|tue ich) (?:ihm|ihr|dem|der) (?:[a-z]+ ){0,2}(?:was|etwas) an(?= \\.| ,|$)'],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:ich mach es|ich machs|mach ichs|mach ich es|ich tu es)(?: [a-z,.]+){0,4} damit (?:die kinder|meine kinder|sie|meine tochter|mein sohn) mich nicht finden'],
    // Abuse in progress: a stepfather trying to get into the room again.
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:stiefvater|stiefpapa|onkel|freund von meiner (?:mutter|mama)) (?:versucht|will) (?:schon )?(?:wieder |nochmal |gerade )?(?:in mein zimmer|ins bad|in mein bett|in meinem zimmer) (?:zu kommen|reinzukommen|zu gehen|rein)'],
    // Someone else: a photo of her cut arms; a farewell post and no answer.
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:foto|fotos|bild|video|selfie) (?:von|mit) (?:ihren|seinen) (?:aufgeschnittenen|geritzten|blutenden|zerschnittenen) (?:armen|handgelenken|beinen|oberschenkeln)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:hat|hatte) (?:[a-z]+ ){0,4}(?:abschiedsbrief|abschiedsnachricht|abschiedspost|abschied) (?:gepostet|geschickt|geschrieben)(?: [a-z,]+){0,3} (?:und )?(?:geht nicht (?:mehr )?ran|antwortet nicht|meldet sich nicht)'],
    // All the pills taken; a poison and "I know how much", with a day; to the bridge and jump (Swiss); affairs ended, "bin bereit".
    ['SUICIDE', 'CRISIS', 'SELF', `(?:hab|habe) (?:die|meine) (?:[a-z]+ )?${MEDS} alle (?:genommen|geschluckt|eingeworfen)`],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:gift|${POISON})(?: [a-z0-9,.]+){0,6} (?:ich weiss|weiss ich|i weiss) (?:wie viel|wieviel|die dosis|wie viel es braucht)(?: [a-z0-9,.]+){0,3} (?:heute|morgen|sonntag|samstag|montag|freitag|am wochenende|heute nacht)`],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ich|i) (?:geh|gehe|gang|gong) (?:heute nacht |hut znacht |heut nacht |morgen |jetzt )?(?:zur|zu der|uf d|auf die) (?:brugg|brucke|bruecke) (?:und )?(?:spring|springe|gump|gumpe)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:vertrage|vertraege|konten|konto|abos) (?:gekundigt|gekuendigt|aufgelost|aufgeloest)(?: [a-z0-9,.]+){0,20} (?:bin|ich bin) bereit(?= \\.| ,|$)'],
    // CONCERN: would not mind not waking; nothing makes sense, never better; easier without me; costs; not living like this; dark again; can't take it.
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:war|ware|waer|waere) (?:mir )?(?:[a-z]+ ){0,3}(?:egal|recht|lieber)(?: ,)? wenn ich (?:morgen |einfach )?(?:nicht mehr|nicht|nimmer) (?:aufwache|aufwachen wurde|aufwachen wuerde)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:hat|macht) (?:nix|nichts) mehr (?:einen )?sinn(?= \\.|$)|(?<!(?:wetter|handy|auto|internet|wlan|essen|service|verkehr|zug|bahn|laden|team|verein)[a-z ]{0,20})wird (?:eh|sowieso|doch|ja eh) nie (?:mehr )?besser(?= \\.|$)'],
    ['SUICIDE', 'CONCERN', 'SELF', '(?:hatte|haette|hatten|haetten|ware|waere|waeren|waren) (?:es )?(?:alle )?(?:leichter|besser dran|besser) ohne mich|ich koste (?:nur|bloss|eh nur) (?:geld|nerven|kraft)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:so )?(?:will|mag|mochte|moechte) ich nicht mehr (?:weiter)?leben'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:suizidversuch|selbstmordversuch)(?: [a-z0-9,.]+){0,12} (?:wieder|schon wieder) (?:alles )?(?:dunkel|schwarz|finster)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:ich )?(?:halts|halt es|halte es|halt das|halte das) (?:einfach )?nicht mehr aus(?= \\.| ,|$)', /^(?: [a-z,]+){0,3} (?:hitze|kalte|laerm|larm|krach|baustelle|stau|wetter|warten|spannung|neugier|hunger|zahnschmerzen|kopfschmerzen)\b/],
  ],
  it: [
    // Farewell to the chat for good.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:e stato bello|e stato un piacere) (?:parlare|parlarti|chiacchierare) (?:con te|con voi)?(?: [a-z,.]+){0,4} (?:ciao|addio) per sempre|(?:ciao|addio) per sempre(?= \\.| ,|$)', FAREWELL_TO_THING_AFTER],
    // A day chosen; when the children are away; so that they are not the ones who find me.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ho deciso|ho scelto|ho fissato) (?:il giorno|la data)(?: \\. (?:il|e il|sara il) [0-9]{1,2}\\b|(?= \\.$|$))'],
    ['SUICIDE', 'CRISIS', 'SELF', 'lo faccio(?: [a-z,.]+){0,4} cosi non mi (?:trovano|trovino|troveranno) (?:loro|i bambini|i figli|i miei figli|i ragazzi)'],
    // The drops or pills I saved up, to be swallowed.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:ingoiare|prendere|mandare giu|buttare giu|bere) (?:tutte le|tutti i|le|i) ${MEDS} (?:che ho )?(?:messo da parte|messe da parte|conservato|accumulato|nascosto|tenuto da parte|raccolto)`, FOR_A_TRIP_AFTER],
    // Bleach or poison drunk.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:ho bevuto|ho ingerito|ho ingoiato|ho mandato giu|mi sono bevut[oa]) (?:la |il |della |del |un po di |mezza bottiglia di |una bottiglia di |tutta la )?${POISON}`, BY_MISTAKE_AFTER],
    // Hospital drugs taken home from the ward.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ho preso|ho rubato|ho portato|mi sono portat[oa]|ho messo da parte) (?:le|delle|alcune|tre|due|[0-9]+) (?:fiale|flaconi|confezioni|siringhe) di (?:morfina|fentanyl|fentanil|insulina|potassio|propofol|midazolam|ossicodone|oppioidi)(?: (?!per\\b)[a-z0-9,.]+){0,8} (?:a casa|stanotte|stasera)', FOR_SOMEONE_AFTER],
    // Harm to others, knowing where they park or live.
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:gli|le) (?:faccio|faro|voglio fare|vado a fare) (?:del )?male(?: [a-z0-9,.]+){0,10} so dove (?:parcheggia|abita|lavora|vive|dorme|va)'],
    // Abuse in progress: beaten with a belt.
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?<!(?:partita|calcetto|allenamento|avversari[oa]|arbitro|gioco|palestra|karate|judo|boxe)[a-z ,]{0,40})mi (?:ha|hanno) (?:pres[oa]|preso) a (?:cinghiate|botte|schiaffi|calci|pugni|bastonate|sberle|ceffoni|cinghia)'],
    // CONCERN: if I didn't wake up; an old attempt and the same fog again.
    ['SUICIDE', 'CONCERN', 'LIFE', 'se (?:non mi svegliassi|domani non mi svegliassi|non mi risvegliassi)(?: piu)?(?: domani)?(?: ,)? (?:non sarebbe (?:una tragedia|un problema|grave|male)|sarebbe meglio|meglio|pazienza|non cambierebbe niente)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:dopo (?:un|il) tentativo|tentativo di suicidio|dopo il mio tentativo)(?: [a-z0-9,.]+){0,10} (?:di nuovo|ancora) (?:la stessa|le stesse|lo stesso|quella)'],
    ['SUICIDE', 'CONCERN', 'LIFE', 'non voglio (?:piu )?esistere'],
    // The car into a tree or a wall.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:mi schianto|mi vado a schiantare|mi vado a sfracellare|mi sfracello) (?:[a-z]+ ){0,4}contro (?:un|una|il|la) (?:albero|muro|pilone|camion|tir|guardrail|platano)'],
    // Abuse in progress: a stepfather trying to get into the room.
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:patrigno|compagno di mia madre|compagno di mia mamma) (?:cerca di|sta cercando di|prova a|vuole|continua a provare a) (?:entrare|venire) (?:in camera mia|nella mia camera|nella mia stanza|in bagno|nel mio letto)'],
    // Someone else: a relative in hospital after pills; a photo of her cut wrists; a farewell post and no answer.
    ['SUICIDE', 'CONCERN', 'OTHER', `${KIN} ha (?:(?:ingoiato|mandato giu) (?:troppe |tutte le |un sacco di |delle )?|preso (?:troppe|tutte le|un sacco di|una scatola di|un flacone di) )${MEDS}(?: [a-z0-9,]+){0,4} (?:e|sta|e stata|e stato) (?:in|al) ${HOSPITAL}`],
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:foto|video|selfie) (?:dei|delle|dei suoi|delle sue) (?:polsi|braccia|gambe|cosce) (?:tagliat[ie]|sanguinanti|con i tagli)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:ha postato|ha pubblicato|ha scritto) (?:[a-z]+ ){0,4}(?:un )?(?:addio|messaggio di addio)(?: [a-z,]+){0,3} (?:e )?non (?:risponde|risponde piu)'],
    // Harm with a weapon in the pocket; tonight "m'ammazzo"; the gun loaded on the bed; gave things away "I won't need them";
    // affairs settled, "now I can go"; said goodbye to everyone, "now it's my turn".
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:lo|la|li) ammazzo(?: [a-z,.]+){0,8} (?:ho|tengo) (?:il|un|la|una) (?:coltello|pistola|arma|mazza|accetta|lama)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:stasera|stanotte|domani|adesso|mo|oggi) (?:m|mi) ammazzo|(?:m|mi) ammazzo (?:stasera|stanotte|domani)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ho|tengo) (?:la|il|una|un) (?:pistola|fucile|arma|doppietta|revolver)(?: [a-z]+){0,4} (?:carica|carico) (?:sul letto|sul tavolo|accanto a me|vicino a me|in mano|qui)'],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:regalato|dato via|lasciato|affidato) (?:[a-z]+ ){0,3}(?:cane|gatto|gatta|cagnolino|cagnolina|gatti|cani)(?: [a-z,.]+){0,12} (?:tanto )?(?:a me )?non (?:mi )?(?:servono|serve|serviranno|servira) piu'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:sistemato tutto|pagato i debiti|chiuso il conto|messo tutto in ordine)(?: [a-z0-9,.]+){0,10} (?:ora|adesso) (?:posso|me ne posso) (?:andare|andarmene|morire)(?: in pace| tranquill[oa])?(?= \\.|$)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:salutato tutti|detto addio a tutti|mi sono congedat[oa] da tutti)(?: [a-z0-9,.]+){0,10} (?:ora|adesso) tocca a me(?= \\.| ,|$)'],
    // CONCERN: I don't deserve to live.
    ['SUICIDE', 'CONCERN', 'LIFE', 'non (?:merito|mi merito) di (?:vivere|essere viv[oa]|stare al mondo)'],
  ],
  es: [
    // Farewell to the chat closing the message.
    ['SUICIDE', 'CRISIS', 'SELF', 'gracias por todo(?: ,| \\.)? (?:de verdad|en serio|enserio|de corazon)(?: ,| \\.)? (?:chau|chao|adios)(?= \\.|$)', SEE_YOU_AFTER],
    // Affairs settled: "ya puedo irme tranquilo".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:ya|ahora) (?:puedo|me puedo|podre) (?:irme|morir|morirme|partir) (?:tranquil[oa]|en paz)(?= \\.| ,|$)', TRIP_AFTER],
    // The pills I saved up, to be taken.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:tomarme|tragarme|tomar|tragar) (?:el|la|los|las|todo el|todas las|todos los) ${MEDS} que (?:junte|guarde|fui juntando|acumule|escondi|ahorre)`, FOR_A_TRIP_AFTER],
    // The whole bottle of a medicine, with drink.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:me tome|tome|me trague|trague|me bebi|me he tomado) (?:todo )?(?:el|la|un|una|toda la) (?:frasco|bote|caja|blister|tira|plancha|tableta) (?:entero |entera )?(?:de |del )${MEDS}(?: con| y) (?:[a-z]+ )?${DRINK}`],
    // Bleach or poison drunk.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:me tome|tome|me bebi|bebi|me trague|trague|me he tomado) (?:la |el |un vaso de |una botella de |media botella de )?${POISON}`, BY_MISTAKE_AFTER],
    // Messages to the children, "the last one".
    ['SUICIDE', 'CRISIS', 'SELF', '(?:mande|envie|grabe|escribi|deje) (?:audios?|mensajes?|cartas?|notas?|videos?|un audio|un mensaje|una carta) (?:a|para) (?:mis|mi) (?:hijos|hijas|hijo|hija|familia|mama|papa|padres|hermanos)(?: [a-z,]+){0,8} (?:es|fue) (?:el|la) (?:ultimo|ultima)(?= \\.| ,|$)'],
    // Abuse in progress: a stepfather trying to get into the room again.
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:padrastro|tio|novio de mi mama|pareja de mi mama|esposo de mi mama) (?:esta tratando de|trata de|intenta|esta intentando|quiere|sigue intentando) (?:entrar|meterse) (?:a|en) (?:mi|el) (?:cuarto|habitacion|pieza|recamara|bano)'],
    // CONCERN: if I don't wake up, better; nothing will ever change; I don't want to exist; an old attempt coming back.
    ['SUICIDE', 'CONCERN', 'LIFE', 'si (?:no despierto|no despertara|no me despierto|no me despertara|manana no despierto)(?: mas)?(?: manana)?(?: ,)? (?:mejor|tanto mejor|seria mejor|no pasaria nada|da igual|ojala)', ALARM_AFTER],
    ['SUICIDE', 'CONCERN', 'LIFE', 'nada (?:va a|nunca va a|va a) cambiar(?: nunca| jamas)?(?= \\.| ,|$)', CONDITION_AFTER],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:ya )?no quiero (?:seguir )?(?:existir|existiendo)'],
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:intento(?: de suicidio)?|intente matarme|intente suicidarme)(?: de [0-9]{4})?(?: [a-z0-9,.]+){0,4} (?:esta volviendo|esta regresando|volvio|regreso|vuelve)|(?:la misma|esa) (?:oscuridad|sensacion|nube|tristeza|niebla) de (?:antes del|cuando el) intento'],
    // Someone else: a farewell post and no answer.
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:publico|posteo|subio|puso) (?:en su (?:historia|estado|story|muro) )?(?:una|un) (?:despedida|mensaje de despedida|adios)(?: [a-z,]+){0,3} (?:y )?no (?:contesta|responde|atiende)'],
    // On the tracks with the next train's time; the car into a tree; a gun or a rope made ready; "so the kids don't find me".
    ['SUICIDE', 'CRISIS', 'SELF', `(?:estoy|sigo|me acoste|me sente|me pare) (?:[a-z]+ )?(?:en|sobre) (?:las|la) (?:vias|via del tren|rieles)(?: ${NOT_FILMING}[a-z0-9,.]+){0,6} (?:el )?(?:proximo |siguiente |ultimo )?(?:tren|metro) (?:pasa|llega|viene) (?:en|a)`, TRAINSPOTTING_AFTER],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:voy a|me voy a|pienso) (?:estrellar(?:me)?|tirar(?:me)?|aventar(?:me)?) (?:con )?(?:el |mi )?(?:coche|carro|auto|camioneta|moto)? ?(?:[a-z]+ ){0,3}contra (?:un|una|el|la) (?:arbol|muro|pared|camion|trailer|poste|pilar|tren)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:tengo|ya tengo|deje) (?:la|una|el) (?:escopeta|pistola|arma|revolver|soga) (?:ya )?(?:lista|preparada|cargada|listo|preparado|cargado)', GUN_SPORT_AFTER],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:lo hago|lo voy a hacer|lo hare)(?: [a-z,.]+){0,4} para que no me encuentren (?:ellos|los ninos|mis hijos|mis hijas|mi hija|mi hijo)'],
    // Someone else: a relative in hospital after pills; a photo of her cut wrists.
    ['SUICIDE', 'CONCERN', 'OTHER', `${KIN} (?:(?:se trago|trago) (?:[a-z]+ ){0,2}|(?:se tomo|tomo) (?:muchas|todas (?:las|sus)|demasiadas|un monton de|un frasco de|una caja de|un bote de) )${MEDS}(?: [a-z0-9,]+){0,4} (?:esta|sigue|quedo) en (?:el |la )?${HOSPITAL}`],
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:foto|fotos|video|selfie) (?:de|con) (?:sus|su) (?:munecas|brazos|piernas|muslos|antebrazos) (?:cortad[oa]s|sangrando|con cortes)'],
    // The gun "used on myself"; letters written for the family; decided, "lo hago"; waiting on the tracks.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:voy a|lo voy a|la voy a) (?:usarl[oa] |usar(?:la|lo)? )?(?:conmigo|contra mi|en mi)(?: mism[oa])?(?= \\.| ,|$| esta| este| hoy| manana)'],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:tengo|deje|ya tengo|escribi) (?:la|una|las|mis) cartas? (?:escritas? |listas? )?para (?:mi|mis) (?:vieja|viejo|mama|papa|madre|padre|hijos|hijas|hijo|hija|familia|hermana|hermano|esposa|esposo)', /^(?: [a-z,.]+){0,6} (?:cumpleanos|navidad|dia de la madre|aniversario|felicitar|santo)\b/],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta noche|hoy)(?: [a-z]+){0,4} lo hago(?: ,)? (?:ya )?(?:todo )?(?:esta )?(?:todo )?decidido', /^(?: [a-z,]+){0,4} (?:me corto|pelo|mudanza|examen|fiesta|viaje|tatuaje|renuncio|inscribo|compro|gimnasio|dieta)\b/],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:estoy|sigo) (?:en|sobre) (?:las|la) (?:vias|via del tren|rieles) (?:esperando|a la espera)'],
    // CONCERN: I don't deserve to be alive.
    ['SUICIDE', 'CONCERN', 'LIFE', '(?:no merezco|no me merezco) (?:estar viv[oa]|vivir|seguir viv[oa]|seguir viviendo)'],
  ],
  pt: [
    // Harm to others with the knife already taken.
    ['HARM_TO_OTHERS', 'CRISIS', 'SELF', '(?:vou|eu vou) matar (?:aquele|aquela|esse|essa|o|a|meu|minha) (?:[a-z]+ ){0,2}(?:hoje|amanha|agora|essa noite)?(?: ,)? (?:ja )?(?:peguei|tenho|comprei|separei) (?:a|uma|o|um) (?:faca|arma|pistola|revolver|espingarda|facao)'],
    // Farewell to the chat and leaving today.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:foi bom|foi otimo|gostei de) (?:falar|conversar) (?:contigo|com voce|com vc)(?: [a-z0-9,.]+){0,6} (?:eu )?(?:vou partir|parto) (?:hoje|esta noite|essa noite|amanha)(?= \\.| ,|$)', TRIP_AFTER],
    // A gun made ready; "tomorrow I'll be with her" after a loss.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:tenho|ja tenho|deixei) (?:a|uma|o) (?:espingarda|cacadeira|arma|pistola|revolver|corda) (?:ja )?(?:preparada|pronta|carregada|preparado|pronto|carregado)', GUN_SPORT_AFTER],
    ['SUICIDE', 'CRISIS', 'LIFE', `${PT_ES_LOSS}(?: [a-z0-9,.]+){0,30} (?:amanha|hoje|esta noite|essa noite|logo) (?:vou ter com (?:ela|ele)|vou me juntar a (?:ela|ele)|vou para junto (?:dela|dele)|vou encontrar (?:ela|ele))`],
    // A farm poison set aside, with a day.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:separei|guardei|escondi|comprei|peguei|ja tenho) (?:o |a |um |uma )?(?:${POISON})(?: [a-z]+){0,3}(?: ,)? (?:e|eh) (?:essa semana|esta semana|hoje|amanha|essa noite|esta noite|no domingo|no sabado)`],
    // Messages or a gift that is the last one.
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:mandei|enviei|dei|deixei) (?:[a-z]+ ){0,4}(?:pro|pra|para o|para a|ao|a) (?:meu|minha|meus|minhas) (?:[a-z]+ ){0,2}(?:amigo|amiga|filhos|filho|filha|mae|pai|irma|irmao|familia)(?: [a-z0-9,.]+){0,10} (?:e|eh) (?:o|a) (?:ultimo|ultima) (?:presente|mensagem|audio|abraco|carta|vez)'],
    // Bleach or poison drunk.
    ['SUICIDE', 'CRISIS', 'SELF', `(?:bebi|tomei|engoli) (?:a |o |um copo de |uma garrafa de |meia garrafa de )?${POISON}`, BY_MISTAKE_AFTER],
    // CONCERN: if I didn't wake up; don't want to exist.
    ['SUICIDE', 'CONCERN', 'LIFE', 'se (?:eu )?(?:nao acordasse|nao acordar|nao acordo)(?: mais)?(?: amanha)?(?: ,)? (?:tava otimo|estava otimo|seria otimo|seria melhor|melhor|tanto faz|tava bom|era melhor)', ALARM_AFTER],
    ['SUICIDE', 'CONCERN', 'LIFE', 'nao quero (?:mais )?existir'],
    // Someone else: a relative in hospital after too many pills; a colleague who gave all his things away.
    ['SUICIDE', 'CONCERN', 'OTHER', `${KIN} (?:(?:engoliu|tomou) (?:muitos|muitas|todos os|todas as|uma caixa de|uma cartela de|um monte de|varios|varias) ${MEDS}|(?:tomou|engoliu) (?:[a-z]+ ){0,2}${MEDS} (?:a mais|demais|de uma vez))(?: [a-z0-9,]+){0,4} (?:esta|ta|foi|ficou) (?:no|na|pro|para o) ${HOSPITAL}`],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:deu|doou|distribuiu) (?:todas as|todos os) (?:coisas|pertences|objetos) (?:dele|dela)(?: [a-z0-9,]+){0,4} (?:e )?se despediu'],
    // On the tracks with the next train's time; "so the kids don't find me".
    ['SUICIDE', 'CRISIS', 'SELF', `(?:estou|to|tou|fiquei|deitei|sentei) (?:[a-z]+ )?(?:nos|no|na|sobre os) (?:trilhos|linha do trem|linha do comboio|carris|linha ferrea)(?: ${NOT_FILMING}[a-z0-9,.]+){0,6} (?:o )?(?:proximo |ultimo )?(?:trem|comboio|metro) (?:passa|chega|vem) (?:em|daqui)`, TRAINSPOTTING_AFTER],
    ['SUICIDE', 'CRISIS', 'LIFE', '(?:vou fazer|faco|farei|vou fazer isso)(?: [a-z,.]+){0,4} (?:pra|para) (?:que )?(?:eles|as criancas|os meus filhos|meus filhos|minha filha|meu filho) nao me encontr(?:em|arem)'],
    // Abuse in progress: a stepfather trying to get into the room.
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:padrasto|namorado da minha mae|marido da minha mae) (?:ta|esta) (?:tentando|a tentar|querendo) (?:entrar|se meter) (?:no|em|na) (?:meu |minha )?(?:quarto|banheiro|casa de banho)'],
    // Someone else: a photo of cut wrists; a farewell post and no answer.
    ['SELF_HARM', 'CONCERN', 'OTHER', '(?:foto|fotos|video|selfie) (?:dos|das|de seus|de suas|do) (?:pulsos|bracos|pernas|coxas|pulso|braco) (?:cortad[oa]s?|sangrando|com cortes)'],
    ['SUICIDE', 'CONCERN', 'OTHER', '(?:postou|publicou|mandou) (?:[a-z]+ ){0,4}(?:uma )?(?:despedida|mensagem de despedida|adeus)(?: [a-z,]+){0,3} (?:e )?(?:nao|n) (?:responde|atende)'],
    // Waiting on the tracks; I know how much is too much; letters left for the parents; bills paid, "tô pronta"; abuse now.
    ['SUICIDE', 'CRISIS', 'SELF', '(?:estou|to|tou) (?:na|nos) (?:linha do comboio|linha do trem|trilhos|carris|linha ferrea) (?:a espera|esperando|a esperar)'],
    ['SUICIDE', 'CRISIS', 'SELF', `(?:insulina|${MEDS})(?: [a-z0-9,.]+){0,10} (?:eu )?sei quant[oa]s? (?:e demais|e o suficiente|e letal|mata|preciso)`],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:deixei|escrevi) (?:as|umas|minhas|as minhas) cartas (?:para|pros|pras|aos|as) (?:os |as )?(?:meus|minhas|minha|meu) (?:pais|filhos|filhas|filho|filha|mae|pai|familia|irmaos|irma|irmao)', /^(?: [a-z,.]+){0,6} (?:aniversario|natal|dia das maes|dia dos pais|parabens)\b/],
    ['SUICIDE', 'CRISIS', 'SELF', '(?:paguei|quitei) (?:todas as |as )?(?:contas|dividas)(?: [a-z0-9,.]+){0,20} (?:to|tou|estou) pront[oa](?= \\.| ,|$)'],
    ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:ta|esta) me (?:batendo|espancando|enforcando|sufocando|trancando)'],
    // CONCERN: no sense in anything; I don't deserve to live.
    ['SUICIDE', 'CONCERN', 'LIFE', 'nao vejo (?:mais )?sentido em (?:nada|viver|mais nada|continuar)|nao (?:mereco|me mereco) (?:viver|estar viv[oa])'],
  ],
};

/** The round 28 rules per language, run after the round 27 rules. */
export const R28_RULES: Record<ForeignLanguage, readonly ForeignRule[]> = compileByLanguage(R28);
