/**
 * Round r29b families of the core-phrase screen (crisis-lexicon-other.ts) for the ROMANIZED way
 * people type in chat, one family per language with its several spellings (folded text: lower
 * case, digits kept, punctuation a space):
 *   - Russian/Ukrainian translit: "vbyu sebe / ubyu sebya", an urge to cut ("khochetsya
 *     porizatys / porezatsya"), pills "koly vsi zasnut / kogda vse usnut", "vse bessmyslenno";
 *   - Greeklish: "tha pesw apo th gefyra", "mazepsa ola ta xapia", "tha me skotwsei" behind a
 *     locked door, "na mhn ksypnhsw" (w/o, h/i, x/h spellings);
 *   - Arabizi (Egyptian/Levantine, 2/3/5/7 for letters): "ra7 2e2tol 7ali / a2tol nafsi",
 *     "baddi moot / 3ayez amoot", all the pills taken ("wa5da kol el bershamat"), "hay2telni"
 *     with a locked door, "anam w ma2omsh tani";
 *   - Persian Finglish: "az pol beparam", "hame ghorsa ro khordam", "mige mikoshamet";
 *   - Hebrew translit: "holechet lehitabed", "rotze lehitabed";
 *   - Hinglish: all the pills swallowed ("saari goliyan kha li");
 *   - in several of them: a jump from the bridge or roof ("pidao apo th gefyra", "harmi nafsi men
 *     3al kobri", "prygnu s kryshi"), no hope or a burden ("obuza dlya semyi", "3eb2 3ala ahli",
 *     "sarbare hame shodam"), and a friend reported to want to die ("enha bada tmoot",
 *     "nevesht mikhad khodkoshi kone"), each first-person form guarded against its negation
 *     ("den thelw", "msh", "lo", "ne");
 *   - Japanese written in kana only is read in crisis-lexicon-other-r29-east.ts.
 * Benign: a Ukrainian translit "once I thought about suicide, but 4 years fine now".
 */
import type { ExtraRules } from './crisis-lexicon-other';

