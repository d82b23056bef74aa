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
import { CRISIS_REPLIES, INTERNATIONAL_REPLY } from './crisis-replies';

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
  // Languages with core phrases only (crisis-lexicon-other.ts): English words, local and international lines.
  nl: frozen([
    { name: '113 Zelfmoordpreventie (Netherlands)', contact: 'call 113 or 0800-0113 (free), or chat at 113.nl' },
    { name: 'Zelfmoordlijn (Belgium)', contact: 'call 1813' },
    { name: 'Emergency services in Europe', contact: 'call 112' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  pl: frozen([
    { name: 'Kryzysowy Telefon Zaufania (Poland)', contact: 'call 116 123' },
    { name: 'Emergency services in Europe', contact: 'call 112' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  tr: frozen([
    { name: 'Emergency services (Türkiye)', contact: 'call 112' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  ru: frozen([
    { name: 'Emergency services', contact: 'call 112' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  uk: frozen([
    { name: 'Lifeline Ukraine', contact: 'call 7333' },
    { name: 'Emergency services', contact: 'call 112' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  zh: frozen([
    { name: 'Emergency medical services (mainland China)', contact: 'call 120' },
    { name: 'Samaritans of Hong Kong (24 h)', contact: 'call 2389 2222' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  ja: frozen([
    { name: 'Ambulance (Japan)', contact: 'call 119' },
    { name: 'Helplines in Japan and other countries', contact: 'findahelpline.com' },
  ]),
  ko: frozen([
    { name: 'Suicide prevention line (Korea, 24 h)', contact: 'call 109' },
    { name: 'Emergency services (Korea)', contact: 'call 119' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  ar: frozen([
    { name: 'Emergency services', contact: 'call your local emergency number' },
    { name: 'Helplines in your country', contact: 'findahelpline.com' },
  ]),
  fa: frozen([
    { name: 'Emergency services', contact: 'call your local emergency number' },
    { name: 'Helplines in your country', contact: 'findahelpline.com' },
  ]),
  he: frozen([
    { name: 'ERAN emotional first aid (Israel)', contact: 'call 1201' },
    { name: 'Magen David Adom (Israel)', contact: 'call 101' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  hi: frozen([
    { name: 'Tele MANAS (India, 24 h)', contact: 'call 14416' },
    { name: 'Emergency services (India)', contact: 'call 112' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  vi: frozen([
    { name: 'Ambulance (Vietnam)', contact: 'call 115' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  id: frozen([
    { name: 'Emergency services (Indonesia)', contact: 'call 112 or 119' },
    { name: 'Helplines in Indonesia, Malaysia and other countries', contact: 'findahelpline.com' },
  ]),
  tl: frozen([
    { name: 'NCMH Crisis Hotline (Philippines)', contact: 'call 1553' },
    { name: 'Emergency services (Philippines)', contact: 'call 911' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  el: frozen([
    { name: 'Klimaka suicide helpline (Greece)', contact: 'call 1018' },
    { name: 'Emergency services in Europe', contact: 'call 112' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  sv: frozen([
    { name: 'Mind Självmordslinjen (Sweden)', contact: 'call 90101' },
    { name: 'Emergency services in Europe', contact: 'call 112' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
  ]),
  no: frozen([
    { name: 'Mental Helse hjelpetelefon (Norway)', contact: 'call 116 123' },
    { name: 'Livslinien (Denmark)', contact: 'call 70 201 201' },
    { name: 'Emergency services in Europe', contact: 'call 112' },
    { name: 'Helplines in other countries', contact: 'findahelpline.com' },
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
  const text = code in CRISIS_REPLIES ? CRISIS_REPLIES[code as keyof typeof CRISIS_REPLIES] : INTERNATIONAL_REPLY;
  const resources = RESOURCES[code].map((resource) => `• ${resource.name}: ${resource.contact}`);
  return [text.opening, '', text.reachOut, ...resources, '', text.therapist, text.danger].join('\n');
}
