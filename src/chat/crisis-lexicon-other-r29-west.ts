/**
 * Round r29b families of the core-phrase screen (crisis-lexicon-other.ts) for Dutch, Polish,
 * Turkish, Russian, Ukrainian, Greek, Swedish and Norwegian in their own scripts, read next to each
 * language's own families (folded text: no accents, ł→l, ı→i, ø→o, å→a; Cyrillic keeps its
 * letters, an apostrophe is a space: "вб'є" is read "вб є"). Chat register, as people type it:
 *   - ending it tonight once decided ("ik ga er vannacht een eind aan maken", "dziś w nocy to
 *     zakończę"), a method place with "then it is over" (track, bridge, fjord);
 *   - means laid out: pills pressed out of their strips, a rope already hanging, a shotgun with
 *     "waiting until everyone is asleep";
 *   - preparation and farewell: letters written with keys or pets handed on, "thank you for all";
 *   - abuse now: locked in or a door being kicked while he says he will kill me;
 *   - harm to others: a weapon taken and "he will die tonight" / "he will answer for everything";
 *   - concern: urge to cut, burden, no way out, wishing not to wake, death on the mind, pain one
 *     cannot live with, intrusive images of crashing the car;
 *   - someone else: a pupil, a charge, a comrade or a son reported to say it.
 * Benign: a suicide attempt years ago with "now I am fine".
 */
import type { ExtraRules } from './crisis-lexicon-other';

