/**
 * Dutch, Polish, Turkish, Swedish and Norwegian/Danish families of the core-phrase screen
 * (crisis-lexicon-other.ts): folded text, so no accents (ł→l, ı→i, ş→s, ø→o, æ→ae, å→a).
 */
import type { LanguageRules } from './crisis-lexicon-other';

const NL: LanguageRules = {
  language: 'nl',
  benign: String.raw`
    \b(?:niet|geen|nooit|helemaal niet)(?: echt| hoor| meer)? (?:suicidaal|suicidale gedachten|zelfmoordgedachten|zelfmoordneigingen|gedachten aan zelfmoord)\b
    \bik denk (?:niet|nooit) aan zelfmoord\b
    \bniet dat ik (?:dood wil|zelfmoord wil plegen)\b
    \b(?:film|roman|boek|serie|documentaire|docu|nieuws|nieuwsbericht|artikel|krantenartikel|podcast|toneelstuk|liedje|verslag|reportage)(?:s|en)? (?:over|met|waarin)\b.{0,50}?\bzelfmoord(?: pleegt| pleegde| gepleegd| plegen)?\b
    \bzelfmoord ?(?:preventie|cijfers|statistieken)\b|\b(?:preventie|voorkomen) van zelfmoord\b
    \b(?:ging|ga|gaan|lag|lagen) (?:echt |bijna )?dood van (?:het lachen|de honger|de hitte|de kou|verveling|de zenuwen)\b
    \bdood ?(?:moe|op|ziek|nerveus|stil|gewoon|leuk|eng)\b
    \bik lag dubbel\b|\bdood (?:\w+ )?van (?:schaamte|het lachen|de honger|de hitte|de kou|verveling|de zenuwen)\b
    \bniet (?:meer )?wakker (?:word|worden) van (?:de wekker|het lawaai|de buren|mijn wekker)\b
  `,
  crisis: String.raw`
    \bik wil (?:echt |gewoon |zo graag |liever |alleen nog maar |gewoon echt )?dood(?: gaan| zijn)?\b
    \bik wil (?:gewoon |echt )?niet meer (?:leven|verder(?: leven)?)\b(?! (?:zoals|als|met|van|in|op|zo)\b)
    \bik (?:wil|ga|zal) (?:mezelf|me|mijzelf) (?:van kant maken|ombrengen|doden|van het leven beroven|ophangen|iets aandoen|voor de trein gooien)\b
    \bik (?:ga |wil |zal )?(?:zelfmoord|suicide) plegen\b|\bik pleeg zelfmoord\b
    \b(?:ik )?maak (?:er|het) (?:vannacht |vanavond |vandaag |morgen )?een eind(?:e)? aan\b
    \bik (?:wil|ga|zal) (?:er|het) (?:gewoon |echt |nu )?een eind(?:e)? aan (?:maken|make)\b|\been eind(?:e)? (?:aan (?:mijn|m n) leven|aan alles) (?:maken|te maken)\b
    \bik maak een eind(?:e)? aan (?:mijn|m n) leven\b|\bmijn leven (?:beeindigen|nemen|afmaken)\b|\bik neem mijn (?:eigen )?leven\b
    \b(?:vannacht|vanavond|vandaag|morgen|dit weekend|straks)\b.{0,30}\b(?:doe ik het|ga ik het doen|maak ik er een eind|is het (?:voorbij|klaar)|spring ik)\b
    \bik weet (?:al |precies )?hoe ik het (?:ga doen|doe)\b
    \b(?:voor de trein|van de brug|van het dak|van de flat|van een flat|van het balkon) (?:te )?(?:springen|spring|gooien|stappen)\b|\bhet spoor ligt\b.{0,50}\btrein\b
    \b(?:pillen|tabletten|medicijnen|slaappillen|slaapmiddelen)\b.{0,15}\b(?:gespaard|verzameld|opgespaard|bij elkaar gespaard|gehamsterd)\b
    \b(?:gespaard|verzameld|opgespaard|gehamsterd)\b.{0,15}\b(?:pillen|tabletten|medicijnen|slaappillen)\b
    \b(?:touw|strop)\b.{0,20}\b(?:gekocht|klaar|ligt|hangt)\b|\b(?:gekocht|klaar)\b.{0,10}\b(?:touw|strop)\b
    \b(?:al )?(?:mijn|m n) (?:spullen|bezittingen|kleren|boeken|spulletjes)\b.{0,20}\b(?:weggegeven|weg gegeven|verdeeld|weggedaan)\b|\bik geef (?:al )?(?:mijn|m n) spullen weg\b
    \b(?:dit is|is dit) (?:mijn|m n) laatste (?:bericht|berichtje|appje)\b|\bvaarwel (?:allemaal|iedereen)\b|\bafscheidsbrief\b
    \b(?:als|wanneer|tegen de tijd dat) (?:je|jij|jullie|u) dit (?:leest|lezen|leest dan|hebt gelezen) (?:ben ik|is het te laat|leef ik)\b(?! (?:al |allang |waarschijnlijk |al lang )?(?:thuis|terug|op|in|onderweg|bij|aan|naar|weg (?:om|naar|voor)|klaar|wakker|vertrokken)\b)
    \b(?:ben ik|ik ben) (?:er )?(?:weg|er niet meer|niet meer)\b.{0,25}\b(?:voorgoed|for good|voor altijd|definitief|dan ben ik rust)\b|\b(?:ben ik|ik ben) (?:er )?voorgoed weg\b(?! (?:uit|van|bij|naar)\b)
    \b(?:gegeven|weggegeven|geschonken|gegeven aan|weggedaan)\b.{0,80}\b(?:als ik (?:er )?(?:weg|niet meer|dood) ben|(?:heb ik|ik heb) (?:het|ze|die|dat) (?:toch )?niet meer nodig)\b
    \b(?:dronken|slaat|schopt|sloeg|bedreigt|dreigt|mishandelt|gooit)\b.{0,80}\b(?:opgesloten|op slot gedaan|verstopt)\b|\b(?:opgesloten|verstopt)\b.{0,60}\bhij (?:slaat|schopt|bedreigt|dreigt|komt binnen)\b
    \b(?:mesje|scheermesje|stanleymes|snijden|gesneden)\b.{0,60}\bbloedt? (?:best |heel |erg |zo |nog |echt )*(?:veel|hard|door)\b
    \b(?:ik ben|ik zit|en ben|ben ik|zit ik) (?:nu |weer |net |al |alweer )*(?:mezelf |me |in mijn (?:arm|armen|pols|been) )?aan het (?:snijden|krassen)\b|\b(?:mesje|scheermesje|stanleymes)\b.{0,50}\b(?:snijden|snijd|krassen)\b|\bik (?:snijd|kras) (?:mezelf|me|in mijn)\b
    \b(?:besloten|beslist) (?:dat ik |om )?(?:er |het )?(?:\w+ ){0,3}een eind(?:e)? aan (?:maak|te maken|ga maken)\b(?! (?:met|bij|op)\b)|\bdat ik (?:er|het) (?:\w+ ){0,3}een eind(?:e)? aan (?:maak|ga maken)\b(?! (?:met|bij|op)\b)
    \b(?:ik ga|ga ik|ik loop|ik fiets|ik rij)\b.{0,40}\b(?:naar|op) het spoor\b(?!.{0,20}\b(?:werken|station|trein naar|spotten)\b)
    \b(?:pillen|tabletten|oxazepam|slaappillen|medicijnen|doos|strip|strips)\b.{0,120}\b(?:ik )?(?:hoef|wil) (?:ik )?niet meer wakker (?:te )?(?:worden|word)\b
    \bbedankt voor alles\b.{0,120}\b(?:dat ik weg ben|(?:als|dat) ik er niet meer ben)\b
    \b(?:gegeven|weggegeven|geschonken|gegeven aan|weggedaan)\b.{0,80}\b(?:heb ik|ik heb) (?:het|ze|die|dat) (?:straks |binnenkort |dan |later )?(?:toch )?niet meer nodig\b
  `,
  concern: String.raw`
    \bzelfmoord|\bsuicid(?:aal|ale)\b
    \bik wil er niet meer zijn\b|\bik wil (?:gewoon )?verdwijnen\b
    \bniet meer wakker (?:word|worden)\b|\bnooit meer wakker\b
    \bbeter af zonder mij\b|\bik ben (?:alleen maar |maar |gewoon |echt )?een (?:last|blok aan het been)\b
    \bgeen (?:uitweg|uitweg meer|licht (?:meer )?aan het (?:eind|einde) van de tunnel)\b|\bik zie (?:geen )?(?:uitweg|licht) meer\b
    \bik trek het (?:echt )?niet meer\b|\bgeen hoop meer\b|\bgeen zin meer in (?:het )?(?:leven|alles)\b|\bhet heeft (?:allemaal )?geen zin meer\b
    \bbeter af (?:\w+ ){0,2}zonder mij\b|\b(?:niemand|jullie|iedereen) (?:meer )?tot last (?:te )?(?:zijn|ben|zijn)\b
    \b(?:als|dat) ik (?:\w+ ){0,3}niet (?:meer )?wakker (?:word|zou worden|worden)\b(?! (?:van|door|om|op tijd)\b)
    \bik hoef (?:ook |gewoon )?niet meer wakker (?:te )?worden\b
  `,
  who: String.raw`
    \b(?:zus|zusje|broer|broertje|vriend|vriendin|zoon|dochter|moeder|vader|collega|neef|nicht|kind|buurman|buurvrouw|partner|vriendje|vriendinnetje)\b.{0,20}\b(?:zegt|zei|appte|appt|schreef|schrijft|stuurde|vertelde|vertelt|heeft gezegd|sms te|praat|praatte|heeft het|had het|begint|dreigt|dreigde)\b
  `,
  reported: String.raw`
    \b(?:ze|hij|zij|die)\b.{0,15}\b(?:wil|wilde) (?:er )?niet meer (?:zijn|leven)\b
    \bafscheidsbrief\b|\b(?:laatste|afscheids) ?(?:bericht|post|appje)\b
    \b(?:wil|wilde) (?:dood|zelfmoord plegen)\b|\bzelfmoord\b|\b(?:er )?niet meer (?:wil|wilde) (?:zijn|leven)\b|\bdood (?:wil|wilde)\b
    \bzich(?:zelf)? (?:iets|wat|van kant|van het leven) (?:wil |wilde |gaat |zal )?(?:aandoen|maken|beroven)\b|\bzich(?:zelf)? (?:wil |wilde |gaat )?(?:ombrengen|ophangen|doden)\b
  `,
  self: String.raw`
    \bik (?:\w+ )?(?:wil|ga) (?:\w+ )?(?:dood|zelfmoord plegen|niet meer leven)\b
  `,
};

