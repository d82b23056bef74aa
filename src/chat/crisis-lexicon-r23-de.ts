/**
 * German families of the r23 session (Germany, Austria, Switzerland; chat and dialect spellings),
 * appended to the 'de' lexicon in crisis-foreign.ts. Patterns read the folded text (no accents,
 * "ß" as "ss", "ü" as "u"), so "überlegt" is "uberlegt" and "nümm" is "numm".
 * - means bought with a coy pointer ("Schlauch gekauft. Du weißt wofür");
 * - "sich etwas antun" with a time word between and in dialect ("ich tu mir heut was an", "i dua ma wos o");
 * - Bavarian, Austrian and Swiss "nicht mehr" ("i moag nimma", "i cha nümm", "kann nimmr");
 * - CONCERN: thinking a lot about dying, "ich kann so nicht weitermachen", the urge to cut (Suchtdruck);
 * - harm to others said seriously (a blow planned, "aber richtig", "schon überlegt wie");
 * - abuse now: things thrown at the family, a drunk parent hitting;
 * - someone else's risk reported ("mein Kumpel redet dauernd davon, …").
 */
import { compile, type RuleSource } from './crisis-rule';

// Means sold for ordinary use: only a pointer to their purpose ("du weißt wofür") makes them a plan.
const DE_MEANS = '(?:schlauch|gartenschlauch|seil|strick|kabel|grillkohle|holzkohle|einweggrill|klebeband|panzertape|helium|tabletten|pillen|schlaftabletten|rasierklingen|klingen|rattengift)';
// The Bavarian, Austrian and Swiss words for "not any more".
const NIMMER = '(?:nimmer|nimma|nimmr|nimmi|nimme|numm|numme|nummi|nim mehr)';
// Modal verbs of wanting and being able, standard and dialect ("mag", "moag", "mog", "cha", "ko").
// Not after a third person's pronoun ("er wott nümm läbe" is someone else's, read by the reported rules).
const DE_MODAL = '(?<!\\b(?:er|sie|es|si|he|mer|wir) )(?:will|wui|wott|mag|mog|moag|mocht|moecht|mochte|kann|konn|ko|kaun|cha|chan|chani)';
const DE_PEOPLE =
  '(?:bruder|schwester|kumpel|freund|freundin|bester freund|beste freundin|mitbewohner|mitbewohnerin|kollege|kollegin|sohn|tochter|mann|frau|vater|mutter|papa|mama|partner|partnerin|cousin|cousine|nachbar|nachbarin|schuler|schulerin|neffe|nichte|onkel|tante|opa|oma|ex)';
// Serious, planned: "aber richtig", "kein Witz", "schon überlegt wie".
const IN_EARNEST = '(?:aber richtig|und zwar richtig|ernsthaft|ich mein das ernst|ich meine das ernst|kein witz|kein scherz|(?:hab|habe) mir (?:schon |bereits )?(?:uberlegt|ueberlegt|ausgedacht) wie|schon (?:uberlegt|ueberlegt|geplant) wie|plan steht)';

// A time soon, for euphemisms that are a plan only with one.
const DE_SOON = '(?:heute|heut|heit|hut|heute nacht|heut nacht|morgen|bald|gleich|am wochenende|diese nacht|diese woche|nachste woche|naechste woche|demnachst|demnaechst)';
// "den Löffel abgeben vor Hunger", "lol": a figure of speech.
const FIGURATIVE_END = /^(?: [a-z,]+){0,3} (?:vor (?:hunger|mudigkeit|muedigkeit|langeweile|stress|lachen|hitze|kalte|kaelte)|haha[a-z]*|lol|xd|beim (?:sport|training|laufen|joggen))\b/;

