/**
 * Round r28b families of the core-phrase screen (crisis-lexicon-other.ts) for Dutch, Polish,
 * Turkish, Swedish, Norwegian/Danish, Russian, Ukrainian and Greek, read next to each language's
 * own families (folded text: no accents, ł→l, ı→i, ø→o; Cyrillic keeps its letters, ё written е):
 *   - overdose taken: a large number or "all of" some pills swallowed ("30 paracetamol
 *     ingenomen", "hepsini içtim", "наглоталась таблеток", "tagit alla mina");
 *   - method at hand: at the bridge/track/roof with a jump, a rope tied, a gun in the car;
 *   - preparation: pets handed over with PIN codes, a will with debts settled, letters left,
 *     belongings given away "since I won't need them";
 *   - farewell: this is my last message, thank you for everything, you will not see me again;
 *   - abuse now: hiding or locked in while he hits or threatens to kill;
 *   - harm to others: a weapon ready and a target ("I know where he parks", "I'll stab him");
 *   - concern: urge to self-harm, burden, pain past bearing, death on the mind, no way out;
 *   - someone else: a friend or relative posting a farewell or having cut themselves.
 */
import type { ExtraRules } from './crisis-lexicon-other';

/** The r28b families of the western and Cyrillic/Greek languages, per language. */
export const R28_WEST: ExtraRules = {
  nl: {
    benign: String.raw`
      \b(?:hoofdpijn|koorts|kiespijn|rugpijn|hernia|griep)\b.{0,60}\b(?:paracetamol|ibuprofen)\b|\b(?:paracetamol|ibuprofen)\b.{0,40}\b(?:tegen|voor|vanwege) (?:de |mijn |m n |mn )?(?:hoofdpijn|koorts|kiespijn|pijn|griep)\b
    `,
    crisis: String.raw`
      \b(?:[1-9]\d|\d{3}|alle|al mijn|al m n|al mn|een hele (?:strip|doos|pot|fles)|de hele (?:strip|doos|pot|fles)|een handvol)\b (?:\w+ )?(?:paracetamol|pillen|tabletten|slaappillen|oxazepam|temazepam|medicijnen|pijnstillers|ibuprofen|antidepressiva|xanax|lorazepam|diazepam)\b.{0,20}\b(?:ingenomen|geslikt|genomen|opgegeten|naar binnen gewerkt)\b
      \b(?:dit is|is dit) (?:mn|me|m n|mijn) (?:aller)?laatste (?:bericht|berichtje|appje|sms)\b|\bjullie horen (?:nooit )?niets meer van me\b|\b(?:dit is|is dit) het laatste wat (?:jullie|je) van me horen\b
      \b(?:kat|kater|poes|hond|konijn|huisdier|huisdieren)\b.{0,40}\b(?:gebracht|weggegeven|ondergebracht|afgestaan)\b.{0,100}\b(?:pincodes?|wachtwoorden|inloggegevens|testament|afscheidsbrie(?:f|ven)|brie(?:f|ven) geschreven)\b
      \b(?:pincodes?|wachtwoorden|inloggegevens|testament|afscheidsbrie(?:f|ven))\b.{0,100}\b(?:kat|kater|poes|hond|konijn|huisdier)\b.{0,40}\b(?:gebracht|weggegeven|ondergebracht|afgestaan)\b
      \b(?:op slot|opgesloten|verstopt|verschans|badkamer|wc|schreeuwt|schreeuwen|tiert)\b.{0,120}\b(?:me|mij) (?:gaat|zal|komt|wil) (?:afmaken|vermoorden|doodmaken|doodslaan|doden|kapotmaken)\b
      \b(?:me|mij) (?:gaat|zal|komt|wil) (?:afmaken|vermoorden|doodmaken|doodslaan)\b.{0,80}\b(?:op slot|opgesloten|verstopt|in de badkamer|op de wc)\b
      \bik (?:spring|ga|wil) (?:\w+ ){0,3}(?:van|voor|uit|vanaf) (?:de brug|het dak|de flat|een flat|het balkon|de trein|het raam|de toren|de parkeergarage)(?: (?:af|springen|af springen))?\b(?!.{0,50}\b(?:in het water|het water in|zwembad|met een elastiek|elastiek|bungee|de sloot|het meer|de zee|parachute)\b)
      \bik heb (?:mezelf|mijzelf|me) (?:weer|opnieuw|expres|diep|express) (?:gesneden|gekrast)\b
      \b(?:morgen|vannacht|straks|na vanavond|na vannacht) ben ik er niet meer\b(?! (?:op|in|bij|om|want|omdat|tot|vanwege|ivm)\b)(?!.{0,40}\b(?:vakantie|vrij|weg naar|werk|kantoor|school|ziek|reis|terug|congres)\b)
    `,
    concern: String.raw`
      \b(?:ik (?:wou|wilde|zou willen|wens|wenste)|(?:wou|wilde|wens|wenste) ik) dat ik (?:nooit|niet) geboren (?:was|ben|zou zijn)\b(?! (?:in|op|als|met|tijdens|rond|na|voor|bij|hier|daar)\b)|\bhad ik (?:maar )?nooit geboren (?:moeten )?(?:worden|geweest)\b
      \b(?:zin|drang|neiging|behoefte|trek) (?:om )?(?:weer )?(?:te |me te |mezelf te )(?:krassen|snijden|kerven|branden)\b|\b(?:wil|moet) (?:weer )?(?:krassen|snijden)\b(?! (?:in|van|met) (?:het|de|een)\b)
      \bik heb (?:mezelf|mijzelf) (?:gesneden|gekrast)\b(?! (?:in|aan|met|bij|tijdens) (?:m n |mijn |mn |de |het )?(?:vinger|duim|koken|broodmes|mes|papier|scheren|glas))
    `,
  },
  pl: {
    benign: String.raw`
      \b(?:zapobiegani[ue]|zapobieganiu|prewencj[ai]|profilaktyc[ey]|profilaktyki|badani[aue]|badaniach|prezentacj[aei]|referat[a-z]*|prace? (?:o|na temat)) (?:[a-z]+ ){0,2}samobojstw[a-z]*\b
    `,
    crisis: String.raw`
      \b(?:odlozone|uzbierane|zebrane|schowane|odkladam|zbieram|chomikuje)\b (?:juz )?(?:wszystkie |cale )?(?:moje )?(?:tabletki|leki|proszki|tabletek|lekow|nasenne)\b(?!.{0,30}\b(?:na (?:wyjazd|podroz|urlop|wakacje|zapas|zime)|w apteczce|do apteczki|dla (?:psa|kota|mamy|taty|babci|dziadka))\b)
      \bwszystkie (?:\w+ ){0,3}(?:tabletki|leki|proszki)\b.{0,60}\b(?:dzis|dzisiaj|w nocy|tej nocy|naraz|na raz|wieczorem|zaraz) (?:w nocy )?(?:je )?(?:wezme|lykne|polkne|wypije)\b(?!.{0,20}\b(?:jak (?:zawsze|zwykle|co dzien)|zgodnie z))|\b(?:wezme|lykne|polkne|lyknac|polknac|wziac) (?:je )?wszystkie (?:naraz|na raz|tabletki|leki)\b
      \b(?:od jutra|od dzisiaj|od dzis|po dzisiejszej nocy|jutro|dzis|dzisiaj)\b.{0,20}\bnie bedzie (?:juz )?(?:ze mna|przeze mnie) (?:zadnego )?(?:problemu|problemow|klopotu|klopotow)\b
      \b(?:napisal|zostawil)(?:am|em) (?:list|listy|liscik|listy pozegnalne)\b.{0,100}\b(?:nie bedzie (?:juz )?ze mna|mnie (?:juz )?nie bedzie|nie bede (?:juz )?(?:problemem|ciezarem))\b
      \b(?:rozdal|oddal|podarowal|rozdaje|oddaje)(?:am|em|a)?\b.{0,60}\b(?:mi|mnie) (?:juz )?(?:nie beda|nie bedzie|nie sa) (?:juz )?potrzebn[eay]\b
      \b(?:strzelba|strzelbe|strzelby|pistolet|bron|rewolwer|karabin|sztucer|noz|siekiera|siekiere)\b.{0,60}\b(?:wiem gdzie (?:mieszka|parkuje|pracuje|bedzie|chodzi|jest)|dostanie za swoje|zaplaci za (?:to|wszystko)|pozaluje)\b
      \b(?:dostanie za swoje|zaplaci za (?:to|wszystko)|pozaluje tego)\b.{0,80}\b(?:strzelba|strzelbe|pistolet|bron|rewolwer|karabin|noz|siekiera|siekiere)\b
    `,
    concern: String.raw`
      \b(?:tylko |jedynie |ciagle )?obciazam (?:\w+ )?(?:zone|meza|rodzine|rodzicow|wszystkich|bliskich|dzieci|mame|tate)\b|\bjestem (?:tylko |dla nich |dla wszystkich )*(?:obciazeniem|kula u nogi|balastem)\b
      \bjuz (?:dluzej )?nie wytrzymuje\b(?! (?:z (?:tym upalem|nimi|nim|nia)|do))|\bnie wytrzymuje juz (?:tego bolu|bolu|dluzej)\b
    `,
    who: String.raw`
      \b(?:kumpel|kumpela|kolega|kolezanka|przyjaciel|przyjaciolka|siostra|brat|syn|corka|znajomy|znajoma)\b.{0,40}\b(?:wrzucil|wrzucila|wstawil|wstawila|dodal|dodala|opublikowal|opublikowala)\b
    `,
    reported: String.raw`
      \bdo zobaczenia po (?:drugiej|tamtej) stronie\b|\bzdjeci[ea] (?:pistoletu|broni|sznura|liny|tabletek|zyletki)\b
    `,
  },
  tr: {
    benign: String.raw`
      \bson mesajim (?:bugun|bu aksam|bu gece)\b(?=.{0,40}\b(?:yarin|sonra|haftaya|pazartesi) (?:konusuruz|yazarim|gorusuruz|devam)\b)
    `,
    crisis: String.raw`
      \b(?:ilac|hap|uyku hap|antidepresan)[a-z]*\b.{0,25}\b(?:hepsini|tamamini|kutusunu|butun kutuyu|bir kutusunu|hepsini birden)\b (?:birden |az once |simdi )?(?:ictim|yuttum|icmisim|bitirdim)\b
      \b(?:butun|tum|bir kutu|bir avuc|iki kutu|[1-9]\d) (?:\w+ )?(?:ilac|hap|uyku hap)[a-z]*\b.{0,15}\b(?:ictim|yuttum|icmisim)\b
      \b(?:kopru|koprusu|koprusune|kopruden|cati|catiya|catidan|binanin|balkon|balkondan|ucurum|ucurumdan|raylar|raylara|tren)[a-z]*\b.{0,50}\b(?:atlayacagim|atlicam|atlayacam|atliyorum|kendimi atacagim|kendimi atcam|kendimi atiyorum)\b
      \bkendimi (?:kopruden|binadan|catidan|balkondan|camdan|trenin onune|raylara|denize) (?:atacagim|atcam|atiyorum|atarim)\b
      \b(?:hakkini|hakkinizi|hakkinizi da|hakkimi) helal (?:et|edin|etsin|edin beni)\b.{0,80}\bbeni (?:bir daha|artik) (?:hic )?(?:gormeyecek|goremeyecek)[a-z]*\b|\bbeni (?:bir daha|artik) (?:hic )?(?:gormeyecek|goremeyecek)[a-z]*\b.{0,60}\bhelal\b
      \bvasiyet(?:imi|im|namemi)\b.{0,80}\b(?:borc(?:larimi|umu)?\b.{0,20}\b(?:kapattim|odedim)|her sey bitecek|her seyi bitirecegim|helal)\b
      \b(?:bicak|bicakla|silah|silahla|sopa|sopayla|balta|baltayla)\b.{0,80}\b(?:kilitlendi[mk]|kilitledim|saklaniyor(?:um|uz)|sakladim|saklandik|saklandim)\b|\b(?:kilitlendi[mk]|saklaniyor(?:um|uz))\b.{0,80}\b(?:bicak|silah|sopa|balta)[a-z]*\b
      \b(?:beni|bizi) (?:simdi |su an )?(?:dovuyor|olduresiye dovuyor|olduremeye calisiyor)\b
    `,
    concern: String.raw`
      \b(?:herkes|ailem|onlar|cocuklarim|esim|annem|babam)\b (?:\w+ )?bensiz (?:daha )?(?:iyi|mutlu|rahat) (?:olur|olurlar|olacak|olacaklar|yasar|yasarlar|yasayacak)\b|\bben olmasam (?:\w+ )?(?:daha iyi|daha mutlu|daha rahat)\b
      \bhicbir sey(?:in)? (?:duzelece|duzelmeyece|iyi olmayaca|iyi olaca)[a-z]*\b|\bumudum (?:yok|kalmadi|tukendi)\b
      \b(?:kafamda|aklimda) (?:surekli |hep |hep bir |hep hep )?olum (?:var|dusunce)|\bolumu (?:cok |surekli |hep )?dusunuyorum\b|\bolme dusunce
      \b(?:bundan|hayattan|borctan|bu (?:\w+ ){0,3}(?:batagindan|durumdan|hayattan|cukurdan|kuyudan|bataktan)) (?:bir )?cikis(?:i)? yok\b|\bkapana kisil[a-z]*\b|\bcikmaz(?:dayim|a girdim)\b
    `,
    who: String.raw`
      \b(?:kardesim|arkadasim|oglum|kizim|annem|babam|ablam|abim|kuzenim|sevgilim|esim|yegenim)\b
    `,
    reported: String.raw`
      \b(?:bilekleri(?:ni)?|kolunu|kollarini|kendini) (?:jiletle )?kesmis\b|\b(?:hap|ilac)[a-z]* (?:icmis|yutmus)\b|\bkendini (?:asmaya|oldurmeye) (?:calismis|kalkmis)\b
    `,
  },
  sv: {
    crisis: String.raw`
      \b(?:tagit|tog|svalt|svalde|atit) (?:alla|hela) (?:mina |burken |kartan |forpackningen |askan )?(?:\w+ )?(?:piller|pillren|pillerna|tabletter|tabletterna|sobril|somntabletter|somntabletterna|alvedon|oxascand|mediciner|medicinerna|lyrica|imovane|propavan|stesolid|atarax|burken|kartan)\b(?! (?:for (?:idag|i dag|dagen|kvallen|natten|morgonen)|i morse|i kvall|som vanligt|enligt|med frukost|till frukost|till middagen))(?!.{0,40}\b(?:frukost|som vanligt|som ordinerat|enligt ordination|for idag|som lakaren|kuren|antibiotika|penicillin)\b)
      \b(?:[1-9]\d|\d{3}) (?:st )?(?:piller|tabletter|alvedon|sobril|somntabletter|imovane|stesolid)\b.{0,15}\b(?:tagit|tog|svalt|svalde)\b|\b(?:tagit|tog|svalt|svalde) (?:[1-9]\d|\d{3}) (?:st )?(?:piller|tabletter|alvedon|sobril|somntabletter)\b
      \bjag (?:star|ligger|sitter|gar) (?:pa|vid|mitt pa|nere pa|nere vid) (?:sparet|ralsen|sparen)\b(?! \d).{0,60}\b(?:taget|tag)\b|\bjag star (?:pa|vid) (?:bron|taket|kanten|stupet)\b.{0,60}\bhoppa\b
      \b(?:skrivit|skrev) (?:brev|avskedsbrev)\b.{0,80}\b(?:betalat alla|allt ar i ordning|ordnat allt|sagt hejda)\b
      \b(?:gav|gett|gett bort|gav bort|lamnat bort|lamnade bort) (?:bort )?(?:hunden|katten|min hund|min katt|mina saker|allt)\b.{0,60}\b(?:finns kvar|behover inte|kommer inte behova|inte finnas kvar)\b
      \b(?:han|hon) (?:slar|sparkar|hotar|misshandlar) mig (?:just nu|nu)\b|\b(?:slar|sparkar|hotar) mig\b.{0,60}\b(?:last in mig|gomt mig|gommer mig|lasta in mig)\b|\b(?:last in mig|gommer mig)\b.{0,60}\b(?:slar|hotar|sparkar|doda)\b
    `,
    concern: String.raw`
      \bjag (?:onskar|onskade|skulle onska) (?:att )?jag (?:aldrig|inte) (?:var|hade varit|blivit|hade blivit) fodd\b(?! (?:pa|i|som|under|vid|med)\b)|\b(?:alla|ni|familjen|barnen) (?:har|hade|skulle ha|skulle fa) det battre utan mig\b(?! (?:pa|i|vid|under|som|ikvall|idag)\b)(?!.{0,20}\bhaha)
      \b(?:kanner mig som|ar) (?:bara )?en (?:borda|belastning) (?:for|pa)\b
      \b(?:smartan|smartorna|varken)\b.{0,30}\b(?:outhardlig|outhardliga|gar inte att sta ut med)\b|\bvet inte hur (?:lange|lang tid) (?:till )?jag (?:klarar|orkar|star ut)\b
    `,
    who: String.raw`
      \b(?:min|mitt) (?:kompis|van|vaninna|syster|bror|son|dotter|barn|flickvan|pojkvan|bastis)\b
    `,
    reported: String.raw`
      \b(?:har )?skurit sig\b|\b(?:tagit|tog) (?:en massa|alla) (?:piller|tabletter)\b|\bvill (?:inte leva|do)\b
    `,
  },
  no: {
    crisis: String.raw`
      \b(?:tatt|tok|slukt|svelget|spist) (?:alle|hele) (?:\w+ )?(?:pillene|tablettene|medisinene|sovepillene|eska|esken|boksen|brettet|glasset)\b(?!.{0,40}\b(?:i morges|som legen|som vanlig|for i dag|til frokost|etter resept|som foreskrevet|kuren|antibiotika|penicillin)\b)
      \b(?:jeg )?(?:skal|vil|kommer til a|tenker a|har tenkt a|har bestemt meg for a) (?:\w+ )?(?:ta livet (?:mitt|av meg)|drepe meg selv|henge meg|skyte meg)\b
      \b(?:har |jeg har )?(?:kutta|kuttet|skara|skaret|skjaert|skjert) meg\b.{0,40}\b(?:blor|bloer|blod)\b|\b(?:blor|bloer) (?:mye|masse|kraftig|som bare)\b.{0,40}\b(?:kutta|kuttet|armen|handleddet)\b
      \b(?:hagla|hagle|gevaer|rifle|pistol|vapen|vapenet)\b.{0,60}\b(?:hytta|skogen|laven|bilen|ut)\b.{0,30}\b(?:na|i kveld|i natt|i dag)\b
      \b(?:dette er|det er) (?:siste gang|siste melding)\b|\bsiste gang (?:dere|du) (?:horer|hore) fra meg\b|\b(?:takk for alt)\b.{0,60}\bsiste\b
      \b(?:i morgen|i natt|i kveld|i dag|pa fredag|pa lordag|pa sondag|i helga|i helgen)\b.{0,60}\b(?:skal|vil) jeg (?:avslutte|gjore slutt pa) (?:alt|livet|det hele)\b|\bavslutte (?:alt|livet)\b.{0,40}\b(?:laven|lava|skogen|hytta|brua)\b
    `,
    concern: String.raw`
      \b(?:ser ikke (?:noen|noe|en)|ser ingen|finnes ingen|er ingen|har ingen) (?:vei|utvei) ut\b(?! av (?!dette|det\b|det her|livet|gjeld|situasjon|alt\b|marerittet|helvete)\w)
      \btenker (?:mye |mye pa |ofte |hele tiden )?(?:pa )?doden\b(?! (?:til|av|hans|hennes|i familien|som tema)\b)
      \b(?:hadde ikke hatt|har ikke) noe imot a (?:ikke vakne|do|slippe a vakne)\b|\bikke (?:vakne|a vakne) (?:opp )?(?:i morgen|igjen|mer)\b
    `,
    who: String.raw`
      \b(?:bestevenninna|bestevennen|venninna|vennen|kompisen|sostera|broren|sonnen|dattera|datteren) (?:mi|min)\b
    `,
    reported: String.raw`
      \b(?:samla|samlet) (?:pa )?(?:piller|tabletter)\b|\bskal ta (?:dem|alle)\b|\b(?:kutta|kuttet|skara) seg\b|\bvil (?:ikke leve|do)\b|\bta livet (?:sitt|av seg)\b
    `,
  },
  ru: {
    benign: String.raw`
      NLпорезала?с?ь? (?:[а-я]+ ){0,2}(?:когда|пока|при) (?:готовил|резал|чистил|бри)[а-я]*
      NL(?:веревк[уаи]|верёвк[уаи]) (?:для (?:белья|сушки|палатки|качелей|лодки|собаки)|бельев[а-я]*)NR|NLбельев[а-я]* (?:веревк|верёвк)[а-я]*
    `,
    crisis: String.raw`
      NLнаглотал(?:ась|ся|а|и)?NR (?:[а-я]+ )?(?:таблет|колес|снотворн|лекарств|транквилизатор|антидепрессант|феназепам)
      NL(?:выпила|выпил|проглотила|проглотил|съела|съел|приняла|принял|наглоталась|наглотался)NR.{0,30}(?:таблет|колес|капсул)[а-я]*.{0,30}NL(?:штук )?(?:[2-9]\d|\d{3})(?: штук)?NR
      NL(?:веревку|петлю)NR (?:уже )?(?:купил|купила|приготовил|приготовила|нашел|нашла|привязал|привязала|сделал|сделала)NR|NLкрюкNR.{0,30}NLвыдержитNR
      NLспасибо за всеNR.{0,80}NL(?:больше (?:писать )?не буду|больше не напишу|прощайте|не поминайте лихом)NR(?!.{0,30}(?:сегодня|до завтра|спать|пока что|на этой неделе))|NL(?:оставил|оставила) (?:[а-я]+ ){0,4}запискуNR.{0,80}NL(?:спасибо за все|прощайте|больше (?:писать )?не буду)NR
      NLмне (?:скоро |там |тоже )?(?:уже|больше) ничего (?:уже |больше )?не (?:понадобится|нужно будет|будет нужно)NR|NL(?:отдала|отдал|раздала|раздал)NR (?:[а-я]+ ){1,3}насовсемNR.{0,80}NL(?:мне|меня)NR
      NL(?:из ванной|в ванной|из туалета|в туалете|заперлась|заперся|спряталась|спрятался|выбил дверь|выломал дверь|ломает дверь|ломится)NR.{0,100}NL(?:убьет|зарежет|прибьет|убьет меня)NR|NL(?:убьет|зарежет|прибьет)NR.{0,60}NL(?:выбил дверь|из ванной|заперлась|заперся|спряталась)NR
    `,
    concern: String.raw`
      NLустала? житьNR|NLхочу чтобы (?:все|это|все это) (?:уже )?(?:закончилось|кончилось|прекратилось) (?:само|навсегда|насовсем)NR
      NL(?:хочется|хочу|тянет) (?:опять |снова )?(?:резать|порезать|резаться|порезаться|себя резать)(?: себе)? (?:себя|руки|руку|вены|запястья|ноги|бедра)NR|NL(?:хочется|тянет) (?:опять |снова )?(?:резаться|порезаться)NR
    `,
    who: String.raw`
      NL(?:отец|мать|бабушка|дедушка|дядя|тетя|отчим|сосед|соседка|подруга|друг)NR.{0,60}NL(?:говорит|сказал|сказала|пишет|написал|написала)NR
    `,
    reported: String.raw`
      NL(?:скоро )?(?:к|за) (?:ней|нему|ним|маме|папе|бабушке|дедушке|жене|мужу|сыну|дочери|брату|сестре)NR (?:уйдет|уйду|отправится|отправлюсь)NR|NLраздает (?:свои )?(?:вещи|инструменты|книги|деньги)NR
    `,
  },
  uk: {
    crisis: String.raw`
      NL(?:вб ?ю|уб ?ю) себеNR|NLсебе (?:вб ?ю|уб ?ю)NR|NL(?:покінчу|закінчу) (?:з собою|з життям)NR|(?<!NLне )NL(?:хочу|хочеться) (?:просто )?(?:померти|вмерти|здохнути|вбити себе)NR
      NL(?:рушниц|пістолет|зброю|зброя|набо|обріз)[а-яіїєґ]*.{0,80}NL(?:все|усе) (?:закінчу|скінчу|покінчу)NR|NL(?:все|усе) (?:закінчу|скінчу|покінчу)NR.{0,60}NL(?:рушниц|пістолет|зброю|набо)
      NLзаповітNR.{0,120}NL(?:пароль|паролі|нікого не турбуватиму|прощавайте|віддав|віддала)NR|NL(?:більше )?нікого (?:більше )?не (?:турбуватиму|буду турбувати|обтяжуватиму)NR.{0,100}NLзаповітNR|NL(?:написав|написала) заповітNR.{0,100}NLнікого не
      NL(?:приріжу|заріжу|вб ?ю|уб ?ю|застрелю|порішу)NR (?:його|її|їх)NR.{0,60}NL(?:ніж|ножа|ножем|сокир|рушниц|пістолет|наточив|наточила)|NL(?:його|її|їх) (?:приріжу|заріжу|вб ?ю|застрелю|порішу)NR.{0,60}NL(?:ніж|ножа|ножем|сокир|рушниц|пістолет|наточив|наточила)|NL(?:ніж|сокиру|рушницю)NR.{0,40}NL(?:приріжу|заріжу|вб ?ю|застрелю|порішу)NR
    `,
    concern: String.raw`
      NL(?:хочу|хочеться|хотілося б) (?:просто )?(?:перестати існувати|зникнути|не прокинутися|не прокидатися|заснути і не прокинутися)NR(?! (?:в|у|з|із|на) )
      NLдумки (?:про смерть|про самогубство|про суїцид)NR(?! (?:бабус|дід|мам|тат|бать|брат|сестр|друг|подруг|собак|кот|чоловік|дружин|сина|доньк)[а-яіїєґ]*)|NLдумаю про смертьNR|NLбільше нікого не (?:турбуватиму|буду турбувати)NR
    `,
    reported: String.raw`
      NL(?:випила|випив|наковталася|наковтався|ковтнула|ковтнув)NR.{0,20}NLтаблет
    `,
  },
  el: {
    crisis: String.raw`
      NL(?:κυνηγετικο|οπλο|καραμπινα|πιστολι|περιστροφο|σχοινι|χαπια)NR.{0,60}NLθα το κανω (?:σημερα|αποψε|αυριο|τωρα|το βραδυ)NR|NLθα το κανω (?:σημερα|αποψε|αυριο|τωρα)NR.{0,40}NL(?:κυνηγετικο|οπλο|καραμπινα|πιστολι|σχοινι|χαπια)NR
      NLεγραψα (?:ενα )?(?:γραμμα|γραμματα)NR.{0,100}NL(?:συγγνωμη σε ολους|συγχωρεστε με|αντιο για παντα|αντιο σε ολους|να με συγχωρεσετε)NR
      NL(?:ευχαριστω|σας ευχαριστω) για ολαNR.{0,100}NL(?:οταν δεν θα ειμαι|δεν θα με ξαναδειτε|αντιο για παντα)NR|NLοταν δεν θα (?:ειμαι|υπαρχω) (?:πια )?(?:εκει|εδω|μαζι σας)NR.{0,40}NLαντιοNR
      NL(?:αποψε|αυριο|την παρασκευη|το σαββατο|την κυριακη|τη δευτερα|την τριτη|την τεταρτη|την πεμπτη|το σαββατοκυριακο)NR.{0,60}NLθα (?:τελειωσουν ολα|τα τελειωσω ολα|τελειωσει το ολο)NR(?!.{0,30}(?:εξετασ|μαθημ|δουλει|διακοπ|σεζον))
    `,
    concern: String.raw`
      NLδεν βλεπω (?:κανενα νοημα|νοημα πια|πια νοημα|πια κανενα νοημα|νοημα στη ζωη)NR|NLολα ειναι μαυραNR
      NLαν (?:πεθαινα|εφευγα απο τη ζωη|δεν υπηρχα)NR|NLσκεφτομαι (?:συνεχεια |συχνα )?(?:τον )?θανατοNR
      NL(?:εχω )?παγιδευτειNR|NLειμαι παγιδευμεν[οη]NR|NLδεν αντεχω αλλο(?: πια)?NR(?! (?:τη ζεστη|το κρυο|τη δουλεια|αυτον|αυτη|αυτο το|τον|την|το))
    `,
    reported: String.raw`
      NLθα (?:πεσει|πηδηξει|πεταχτει) αποNR
    `,
  },
};