/** The r29b families of the western and Cyrillic/Greek languages (own scripts), per language. */
export const R29_WEST: ExtraRules = {
  nl: {
    crisis: String.raw`
      \b(?:mes|pistool|geweer|bijl|hamer)\b.{0,60}\b(?:gaat|moet) (?:die (?:gast|vent|klootzak|kerel|hufter|eikel|lul|gozer|smeerlap|schoft|idioot|man)|hij|ze|zij) eraan\b|\b(?:gaat|moet) (?:die (?:gast|vent|klootzak|kerel|hufter|eikel|lul|gozer|smeerlap|schoft|idioot|man)|hij|ze|zij) eraan\b.{0,60}\b(?:mes|pistool|geweer|bijl)\b
      \b(?:alle|al (?:de|mijn|mn)) (?:\w+ )?(?:slaappillen|pillen|tabletten|medicijnen|pijnstillers|oxazepam)\b.{0,40}\b(?:verzameld|gespaard|opgespaard|verstopt|bewaard)\b
      \bik (?:ga|wil|zal) er (?:(?!geen\b|niet\b|nooit\b)\w+ ){0,2}(?:een )?(?:eind|einde) aan (?:maken|breien)\b|\bik maak er (?:\w+ ){0,2}(?:een )?(?:eind|einde) aan\b(?=.{0,80}\b(?:besloten|kan niet meer|sorry|vaarwel|niet meer leven)\b)
      \b(?:naar|op|bij) (?:het spoor|de rails|de spoorlijn|de overweg|het dak|de brug|de flat)\b.{0,80}\b(?:dan is het (?:klaar|over|voorbij|gedaan)|niemand hoeft me te zoeken|dan ben ik weg)\b
      \b(?:alle |al mn |al m n |al mijn )?(?:strips?|pillen|tabletten|slaappillen|medicijnen|oxazepam|paracetamol)\b.{0,50}\b(?:allemaal|alle|al) (?:\w+ )?uitgedrukt\b|\b(?:strips?|pillen|tabletten|slaappillen)\b.{0,60}\buitgedrukt\b.{0,80}\bals (?:de kids|de kinderen|iedereen|ze|hij|zij) (?:\w+ ){0,3}(?:slapen|slaapt|naar bed)\b
      \b(?:een|de) hele (?:pot|potje|doos|strip|fles|pak) (?:\w+ )?(?:paracetamol|pillen|tabletten|slaappillen|oxazepam|temazepam|pijnstillers|ibuprofen)\b.{0,60}\b(?:op|ingenomen|geslikt|achterover|weggewerkt)\b
      \b(?:de |mijn |mn )?(?:afscheids)?brie(?:f|ven) (?:voor|aan) (?:\w+ ){1,2}(?:ligt|liggen|heb ik)\b.{0,100}\b(?:bedankt voor alles|dank voor alles|vaarwel|dag allemaal)\b|\b(?:hond|kat|poes|konijn)\b (?:gaat|is|heb ik) (?:naar|bij) .{0,80}\b(?:sleutels?|afscheidsbrief|de brief|testament)\b
    `,
    concern: String.raw`
      \bik zie (?:het|de) (?:nut|zin) (?:van|in) (?:het |mijn |mn )?leven niet meer\b|\b(?:het|mijn|mn) leven heeft geen (?:zin|nut) meer\b
      \b(?:ik )?(?:wou|wilde|wens|wenste|hoop) (?:\w+ )?dat ik (?:\w+ ){0,2}(?:niet meer|nooit meer|gewoon niet) wakker (?:werd|word|zou worden)\b
      \b(?:drang|zin|neiging|behoefte|trek)\b (?:om )?(?:weer )?(?:(?!groente|brood|vlees|uien|ui\b|hout|haar|taart|kaas|papier|stof)\w+ ){0,4}te (?:krassen|snijden|kerven|branden)\b(?! (?:in|van) (?:het|de|een) (?:hout|brood|groente|vlees|papier))
    `,
    who: String.raw`
      \b(?:mn|mijn|m n) (?:dochter|zoon|zus|zusje|broer|vriend|vriendin|neef|nicht)\b.{0,60}\b(?:gezegd|verteld|geschreven|geappt|gestuurd)\b
    `,
    reported: String.raw`
      \b(?:dat )?(?:hij|ze|zij) niet meer wil (?:leven|bestaan)\b|\b(?:dat )?(?:hij|ze|zij) dood wil\b
    `,
  },
  pl: {
    crisis: String.raw`
      \b(?:dzis|dzisiaj|jutro|w nocy|tej nocy|wieczorem|dzis w nocy|dzisiaj w nocy)\b (?:\w+ )?(?:to |z tym |ze soba |z soba |z zyciem |wszystko )(?:zakoncze|skoncze)\b(?=.{0,60}\b(?:postanowil\w*|zdecydowal\w*|nie dam rady|mam dosc|koniec)\b)|\b(?:nie dam rady|mam dosc|postanowil\w*)\b.{0,80}\b(?:dzis|dzisiaj|jutro|w nocy|tej nocy) (?:\w+ )?(?:to |z tym |ze soba |z soba |z zyciem |wszystko )(?:zakoncze|skoncze)\b
      \b(?:go|ja|ich) (?:zabije|zadzgam|zastrzele|zatluke|zaciukam)\b.{0,80}\b(?:noz|nozem|noza|siekiere|siekiera|pistolet|bron|strzelbe|maczete)\b|\b(?:noz|noza|siekiere|pistolet|bron|strzelbe|maczete)\b.{0,80}\b(?:go|ja|ich) (?:zabije|zadzgam|zastrzele|zatluke)\b
      \b(?:wszystkie|cale) (?:\w+ ){0,2}(?:tabletki|leki|proszki|nasenne)\b.{0,40}\b(?:mam )?(?:schowane|odlozone|uzbierane|zebrane)\b(?=.{0,60}\b(?:dzis|dzisiaj|jutro|w nocy|tej nocy|wieczorem)\b)
      \b(?:lina|sznur|petla)\b (?:juz )?(?:wisi|przywiazan[aey]|zawiazan[aey]|gotow[aey])\b(?! (?:do|na) (?:prania|bielizny|wspinaczki|lodzi))(?=.{0,100}\b(?:jutro|dzis|dzisiaj|w nocy|spokoj|po wszystkim|koniec)\b)
      \b(?:rozdal|oddal|podarowal|przepisal|dal)(?:am|em|a)?\b.{0,120}\b(?:mi|mnie) (?:juz )?(?:nie beda|nie bedzie|nie sa) (?:juz )?potrzebn[eay]\b
      \bmnie (?:zabije|zatlucze|zakatuje|udusi|wykonczy|zadzga|zastrzeli)\b.{0,100}\b(?:zamknie?t[aey]|zamknelam|zamknalem|schowal\w*|ukrywam|w lazience|w piwnicy)\b|\b(?:zamknie?t[aey]|zamknelam|schowal\w*|ukrywam)\b.{0,100}\bmnie (?:zabije|zatlucze|zakatuje|udusi|zadzga)\b
    `,
    concern: String.raw`
      \bnie (?:widze|mam) (?:juz )?(?:zadnej |zadnej juz )?nadziei\b(?! (?:na|ze|dla) (?:wygran|awans|lepsz|zmian|pogod))
      \b(?:jak|jakbym byl|jakbym byla) w pulapce\b|\b(?:sytuacja|zycie|jestem|czuje sie) (?:\w+ ){0,4}bez wyjscia\b|\blepiej by bylo (?:\w+ )?(?:zniknac|nie zyc|umrzec|nie istniec)\b
      \b(?:wjezdzam|wjade|wjechac|wjechalbym|wjechalabym|wjezdzac) (?:\w+ )?(?:w drzewo|pod ciezarowke|pod tira|w sciane|pod pociag|w filar|w barierke)\b
    `,
    who: String.raw`
      \b(?:podopieczn[ya]|pacjent|pacjentka|uczen|uczennica|wychowan(?:ek|ka)|sasiad|sasiadka|kolega z pracy)\b.{0,40}\b(?:mowi|powiedzial|powiedziala|napisal|napisala|pisze|wspomnial|wspomniala)\b
    `,
    reported: String.raw`
      \bma (?:juz )?(?:odlozone|uzbierane|schowane|zebrane) (?:\w+ )?(?:tabletki|leki|proszki)\b|\bzrobi to (?:przed|po|w|jutro|dzis)\b
    `,
  },
  tr: {
    benign: String.raw`
      \b(?:\d+|birkac|bir kac|yillar|uzun) (?:yil|sene|ay)? ?once\b.{0,30}\bintihar (?:girisimi\w*|denemesi\w*|etmistim|etmeye calismistim)\b(?=.{0,120}\b(?:iyiyim|iyi durumdayim|mutluyum|atlattim|gecti)\b)
    `,
    crisis: String.raw`
      \b(?:hepinize|herkese|hepinizle) veda (?:ediyorum|ediyom|ettim)\b|\b(?:kedimi|kopegimi|kusumu)\b (?:\w+ )?(?:verdim|biraktim|emanet ettim)\b.{0,80}\b(?:her sey icin tesekkur\w*|hakkinizi helal|elveda|veda)\b
      \b(?:tabanca|silah|bicak|bicag|tufek|tufeg|balta|satir)\w*\b.{0,100}\b(?:oldurcem|oldurecegim|oldurucem|oldurecem|gebertecegim|gebertcem|vurcam|vuracagim|bicaklicam|bicaklayacagim)\b(?!.{0,20}\b(?:hedef|oyun|poligon|atis)\w*)
    `,
    concern: String.raw`
      (?<!\b(?:erken|gec|bu kadar erken|o kadar erken|alarmla|alarmsiz) )\b(?:bir daha |sabah |sabahlari |hic )?uyanmasam\b|\buyanmak istemiyorum\b|\bbir daha uyanmamak\b
      \b(?:aci|agri)\w*\b.{0,60}\b(?:nasil yasanir|yasayamiyorum|yasanmaz|yasamak istemiyorum)\b
    `,
    who: String.raw`
      \b(?:ogrencim|ogrencimiz|ogrencilerimden biri|hastam|danisanim|komsum|oda arkadasim)\b.{0,60}\b(?:yazmis|yazdi|soyledi|dedi|demis|mesaj atti)\b
      \b(?:arkadasim|kardesim|kuzenim|oglum|kizim|ablam|abim|sevgilim|esim)\b.{0,40}\b(?:veda etti|veda etmis|paylasti|paylasmis|story atti|post atti)\b
    `,
    reported: String.raw`
      \b(?:olmek|intihar etmek|kendimi oldurmek) istiyorum (?:\w+ )?(?:yazmis|yazdi|dedi|demis)\b
      \b(?:herkese|hepimize|hepinize|herkesle) veda (?:etti|etmis|ediyor)\b
    `,
  },
  ru: {
    crisis: String.raw`
      NL(?:запер|заперла|закрыл|забрал телефон|забрал у меня телефон|спряталась|спрятался|заперлась)NR.{0,140}NL(?:мне конец|убьет меня|прибьет меня|мне не жить|закопает меня)NR|NL(?:мне конец|убьет меня|прибьет меня)NR.{0,100}NL(?:запер|заперла|заперлась|спряталась)NR
      NL(?:кота|кошку|собаку|пса)NR (?:\S+ )?(?:отдала?|оставила?|пристроила?)NR.{0,100}NL(?:письмо|записк[аиу]|спасибо за вс[её])NR|NLспасибо за вс[её]NR.{0,60}NL(?:кота|кошку|собаку) (?:\S+ )?(?:отдала?|пристроила?)NR
      NL(?:таблетк\S*|снотворн\S*|лекарств\S*)NR.{0,80}NLкогда (?:все|вс[её]) (?:уснут|заснут|лягут)NR
    `,
    concern: String.raw`
      NLя (?:им |для них |для всех |для семьи |для детей |всем |вам )?(?:такая |такой |только |просто )?обуз[аойу]NR|NLзачем я (?:им|вам|всем|нужна|нужен) (?:\S+ )?обуз[аойу]NR
    `,
    who: String.raw`
      NL(?:сосед|соседка|однокурсник|однокурсница|одногруппник|ученик|ученица)NR.{0,60}NL(?:написал|написала|пишет|сказал|сказала)NR
    `,
    reported: String.raw`
      NL(?:освободит|освобожу) (?:всех|вас|нас|их|мир) от себяNR|NL(?:всех|вас|нас|их|мир) (?:освободит|освобожу) от себяNR
    `,
  },
  uk: {
    crisis: String.raw`
      NL(?:зброя|зброю|ніж|ножем|автомат|пістолет|рушниц[яюі]|обріз)NR.{0,140}NL(?:за все відповість|відповість за все|(?:я )?(?:вже )?їду до нього|вб ю його|застрелю його|заріжу його|він (?:сьогодні )?помре)NR|NL(?:вб ю|застрелю|заріжу) йогоNR.{0,80}NL(?:зброя|зброю|ніж|ножем|автомат|пістолет)NR
      NL(?:написав|написала|залишив|залишила) (?:\S+ )?(?:листи|лист|прощальн\S*)NR.{0,140}NL(?:віддав|віддала|роздав|роздала|все буде тихо|мене не буде|все скінчиться)NR
      NL(?:вб є|вбє|уб є|приб є|заріже|задушить) менеNR(?=.{0,80}NL(?:двері|замкнул\S*|сховал\S*|діти|ніж|п яний))|NL(?:вибиває двері|п яний|замкнулась|сховалась)NR.{0,100}NL(?:вб є|вбє|уб є|приб є|заріже|задушить) менеNR
      NL(?:таблетк\S*|пігулк\S*|ліки)NR.{0,80}NLколи (?:всі|все) (?:заснуть|ляжуть|спатимуть)NR
    `,
    concern: String.raw`
      NLкраще б (?:мене|я) (?:тоді |там )?(?:накрило|вбило|не було|помер|померла|не прокинувся|не прокинулась)NR
      NL(?:хочеться|хочу|тягне) (?:знову |знов |ще )?(?:порізатися|порізатись|порізати себе|різати себе|різатися)NR
      NL(?:все |вс[еї] )?безнадійноNR|NLне бачу (?:жодного |ніякого )?виходуNR
    `,
    who: String.raw`
      NL(?:побратим|посестра|друг|подруга|брат|сестра|син|донька)NR.{0,40}NL(?:написав|написала|пише)NR
    `,
    reported: String.raw`
      NLостанній раз коли ми (?:говоримо|розмовляємо|бачимось|пишемо)NR|NLце (?:моє )?останнє повідомленняNR
    `,
  },
  el: {
    crisis: String.raw`
      NL(?:να|θα) (?:τον|την) (?:σκοτωσω|μαχαιρωσω|σφαξω|πυροβολησω)NR(?=.{0,80}NL(?:μαχαιρι|οπλο|πιστολι|καραμπινα|τσεκουρι)NR)|NL(?:μαχαιρι|οπλο|πιστολι|καραμπινα|τσεκουρι)NR.{0,80}NL(?:να|θα) (?:τον|την) (?:σκοτωσω|μαχαιρωσω|σφαξω|πυροβολησω)NR
      NL(?:εγραψα|αφησα) (?:τα |τα τελευταια )?(?:γραμματα|γραμμα|αποχαιρετιστηρι\S*)NR.{0,140}NL(?:ευχαριστω για ολα|αφησα|εδωσα|χαιρετε)NR
      NLθα με (?:σκοτωσει|σφαξει|σκοτωσουν)NR(?=.{0,100}NL(?:πορτα|κλειδωμεν\S*|μπανιο|κρυβομαι|κρυμμεν\S*))|NL(?:πορτα|κλειδωμεν\S*|κρυβομαι)NR.{0,100}NLθα με (?:σκοτωσει|σφαξει)NR
      NL(?:μαζεψα|εκρυψα|κρατησα) (?:ολα )?(?:τα )?χαπιαNR
      NLδεν αντεχω (?:αλλο|πια)NR.{0,40}NL(?:αποψε|αυριο|σημερα) (?:τελειωνω|τα τελειωνω|τελειωνουν ολα)NR
      NL(?:πηδαω|πεφτω|πεταγομαι) απο (?:τη|την|το) (?:γεφυρα|ταρατσα|γκρεμο)NR
      NLθα (?:πεσω|πηδηξω) απο (?:τη|την|το) (?:γεφυρα|ταρατσα|μπαλκονι|γκρεμο)NR
    `,
    concern: String.raw`
      NLδεν εχω (?:καμια |πια |αλλη )?ελπιδαNR|NLκαμια ελπιδα δεν εχωNR
      NL(?:εχω γινει|ειμαι|γινομαι|νιωθω) (?:ενα |σαν )?βαροςNR|NLκαλυτερα (?:θα ηταν|να ηταν|ειναι) (?:\S+ ){0,2}χωρις εμεναNR
      NL(?:αναγκη|ορεξη|θελω|θελω παλι|ξανα θελω) να (?:κοπω|κοβομαι|χαρακωθω|χαρακωνομαι)NR
    `,
    who: String.raw`
      NL(?:ο μαθητης|η μαθητρια|ο γιος|η κορη|ο φιλος|η φιλη|ο αδερφος|η αδερφη|ο συναδελφος)NR.{0,30}NL(?:εγραψε|ειπε|στελνει|εστειλε|γραφει)NR
    `,
    reported: String.raw`
      NLοτι θελει να (?:πεθανει|αυτοκτονησει|σκοτωθει)NR
    `,
  },
  sv: {
    crisis: String.raw`
      \b(?:till|pa|vid|upp pa|ut till) (?:bron|taket|stupet|klippan|sparet|ralsen)\b.{0,40}\b(?:och|a|o) hoppar\b(?! (?:i|ner i) (?:vattnet|sjon|havet|alven|badet))
      \b(?:kniven|kniv|pistolen|hagelbossan|bossan|gevaret|yxan)\b.{0,80}\b(?:han|hon|javeln) ska (?:do|fa do)\b|\b(?:han|hon) ska (?:do|fa do)\b.{0,60}\b(?:kniven|pistolen|bossan|gevaret|yxan)\b
      \b(?:slar|sparkar|stryper|misshandlar) mig\b.{0,60}\bska doda mig\b|\bska doda mig\b.{0,40}\b(?:slar|sparkar|stryper) mig (?:nu|just nu)\b
      \bhoppar jag (?:fran|av|ner fran) (?:bron|taket|balkongen|stupet)\b(?! (?:i|ner i) (?:vattnet|sjon|havet|alven))
      \b(?:ikvall|inatt|i natt|imorgon) (?:tar|svaljer) jag (?:alla|hela) (?:\w+ )?(?:tabletter|tabletterna|pillren|pillerna|somntabletter|burken)\b|\b(?:ikvall|inatt) (?:hoppar|hanger) jag\b
      \bska doda mig\b(?=.{0,100}\b(?:last in mig|lasst in mig|badrummet|gomt mig|gommer mig|dorren|toan)\b)|\b(?:last in mig|gommer mig|gomt mig)\b.{0,100}\bska doda mig\b
      \bingen ide (?:att|a) (?:forsoka )?(?:(?:att|a) )?stoppa mig\b(?=.{0,120}\b(?:imorgon|i morgon|ikvall|inatt|bron|hoppar|taget|tabletter)\b)|\b(?:imorgon|i morgon|ikvall|inatt|bron|hoppar)\b.{0,120}\bingen ide (?:att|a) (?:forsoka )?(?:(?:att|a) )?stoppa mig\b
    `,
    concern: String.raw`
      \b(?:onskar|onskade)\b.{0,25}\b(?:att )?jag inte (?:vaknade|vaknar|skulle vakna|vaknat)\b
      \b(?:kanner mig som|ar bara|jag ar) (?:en )?borda\b
      \bdet finns (?:inget|inte nagot|inte nagot mer) hopp\b(?! (?:for|om) (?:laget|vadret|bussen|tag))|\bjag har (?:inget|inte nagot) hopp kvar\b
    `,
    self: String.raw`
      \bjag (?:aker|kor|gar|tar) (?:\w+ ){0,3}med (?:kniven|pistolen|bossan|gevaret|yxan)\b
    `,
    who: String.raw`
      \b(?:min|mitt) (?:kollega|arbetskamrat|granne|elev|klasskompis|rumskompis)\b.{0,40}\b(?:skrev|sa|sager|berattade)\b
    `,
    reported: String.raw`
      \b(?:hon|han) har samlat (?:ihop )?(?:pa sig )?(?:tabletter|piller|sömntabletter|somntabletter)\b|\batt det snart ar over\b
    `,
  },
  no: {
    crisis: String.raw`
      \bkjore\w* (?:\w+ ){0,3}(?:ut i|utfor|i) (?:fjorden|sjoen|havet|stupet|elva)\b
      \bhopper jeg (?:fra|utfor|ned fra) (?:broa|brua|broen|taket|balkongen|stupet)\b(?! (?:i|ut i) (?:vannet|sjoen|fjorden|havet|elva))
      \b(?:hagla|haglen|kniven|gevaeret|pistolen|oksa)\b.{0,80}\b(?:han|hun) skal (?:faen meg )?do\b|\b(?:han|hun) skal (?:faen meg )?do\b.{0,60}\b(?:hagla|kniven|gevaeret|pistolen|oksa)\b
      \b(?:hagla|haglen|gevaeret|pistolen|rifla|tablettene|pillene)\b.{0,100}\b(?:venter (?:bare )?til alle (?:har lagt seg|sover)|nar alle (?:har lagt seg|sover))\b
      \b(?:gitt bort|gav bort|gir bort)\b.{0,80}\b(?:skrevet brev|skrev brev|avskjedsbrev)\b|\b(?:skrevet|skrev) (?:avskjeds)?brev til\b.{0,80}\b(?:takk for (?:alt|at dere)|ha det)\b
      \b(?:i kveld|i natt|i morgen) (?:tar|svelger) jeg (?:alle|hele) (?:\w+ )?(?:pillene|tablettene|sovepillene|glasset|boksen)\b
      \b(?:truer med|truet med) (?:a )?drepe (?:meg|mae|mei|me)\b.{0,80}\b(?:gjemt meg|gjemmer meg|last meg inne|badet|doren|dora)\b|\b(?:gjemt meg|gjemmer meg|last meg inne)\b.{0,80}\b(?:truer med|truet med|skal) (?:a )?drepe (?:meg|mae|mei|me)\b
      \bskal drepe (?:meg|mae|mei|me)\b(?=.{0,100}\b(?:badet|dora|last meg inne|gjemmer|ungan|ungene|slar)\b)|\b(?:slar pa dora|last meg inne|gjemmer meg)\b.{0,100}\bskal drepe (?:meg|mae|mei|me)\b
      \bingen vits (?:a )?(?:prove (?:a )?)?stoppe meg\b
    `,
    concern: String.raw`
      \bser (?:ikke|ikkje|inga) (?:noe |noko |nokon )?hap\b
      \btanker om (?:a )?(?:do|ta livet mitt|ta livet av meg|ikke leve)\b
      \b(?:foler meg som|er bare|jeg er) (?:en )?(?:byrde|belastning) (?:for|pa)\b|\bfoler meg som en byrde\b
    `,
    who: String.raw`
      \b(?:sonnen|dattera|datteren|gutten|jenta) (?:min|mi)\b.{0,40}\b(?:skrevet|skrev|sagt|sa|sier)\b
    `,
    reported: String.raw`
      \b(?:han|hun) (?:ikke|ikkje) orker (?:a )?leve\b
    `,
  },
};