const PL: LanguageRules = {
  language: 'pl',
  benign: String.raw`
    \b(?:nie mam|nie miewam|nie mialam|nie mialem|bez|zadnych)(?: zadnych)? mysli samobojczych\b
    \bmysli samobojczych (?:nie mam|brak)\b
    \bnie (?:mysle|myslalam|myslalem) o (?:samobojstwie|smierci|zabiciu sie)\b
    \bnie jestem (?:samobojczynia|samobojca|suicydalna|suicydalny)\b
    \bnie chce (?:umierac|umrzec|sie zabic)\b
    \b(?:film|filmie|ksiazk[aeiy]|ksiazce|powiesc|powiesci|serial[a-z]*|dokument[a-z]*|reportaz[a-z]*|artykul[a-z]*|wiadomosc[a-z]*|news[a-z]*|audycj[a-z]*|lektur[a-z]*) (?:o|na temat|dotyczac[a-z]*) .{0,10}?samobojstw[a-z]*
    \b(?:zapobieganie|zapobiegania|profilaktyka|profilaktyki|prewencja|prewencji|statystyki|statystyk) (?:samobojstw[a-z]*|samobojcz[a-z]*)\b|\bsamobojstw[a-z]* (?:statystyki|w polsce wzrosl[a-z]*)\b
    \b(?:zegnajcie|zegnam (?:sie|was))\b(?=.*\b(?:do zobaczenia|do jutra|do nastepnego|w przyszlym tygodniu)\b)
    \bumieram z (?:goraca|nudow|glodu|smiechu|zmeczenia|zimna)\b|\b(?:upal|ten upal|goraco|praca|szkola|ta praca|ta szkola|sesja) (?:mnie )?(?:zabija|wykonczy)\b
    \b(?:zabije sie|umre) ze smiechu\b|\bpadam ze zmeczenia\b
  `,
  crisis: String.raw`
    (?<!\bnie )\b(?:chce|mam ochote|marze zeby|marze by) (?:juz |po prostu |naprawde |tylko )?(?:umrzec|sie zabic|ze soba skonczyc|skonczyc ze soba|odebrac sobie zycie|sie powiesic|zniknac na zawsze)\b
    \bzabije sie\b|\bsie zabije\b|\bsie powiesze\b|\bpowiesze sie\b|\bskoncze ze soba\b|\bpopelnie samobojstwo\b|\bodbiore sobie zycie\b|\bodebrac sobie zycie\b
    \bnie chce (?:juz )?(?:zyc|dluzej zyc)\b|\bmysle o (?:samobojstwie|odebraniu sobie zycia|zabiciu sie)\b
    \b(?:dzis|dzisiaj|jutro|tej nocy|w nocy|wieczorem|w weekend|w ten weekend|w sobote|w niedziele)\b.{0,15}\b(?:to zrobie|skoncze (?:z tym|ze soba|ze wszystkim)|sie zabije)\b
    \bnikt mnie (?:juz )?nie powstrzyma\b
    \bmam (?:juz )?(?:wszystko )?przygotowan[ea]\b.{0,40}\b(?:list|tabletki|sznur|line)\b
    \blist (?:pozegnalny )?(?:napisany|gotowy)\b|\bnapisal(?:am|em) list pozegnalny\b
    \b(?:tabletki|leki|proszki)\b.{0,15}\b(?:czekaja|uzbierane|zebrane|odlozone)\b
    \b(?:uzbieral|zebral|odkladal|zbieral|kupil)(?:am|em) (?:juz )?(?:tabletki|tabletek|leki|lekow|sznur|line)\b
    \b(?:skocz(?:e|yc)|skacze|rzuce sie|rzucam sie) (?:z mostu|z dachu|z okna|z balkonu|z bloku|z wiezowca|pod pociag|pod tramwaj)\b(?! na (?:bungee|linie|spadochronie))
    \b(?:polknel|polknal|lyknel|lyknal|wzial|wziel|zazyl|wypil|lykal)(?:am|em)\b (?:cale |calego |cala |wszystkie |wszystkich |ze )*(?:opakowanie |opakowania |blister |paczke |fiolke )?(?:tabletek|tabletki|lekow|leki|proszkow|prochow|pigulek|pigulki|nasennych)\b
    \btestament\b.{0,80}\b(?:pokasowal|skasowal|usunel|usunal|pozamykal)(?:am|em)? (?:wszystkie )?(?:konta|profile)\b|\b(?:pokasowal|skasowal|usunel|usunal)(?:am|em)? (?:wszystkie )?(?:konta|profile)\b.{0,80}\btestament\b
    \b(?:noz|nozem|noza|siekiere|pistolet|bron)\b.{0,40}\b(?:dzgne|zadzgam|zabije|zastrzele|poderzne)\b|\b(?:dzgne|zadzgam|poderzne gardlo) (?:go|ja|ich|tego|te)\b
    (?<!nie )\bwiem jak to zrobie\b.{0,40}\b(?:sznur|line|tabletk|most|dach|pociag|zyletk|strych|belk)
    \brzuc(?:e|ic) sie pod pociag\b
    \brozdal(?:am|em) (?:swoje |wszystkie )?rzeczy\b|\bnic mi (?:juz )?nie bedzie potrzebne\b|\bto (?:moja|jest moja) ostatnia wiadomosc\b|\bzegnajcie\b
    \b(?:znowu |teraz |wlasnie )?sie tne\b|\btne sie\b|\bpocial(?:am|em) sie\b|\bkalecze sie\b|\brobie sobie krzywde\b
    \bpostanowil(?:am|em)\b.{0,40}\b(?:skoncze (?:z tym|ze soba|ze wszystkim)|(?:z tym(?: wszystkim)?|ze wszystkim|ze soba) skoncze)\b
    \b(?:line|sznur|linke)\b.{0,40}\b(?:gdzie|jak) (?:ja|go|sie) (?:zawiesze|zaczepie|przywiaze|powiesze)\b
    \b(?:jutro|dzis|dzisiaj|tej nocy|w nocy|wieczorem|o swicie|rano|w sobote|w niedziele|w weekend)\b.{0,50}\bmnie (?:juz )?nie bedzie\b(?! (?:w|na|przy|u) )(?!.{0,30}\b(?:jade|jedziemy|wyjezdzam|lece|urlop|wroce|bede z powrotem|do (?:poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli)))
    \bnapisal(?:am|em) (?:list|listy|listy pozegnalne)\b.{0,120}\b(?:wszystko (?:jest )?(?:przygotowane|gotowe)|juz mi wystarczy|zegnajcie)\b
  `,
  concern: String.raw`
    \bsamobojstw|\bsamobojcz
    \bnie obudzic\b|\bnie obudzilabym\b|\bnie obudzilbym\b
    \bnie widze (?:sensu|zadnego sensu|wyjscia)\b|\bnic sie (?:juz|nigdy) (?:juz )?nie zmieni\b
    \bjestem (?:tylko )?ciezarem\b|\b(?:bylo|byloby|byliby|bylyby|bedzie|beda|bedzie im)\b.{0,20}\bbeze mnie\b|\bbeze mnie\b.{0,20}\b(?:lepiej|latwiej|szczesliw[a-z]*)\b|\bchcial(?:a)?bym (?:juz )?umrzec\b
    \bmam dosc zycia\b|\bnie chce mi sie zyc\b
    \b(?:chcial(?:a)?bym|chce) (?:po prostu |juz )?zniknac\b|\bwolal(?:a)?bym sie nie urodzic\b|\b(?:lepiej|szkoda) (?:ze|gdybym) (?:sie )?(?:nie urodzil(?:a)?m?|sie nie urodzil)\b
    \bmysl(?:e|ami|i|alam|alem)? (?:o tym )?(?:zeby|by|aby) (?:skonczyc ze soba|sie zabic|odebrac sobie zycie)\b
    \bnie chce (?:sie )?(?:juz )?(?:sie )?budzic\b(?! (?:tak )?(?:wczesnie|rano do pracy|o ))|\bnie chce tego (?:dluzej|juz) ciagnac\b
    \b(?:z tym wszystkim|ze wszystkim) skoncze\b|\bskoncze z tym wszystkim\b
  `,
  who: String.raw`
    \b(?:kolega|kolezanka|przyjaciel|przyjaciolka|siostra|brat|syn|corka|mama|tata|kuzyn|kuzynka|dziecko|znajomy|znajoma|chlopak|dziewczyna|maz|zona)\b.{0,25}\b(?:mowi|powiedzial|powiedziala|napisal|napisala|pisze|pytal|pytala|wspomnial|wspomniala)\b
  `,
  reported: String.raw`
    \b(?:jego|jej) ostatni (?:post|wpis)\b|\bostatni (?:post|wpis)\b|\b(?:wszystkich|nas) przeprasza\b|\bzegna sie z (?:nami|wszystkimi)\b
    \bma dosc zycia\b|\bile tabletek\b|\bsamobojstw|\bnie chce (?:juz )?zyc\b
    \bchce (?:umrzec|sie zabic)\b|\bzabic sie\b|\bzabije sie\b
    \bma (?:odlozone|uzbierane|zebrane|schowane) (?:tabletki|leki|proszki)\b|\bniedlugo to zrobi\b
  `,
  self: String.raw`
    \bja\b.{0,25}\bchce (?:juz |naprawde |po prostu )?(?:umrzec|sie zabic)\b
  `,
};

