/**
 * Core crisis phrases in languages beyond the six the full screen reads: Dutch, Polish, Turkish,
 * Russian and Ukrainian (Cyrillic and the usual Latin transliteration), Chinese (simplified and
 * traditional), Japanese, Korean, Arabic (standard and the common dialect verbs), Persian, Hebrew,
 * Hindi (Devanagari and Hinglish), Vietnamese, Indonesian/Malay, Tagalog, Greek, Swedish and
 * Norwegian/Danish, so a message in one of them degrades to the crisis reply with local and
 * international resources instead of silence. This is deliberately small: only first-person,
 * unambiguous statements of wanting to die, kill oneself or not live (CRISIS) and the bare word
 * for suicide (CONCERN); negated forms are excluded where the negation stands before the verb
 * ("nie chcę umrzeć", "не хочу умереть", "我不想死", "لا أريد أن أموت"), and well-known idioms
 * that share the words are left out ("我想死你了", I miss you to death). It is not the full screen
 * of the six main languages (Japanese is read before Chinese: the two share 自殺); with ANTHROPIC_API_KEY the model's second opinion reads any language.
 */
import type { RiskLevel } from './crisis';

/** Languages with core phrases only. */
export type CoreLanguage = 'nl' | 'pl' | 'tr' | 'ru' | 'uk' | 'zh' | 'ja' | 'ko' | 'ar' | 'fa' | 'he' | 'hi' | 'vi' | 'id' | 'tl' | 'el' | 'sv' | 'no';

/** A finding of this screen. */
export interface CoreHit {
  language: CoreLanguage;
  level: Exclude<RiskLevel, 'NONE'>;
}

type Phrase = readonly [CoreLanguage, Exclude<RiskLevel, 'NONE'>, RegExp];

// Text is folded first (see fold): accents are dropped from Latin, Greek, Arabic and Hebrew letters
// (Polish ł and Turkish ı written l and i, Arabic alef forms written ا, Persian ی and ک written ي
// and ك), Cyrillic, Devanagari and the CJK scripts keep theirs; every run of other characters is
// one space. `\b` only knows ASCII, so non-Latin phrases are bounded with NL (no letter before).
const NL = '(?<![\\p{L}\\p{M}])';
const re = (source: string) => new RegExp(source.replaceAll('NL', NL), 'u');

