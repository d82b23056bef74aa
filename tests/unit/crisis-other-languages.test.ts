import { describe, expect, it } from 'vitest';
import { assessCrisis, type CrisisAssessment } from '../../src/chat/crisis';
import { mixedFramesInEnglish, screenOtherLanguages } from '../../src/chat/crisis-lexicon-other';

/**
 * The eighteen core-phrase languages (src/chat/crisis-lexicon-other*.ts): per language, messages
 * written for these tests (not taken from the r24 rows): crisis phrasings (intent, a time, method,
 * means), a passive wish or burden (CONCERN), a report about someone else (CONCERN for others), a
 * negation, a film/book/news mention and an idiom (NONE). Then everyday messages that share a
 * family's words ("did you see my last message?", "I'll finish the report tonight") and must stay
 * NONE. The full screen is read (rules and the learned layer).
 * Labels: 'C' CRISIS, 'c' CONCERN or higher (own), 'o' CONCERN for someone else, 'n' NONE.
 */
const CASES: ReadonlyArray<readonly [string, string, 'C' | 'c' | 'o' | 'n']> = [
  // nl
  ['nl', 'Ik wil gewoon dood, ik kan niet meer', 'C'],
  ['nl', 'morgen spring ik van de flat, ik heb het besloten', 'C'],
  ['nl', 'ik heb een touw gekocht en het ligt in de schuur', 'C'],
  ['nl', 'ik hoop dat ik morgen gewoon niet meer wakker word', 'c'],
  ['nl', 'mijn broer zei dat hij zichzelf iets wil aandoen', 'o'],
  ['nl', 'nee hoor, ik heb geen zelfmoordgedachten, alleen slecht geslapen', 'n'],
  ['nl', 'Ik keek gisteren een documentaire over zelfmoord onder jongeren', 'n'],
  ['nl', 'ik ging bijna dood van de hitte vandaag', 'n'],
  // pl
  ['pl', 'chcę umrzeć, nie daję już rady', 'C'],
  ['pl', 'jutro wieczorem skończę ze sobą', 'C'],
  ['pl', 'uzbierałam tabletki, mam ich pełno w szufladzie', 'C'],
  ['pl', 'jestem tylko ciężarem dla rodziny', 'c'],
  ['pl', 'moja siostra napisała, że nie chce już żyć', 'o'],
  ['pl', 'spokojnie, nie mam żadnych myśli samobójczych', 'n'],
  ['pl', 'czytam książkę o samobójstwie poety, ciekawa', 'n'],
  ['pl', 'umieram z nudów na tym wykładzie', 'n'],
  // tr
  ['tr', 'artık yaşamak istemiyorum, kendimi öldürmek istiyorum', 'C'],
  ['tr', 'yarın köprüden atlayacağım', 'C'],
  ['tr', 'ilaçlarımı biriktirdim, bu akşam hepsini içeceğim', 'C'],
  ['tr', 'keşke uyuyup bir daha uyanmasam', 'c'],
  ['tr', 'arkadaşım intihar etmeyi düşündüğünü söyledi', 'o'],
  ['tr', 'intihar etmeyi düşünmüyorum, sadece stresliyim', 'n'],
  ['tr', 'dün intihar hakkında bir belgesel izledim', 'n'],
  ['tr', 'sınav beni öldürüyor ya', 'n'],
  // ru
  ['ru', 'я хочу умереть, больше не могу', 'C'],
  ['ru', 'завтра прыгну с крыши', 'C'],
  ['ru', 'я накопила таблетки, их хватит', 'C'],
  ['ru', 'без меня всем будет легче', 'c'],
  ['ru', 'мой брат говорит, что не хочет жить', 'o'],
  ['ru', 'у меня нет никаких суицидальных мыслей, просто грустно', 'n'],
  ['ru', 'посмотрела фильм про самоубийство подростка', 'n'],
  ['ru', 'я умираю от скуки на этой лекции', 'n'],
  // uk
  ['uk', 'я хочу померти, сил більше немає', 'C'],
  ['uk', 'завтра стрибну з мосту', 'C'],
  ['uk', 'я купила мотузку, вона вже вдома', 'C'],
  ['uk', 'без мене всім буде краще', 'c'],
  ['uk', 'моя сестра каже, що не хоче жити', 'o'],
  ['uk', 'у мене немає суїцидальних думок, просто втомилася', 'n'],
  ['uk', 'дивилася фільм про самогубство, дуже важкий', 'n'],
  ['uk', 'ця робота мене вбиває', 'n'],
  // zh
  ['zh', '我真的想死，撑不下去了', 'C'],
  ['zh', '今晚就去跳楼', 'C'],
  ['zh', '我囤了好多安眠药', 'C'],
  ['zh', '活着没意思，没有我大家会更好', 'c'],
  ['zh', '我妹妹一直说她想死', 'o'],
  ['zh', '我没有自杀的念头，只是失眠', 'n'],
  ['zh', '昨天看了一部关于自杀的纪录片', 'n'],
  ['zh', '累死我了，加班到十点', 'n'],
  // ja
  ['ja', '本当に死にたい。もう無理', 'C'],
  ['ja', '明日、駅のホームから電車に飛び込むつもり', 'C'],
  ['ja', '睡眠薬を集めてある', 'C'],
  ['ja', '生きてる意味がないと思う', 'c'],
  ['ja', '妹が「自殺したい」って言ってる', 'o'],
  ['ja', '死にたいわけじゃないけど、疲れた', 'n'],
  ['ja', '自殺がテーマの小説を読みました', 'n'],
  ['ja', 'お腹すいて死にそう', 'n'],
  // ko
  ['ko', '진짜 죽고 싶어', 'C'],
  ['ko', '옥상에서 뛰어내리려고 해요', 'C'],
  ['ko', '수면제를 모아뒀어요', 'C'],
  ['ko', '살 이유가 없어요', 'c'],
  ['ko', '친구가 자살하고 싶다고 했어요', 'o'],
  ['ko', '자살 생각은 없어요, 그냥 지쳤어요', 'n'],
  ['ko', '자살을 다룬 영화를 봤어요', 'n'],
  ['ko', '더워 죽겠다', 'n'],
  // ar
  ['ar', 'أريد أن أموت، لم أعد أحتمل', 'C'],
  ['ar', 'سأنتحر الليلة', 'C'],
  ['ar', 'اشتريت حبل وهو في غرفتي', 'C'],
  ['ar', 'أنا مجرد عبء على عائلتي', 'c'],
  ['ar', 'صديقي قال إنه يريد أن يموت', 'o'],
  ['ar', 'ما عندي أفكار انتحار، بس تعبان', 'n'],
  ['ar', 'شفت فيلم عن الانتحار امبارح', 'n'],
  ['ar', 'مت من الضحك على النكتة', 'n'],
  // fa
  ['fa', 'می‌خوام بمیرم، دیگه نمی‌کشم', 'C'],
  ['fa', 'فردا شب همه چیزو تموم می‌کنم', 'C'],
  ['fa', 'طناب خریدم', 'C'],
  ['fa', 'هیچ امیدی ندارم', 'c'],
  ['fa', 'خواهرم گفت می‌خواد بمیره', 'o'],
  ['fa', 'به خودکشی فکر نمی‌کنم، فقط غمگینم', 'n'],
  ['fa', 'یه مستند درباره خودکشی دیدم', 'n'],
  ['fa', 'مردم از خستگی امروز', 'n'],
  // he
  ['he', 'אני רוצה למות, אין לי כוח', 'C'],
  ['he', 'אני הולכת לקפוץ מהגג הערב', 'C'],
  ['he', 'אספתי כדורים, יש לי מספיק', 'C'],
  ['he', 'לכולם יהיה יותר טוב בלעדיי', 'c'],
  ['he', 'אחותי אמרה שהיא רוצה להתאבד', 'o'],
  ['he', 'אין לי מחשבות על התאבדות, רק עייפות', 'n'],
  ['he', 'קראתי ספר על התאבדות של משורר', 'n'],
  ['he', 'אני מתה מרעב', 'n'],
  // hi
  ['hi', 'मैं मरना चाहती हूँ', 'C'],
  ['hi', 'mujhe marna hai, ab bas', 'C'],
  ['hi', 'आज रात सब ख़त्म कर दूँगी', 'C'],
  ['hi', 'kash main subah uthun hi nahi', 'c'],
  ['hi', 'mera dost bol raha hai ki wo suicide karna chahta hai', 'o'],
  ['hi', 'main suicidal nahi hoon, bas stress hai', 'n'],
  ['hi', 'maine aatmahatya par ek documentary dekhi', 'n'],
  ['hi', 'maine suicide par ek documentary dekhi', 'n'],
  ['hi', 'has has ke mar gayi yaar', 'n'],
  // vi
  ['vi', 'em muốn chết lắm rồi', 'C'],
  ['vi', 'tối nay em sẽ tự tử', 'C'],
  ['vi', 'em đã gom thuốc ngủ đủ để chết', 'C'],
  ['vi', 'em thấy mình là gánh nặng cho mọi người', 'c'],
  ['vi', 'em gái tôi nhắn là muốn tự tử', 'o'],
  ['vi', 'em không có ý nghĩ tự tử đâu ạ', 'n'],
  ['vi', 'em mới xem một bộ phim về tự tử', 'n'],
  ['vi', 'mệt chết đi được', 'n'],
  // id
  ['id', 'aku pengen mati aja', 'C'],
  ['id', 'besok aku mau loncat dari jembatan', 'C'],
  ['id', 'aku udah nyimpen obat tidur banyak', 'C'],
  ['id', 'aku cuma jadi beban buat keluarga', 'c'],
  ['id', 'adikku cerita dia pengen bunuh diri', 'o'],
  ['id', 'tenang, aku gak ada niat bunuh diri', 'n'],
  ['id', 'aku nonton film tentang bunuh diri kemarin', 'n'],
  ['id', 'mati ketawa baca komen ini', 'n'],
  // tl
  ['tl', 'gusto ko na mamatay', 'C'],
  ['tl', 'tatalon ako sa tulay mamaya', 'C'],
  ['tl', 'bumili ako ng lubid', 'C'],
  ['tl', 'pabigat lang ako sa inyo', 'c'],
  ['tl', 'yung kaibigan ko sabi niya gusto na niya magpakamatay', 'o'],
  ['tl', 'di naman ako suicidal, pagod lang', 'n'],
  ['tl', 'nanood ako ng documentary tungkol sa suicide', 'n'],
  ['tl', 'may balita tungkol sa pagpapakamatay ng isang artista', 'n'],
  ['tl', 'patay na ako sa pagod', 'n'],
  // el
  ['el', 'θέλω να πεθάνω', 'C'],
  ['el', 'αύριο θα πηδήξω από τη γέφυρα', 'C'],
  ['el', 'έχω μαζέψει φάρμακα', 'C'],
  ['el', 'είμαι ένα βάρος για όλους', 'c'],
  ['el', 'ο αδερφός μου λέει ότι θέλει να αυτοκτονήσει', 'o'],
  ['el', 'δεν σκέφτομαι την αυτοκτονία, απλά είμαι λυπημένη', 'n'],
  ['el', 'είδα μια ταινία για την αυτοκτονία ενός ποιητή', 'n'],
  ['el', 'πεθαίνω της πείνας', 'n'],
  // sv
  ['sv', 'jag vill bara dö', 'C'],
  ['sv', 'i natt ska jag ta livet av mig', 'C'],
  ['sv', 'jag har samlat tabletter', 'C'],
  ['sv', 'jag är en börda för alla', 'c'],
  ['sv', 'min bror sa att han vill ta livet av sig', 'o'],
  ['sv', 'jag har inga självmordstankar, bara trött', 'n'],
  ['sv', 'läser en bok om självmord i Norden', 'n'],
  ['sv', 'jag dör av tristess', 'n'],
  // no
  ['no', 'jeg vil bare dø', 'C'],
  ['no', 'jeg skal ta livet av meg i kveld', 'C'],
  ['no', 'jeg har samlet piller', 'C'],
  ['no', 'alle har det bedre uten meg', 'c'],
  ['no', 'søsteren min sa hun vil ta sitt eget liv', 'o'],
  ['no', 'jeg er ikke selvmordstruet, bare sliten', 'n'],
  ['no', 'så en film om selvmord i går', 'n'],
  ['no', 'jeg døde av latter', 'n'],
  // More phrasings: inflections, colloquial and unaccented forms, Greeklish, first-person negations of wanting to die.
  ['nl', 'ik ga mezelf van kant maken', 'C'],
  ['nl', 'ik wil er een einde aan maken', 'C'],
  ['nl', 'ik heb al een afscheidsbrief geschreven', 'C'],
  ['nl', 'iedereen is beter af zonder mij', 'c'],
  ['nl', 'dat examen was echt dodelijk saai', 'n'],
  ['nl', 'mijn dochter praat steeds over zelfmoord', 'o'],
  ['pl', 'nie chcę już żyć', 'C'],
  ['pl', 'mam ochotę się zabić', 'C'],
  ['pl', 'dzisiaj w nocy skończę ze sobą', 'C'],
  ['pl', 'wszyscy byliby szczęśliwsi beze mnie', 'c'],
  ['pl', 'ta praca mnie wykończy', 'n'],
  ['pl', 'mój brat powiedział, że chce umrzeć', 'o'],
  ['tr', 'ölmek istiyorum artık', 'C'],
  ['tr', 'kendimi asacağım', 'C'],
  ['tr', 'hayatıma son vermek istiyorum', 'C'],
  ['tr', 'yaşamanın bir anlamı yok', 'c'],
  ['tr', 'açlıktan ölüyorum, yemek yiyelim', 'n'],
  ['tr', 'kızım ölmek istediğini söyledi', 'o'],
  ['ru', 'не хочу больше жить', 'C'],
  ['ru', 'я покончу с собой', 'C'],
  ['ru', 'я решила, сегодня ночью повешусь', 'C'],
  ['ru', 'я обуза для всех', 'c'],
  ['ru', 'я помираю со смеху', 'n'],
  ['ru', 'сын сказал, что хочет покончить с собой', 'o'],
  ['uk', 'не хочу більше жити', 'C'],
  ['uk', 'я покінчу з собою', 'C'],
  ['uk', 'я тільки тягар', 'c'],
  ['uk', 'донька пише, що хоче померти', 'o'],
  ['uk', 'вмираю від нудьги', 'n'],
  ['zh', '我想结束自己的生命', 'C'],
  ['zh', '活不下去了', 'C'],
  ['zh', '我正在割腕', 'C'],
  ['zh', '我就是个累赘', 'c'],
  ['zh', '饿死了，去吃饭吧', 'n'],
  ['zh', '我儿子说他想自杀', 'o'],
  ['ja', 'もう生きたくない', 'C'],
  ['ja', '今夜、首を吊るつもり', 'C'],
  ['ja', '消えたい', 'c'],
  ['ja', '息子が死にたいと言っています', 'o'],
  ['ja', '暑すぎて死ぬかと思った', 'n'],
  ['ko', '자살할 거야', 'C'],
  ['ko', '더 이상 살기 싫어', 'C'],
  ['ko', '사라지고 싶어요', 'c'],
  ['ko', '딸이 자살하고 싶다고 해요', 'o'],
  ['ko', '배고파 죽겠어', 'n'],
  ['ar', 'بدي انتحر', 'C'],
  ['ar', 'عايز اموت', 'C'],
  ['ar', 'سأقتل نفسي', 'C'],
  ['ar', 'ليتني مت', 'c'],
  ['ar', 'أختي قالت إنها تريد أن تنتحر', 'o'],
  ['ar', 'الشغل عم يقتلني', 'n'],
  ['fa', 'خودمو می‌کشم', 'C'],
  ['fa', 'نمی‌خوام زنده باشم', 'C'],
  ['fa', 'کاش نبودم', 'c'],
  ['fa', 'پسرم گفت می‌خواد خودشو بکشه', 'o'],
  ['fa', 'از خنده روده بر شدم', 'n'],
  ['he', 'אני הולך להתאבד', 'C'],
  ['he', 'לא רוצה לחיות יותר', 'C'],
  ['he', 'הלוואי שאמות', 'c'],
  ['he', 'הבן שלי אמר שהוא רוצה למות', 'o'],
  ['he', 'מת מצחוק', 'n'],
  ['hi', 'मैं आत्महत्या करना चाहता हूँ', 'C'],
  ['hi', 'main jeena nahi chahta', 'C'],
  ['hi', 'mere bina sab khush rahenge', 'c'],
  ['hi', 'मेरी बहन कह रही है कि वो मरना चाहती है', 'o'],
  ['hi', 'garmi se jaan le legi ye', 'n'],
  ['vi', 'tôi không muốn sống nữa', 'C'],
  ['vi', 'tôi muốn tự sát', 'C'],
  ['vi', 'hết hy vọng rồi', 'c'],
  ['vi', 'con trai tôi nói muốn chết', 'o'],
  ['vi', 'đói chết mất', 'n'],
  ['id', 'aku mau bunuh diri', 'C'],
  ['id', 'udah gak mau hidup lagi', 'C'],
  ['id', 'aku putus asa banget', 'c'],
  ['id', 'sahabatku bilang dia mau bunuh diri', 'o'],
  ['id', 'capek setengah mati', 'n'],
  ['tl', 'magpapakamatay na ako', 'C'],
  ['tl', 'ayoko nang mabuhay', 'C'],
  ['tl', 'wala nang pag-asa', 'c'],
  ['tl', 'ang anak ko sinabi na ayaw na niya mabuhay', 'o'],
  ['tl', 'namatay ako sa tawa', 'n'],
  ['el', 'θα αυτοκτονήσω', 'C'],
  ['el', 'δεν θέλω να ζω', 'C'],
  ['el', 'μακάρι να πέθαινα', 'c'],
  ['el', 'η κόρη μου είπε ότι θέλει να πεθάνει', 'o'],
  ['el', 'ψόφησα στη δουλειά', 'n'],
  ['sv', 'jag vill inte leva längre', 'C'],
  ['sv', 'jag ska ta livet av mig', 'C'],
  ['sv', 'jag vill inte finnas', 'c'],
  ['sv', 'min dotter sa att hon vill dö', 'o'],
  ['sv', 'jag är dödstrött', 'n'],
  ['no', 'jeg vil ikke leve lenger', 'C'],
  ['no', 'jeg skal ta livet av meg', 'C'],
  ['no', 'jeg er en byrde', 'c'],
  ['no', 'min datter sier hun vil dø', 'o'],
  ['no', 'jeg er dødstrett', 'n'],
  ['nl', 'ik wil niet dood, ik ben gewoon moe', 'n'],
  ['nl', 'heeft u tips voor een boek over rouw na zelfmoord van een vader?', 'n'],
  ['nl', 'ik kan mezelf wel doodschieten, ik ben mijn sleutels weer kwijt', 'n'],
  ['pl', 'nie chce umierać, po prostu jestem smutna', 'n'],
  ['pl', 'czy mogę przesunąć wizytę? umieram ze zmęczenia', 'n'],
  ['pl', 'chce sie zabic', 'C'],
  ['pl', 'juz nie chce zyc', 'C'],
  ['tr', 'olmek istemiyorum, sadece yorgunum', 'n'],
  ['tr', 'kendimi olduresim var', 'C'],
  ['ru', 'не хочу умирать, просто тяжело', 'n'],
  ['ru', 'ya hochu umeret', 'C'],
  ['ru', 'читаю книгу про суицид в литературе', 'n'],
  ['uk', 'я не хочу помирати, просто сумно', 'n'],
  ['zh', '我不想死，只是很累', 'n'],
  ['zh', '这部电影讲的是一个人自杀的故事', 'n'],
  ['zh', '我想死你了', 'n'],
  ['ja', '死にたくないけど、つらい', 'n'],
  ['ja', '死ぬ気で頑張る', 'n'],
  ['ko', '죽고 싶지 않아요, 그냥 힘들어요', 'n'],
  ['ko', '자살 예방 교육 자료를 찾고 있어요', 'n'],
  ['ar', 'لا أريد أن أموت، فقط متعب', 'n'],
  ['ar', 'بدي موت', 'C'],
  ['fa', 'نمی‌خوام بمیرم، فقط خسته‌ام', 'n'],
  ['he', 'אני לא רוצה למות, רק עייף', 'n'],
  ['hi', 'मैं मरना नहीं चाहता, बस थका हूँ', 'n'],
  ['hi', 'main marna nahi chahta bas thak gaya', 'n'],
  ['vi', 'em không muốn chết đâu, chỉ buồn thôi', 'n'],
  ['vi', 'muốn chết quá', 'C'],
  ['id', 'aku gak mau mati, cuma capek', 'n'],
  ['id', 'gue pengen mati aja rasanya', 'C'],
  ['tl', 'ayokong mamatay, pagod lang ako', 'n'],
  ['tl', 'gusto ko nang mamatay', 'C'],
  ['el', 'δεν θέλω να πεθάνω, απλά κουράστηκα', 'n'],
  ['el', 'thelo na pethano', 'C'],
  ['sv', 'jag vill inte dö, jag är bara trött', 'n'],
  ['no', 'jeg vil ikke dø, jeg er bare sliten', 'n'],
  ['no', 'jeg vil ta livet mitt', 'C'],
  ['sv', 'vill dö', 'C'],
  // Giving things away, a weekend, farewell with thanks, self-harm now.
  ['nl', 'ik heb al mijn spullen weggegeven, ik heb ze niet meer nodig', 'C'],
  ['nl', 'dit weekend maak ik er een eind aan', 'C'],
  ['pl', 'żegnajcie wszyscy, dziękuję za wszystko', 'C'],
  ['pl', 'w ten weekend się zabiję', 'C'],
  ['tr', 'eşyalarımı dağıttım, artık ihtiyacım yok', 'C'],
  ['tr', 'hafta sonu intihar edeceğim', 'C'],
  ['ru', 'раздала все свои вещи, мне они больше не нужны', 'C'],
  ['ru', 'на выходных покончу с собой', 'C'],
  ['uk', 'прощавайте всі, дякую за все', 'C'],
  ['uk', 'ріжу себе зараз', 'C'],
  ['zh', '我把我的东西都送人了，以后用不上了', 'C'],
  ['zh', '这个周末我就自杀', 'C'],
  ['ja', '自分の物を全部人にあげた。もう必要ないから', 'C'],
  ['ja', '週末に死ぬつもり', 'C'],
  ['ko', '내 물건 다 나눠줬어요. 이제 필요 없으니까', 'C'],
  ['ko', '지금 손목 긋고 있어요', 'C'],
  ['ar', 'وزعت كل أغراضي، ما عدت أحتاجها', 'C'],
  ['ar', 'وداعا للجميع', 'C'],
  ['fa', 'همه وسایلمو بخشیدم، دیگه لازمشون ندارم', 'C'],
  ['fa', 'آخر هفته خودمو می‌کشم', 'C'],
  ['he', 'חילקתי את כל הדברים שלי, אני כבר לא צריכה אותם', 'C'],
  ['he', 'להתראות לכולם, תודה על הכל', 'C'],
  ['hi', 'maine apna saara saamaan baant diya, ab zarurat nahi', 'C'],
  ['hi', 'अलविदा सबको, माफ़ करना', 'C'],
  ['vi', 'em đã cho hết đồ đạc của mình rồi, không cần nữa', 'C'],
  ['vi', 'cuối tuần này em sẽ tự tử', 'C'],
  ['id', 'barang-barangku udah aku kasih ke orang semua, udah gak butuh', 'C'],
  ['id', 'aku lagi nyilet tangan', 'C'],
  ['tl', 'pinamigay ko na lahat ng gamit ko', 'C'],
  ['tl', 'paalam sa inyong lahat', 'C'],
  ['el', 'χάρισα όλα μου τα πράγματα, δεν τα χρειάζομαι πια', 'C'],
  ['el', 'αντίο σε όλους', 'C'],
  ['sv', 'jag har gett bort alla mina saker', 'C'],
  ['sv', 'hejdå alla, tack för allt', 'C'],
  ['no', 'jeg har gitt bort alle tingene mine', 'C'],
  ['no', 'farvel alle sammen', 'C'],
  // The patient's own crisis next to what a relative or friend said; Taglish/Hinglish with English risk words.
  ['pl', 'moja mama mówi, że przesadzam, ale ja naprawdę chcę umrzeć', 'C'],
  ['ru', 'мама говорит, что всё пройдёт, а я хочу умереть', 'C'],
  ['zh', '我妈妈说我想太多了，可是我真的想死', 'C'],
  ['ko', '엄마는 모르지만 죽고 싶어요', 'C'],
  ['ja', '母は知らないけど、死にたい', 'C'],
  ['tl', 'sabi ng nanay ko ok lang ako pero gusto ko nang mamatay', 'C'],
  ['id', 'temenku bilang aku lebay, tapi aku pengen mati', 'C'],
  ['vi', 'bạn em nói em nghĩ nhiều quá, nhưng em muốn chết', 'C'],
  ['hi', 'meri maa kehti hai sab theek hoga par main marna chahti hoon', 'C'],
  ['tl', 'suicidal ako ngayon, hindi ko na kaya', 'C'],
  ['hi', 'main bahut suicidal feel kar raha hoon', 'C'],
  ['tl', 'wala akong balak mag suicide, pagod lang', 'n'],
  ['hi', 'mujhe suicidal thoughts nahi aate, bas low feel hota hai', 'n'],
  ['hi', 'kill myself nahi karunga, bas gussa hai', 'n'],
];

