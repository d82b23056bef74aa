import { describe } from 'vitest';
import { itReadsOthers, itReadsTwins, itStaysNone, type TwinPair } from './crisis-table/twins';

/**
 * The round 29b families of the eighteen core-phrase languages (src/chat/crisis-lexicon-other-r29-
 * {west,east,roman}.ts, and the Hinglish past-attempt frame read as English), each next to a benign
 * twin that shares its words. Written for these tests, not taken from the crisis table; the rules
 * alone are checked. A pair is [risk message, its level, benign twin, the twin's level].
 */
const PAIRS: readonly TwinPair[] = [
  // Ending it once decided; a method place with "then it is over".
  ['ik maak er morgen een einde aan, het is besloten', 'CRISIS', 'ik wil er echt geen eind aan maken, ben alleen moe', 'NONE'],
  ['jutro w nocy z tym skończę, mam dość', 'CRISIS', 'jutro skończę raport, mam dość pracy', 'NONE'],
  ['vanavond ga ik naar de spoorlijn en dan is het voorbij', 'CRISIS', 'vanavond ga ik naar de spoorlijn kijken, de treinen zijn mooi', 'NONE'],
  ['jeg kjører ut i fjorden i natt', 'CRISIS', 'jeg kjører ut til fjorden i natt for å fiske', 'NONE'],
  ['efter jobbet åker jag upp på bron och hoppar', 'CRISIS', 'efter jobbet åker jag till bron och hoppar i vattnet med barnen', 'NONE'],
  ['tha pidhksw apo thn taratsa apopse', 'CRISIS', 'tha anevw sthn taratsa apopse na dw ta asteria', 'NONE'],
  ['lusa gw lompat dari flyover deket kantor', 'CRISIS', 'lusa gw lewat flyover deket kantor', 'NONE'],
  ['az posht bam miparam emshab', 'CRISIS', 'az posht bam gol mikharam emshab', 'NONE'],
  ['이번엔 진짜 새벽에 한강 간다', 'CRISIS', '주말에 친구랑 한강 가서 치킨 먹을 거야', 'NONE'],
  ['今夜 せんろに とびこむ', 'CRISIS', '今夜 せんろの近くを さんぽする', 'NONE'],
  // Means gathered, waiting until everyone sleeps; pills already swallowed.
  ['tabletky vid tysku vsi v mene, vvecheri koly vsi zasnut', 'CRISIS', 'tabletky vid tysku vzhe pryinyala, vvecheri pidu spaty', 'NONE'],
  ['пігулки в мене, коли всі ляжуть спати', 'CRISIS', 'пігулки в мене в сумці, якщо що', 'NONE'],
  ['אגרתי את הכדורים של אבא', 'CRISIS', 'אגרתי את הכדורים של הטניס במחסן', 'NONE'],
  ['सब गोलियाँ इकट्ठी कर ली हैं', 'CRISIS', 'सब किताबें इकट्ठी कर ली हैं', 'NONE'],
  ['maine poori neend ki goliyan kha li', 'CRISIS', 'maine poori pizza kha li', 'NONE'],
  ['khadt kol el bershamat', 'CRISIS', 'khadt kol el kotob', 'NONE'],
  ['hame ghorsaro khordam alan', 'CRISIS', 'ghorsamo tebghe dastur doktor khordam', 'NONE'],
  ['inipon ko na yung mga pampatulog ni lola', 'CRISIS', 'inipon ko na yung mga resibo ni lola', 'NONE'],
  ['de hele strip oxazepam is op, voel me wazig', 'CRISIS', 'de hele pot pindakaas is op, sorry', 'NONE'],
  // Preparation and farewell.
  ['brieven voor de kinderen liggen klaar. bedankt voor alles', 'CRISIS', 'ik heb de kinderen op school afgezet. bedankt voor alles', 'NONE'],
  ['dałam siostrze biżuterię i laptopa, mnie już nie będą potrzebne', 'CRISIS', 'dałam siostrze laptopa, bo kupiłam nowy', 'NONE'],
  ['залишила лист сину і віддала кота сусідці', 'CRISIS', 'залишила кота сусідці, бо їду у відпустку', 'NONE'],
  ['הכלב אצל אמא, כתבתי מכתב לכל אחד. תודה על הכל', 'CRISIS', 'הכלב אצל אמא כי אני בחו״ל. תודה על הכל', 'NONE'],
  ['kucing udah gw titip, hutang udah lunas, pamit ya semua', 'CRISIS', 'hutang udah lunas, sekarang mau liburan', 'NONE'],
  ['고양이는 언니한테 맡겼고 비번도 적어놨어 그동안 고마웠어', 'CRISIS', '고양이는 언니한테 맡겼어 여행 가거든', 'NONE'],
  ['狗狗託給室友了，卡的密碼寫在紙上，再見了', 'CRISIS', '狗狗託給室友了，我下週回來', 'NONE'],
  ['gửi con chó cho em gái rồi, mật khẩu thẻ ghi trong ví, cảm ơn mọi người', 'CRISIS', 'gửi con chó cho em gái rồi, mai đi công tác', 'NONE'],
  // Abuse now: a door broken or hiding while he says he will kill me.
  ['on się dobija, mówi że mnie zatłucze, schowałam się w piwnicy', 'CRISIS', 'mama mówi że mnie zatłucze jak nie posprzątam pokoju', 'NONE'],
  ['я спряталась в ванной, он сказал что убьет меня', 'CRISIS', 'я спряталась в ванной от гостей, было неловко', 'NONE'],
  ['каже що вб\'є мене, я замкнулась з дітьми', 'CRISIS', 'мама каже що вб\'є мене, якщо я знову запізнюсь', 'NONE'],
  ['fwnazei oti tha me skotosei, eimai kleidomenh sto dwmatio', 'CRISIS', 'h mama fwnazei oti tha me skotosei an argisw pali', 'NONE'],
  ['han slår på dörren och säger att han ska döda mig, jag gömmer mig', 'CRISIS', 'han säger att han ska döda mig i schack ikväll', 'NONE'],
  ['eshta2 beyksar el bab w bey2ol hay2telni', 'CRISIS', 'mama hat2telni law ta2akhart tani', 'NONE'],
  ['mige mikoshamet, ba bache tu otagh ghayem shodam', 'CRISIS', 'tu otagh ghayem shodam ke bache peydam nakone', 'NONE'],
  ['他在砸門，說要殺了我，我鎖在廁所', 'CRISIS', '他在砸核桃，說要給我吃', 'NONE'],
  ['今トイレに隠れてる 出てきたら殺すって言ってる', 'CRISIS', '今トイレに隠れてる 宿題やりたくない', 'NONE'],
  ['suami ngamuk di luar kamar, katanya mau bunuh saya', 'CRISIS', 'suami ngamuk karena timnya kalah', 'NONE'],
  ['kinakalampag nya yung pinto, papatayin daw nya ako', 'CRISIS', 'kinakalampag nya yung pinto, gutom na daw sya', 'NONE'],
  // Harm to others with a weapon at hand.
  ['tüfeği aldım, o adamı vuracağım', 'CRISIS', 'tüfeği aldım, ava gidiyoruz', 'NONE'],
  ['mam siekierę w aucie, zaraz go zatłukę', 'CRISIS', 'mam siekierę w aucie, jedziemy rąbać drewno', 'NONE'],
  ['βρήκα το όπλο του πατέρα μου, θα τον πυροβολήσω', 'CRISIS', 'βρήκα το όπλο του πατέρα μου στη σοφίτα, τι να το κάνω', 'NONE'],
  ['tar med kniven, hun skal dø i natt', 'CRISIS', 'tar med kniven til hytta, vi skal lage mat', 'NONE'],
  ['معي مسدس، راح اقتله الحين', 'CRISIS', 'معي مسدس ماء للعيال', 'NONE'],
  // More of the same families in further languages and spellings.
  ['ik heb een mes gepakt, vanavond moet die gast eraan', 'CRISIS', 'ik heb een mes gepakt, vanavond moet die taart eraan', 'NONE'],
  ['al mijn slaappillen heb ik opgespaard en verstopt', 'CRISIS', 'al mijn kleingeld heb ik opgespaard en verstopt', 'NONE'],
  ['herkese veda ediyorum, kuşumu komşuya emanet ettim', 'CRISIS', 'kuşumu komşuya emanet ettim, tatile gidiyoruz', 'NONE'],
  ['собаку пристроила к сестре, записка на столе', 'CRISIS', 'собаку пристроила к сестре на время ремонта', 'NONE'],
  ['han slår mig och skriker att han ska döda mig', 'CRISIS', 'han slår mig alltid i tennis', 'NONE'],
  ['i natt tar jeg alle sovepillene', 'CRISIS', 'i natt tar jeg nattevakt på jobben', 'NONE'],
  ['hun truet med å drepe meg, jeg har gjemt meg i kjelleren', 'CRISIS', 'jeg har gjemt meg i kjelleren for å sove litt', 'NONE'],
  ['δεν αντέχω πια, απόψε τα τελειώνω', 'CRISIS', 'απόψε τελειώνω τη δουλειά νωρίς', 'NONE'],
  ['もう無理 くびつる', 'CRISIS', 'もう無理 ねむい', 'NONE'],
  ['내가 없으면 엄마가 더 편할 텐데', 'CONCERN', '내가 없으면 동생이 설거지를 해야 해', 'NONE'],
  ['mama bet2ol baba beyedrabni w ana mestakhabeya', 'CRISIS', 'ana mestakhabeya men el mozakra', 'NONE'],
  ['میگه منو میکشه، تو حموم قایم شدم', 'CRISIS', 'تو حموم قایم شدم که بچه پیدام نکنه', 'NONE'],
  ['ani metkavenet lehitabed hayom', 'CRISIS', 'ani metkavenet lalechet lakenyon hayom', 'NONE'],
  ['jeena nahi hai mujhe, aaj raat sab khatam kar dungi', 'CRISIS', 'aaj raat sab kaam khatam kar dungi', 'NONE'],
  // First-person intent typed in Latin letters, next to its negation.
  ['thelw na pethanw, telos', 'CRISIS', 'den thelw na pethanw, apla eimai kourasmenh', 'NONE'],
  ['ra7 a2tel nafsi', 'CRISIS', 'ana msh ha2tel nafsi ya3ni', 'NONE'],
  ['bedi ente7er', 'CRISIS', 'bedi enzal 3al balad', 'NONE'],
  ['ani rotza lamut', 'CRISIS', 'ani lo rotza lamut, rak ayefa', 'NONE'],
  ['ne khochu bilshe zhyty', 'CRISIS', 'ne khochu bilshe pratsyuvaty tut', 'NONE'],
  ['khochu pomerty', 'CRISIS', 'ne khochu pomerty, prosto vtomylas', 'NONE'],
  ['pokonchu s soboy segodnya', 'CRISIS', 'pokonchu s rabotoy segodnya', 'NONE'],
  ['dige mikham khodkoshi konam', 'CRISIS', 'nemikham khodkoshi konam, faghat khaste am', 'NONE'],
  ['mikham bemiram', 'CRISIS', 'mikham bemiram az khande', 'NONE'],
  ['khudkushi kar lunga aaj', 'CRISIS', 'sab kaam khud kar lunga aaj', 'NONE'],
  ['aaj raat main mar jaungi', 'CRISIS', 'garmi se main mar jaungi yaar', 'NONE'],
  // A past attempt is history only with "now I am fine" after it; an attempt at work only with the patient or shift.
  ['tien jaar geleden deed ik een zelfmoordpoging en nu denk ik er weer aan', 'CONCERN', 'tien jaar geleden deed ik een zelfmoordpoging, nu gaat het heel goed', 'NONE'],
  ['5 lat temu próbowałam popełnić samobójstwo i znowu o tym myślę', 'CONCERN', '5 lat temu próbowałam popełnić samobójstwo, dziś jestem szczęśliwa', 'NONE'],
  ['三年前自杀未遂过，最近又开始想了', 'CONCERN', '三年前自杀未遂过，现在过得很好', 'NONE'],
  ['πριν δύο χρόνια έκανα απόπειρα αυτοκτονίας και πάλι το σκέφτομαι', 'CONCERN', 'πριν δύο χρόνια έκανα απόπειρα αυτοκτονίας, τώρα είμαι καλά', 'NONE'],
  ['3 tahun lalu aku pernah coba bunuh diri, sekarang kepikiran lagi', 'CONCERN', '3 tahun lalu aku pernah coba bunuh diri, sekarang udah bahagia', 'NONE'],
  ['jeg er sykepleier og har selv gjort et selvmordsforsøk', 'CONCERN', 'jeg er sykepleier, i natt fikk vi inn et selvmordsforsøk', 'NONE'],
  ['저는 간호사인데 저도 자살 시도를 했어요', 'CONCERN', '저는 간호사인데 어제 자살 시도 환자가 왔어요', 'NONE'],
  ['ben hemşireyim ve geçen ay intihar girişiminde bulundum', 'CONCERN', 'ben hemşireyim, dün intihar girişimi olan bir hasta geldi', 'NONE'],
  ['من پرستارم و خودم اقدام به خودکشی کردم', 'CONCERN', 'من پرستارم، دیروز یه بیمار اقدام به خودکشی داشتیم', 'NONE'],
  // Concern: no hope, no point in living, a burden, in more languages and spellings.
  ['ik zie het nut van mijn leven niet meer', 'CONCERN', 'ik zie het nut van die vergadering niet meer', 'NONE'],
  ['nie widzę już żadnej nadziei', 'CONCERN', 'nie widzę już żadnej nadziei na awans w tej firmie', 'NONE'],
  ['det finns inget hopp', 'CONCERN', 'det finns inget hopp för laget i år', 'NONE'],
  ['δεν έχω καμία ελπίδα πια', 'CONCERN', 'δεν έχω καμία ιδέα πια', 'NONE'],
  ['kanena elpida den exw pia', 'CONCERN', 'kanena provlhma den exw pia', 'NONE'],
  ['我只是爸妈的累赘', 'CONCERN', '我只是爸妈的司机', 'NONE'],
  ['אין לי בשביל מה לחיות', 'CONCERN', 'אין לי בשביל מה לקום מוקדם מחר', 'NONE'],
  ['gue cuma nyusahin keluarga', 'CONCERN', 'gue cuma nyobain resep keluarga', 'NONE'],
  ['wala na talaga akong pag-asa', 'CONCERN', 'wala na talaga akong pera', 'NONE'],
  ['ya obuza dlya semyi', 'CONCERN', 'ya zabota dlya semyi', 'NONE'],
  ['ana 3eb2 3ala ahli', 'CONCERN', 'ana ba7eb ahli', 'NONE'],
  ['sarbare hame shodam', 'CONCERN', 'sare kar shodam', 'NONE'],
  ['kash bemiram', 'CONCERN', 'kash beram safar', 'NONE'],
  // Concern: urge to cut, burden, no way out, not waking, death thoughts, pain.
  ['znovu tyahne porizatysia', 'CONCERN', 'znovu tyahne pospaty', 'NONE'],
  ['hochetsya opyat porezatsya', 'CONCERN', 'hochetsya opyat poest', 'NONE'],
  ['weer die drang om in mijn been te snijden', 'CONCERN', 'weer die drang om groente te snijden voor de soep', 'NONE'],
  ['θέλω πάλι να κοπώ', 'CONCERN', 'θέλω πάλι να κουρευτώ', 'NONE'],
  ['pgn nyilet lagi rasanya', 'CONCERN', 'pengen makan nasi padang lagi', 'NONE'],
  ['føler meg som en byrde for ungene', 'CONCERN', 'føler meg som en ny person etter ferien', 'NONE'],
  ['jag är bara en börda för alla', 'CONCERN', 'jag bar bara en väska', 'NONE'],
  ['я для всех обуза', 'CONCERN', 'я для всех приготовила ужин', 'NONE'],
  ['صرت عبء على عيالي', 'CONCERN', 'صرت اعرف الطريق', 'NONE'],
  ['私がいない方がみんな幸せになれる', 'CONCERN', '私がいない間、みんな楽しんでた', 'NONE'],
  ['nefsi anam w mas7ash tani', 'CONCERN', 'nefsi anam badri el naharda', 'NONE'],
  ['na min ksipnisw pote', 'CONCERN', 'na min ksexaseis to kleidi', 'NONE'],
  ['sana hindi na lang ako magising', 'CONCERN', 'sana maaga ako magising', 'NONE'],
  ['keşke sabah hiç uyanmasam', 'CONCERN', 'keşke sabah erken uyansam', 'NONE'],
  ['det är ingen idé att stoppa mig, imorgon är det slut', 'CRISIS', 'ingen idé att ringa mig imorgon', 'NONE'],
  ['życie bez wyjścia, czuję się jak w pułapce', 'CONCERN', 'pokój ma dwa wyjścia', 'NONE'],
  ['wciąż widzę, jak wjeżdżam pod ciężarówkę', 'CONCERN', 'wciąż widzę, jak wjeżdżam na parking', 'NONE'],
  ['אני לא רואה שום תקווה', 'CONCERN', 'אני לא רואה שום דבר בלי משקפיים', 'NONE'],
  ['יש לי מחשבות על מוות כל הזמן', 'CONCERN', 'יש לי מחשבות על מעבר דירה', 'NONE'],
  ['이제 희망이 하나도 없어', 'CONCERN', '이제 숙제가 하나도 없어', 'NONE'],
  ['我的人生就是个死胡同', 'CONCERN', '这条街是个死胡同', 'NONE'],
  ['این درد دیگه قابل تحمل نیست', 'CONCERN', 'این گرما دیگه قابل تحمل نیست', 'NONE'],
  ['ağrılar yüzünden artık yaşayamıyorum', 'CONCERN', 'ağrılar için ilaç aldım', 'NONE'],
];

