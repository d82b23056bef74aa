import { describe } from 'vitest';
import { itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * Everyday frames of the eighteen core-phrase languages (src/chat/crisis-lexicon-other-everyday.ts)
 * that share words with the means, overdose, passive-wish and burden families: each risk sentence
 * next to an everyday twin the rules must leave at NONE. Written for these tests, not taken from
 * the crisis table; the rules alone are checked. Also the poison-swallowed and burden families
 * (src/chat/crisis-lexicon-other-poison.ts), each next to an everyday twin sharing its words.
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
  // Poison already drunk or swallowed (crisis-lexicon-other-poison.ts); the poison bought, an animal
  // that ate it, or an everyday drink stays NONE.
  ['dün gece böcek ilacı içtim', 'CRISIS', 'ahır için fare zehiri aldım', 'NONE'],
  ['kezzap içtim', 'CRISIS', 'zehir gibi kahve içtim', 'NONE'],
  ['ininom ko na yung lason sa ipis', 'CRISIS', 'bumili kami ng lason sa daga para sa bodega', 'NONE'],
  ['я выпил отраву для тараканов', 'CRISIS', 'собака съела крысиный яд', 'NONE'],
  ['я наковталася отрути для щурів', 'CRISIS', 'купила отруту для щурів для сараю', 'NONE'],
  ['ik heb net onkruidverdelger gedronken', 'CRISIS', 'ik heb rattengif gekocht voor de schuur', 'NONE'],
  ['wypiłem płyn do chłodnic', 'CRISIS', 'kot pił z kałuży', 'NONE'],
  ['我刚才喝了一瓶农药', 'CRISIS', '狗吃了老鼠药', 'NONE'],
  ['さっき除草剤を飲んだ', 'CRISIS', '犬が殺鼠剤を食べた', 'NONE'],
  ['방금 제초제 마셨어', 'CRISIS', '강아지가 쥐약을 먹었어', 'NONE'],
  ['شربت مبيد حشرات', 'CRISIS', 'ما شربت سم', 'NONE'],
  ['قرص برنج خوردم', 'CRISIS', 'برای انبار مرگ موش خریدم', 'NONE'],
  ['שתיתי חומר הדברה', 'CRISIS', 'לא שתיתי רעל', 'NONE'],
  ['मैंने कीटनाशक पी लिया', 'CRISIS', 'मैंने दवा खा ली', 'NONE'],
  ['maine sulfas kha liya', 'CRISIS', 'maine dawa kha li', 'NONE'],
  ['em vừa uống thuốc diệt cỏ', 'CRISIS', 'tôi mua thuốc chuột cho kho', 'NONE'],
  // Negated: "I did not (ever) drink rat poison", "don't drink it" (khong, khong he, chua, dung co), with and without accents.
  ['tôi đã uống thuốc chuột', 'CRISIS', 'tôi không uống thuốc chuột', 'NONE'],
  ['toi uong thuoc chuot roi', 'CRISIS', 'toi khong he uong thuoc chuot', 'NONE'],
  ['em vừa uống thuốc trừ sâu', 'CRISIS', 'đừng có uống thuốc trừ sâu nhé', 'NONE'],
  ['aku udah nenggak pemutih', 'CRISIS', 'aku minum obat flu', 'NONE'],
  ['ήπια φυτοφάρμακο', 'CRISIS', 'δεν ήπια δηλητήριο', 'NONE'],
  ['jag drack ogräsmedel', 'CRISIS', 'jag har svalt hela dagen', 'NONE'],
  ['jeg har drukket frostvæske', 'CRISIS', 'jeg er gift og drakk kaffe', 'NONE'],
  // Everyone / the family better off without me (burden); a plan or a party stays NONE.
  ['батькам буде легше без мене', 'CONCERN', 'всім буде краще, якщо я прийду раніше', 'NONE'],
  ['沒有我家人會更輕鬆', 'CONCERN', '我吃了药', 'NONE'],
  ['내가 없는 게 가족한테 나아', 'CONCERN', '약 먹었어', 'NONE'],
  ['عيلتي رح تكون احسن بدوني', 'CONCERN', 'شربت الدوا', 'NONE'],
  ['خانوادم بدون من راحت تر زندگي ميكنن', 'CONCERN', 'دارو خوردم', 'NONE'],
  ['למשפחה שלי יהיה קל יותר בלעדיי', 'CONCERN', 'שתיתי קפה', 'NONE'],
  ['không có em thì cả nhà sẽ vui hơn', 'CONCERN', 'bữa tiệc không có tôi vẫn vui', 'NONE'],
  ['keluargaku lebih tenang tanpa aku', 'CONCERN', 'pestanya lebih seru tanpa aku', 'NONE'],
  ['mas maayos ang pamilya ko kung wala na ako', 'CONCERN', 'uminom ako ng gamot', 'NONE'],
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
  'mereka main lebih baik tanpa aku di tim',
  'mas masaya sila kung wala ako sa party',
  '派对没有我更好玩',
  '比賽沒有我更順利',
];

describe('everyday frames of the eighteen core-phrase languages', () => {
  itReadsTwins(PAIRS);
  itStaysNone(NONE);
});
