/**
 * Poison-swallowed and burden families of the core-phrase screen (crisis-lexicon-other.ts), for
 * every language where the earlier families missed them (folded text, as there):
 *   - poison already drunk or swallowed, in the first person past ("fare zehiri içtim", "uminom ako
 *     ng lason sa daga", "выпила крысиный яд", "我喝了农药", "쥐약 먹었어", "شربت سم فئران",
 *     "مرگ موش خوردم", "שתיתי רעל", "ήπια ποντικοφάρμακο", "jag drack råttgift"): rat/insect
 *     poison, pesticide, weed killer, bleach, antifreeze, caustic soda: CRISIS. The noun alone
 *     ("I bought rat poison") is left to the pest frames of crisis-lexicon-other-everyday.ts, and
 *     an animal or child as the subject ("the dog ate rat poison") is not read;
 *   - burden: everyone/they/the family would be better off without me ("всім буде краще без
 *     мене", "لكل احسن بدوني", "không có tôi mọi người sẽ tốt hơn"): CONCERN; a party or a team
 *     as the subject is not read.
 */
import type { ExtraRules } from './crisis-lexicon-other';

/** Poison-swallowed (CRISIS) and better-off-without-me (CONCERN) families, per language. */
export const POISON: ExtraRules = {
  nl: {
    crisis: String.raw`
      \bik (?:heb|had) (?:net |zojuist |al |een fles |wat |een slok )*(?:(?:ratten|muizen|insecten|onkruid)?(?:gif|vergif)|bestrijdingsmiddel|insecticide|pesticide|onkruidverdelger|bleekmiddel|bleekwater|chloor|antivries|ontstopper|gootsteenontstopper|wasbenzine) (?:gedronken|ingenomen|geslikt|opgedronken|doorgeslikt)\b
      \bik (?:dronk|slikte) (?:net |zojuist |een fles |wat |een slok )*(?:(?:ratten|muizen|insecten|onkruid)?(?:gif|vergif)|bestrijdingsmiddel|insecticide|pesticide|onkruidverdelger|bleekmiddel|bleekwater|bleek|chloor|antivries|ontstopper|gootsteenontstopper)\b
    `,
  },
  pl: {
    crisis: String.raw`
      (?<!\bnie )\b(?:wypilam|wypilem|polknelam|polknalem|lyknelam|lyknalem|zjadlam|zjadlem|napilam sie|napilem sie|nalykalam sie|nalykalem sie) (?:\w+ ){0,2}?(?:trutk[eiy]|trucizn[eya]|wybielacz[a]?|pestycyd[u]?|srod(?:ek|ka) (?:owadobojcz\w+|na szczury|na myszy|na owady|ochrony roslin|chwastobojcz\w+)|plyn(?:u)? do chlodnic|kreta?|domestos(?:a)?|ace|rozpuszczalnik(?:a)?)\b
      \b(?:trutk[eiy]|trucizn[eya]|wybielacz[a]?)(?: na \w+)? (?:wypilam|wypilem|polknelam|polknalem|zjadlam|zjadlem)\b
    `,
  },
  tr: {
    crisis: String.raw`
      \b(?:(?:fare|sican|bocek|hasere|tarim|zirai|karinca|hamam bocegi|ot) (?:zehri|zehiri|zehrini|zehirini|ilaci|ilacini)|zehir|zehiri|zehri|zehrini|camasir suyu|camasir suyunu|antifriz|antifrizi|tuz ruhu|tuz ruhunu|kezzap|kostik) (?:bir sise |biraz |az once |bile |koca bir sise )?(?:ictim|yuttum|ictim bile)\b
    `,
  },
  ru: {
    crisis: String.raw`
      (?<!NLне )NL(?:выпил|выпила|проглотил|проглотила|наглотался|наглоталась|хлебнул|хлебнула|напился|напилась) (?:[а-я]+ ){0,2}?(?:яд|яду|яда|крысиный яд|крысиного яда|отраву|отравы|белизну|белизны|антифриз|антифриза|уксусную эссенцию|уксусной эссенции|пестицид|инсектицид|гербицид|дихлофос|хлорку|хлорки|средство от (?:тараканов|крыс|мышей|насекомых)|тормозную жидкость|растворитель)NR
    `,
  },
  uk: {
    crisis: String.raw`
      (?<!NLне )NL(?:випив|випила|проковтнув|проковтнула|наковтався|наковталася|хлебнув|хлебнула|напився|напилася) (?:[а-яіїєґ]+ ){0,2}?(?:отруту|отрути|отраву|отрутохімікат|білизну|білизни|антифриз|антифризу|оцтову есенцію|оцтової есенції|пестицид|інсектицид|гербіцид|дихлофос|хлорку|хлорки|засіб від (?:тарганів|щурів|мишей|комах)|розчинник)NR
    `,
    concern: String.raw`
      NL(?:всім|усім|їм|вам|родині|батькам|мамі|друзям|людям|всім вам|усім вам)NR (?:[а-яіїєґ]+ ){0,2}?(?:буде|було б|стане|жилося б|житиметься) (?:[а-яіїєґ]+ )?(?:краще|легше|спокійніше) без менеNR
      NLбез менеNR (?:[а-яіїєґ]+ )?(?:всім|усім|їм|родині|батькам)NR (?:буде|було б|стане) (?:[а-яіїєґ]+ )?(?:краще|легше|спокійніше)NR
    `,
  },
  zh: {
    crisis: String.raw`
      (?<!(?:狗|猫|貓|鸡|雞|他|她|孩子|宝宝|寶寶|老鼠|牛|羊)[^\n]{0,4})(?:喝了|吃了|吞了|喝下了?|吞下了?|服了|服下了?)(?:一瓶|半瓶|一整瓶|一包|一些|些|点|點)?(?:老鼠药|老鼠藥|鼠药|鼠藥|毒鼠强|毒鼠強|农药|農藥|百草枯|敌敌畏|敵敵畏|杀虫剂|殺蟲劑|除草剂|除草劑|漂白水|漂白剂|漂白劑|防冻液|防凍液|毒药|毒藥|氰化物)
    `,
    concern: String.raw`
      (?:没有|沒有|少了)我(?:的话|的話)?\s?(?:大家|他们|他們|家人|所有人|爸妈|爸媽|你们|你們|全家)(?:都)?(?:会|會|就|能|可以)?[^\n]{0,4}(?:更好|更幸福|更轻松|更輕鬆|更开心|更開心)
    `,
  },
  ja: {
    crisis: String.raw`
      (?<!(?:猫|犬|ネコ|ねこ|いぬ|子供|子ども|彼|彼女)(?:が|は)[^\n]{0,6})(?:殺鼠剤|殺虫剤|農薬|除草剤|漂白剤|ハイター|毒薬|毒|猫いらず|不凍液|青酸カリ|パラコート)を?(?:全部|一本|少し)?(?:飲んだ|のんだ|飲みました|飲んじゃった|飲んでしまった|食べた|飲み込んだ)
    `,
  },
  ko: {
    crisis: String.raw`
      (?<!(?:강아지|개|고양이|냥이|애기|아기|동생)(?:가|이)[^\n]{0,6})(?:쥐약|농약|살충제|제초제|락스|표백제|독약|부동액|청산가리|그라목손)(?:을|를|이라도)? ?(?:다 |한 병 |조금 )?(?:먹었|마셨|삼켰|들이켰|먹어 ?버렸|마셔 ?버렸)
    `,
    concern: String.raw`
      (?:내가|나) 없는 ?(?:게|것이|편이) (?:모두|다들|가족|모두에게|다들한테|가족한테|가족들한테|다른 사람들)[^\n]{0,6}(?:나아|낫|좋아|좋을|편해|편할)
    `,
  },
  ar: {
    crisis: String.raw`
      (?<!NL(?:ما|لم|مش|ما رح) )NL(?:شربت|بلعت|ابتلعت|اخذت|خذيت|اكلت) (?:شوية |علبة |قنينة |كاس |كل )?(?:ال)?(?:سم|مبيد|مبيد حشرات|كلور|كلوركس|فليت|ديتول|مية النار|ماء النار)NR
    `,
    concern: String.raw`
      NL(?:الكل|الجميع|كلهم|كلكم|الناس|اهلي|عيلتي|عائلتي|امي وابوي)NR (?:[^ ]+ ){0,2}?(?:احسن|افضل|ارتح|مرتاحين|مبسوطين|اسعد) بدونيNR
      NLبدونيNR (?:[^ ]+ ){0,1}(?:الكل|الجميع|كلهم|اهلي|عيلتي|عائلتي)NR (?:[^ ]+ ){0,1}(?:احسن|افضل|ارتح|مرتاحين|مبسوطين|اسعد)NR
    `,
  },
  fa: {
    crisis: String.raw`
      NL(?:مرگ موش|سم موش|سم|سم سوسك|حشره كش|سم حشره كش|سفيد كننده|وايتكس|جوهر نمك|ضد يخ|قرص برنج)(?: رو| را|و)? (?:خوردم|سر كشيدم|قورت دادم|نوشيدم)NR
    `,
    concern: String.raw`
      NL(?:همه|همگي|خانوادم|خانواده ام|بقيه|اونا|همشون)NR (?:[^ ]+ ){0,2}?بدون منNR (?:[^ ]+ ){0,2}?(?:بهتر|راحت ?تر|خوشحال ?تر|خوشبخت ?تر)NR
      NLبدون منNR (?:[^ ]+ ){0,1}?(?:همه|بقيه|خانوادم|همشون)NR (?:[^ ]+ ){0,2}?(?:بهتر|راحت ?تر|خوشحال ?تر|خوشبخت ?تر)NR
    `,
  },
  he: {
    crisis: String.raw`
      (?<!NLלא )NL(?:שתיתי|בלעתי|אכלתי)NR (?:קצת |בקבוק |כוס |את )?(?:ה)?(?:רעל|רעל עכברים|רעל נגד עכברים|אקונומיקה|חומר הדברה|קוטל חרקים|קוטל עשבים|נוזל קירור|אנטיפריז)NR
    `,
    concern: String.raw`
      NL(?:לכולם|לכולכם|להם|למשפחה שלי|להורים שלי|לכל העולם|לכל אחד)NR (?:[^ ]+ ){0,2}?(?:טוב|קל|טובים|שמחים|מאושרים)(?: [^ ]+){0,2}? (?:בלעדיי|בלעדי)NR
    `,
  },
  hi: {
    crisis: String.raw`
      NL(?:ज\p{M}?हर|विष|चूहे मारने की दवा|चूहे मार दवा|चूहामार दवा|कीटनाशक|कीड़े मारने की दवा|फिनाइल|फिनायल|ते\p{M}?ज\p{M}?ाब|ब्लीच|सल्फास)NR (?:पी|खा) (?:ली|लिया|लिए|गया|गई|गयी)NR
      \b(?:zeher|zehar|jahar|jeher|zahar|zehr|keetnashak|keetnashak dawa|chuhe maar dawa|chuhe mar dawa|chuhe maarne ki dawa|chuha maar dawa|sulfas|celphos|phenyl|bleach|tezaab|tejab) (?:pi|kha) (?:li|liya|liye|lia|gaya|gayi|gyi)\b
    `,
  },
  vi: {
    crisis: String.raw`
      (?<!\b(?:khong|ko|chua|dung|chang|cha)(?: he| co)? )\b(?:da |vua |moi )?uong (?:het )?(?:mot chai |chai |ca chai |ca lo |mot it )?(?:thuoc (?:chuot|diet chuot|tru sau|diet co|sau|diet con trung|bvtv)|nuoc tay|chat tay|nuoc javel|gia ven|thuoc doc|chat doc|axit|acid)\b
    `,
    concern: String.raw`
      \bkhong co (?:toi|em|minh|tao|con) (?:thi )?(?:moi nguoi|ca nha|gia dinh|bo me|ai cung|tat ca)\b.{0,20}\b(?:tot hon|hanh phuc hon|nhe nhom hon|vui hon|de tho hon)\b
      \b(?:moi nguoi|ca nha|gia dinh|bo me|tat ca)\b.{0,20}\b(?:tot hon|hanh phuc hon|nhe nhom hon|vui hon) (?:khi|neu) (?:khong co|thieu|vang) (?:toi|em|minh|tao|con)\b
    `,
  },
  id: {
    concern: String.raw`
      \b(?:mereka|semua orang|semuanya|keluargaku|keluarga aku|keluarga|orang tuaku|ortu|ortuku)\b.{0,15}\blebih (?:baik|bahagia|tenang|senang|mudah|enak) tanpa (?:aku|saya|gue|gw|diriku)\b(?! (?:di|pas|waktu|saat|dalam|ke|sebagai)\b)
    `,
  },
  tl: {
    crisis: String.raw`
      \b(?:uminom|ininom|lumunok|nilunok|nakainom)(?: ako| ko)?(?: na)? (?:ng|nang|yung|ang|iyong|nung) (?:lason|zonrox|muriatic|pesticide|insecticide|baygon|silver cleaner|asido|pamatay (?:ng |sa )?(?:daga|ipis|peste|insekto)|gamot sa (?:daga|ipis))\b
    `,
    concern: String.raw`
      \bmas (?:mabuti|masaya|okay|ok|maayos|magaan|maganda) (?:ang buhay )?(?:sila|nila|sa kanila|ang lahat|lahat|kayo|ang pamilya ko|ang pamilya)\b.{0,10}\b(?:kung|pag|kapag|pagka) wala (?:na )?(?:ako|ko)\b(?! (?:sa|doon|dun|noong|nung)\b)
    `,
  },
  el: {
    crisis: String.raw`
      (?<!NLδεν )NL(?:ηπια|καταπια|εφαγα)NR (?:λιγο |ενα μπουκαλι |ολο το )?(?:το |τη |την )?(?:ποντικοφαρμακο|δηλητηριο|χλωρινη|ντομποκ|φυτοφαρμακο|εντομοκτονο|ζιζανιοκτονο|παρακουατ|αντιψυκτικο|καυστικη σοδα|υδροχλωρικο|ροφο)NR
    `,
  },
  sv: {
    crisis: String.raw`
      \bjag (?:drack|svalde|har druckit|har svalt|hade druckit|har svalt ned) (?:upp )?(?:en flaska |lite |en klunk )?(?:rattgift|gift|giftet|klorin|blekmedel|frostskyddsvatska|glykol|insektsgift|ograsmedel|bekampningsmedel|lut|kaustik soda|propplosare|rodsprit)\b
    `,
  },
  no: {
    crisis: String.raw`
      \bjeg (?:drakk|drak|svelget|svelgede|har drukket|har drikket|har svelget|har slugt|slugte) (?:opp |en flaske |litt |en slurk )?(?:rottegift|rottegiften|gift|giften|klor|klorin|blekemiddel|frostvaeske|glykol|insektgift|ugressmiddel|plantevernmiddel|lut|kaustisk soda|propplosner|rodsprit)\b
    `,
  },
};