/** The r29b romanized families, per language. */
export const R29_ROMAN: ExtraRules = {
  ru: {
    crisis: String.raw`
      \b(?:prygnu|sprygnu|skaknu|broshus|brosus) (?:s|so) (?:kryshi|krishi|mosta|balkona|okna|etazha)\b|\b(?:broshus|brosus|lyagu) pod (?:poezd|mashinu|elektrichku)\b
      \b(?:pokonchu|pokonchit|pokoncha) s (?:soboy|soboi|soboj|soboyu)\b
      \b(?:ya )?(?:ubyu|ub yu|ubju) (?:sebya|sebia)\b|\b(?:tabletk\w*|snotvorn\w*|lekarstv\w*)\b.{0,100}\bkogda (?:vse|vsie) (?:usnut|zasnut|lyagut)\b
    `,
    concern: String.raw`
      \b(?:ya )?obuz[aeuy] (?:dlya|dlia) (?:vseh|vsekh|nih|nikh|semyi|semi|detey)\b|\b(?:vyhoda|vykhoda) (?:net|ne vizhu)\b|\bne vizhu (?:vyhoda|vykhoda)\b
      \bvs[eyo] (?:tak |prosto |absolyutno )?bessmyslenn\w*\b|\bkak pust\w* mest\w*\b|\b(?:khochetsya|hochetsya|hochu|khochu) (?:opyat |snova )?(?:porezatsya|porezat sebya|rezat sebya)\b
    `,
  },
  uk: {
    benign: String.raw`
      \bkolys\w* (?:ya )?(?:dumal[a]?|dumav|dumaly) pro samohubstv\w*\b(?=.{0,60}\b(?:normalno|dobre|vzhe \d+|vzhe kilka|mynulo|zaraz)\b)
      NLколись (?:я )?(?:думала?|думав) про самогубств\S*NR(?=.{0,60}NL(?:нормально|добре|вже \d+|минуло)NR)
    `,
    crisis: String.raw`
      (?<!\bne )\b(?:khochu|hochu|xochu|khochetsya) (?:prosto )?(?:pomerty|pomerti|vmerty|umerty)\b|\bne (?:khochu|hochu|xochu) (?:bilshe |vzhe )?(?:zhyty|zhiti|zhity)\b|\b(?:pokinchu|pokinchyty) z (?:soboyu|soboju)\b
      \b(?:ya )?(?:vbyu|vb yu|ubyu|vbiyu|vbju) (?:sebe|sebia)\b|\b(?:khochu|hochu|pidu|zbyrayus) (?:vbyty|ubyty|vbyty) sebe\b
      \b(?:tabletk\w*|pihulk\w*|pigulk\w*|liky)\b.{0,100}\bkoly (?:vsi|vse) (?:zasnut|liazhut|lyazhut|spatymut|usnut)\b
    `,
    concern: String.raw`
      \b(?:khochetsya|khochetsia|hochetsya|hochetsia|khochu|hochu|tyahne) (?:znovu |znov |shche |opyat )?(?:porizatys[ya]?|porizatysia|porizaty sebe|rizaty sebe)\b
    `,
  },
  el: {
    crisis: String.raw`
      (?<!\b(?:den|dn|oute|mhn|min) )\b(?:thelw|thelo|8elw|8elo) (?:na )?(?:pethanw|pethano|pe8anw|pe8ano|pethenw|autoktonisw|aftoktoniso|autoktonhsw|aftoktonisw)\b|(?<!\b(?:den|dn|pote|oute) )\btha (?:autoktonisw|aftoktoniso|aftoktonisw|autoktonhsw|aftoktonhsw|autoktonhso)\b
      \bden (?:thelw|thelo|8elw|8elo) (?:na )?(?:zw|zo|zisw|zhsw|ziso) (?:allo|pia)\b
      \b(?:phdaw|pidao|pidaw|phdao) apo (?:th|ti|thn|tin|to) (?:gefyra|gefura|gefira|taratsa|gkremo|gremo)\b
      \btha (?:pesw|peso|pidiksw|pidikso|pidhksw|phdhksw|pithikso) apo (?:th|ti|thn|tin|to|tn) (?:gefyra|gefura|gefira|taratsa|mpalkoni|balkoni|gkremo|gremo|polykatoikia)\b
      \b(?:mazepsa|mazeuw|mazevw|mazevo|ekrypsa|ekripsa|krataw|kratao) (?:\w+ ){0,2}(?:xapia|hapia|xapakia|xaps)\b
      \btha me (?:skotwsei|skotosei|skotosi|skotwsi|sfaksei|sfaxei)\b(?=.{0,100}\b(?:porta|kleidwmen\w*|kleidomen\w*|mpanio|banio|krymmen\w*|kryvomai|krivome)\b)|\b(?:porta|kleidwmen\w*|kleidomen\w*|kryvomai|krivome)\b.{0,100}\btha me (?:skotwsei|skotosei|skotosi|sfaksei)\b
    `,
    concern: String.raw`
      \b(?:kamia|kammia|kammia|kanena|kamian) elpida den (?:exw|exo|echo)\b|\bden (?:exw|exo|echo) (?:kamia |pia )?elpida\b|\beimai (?:ena )?varos\b
      \bna (?:mhn|min|mi) (?:ksypnhsw|ksipniso|xypnhsw|xipniso|ksypnisw|ksupnisw|ksypnhso|ksipnisw)\b
    `,
  },
  ar: {
    who: String.raw`
      \b(?:sa7bi|sa7bti|sahbi|a5oya|akhoya|o5ti|okhti|ebni|binti|benti|7abibti|zamili)\b.{0,40}\b(?:katab|katabet|2al|2alet|ba3at|ba3atet|nazzal|nazzalet)\b
    `,
    reported: String.raw`
      \b(?:enno|enha|ennu|inno|enaha|ino|enu) (?:bado|bada|3ayez|3ayza|bdo|bdha|bidu|bidha|badu) (?:ymoot|ymot|tmoot|tmot|yentehr|yente7er|tente7er|ymout)\b
    `,
    crisis: String.raw`
      (?<!\b(?:msh|mish|mesh|mush|ma|mo|la|mosh|mech|mich) )\b(?:ha|7a|ra7 |rah |b|bad |badi |baddi |bade |beddi |3ayez |3ayz |3ayza |nefsi )?(?:2tel|a2tel|2atel|2a2tel|ktel|2e2tel|2i2tel|e2tel) (?:nafsi|nafsy|7ali|7aly|roo7i|ro7i)\b
      (?<!\b(?:msh|mish|mesh|mush|ma|mo|la|mosh|mech|mich) )\b(?:hantehr|7antehr|ha2ente7er|hantiher|hante7er|hante7ar|7ante7er)\b|\b(?:ra7|rah|badi|baddi|bade|bedi|beddi|bdi|3ayez|3ayz|3ayza|3awez|nefsi) (?:2ente7er|ente7er|antehr|ante7er|antiher|2ante7er|entehr|ante7ar)\b
      (?<!\b(?:msh|mish|mesh|mush|ma|mo|la|mosh|mech|mich) )\b(?:ra7|rah|7a|ha|bad|baddi|badi|bade|3ayez|3ayz|3awez|nefsi)? ?(?:2e2tol|a2tol|aktol|2a2tol|2oktol|e2tol|ektol|a2tel|aktel|2a2tel) (?:7ali|7aly|7alee|nafsi|nafsy|roo7i|ro7i)\b
      \b(?:baddi|badi|bade|bdi|3ayez|3ayz|3awez|3awz|3ayza|nefsi) (?:a?moo?t|2moot|amout|mout)\b
      \b(?:harmi|armi|7armi|barmi|ra7 armi|ha?rmy) (?:nafsi|nafsy|7ali|7aly)\b(?=.{0,40}\b(?:kobri|el kobri|gesr|jisr|sat7|el sat7|shebbak|borg|3emara|balcona|el dor)\b)
      \b(?:wa5da|wa5ed|wakhda|5adt|khadt|akhadt|2akhadt|bala3t|shrebt|sharabt|shribt|khalast) (?:kol|kul|kull|3elbet|3elbit) (?:el ?|l)?(?:bershamat|barashem|7obob|7ubub|hbob|7bob|dawa|adwya|adweya|pills|3elba)\b
      \b(?:beyedrabni|biyedrabni|bi?yodrobni|byedrabni|bed?rabni|3ambiyedrabni|3am yedrabni)\b.{0,60}\b(?:mestakhabeya|mestakhabi|m5tbya|m5tbi|mitkhabaye|2afla|2afel)\b|\b(?:mestakhabeya|mitkhabaye|2afla 3ala nafsi)\b.{0,60}\b(?:beyedrabni|biyedrabni|byedrabni)\b
      \b\w{0,4}(?:2telni|2tilni|2telny|2atelni|ktelni|ye2telni)\b(?=.{0,100}\b(?:2afla|2afel|2afil|amfla|mi2fla|el bab|mestakhabeya|mstkhabya|3eyal|wlad|el ooda)\b)|\b(?:2afla|2afel|2afil|mestakhabeya|beyksar el bab|byksar el bab)\b.{0,100}\b\w{0,4}(?:2telni|2tilni|2telny|2atelni|ktelni)\b
    `,
    concern: String.raw`
      \b(?:ana )?(?:3eb2|3ebe2|3eb2a|3ab2|3ebb2|2ebe2) 3ala (?:ahli|ahly|3elti|3elty|el kol|kol el nas)\b
      \b(?:anam|nam|a?nam) (?:w|we|wa) (?:ma ?2omsh|ma2oumsh|ma2oomsh|mas7ash|ma as7ash|ma ?as7ach|mas7ach)\b|\b(?:ma ?2omsh|ma2oumsh|ma ?as7ash|mas7ash) (?:tani|tany|abadan|abadn|ba2a)\b
    `,
  },
  fa: {
    concern: String.raw`
      \bsarbar\w* (?:\w+ )?(?:am|hastam|shodam)\b|\bkash (?:\w+ )?bemiram\b(?! az)
    `,
    who: String.raw`
      \b(?:dustam|doostam|khaharam|baradaram|dadasham|pesaram|dokhtaram|rafigham|hamkaram)\b.{0,40}\b(?:nevesht|neveshte|goft|gofte|payam dad|payam dade)\b
    `,
    reported: String.raw`
      \b(?:mikhad|mikhaad|mikhast|mikhaste) (?:khodkoshi (?:kone|kune)|bemire)\b
    `,
    crisis: String.raw`
      \b(?:mikham|mikhaam|mikhastam|mikhay?am) (?:\w+ )?(?:khodkoshi|khod koshi|khodkeshi) (?:konam|konm|kunam)\b|\bkhodkoshi (?:mikonam|mikonm)\b|\b(?:mikham|mikhaam) (?:\w+ )?bemiram\b(?! az (?:khande|khejalat|khoshhali|ghosse|garma|sarma|gorosnegi))
      \b(?:nemikham|nemikhaam|nmikham) (?:dige )?(?:zende|zendeh) (?:basham|bmunam|bemunam|bemoonam)\b|\b(?:khodamo|khodam ro|khodamro) (?:mikosham|mikoshm)\b
      \baz (?:pol|poshtbom|posht bam|posht bum|pošt bam|balkon|boloandi|sakhtemun|sakhteman|tabaghe \w+) (?:\w+ )?(?:beparam|bepparam|miparam|mipparam|khodamo part konam|paiin beparam)\b
      \b(?:hame|hameye|hamaye|kolle|ye baste|ye mosht) (?:\w+ ){0,3}(?:ghors|ghorsa|gorsa|ghorsaro|ghorsha|daroo|daruha|darooha)\w*\b.{0,40}\b(?:khordam|bala dadam|ghoort dadam|khordam)\b(?!.{0,30}\b(?:tebgh|dastur|doktor)\w*)
      \b(?:mige|gofte|dad mizane) (?:\w+ )?(?:mikoshamet|mikoshamt|mikoshamit|mano mikoshe)\b|\b(?:mikoshamet|mano mikoshe)\b(?=.{0,100}\b(?:ghayem|ghaim|dar ro|hammum|hamum|dastshooyi)\w*)
    `,
  },
  he: {
    crisis: String.raw`
      (?<!\blo )\b(?:ani )?(?:rotze|rotza|rotse|rotsa) la?mut\b|\b(?:ani )?lo (?:rotze|rotza|rotse|rotsa) (?:od |yoter )?li?chyot\b
      (?<!\blo )\b(?:holech(?:et)?|holekh(?:et)?|olech(?:et)?|rotz(?:e|a)|rots(?:e|a)|metachnen(?:et)?|mit?kaven(?:et)?|met?kaven(?:et)?) le ?hit(?:a|aa)bed\b
    `,
  },
  hi: {
    crisis: String.raw`
      \b(?:khudkushi|khudkhushi|khudkhusi|khud kushi|khudkhudi) (?:kar|kr) (?:lunga|lungi|loonga|loongi|lu|lungaa|dunga)\b
      (?<!\bse )\b(?:main|mai|me|aaj|aaj raat|kal|abhi) (?:\w+ )?(?:mar|mr) (?:jaunga|jaungi|jaun|jaaunga|jaaungi|jaunga main)\b(?! (?:agar|to|toh|warna|hasi|has)\b)
      \b(?:jeena|jina|jeene)\s(?:nahi|nhi|nahin)\s(?:hai|h|chahta|chahti|chahiye)\b.{0,60}\b(?:aaj|kal|abhi)\s(?:raat\s)?(?:sab\s|khud\s?ko\s|apne\s?aap\s?ko\s)?(?:khatam|khtm)\s(?:kar\s(?:dunga|dungi|lunga|lungi|denge)|ho\sjayega)\b
      \b(?:saari|sari|sabhi|sab|poori|puri|ek puri|bahut saari|poora|pura) (?:\w+ ){0,3}(?:goliyan|goliya|golia|goliyaan|tablets|tabletein|dawaiyan|neend ki goliyan)\b (?:\w+ )?(?:kha li|kha lee|kha liya|kha lin|khaa li|kha gaya|kha gayi|nigal li)\b(?!.{0,30}\b(?:doctor ne|jaise bataya|roz ki)\b)
    `,
  },
};

/**
 * A Hinglish past attempt told with its recovery ("5 saal pehle maine suicide attempt kiya tha, ab
 * main theek hoon") written in English ("5 years ago i attempted suicide"), so the English screen
 * reads it as history; without "now I am fine/better" after it the frame does not apply.
 */
export const R29_MIXED_FRAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(\d+|do|teen|char|paanch|kuch|kai|bahut)\s+(?:saal|sal|years?|mahine|mahina)\s+(?:pehle|pahle|pehele|phle)\s+(?:maine|mene|maine\s+bhi|main\s+ne|mai\s+ne)\s+(?:suicide|sucide)\s+(?:attempt|try|ki\s+koshish)\s+(?:kiya|ki|kia)\s+(?:tha|thi)\b(?=[^.!?\n]{0,80}\b(?:ab|abhi|aaj)\s+(?:main\s+|mai\s+|me\s+)?(?:bilkul\s+)?(?:theek|thik|thick|acha|achha|accha|khush|better|fine)\b)/giu, '$1 years ago i attempted suicide'],
];
