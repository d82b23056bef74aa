import { describe } from 'vitest';
import { itReadsOthers, itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * The round 28b families of the eighteen core-phrase languages (src/chat/crisis-lexicon-other-r28-west.ts
 * and -east.ts, and the Taglish/Indonesian report frame in crisis-lexicon-other.ts), each next to a
 * benign twin that shares its words. Written for these tests, not taken from the crisis table; the
 * rules alone are checked. A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // An overdose: a large number or all of some pills swallowed.
  ['ik heb zojuist 25 slaappillen geslikt', 'CRISIS', 'ik heb 2 paracetamol genomen tegen de hoofdpijn', 'NONE'],
  ['babamın uyku haplarının hepsini yuttum', 'CRISIS', 'babamın uyku haplarının kutusunu çöpe attım', 'NONE'],
  ['jag har svalt alla mina sömntabletter', 'CRISIS', 'jag har glömt alla mina sömntabletter hemma', 'NONE'],
  ['наглотался снотворного, голова кружится', 'CRISIS', 'наглотался воды в бассейне, голова кружится', 'NONE'],
  ['吃了一整瓶止痛药', 'CRISIS', '吃了一整碗米饭', 'NONE'],
  ['شربت علبة حبوب النوم كلها', 'CRISIS', 'شربت كاسة شاي وحبة بنادول للصداع', 'NONE'],
  ['saya udah nelen racun tikus', 'CRISIS', 'saya udah pasang racun tikus di gudang', 'NONE'],
  ['मैंने जहर पी लिया है', 'CRISIS', 'मैंने चाय पी ली है', 'NONE'],
  // A method at hand: a place with a jump, a rope tied, a gun turned on oneself.
  ['köprünün ortasındayım, kendimi köprüden atacağım', 'CRISIS', 'köprünün ortasındayım, trafik çok yoğun', 'NONE'],
  ['我现在在楼顶，想往下跳', 'CRISIS', '我现在在楼顶晒被子', 'NONE'],
  ['đang đứng trên sân thượng, muốn nhảy xuống', 'CRISIS', 'đang đứng trên sân thượng phơi quần áo', 'NONE'],
  ['aku mau gantung diri malam ini', 'CRISIS', 'aku mau gantung baju malam ini', 'NONE'],
  ['nasa tulay ako ngayon, tatalon na ako', 'CRISIS', 'nasa tulay ako ngayon, traffic sobra', 'NONE'],
  ['طناب رو بستم به تیر سقف', 'CRISIS', 'طناب رخت رو بستم به درخت حیاط', 'NONE'],
  ['אני הולכת לירות בעצמי', 'CRISIS', 'אני הולכת לטווח לירות במטרות', 'NONE'],
  ['pankhe se latak jaungi aaj', 'CRISIS', 'pankhe ki safai karungi aaj', 'NONE'],
  ['jag står vid spåret och tåget kommer snart', 'CRISIS', 'jag står vid perrongen och väntar på tåget till jobbet', 'NONE'],
  // Preparation and giving away "since I won't need them".
  ['oddałam kuzynce rower i laptopa, mi już nie będą potrzebne', 'CRISIS', 'oddałam kuzynce rower, bo kupiłam nowy', 'NONE'],
  ['отдал кота соседке, мне скоро уже ничего не понадобится', 'CRISIS', 'отдал кота соседке на выходные, пока я в командировке', 'NONE'],
  ['דיברתי עם אחי ונתתי לו את המחשב, כבר לא אצטרך אותו יותר', 'CRISIS', 'נתתי לאחי את המחשב הישן כי קניתי חדש', 'NONE'],
  ['gitarımı kardeşime verdim, vasiyetimi yazdım, borçlarımı da ödedim', 'CRISIS', 'gitarımı kardeşime verdim, borçlarımı da ödedim', 'NONE'],
  ['我把银行卡密码写给我妹了，狗也送人了', 'CRISIS', '我把wifi密码写给我妹了', 'NONE'],
  ['유서 써놨고 비밀번호도 적어놨어 정리 다 끝났어', 'CRISIS', '비밀번호 적어놨어 까먹을까봐', 'NONE'],
  ['cái laptop cho em gái rồi, từ mai tao không cần nữa', 'CRISIS', 'cái laptop cho em gái rồi, tao mua cái mới', 'NONE'],
  // Farewell.
  ['dit is mn allerlaatste appje aan jullie', 'CRISIS', 'dit is mn laatste tentamen van het jaar', 'NONE'],
  ['takk for alt, dette er siste melding fra meg', 'CRISIS', 'takk for maten, det var godt', 'NONE'],
  ['谢谢妈妈，下辈子再见', 'CRISIS', '谢谢妈妈，明天再见', 'NONE'],
  ['هذي آخر رسالة مني، سامحوني', 'CRISIS', 'هذي رسالة من مديري عن الاجتماع', 'NONE'],
  ['ευχαριστώ για όλα, όταν δεν θα είμαι εδώ να είστε καλά', 'CRISIS', 'ευχαριστώ για όλα, τα λέμε την Τρίτη', 'NONE'],
  // Abuse happening now; a threat with the weapon at hand.
  ['ik heb me opgesloten in de wc, hij schreeuwt dat hij me gaat vermoorden', 'CRISIS', 'ik heb me opgesloten in de wc om even rust te hebben', 'NONE'],
  ['заперлась в туалете, он орет что убьет меня', 'CRISIS', 'заперлась в туалете, чтобы спокойно поговорить по телефону', 'NONE'],
  ['han slår mig just nu', 'CRISIS', 'han slår rekord varje gång han springer', 'NONE'],
  ['sinasaktan ako ng asawa ko ngayon, nagtatago ako', 'CRISIS', 'masakit ang ulo ko ngayon, magpapahinga ako', 'NONE'],
  ['pistolet wujka mam w aucie, wiem gdzie mieszka ten gość', 'CRISIS', 'pistolet na wodę mam w aucie dla dzieci', 'NONE'],
  ['ніж під подушкою, я його заріжу', 'CRISIS', 'ніж на кухні, я наріжу хліба', 'NONE'],
  // Jumping, "I won't be here tomorrow", "don't want to live", pills taken, in more languages.
  ['ik spring vannacht van het dak', 'CRISIS', 'ik spring vannacht van het dak van de schuur in het water met de jongens', 'NONE'],
  ['morgen ben ik er niet meer, sorry', 'CRISIS', 'morgen ben ik er niet meer want ik ga op vakantie', 'NONE'],
  ['jeg har slukt alle sovepillene', 'CRISIS', 'jeg har tatt alle pillene i morges som legen sa', 'NONE'],
  ['jag har tagit alla tabletterna i burken', 'CRISIS', 'har tagit alla mina tabletter för idag, nu blir det frukost', 'NONE'],
  ['过了今晚我就不在了', 'CRISIS', '明天我就不在公司了，请假', 'NONE'],
  ['진짜 살기 싫어', 'CRISIS', '이런 동네에서 살기 싫어', 'NONE'],
  ['خودمو از پل پرت میکنم پایین', 'CRISIS', 'توپو از پل پرت کردم پایین', 'NONE'],
  ['אני אקפוץ מהגג הלילה', 'CRISIS', 'אני אקפוץ מחר לבקר את סבתא', 'NONE'],
  ['tối nay tao uống hết cả lọ thuốc ngủ', 'CRISIS', 'tối nay tao uống hết hộp sữa', 'NONE'],
  ['ngày mai tôi sẽ không còn trên đời nữa', 'CRISIS', 'mai tôi không còn ở đây nữa, tôi chuyển nhà', 'NONE'],
  ['main aaj suicide kar lunga', 'CRISIS', 'main aaj assignment submit kar lunga', 'NONE'],
  // Hanging, veins cut, a kill/stab threat with the weapon at hand.
  ['ik steek hem neer, het mes ligt klaar', 'CRISIS', 'ik steek hem de hand toe, hij is nieuw hier', 'NONE'],
  ['zabiję go, nóż mam w kieszeni', 'CRISIS', 'zabiję go śmiechem, mam nowy kawał', 'NONE'],
  ['вскрыла вены в ванной', 'CRISIS', 'порезала палец, когда чистила картошку', 'NONE'],
  ['я повішуся сьогодні', 'CRISIS', 'я повішу полицю сьогодні', 'NONE'],
  ['我要杀了他，刀就在包里', 'CRISIS', '我杀了他一局游戏，用的是刀', 'NONE'],
  ['목 매달 거야 오늘', 'CRISIS', '돈에 목맬 거야 이번 달은', 'NONE'],
  ['그 새끼 칼로 찌를 거야', 'CRISIS', '이 수박 칼로 자를 거야', 'NONE'],
  ['رح اشنق حالي الليلة', 'CRISIS', 'رح انشر الغسيل الليلة', 'NONE'],
  ['خودمو دار میزنم امشب', 'CRISIS', 'لباسامو رو بند میزنم امشب', 'NONE'],
  ['אני אתלה את עצמי הלילה', 'CRISIS', 'אני אתלה את הכביסה הלילה', 'NONE'],
  ['फांसी लगा लूंगी आज', 'CRISIS', 'पर्दे लगा लूंगी आज', 'NONE'],
  ['tối nay tôi sẽ treo cổ', 'CRISIS', 'tối nay tôi sẽ treo áo lên móc', 'NONE'],
  ['magbibigti na ako mamaya', 'CRISIS', 'magsasampay na ako mamaya', 'NONE'],
  ['θα κρεμαστώ απόψε', 'CRISIS', 'θα κρεμάσω τα ρούχα απόψε', 'NONE'],
  ['jag ska hänga mig i natt', 'CRISIS', 'jag ska hänga med er på bio i natt', 'NONE'],
  ['papatayin ko siya, may kutsilyo ako dito', 'CRISIS', 'papatayin ko ang ilaw, matutulog na ako', 'NONE'],
  // Concern: an urge to self-harm, burden, pain past bearing, death on the mind, no way out, passive wishes.
  ['ik heb weer de drang om te snijden', 'CONCERN', 'ik heb zin om de taart te snijden', 'NONE'],
  ['опять хочется резать руки', 'CONCERN', 'опять хочется резать салат', 'NONE'],
  ['jestem dla nich tylko obciążeniem', 'CONCERN', 'ta walizka jest tylko obciążeniem w podróży', 'NONE'],
  ['kafamda hep ölüm var', 'CONCERN', 'kafamda hep tatil var', 'NONE'],
  ['ser ingen vei ut av dette', 'CONCERN', 'ser ingen vei ut av parkeringshuset, GPS virker ikke', 'NONE'],
  ['我好想割自己', 'CONCERN', '我好想吃火锅', 'NONE'],
  ['내가 사라지면 엄마가 더 편할 텐데', 'CONCERN', '내가 청소하면 엄마가 더 편할 텐데', 'NONE'],
  ['كاش تصادف كنم و بميرم', 'CONCERN', 'كاش زودتر برسم خونه', 'NONE'],
  ['אין לי כוח יותר לכלום', 'CONCERN', 'אין לי כוח ללכת לחדר כושר היום', 'NONE'],
  ['कोई रास्ता नहीं दिखता अब', 'CONCERN', 'कोई रास्ता बता दो स्टेशन का', 'NONE'],
  ['chán sống quá rồi', 'CONCERN', 'chán ăn cơm quá rồi', 'NONE'],
  ['capek banget hidup, pengen hilang aja', 'CONCERN', 'capek banget kerja, pengen tidur aja', 'NONE'],
  ['sana mawala na lang ako', 'CONCERN', 'sana umulan na lang bukas', 'NONE'],
  ['δεν βλέπω κανένα νόημα πια', 'CONCERN', 'δεν βλέπω κανένα λεωφορείο ακόμα', 'NONE'],
  // Wishing never to have been born; everyone better off without me.
  ['soms wou ik dat ik nooit geboren was', 'CONCERN', 'ik wou dat ik niet geboren was in de winter, te koud', 'NONE'],
  ['ailem bensiz daha mutlu olur', 'CONCERN', 'herkes bensiz daha iyi eğlendi dün', 'NONE'],
  ['要是我不在了，他们会更好', 'CONCERN', '要是我不在公司，你们就去找小王', 'NONE'],
  ['ياريتني ما انولدت', 'CONCERN', 'ياريتني ما رحت عالحفلة', 'NONE'],
  ['main ghar walon pe bojh hoon', 'CONCERN', 'main ghar walon ke saath hoon', 'NONE'],
  ['jag önskar att jag aldrig var född', 'CONCERN', 'jag önskar att jag inte var född på nittiotalet', 'NONE'],
];