const TR: LanguageRules = {
  language: 'tr',
  benign: String.raw`
    \bintihar (?:dusunce(?:m|si|lerim|m bile)?|niyetim|egilimim|planim) (?:yok|olmadi|hic yok)\b
    \bintihar (?:etmeyi dusunmuyorum|etmek istemiyorum|etmeyecegim|etmem)\b
    \b(?:film|filmi|kitap|kitabi|dizi|dizisi|haber|haberi|belgesel|roman|romani|makale)[a-z]* .{0,15}\bintihar\b
    \bintihar (?:hakkinda|ile ilgili|konulu|uzerine) (?:bir )?(?:film|kitap|dizi|haber|belgesel|roman|makale)\b
    \bintihar (?:onleme|onlemek|orani|oranlari|istatistik[a-z]*)\b|\bintiharin onlenmesi\b
    \bintihar (?:falan |filan |gibi bir sey |mintihar )?(?:dusunmuyorum|dusunmedim|etmeyecegim|aklimdan gecmiyor)\b
    \b(?:haberlerde|haberde|haberi|gazetede)\b.{0,60}?\bintihar(?: ettigini| ettigi| etmis| eden| haberi)?\b|\bintihar ettigini (?:okudum|duydum|izledim|gordum)\b
    \bgulmekten ol(?:dum|ecegim|ucem|uyorum|duk)\b|\b(?:sicak|bu sicak|is|okul|bu is|yorgunluk|aclik)\b.{0,10}\bbeni ol(?:duruyor|durecek)\b|\bolup bittim\b
    \b(?:yorgunluktan|acliktan|sicaktan|uykusuzluktan) ol(?:uyorum|dum|ecegim)\b
  `,
  crisis: String.raw`
    \bolmek istiyorum\b|\bolmeyi istiyorum\b
    \bkendimi (?:oldur(?:ecegim|ecem|cem|eyim|mek istiyorum)|oldures(?:im|i) (?:var|geliyor)|asacagim|asicam)\b
    \bintihar (?:etmek istiyorum|edecegim|edicem|edecem|etmeyi dusunuyorum)\b
    \b(?:artik )?yasamak istemiyorum\b|\bcanima kiy(?:acagim|icam|mak istiyorum)\b|\bhayatima son ver(?:ecegim|icem|mek istiyorum)\b
    \b(?:bu gece|bu aksam|yarin|bugun|hafta sonu)\b.{0,30}\b(?:olecegim|olucem|her seyi bitirecegim|her seyi bitiricem|hayatimi bitirecegim|canima kiyacagim|kendimi oldurecegim)\b
    \b(?:haplari|haplarini|ilaclari|ilaclarini|uyku haplarini)\b.{0,15}\b(?:aldim|biriktirdim|topladim|hazirladim)\b
    \bhepsini (?:icecegim|icicem|icecem|yutacagim|yutucam|birden icecegim)\b|\bip (?:aldim|hazirladim|hazir)\b
    \b(?:kopru|kopruye|kopruden|catidan|balkondan|binadan|pencereden)\b.{0,30}\batla(?:mayi|yacagim|yicam|cagim|mak)\b|\bnereden atlayacagimi\b
    \b(?:esyalarimi|tum esyalarimi|her seyimi|neyim varsa)\b.{0,15}\b(?:dagittim|verdim|herkese verdim)\b
    \b(?:sabahi|yarini|sabaha) (?:gormeyecegim|goremeyecegim|gormicem|cikmayacagim|cikamayacagim)\b|\byarin artik (?:burada )?olmayacagim\b
    \b(?:ilac|hap)lar[a-z]*\b.{0,25}\bbiriktir(?:iyorum|dim|mistim|iyordum)\b
    \b(?:verdim|dagittim|hediye ettim)\b.{0,60}\b(?:nasilsa|artik)\b.{0,25}\b(?:lazim|gerek) (?:olmayacak|kalmayacak)\b|\b(?:verdim|dagittim)\b.{0,60}\b(?:lazim|gerek) olmayacak artik\b
    \b(?:kilitlendim|kendimi kilitledim|saklandim)\b.{0,80}\b(?:oldurecegim|dovuyor|vuruyor|kirmaya|kiriyor|tehdit)|\b(?:oldurecegim|dovuyor|vuruyor|kirmaya|kiriyor|tehdit ediyor)\b.{0,80}\b(?:kilitlendim|kendimi kilitledim|saklandim)\b
    \bherkese veda\b|\bhakkinizi helal edin\b|\bbu (?:benim )?son mesajim\b|\belveda herkese\b
    \b(?:kolumu|bilegimi|kendimi|kollarimi)\b.{0,15}\bkes(?:iyorum|tim|icem|ecegim)\b|\bjiletle kes
    \b(?:bu )?hayat(?:a|ima)\b (?:bir )?son ver(?:ecegim|icem|ecem|meye karar verdim|mek istiyorum)\b
    \b(?:tufek|tufegi|tufegini|tabanca|tabancasi|silah|silahi)\b.{0,80}\b(?:bu gece|bu aksam|yarin|simdi)\b.{0,20}\b(?:cikaracagim|kullanacagim|alacagim|cikaricam)\b
    \b(?:elimdeki|evdeki|kutudaki|dolaptaki|bulabildigim) (?:butun |tum )?(?:ilac|hap)\w* (?:ictim|yuttum)\b|\b(?:butun|tum) (?:ilac|hap)\w* (?:ictim|yuttum)\b.{0,40}\b(?:basim don|kimseye|midem bulan)
    \b(?:onu|seni|hepsini|onlari) oldurecegim\b.{0,60}\b(?:bicag|bicak|silah|tabanca|tufek)|\b(?:bicag|bicak|silah|tabanca|tufek)\w*\b.{0,60}\b(?:onu|seni|hepsini|onlari) oldurecegim\b
    \b(?:kopruye|raylara|catiya|ucuruma) (?:gidecegim|gidicem|cikacagim|cikicam)\b.{0,40}\b(?:her sey bitecek|bitecek|atlayacagim)\b
  `,
  concern: String.raw`
    \bintihar
    \bkeske (?:hic )?dogmasaydim\b|\bkeske ols(?:em|eydim)\b|\bolsem de kurtulsam\b|\buyuyup (?:bir daha )?uyanmasam\b
    \b(?:herkese |size |aileme )?yuk (?:oluyorum|oldum|olmaktan)\b|\bben olmasam (?:daha )?(?:rahat|iyi|mutlu)\b
    \bhicbir seyin (?:bir )?anlami (?:yok|kalmadi)\b|\b(?:kaybolmak|yok olmak) istiyorum\b
    \bkendimi (?:kesmek|yaralamak) (?:istiyorum|istedim)\b|\bkendime zarar (?:vermek istiyorum|verme istegi)\b
    \bumudum (?:kalmadi|yok)\b|\bolesim (?:var|geliyor)\b|\byasamanin (?:bir )?anlami yok\b
    \b(?:bir sabah|bir daha|hic) uyanmasam\b|\bbir daha uyanmak istemiyorum\b
    \b(?:hicbir|hic|baska) (?:bir )?cikis yolu(?:m)? (?:yok|kalmadi)\b(?!.{0,20}\b(?:oyun|bolum|labirent|binada)\w*)
    \bsonra her sey bitecek\b(?! (?:ve|sonra) (?:tatil|eve|dinlen))
  `,
  who: String.raw`
    \b(?:kardesim|arkadasim|oglum|kizim|annem|babam|ablam|abim|kuzenim|sevgilim|esim|is arkadasim|yegenim)\b.{0,40}\b(?:yaziyor|soyluyor|diyor|dedi|soyledi|yazdi|istedigini|istiyormus|bahsediyor)\b
    \b(?:kardesim|arkadasim|oglum|kizim|annem|babam|ablam|abim|kuzenim|sevgilim|esim|is arkadasim|yegenim)\b.{0,60}\b(?:konustu|konusuyor|anlatti|mesaj atti)\b
  `,
  reported: String.raw`
    \bolmek (?:istedigini|istiyormus|istiyor)\b|\bintihar\b|\bkendini (?:oldur|asmak)|\byasamak istemedigini\b|\bcanina kiy
    \bvedalas\w* gibi\b|\bsilah\w* (?:bahsetti|gosterdi)\b
  `,
};

