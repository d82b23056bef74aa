/**
 * English everyday frames found by the stress pass after round 29 (twins in
 * tests/unit/crisis-r29-stress.test.ts), applied by crisis-benign.ts to each normalised sentence
 * with the whole normalised message:
 *   - "tomorrow is the day" when the message names an ordinary event (the exam, the surgery, the
 *     interview, the move): the day of that event;
 *   - a cut while cooking, chopping or shaving that "will not stop bleeding": an accident;
 *   - "my last message on this app / here, moving to the new one": a pause or a change of app;
 *   - walking into the sea for the morning swim;
 *   - too many pills taken by accident or by mistake, told as such.
 * Each unless the message also names intent, means or a farewell, or says it was on purpose.
 */
import { messageHas } from './crisis-text';

const INTENT = /\b(?:on purpose|deliberately|intentionally|meant to|kill|killing|die|dying|suicid[a-z]*|end it|end my life|overdos[a-z]*|goodbye|farewell|rope|noose|gun|pills ready|not an accident|was not an accident|no accident|for good|forever|never coming back)\b/;
const EVENT =
  /\b(?:exam|exams|test|final|finals|surgery|operation|op|interview|wedding|move|moving|flight|appointment|graduation|recital|concert|match|game|race|marathon|audition|presentation|court date|hearing|due date|induction|birthday|party|driving test|results|first day|big day|launch|deadline)\b/;
const DAY_IS_COME = /\b(?:tomorrow|today|tonight) (?:is )?the (?:big )?(?:day|night)\b/g;

const ACCIDENT_CUT = /\b(?:cooking|chopping|slicing|dicing|peeling|carving|shaving|gardening|cutting (?:onions|vegetables|veg|bread|meat|the [a-z]+)|opening (?:a|the) [a-z]+|doing the dishes|washing up|in the kitchen|kitchen knife|bread knife|mandoline)\b|\bcut (?:my|the tip of my) (?:finger|thumb|hand|palm)\b/;
const STILL_BLEEDING = /\b(?:will not|would not|can not|does not|did not) stop bleeding\b/g;

const APP_PAUSE = /\b(?:moving|switching|changing|going) to (?:the |a )?(?:new|other|another) (?:one|app|number|phone|account|chat|group|platform)\b|\bnew (?:app|number|phone|account)\b|\b(?:see|talk to|speak to) (?:you|ya|u) (?:soon|later|monday|tomorrow|next week|after)\b|\bbefore (?:my|the|our) (?:holiday|holidays|trip|vacation|flight|move|surgery)\b/;
const LAST_HERE = /\b(?:my )?last (?:message|msg|post|text) (?:on|in|from) (?:this|the) (?:app|chat|group|account|platform|number|phone|site)\b|\b(?:my )?last (?:message|msg|post|text) (?:here|for (?:a while|now|this week|the week))\b/g;

const SEA_SWIM = /\b(?:walk|walking|wade|wading|go|going|run|running) into the (?:sea|ocean|water|lake)(?= (?:every|each) (?:morning|day|evening)| for (?:a|my|our|the) (?:swim|dip|paddle|cold water swim|morning swim)|(?: [a-z]+){0,4} (?:swim|dip|paddle|wetsuit|swimming club))/g;

const PILLS_BY_ACCIDENT = /\b(?:took|taken|swallowed|had) (?:too many|double|twice|the wrong|an extra|extra)(?: [a-z]+){0,4} (?:by accident|by mistake|accidentally)\b|\b(?:accidentally|by mistake) (?:took|taken|swallowed|had) (?:too many|double|twice|the wrong|an extra|extra)\b/g;

/** The sentence with these everyday frames made neutral (message: the whole normalised message). */
export function accidentsAndPauses(sentence: string, message: string): string {
  if (messageHas(INTENT, message)) return sentence;
  let text = sentence;
  if (messageHas(EVENT, message)) text = text.replace(DAY_IS_COME, 'the event is soon');
  if (messageHas(ACCIDENT_CUT, message)) text = text.replace(STILL_BLEEDING, 'is bleeding a lot');
  if (messageHas(APP_PAUSE, message)) text = text.replace(LAST_HERE, 'a message before a change');
  text = text.replace(SEA_SWIM, 'swim');
  return text.replace(PILLS_BY_ACCIDENT, 'took my medicine wrong');
}
