/**
 * What a patient sees when src/chat/crisis.ts detects a crisis (and the resources added to a
 * CONCERN answer): a short, warm reply with services they can reach right now, sent instead of a
 * model answer. The text is fixed and reviewed rather than generated, so it is the same every
 * time, never depends on the model, and carries nothing from the patient's message. It tells the
 * patient that their therapist will see the message.
 *
 * English lists the US services (988 by call, text and chat; 911; Crisis Text Line). Other
 * languages add 988's Spanish line where it exists, the country lines most patients writing in
 * that language can reach, Europe's 112 and findahelpline.com for any other country.
 */
import type { CoreLanguage } from './crisis-lexicon-other';
import { CRISIS_REPLIES } from './crisis-replies';
import { OTHER_CRISIS_REPLIES } from './crisis-replies-other';

/** A service a patient in crisis can contact. */
export interface CrisisResource {
  name: string;
  contact: string;
}

type Language = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | CoreLanguage;

function frozen(resources: CrisisResource[]): readonly CrisisResource[] {
  return Object.freeze(resources.map((resource) => Object.freeze({ ...resource })));
}

/** The crisis services shown with every English crisis reply, in the order they are listed. */
export const CRISIS_RESOURCES: readonly CrisisResource[] = frozen([
  { name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' },
  { name: '988 Lifeline chat', contact: '988lifeline.org' },
  { name: 'Emergency services', contact: 'call 911' },
  { name: 'Crisis Text Line', contact: 'text HOME to 741741' },
]);

const RESOURCES: Record<Language, readonly CrisisResource[]> = {
  en: CRISIS_RESOURCES,
  es: frozen([
    { name: '988 Lifeline en español (EE. UU.)', contact: 'llama al 988 y marca 2, o envía AYUDA por mensaje de texto al 988' },
    { name: 'Chat 988 en español', contact: '988lineadevida.org' },
    { name: 'Emergencias en EE. UU.', contact: 'llama al 911' },
    { name: 'Crisis Text Line (en inglés)', contact: 'envía HOME al 741741' },
    { name: 'Línea 024 de atención a la conducta suicida (España)', contact: 'llama al 024' },
    { name: 'Emergencias en Europa', contact: 'llama al 112' },
    { name: 'Líneas de ayuda en otros países', contact: 'findahelpline.com' },
  ]),
  fr: frozen([
    { name: 'Numéro national de prévention du suicide (France)', contact: 'appelez le 3114' },
    { name: 'Centre de Prévention du Suicide (Belgique) / La Main Tendue (Suisse)', contact: 'appelez le 0800 32 123 / le 143' },
    { name: 'Urgences en Europe', contact: 'appelez le 112' },
    { name: "Lignes d'écoute dans d'autres pays", contact: 'findahelpline.com' },
    { name: '988 (Canada et États-Unis)', contact: 'appelez ou écrivez au 988' },
    { name: 'Urgences aux États-Unis', contact: 'appelez le 911' },
  ]),
  de: frozen([
    { name: 'TelefonSeelsorge (Deutschland, kostenlos, rund um die Uhr)', contact: '0800 111 0 111 oder 0800 111 0 222' },
    { name: 'Notruf in Europa', contact: '112 anrufen' },
    { name: 'Hilfetelefone in anderen Ländern', contact: 'findahelpline.com' },
    { name: 'Telefonseelsorge Österreich / Die Dargebotene Hand (Schweiz)', contact: '142 / 143 anrufen' },
    { name: '988 Suicide & Crisis Lifeline (USA)', contact: '988 anrufen oder eine SMS an die 988 schicken' },
    { name: 'Notruf in den USA', contact: '911 anrufen' },
  ]),
  pt: frozen([
    { name: 'CVV – Centro de Valorização da Vida (Brasil, 24 h)', contact: 'ligue 188 ou acesse cvv.org.br' },
    { name: 'SAMU (Brasil)', contact: 'ligue 192' },
    { name: 'Emergência em Portugal e na Europa', contact: 'ligue 112' },
    { name: 'Linhas de apoio em outros países', contact: 'findahelpline.com' },
    { name: '988 Suicide & Crisis Lifeline (EUA)', contact: 'ligue ou envie mensagem para 988' },
    { name: 'Emergência nos EUA', contact: 'ligue 911' },
  ]),
  // The eighteen core-phrase languages (crisis-lexicon-other.ts): the country lines most patients writing in the
  // language can reach, the emergency number, and findahelpline.com, in the language (crisis-replies-other.ts).
  nl: frozen([
    { name: '113 Zelfmoordpreventie (Nederland)', contact: 'bel 113 of 0800-0113 (gratis), of chat via 113.nl' },
    { name: 'Zelfmoordlijn (België)', contact: 'bel 1813' },
    { name: 'Noodnummer in Europa', contact: 'bel 112' },
    { name: 'Hulplijnen in andere landen', contact: 'findahelpline.com' },
  ]),
  pl: frozen([
    { name: 'Kryzysowy Telefon Zaufania (Polska)', contact: 'zadzwoń pod 116 123' },
    { name: 'Numer alarmowy w Europie', contact: 'zadzwoń pod 112' },
    { name: 'Telefony zaufania w innych krajach', contact: 'findahelpline.com' },
  ]),
  tr: frozen([
    { name: 'Acil çağrı (Türkiye)', contact: "112'yi arayın" },
    { name: 'Diğer ülkelerdeki yardım hatları', contact: 'findahelpline.com' },
  ]),
  ru: frozen([
    { name: 'Экстренные службы', contact: 'звоните 112' },
    { name: 'Телефоны доверия в других странах', contact: 'findahelpline.com' },
  ]),
  uk: frozen([
    { name: 'Lifeline Ukraine (запобігання самогубствам)', contact: 'телефонуйте 7333' },
    { name: 'Екстрені служби', contact: 'телефонуйте 112' },
    { name: 'Гарячі лінії в інших країнах', contact: 'findahelpline.com' },
  ]),
  zh: frozen([
    { name: '急救电话（中国大陆）', contact: '拨打 120' },
    { name: '香港撒玛利亚防止自杀会（24 小时）', contact: '拨打 2389 2222' },
    { name: '其他国家和地区的求助热线', contact: 'findahelpline.com' },
  ]),
  ja: frozen([
    { name: 'よりそいホットライン（24時間・無料）', contact: '0120-279-338 に電話' },
    { name: '救急（日本）', contact: '119 に電話' },
    { name: '日本と他の国の相談窓口', contact: 'findahelpline.com' },
  ]),
  ko: frozen([
    { name: '자살예방상담전화 (한국, 24시간)', contact: '109에 전화' },
    { name: '긴급 구조 (한국)', contact: '119에 전화' },
    { name: '다른 나라의 상담 전화', contact: 'findahelpline.com' },
  ]),
  ar: frozen([
    { name: 'خدمات الطوارئ', contact: 'الاتصال برقم الطوارئ المحلي' },
    { name: 'خطوط المساعدة في بلدك', contact: 'findahelpline.com' },
  ]),
  fa: frozen([
    { name: 'اورژانس (ایران)', contact: 'تماس با 115' },
    { name: 'خطوط کمک در کشور شما', contact: 'findahelpline.com' },
  ]),
  he: frozen([
    { name: 'ער״ן – עזרה ראשונה נפשית (ישראל)', contact: 'חיוג 1201' },
    { name: 'מגן דוד אדום (ישראל)', contact: 'חיוג 101' },
    { name: 'קווי סיוע במדינות אחרות', contact: 'findahelpline.com' },
  ]),
  hi: frozen([
    { name: 'टेली मानस (भारत, 24 घंटे)', contact: '14416 पर कॉल करें' },
    { name: 'आपातकालीन सेवाएँ (भारत)', contact: '112 पर कॉल करें' },
    { name: 'दूसरे देशों की हेल्पलाइन', contact: 'findahelpline.com' },
  ]),
  vi: frozen([
    { name: 'Cấp cứu (Việt Nam)', contact: 'gọi 115' },
    { name: 'Đường dây hỗ trợ ở các nước khác', contact: 'findahelpline.com' },
  ]),
  id: frozen([
    { name: 'Layanan darurat (Indonesia)', contact: 'hubungi 112 atau 119' },
    { name: 'Layanan bantuan di Indonesia, Malaysia, dan negara lain', contact: 'findahelpline.com' },
  ]),
  tl: frozen([
    { name: 'NCMH Crisis Hotline (Pilipinas)', contact: 'tumawag sa 1553' },
    { name: 'Emergency hotline (Pilipinas)', contact: 'tumawag sa 911' },
    { name: 'Mga helpline sa ibang bansa', contact: 'findahelpline.com' },
  ]),
  el: frozen([
    { name: 'Κλίμακα – γραμμή για την πρόληψη της αυτοκτονίας (Ελλάδα)', contact: 'καλέστε το 1018' },
    { name: 'Αριθμός έκτακτης ανάγκης στην Ευρώπη', contact: 'καλέστε το 112' },
    { name: 'Γραμμές βοήθειας σε άλλες χώρες', contact: 'findahelpline.com' },
  ]),
  sv: frozen([
    { name: 'Mind Självmordslinjen (Sverige)', contact: 'ring 90101' },
    { name: 'Nödnummer i Europa', contact: 'ring 112' },
    { name: 'Stödlinjer i andra länder', contact: 'findahelpline.com' },
  ]),
  no: frozen([
    { name: 'Mental Helse Hjelpetelefonen (Norge)', contact: 'ring 116 123' },
    { name: 'Livslinien (Danmark)', contact: 'ring 70 201 201' },
    { name: 'Medisinsk nødhjelp (Norge)', contact: 'ring 113' },
    { name: 'Nødnummer i Europa', contact: 'ring 112' },
    { name: 'Hjelpelinjer i andre land', contact: 'findahelpline.com' },
  ]),
  it: frozen([
    { name: 'Telefono Amico Italia', contact: 'chiama lo 02 2327 2327' },
    { name: 'Emergenze in Europa', contact: 'chiama il 112' },
    { name: "Linee di aiuto in altri paesi", contact: 'findahelpline.com' },
    { name: '988 Suicide & Crisis Lifeline (USA)', contact: 'chiama o scrivi al 988' },
    { name: 'Emergenze negli USA', contact: 'chiama il 911' },
  ]),
};

function languageOf(language: string): Language {
  const code = language.toLowerCase().slice(0, 2);
  return code in RESOURCES ? (code as Language) : 'en';
}

/** The services to show for a message in `language` (ISO 639-1); English (US) for any other code. */
export function resourcesFor(language: string = 'en'): CrisisResource[] {
  return RESOURCES[languageOf(language)].map((resource) => ({ ...resource }));
}

/** The caring reply sent instead of a model answer when a message shows a crisis, in `language` where possible. */
export function buildCrisisReply(language: string = 'en'): string {
  const code = languageOf(language);
  const text = code in CRISIS_REPLIES ? CRISIS_REPLIES[code as keyof typeof CRISIS_REPLIES] : OTHER_CRISIS_REPLIES[code as CoreLanguage];
  const resources = RESOURCES[code].map((resource) => `• ${resource.name}: ${resource.contact}`);
  return [text.opening, '', text.reachOut, ...resources, '', text.therapist, text.danger].join('\n');
}