const DE_R23: RuleSource[] = [
  // Means bought, and the reader told they know what for.
  ['SUICIDE', 'CRISIS', 'SELF', `${DE_MEANS} (?:[a-z]+ ){0,3}(?:gekauft|kauft|besorgt|bsorgt|bestellt|bstellt|geholt|gholt|organisiert|mitgenommen)(?: [a-z.,]+){0,4} (?:du weisst|du weist|du wasst|du woasst|du woast|ihr wisst|sie wissen|weisst|weist|woasst|woast) (?:ja |schon |eh |bestimmt |sicher )?(?:wofur|wofuer|wofia|wozu|warum|wieso|fur was|fuer was|fur wos|fia wos|was ich vorhab|was ich vorhabe)`],
  // "sich etwas antun", with time words between and in dialect.
  ['SUICIDE', 'CRISIS', 'SELF', '(?:tu|tue|tua|dua|due|tuen) (?:mir|ma|mer) (?:(?:heut|heute|heit|heid|hut|hit|nacht|abend|znacht|jetzt|jetz|gleich|glei|noch|bald|nachher|morgen|heut nacht|heute nacht|heute abend|wirklich|echt|bestimmt|sicher|demnachst) )*(?:was|etwas|wos|ebbes|eppes|oppis|opis|ebbis|eppis|was schlimmes) (?:an|a|aa|o|oa)(?= \\.| ,|$| heut| heute| heit| jetzt| und)'],
  // Not wanting to live any more, in dialect; "not any more" alone (CONCERN).
  ['SUICIDE', 'CRISIS', 'LIFE', `${DE_MODAL} (?:so |einfach |eifach |afach |halt |echt |wirklich |jetzt |jetz )?${NIMMER} (?:leben|lebn|lebe|labe|lebe|weiterleben|aufwachen|da sein|do sei|doa sei)`],
  ['SUICIDE', 'CONCERN', 'LIFE', `${DE_MODAL} (?:so |einfach |eifach |afach |halt |echt |wirklich |jetzt |jetz )?${NIMMER}(?= \\.| ,|$| und| echt| wirklich)`],
  // Thinking a lot about dying (CONCERN); someone's death by name is grief.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:denk|denke|dnk|grubel|gruebel|grubele|gruebele) (?:ich )?(?:[a-z]+ ){0,5}(?:ubers|uebers|uber das|ueber das|ans|an das|uber den|ueber den|an den) (?:sterben|totsein|tot sein|tod|selbstmord|suizid|nicht mehr aufwachen|aufhoren|aufhoeren)', /^ (?:von|meiner|meines|seiner|seines|ihrer|ihres|der|des|im|in der|bei)\b/],
  // "ich kann so nicht weitermachen" (CONCERN): going on with life, not with a task.
  ['SUICIDE', 'CONCERN', 'LIFE', '(?:kann|konnte|ko|kaun|cha) (?:so |einfach |echt |halt |wirklich |langsam )*(?:nicht|nich|ned|net|nit|nimmer|nimma) (?:mehr )?(?:so )?(?:weitermachen|weiter machen|weiterleben|weiter)(?= \\.| ,|$| so| mehr| echt)', /^ (?:mit|im|in|bei|an|auf|ohne|zur|zum|als)\b/],
  // The urge to cut (CONCERN); an urge that is gone is not one.
  ['SELF_HARM', 'CONCERN', 'SELF', '(?:suchtdruck|druck|drang|verlangen|craving|cravings|impuls|impulse|lust) (?:[a-z]+ ){0,2}(?:zum|zu|nach dem|nach|mich zu) (?:ritzen|schneiden|verletzen|selbstverletzen|selbst verletzen)|(?:ritzdruck|schneidedruck|ritzdrang)', /^(?: [a-z]+){0,3} (?:ist weg|ist vorbei|hat nachgelassen|lasst nach|ist verschwunden|war mal)\b/],
  // Harm to others said in earnest: a blow planned.
  ['HARM_TO_OTHERS', 'CRISIS', 'SELF', `(?:hau|haue|schlag|schlage|box|boxe|polier|poliere|tret|trete) (?:ich )?(?:[a-z]+ ){0,3}(?:eine rein|eins rein|eine runter|die fresse ein|die schnauze ein|aufs maul|in die fresse|krankenhausreif|zusammen|die zahne aus|die zaehne aus)(?: [a-z.,]+){0,6} ${IN_EARNEST}|(?:verprugel|verpruegel|verprugle|verpruegle|schlag|schlage) (?:ich )?(?:ihn|sie) (?:[a-z]+ ){0,2}(?:krankenhausreif|tot|zu brei)`],
  // Abuse now: things thrown at the family; a drunk parent hitting.
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:wirft|schmeisst|schmeist|schmeisst|feuert|pfeffert) (?:[a-z]+ ){0,2}(?:mit )?(?:sachen|flaschen|glasern|glaesern|tellern|geschirr|dingen|gegenstanden|gegenstaenden|stuhlen|stuehlen|allem|messern|mobeln|moebeln) (?:[a-z]+ )?(?:nach|auf|gegen) (?:uns|mir|mich|meine mutter|meine mama|meine schwester|meinen bruder|meinen kleinen bruder)|(?:besoffen|betrunken|voll|dicht|blau) und (?:schlagt|schlaegt|haut|prugelt|pruegelt|tritt|wurgt|wuergt) (?:uns|mich|meine mutter|meine mama|meine geschwister)'],
  // Someone else's risk reported: a person who keeps talking about it.
  ['SUICIDE', 'CONCERN', 'OTHER', `(?:mein|meine|mei|unser|unsere|sein|seine|ihr|ihre) (?:[a-z]+ )?${DE_PEOPLE} (?:redet|red|redt|spricht|schreibt|erzahlt|erzaehlt|faselt|labert|postet) (?:[a-z]+ ){0,3}(?:davon|daruber|darueber)(?: ,)? (?:[a-z,]+ ){0,8}(?:(?:vom|von der|von einer|von einem|von nem|aus dem|vor den|vor einen|vor die|vor eine|vor nen|in den|ins|gegen die|gegen den|gegen einen|gegen eine|gegen nen) (?:[a-z]+ ){1,2}zu (?:fahren|springen|werfen|rasen|steuern|laufen)|zu sterben|umzubringen|si umzubringen|zu erschiessen|aufzuhangen|aufzuhaengen|zu vergiften|anzutun|nicht mehr (?:zu leben|da zu sein|aufzuwachen)|tot zu sein)`],
  // The wish reported in a "dass" clause, verb last ("mein bruder sagt, dass er sterben will").
  ['SUICIDE', 'CONCERN', 'OTHER', '(?:sagt|sagte|gesagt|meint|meinte|gemeint|schreibt|schrieb|geschrieben|erzahlt|erzaehlt) (?:, )?dass (?:er|sie) (?:[a-z]+ ){0,3}(?:sterben|tot sein|sich umbringen|sich das leben nehmen|nicht mehr leben|sich was antun|sich etwas antun) (?:will|mochte|moechte|wurde|wuerde|wolle|werde)'],
  // "den Löffel abgeben", "ins Gras beißen" said of oneself: with a time or a plan CRISIS, bare CONCERN; tiredness or hunger is a figure of speech.
  ['SUICIDE', 'CRISIS', 'SELF', `(?:geb|gebe|werd|werde|will|wurde|wuerde|beiss|beisse) (?:ich )?(?:${DE_SOON} )(?:[a-z]+ ){0,2}(?:den loffel (?:ab|abgeben)|ins gras(?: beissen)?)|(?:den loffel abgeben|ins gras beissen) (?:[a-z]+ ){0,2}(?:werde|will|wurde|wuerde)(?: ich)? (?:${DE_SOON})|(?:geb|gebe|werd|werde|will) (?:ich )?(?:[a-z]+ ){0,2}den loffel (?:ab|abgeben)(?: [a-z.,]+){0,4} (?:hab|habe) (?:schon )?(?:alles )?(?:vorbereitet|geplant|geregelt)`, FIGURATIVE_END],
  ['SUICIDE', 'CONCERN', 'SELF', '(?:geb|gebe|werd|werde|will|mocht|mochte|moechte) (?:ich )?(?:[a-z]+ ){0,2}(?:den loffel (?:ab|abgeben)|ins gras beissen)', FIGURATIVE_END],
  // Hit by in-laws or family at home (abuse now).
  ['ABUSE_IN_PROGRESS', 'CRISIS', 'ABUSE', '(?:schwiegereltern|schwiegermutter|schwiegervater|schwager|schwagerin|schwaegerin|stiefvater|stiefmutter|stiefeltern) (?:[a-z]+ ){0,2}(?:schlagen|schlagt|schlaegt|prugeln|pruegeln|prugelt|pruegelt|treten|tritt|wurgen|wuergen|verprugeln|verpruegeln) (?:mich|uns)'],
  // No longer being around, said of the future (CONCERN); a move, leave or a job is ordinary.
  ['SUICIDE', 'CONCERN', 'SELF', '(?:werd|werde) (?:ich )?(?:bald |dann |eh |sowieso |wohl |bestimmt )?nicht mehr (?:da|hier|am leben) sein|bin (?:ich )?(?:bald |dann |eh |sowieso |nach (?:weihnachten|silvester|ostern|neujahr|der hochzeit|der beerdigung) )nicht mehr (?:da|hier|am leben)(?= \\.| ,|$| und| fur immer| fuer immer)|(?:nach (?:weihnachten|silvester|ostern|neujahr|(?:meinem|seinem|ihrem|dem) geburtstag|der hochzeit|der beerdigung|der feier|dem fest)|bald|danach) bin ich nicht mehr (?:da|hier|am leben)(?= \\.| ,|$| und| fur immer| fuer immer)', /^(?: [a-z,]+){0,8} (?:umzug|ziehe|ziehen|umziehen|urlaub|ferien|job|arbeit|firma|team|schule|verein|gruppe|kurs|praxis|buro|buero|frei|krank|dienstreise|reha|klinik|stadt|land|ausland|wg|wohnung|gekundigt|gekuendigt|rente|pension)\b/],
  // Chat ellipsis of the relapse: "gestern wieder geritzt", "hab wieder geritzt" (an object between is carving).
  ['SELF_HARM', 'CRISIS', 'SELF', '(?:gestern|heute|heut|grad|gerade|letzte nacht|heute nacht|vorhin|(?:hab|habe) (?:gestern |heute |grad )?(?:wieder|schon wieder|erneut)) (?:wieder |schon wieder )?geritzt(?= \\.| ,|$| und| aber)'],
];

export const DE_R23_RULES = compile(DE_R23);
