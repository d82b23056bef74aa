/**
 * Everyday frames in the five languages (folded text: lower case, no accents, punctuation spaced),
 * made neutral before the lexicons read them, found by a stress pass after round 29 (twins in
 * tests/unit/crisis-r29-stress.test.ts):
 *   - a last message before the holidays, a trip or a move ("c'est mon dernier message avant les
 *     vacances", "meine letzte Nachricht vor dem Urlaub"): a pause, not a farewell;
 *   - "tomorrow is the day" with an ordinary event named in the message ("morgen ist es soweit,
 *     meine Prüfung", "domani è il giorno, l'esame"): the day of the exam, the surgery, the move;
 *   - a cut while cooking or shaving that bleeds a lot ("me corté cocinando y no para de sangrar"):
 *     an accident, unless the message says it was on purpose.
 * The risk twins ("mon dernier message, adieu", "morgen ist es soweit, die Tabletten liegen bereit",
 * "me corté a propósito y no para de sangrar") still reach the lexicons unchanged.
 */
/** A frame, its replacement, and what in the message keeps it from applying. */
type Frame = readonly [RegExp, string, RegExp?];

const PAUSE = '(?:vacances|conges|voyage|vol|demenagement|urlaub|ferien|reise|abflug|umzug|vacaciones|viaje|vuelo|mudanza|vacanze|ferie|viaggio|volo|trasloco|ferias|viagem|voo|mudanca|week end|weekend|wochenende|fin de semana|fine settimana|fim de semana)';
const LAST_MESSAGE = '(?:dernier|derniere|letzte|letzter|letztes|ultimo|ultima)(?: [a-z]+)? (?:message|msg|texto|sms|nachricht|mensaje|messaggio|mensagem|post|eintrag)';
const BEFORE = '(?:avant|vor|antes de|antes del|antes das|antes dos|antes da|antes do|prima delle|prima della|prima del|prima di|prima dello)';

const EVENT =
  '(?:prufung|klausur|examen|exam|abitur|op|operation|hochzeit|umzug|geburt|vorstellungsgesprach|abflug|konzert|partiel|bac|mariage|demenagement|entretien|accouchement|concert|boda|mudanza|entrevista|operacion|cirugia|parto|concierto|esame|matrimonio|trasloco|colloquio|operazione|intervento|concerto|prova|exame|casamento|mudanca|cirurgia|operacao|vestibular|enem|maturita)';
const DAY_IS_COME =
  '\\b(?:morgen|heute|heute abend|demain|aujourd hui|ce soir|manana|hoy|esta noche|domani|oggi|stasera|amanha|hoje|esta noite) (?:ist es soweit|ist es so weit|ist der tag|ist der grosse tag|c est le jour|c est le grand jour|es el dia|es el gran dia|e il giorno|e il grande giorno|e o dia|e o grande dia)\\b';

const KITCHEN = '(?:cocinando|cozinhando|cucinando|cuisinant|cuisine|kochen|kuche|cocina|cozinha|cucina|gemuse|zwiebel|cebolla|cebola|cipolla|oignon|rasieren|afeitando|afeitarme|barbeando|radendo|rasant|schneidebrett|tabla de cortar|tagliere)';
const BLEEDS = '\\b(?:no para de sangrar|nao para de sangrar|non smette di sanguinare|hort nicht auf zu bluten|arrete pas de saigner|s arrete pas de saigner|blutet stark|sangra mucho|sangra muito|sanguina molto|saigne beaucoup)\\b';
const ON_PURPOSE = '(?:a proposito|de proposito|adrede|apposta|di proposito|absichtlich|mit absicht|expres|volontairement|de proposito|propositadamente|por querer)';

export const FOLDED_EVERYDAY: readonly Frame[] = [
  [new RegExp(`\\b${LAST_MESSAGE} ${BEFORE}(?: [a-z]+){0,3} ${PAUSE}\\b`, 'g'), 'message avant les vacances'],
  [new RegExp(`${DAY_IS_COME}(?=.{0,60}\\b${EVENT}\\b)`, 'g'), 'bientot le rendez vous'],
  [new RegExp(`(?<=\\b${EVENT}\\b.{0,60})${DAY_IS_COME}`, 'g'), 'bientot le rendez vous'],
  [new RegExp(`(?<=\\b${KITCHEN}\\b.{0,80})${BLEEDS}`, 'g'), 'saigne un peu', new RegExp(`\\b${ON_PURPOSE}\\b`)],
];

/** The folded message with these everyday frames made neutral. */
export function neutraliseFoldedEveryday(folded: string): string {
  let text = folded;
  for (const [regex, replacement, unless] of FOLDED_EVERYDAY) if (!unless?.test(folded)) text = text.replace(regex, replacement);
  return text;
}
