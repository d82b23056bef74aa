/**
 * Round r28b families of the core-phrase screen (crisis-lexicon-other.ts), one act per line group,
 * for every language where the earlier families missed it (folded text, as there):
 *   - hanging oneself, in the first person and its future/intent forms ("ik ga me ophangen",
 *     "повішусь", "목 매달 거야", "اشنق حالي", "خودمو دار میزنم", "אתלה את עצמי", "फांसी लगा
 *     लूंगा", "treo cổ", "magbibigti", "θα κρεμαστώ", "hänga mig");
 *   - cutting done (veins or wrist opened, on purpose): CRISIS; a cut that may be an accident
 *     ("I cut myself") stays with the concern families;
 *   - harm to others: a kill/stab threat against him/her next to the weapon at hand (knife, gun,
 *     axe), in either order; without a weapon "I'll kill him" is left alone (figurative use);
 *   - reported: the same acts in the third person ("powiesi się", "повесится", "يشنق حاله"), so a
 *     friend who said it is CONCERN for someone else.
 */
import type { ExtraRules } from './crisis-lexicon-other';

/** Hanging, cutting, weapon-threat and reported-act families, per language. */
export const R28_ACTS: ExtraRules = {
  nl: {
    crisis: String.raw`
      \bik (?:steek|schiet) (?:hem|haar|ze|die gast|die vent) (?:neer|dood|overhoop)\b
      \bik (?:steek|schiet|vermoord) (?:hem|haar|ze|die gast|die vent) (?:neer |dood )?\b.{0,60}\b(?:mes|messen|pistool|geweer|bijl|hamer|vuurwapen)\b|\b(?:mes|pistool|geweer|bijl)\b.{0,60}\bik (?:steek|schiet|vermoord) (?:hem|haar|ze)\b(?! (?:fijn|klein|schoon|open|de hand|aan)\b)
    `,
  },
  pl: {
    crisis: String.raw`
      \b(?:zabije|zadzgam|dzgne|zastrzele|poderzne gardlo) (?:go|ja|ich|tego|te)\b.{0,60}\b(?:noz|nozem|noza|siekiere|siekiera|pistolet|bron|strzelbe|strzelba)\b
    `,
    reported: String.raw`
      \b(?:polknela|polknal|lyknela|lyknal|wziela|wzial|zazyla|zazyl) (?:cale |wszystkie )*(?:opakowanie |opakowania )?(?:tabletki|tabletek|leki|lekow|proszki)\b|\bsie powiesi\b|\bpowiesi sie\b
    `,
  },
  tr: {
    crisis: String.raw`
      \b(?:onu|onlari|kocami|karimi|babami|patronu) (?:bicaklayacagim|bicaklicam|bicaklayacam)\b|\b(?:onu|onlari) (?:oldurecegim|oldurcem|vuracagim|vurcam)\b.{0,50}\b(?:bicak|silah|tabanca|tufek|balta)[a-z]*\b|\b(?:bicak|silah|tabanca|tufek|balta)[a-z]*\b.{0,50}\b(?:onu|onlari) (?:oldurecegim|oldurcem|vuracagim|vurcam|bicaklayacagim)\b
    `,
    reported: String.raw`
      \bkendini (?:asacagini|asacak|oldurecegini|oldurecek|atacagini|kesecegini)\b|\bintihar edecegini\b
    `,
  },
  ru: {
    crisis: String.raw`
      NL(?:порезала?|вскрыла?|резанула?|перерезала?) (?:себе )?(?:вены|запястья|запястье)NR
      NL(?:убью|зарежу|прирежу|пристрелю) (?:его|ее|их)NR.{0,40}NL(?:нож|ножом|ружье|пистолет|топор)|NL(?:нож|ружье|пистолет|топор)[а-я]*NR.{0,40}NL(?:убью|зарежу|прирежу|пристрелю) (?:его|ее|их)NR
    `,
    reported: String.raw`
      NL(?:повесится|застрелится|зарежется|отравится|вскроет вены)NR
    `,
  },
  uk: {
    crisis: String.raw`
      NL(?:я )?(?:повішусь|повішуся)NR|NL(?:хочу|збираюся|піду) повіситисяNR
      NL(?:порізала?|перерізала?|розрізала?) (?:собі )?(?:вени|зап ястя|зап ясток)NR
    `,
  },
  zh: {
    crisis: String.raw`
      (?:杀了|杀死|砍死|捅死|弄死|殺了|殺死|捅死)(?:他|她|那个人|那個人|他们|他們)(?!一局|一把|游戏|遊戲|一盘|一盤)[^\n]{0,30}(?:刀|枪|槍|斧头|斧頭)(?![^\n]{0,10}(?:游戏|遊戲|皮肤|皮膚))|(?<!(?:游戏|遊戲|打游|副本|王者|一)[^\n]{0,10})(?:刀|枪|槍|斧头|斧頭)[^\n]{0,20}(?:杀了|杀死|砍死|捅死|殺了|殺死)(?:他|她|他们|他們)(?!了)
    `,
    reported: String.raw`
      (?:说|說)(?:她|他)(?:已经|已經)?(?:吞|吃|喝)了|(?:他|她)(?:要|想|准备|準備|打算)(?:上吊|跳楼|跳樓|割腕|自杀|自殺)
    `,
  },
  ja: {
    crisis: String.raw`
      (?:あいつ|あの人|あの野郎|奴|やつ|上司|夫|旦那|元彼|元カレ|父親|彼|彼女)を?(?:刺す|刺してやる|殺す|殺してやる|ぶっ殺す)[^\n]{0,30}(?:包丁|ナイフ|刃物|銃)|(?:包丁|ナイフ|刃物|銃)[^\n]{0,30}(?:あいつ|あの人|奴|やつ|上司|夫|旦那|元彼|父親|彼|彼女)を?(?:刺す|刺してやる|殺す|殺してやる)
    `,
    reported: String.raw`
      (?:首を吊る|首吊る|飛び降りる|薬を全部飲んだ|薬全部飲んだ)(?:って|と)(?:言って|言っ|書い|送っ)
    `,
  },
  ko: {
    crisis: String.raw`
      (?<!에 )목(?:을)? ?(?:매달|맬) ?(?:거야|거예요|거다|려고|고 싶|겠어|래|까)
      (?:그 ?새끼|걔|그놈|그 놈|그년|저 ?새끼|저놈|그 사람|남편|아빠|너)(?:를|을|는)? ?(?:칼|흉기|식칼)로 (?:찌를|죽일|찔러 ?버릴) ?(?:거야|거예요|거다|게|꺼야|꺼다)
    `,
    reported: String.raw`
      목 ?(?:매달|맬) ?거(?:라고|래)|(?:죽을|자살할) ?거(?:라고|래)
    `,
  },
  ar: {
    crisis: String.raw`
      NL(?:اشنق|بشنق|هشنق|حاشنق)NR (?:حالي|نفسي|روحي)NR
      NL(?:جرحت|قطعت|شرحت|شطبت)NR (?:ايدي|ايديا|يدي|معصمي|شراييني|عروقي|حالي|نفسي)NR.{0,20}NL(?:بالموس|بالشفرة|بشفرة|بموس|عمدا|قصدا)NR|NL(?:قطعت|جرحت)NR (?:شراييني|عروقي|معصمي)NR
      NL(?:رح |راح |ح |بدي |سوف |سا)?(?:اقتله|اقتلها|اذبحه|اذبحها|اطعنه|اطعنها)NR.{0,40}NL(?:سكين|سكينة|مسدس|سلاح|موس|ساطور)|NL(?:سكين|سكينة|مسدس|سلاح|ساطور)NR.{0,40}NL(?:رح |راح |ح |بدي )?(?:اقتله|اقتلها|اذبحه|اذبحها|اطعنه|اطعنها)NR
    `,
    reported: String.raw`
      NL(?:رح |راح |ح )?(?:يشنق|تشنق) (?:حاله|حالها|نفسه|نفسها)NR|NL(?:ينتحر|تنتحر|بينتحر|بتنتحر)NR
    `,
  },
  fa: {
    crisis: String.raw`
      (?<!(?:اگه|اگر)[^\n]{0,40})NLخودمو (?:دار|حلق آويز) (?:مي ?زنم|بزنم|ميزنم|مي كنم)NR(?!.{0,40}(?:اگه|اگر))
      NLرگ(?:مو|م رو|امو|هامو|دستمو) (?:زدم|مي ?زنم|بزنم|بريدم)NR
      NL(?:مي ?كشمش|مي ?كشمشون|بكشمش)NR.{0,40}NL(?:چاقو|تفنگ|اسلحه|كلت|قمه)|NL(?:چاقو|تفنگ|اسلحه|كلت|قمه)NR.{0,40}NL(?:مي ?كشمش|مي ?كشمشون|بكشمش)NR
    `,
    reported: String.raw`
      NLخودشو (?:دار|حلق آويز) (?:مي ?زنه|بزنه)NR|NLخودشو (?:مي ?كشه|بكشه)NR
    `,
  },
  he: {
    crisis: String.raw`
      NL(?:אתלה|לתלות|תולה) את עצמיNR
      NL(?:חתכתי|אני חותך|אני חותכת|חתכה|פתחתי) (?:את )?(?:עצמי|הוורידים|ורידים|הורידים)NR(?!.{0,20}(?:בטעות|עם נייר|במטבח|בגילוח))
    `,
    reported: String.raw`
      NL(?:יתלה|תתלה) את עצמ(?:ו|ה)NR|NL(?:יתאבד|תתאבד)NR
    `,
  },
  hi: {
    crisis: String.raw`
      NL(?:फांसी|फाँसी|फंदा) (?:लगा|लगाकर) (?:लूंगा|लूँगा|लूंगी|लूँगी|लुंगा|लुंगी)NR|\b(?:phansi|fansi|faansi|phaansi) (?:laga|lagake) (?:lunga|lungi|loonga|loongi)\b
      NL(?:कलाई|नस|नसें) (?:काट) (?:ली|लीं|दी|लिया)NR|\b(?:kalai|nas|nasein|nase) (?:kaat|kat) (?:li|di|liya|lungi|lunga)\b
      \b(?:usko|use|usse|isko|ise|unko) (?:maar|mar|khatam kar) (?:dunga|dungi|daalunga|dalunga|dalungi)\b.{0,50}\b(?:chaku|chaaku|chhuri|churi|katta|bandook|pistol|talwar)\b|\b(?:chaku|chaaku|chhuri|churi|katta|bandook|pistol|talwar)\b.{0,50}\b(?:usko|use|isko|unko) (?:maar|mar|khatam kar) (?:dunga|dungi|daalunga|dalunga|dalungi)\b
      NL(?:उसको|उसे|इसको|उनको) (?:मार|ख़त्म कर|खत्म कर) (?:दूंगा|दूँगा|दूंगी|दूँगी|डालूंगा|डालूँगा)NR.{0,50}(?:चाकू|छुरी|कट्टा|बंदूक|पिस्तौल)
    `,
    reported: String.raw`
      NL(?:फांसी|फाँसी) (?:लगा|लगाकर) (?:लेगा|लेगी)NR|\b(?:phansi|fansi|faansi) (?:laga|lagake) (?:lega|legi)\b
    `,
  },
  vi: {
    crisis: String.raw`
      \b(?:se|muon|dinh|sap|chac|phai) (?:\w+ )?treo co\b(?! (?:con|chuot|ga|meo|cho)\b)
      \b(?:da |vua |lai |tu )?(?:rach|cua) (?:tay|co tay|ven|mach)\b|\b(?:da |vua |lai |tu )?cat (?:co tay|ven|mach mau)\b
      \bgiet (?:no|han|thang|con|ong|ba|chong|vo)\b.{0,40}\b(?:dao|sung|riu|ma tau)\b|\b(?:dao|sung|riu|ma tau)\b.{0,40}\bgiet (?:no|han|thang|con|ong|ba|chong|vo)\b
    `,
    reported: String.raw`
      \b(?:no|ban ay|anh ay|chi ay|em ay|co ay|cau ay|ong ay|ba ay) (?:se |muon |dinh |sap )?(?:treo co|tu tu|nhay cau|nhay lau)\b
    `,
  },
  id: {
    crisis: String.raw`
      \b(?:bunuh|tusuk|bacok|tembak) (?:dia|tuh orang|orang itu|suamiku|suami aku|bapakku|si \w+)\b.{0,40}\b(?:pisau|golok|parang|celurit|pistol|senapan)\b|\b(?:pisau|golok|parang|celurit|pistol|senapan)\b.{0,40}\b(?:bunuh|tusuk|bacok|tembak) (?:dia|tuh orang|orang itu)\b
    `,
  },
  tl: {
    crisis: String.raw`
      \b(?:magbibigti|magbigti|bibigti|magpapabigti)\b
      \b(?:hiniwa|ginilitan|nilaslas|laslas|hiwain|lalaslasin|laslasin) (?:ko )?(?:na )?(?:ang )?(?:pulso|wrist)
      \bpapatayin ko (?:siya|sya|sila|yun|yan|ka)\b.{0,40}\b(?:kutsilyo|baril|itak|patalim|gulok)\b|\b(?:kutsilyo|baril|itak|patalim|gulok)\b.{0,40}\bpapatayin ko (?:siya|sya|sila|yun|yan|ka)\b
    `,
    reported: String.raw`
      \b(?:magbibigti|magpapakamatay|tatalon) (?:na )?(?:siya|sya|daw|raw)\b
    `,
  },
  el: {
    crisis: String.raw`
      NL(?:θα|να) κρεμαστωNR
      NL(?:εκοψα|χαραξα) (?:τις φλεβες|τα χερια|το χερι|τον καρπο) μουNR.{0,20}NLεπιτηδεςNR|NL(?:εκοψα|ανοιξα) τις φλεβες μουNR|NLκοπηκα (?:[^ ]+ ){0,3}επιτηδεςNR
      NLθα (?:τον|την|τους) (?:σκοτωσω|μαχαιρωσω|πυροβολησω)NR.{0,40}NL(?:μαχαιρι|οπλο|πιστολι|καραμπινα|τσεκουρι)NR|NL(?:μαχαιρι|οπλο|πιστολι|καραμπινα)NR.{0,40}NLθα (?:τον|την|τους) (?:σκοτωσω|μαχαιρωσω|πυροβολησω)NR
    `,
    reported: String.raw`
      NL(?:θα|να) κρεμαστειNR|NLθα αυτοκτονησειNR
    `,
  },
  sv: {
    crisis: String.raw`
      \bjag (?:ska|kommer att|tanker|vill|har tankt) (?:\w+ )?hanga mig\b(?! (?:pa|med|vid|kvar)\b)(?! i (?!natt|kvall|morgon|dag|helgen|garaget|skogen|kallaren)\w)
      \bjag har skurit mig\b.{0,30}\b(?:djupt|blod|bloder|med flit|igen|i handleden|i armarna)\b
    `,
    concern: String.raw`
      \bjag har skurit mig\b(?! (?:pa|i) (?:en |ett |papper|kniven|glas|fingret|tummen))
    `,
    reported: String.raw`
      \b(?:ska|vill|tanker) (?:\w+ )?hanga sig\b(?! (?:pa|med|kvar)\b)|\bta livet av sig\b
    `,
  },
  no: {
    crisis: String.raw`
      \b(?:drepe|knivstikke|skyte) (?:ham|han|henne|dem)\b.{0,40}\b(?:kniven|kniv|hagla|gevaeret|pistolen|vapen|oksa)\b|\b(?:kniven|hagla|gevaeret|pistolen|oksa)\b.{0,40}\b(?:drepe|knivstikke|skyte) (?:ham|han|henne|dem)\b
    `,
    reported: String.raw`
      \b(?:skal|vil) henge seg\b
    `,
  },
};
