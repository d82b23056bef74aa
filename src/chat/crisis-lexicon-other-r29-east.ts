/**
 * Round r29b families of the core-phrase screen (crisis-lexicon-other.ts) for Chinese, Japanese,
 * Korean, Arabic, Persian, Hebrew, Hindi (Devanagari), Vietnamese, Indonesian and Tagalog in their
 * own scripts and chat register, read next to each language's own families (folded text: Arabic
 * alef forms written ا, Persian ی/ک written ي/ك, Vietnamese without accents, punctuation a space):
 *   - a method with a place or time ("한강 다리 갈거임", "loncat dari jembatan", "पी लूंगा"), means
 *     gathered (all the pills collected, rat poison bought) with "once everyone is asleep";
 *   - preparation and farewell: a pet handed to a friend with bank passwords written down, a will
 *     or letters left with "thank you for everything", debts settled and "pamit";
 *   - abuse now: he is breaking the door or hitting and says he will kill me, I am hiding/locked in;
 *   - harm to others: a knife or gun taken and "I will stab / slaughter him";
 *   - concern: not waking up, burden ("if I were not here they would be better off"), no hope, a
 *     dead end, pain past bearing, death thoughts, an urge to cut;
 *   - someone else: a farewell post or message from a cousin, friend or son ("유서 같은 걸 보냈어요").
 * Benign: "no wish to die at all" (ja), "angry to death" after a match (vi), a suicide attempt
 * seen at work (nurse, paramedic) or lived through years ago.
 */
import type { ExtraRules } from './crisis-lexicon-other';

