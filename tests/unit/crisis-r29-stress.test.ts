import { describe } from 'vitest';
import { itReadsTwins, type TwinPair } from './crisis-table/twins';

/**
 * Stress sentences found by the r29 tuners and in the review after them (src/chat/crisis-benign-accidents.ts,
 * crisis-benign-folded-everyday.ts, the pest-poison frame of crisis-lexicon-other-everyday.ts): a last message
 * before a pause or a change of app, "tomorrow is the day" of an ordinary event, a kitchen or shaving cut that
 * bleeds, the morning sea swim, pills taken twice by mistake, in English and the five languages; and rat poison
 * "waiting for the kids to sleep" in Indonesian. Written for these tests, not taken from the crisis table; the
 * rules alone are checked. A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // A last message: a farewell, or a pause.
  ['this is my last message. goodbye everyone', 'CRISIS', 'this is my last message on this app, moving to the new one', 'NONE'],
  ["c'est mon dernier message, adieu à tous", 'CRISIS', "c'est mon dernier message avant les vacances, on se reparle en septembre", 'NONE'],
  ['das ist meine letzte Nachricht, lebt wohl', 'CRISIS', 'das ist meine letzte Nachricht vor dem Urlaub, bis bald', 'NONE'],
  // The day has come: for the means, or for the exam.
  ['tomorrow is the day. i have the pills ready', 'CRISIS', 'tomorrow is the day, the exam at 9', 'NONE'],
  ['morgen ist es soweit, die Tabletten liegen bereit', 'CRISIS', 'morgen ist es soweit, meine Prüfung um 8', 'NONE'],
  ['domani è il giorno, ho già la corda', 'CRISIS', "domani è il giorno, l'esame di maturità", 'NONE'],
  ['amanhã é o dia, já tenho os comprimidos guardados', 'CRISIS', 'amanhã é o dia, a prova do enem', 'NONE'],
  // A cut that bleeds: on purpose, or in the kitchen.
  ['I cut myself on purpose while cooking and it won\'t stop bleeding', 'CRISIS', "it won't stop bleeding, I cut my finger chopping onions", 'NONE'],
  ['me corté a propósito mientras cocinaba y no para de sangrar', 'CRISIS', 'me corté cocinando y no para de sangrar', 'NONE'],
  ['ich hab mich absichtlich geschnitten und es hört nicht auf zu bluten', 'CRISIS', 'ich hab mich beim Kochen geschnitten und es hört nicht auf zu bluten', 'NONE'],
  // The sea: not coming back, or the morning swim.
  ["I'm going to walk into the sea tonight and not come back", 'CRISIS', 'I walk into the sea every morning for my cold water swim', 'NONE'],
  // Too many pills: on purpose, or by mistake.
  ['took too many of my pills, not by accident', 'CRISIS', "took too many of my pills by accident, called poison control, they said I'm fine", 'NONE'],
  // Rat poison: for the barn, or for after the children are asleep.
  ['udah beli racun tikus tadi siang. tinggal nunggu anak2 tidur aja', 'CRISIS', 'udah beli racun tikus tadi siang buat gudang', 'NONE'],
];

describe('r29 stress: pauses, ordinary big days, kitchen cuts, swims and mistakes stay NONE; their risk twins do not', () => {
  itReadsTwins(PAIRS);
});