const SV: LanguageRules = {
  language: 'sv',
  benign: String.raw`
    \b(?:inte|ingen|inga|aldrig|inte alls)(?: ar| nagra)? sjalvmord[a-z]*\b
    \bjag (?:ar|kanner mig) inte sjalvmord[a-z]*\b|\bjag tanker (?:inte|aldrig) pa sjalvmord\b|\bjag vill inte (?:do|ta mitt liv)\b
    \b(?:dokumentar|film|bok|roman|serie|nyhet|artikel|reportage|podd|pjas|lat)(?:en|er|erna)? om sjalvmord[a-z]*\b
    \bsjalvmord(?:s)?(?:prevention|forebyggande|statistik)[a-z]*\b|\b(?:forebygga|forebyggande av) sjalvmord\b
    \b(?:dog|dor|do|holl pa att do) av (?:skratt|tristess|hunger|varme)\b|\bdodstrott\b|\bdodstrott\b
  `,
  crisis: String.raw`
    (?<!\b(?:inte|han|hon|de|vi|du|ni|som|hen) )\bvill (?:bara |verkligen )?do\b
    \bjag vill (?:bara |verkligen )?(?:do|inte leva (?:langre|mer)|ta livet av mig|ta mitt (?:eget )?liv)\b
    \bjag (?:ska|tanker|kommer att|ska nog) (?:ta livet av mig|ta mitt (?:eget )?liv|do)\b
    \b(?:ikvall|i kvall|inatt|i natt|idag|imorgon|i morgon|i helgen)\b.{0,20}\b(?:ta mitt (?:eget )?liv|ta livet av mig|gor jag det|ska jag gora det)\b
    \b(?:sparat|samlat|kopt|hamstrat)(?: ihop)? (?:pa mig )?(?:tabletter|piller|somntabletter|ett rep|rep)\b
    \b(?:tabletter|piller|repet)\b.{0,20}\b(?:bredvid mig|framfor mig|har hos mig|ligger har)\b
    \b(?:hoppa|hoppar|kasta mig) (?:fran|framfor|ut fran) (?:bron|en bro|taket|tag(?:et)?|tunnelbanan|balkongen)\b|\bvilken bro jag ska hoppa\b
    \b(?:gett|givit|gav|skankt) bort (?:alla )?(?:mina )?(?:saker|grejer|tillhorigheter|klader)\b|(?!.*\b(?:vi ses|ses (?:snart|imorgon|nasta))\b)(?:\bhejda (?:alla|allihop)\b.{0,30}\btack for allt\b|\btack for allt\b.{0,30}\bhejda (?:alla|allihop)\b)
    \b(?:det har ar|detta ar|har ar|har kommer) (?:mitt )?sista meddelande\b|\bfarval (?:allihop|alla)\b
    \bskar mig (?:just nu|nu|igen|i armen|pa armen|nyss|precis|djupt)\b|\b(?:skar|skurit|skurit mig)\b.{0,40}\bslutar inte (?:att )?bloda\b
    \b(?:jag har |ja har |har )?(?:kollat|kollar|googlat|sokt)(?: upp)? (?:vilken|vilka|hur hog) (?:bro|hus|byggnad|tak)\b.{0,60}\b(?:ska ga dit|ska dit|gar dit|ikvall|inatt)\b
    \b(?:gav|gett|givit|skankt)\b.{0,15}\bbort\b.{0,60}\b(?:nar jag (?:ar borta|inte finns|ar dod)|behover (?:dem|det) inte (?:langre|mer))\b
    \b(?:dodar|knivhugger|skjuter|sticker ner) jag (?:honom|henne|dem)\b.{0,60}\b(?:kniv|kniven|pistol|vapen|yxa)\b|\b(?:kniv|kniven|pistol|vapen|yxa)\b.{0,60}\b(?:dodar|knivhugger|skjuter) jag (?:honom|henne|dem)\b
    \bplanerat (?:allt|det)\b.{0,80}\bingen (?:kommer (?:att )?)?(?:marka|marker|veta|fatta) (?:nat|nagot|nanting)\b
    \bskar i mig (?:sjalv)?\b|\bjag skadar mig sjalv (?:just )?nu\b
    \bgora slut pa (?:allt|mitt liv|livet|det hela|mig sjalv)\b
    \b(?:sparat|samlat|hamstrat|gomt) (?:ihop |pa mig )?(?:\w+ ){0,2}(?:\w*tabletter|piller|medicin(?:er)?)\b
    \b(?:det har|detta) (?:blir|ar) mitt sista (?:meddelande|sms|brev)\b(?! (?:innan|fore|till|for idag|for i dag|pa|i kvall|idag)\b)
    \b(?:i ?kvall|i ?natt|i ?morgon|i helgen)\b.{0,40}\bar det dags\b(?=.{0,60}\b(?:orkar inte|bestamt|sista|farval))
    \b(?:precis|nyss|just) tagit (?:alla|hela) (?:mina |burken (?:med )?|kartan (?:med )?)?(?:\w*tabletter|piller|medicin(?:er)?)\b(?! for (?:idag|i dag|dagen|kvallen|morgonen))
    \b(?:gett bort|skankt bort|salt|gav bort|gett)\b.{0,80}\bjag kommer (?:inte (?:att )?behova) (?:nagot av det|nagonting av det|nagonting)\b
  `,
  concern: String.raw`
    \bsjalvmord
    \b(?:somna|sova) och (?:aldrig|inte) vakna\b|\b(?:aldrig|inte) vakna (?:igen|mer)\b
    \b(?:battre|lattare) (?:utan mig|om jag inte fanns)\b|\bjag ar en borda\b
    \bingen mening (?:med nagot|att leva|med livet|med nanting|med nagonting|med nat)\b|\binget kommer (?:nagonsin |nansin )?(?:att )?bli battre\b
    \b(?:lust|vill|sug|behov) (?:att )?skada mig (?:sjalv)?\b|\bvill inte finnas\b|\b(?:aldrig|inte) (?:hade )?(?:fotts|blivit fodd|varit fodd)\b|\bvill (?:bara )?forsvinna\b
    \b(?:ar|blivit) (?:bara )?en borda\b|\b(?:battre|friare|lattare|lyckligare) (?:av )?utan mig\b
    \bhoppas (?:jag )?(?:att )?jag (?:bara )?inte vaknar\b|\binte vakna(?:r)? (?:igen|mer)\b
    \b(?:finns|ser) (?:ingen|inga) (?:vag|utvag) ut\b|\bingen utvag\b
  `,
  who: String.raw`
    \b(?:min|mitt) (?:kompis|van|vaninna|syster|bror|son|dotter|mamma|pappa|kollega|barn|flickvan|pojkvan|bastis)\b.{0,20}\b(?:skrev|sa|sager|skriver|berattade|messade)\b
  `,
  reported: String.raw`
    \b(?:vill|ville|ska|tanker|kommer att) (?:do|ta livet av sig|ta sitt (?:eget )?liv|inte leva)\b|\bsjalvmord
    \binte vill vara med (?:langre|mer)\b|\bkopt (?:ett )?rep\b
  `,
  self: String.raw`
    \bjag (?:\w+ )?(?:vill|ska) (?:bara |verkligen )?(?:do|ta livet av mig|ta mitt liv)\b
  `,
};