/** Someone else's risk, next to a twin that is nobody's risk. */
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['mój kumpel wrzucił zdjęcie broni z podpisem do zobaczenia po drugiej stronie', 'mój kumpel wrzucił zdjęcie psa z wakacji'],
  ['kızım bileklerini kesmiş, hastanedeyiz', 'kızım parmağını kesmiş, yara bandı taktık'],
  ['мой дедушка говорит что скоро к бабушке уйдет', 'мой дедушка говорит что скоро на дачу поедет'],
  ['kaibigan ko nag post ng goodbye world sa fb', 'kaibigan ko nag post ng hello world sa fb'],
  ['temen aku bilang dia udah nyiapin tali', 'temen aku bilang dia udah nyiapin makan'],
  ['मेरी दोस्त कह रही थी कि वो पंखे से लटक जाएगी', 'मेरी दोस्त कह रही थी कि वो कल आएगी'],
  ['mój brat napisał, że się powiesi', 'mój brat napisał, że się spóźni'],
  ['мой брат написал что повесится', 'мой брат написал что опоздает'],
  ['صاحبي قال انه رح يشنق حاله', 'صاحبي قال انه رح يسافر بكرة'],
  ['חבר שלי אמר שהוא יתלה את עצמו', 'חבר שלי אמר שהוא יתלה את התמונה'],
  ['bạn tôi nói nó sẽ treo cổ', 'bạn tôi nói nó sẽ treo tranh'],
  ['min kompis skrev att han ska hänga sig', 'min kompis skrev att han ska hänga med på bio'],
];

