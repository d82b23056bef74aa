/**
 * Round r29b benign frames of the core-phrase screen (crisis-lexicon-other.ts): the suicide word
 * told as history or as work, erased before the families are read (folded text, as there):
 *   - a past attempt with the time it lies back and "now I am fine/happy" after it ("tien jaar
 *     geleden deed ik een zelfmoordpoging, nu gaat het goed", "五年前自杀未遂过，现在很好",
 *     "πριν πέντε χρόνια έκανα απόπειρα αυτοκτονίας, τώρα είμαι καλά");
 *   - an attempt seen at work: a nurse, paramedic, doctor or police officer with the patient or the
 *     shift next to the attempt ("jeg er sykepleier, i går hadde vi et selvmordsforsøk på vakta").
 * Without the recovery after it, or without the patient/shift next to it, nothing is erased: "I am
 * a nurse and I attempted suicide last week" stays a risk.
 */
import type { ExtraRules } from './crisis-lexicon-other';

/** The r29b past-attempt and at-work frames, per language. */
export const R29_BENIGN: ExtraRules = {
  nl: {
    benign: String.raw`
      \b(?:\w+ )?(?:jaar|jaren|maanden) geleden\b.{0,40}\bzelfmoordpoging\w*\b(?=.{0,80}\b(?:nu|inmiddels|tegenwoordig)\b.{0,30}\b(?:goed|beter|gelukkig|blij)\b)
      \b(?:verpleegkundige|verpleger|ambulancemedewerker|ambulanceverpleegkundige|arts|dokter|agent|politieagent)\b.{0,80}\b(?:hadden we|had ik|patient|patiente) (?:\w+ ){0,3}zelfmoordpoging\w*\b|\bzelfmoordpoging\w*\b(?= (?:op de (?:eerste hulp|seh|afdeling)|tijdens (?:de|mijn) dienst))
    `,
  },
  pl: {
    benign: String.raw`
      \b(?:\d+|kilka|pare|wiele) (?:lat|lata|rok|roku|miesiecy) temu\b.{0,40}\b(?:probowal\w* (?:popelnic samobojstwo|sie zabic|odebrac sobie zycie)|prob\w* samobojcz\w*)\b(?=.{0,80}\b(?:dzis|dzisiaj|teraz|obecnie)\b.{0,30}\b(?:szczesliw\w*|dobrze|w porzadku)\b)
      \b(?:pielegniark\w*|pielegniarzem|ratownik\w*|lekarz\w*|policjant\w*)\b.{0,80}\bpacjent\w* (?:po|z) prob\w* samobojcz\w*\b
    `,
  },
  tr: {
    benign: String.raw`
      \b(?:hemsire|doktor|paramedik|polis|acil)\w*\b.{0,80}\bintihar (?:girisimi|denemesi)\w* (?:olan |yapan |ile gelen |sonrasi gelen )?(?:bir )?hasta\w*\b
    `,
  },
  ru: {
    benign: String.raw`
      NL(?:медсестра|медбрат|врач|фельдшер|полицейский|санитарка)NR.{0,80}NL(?:пациент\S*|привезли)NR.{0,30}NLпосле попытк\S* (?:суицида|самоубийства)NR
    `,
  },
  uk: {
    benign: String.raw`
      NL(?:\S+ )?(?:років|роки|рік|місяців) томуNR.{0,40}NL(?:намагал\S* (?:покінчити з собою|вбити себе)|спроб\S* самогубства)NR(?=.{0,60}NL(?:зараз|тепер)NR.{0,30}NL(?:добре|нормально|щаслив\S*)NR)
    `,
  },
  zh: {
    benign: String.raw`
      (?:\d+|几|幾|两|兩|三|四|五|六|七|八|九|十|很多)年前[^\n]{0,10}(?:自杀未遂|自殺未遂|试图自杀|試圖自殺)(?:过|過)?(?=[^\n]{0,30}(?:现在|現在|如今)[^\n]{0,10}(?:很好|挺好|不错|不錯|好了|幸福))
      (?:护士|護士|医生|醫生|急诊|急診|警察)[^\n]{0,30}(?:自杀未遂|自殺未遂)的(?:病人|患者)
    `,
  },
  ja: {
    benign: String.raw`
      (?:\d+|数|何)年前に?[^\n]{0,6}(?:自殺未遂|自殺を図っ)[^\n]{0,10}(?=[^\n]{0,20}(?:今は|いまは)[^\n]{0,10}(?:元気|幸せ|大丈夫|落ち着い))
      (?:看護師|医者|救急隊|救命|警察官)[^\n]{0,40}(?:自殺未遂|自殺企図)の(?:患者|方)
    `,
  },
  ko: {
    benign: String.raw`
      (?:\d+|몇) ?년 전에?[^\n]{0,10}자살 ?시도(?:했었|했던|를 했었)[^\n]{0,6}(?=[^\n]{0,30}(?:지금은|이제는)[^\n]{0,10}(?:잘 지내|괜찮|행복))
      (?:간호사|의사|응급실|구급대원|경찰)[^\n]{0,30}자살 ?시도 ?(?:환자|한 환자|하신 분)
    `,
  },
  fa: {
    benign: String.raw`
      NL(?:\S+ )?(?:سال|ماه) (?:پيش|قبل)NR.{0,30}NLاقدام به خودكشيNR(?=.{0,60}NL(?:الان|حالا)NR.{0,20}NL(?:خوبم|خوب هستم|خوشحالم)NR)
      NL(?:پرستار\S*|دكتر\S*|پزشك\S*|امدادگر\S*)NR.{0,60}NLبيمار\S*NR.{0,20}NLاقدام به خودكشيNR
    `,
  },
  he: {
    benign: String.raw`
      NLלפני \S+ (?:שנים|שנה|חודשים)NR.{0,20}NL(?:ניסיתי להתאבד|ניסיון התאבדות)NR(?=.{0,60}NL(?:היום|עכשיו)NR.{0,30}(?:טוב|בסדר|מאושר))
    `,
  },
  hi: {
    benign: String.raw`
      NL(?:\S+ )?(?:साल|वर्ष|महीने) पहलेNR.{0,30}NLआत्महत्या (?:की कोशिश|का प्रयास)NR(?=.{0,60}NL(?:अब|आज)NR.{0,20}(?:ठीक|खुश|अच्छ))
      NL(?:नर्स|डॉक्टर|डाक्टर|पुलिस)NR.{0,60}NLआत्महत्या (?:की कोशिश|का प्रयास) (?:वाला|वाली) मरीज\S*
    `,
  },
  id: {
    benign: String.raw`
      \b(?:\d+|beberapa|bbrp) (?:tahun|thn|bulan|bln) (?:lalu|yg lalu|yang lalu)\b.{0,30}\b(?:pernah )?(?:coba|mencoba|nyoba|percobaan) bunuh diri\b(?=.{0,60}\b(?:sekarang|skrg)\b.{0,30}\b(?:baik|membaik|bahagia|sembuh|oke)\b)
    `,
  },
  el: {
    benign: String.raw`
      NLπριν (?:\S+ )?(?:χρονια|χρονο|μηνες)NR.{0,30}NL(?:αποπειρα αυτοκτονιας|προσπαθησα να αυτοκτονησω)NR(?=.{0,60}NL(?:τωρα|σημερα)NR.{0,20}NL(?:ειμαι καλα|καλα|ευτυχισμεν\S*)NR)
      NL(?:νοσηλευτ\S*|γιατρ\S*|διασωστ\S*)NR.{0,60}NLειχαμε αποπειρα αυτοκτονιαςNR|NLαποπειρα αυτοκτονιας στη βαρδιαNR
    `,
  },
  sv: {
    benign: String.raw`
      \b(?:sjukskoterska|underskoterska|lakare|ambulanssjukvardare|polis)\b.{0,60}\b(?:hade vi|fick vi in|patient)\b.{0,20}\bsjalvmordsforsok\w*\b
    `,
  },
  no: {
    benign: String.raw`
      \b(?:sykepleier|lege|ambulansearbeider|politi|paramedic)\w*\b.{0,60}\b(?:hadde vi|fikk vi inn|pasient)\b.{0,20}\bselvmordsforsok\w*\b
    `,
  },
};