const EVERYDAY: ReadonlyArray<readonly [string, string]> = [
  ['ko', '마지막 메시지 확인했어요, 감사합니다'],
  ['zh', '你最后一条消息我没看到'],
  ['el', 'στο τελευταίο μου μήνυμα σας έγραψα για την πληρωμή'],
  ['sv', 'i mitt sista meddelande frågade jag om tiden'],
  ['no', 'så du min siste melding om timen?'],
  ['uk', 'ви бачили моє останнє повідомлення про оплату?'],
  ['vi', 'chị đọc tin nhắn cuối cùng của em chưa ạ?'],
  ['ja', '最後のメッセージ読みましたか？'],
  ['nl', 'ik ben de laatste tijd doodmoe en heb geen zin meer in sporten'],
  ['pl', 'nic się nie zmieni w harmonogramie, sesja zostaje w czwartek'],
  ['tr', 'bu akşam ödevimi bitireceğim'],
  ['ru', 'сегодня вечером всё закончу с отчётом и отдохну'],
  ['id', 'selamat tinggal 2025, semoga tahun depan lebih baik'],
  ['tl', 'paalam na sa lumang trabaho ko, lilipat na ako'],
  ['ar', 'اشتريت حبل غسيل جديد'],
  ['he', 'הלילה אני גומר עם הפרויקט הזה סוף סוף'],
  ['hi', 'aaj raat sab kaam khatam kar dunga phir sounga'],
  ['fa', 'امشب پروژه رو تموم می‌کنم'],
  ['sv', 'jag skar mig på en kniv igår när jag lagade mat'],
  ['no', 'jeg har bestemt meg for å gjøre det, jeg melder meg på kurset'],
  ['vi', 'em muốn từ từ tìm hiểu về trị liệu'],
  ['el', 'απόψε θα τελειώσω με όλα τα μαθήματα'],
  ['ja', '今日は疲れて消えたいくらい眠い'],
  ['zh', '我妹妹说她想死你了'],
  ['ru', 'моя подруга говорит, что я должна отдохнуть'],
  ['pl', 'tabletki leżą na stole, wzięłam już dzisiejszą dawkę'],
  ['id', 'aku udah beli obat flu tadi'],
  ['tr', 'kardeşim bugün intihar konulu bir film izledi'],
  // Twins of the giving-away, weekend and farewell families.
  ['nl', 'ik heb mijn oude kleren weggegeven aan het goede doel'],
  ['sv', 'jag har gett bort mina gamla kläder till second hand'],
  ['ru', 'отдала старую одежду в благотворительный фонд'],
  ['zh', '搬家前把旧东西都送人了'],
  ['id', 'barang bekas udah aku kasih ke panti asuhan'],
  ['tr', 'eski kıyafetlerimi bağışladım'],
  ['he', 'להתראות לכולם, תודה על הכל, נתראה בפגישה הבאה'],
  ['pl', 'w ten weekend jadę do rodziców'],
  ['zh', '这个周末我要去爬山'],
  ['ja', '週末は友達と映画を見る予定です'],
];

