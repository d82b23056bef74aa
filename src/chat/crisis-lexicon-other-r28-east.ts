/**
 * Round r28b families of the core-phrase screen (crisis-lexicon-other.ts) for Chinese, Japanese,
 * Korean, Arabic, Persian, Hebrew, Hindi (Devanagari and Hinglish), Vietnamese, Indonesian and
 * Tagalog, read next to each language's own families (folded text: Arabic alef forms written ا,
 * Persian ی/ک written ي/ك, Vietnamese without accents; CJK and Devanagari keep their letters):
 *   - overdose taken: a whole bottle/box or all of some pills, rat poison, mosquito repellent;
 *   - method at hand: on a roof or bridge with a jump, a platform and a train, a rope tied to the
 *     ceiling, charcoal with the windows sealed, a gun to be used on oneself;
 *   - preparation and giving away: letters written, bank PINs written down, belongings handed on
 *     "since I won't need them";
 *   - farewell: see you in the next life, pray for mercy on me, this is my last message;
 *   - abuse now (hitting me, locked in, hiding from a weapon) and harm to others with a weapon;
 *   - concern: passive wishes, burden, hopelessness, no way out, urges to self-harm;
 *   - someone else: a relative's self-harm scars, a goodbye post, a friend saying they will die.
 * Benign: self-harm told as past and stopped ("예전엔 자해했었는데", "dulu pernah nyilet").
 */
import type { ExtraRules } from './crisis-lexicon-other';

