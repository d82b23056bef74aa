/**
 * Everyday frames of the core-phrase screen (crisis-lexicon-other.ts) that share words with its
 * means, overdose, passive-wish and burden families, erased before those are read (folded text):
 *   - medicine picked up at a pharmacy or on a prescription ("uyku haplarını eczaneden aldım",
 *     "beli obat tidur di apotek", "купила снотворное в аптеке по рецепту"), unless an intent to
 *     take them all or to die follows in the same message;
 *   - poison bought for pests (rat, mouse, cockroach, ant, insect poison: "beli racun tikus",
 *     "bumili ng lason sa daga"), unless a wish to drink it or die follows;
 *   - a question someone else asked about the medicine ("薬を全部飲んだ？って聞かれた",
 *     "약 다 먹었냐고 물어봤어"): whether the patient took it, not a report that they overdosed;
 *   - a wish not to have been at a place or event ("کاش نبودم اونجا", "הלוואי שלא הייתי שם"),
 *     not a wish not to exist;
 *   - "better without me" at an event or in a game ("bättre utan mig på festen", "bedre uten meg
 *     på kampen", "lebih seru tanpa aku di tim", "kung wala ako sa party", "派对没有我更好玩"), not
 *     in their lives or the world.
 */
import type { ExtraRules } from './crisis-lexicon-other';

