/**
 * Shared words and after-match guards of the round 29 families (crisis-lexicon-r29*.ts), for French, German, Italian,
 * Spanish and Portuguese as adults of each region type them (folded text: no accents, lower case, apostrophes as spaces,
 * "ß" as "ss"; Swiss and Austrian German typed with "ue", "oe", "ae" for umlauts, so both spellings are spelled out).
 */

// Medicines by name or kind, everyday brands included (doliprane, tachipirina, paracetamol).
export const MEDS29 =
  '(?:medocs?|medicaments?|cachets|comprimes|pilules|somniferes|doliprane|dafalgan|efferalgan|paracetamol|tabletten|pillen|medis|medikamente|schlaftabletten|tavor|pillole|pastiglie|pasticche|compresse|farmaci|sonniferi|tachipirina|pastillas|pildoras|clonazepam|remedios|comprimidos|calmantes|tarja preta)';
// Household or farm poisons.
export const POISON29 =
  '(?:veneno|veleno|poison|gift|pflanzengift|rattengift|unkrautvernichter|diserbante|herbicida|pesticida|agrotoxico|chumbinho|matarratas|raticida|paraquat|glifosato|glyphosate|desherbant|mort aux rats|topicida|insecticida|inseticida|lejia|candeggina|javel|eau de javel|soda caustica)';
// A death of someone close, said before "I'll join her".
export const LOSS29 =
  '(?:est partie?(?! (?:en|au|aux|a|pour|chez|dans|faire|travailler|vivre|habiter|en vacances)\\b)|est morte?|est decedee?|nous a quittes?|deces|enterrement|e mort[oa]|e scompars[oa]|e mancat[oa]|funerale|se murio|murio|fallecio|muerte|velorio|morreu|faleceu|gestorben|verstorben|beerdigung|todestag|beerdigt)';
// A weapon named in a threat.
export const WEAPON29 =
  '(?:barre de fer|batte|batte de baseball|couteau|hache|marteau|fusil|arme|pistolet|machette|flingue|coltello|pistola|mazza|spranga|accetta|cuchillo|navaja|machete|bate|fierro|faca|facao|arma|revolver|taco|messer|axt|baseballschlager|eisenstange|knarre|pistole|hammer)';

// "ya puedo irme de vacaciones", "danach bin ich weg, für immer in Kanada": a trip or a move after the match.
export const TRAVEL_AFTER29 =
  /^(?: [a-z0-9,.]+){0,12} (?:vacances|voyage|vol|avion|canada|quebec|montreal|australie|australien|kanada|amerika|ausland|auswander[a-z]*|urlaub|reise|flug|vacanza|vacanze|viaggio|volo|estero|vacaciones|viaje|vuelo|extranjero|ferias|viagem|voo|exterior|mudo|mudanza|mudanca|demenag[a-z]*|umzug|ziehe um|trasloc[a-z]*|nouvelle vie|neues leben|nuova vita|nueva vida|vida nova|a vivir|vivir en|vivir a|vivre a|vivre en|vivere a|vivere in|morar|wohnen)\b/;
// "je l attendrai avec le couteau pour couper le gâteau": a knife for a meal or a chore.
export const CHORE_AFTER29 = /^ (?:,? )?(?:pour|per|para|pra|um|zum) (?:couper|tagliare|cortar|schneiden|le gateau|la torta|el pastel|o bolo|den kuchen|bricoler|reparer|riparare|arreglar|consertar|reparieren)\b/;
// "non vedo niente davanti, c'è nebbia": fog, dark or glasses, not the future.
export const SIGHT_AFTER29 = /^(?: [a-z,.]+){0,5} (?:nebbia|buio|occhiali|brouillard|lunettes|niebla|lentes|gafas|nevoeiro|oculos|nebel|brille|neve|nieve|neige|schnee)\b/;
// "je veux pas me rater au concours": an exam, a test, a match.
export const EXAM_AFTER29 =
  /^ (?:,? )?(?:a l|au|a la|aux|sur|en|dans|pour)(?: (?:la|le|les|l|mon|ma|mes|ce|cette))? (?:exam|examen|concours|permis|bac|partiel|oral|entretien|match|course|audition|gateau|recette|photos?|mariage|soiree|rendez vous|date|coupe|coiffure|maquillage|presentation|discours|video)\b/;
// "lo raggiungo al funerale", "me voy con ella al velorio": joining someone at a place (not heaven).
export const PLACE_AFTER29 = /^ (?:,? )?(?:a|al|alla|all|in|da|per|nel|nella|au|a la|chez|en|en el|para|pra|no|na|ao|nach|zu|zum|zur|im|ins|bei) (?!cielo|ciel|paradis|paradiso|himmel|ceu|la haut|lassu)/;
// "l envie me prend de sauter dans la piscine": a jump for fun, into water or for joy.
export const JUMP_FUN_AFTER29 =
  /^ (?:,? )?(?:(?:du|de la|dans la|dans l|dans le|en|a l|au|dal|dalla|in|nella|nel|en el|en la|a la|al|de|del|na|no|ins|vom|in den|in die|ao|a) (?:[a-z]+ )?(?:plongeoir|piscine|eau|parachute|elastique|trampoline|trampolin|piscina|agua|acqua|trampolino|paracaidas|paracadute|paraquedas|wasser|becken|sprungbrett|bungee|mar|mer|lac|lago|see|alberca|rio|fiume|fleuve|fluss)|de joie|di gioia|de alegria|vor freude|au cou|al collo|al cuello|no pescoco)\b/;
// Joining someone at a place or on a trip, not in death.
export const REJOIN_AFTER29 = new RegExp(`${PLACE_AFTER29.source}|${TRAVEL_AFTER29.source}`);
// "c'est mon dernier message pour aujourd'hui", "mein letzter Eintrag vor dem Urlaub": last for now, or a trip.
export const FOR_NOW_AFTER29 = new RegExp(`^ (?:,? )?(?:fur heute|fuer heute|fur diese woche|fur dieses jahr|im tagebuch|vor dem|vor der|bis|pour aujourd hui|pour ce soir|pour la semaine|de la journee|de la semaine|de l annee|avant|jusqu|por hoy|hasta|antes de|per oggi|fino a|prima di|por hoje|ate|antes d)\\b|${TRAVEL_AFTER29.source}`);
// "j'ai choisi la date. Ce sera à la mairie": a wedding, a party, an operation.
export const EVENT_AFTER29 =
  /^(?: [a-z0-9,.]+){0,12} (?:mariage|mairie|bapteme|anniversaire|fete|soiree|demenagement|operation|rdv|rendez vous|accouchement|cesarienne|soutenance|examen|entretien|vacances|voyage|hochzeit|standesamt|taufe|geburtstag|feier|party|umzug|operation|termin|prufung|urlaub|matrimonio|battesimo|compleanno|festa|trasloco|intervento|esame|boda|bautizo|cumpleanos|fiesta|mudanza|cirugia|casamento|batizado|aniversario|festa|mudanca|cirurgia|prova)\b/;
