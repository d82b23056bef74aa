/**
 * Reported speech that opens a message: "my bf said he has a gun…", "une amie m'a envoyé un message
 * d'adieu…", "mein Mitbewohner hat mir Nachrichten gezeigt…". When the message starts with another
 * person and what they said, did or wrote, and the patient never speaks of their own risk, the signs
 * in it are that person's: CONCERN for someone else (resources, a gentle alert), never the patient's
 * CRISIS. The rules read the subject clause by clause; long reports lose it, so this reads the
 * opening of the whole message, on folded text (crisis-foreign.ts), in the six languages.
 */
import type { CrisisAssessment } from './crisis';
import { foldText } from './crisis-foreign';

// Only greetings and fillers before the person: "gave my sister my jewelry" is the patient acting.
const OPENERS = '(?:(?:hi|hey|hello|so|ok|okay|honestly|um|uh|hola|buenas|salut|bonjour|hallo|oi|ola|ciao|ehi|,) )*';
const PERSON =
  '(?:friend|bf|gf|boyfriend|girlfriend|partner|husband|wife|mom|mum|mother|dad|father|son|daughter|brother|sister|cousin|roommate|flatmate|coworker|colleague|kid|teen|guy|girl|student|classmate|neighbou?r|grandpa|grandma|grandad|uncle|aunt|mate|boss)';
const REPORTED_OPENING = new RegExp(
  [
    `(?:my|a|an|our|this|the) (?:[a-z]+ ){0,3}${PERSON}(?: s)? (?:[a-z]+ ){0,4}(?:said|says|told|posted|texted|sent|showed|gave|searched|keeps (?:saying|talking|posting|texting|asking)|wrote|messaged|asked|asks)`,
    // r29c: the dropped third-person "s" of second-language English, right after the person ("my wife say she will…").
    `(?:my|a|our|this|the) (?:[a-z]+ ){0,3}${PERSON} (?:say|tell|keep saying|keep telling|write|ask)`,
    `(?:mon|ma|un|une|notre) (?:[a-z]+ ){0,2}(?:ami|amie|coloc|chum|blonde|copain|copine|mari|femme|mere|pere|fils|fille|frere|soeur|collegue|voisin|voisine|grand mere|grand pere)(?: [a-z]+){0,3} (?:m a|ma|dit|a dit|a ecrit|ecrit|repete|demande|a cherche|cherche)`,
    `(?:mein|meine|ein|eine|unser|unsere) (?:[a-z]+ ){0,2}(?:freund|freundin|mitbewohner|mitbewohnerin|mann|frau|mutter|vater|sohn|tochter|bruder|schwester|kollege|kollegin|nachbar|nachbarin|opa|oma)(?: [a-z]+){0,3} (?:hat mir|sagt|schreibt|hat geschrieben|fragt|hat gesucht|hat gegoogelt|googelt)`,
    `(?:mi|un|una|nuestro|nuestra) (?:[a-z]+ ){0,2}(?:amig[oa]|novi[oa]|espos[oa]|marido|mama|madre|papa|padre|hij[oa]|herman[oa]|companer[oa]|compa|vecin[oa]|abuel[oa]|prim[oa]|colega|roomie)(?: [a-z]+){0,3} (?:dijo|dice|me dijo|me mostro|me mando|escribio|anda diciendo|publico|pregunta|busco|ha buscado)`,
    `(?:meu|minha|o meu|a minha|um|uma) (?:[a-z]+ ){0,2}(?:amig[oa]|namorad[oa]|marido|esposa|mae|pai|filh[oa]|irma|irmao|colega|vizinh[oa]|avo|prim[oa])(?: [a-z]+){0,3} (?:disse|falou|me mostrou|me mandou|escreveu|postou|anda dizendo|tem dito|vive falando|pergunta|pesquisou|procurou)`,
    `(?:mio|mia|il mio|la mia|un|una) (?:[a-z]+ ){0,2}(?:amic[oa]|ragazz[oa]|marito|moglie|madre|padre|figli[oa]|fratello|sorella|collega|vicin[oa]|nonn[oa]|cugin[oa]|coinquilin[oa])(?: [a-z]+){0,3} (?:ha detto|dice|mi ha mostrato|mi ha mandato|ha scritto|ha postato|chiede|ha cercato)`,
  ]
    .map((source) => `^${OPENERS}${source}\\b`)
    .join('|'),
);
// The patient's own risk, or joining in ("me too"): then the message is the patient's as well.
const OWN_RISK =
  /\b(?:myself|kill me|i (?:want|wanna|am going|am gonna|will) (?:to )?(?:die|end it|kill|be dead|disappear)|my life|me too|so do i|same here|i feel the same|i feel that way too|i feel like that too|i do too|same for me|me as well|yo tambien|a mi tambien|moi pareil|mir geht es genauso|anche io|me quiero|quiero morir|me mato|je veux mourir|me tuer|moi aussi|ich will sterben|mich umbringen|ich auch|quero morrer|me matar|eu tambem|voglio morire|uccidermi|anch io)\b/;

/** A CRISIS read in a message that reports someone else's words or acts is CONCERN for that person. */
export function asReport(verdict: CrisisAssessment, raw: string): CrisisAssessment {
  // Someone harming the patient, or the patient's own threat to someone, stays the patient's crisis.
  if (verdict.level !== 'CRISIS' || verdict.categories.some((category) => category === 'ABUSE_IN_PROGRESS' || category === 'HARM_TO_OTHERS')) return verdict;
  const folded = foldText(raw);
  if (!REPORTED_OPENING.test(folded) || OWN_RISK.test(folded)) return verdict;
  return { ...verdict, level: 'CONCERN', isCrisis: false, concernForOthers: true };
}