const PHRASES: readonly Phrase[] = [
  ['nl', 'CRISIS', /\bik wil (?:echt |gewoon |zo graag |liever )?dood(?: gaan| zijn)?\b|\bik wil niet meer (?:leven|verder)\b|\bik (?:wil|ga) (?:mezelf|me) (?:van kant maken|ombrengen|doden|van het leven beroven|ophangen)\b|\bik pleeg zelfmoord\b|\bzelfmoord (?:plegen|gedachten)\b|\bzelfmoordgedachten\b|\been einde aan mijn leven\b|\bik maak er een einde aan\b/],
  ['nl', 'CONCERN', /\bzelfmoord\b(?! ?preventie)|\bik wil er niet meer zijn\b/],
  ['pl', 'CRISIS', /(?<!\bnie )\bchce (?:juz |po prostu )?(?:umrzec|sie zabic)\b|\bzabije sie\b|\bnie chce (?:juz )?zyc\b|\bmysle o (?:samobojstwie|smierci)\b|\bodebrac sobie zycie\b|\bskoncze ze soba\b|\bpopelnie samobojstwo\b|\bpowiesze sie\b/],
  ['pl', 'CONCERN', /\bsamobojstw[a-z]*\b/],
  ['tr', 'CRISIS', /\bolmek istiyorum\b|\bkendimi oldur(?:mek istiyorum|ecegim|eyim)\b|\bintihar (?:etmek istiyorum|edecegim|etmeyi dusunuyorum)\b|\b(?:artik )?yasamak istemiyorum\b|\bcanima kiyacagim\b/],
  ['tr', 'CONCERN', /\bintihar\b/],
  ['ru', 'CRISIS', /(?<![\p{L}])(?<!не )хочу (?:умереть|сдохнуть|покончить с собой)|(?<![\p{L}])(?:покончу с собой|убью себя|убить себя|не хочу (?:больше )?жить|думаю о (?:самоубийстве|суициде))/u],
  ['ru', 'CRISIS', /(?<!\bne )\b(?:ya )?hochu (?:umeret|sdohnut|pokonchit s soboi)\b|\bpokonchu s soboi\b|\bpokonchit s soboj\b|\bub(?:yu|ju) sebya\b|\bne hochu (?:bolshe )?zhit\b/],
  ['ru', 'CONCERN', /(?<![\p{L}])(?:суицид|самоубийств)|\b(?:suitsid|samoubiistv|samoubijstv)[a-z]*\b/u],
  ['uk', 'CRISIS', re("NL(?<!не )хочу (?:померти|вмерти|здохнути|вбити себе|покінчити (?:з|із) собою|накласти на себе руки)|NL(?:вб ?ю себе|покінчу (?:з|із) собою|не хочу (?:більше )?жити|думаю про (?:самогубство|суїцид))")],
  ['uk', 'CONCERN', re('NL(?:самогубств|суїцид)')],
  ['ja', 'CRISIS', re('死にたい|自殺したい|自殺する(?:つもり)?|死のうと思|命を絶ちたい|生きていたくない|もう生きたくない')],
  ['ja', 'CONCERN', re('自殺|消えたい|いなくなりたい')],
  ['zh', 'CRISIS', re('我(?:真的|好|很|只|就)?想死(?![你您他她它妳])|我(?:想|要)自[杀殺]|不想活了|活不下去了|我(?:想|要)结束(?:自己的|我的)?生命|我(?:想|要)結束(?:自己的|我的)?生命|想轻生|想輕生')],
  ['zh', 'CONCERN', re('自[杀殺]|轻生|輕生')],
  ['ko', 'CRISIS', re('죽고 ?싶(?!지 ?않)|자살하고 ?싶(?!지 ?않)|자살할 (?:거|것)|살고 ?싶지 ?않|더 이상 살기 싫|목숨을 끊고 싶')],
  ['ko', 'CONCERN', re('자살')],
  ['ar', 'CRISIS', re('NL(?<!لا )(?<!مش )(?<!ما )(?:اريد|ابغى|ابي|بدي|عايز|عاوز|نبغي|بغيت) (?:ان )?(?:اموت|موت|انتحر|نموت)|NL(?:ساقتل نفسي|هقتل نفسي|راح اقتل نفسي|سانتحر|هنتحر|لا اريد ان اعيش|مش عايز اعيش|افكر (?:في|ب) ?الانتحار)')],
  ['ar', 'CONCERN', re('انتحار')],
  ['fa', 'CRISIS', re('NL(?:مي ?خوام|مي ?خواهم) (?:بميرم|خودكشي كنم)|NL(?:خودمو مي ?كشم|خودم را مي ?كشم|نمي ?خوام زنده باشم|نمي ?خواهم زنده باشم)')],
  ['fa', 'CONCERN', re('خودكشي')],
  ['he', 'CRISIS', re('NLאני רוצה (?:למות|להתאבד|לסיים את החיים)|NLאני (?:אתאבד|הולך להתאבד|הולכת להתאבד)|NLלא רוצה לחיות')],
  ['he', 'CONCERN', re('להתאבד|התאבדות|בא לי למות')],
  ['hi', 'CRISIS', re('मरना चाहत[ाी]|आत्महत्या कर(?:ना चाहत[ाी]|ूँग[ाी]|ूंग[ाी]|ने वाल[ाी])|खुद को मार (?:दूँग[ाी]|दूंग[ाी]|डालूँग[ाी]|डालूंग[ाी]|ना चाहत[ाी])|जीना नहीं चाहत[ाी]|अपनी जान (?:ले लूँग[ाी]|ले लूंग[ाी]|देना चाहत[ाी])')],
  ['hi', 'CRISIS', /\bmarna chaht[ai]\b|\bmujhe marna hai\b|\bmar jana chaht[ai]\b|\bkhud ko maa?r (?:dunga|dungi|lunga|lungi|dalunga|dalungi)\b|\bjeena nahi chaht[ai]\b|\baatmahatya kar(?:na chaht[ai]|unga|ungi)\b/],
  ['hi', 'CONCERN', re('आत्महत्या|NLaatmahatya')],
  ['vi', 'CRISIS', /(?<!\bkhong )\bmuon (?:chet|tu sat|ket thuc cuoc (?:doi|song))\b|\bkhong muon song (?:nua|tiep)\b|\bse tu sat\b/],
  ['vi', 'CONCERN', /\btu sat\b/],
  ['id', 'CRISIS', /(?<!\b(?:tidak|tak|gak|nggak|ngga|ga|enggak|engga|ndak|ora) )\b(?:ingin|mau|pengen|pingin|pengin|nak) (?:mati|bunuh diri|mengakhiri hidup)\b|\b(?:tidak|gak|nggak|ga|tak) (?:ingin|mau|pengen|nak) hidup lagi\b/],
  ['id', 'CONCERN', /\bbunuh diri\b/],
  ['tl', 'CRISIS', /\bgusto ko (?:na |nang )?(?:mamatay|magpakamatay)\b|\bmagpapakamatay (?:na )?ako\b|\bpapatayin ko (?:ang )?sarili ko\b|\baya(?:ko|w ko) (?:na |nang )?mabuhay\b/],
  ['tl', 'CONCERN', /\bmagpakamatay\b|\bpagpapakamatay\b/],
  ['el', 'CRISIS', re('NL(?<!δεν )(?<!δε )θελω να (?:πεθανω|αυτοκτονησω)|NLθα (?:αυτοκτονησω|σκοτωσω τον εαυτο μου)|NLδεν? θελω να ζω')],
  ['el', 'CONCERN', re('αυτοκτονι')],
  ['sv', 'CRISIS', /\bjag vill (?:do|inte leva (?:langre|mer)|ta livet av mig)\b|\bjag (?:ska|tanker) ta livet av mig\b/],
  ['sv', 'CONCERN', /\bsjalvmord/],
  ['no', 'CRISIS', re('\\bjeg vil (?:dø|ikke leve (?:lenger|mere|længere)|ta livet av meg|tage mit (?:eget )?liv)(?![\\p{L}])|\\bjeg skal ta livet av meg\\b')],
  ['no', 'CONCERN', /\bselvmord/],
];

/** The message in the form the phrases are written for. */
function fold(message: string): string {
  return message
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[أإآ]/g, 'ا')
    .replace(/[یى]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ');
}

/** Core phrases of the other languages found in a message. */
export function screenOtherLanguages(message: string): CoreHit[] {
  const text = fold(message);
  return PHRASES.filter(([, , regex]) => regex.test(text)).map(([language, level]) => ({ language, level }));
}