const NO: LanguageRules = {
  language: 'no',
  benign: String.raw`
    \b(?:ingen|ikke|aldri|ikke noen)(?: er)? selvmord[a-z]*\b|\bjeg er ikke selvmord[a-z]*\b|\bjeg vil ikke (?:do|ta livet av meg)\b
    \b(?:dokumentar|film|bok|bog|roman|serie|nyhet|nyhed|artikkel|artikel|podkast)(?:en|er|erne|ene)? om selvmord[a-z]*\b
    \bselvmord(?:s)?(?:forebygging|forebyggelse|statistikk|statistik)[a-z]*\b|\bforebygg(?:e|ing av) selvmord\b
    \bfarvel (?:alle|til alle|alle sammen)\b(?=.*\b(?:vi ses|snakkes|neste uke|i morgen|vi hores)\b)
    \b(?:holdt pa a|var ved at|jeg) ?(?:do|dode|dor) av latter\b|\b(?:do|dor|dode) af grin\b|\bdod(?:t)?(?:trett|traet)\b
    \b(?:varmen|jobben|skolen|denne varmen|denne uka|eksamen)\b.{0,5}\b(?:tar livet av|slar ihjel|dreper) (?:meg|mig)\b
  `,
  crisis: String.raw`
    (?<!\b(?:ikke|han|hun|de|vi|du|dere|som|hen) )\bvil (?:bare )?do\b
    \bjeg vil (?:bare )?(?:do|ta livet mitt|ikke leve (?:lenger|mere|mer|laengere)|ta livet av meg|tage mit (?:eget )?liv|sla (?:meg|mig) (?:selv )?ihjel)\b
    \bjeg (?:skal|kommer til a|vil) (?:ta livet av meg|ta mitt (?:eget )?liv|sla (?:meg|mig) (?:selv )?ihjel|tage mit liv)\b
    \b(?:gjor|gor) (?:jeg )?det (?:i natt|i nat)\b|\bi (?:natt|nat) (?:gjor|gor) jeg det\b
    \b(?:kjopt|kobt|kjopte|kobte|har) (?:et )?(?:tau|reb)\b|\b(?:tauet|rebet|tau)\b.{0,15}\b(?:i bilen|klart|ligger)\b
    \b(?:spart|samlet|samla|sparet)(?: opp| sammen)? (?:pa )?(?:piller|tabletter|sovepiller)\b|\b(?:pillene|tablettene|sovepillene) jeg har (?:samla|samlet|spart)\b
    \b(?:tok|tar|ta|svelget|svelger|svelge) (?:hele|alle) (?:brettet|pakka|pakken|eska|esken|glasset|pillene|tablettene|sovepillene)\b(?! (?:som legen|som foreskrevet|med vitaminer))
    \b(?:slar|sparker|truer|kveler) (?:meg|mig) (?:na|nu|akkurat na)\b|\blast (?:meg|mig) inne\b.{0,40}\b(?:han|hun) (?:slar|truer|sparker)\b|\b(?:han|hun) (?:slar|truer|sparker)\b.{0,60}\blast (?:meg|mig) inne\b
    \bhoppe (?:fra|foran|ud fra) (?:brua|broen|taket|toget|bygningen)\b
    \b(?:gitt|ga|gav|givet|foraert) bort (?:alle )?(?:tingene mine|mine ting|sakene mine|mine saker|tingene)\b
    \b(?:dette er|det her er|her er|dette blir) (?:min |mit |den )?(?:siste melding|sidste besked)\b|\bfarvel (?:alle|til alle|alle sammen)\b
    \b(?:skjaerer|skaerer|skjarer|skader|kutter) (?:i )?(?:meg|mig) (?:selv )?(?:na|nu|lige nu|akkurat na)\b
    \bbestemt meg for a (?:avslutte|gjore slutt pa) (?:det hele|alt|livet)\b|\bjeg (?:skal|vil) (?:avslutte|gjore slutt pa) (?:livet|livet mitt|det hele)\b(?! med)
    \bhvilken (?:bro|bru|fjell|klippe)\b.{0,20}\bjeg skal (?:bruke|hoppe|ta)\b|\bvilken (?:bro|klippa)\b.{0,20}\bjag ska (?:anvanda|hoppa|ta)\b
    \btakk for alt\b.{0,120}\b(?:kommer ikke til a skrive (?:mer|igjen)|dette er (?:min|mitt) siste)\b(?! (?:i dag|i kveld|for i dag|pa|om)\b)
    \b(?:hagla|haglen|gevaer|gevaeret|pistolen|rifla|vapenet|vapnet)\b.{0,60}\btatt (?:den|det) (?:frem|fram)\b
    \b(?:skrev|skrevet) (?:brev|avskjedsbrev)\b.{0,80}\b(?:alt er klart|ordnet (?:forsikring|papir|testament))
  `,
  concern: String.raw`
    \bselvmord
    \b(?:sovne|sove) og (?:ikke|aldri) (?:vakne|vagne)\b|\b(?:ikke|aldri) (?:vakne|vagne) (?:igjen|igen|opp)\b
    \b(?:bedre|lettere)\b.{0,10}\b(?:uten|uden) (?:meg|mig)\b|\bjeg er (?:bare |bare til )?en byrde\b|\b(?:kunne|onsker|onske) (?:a |at )?(?:bare )?forsvinne\b|\bingen vei ut (?:av dette|av det her|herfra)\b|\b(?:foler|foeler) (?:meg|mig) (?:helt )?fanget\b|\bingen mening med (?:noe|livet|noget)\b|\b(?:aldri|ikke) (?:var|hadde blitt|blev|var blevet) fodt\b|\bvil (?:bare )?forsvinne\b
    \b(?:sovne|sovnet|sovner) og (?:aldri |ikke )(?:vakne|vaknet|vakner)\b|\bikke (?:vakne|vaknet) (?:igjen|mer)\b
    \btanker om a ta (?:mitt eget liv|livet (?:mitt|av meg))\b
  `,
  who: String.raw`
    \b(?:bestevennen|bestevenninnen|vennen|venninnen|kompisen|sosteren|broren|sonnen|datteren|kollegaen|kaeresten|min (?:venn|venninne|soster|bror|son|datter|ven|veninde|kollega|kjaereste))\b.{0,15}\b(?:sier|sa|skrev|skriver|siger|sagde|fortalte)\b
  `,
  reported: String.raw`
    \bvil (?:ta livet sitt|ta sitt (?:eget )?liv|do|ikke leve|tage sit liv|sla seg ihjel|slaa sig ihjel|sla sig ihjel)\b|\bselvmord|\bta livet (?:sitt|av seg)\b
    \bvil forsvinne\b|\bgitt bort tingene sine\b|\bforsvinne for godt\b
  `,
  self: String.raw`
    \bjeg (?:\w+ )?(?:vil|skal) (?:bare )?(?:do|ta livet av meg|ta livet mitt)\b
  `,
};

export const LATIN_RULES: readonly LanguageRules[] = [NL, PL, TR, SV, NO];