/** Benign pharmacy, pest-poison, asked-question, not-there and event frames, per language. */
export const EVERYDAY: ExtraRules = {
  tr: {
    benign: String.raw`
      \b(?:uyku )?(?:haplari|haplarini|haplarimi|ilaclari|ilaclarini|ilaclarimi)\b.{0,15}\b(?:eczaneden|receteyle|recetemle|receteli|recete ile|doktordan)\b.{0,12}\b(?:aldim|aldik|aldi|almaya gittim)\b(?!.{0,40}\b(?:icece|icmek|icip|icice|icerim|olmek|olece|olurum|intihar|hepsini bir))
      \b(?:eczaneden|doktor recetesiyle|receteyle|recetemle|recete ile)\b.{0,20}\b(?:uyku )?(?:haplari|haplarini|ilaclari|ilaclarini)\b.{0,8}\b(?:aldim|aldik|aldi)\b(?!.{0,40}\b(?:icece|icmek|icip|icice|icerim|olmek|olece|olurum|intihar|hepsini bir))
      \b(?:fare|sican|bocek|hamam bocegi|karinca) (?:zehri|zehiri|zehirini|zehrini|ilaci|ilacini)\b(?!.{0,60}\b(?:icece|icmek|icip|icice|ictim|icti|olmek|olece|intihar|cantamda|hazir|bu gece))
    `,
  },
  id: {
    benign: String.raw`
      \b\b(?:lebih (?:baik|bahagia|tenang|senang|mudah|enak|seru|bagus|kompak) )?tanpa (?:aku|saya|gue|gw) (?:di|pas|waktu|saat|dalam) (?:tim|pesta|acara|pertandingan|game|rapat|kelas|foto|perjalanan|liburan|konser|band|lomba|turnamen)\b
      \b(?:beli|membeli|dibeli|kubeli|nebus|menebus|ambil|ngambil|mengambil)\b.{0,12}\b(?:obat tidur|pil tidur|obat|obatnya|obat obatan)\b.{0,25}\b(?:di apotek|dari apotek|ke apotek|di apotik|pakai resep|pake resep|dengan resep|sesuai resep|resep dokter|dari dokter|di klinik|di puskesmas|buat ibu|buat bapak|buat mama|buat papa|buat nenek|buat kakek)\b(?!.{0,40}\b(?:minum semua|diminum semua|nelen semua|telan semua|mati|bunuh diri|mengakhiri|akhiri hidup))
      (?<!\b(?:minum|meminum|diminum|nelen|menelan|telan|nenggak|menenggak|tenggak)\b.{0,20})\b(?:racun|obat|pil) (?:tikus|kecoa|serangga|nyamuk|semut|hama|rayap|lalat)\b(?!.{0,60}\b(?:minum|diminum|kuminum|nelen|telan|tenggak|sebotol|mati|bunuh diri|mengakhiri|akhiri hidup|di tas|di kamar|malam ini|nanti malam|cukup|siap|selamat tinggal|nunggu|menunggu|tunggu|pada tidur|udah tidur|sudah tidur|sendirian))
    `,
  },
  tl: {
    benign: String.raw`
      \b(?:kung|pag|kapag) wala (?:na )?ako (?:sa|doon sa|dun sa) (?:party|handaan|laro|team|laban|kasal|outing|picture|litrato|meeting|klase|biyahe|celebration|inuman|practice|game)\b
      \b(?:tinanong|tanong|nagtanong|itinanong|tinatanong|chineck|tiningnan)\b.{0,30}\bkung (?:ininom|uminom|nainom)(?: ko| ako)?(?: na)?(?: ba)? (?:ng )?lahat (?:ng|ng mga) (?:gamot|pills|tableta|sleeping pills)\b
      (?<!\b(?:uminom|ininom|iinom|nilunok|lumunok|inumin)\b.{0,20})\b(?:lason|gamot|pamatay) (?:sa|ng|pang|para sa|pampatay ng|pampatay sa) (?:daga|ipis|langgam|lamok|peste|anay|insekto|surot)\b(?!.{0,60}\b(?:inumin|iinumin|iinom|uminom|ininom|mamatay|magpakamatay|tapusin|mamayang gabi|ngayong gabi|handa na|paalam))
      \b(?:binili|bumili|kinuha|bibili)\b.{0,20}\b(?:gamot|sleeping pills|pills)\b.{0,20}\b(?:sa botika|sa pharmacy|sa mercury|reseta|ng doktor|para kay|para sa nanay|para sa tatay|para kay lola|para kay lolo)\b(?!.{0,40}\b(?:inumin lahat|iinumin lahat|lahat ng|mamatay|magpakamatay|tapusin))
    `,
  },
  zh: {
    benign: String.raw`
      (?:派对|派對|聚会|聚會|比赛|比賽|球队|球隊|游戏|遊戲|会议|會議|旅行|演出|晚会|晚會|婚礼|婚禮)[^\n]{0,2}(?:没有|沒有|少了)我[^\n]{0,4}更(?:好玩|好|顺利|順利|热闹|熱鬧|开心|開心)
    `,
  },
  ru: {
    benign: String.raw`
      NL(?:команда|играла|играли|сыграли|сыграла|сыграл|вечеринка|праздник|концерт|поездка|матч)NR.{0,20}NLлучше без меняNR
      NL(?:купил|купила|купили|взял|взяла|получил|получила|выкупил|выкупила) (?:таблетки|снотворное|лекарства|лекарство)NR.{0,25}NL(?:в аптеке|по рецепту|для мамы|для папы|для бабушки|для дедушки|от врача)NR(?!.{0,40}(?:выпью|выпить|наглотаюсь|все сразу|умереть|покончить|сдохнуть))
      NL(?:в аптеке|по рецепту)NR.{0,25}NL(?:купил|купила|купили|взял|взяла|выкупил|выкупила) (?:таблетки|снотворное|лекарства|лекарство)NR(?!.{0,40}(?:выпью|выпить|наглотаюсь|все сразу|умереть|покончить|сдохнуть))
    `,
  },
  uk: {
    benign: String.raw`
      NL(?:команда|грала|грали|зіграли|зіграла|вечірка|свято|концерт|поїздка|матч)NR.{0,20}NLкраще без мене
      NL(?:купив|купила|купили|взяв|взяла|отримав|отримала) (?:таблетки|снодійне|ліки)NR.{0,25}NL(?:в аптеці|у аптеці|за рецептом|для мами|для тата|для бабусі|для дідуся|від лікаря)NR(?!.{0,40}(?:вип'ю|вип ю|випити|наковтаюсь|всі одразу|померти|покінчити))
    `,
  },
  ja: {
    benign: String.raw`
      (?:パーティー|飲み会|試合|チーム|会議|旅行|イベント|ライブ|合コン|打ち上げ)(?:は|も|では|の方)?.{0,6}(?:いない|居ない)(?:ほう|方)が(?:盛り上が|うまく|勝て|早く|スムーズ)
      (?:薬|くすり|クスリ|睡眠薬|眠剤|錠剤|市販薬|処方薬)を?(?:ぜんぶ|全部|ちゃんと)?(?:飲んだ|のんだ|飲みました)(?:の|か|かどうか|かって)? ?(?:って|と|か)? ?(?:聞かれ|訊かれ|きかれ|聞いて|聞いた|聞く|確認|チェック|尋ね|言われ)
    `,
  },
  ko: {
    benign: String.raw`
      (?:수면제|약)(?:을|를)? ?(?:다 |전부 |잘 )?먹었(?:냐고|냐는|는지|느냐고|냐며)(?: 계속)? ?(?:물었|물어|묻|확인|체크)
      (?:수면제|약)(?:을|를)? ?(?:다 |전부 |잘 )?먹었(?:냐고|냐는|는지|느냐고|냐며|냐|니|는지를)(?: 계속)? ?(?:물어|묻|확인|체크|엄마가|아빠가|선생님이|의사가)
    `,
  },
  fa: {
    benign: String.raw`
      NLكاش (?:من )?(?:اصلا )?نبودم (?:اونجا|انجا|اون جا|اونجاها|اون موقع|اون روز|اون شب|ديشب|ديروز|(?:تو|توي|در|سر) (?:اون|ان|مهموني|جشن|جلسه|كلاس|كار|عروسي|تولد|مراسم|سفر|بازي)NR)
    `,
  },
  he: {
    benign: String.raw`
      NLהלוואי (?:ש)?(?:פשוט )?(?:לא הייתי|שלא הייתי) (?:שם|שמה|אתמול|בכלל שם|ב(?!חיים|עולם)[\u05D0-\u05EA]+)NR
    `,
  },
  sv: {
    benign: String.raw`
      \b(?:festen|laget|matchen|kvallen|resan|middagen|kalaset|konserten|gruppen|bandet|kören|koren)\b.{0,25}\b(?:battre|roligare|lattare) (?:utan mig)\b|\b(?:spelade|spelar|vann|vinner|sjong|sjunger|sprang|springer)\b.{0,15}\bbattre utan mig\b
      \b(?:battre|lattare|roligare|friare|lyckligare) (?:av )?utan mig (?:pa|i|under|vid|till) (?:festen|fest|kalaset|kalas|matchen|match|motet|resan|middagen|brollopet|konserten|traningen|turneringen|laget|spelet|jobbet|kontoret|lektionen|bilden|fotot)\b
    `,
  },
  no: {
    benign: String.raw`
      \b(?:festen|laget|holdet|kampen|kvelden|turen|middagen|konserten|gruppen|bandet|koret)\b.{0,25}\b(?:bedre|morsommere|lettere) (?:uten|uden) (?:meg|mig)\b|\b(?:spilte|spiller|vant|vinner|sang|synger|lop|lop)\b.{0,15}\bbedre (?:uten|uden) (?:meg|mig)\b
      \b(?:bedre|lettere|morsommere|friere|lykkeligere) (?:av )?(?:uten|uden) (?:meg|mig) (?:pa|i|under|ved|til) (?:festen|fest|kampen|kamp|motet|turen|reisen|middagen|bryllupet|konserten|treningen|turneringen|laget|holdet|spillet|jobben|kontoret|timen|bildet)\b
    `,
  },
  pl: {
    benign: String.raw`
      \b(?:kupil|kupila|kupilam|kupilem|odebral|odebrala|odebralam|odebralem|wykupil|wykupila|wykupilam|wykupilem)\b.{0,20}\b(?:tabletki|tabletek|leki|lekow|proszki)\b.{0,25}\b(?:w aptece|z apteki|na recepte|dla babci|dla mamy|dla taty|dla dziadka|dla dziecka|od lekarza)\b(?!.{0,60}\b(?:wszystkie naraz|zazyje|lykne|polkne|umrzec|umre|zabic sie|zabije sie|skoncze))
    `,
  },
  el: {
    benign: String.raw`
      NL(?:αγορασα|πηρα|αγορασαμε)NR.{0,12}NL(?:χαπια|φαρμακα|υπνωτικα|υπνωτικα χαπια)NR.{0,25}NL(?:απο το φαρμακειο|στο φαρμακειο|με συνταγη|για τη μαμα|για τον μπαμπα|για τη γιαγια|για τον παππου)NR(?!.{0,60}(?:ολα μαζι|να τα πιω|θα τα παρω ολα|να πεθανω|να τελειωσω|αυτοκτον))
    `,
  },
  nl: {
    benign: String.raw`
      \b(?:vroeg|vraagt|vroegen|vragen|checkte|checkt|controleerde|controleert|wilde weten|wil weten)\b.{0,25}\bof ik\b.{0,40}\b(?:ingenomen|genomen|geslikt)\b
    `,
  },
  ar: {
    benign: String.raw`
      NL(?:سالني|سالتني|يسالني|تسالني|سالوني|يسالوني)NR.{0,25}NL(?:اذا|لو|هل|ان كنت|انه)NR.{0,10}NL(?:شربت|اخذت|خذيت|بلعت|اخدت|ابتلعت|اكلت)NR (?:كل |جميع )?(?:ال)?(?:حبوب|دوا|ادوية|دواء|برشام|ادويه)NR
    `,
  },
};
