import { describe } from 'vitest';
import { itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * Everyday frames of the eighteen core-phrase languages (src/chat/crisis-lexicon-other-everyday.ts)
 * that share words with the means, overdose, passive-wish and burden families: each risk sentence
 * next to an everyday twin the rules must leave at NONE. Written for these tests, not taken from
 * the crisis table; the rules alone are checked.
 */
const PAIRS: readonly TwinPair[] = [
  // Medicine picked up at a pharmacy or on a prescription; the same pills with an intent stay CRISIS.
  ['eczaneden uyku haplarını aldım bu gece hepsini içeceğim', 'CRISIS', 'annemin ilaçlarını eczaneden aldım', 'NONE'],
  ['uyku haplarını biriktirdim', 'CRISIS', 'doktor reçetesiyle uyku hapları aldım', 'NONE'],
  ['aku beli obat tidur di apotek, mau minum semua biar mati', 'CRISIS', 'aku beli obat tidur di apotek pakai resep dokter', 'NONE'],
  ['kupiłam tabletki w aptece, dziś wieczorem połknę wszystkie', 'CRISIS', 'kupiłam leki w aptece dla babci', 'NONE'],
  ['купила снотворное в аптеке, чтобы выпить все сразу', 'CRISIS', 'купила снотворное в аптеке по рецепту', 'NONE'],
  ['αγόρασα υπνωτικά χάπια', 'CRISIS', 'αγόρασα υπνωτικά χάπια από το φαρμακείο με συνταγή', 'NONE'],
  // Poison bought for pests; the same poison to drink, or kept at hand for tonight, stays CRISIS.
  ['beli racun tikus buat diminum', 'CRISIS', 'beli racun kecoa buat dapur', 'NONE'],
  ['udah minum obat nyamuk cair sebotol', 'CRISIS', 'aku beli racun tikus di warung', 'NONE'],
  ['bumili ako ng lason sa daga para inumin ko', 'CRISIS', 'bumili kami ng lason sa ipis', 'NONE'],
  // Someone asked whether the medicine was taken; a report that it was all taken stays CRISIS.
  ['睡眠薬を全部飲んだ、もう終わりにしたい', 'CRISIS', '先生に薬は全部飲んだか確認された', 'NONE'],
  ['엄마 몰래 약 다 먹었어', 'CRISIS', '엄마가 약 다 먹었냐고 물었어', 'NONE'],
  ['ininom ko lahat ng gamot', 'CRISIS', 'tinanong ako ng doktor kung ininom ko lahat ng gamot', 'NONE'],
  ['ik heb al mijn pillen ingenomen', 'CRISIS', 'mama vroeg of ik al mijn pillen had ingenomen', 'NONE'],
  ['شربت كل الدوا', 'CRISIS', 'الدكتور سألني إذا شربت كل الدوا', 'NONE'],
  // A wish not to have been at a place or event; a wish not to exist stays CONCERN.
  ['کاش نبودم تو این دنیا', 'CONCERN', 'کاش دیشب نبودم تو اون جلسه', 'NONE'],
  ['הלוואי שלא הייתי בחיים', 'CONCERN', 'הלוואי שלא הייתי בחתונה הזאת', 'NONE'],
  // "Better without me" at an event or in a game; in their lives or the family it stays CONCERN.
  ['de har det bättre utan mig i deras liv', 'CONCERN', 'de spelade bättre utan mig i andra halvlek', 'NONE'],
  ['familjen klarar sig bättre utan mig', 'CONCERN', 'laget klarar sig bättre utan mig på matchen', 'NONE'],
  ['alle har det bedre uten meg', 'CONCERN', 'laget klarte seg bedre uten meg i andre omgang', 'NONE'],
  ['всем будет лучше без меня', 'CONCERN', 'команда играла лучше без меня', 'NONE'],
  ['私がいない方がみんな幸せ', 'CONCERN', 'パーティーは私がいない方が盛り上がった', 'NONE'],
];

/** The everyday sentences the screen once raised, and more of the same frames. */
const NONE: readonly string[] = [
  'uyku haplarını eczaneden aldım',
  'beli racun tikus',
  '薬を全部飲んだ？って聞かれた',
  'کاش نبودم اونجا',
  'bättre utan mig på festen',
  'det er bedre uten meg på festen',
  'festen var bedre uden mig',
  'de hade det bättre utan mig på festen igår',
  '약 다 먹었냐고 물어봤어',
  '薬を全部飲んだか確認した',
  'کاش نبودم سر اون کلاس',
  'הלוואי שלא הייתי שם כשזה קרה',
  'ada tikus di dapur jadi beli racun tikus',
];

describe('everyday frames of the eighteen core-phrase languages', () => {
  itReadsTwins(PAIRS);
  itStaysNone(NONE);
});