/** The label a verdict earns; 'c' rows are CONCERN or higher, as in the crisis table (the learned layer may raise a burden to CRISIS). */
function reads(verdict: CrisisAssessment, label: 'C' | 'c' | 'o' | 'n'): string {
  if (verdict.level === 'NONE') return 'n';
  if (label === 'c' && !verdict.concernForOthers) return 'c';
  if (verdict.level === 'CRISIS') return 'C';
  return verdict.concernForOthers ? 'o' : 'c';
}

describe('the crisis screen in the eighteen core-phrase languages', () => {
  it('has crisis, concern, others, negation, media and idiom messages in every language', () => {
    const languages = new Set(CASES.map(([language]) => language));
    expect(languages.size).toBe(18);
    for (const language of languages) {
      const labels = CASES.filter(([l]) => l === language).map(([, , label]) => label);
      expect(labels.filter((label) => label === 'C').length).toBeGreaterThanOrEqual(2);
      expect(labels.filter((label) => label === 'n').length).toBeGreaterThanOrEqual(3);
      expect(labels).toContain('c');
      expect(labels).toContain('o');
    }
  });

  for (const [language, text, label] of CASES) {
    it(`[${language}] ${label}: ${text}`, () => {
      expect(reads(assessCrisis(text), label)).toBe(label);
    });
  }

  for (const [language, text] of EVERYDAY) {
    it(`[${language}] everyday, NONE: ${text}`, () => {
      expect(assessCrisis(text).level).toBe('NONE');
    });
  }

  it('reads a report about someone else as CONCERN for others, never CRISIS', () => {
    expect(screenOtherLanguages('моя подруга написала, что хочет умереть')).toEqual([{ language: 'ru', level: 'CONCERN', others: true }]);
    expect(screenOtherLanguages('хочу умереть')).toEqual([{ language: 'ru', level: 'CRISIS', others: false }]);
  });

  it('writes Taglish/Hinglish frames around English risk words in English, and leaves risk alone', () => {
    expect(mixedFramesInEnglish('hindi ako suicidal, pagod lang')).toBe('i am not suicidal, pagod lang');
    expect(mixedFramesInEnglish('main suicidal nahi hoon yaar')).toBe('i am not suicidal yaar');
    expect(assessCrisis('hindi naman ako suicidal, stressed lang sa work').level).toBe('NONE');
    expect(assessCrisis('mai suicidal nahi hu, bas neend nahi aati').level).toBe('NONE');
    expect(assessCrisis('suicidal na talaga ako, gusto ko na mamatay').level).toBe('CRISIS');
    expect(assessCrisis('main suicidal hoon, khud ko maar dungi').level).toBe('CRISIS');
  });

  it('stays fast: under 3 ms a message on average', () => {
    const texts = [...CASES.map(([, text]) => text), ...EVERYDAY.map(([, text]) => text)];
    const start = performance.now();
    for (let round = 0; round < 5; round++) for (const text of texts) screenOtherLanguages(text);
    expect((performance.now() - start) / (5 * texts.length)).toBeLessThan(3);
  });
});