/** The r29b families of the Asian, Middle-Eastern and South-Asian languages, per language. */
export const R29_EAST: ExtraRules = {
  zh: {
    crisis: String.raw`
      (?:猫|貓|狗|宠物|寵物|狗狗|猫咪|貓咪)[^\n]{0,6}(?:托给|託給|送给|送給|交给|交給)[^\n]{0,10}了[^\n]{0,60}(?:密码|密碼|遗书|遺書|再见了|再見了)
      (?:密码|密碼)[^\n]{0,10}(?:写在|寫在|留在|放在)[^\n]{0,60}(?:再见了|再見了|永别|永別|下辈子|下輩子)
      (?:弄死|打死|杀了|殺了|掐死|砍死)我[^\n]{0,40}(?:躲在|锁在|鎖在|藏在|不敢出声|不敢出聲)|(?:躲在|锁在|鎖在|藏在)[^\n]{0,30}(?:弄死|打死|杀了|殺了|砍死)我|(?:砸门|砸門|踹门|踹門)[^\n]{0,30}(?:弄死|打死|杀了|殺了|砍死)我
    `,
    concern: String.raw`
      (?:我是|我成了|我就是|我只是)(?:家人|家里|家裡|大家|爸妈|爸媽|父母|全家)?的?(?:负担|負擔|累赘|累贅|拖累)
      (?:睡过去|睡過去|一觉|一覺|睡着|睡著)[^\n]{0,4}不(?:再)?醒(?:来|來)?(?:就好了|多好|该多好|該多好|就好)
      (?:人生|生活|日子|我)[^\n]{0,6}(?:死胡同|绝路|絕路)|(?:怎么|怎麼)(?:都|也)(?:出不去|走不出去|逃不出去)
    `,
    who: String.raw`
      (?:表妹|表姐|表哥|表弟|堂妹|堂姐|堂哥|堂弟|朋友|同学|同學|室友|同事|弟弟|妹妹|哥哥|姐姐|女儿|儿子|女兒|兒子)[^\n]{0,10}(?:在朋友圈|在微博|在群里|在群裡|在ig|在脸书|在臉書)?(?:发了|發了|写了|寫了|说|說)
    `,
    reported: String.raw`
      (?:这是|這是)(?:最后一条|最後一條)(?:了|消息|朋友圈|动态|動態)|大家保重[^\n]{0,30}(?:打不通|不接|联系不上|聯繫不上)
    `,
  },
  ja: {
    benign: String.raw`
      (?:死にたい|しにたい|消えたい|自殺)(?:とか|なんて|って気持ち|という気持ち|気持ち)(?:は|も)?(?:全然|全く|まったく|別に|ぜんぜん)?(?:ない|ありません|ないです)
    `,
    crisis: String.raw`
      (?:ホーム|ほーむ|せんろ|線路|えき|駅|でんしゃ|電車|ビル|おくじょう|屋上|はし|橋|がけ|崖)[^\n]{0,8}(?:から|に|へ)?(?:とびこむ|とびこもう|とびこみます|飛び込む|飛び込もう|とびおりる|とびおりよう|飛び降りる|飛び降りよう)(?![^\n]{0,6}(?:ゆめ|夢|映画|ドラマ|シーン))
      (?:くびつる|首つる|首吊る|首を吊る|くびをつる)(?!って(?:いう|言う)?(?:映画|話|ニュース))
      (?:包丁|ナイフ|刃物)(?:を)?(?:持って|もって)[^\n]{0,20}(?:刺して|刺しに|殺して|殺しに|刺す|殺す|さしてくる|ころしてくる)
      (?:隠れてる|隠れている|隠れてます|閉じこもって|鍵かけて|かくれてる)[^\n]{0,40}(?:殺す|殺される|ころす|ころされる)|(?:殺す|ころす)って(?:言って|いって)[^\n]{0,30}(?:隠れ|かくれ|閉じこも)|(?:殴って(?:きてる|くる|きます|る))[^\n]{0,40}(?:殺す|ころす)って
    `,
    concern: String.raw`
      (?:家族|みんな|親|両親)に(?:迷惑|負担)(?:かける|かけて|ばかり|ばっかり)[^\n]{0,6}(?:だけの)?(?:存在|人間|私|わたし)
      (?:私|わたし|僕|ぼく|俺|おれ|自分)が?(?:いなければ|いないほうが|いない方が|いなくなれば)[^\n]{0,12}(?:楽に|幸せ|しあわせ|いい|らく)
    `,
    who: String.raw`
      (?:後輩|先輩|友達|友人|同僚|妹|弟|姉|兄|娘|息子|彼氏|彼女|生徒)が[^\n]{0,30}(?:って|と)(?:line|ライン|メッセージ|dm|連絡)(?:して|が|を|きた)
    `,
    reported: String.raw`
      生きてる意味(?:ない|が無い|がない)|いきてるいみない|(?:死にたい|しにたい)って
    `,
  },
  ko: {
    crisis: String.raw`
      (?:새벽|밤|오늘|내일)[^\n]{0,10}(?:(?:한강|마포대교|한강 다리)[^\n]{0,8}(?:갈거|갈 거|간다|가려고|갈게|뛰어내릴)|옥상[^\n]{0,8}뛰어내릴)|(?:한강|마포대교)[^\n]{0,8}(?:갈거|갈 거|간다|갈게)[^\n]{0,20}(?:진짜|이번엔|마지막)
      (?:죽여버릴|죽여 버릴|죽일|찔러버릴|찌를)(?:거|꺼|게)[^\n]{0,20}(?:칼|흉기|총|망치)|(?:칼|흉기|총)[^\n]{0,10}(?:샀|들고|챙겼)[^\n]{0,30}(?:죽여|죽일|찔러)
      (?:강아지|고양이|댕댕이|냥이)[^\n]{0,10}(?:맡겼|보냈|부탁했)[^\n]{0,60}(?:비번|비밀번호|유서|그동안 고마웠)|(?:비번|비밀번호)[^\n]{0,30}(?:써놨|적어놨|써 놨)[^\n]{0,30}그동안 고마웠
      (?:죽인다고|죽이겠다고|죽여버린다고|죽여 버린다고)[^\n]{0,20}(?:ㅠ|어떡|무서|숨어)|(?:문 부수|문을 부수|문 두드리|숨어 있|숨어있|문 잠그)[^\n]{0,40}(?:죽인다고|죽이겠다고|죽여버린다고|죽일 거라고)
    `,
    concern: String.raw`
      (?:나만|내가) 없으면[^\n]{0,10}(?:편할|행복할|나을|좋을)
      아무 희망도 없(?:음|어|다|네|어요)|희망이 (?:하나도 |전혀 )?없(?:음|어|다|네)
    `,
    who: String.raw`
      (?:친구|동생|언니|오빠|누나|형|딸|아들|후배|선배)(?:가|이)[^\n]{0,20}(?:보냈|올렸|올리고|올림|썼)
    `,
    reported: String.raw`
      유서(?: 같은 걸| 같은 거| 비슷한 걸|를|랑) 보냈|마지막 인사[^\n]{0,10}(?:올리고|올렸|보냈)[^\n]{0,20}(?:연락이 안|연락 안|안 받)
    `,
  },
  ar: {
    benign: String.raw`
      NLقبل \S+ (?:سنين|سنوات|سنة|سنه|شهور)NR.{0,20}NL(?:حاولت (?:انتحر|الانتحار)|محاولة انتحار)NR(?=.{0,120}(?:الحمد لله|احسن|بخير|اليوم|الحين))
    `,
    crisis: String.raw`
      NL(?:لاذبحه|راح اذبحه|بذبحه|حاذبحه|هذبحه|لاقتله|راح اقتله|بقتله|هقتله)NR(?=.{0,100}(?:سكين|مسدس|سلاح|ساطور))|NL(?:بالسكين|سكين|مسدس|سلاح|ساطور)NR.{0,100}NL(?:لاذبحه|اذبحه|اقتله|بقتله)NR
      NL(?:هرمي|ارمي|حرمي|برمي|راح ارمي) (?:نفسي|حالي)NR(?=.{0,40}(?:كوبري|الكوبري|جسر|الجسر|السطح|سطح|الشباك|البرج|العمارة|الدور))
      NL(?:كتبت وصيتي|كتبت الوصية|كاتب وصيتي|كاتبة وصيتي)NR.{0,140}NL(?:كل شي بيخلص|كل شي راح يخلص|كل شيء سينتهي|كل شي رح يخلص|سلمت)NR
    `,
    concern: String.raw`
      NL(?:صرت|صايره?|انا) (?:حمل|عبء|عالة|عبئ) علىNR|NL(?:احسن|افضل) (?:لهم|لهن|للكل|لاهلي) لو (?:ما كنت|مش|ماني|ما كنتش) موجودNR
    `,
    who: String.raw`
      NL(?:ابني|بنتي|اخوي|اختي|صاحبي|صاحبتي)NR.{0,80}NL(?:رسالة|بيقول|بتقول|كتب|قال)NR
    `,
    reported: String.raw`
      NL(?:انه|انها) (?:عايز|عايزة|عاوز|بده|بدها|يبغى|يبي) (?:يموت|تموت|ينتحر|تنتحر)NR
    `,
  },
  fa: {
    who: String.raw`
      NL(?:دوستم|خواهرم|برادرم|داداشم|ابجيم|پسرم|دخترم|همكارم)NR.{0,30}NL(?:نوشته|گفته|پست گذاشته|استوري گذاشته)NR
    `,
    reported: String.raw`
      NLخداحافظ (?:همه|همگي|براي هميشه)NR.{0,40}NL(?:گوشيش خاموشه|جواب نميده)NR
    `,
    crisis: String.raw`
      NL(?:ميگه|گفته|داد ميزنه) (?:\S+ )?(?:ميكشمت|منو ميكشه)NR|NL(?:در رو ميشكنه|قايم شدم|قايم شديم)NR.{0,100}NL(?:ميكشمت|منو ميكشه)NR
      NLنامه(?: ي)? (?:\S+ ){0,2}(?:رو|را) (?:گذاشتم|نوشتم)NR.{0,100}NL(?:مرسي|ممنون|خداحافظ|حلالم كنيد)NR|NLدادم بهNR.{0,60}NLپاك كردمNR.{0,80}NLنامهNR
    `,
    concern: String.raw`
      NLدرد (?:\S+ )?(?:قابل تحمل نيست|غير قابل تحمل)NR|NLنميتونم (?:اين )?درد(?:و)? تحمل كنمNR
    `,
  },
  he: {
    benign: String.raw`
      NL(?:פרמדיק|פרמדיקית|אחות|אח|רופא|רופאה|חובש|חובשת|שוטר|שוטרת|מוקדן|מוקדנית)NR.{0,60}NL[בל]?(?:ניסיון|נסיון) התאבדותNR
    `,
    crisis: String.raw`
      NL(?:נשק|אקדח|סכין|רובה)NR.{0,100}NL(?:הולך למות|ימות היום|ימות הלילה|אני בדרך אליו)NR
      NL(?:אספתי|אגרתי|החבאתי|שמרתי) (?:את )?(?:כל )?(?:ה)?כדוריםNR(?!.{0,25}(?:מרקחת|מהקופה|מהרופא|מהמרפאה|טניס|כדורגל|כדורסל|גולף|פינג|משחק|מהמגרש))
      NL(?:השארתי|כתבתי) מכתב(?:ים)?NR.{0,120}NL(?:תודה על הכל|ביי|שלום לכולם)NR
      NLש?(?:יהרוג|ירצח) אותיNR.{0,60}NL(?:מסתתרת|מתחבאת|מסתתר|מתחבא|ננעלתי|נעולה)NR|NL(?:יהרוג|ירצח) אותיNR(?=.{0,100}(?:ממ ד|ממד|דלת|מסתתרת|מתחבאת|נעולה|ננעלתי))|NL(?:דופק על הדלת|ננעלתי|מסתתרת|מתחבאת)NR.{0,100}NL(?:יהרוג|ירצח) אותיNR
    `,
    concern: String.raw`
      NLלא רואה (?:שום )?(?:טעם|תקווה|עתיד)NR(?! [לב]\S)
      NLמחשבות (?:על|של) (?:מוות|למות|התאבדות)NR
      NLאין לי (?:בשביל |ל)?(?:מה|מי|למה) לחיותNR|NLאין לי סיבה לחיותNR
    `,
    who: String.raw`
      NL(?:חבר שלי|חברה שלי|אחי|אחותי|הבן שלי|הבת שלי)NR.{0,20}NL(?:שלח|שלחה|כתב|כתבה)NR
    `,
    reported: String.raw`
      NLסליחה על הכלNR.{0,40}NLו?(?:כיבה|כיבתה|לא עונה|לא עונים)NR
    `,
  },
  hi: {
    crisis: String.raw`
      NL(?:कीटनाशक|ज़हर|जहर|सल्फास|चूहे मारने की दवा)NR (?:\S+ )?(?:पी लूंगा|पी लूँगा|पी लूंगी|पी लूँगी|खा लूंगा|खा लूंगी|खा लूँगा|पी जाऊंगा|पी जाऊंगी)
      NLगोलिय(?:ाँ|ां)NR (?:\S+ )?(?:जमा|इकट्ठी|इकट्ठा) कर (?:ली|लिए|रखी)
      NLजान से मार (?:दूंगा|दूँगा|देगा|डालूंगा|डालेगा|देंगे)NR(?=.{0,100}(?:बंद|छुप|बाथरूम|कमरे))|(?:बंद हूँ|बंद हूं|छुपी हूँ|छुपी हूं|छुपा हूँ).{0,100}NLजान से मारNR
    `,
    reported: String.raw`
      NLअलविदा (?:दोस्तों|सबको|सब लोग|दुनिया)NR
    `,
  },
  vi: {
    benign: String.raw`
      \b(?:tuc|buc|cuoi|doi|nong|lanh|ngai|so|ghen) (?:\w+ )?muon chet (?:luon|di duoc|mat)?\b
    `,
    crisis: String.raw`
      \b(?:gui|giao|nho|cho) (?:con |em )?(?:meo|cho|cun|pet)\b.{0,100}\bmat khau\b|\bmat khau (?:ngan hang|the|atm|tai khoan)\b.{0,100}\bcam on\b
    `,
    who: String.raw`
      \b(?:em trai|em gai|ban|anh trai|chi gai|con|thang em|ban than)\b.{0,20}\bdang (?:story|status|fb|bai|len fb)\b
    `,
    reported: String.raw`
      \btam biet moi nguoi\b|\btat may\b
    `,
  },
  id: {
    benign: String.raw`
      (?<=\b(?:nulis|menulis|tulis|ngetik|posting|bilang|ngomong)\b (?:di (?:\w+ ){1,2})?)(?:aku|gue|gw)(?= (?:\w+ )?(?:pengen|mau|ingin|pingin) mati\b)
      \bpasien (?:\w+ )?(?:percobaan |upaya )?bunuh diri\b|\b(?:percobaan|upaya) bunuh diri\b(?=.{0,60}\b(?:pasien|shift|jaga|igd)\b)
    `,
    crisis: String.raw`
      \b(?:loncat|lompat|terjun|nyebur)\b (?:\w+ )?dari (?:jembatan|atap|lantai \w+|gedung|rooftop|flyover|tebing)\b(?!.{0,20}\b(?:ke kolam|main|lomba)\b)
      \b(?:racun|obat tidur|baygon|obat nyamuk)\w*\b.{0,80}\b(?:nunggu|tunggu|nungguin) (?:\w+ ){0,2}(?:tidur|pada tidur|pergi)\b
      \b(?:utang|hutang)\w*\b.{0,40}\blunas\b.{0,100}\b(?:pamit|selamat tinggal)\b|\b(?:kasih|kasi|kukasih) ke\b.{0,80}\bpamit\b
      \b(?:mau|bakal|akan|pengen) bunuh (?:aku|gw|gue|saya)\b(?=.{0,80}\b(?:pintu|kamar|kunci|ngumpet|sembunyi|tolong)\b)|\b(?:gedor\w*|ngamuk|dikunci|ngunci|ngumpet|sembunyi)\b.{0,80}\b(?:mau|bakal|akan) bunuh (?:aku|gw|gue|saya)\b
    `,
    concern: String.raw`
      \b(?:aku|gw|gue|saya) (?:cuma|cuman|hanya|cm) (?:nyusahin|bikin susah|jadi beban|ngerepotin)\b
      \b(?:pengen|pingin|pgn|ingin|mau) (?:\w+ )?(?:nyilet|nyayat|ngiris tangan|menyayat|melukai diri|sayat tangan)\b
    `,
    who: String.raw`
      \b(?:murid|siswa|siswi|anak didik|pasien|klien)\b (?:saya|aku|ku|gw)?.{0,20}\b(?:nulis|menulis|bilang|cerita|ngomong|chat)\b
    `,
  },
  tl: {
    reported: String.raw`
      \bgusto (?:na )?(?:niyang|nyang|niya ng|nya ng) (?:mamatay|magpakamatay)\b
      \bpaalam (?:na )?(?:sa inyong lahat|sa inyo|sa lahat|sa inyo lahat)\b
    `,
    crisis: String.raw`
      \b(?:naipon|inipon|nag ?ipon|tinago|itinago)\b (?:\w+ ){0,4}(?:sleeping pills|pills|gamot|tableta|pampatulog)\b
      \bpapatayin (?:(?:nya|niya|daw|raw|na) ){1,3}(?:ko|ako)\b(?=.{0,100}\b(?:pinto|cr|kwarto|nagtatago|naka lock|nakalock|banyo)\b)|\b(?:sinisipa|kinakalampag|binabalibag|nagtatago|nakakulong)\b.{0,100}\bpapatayin (?:(?:nya|niya|daw|raw|na) ){1,3}(?:ko|ako)\b
    `,
    concern: String.raw`
      \bwala na (?:akong|ako ng|kong|talaga akong) pag ?asa\b
      \bsana (?:d|di|hindi|hnd) na (?:lang |lng )?(?:ako )?magising\b
    `,
  },
};