/** Someone else's risk (CONCERN for others), each next to a twin that is nobody's risk. */
const OTHERS: ReadonlyArray<readonly [string, string]> = [
  ['mijn zoon heeft gisteren tegen zijn juf gezegd dat hij niet meer wil leven', 'mijn zoon heeft gisteren tegen zijn juf gezegd dat hij niet meer wil voetballen'],
  ['mój uczeń napisał w wypracowaniu, że ma odłożone leki', 'mój uczeń napisał w wypracowaniu, że ma psa'],
  ['öğrencim deftere "ölmek istiyorum" yazmış', 'öğrencim deftere "tatile gitmek istiyorum" yazmış'],
  ['одногруппник написал, что скоро всех освободит от себя', 'одногруппник написал, что скоро всех угостит пиццей'],
  ['мій побратим написав: це останнє повідомлення', 'мій побратим написав: завтра повертаюсь'],
  ['η μαθήτριά μου έγραψε ότι θέλει να πεθάνει', 'η μαθήτριά μου έγραψε ότι θέλει να γίνει γιατρός'],
  ['min elev skrev att hon har samlat tabletter', 'min elev skrev att hon har samlat frimärken'],
  ['dattera mi skrev at hun ikke orker å leve', 'dattera mi skrev at hun ikke orker å gå på skolen'],
  ['堂哥在群里发了“这是最后一条了”，现在联系不上', '堂哥在群里发了“这是最后一条红包了”'],
  ['友達が「生きてる意味ない」ってlineしてきた', '友達が「明日ひま？」ってlineしてきた'],
  ['동생이 유서 같은 걸 보냈어', '동생이 사진 같은 걸 보냈어'],
  ['בתי כתבה לי ששמעה שחבר שלה שלח סליחה על הכל וכיבה את הטלפון', 'חבר שלי שלח תמונה מהחופשה'],
  ['siswa saya nulis di kertas aku pengen mati', 'siswa saya nulis di kertas aku pengen liburan'],
  ['yung pinsan ko nag-post ng paalam sa inyong lahat', 'yung pinsan ko nag-post ng picture sa beach'],
  ['kuzenim instagramda herkese veda etti, telefonu kapalı', 'kuzenim instagramda tatil fotoğrafı paylaştı'],
  ['언니가 카톡에 마지막 인사 올리고 연락이 안 돼요', '언니가 카톡에 여행 사진 올리고 연락이 안 돼요'],
  ['خواهرم تو اینستا نوشته خداحافظ برای همیشه و گوشیش خاموشه', 'خواهرم تو اینستا نوشته تولدم مبارک'],
  ['sabi ng kapatid ko gusto na niyang mamatay', 'sabi ng kapatid ko gusto na niyang umuwi'],
  ['sa7bti katabet enha bada tmoot', 'sa7bti katabet enha bada tsafer'],
  ['khaharam nevesht mikhad khodkoshi kone', 'khaharam nevesht mikhad mohajerat kone'],
];

/** Past attempts told as recovered, work, idioms and negations with the families' words. */
const NONE: readonly string[] = [
  '死にたいとかは全くないです、疲れてるだけ',
  'hôm qua thua trận, bực muốn chết luôn',
  'saya perawat, tadi ada pasien percobaan bunuh diri di igd',
  'אני חובשת ואתמול טיפלנו בניסיון התאבדות',
  'قبل عشر سنين حاولت انتحر والحمد لله اليوم انا بخير',
  'yıllar önce intihar girişimim olmuştu ama şimdi mutluyum',
  'kolys ya dumav pro samohubstvo, ale zaraz vse dobre',
  '3 saal pehle maine suicide attempt kiya tha, ab main bilkul theek hoon',
  'ik wil er echt geen eind aan maken, ben gewoon moe',
  'yarın erken uyanmasam keşke, çok yorgunum',
  '내일 아침 옥상에 올라갈 거예요, 빨래 널러요',
];

describe('r29b families of the eighteen core-phrase languages', () => {
  itReadsTwins(PAIRS);
  itReadsOthers(OTHERS);
  itStaysNone(NONE);
});