/** Past and recovered self-harm, negations and everyday sentences with the families' words. */
const NONE: readonly string[] = [
  '예전에 자해했었는데 지금은 괜찮아요',
  'dulu aku pernah nyilet tangan, sekarang udah 3 tahun bersih',
  '前几年我想过从阳台跳下去，现在好了',
  'ما عندي نية أأذي نفسي أبدا',
  'robię referat o zapobieganiu samobójstwom',
  'toplantı bitti, cuma her şey bitecek proje için',
  'bu benim son mesajım bugün, yarın konuşuruz',
  'купил веревку для белья на балкон',
  'спасибо за все, больше писать не буду сегодня, иду спать',
  'هذا اخر مسج مني اليوم، تصبحوا على خير',
  'همه قرصامو طبق دستور دکتر خوردم',
  'chán sống ở thành phố này quá',
  'mam odłożone wszystkie tabletki na wyjazd',
  'tenker mye på døden til bestemor',
  'tok alle pillene som legen skrev ut, nå er kuren ferdig',
  'חתכתי את עצמי בטעות עם נייר',
  'tôi cắt tay khi nấu ăn',
  'خودمو دار میزنم اگه این فیلمو نبینم',
];

describe('r28b families of the eighteen core-phrase languages', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
  itStaysNone(NONE);
});
