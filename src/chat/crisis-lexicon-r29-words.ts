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
  '(?:est partie?|est morte?|est decedee?|nous a quittes?|deces|enterrement|e mort[oa]|e scompars[oa]|e mancat[oa]|funerale|se murio|murio|fallecio|muerte|velorio|morreu|faleceu|gestorben|verstorben|beerdigung|todestag|beerdigt)';
// A weapon named in a threat.
export const WEAPON29 =
  '(?:barre de fer|batte|batte de baseball|couteau|hache|marteau|fusil|arme|pistolet|machette|flingue|coltello|pistola|mazza|spranga|accetta|cuchillo|navaja|machete|bate|fierro|faca|facao|arma|revolver|taco|messer|axt|baseballschlager|eisenstange|knarre|pistole|hammer)';

// "ya puedo irme de vacaciones", "danach bin ich weg, für immer in Kanada": a trip or a move after the match.
export const TRAVEL_AFTER29 =
  /^(?: [a-z0-9,.]+){0,8} (?:vacances|voyage|vol|avion|canada|quebec|montreal|australie|australien|kanada|amerika|ausland|auswander[a-z]*|urlaub|reise|flug|vacanza|vacanze|viaggio|volo|estero|vacaciones|viaje|vuelo|extranjero|ferias|viagem|voo|exterior|mudo|mudanza|mudanca|demenag[a-z]*|umzug|ziehe um|trasloc[a-z]*|nouvelle vie|neues leben|nuova vita|nueva vida|vida nova)\b/;
// "je l attendrai avec le couteau pour couper le gâteau": a knife for a meal or a chore.
export const CHORE_AFTER29 = /^ (?:,? )?(?:pour|per|para|pra|um|zum) (?:couper|tagliare|cortar|schneiden|le gateau|la torta|el pastel|o bolo|den kuchen|bricoler|reparer|riparare|arreglar|consertar|reparieren)\b/;
// "non vedo niente davanti, c'è nebbia": fog, dark or glasses, not the future.
export const SIGHT_AFTER29 = /^(?: [a-z,.]+){0,5} (?:nebbia|buio|occhiali|brouillard|lunettes|niebla|lentes|gafas|nevoeiro|oculos|nebel|brille|neve|nieve|neige|schnee)\b/;
// "je veux pas me rater au concours": an exam, a test, a match.
export const EXAM_AFTER29 = /^ (?:,? )?(?:a l|au|a la|aux|sur|en|dans|pour) (?:exam|examen|concours|permis|bac|partiel|oral|entretien|match|course|audition|gateau|recette|photo)\b/;