/** The r28b families of the Asian, Middle-Eastern and South-Asian languages, per language. */
export const R28_EAST: ExtraRules = {
  zh: {
    crisis: String.raw`
      (?:吞|吃|喝|服)(?:了|下|掉|下了)(?:一整|整|一|半|好几|几十|幾十|[0-9]{2,3})(?:瓶|盒|板|把|片|粒)(?:的)?(?:安眠药|安眠藥|药|藥|止痛药|止痛藥|药片|藥片|退烧药|退燒藥|布洛芬|扑热息痛|抗抑郁药|抗憂鬱藥|百草枯|农药|農藥|老鼠药|老鼠藥|安定)
      (?:把|将|將)(?:所有的?|全部的?|一整瓶|整瓶|整盒)(?:药|藥|安眠药|安眠藥|药片|藥片)(?:都|全)?(?:吃|吞|喝)(?:了|光|完|掉|下去)
      (?<!(?:想过|想過|曾经|曾經|以前|那时|那時|当时|當時)[^\n。]{0,6})(?:天台|楼顶|樓頂|顶楼|頂樓|阳台|陽台|桥上|橋上|大桥|大橋|窗台|窗边|窗邊|江边|江邊|河边|河邊|楼上|樓上|屋顶|屋頂)[^\n]{0,20}(?:跳下去|跳楼|跳樓|跳河|跳江|往下跳|跳下来|跳下來)
      (?:存款|银行卡|銀行卡|银行|銀行|支付宝|支付寶|卡)的?(?:密码|密碼)[^\n]{0,12}(?:写给|寫給|告诉|告訴|留给|留給|发给|發給)[^\n]{0,40}(?:送人|送走|以后不用|以後不用|不用再|遗书|遺書)
      (?:猫|貓|狗|宠物|寵物)(?:也|都)?(?:送人|送走|托付|託付)了[^\n]{0,40}(?:以后|以後|不用再|遗书|遺書|密码|密碼)
      (?:明天|今晚|过了今晚|過了今晚|很快)我?(?:就)?不在了(?!家|公司|学校|學校|北京|上海|办公室|辦公室)
      下辈子再见|下輩子再見|来世再见|來世再見|下辈子见|下輩子見|下辈子再做|下輩子再做
      (?:炭|木炭|烧炭|燒炭)[^\n]{0,30}(?:封好|封死|封住|胶带|膠帶|密封)|(?:封好|封死|胶带|膠帶)[^\n]{0,30}(?:炭|木炭|烧炭|燒炭)
    `,
    concern: String.raw`
      (?:睡着|睡著|睡过去|睡過去|一觉|一覺|睡了)[^\n]{0,6}(?:别|別|不要|不用|再也不|就不)再?醒(?:了|来|來|过来|過來)?
      (?:要是|如果|假如)?我不在了[^\n]{0,10}(?:会更好|會更好|更轻松|更輕鬆|就好了|更开心|更開心|会好过|會好過)
      活着好累|活著好累|活着太累|活著太累|活得好累|活得太累
      (?:想|好想|又想|很想)(?:划|割|劃|伤害|傷害|弄伤|弄傷)(?:自己|手腕|手臂)
    `,
  },
  ja: {
    crisis: String.raw`
      (?<!(?:朝|夜|昼|今日|毎日|食後|寝る前)の)(?:薬|くすり|クスリ|睡眠薬|眠剤|錠剤|市販薬|処方薬)(?:を)?(?:ぜんぶ|全部|まとめて|一気に|大量に|一箱|ひと箱|一瓶|何十錠|[2-9][0-9]錠)(?:を)?(?:飲んだ|のんだ|飲みました|飲んじゃった|飲んでしまった)
      今まで(?:本当に|ほんとに)?ありがとう[^\n]{0,40}(?:終わりにします|さようなら|さよなら|消えます|いなくなります)|(?:終わりにします|消えます|いなくなります)[^\n]{0,40}今まで(?:本当に|ほんとに)?ありがとう
      (?:電車|急行|快速|特急|列車|線路|ホーム|踏切|屋上|橋)[^\n]{0,25}(?:楽になれる(?:気がする|かな|はず|と思う)|楽になります|飛び込む|飛び込みます|飛び降りる|飛び降ります)
    `,
    concern: String.raw`
      楽になりたい|楽になれたら
    `,
    reported: String.raw`
      (?:さよなら|さようなら|もう無理|死にたい|消えたい)[^\n]{0,10}(?:って|と)(?:投稿|書い|言っ|送っ|ツイート|つぶやい)
    `,
  },
  ko: {
    benign: String.raw`
      (?:예전엔|예전에|옛날에|전에는|과거에)[^\n]{0,20}자해(?:했었|를 했었|하던|한 적)
    `,
    crisis: String.raw`
      (?<!(?:에서|데서|에서는|랑|이랑|하고|같이) )살기 ?싫(?:어|다|어요|음)
      (?:편지|유서)(?:를|도)? ?(?:써놨|써 놨|써뒀|써 뒀|남겨놨|남겼|썼)[^\n]{0,60}(?:비번|비밀번호|정리 (?:다 )?(?:됐|했|끝))|(?:비번|비밀번호)[^\n]{0,15}(?:적어|써|알려|남겨)[^\n]{0,40}(?:편지|유서|정리 (?:다 )?(?:됐|했|끝))
    `,
    concern: String.raw`
      (?<!(?:문제|문제는|수학|퀴즈|시험지|정답)[^\n]{0,6})답이 (?:없다|없어|없네|안 보여|안보여)(?! (?:이|그|저) (?:문제|수학|퀴즈))|(?:희망|미래)이 (?:없|안 보)
      내가 (?:없어지면|없으면|사라지면|죽으면)[^\n]{0,20}(?:덜 힘들|편할|나을|행복할|좋을)
    `,
    reported: String.raw`
      자해 ?(?:상처|흔적|자국)
    `,
  },
  ar: {
    crisis: String.raw`
      NL(?:قررت|ناوي|ناوية|ناويه|رح|راح|بدي|ابي|ابغي|اريد|عايز|عايزة|عاوز|حابب)NR (?:اني |ان )?انتحرNR|NLانتحرNR (?:الليلة|الليله|اليوم|بكرة|بكره|هلق|الحين|دلوقتي)NR|NL(?:هنتحر|حنتحر|سانتحر)NR
      NL(?:بلعت|شربت|اخذت|خذيت|اكلت|ابتلعت)NR (?:(?:علبة|علبه|شريط|باكو|كل|جميع|كمية) )(?:ال)?(?:حبوب|ادوية|ادويه|دوا|دواء|بنادول|مسكنات|منومات|حبوب النوم)NR|NL(?:بلعت|شربت|اخذت|ابتلعت)NR (?:ال)?(?:حبوب|ادوية|دوا|بنادول|مسكنات|منومات)NR (?:كلها|كله|كاملة|كامله)NR|NL(?:بلعت|ابتلعت)NR (?:علبة|علبه|شريط) 
      NL(?:يضربني|بيضربني|عم يضربني|يخنقني|بيخنقني|عم يخنقني)NR.{0,30}NL(?:الحين|الان|هلق|هلا|دلوقتي|ساعدوني|الحقوني|قافل|قفل)NR|NL(?:قافل|قفل|مسكر|سكر) الباب (?:علي|عليا)NR.{0,30}NL(?:ساعدوني|الحقوني)NR
      NL(?:وصيتي|الوصية|وصيه)NR.{0,100}NL(?:ما|مش|مو|لن) (?:راح |رح |ح )?(?:تشوفوني|تروني)NR|NLكتبت (?:وصيتي|الوصية|رسالة وداع)NR.{0,80}NLسامحونيNR
      NL(?:على|علي|فوق) (?:سطح|السطح)NR.{0,60}NL[وف]?(?:مش هنزل|ما رح انزل|مو نازل|هنط|رح انط|حنط|هرمي نفسي|رح ارمي حالي|ارمي نفسي)NR
      NL(?:هاد|هذا|هذي|هاي|دي|ده|هذه) (?:اخر|آخر) (?:مسج|رسالة|رساله|مسدج)NR(?! (?:مني )?(?:اليوم|الليلة|الليله|لليوم|الحين|قبل|بالشغل))(?!.{0,40}(?:تصبحوا|تصبح|بكرة نحكي|بكره نحكي|نتكلم بكرة))|NL(?:ادعولي|ادعوا لي) بالرحمةNR
    `,
    concern: String.raw`
      NL(?:ياريتني|يا ريتني|ليتني|ياليتني|يا ليتني|ريتني) (?:ما|لم) (?:انولدت|اتولدت|ولدت|انخلقت|خلقت|جيت عالدنيا|جيت على الدنيا)NR
      (?<!NL(?:مستحيل|ما|مش|مو|لن|لا|ابدا)NR[^\n]{0,20})NL(?:ا?اذي|اوذي|اذي) (?:حالي|نفسي|روحي)NR
    `,
    reported: String.raw`
      NL(?:بدو|بده|بدها|يبي|يبغى|عايز|عايزة|عاوز|يريد|تريد) (?:ي|ت)موتNR|NLعطاني (?:ساعته|اغراضه|اشياءه|اشياؤه)NR
    `,
  },
  fa: {
    crisis: String.raw`
      NL(?:خودمو|خودم رو|خودم را) (?:از|از روي|از بالاي) (?:[^ ]+ ){0,2}?(?:پرت|پايين) ?(?:مي ?كنم|مي ?ندازم|بندازم|كنم)NR|NLاز (?:پل|پشت بوم|بالكن|ساختمون|ساختمان|طبقه [^ ]+) (?:مي ?پرم|پايين مي ?پرم)NR
      NL(?:همه|همه ي|تمام|يه بسته|يه مشت|يه عالمه)NR(?!.{0,50}(?:طبق|دستور|نسخه|هر روز|روزانه|مثل هميشه)).{0,25}(?:قرص|دارو|ورق)[^ ]*.{0,20}NLخوردمNR|NL(?:[2-9][0-9]|\d{3}) تا (?:قرص|ورق)NR.{0,20}NLخوردمNR
      NL(?:طناب|طنابو|طنابم)NR.{0,20}NL(?:بستم|وصل كردم|انداختم)NR.{0,10}(?:سقف|تير سقف|پنكه|لوستر|ميله)
      NL(?:دادم|بخشيدم)NR.{0,60}NLديگه (?:لازمم|به دردم) (?:نميشه|نمي شه|نمي خوره|نميخوره|نمي خورن|نيست)NR
      NLحلالم (?:كنيد|كنين|كن)NR.{0,80}NL(?:ممنونم|خداحافظ|مراقب خودتون|ببخشيد)NR|NL(?:ممنونم|خداحافظ|ببخشيد)NR.{0,80}NLحلالم (?:كنيد|كنين|كن)NR
      NL(?:نامه|نامه ها|نامه هامو|وصيت|وصيتنامه)NR.{0,100}NLهمه چيز? (?:تموم|تمام) (?:ميشه|مي شه)NR|NLهمه چيز? (?:تموم|تمام) (?:ميشه|مي شه)NR.{0,100}NL(?:نامه|نامه ها|وصيت|وصيتنامه)NR
    `,
    concern: String.raw`
      NLكاش (?:هيچوقت |هيچ وقت |اصلا )?(?:به دنيا نيومده بودم|به دنيا نمي ?اومدم|دنيا نمي ?اومدم)NR
      NLكاش (?:تصادف كنم|بميرم|نباشم|يه ماشين بزنه بهم|تموم شه)NR
    `,
  },
  he: {
    crisis: String.raw`
      NL(?:אקפוץ|קופץ|קופצת|לקפוץ)NR (?:מ|מה|מעל ה|מעל )(?:גשר|גג|בניין|מרפסת|קומה|צוק)(?!.{0,20}(?:בנג|באנג|לבריכה|למים))
      NL(?:להשתמש|אשתמש|להפנות|לירות|אירה)NR (?:בו |בה |אותו )?(?:על |נגד |ב)עצמיNR
      NLכתבתי (?:מכתב|מכתבים|מכתב פרידה)NR.{0,80}NL(?:תגידו ל|תגידי ל|תמסרו ל|סליחה|אני אוהב|אני אוהבת)
      NLו?נתתיNR.{0,60}NL(?:לא אצטרך|כבר לא אצטרך) (?:אותה|אותו|אותם|אותן) (?:יותר|כבר)NR
      NL(?:דוקר|דוקרת|אדקור|אהרוג|ארצח)NR (?:אותו|אותה|אותם)NR.{0,60}NL(?:הסכין|סכין|אקדח|הנשק|גרזן)NR|NL(?:הסכין|סכין|אקדח|גרזן)NR.{0,60}NL(?:דוקר|דוקרת|אדקור|אהרוג|ארצח)NR (?:אותו|אותה|אותם)NR
    `,
    concern: String.raw`
      NLאין לי כוח (?:יותר )?(?:לכלום|לחיות|לחיים)NR|NLהכל שחורNR
      NL(?:שלא הייתי נולד|שלא נולדתי)
      NLכמה עוד (?:אני )?(?:יכול|יכולה|אוכל) (?:לסבול|להחזיק)NR
    `,
    reported: String.raw`
      NLנפרד(?:ה)? מכולםNR|NLהודעת פרידהNR
    `,
  },
  hi: {
    crisis: String.raw`
      NLखुद को (?:मार|ख़त्म|खत्म) (?:लूंगा|लूँगा|लूंगी|लूँगी|दूंगा|दूँगा|दूंगी|दूँगी|डालूंगा|डालूंगी|डालूँगा|डालूँगी|लुंगा|लुंगी)NR|NL(?:आत्महत्या|सुसाइड) (?:कर लूंगा|कर लूँगा|कर लूंगी|कर लूँगी|करूंगा|करूँगा|करूंगी|करूँगी)NR
      NL(?:चूहे मारने की दवा|चूहेमार दवा|ज़हर|जहर|कीटनाशक|सल्फास|नींद की (?:सारी )?गोलियाँ|नींद की (?:सारी )?गोलियां|सारी गोलियाँ|सारी गोलियां)NR.{0,10}NL(?:पी|खा|निगल) (?:ली|लीं|लिया|लिए|गया|गई)NR
      \b(?:zeher|zehar|jehar|chuhe (?:maarne|marne) (?:ki|wali) dawa|sulfas|saari goliyan|sari goliyan|neend ki (?:saari |sari )?goliyan)\b.{0,10}\b(?:pi|kha|khaa) (?:li|liya|lia|gaya|gayi|gyi)\b
      \b(?:railway track|rail(?:way)? ki patri|patri|train ke aage)\b.{0,10}\b(?:pe |par |pr |ke aage )?(?:jaunga|jaungi|jaaunga|jaaungi|kood jaunga|kood jaungi|lait jaunga|lait jaungi|chala jaunga|chali jaungi)\b
      NL(?:रेलवे ट्रैक|रेल की पटरी|पटरी|ट्रेन के आगे)NR.{0,10}NL(?:पर |पे )?(?:जाऊंगा|जाऊँगा|जाऊंगी|जाऊँगी|कूद|लेट)
      NL(?:सबको|सब से|सबसे) (?:मेरी तरफ से )?(?:सॉरी|माफ़ी|माफी)NR.{0,80}NL(?:ख्याल रखना|ख़्याल रखना|ध्यान रखना|जा रहा हूँ|जा रही हूँ|जा रहा हूं|जा रही हूं|अलविदा)NR|\b(?:sabko|sab se|sabse) sorry\b.{0,80}\b(?:khayal rakhna|khyal rakhna|dhyan rakhna|ja raha hu|ja rahi hu|alvida)\b
      NL(?:दे दिए|दे दिया|दे दी|दे दीं)NR.{0,40}NL(?:मुझे )?(?:अब )?(?:इनकी|इसकी|उनकी|किसी चीज़ की|किसी चीज की) (?:ज़रूरत|जरूरत) नहींNR|\bde (?:diya|diye|di)\b.{0,40}\b(?:ab )?(?:inki|iski|unki|kisi cheez ki) (?:zarurat|jarurat|zaroorat|jaroorat) (?:nahi|nhi)\b
      NL(?:पंखे|फंदे|छत)NR (?:से )?(?:लटक|झूल) (?:जाऊंगा|जाऊँगा|जाऊंगी|जाऊँगी)NR|\b(?:pankhe|fande|phande) (?:se )?(?:latak|jhool) (?:jaunga|jaungi|jaaunga|jaaungi)\b
    `,
    concern: String.raw`
      \b(?:main|mai|me) (?:sab|sabhi|ghar|ghar walon|family|parivar) (?:pe|par|ke liye) (?:ek )?(?:bojh|bojhh|burden) (?:hoon|hu|hun|ban gaya|ban gayi|ban gya)\b|NL(?:मैं )?(?:सब|सबके|घर|परिवार)(?: पर| के लिए)? (?:एक )?बोझ (?:हूँ|हूं|हु|बन गया|बन गई)NR
      NLकोई (?:रास्ता|उम्मीद) नहीं (?:दिखता|दिख रहा|दिखती|बचा|बची)NR|\bkoi (?:rasta|raasta|ummeed|umeed) (?:nahi|nhi) (?:dikhta|dikh raha|bacha|bachi)\b
      \bmar (?:jaun|jaaun|jau|jaau|jaoon) (?:toh|to|tho)\b(?! bhi)|\b(?:lagta hai|man karta hai|dil karta hai) (?:ki )?mar (?:jaun|jaaun|jau|jaau)\b|NLमर (?:जाऊं|जाऊँ) तोNR
    `,
    reported: String.raw`
      NL(?:पंखे|फंदे|छत)NR (?:से )?(?:लटक|झूल) (?:जाएगी|जाएगा|जायेगी|जायेगा)NR|NL(?:मर|लटक|कूद) (?:जाएगी|जाएगा|जायेगी|जायेगा)NR
    `,
  },
  vi: {
    benign: String.raw`
      \b(?:bi )?(?:cat|dut) (?:phai )?tay\b(?= (?:khi|luc|trong luc|do|vi) (?:\w+ )?(?:nau|thai|got|cat rau|lam bep|rua|bi dao|dao))
    `,
    crisis: String.raw`
      \buong (?:het|ca|nguyen|tat ca) (?:ca )?(?:lo|hop|vi|tup|ve|nam) ?(?:thuoc|thuoc ngu|thuoc an than)\b|\buong (?:\d\d|muoi|hai muoi|ba muoi|may chuc) vien\b|(?<!\b(?:khong|ko|chua|dung|chang|cha) (?:he |co )?)\buong thuoc (?:tru sau|chuot|diet co)\b
      \b(?:mai|ngay mai|toi nay|sau dem nay) (?:t|tao|toi|minh|em|con|tui|anh|chi) (?:se )?(?:khong|ko|k|chang) con (?:o day|tren doi|tren the gian|song) nua\b(?!.{0,40}\b(?:chuyen nha|chuyen di|ve que|nghi viec|du lich|cong tac|ra truong|di hoc|xuat canh)\b)
      \b(?:tren|o|dang o|dung tren|leo len) (?:cau|noc nha|san thuong|tang thuong|mai nha|lan can|ban cong)\b.{0,50}\b(?:nhay xuong|lao xuong|gieo minh)\b|\bnhay (?:cau|lau|song|xuong song)\b
      \b(?:da )?viet (?:thu|la thu|mot la thu|thu tuyet menh|di thu)\b.{0,60}\b(?:xin loi|tha loi|vinh biet|dung buon)\b
      \b(?:cho|tang|de lai)\b.{0,60}\b(?:mai|ngay mai|sau nay|tu nay|tu mai) (?:t|tao|toi|minh|em|con|tui|anh|chi) (?:dau|khong|ko|k|chang|cung dau|cung khong) (?:con )?can (?:nua|den nua|dung nua)\b
    `,
    concern: String.raw`
      \bchan song\b(?! (?:o|tai|trong|voi|cung|nha|chung)\b)|\bngu (?:luon|mot giac) (?:khong|ko|k|cha|chang) (?:day|tinh day|thuc day) (?:nua|lai)\b
      \b(?:khong|ko|k|chang) (?:con )?(?:thay|co) (?:tuong lai|hy vong|hi vong|loi thoat|loi ra)\b
    `,
  },
  id: {
    benign: String.raw`
      \bdulu\b (?:\w+ ){0,2}(?:nyilet|nyayat|menyayat|ngiris|mengiris|melukai) (?:tangan|diri|nadi|lengan)\b|\bpernah (?:nyilet|nyayat|menyayat|ngiris|melukai) (?:tangan|diri|nadi|lengan)\b(?=.{0,40}\b(?:sekarang|udah|sudah) (?:\d+ |lama )?(?:tahun|bulan|bersih|berhenti)\b)
    `,
    crisis: String.raw`
      \b(?:minum|nelen|menelan|nenggak|neguk)\b (?:\w+ ){0,3}?(?:obat nyamuk|racun(?: tikus| serangga)?|baygon|pembasmi serangga|pemutih|bayclin|karbol)\b
      \b(?:minum|nelen|menelan|nenggak)\b (?:obat|pil|obat tidur|paracetamol|parasetamol|panadol|antimo)\b (?:\w+ )?(?:sebotol|sebungkus|sekotak|sestrip|semua|semuanya|segenggam|[1-9]\d (?:butir|tablet|biji))\b
      \b(?:akan|mau|pengen|ingin|bakal|mo) (?:\w+ )?gantung diri\b|\btali(?:nya)? (?:udah|sudah|uda) (?:siap|disiapin|diikat|terpasang)\b
      \b(?:maaf|maafin)\b.{0,40}\b(?:nyusahin|menyusahkan|ngerepotin|merepotkan|jadi beban)\b.{0,40}\bpamit\b
      \b(?:kasih|kasihin|dikasih|ngasih|kasi|berikan|kukasih)\b.{0,40}\b(?:ga|gak|nggak|ngga|tidak|tak|gk) (?:butuh|perlu|pake|pakai) (?:lagi|lg)\b.{0,15}\b(?:abis ini|setelah ini|habis ini|sebentar lagi)\b
      \b(?:ngamuk|mengamuk|mukulin|mukul|nyekik|ngancam)\b.{0,40}\b(?:bawa|pegang|megang|ngacungin) (?:parang|golok|pisau|celurit|arit|kapak|pistol)\b|\b(?:parang|golok|pisau|celurit|arit|kapak)\b.{0,60}\b(?:ngumpet|sembunyi|bersembunyi|ngunci diri|kekunci|mengunci diri)\b
    `,
    concern: String.raw`
      \b(?:pengen|pingin|pengin|ingin|mau) (?:ilang|hilang|menghilang|lenyap)(?: aja| saja| dari dunia ini| dari dunia)?\b(?! (?:dari|ke) (?:grup|group|sini|kantor|rumah))|\bcapek (?:banget )?(?:hidup|idup)\b
    `,
    reported: String.raw`
      \b(?:nyiapin|menyiapkan|siapin|nyiapain) (?:tali|racun)\b
    `,
  },
  tl: {
    crisis: String.raw`
      \b(?:rooftop|bubong|tulay|building|gusali|condo|balkonahe|terrace|bangin|riles)\b.{0,50}\btatalon (?:na )?(?:ako|aq)\b|\btatalon (?:na )?(?:ako|aq) (?:sa|mula sa|galing sa) (?:rooftop|bubong|tulay|building|gusali|condo|balkonahe|bangin)\b
      \b(?:sinasaktan|binubugbog|sinasakal|sinusuntok|pinapalo|ginugulpi) (?:ako|kami)\b.{0,60}\b(?:ngayon|nakakandado|naka lock|nakalock|nagtatago|saklolo)\b|\b(?:nakakandado|naka lock|nakalock|nagtatago) (?:ako|kami)\b.{0,60}\b(?:sinasaktan|binubugbog|sinasakal|sinusuntok)\b
    `,
    concern: String.raw`
      \bsana (?:mawala|maglaho|mamatay|di na magising|hindi na magising) (?:na )?(?:lang |lng )?(?:ako|aq)\b
    `,
  },
};
