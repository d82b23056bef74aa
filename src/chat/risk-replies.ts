import { type AppError, isAppError } from '../errors';
import type { CrisisResource } from './crisis-resources';

/**
 * Texts of the risk paths that are not the crisis reply itself (that one is crisis-resources.ts):
 * what a patient whose message shows CONCERN sees when the normal answer cannot be given, in the
 * message's language where the screen reads it (English, Spanish, French, German, Portuguese,
 * Italian; English otherwise, with the language's resources), and how an over-long crisis message
 * is kept for the therapist. The registers follow crisis-replies.ts (tú / você / tu, vous / Sie).
 */

/** A crisis message longer than the chat limit is stored as its start and its end (where the words often are). */
export function boundedExcerpt(message: string, maxChars: number): string {
  if (message.length <= maxChars) return message;
  const head = Math.floor(maxChars / 4);
  const omitted = `\n[… ${message.length} characters in all; the middle was not stored …]\n`;
  const tail = maxChars - head - omitted.length;
  return `${message.slice(0, head)}${omitted}${message.slice(message.length - tail)}`;
}

/** The words of the CONCERN fallback in one language. */
interface ConcernTexts {
  cannotAnswer: (reason: string) => string;
  tooLong: (maxChars: number) => string;
  consent: string;
  rateLimited: (minutes: number) => string;
  unavailable: string;
  hard: string;
  therapist: string;
}

const CONCERN_TEXTS: Record<'en' | 'es' | 'fr' | 'de' | 'pt' | 'it', ConcernTexts> = {
  en: {
    cannotAnswer: (reason) => `I can't answer that right now: ${reason}.`,
    tooLong: (max) => `your message is longer than ${max} characters, so I couldn't read all of it`,
    consent: 'answering questions about your sessions needs your AI analysis consent, which is not granted right now',
    rateLimited: (minutes) => `you have reached the message limit for now (you can ask again in about ${minutes} minute${minutes === 1 ? '' : 's'})`,
    unavailable: 'the assistant is temporarily unavailable',
    hard: "It sounds like things might be hard at the moment. If you'd like to talk to someone now, these services are there for you:",
    therapist: 'Your therapist will see this message so they can check in with you.',
  },
  es: {
    cannotAnswer: (reason) => `Ahora mismo no puedo responder a eso: ${reason}.`,
    tooLong: (max) => `tu mensaje tiene más de ${max} caracteres, así que no he podido leerlo entero`,
    consent: 'para responder preguntas sobre tus sesiones hace falta tu consentimiento de análisis con IA, que ahora no está otorgado',
    rateLimited: (minutes) => `has llegado al límite de mensajes por ahora (podrás volver a preguntar en unos ${minutes} minuto${minutes === 1 ? '' : 's'})`,
    unavailable: 'el asistente no está disponible en este momento',
    hard: 'Parece que las cosas pueden estar difíciles ahora. Si quieres hablar con alguien ya, estos servicios están para ayudarte:',
    therapist: 'Tu terapeuta verá este mensaje para poder ponerse en contacto contigo.',
  },
  fr: {
    cannotAnswer: (reason) => `Je ne peux pas répondre à cela pour le moment : ${reason}.`,
    tooLong: (max) => `votre message dépasse ${max} caractères, je n'ai donc pas pu le lire en entier`,
    consent: "répondre aux questions sur vos séances nécessite votre consentement à l'analyse par IA, qui n'est pas accordé actuellement",
    rateLimited: (minutes) => `vous avez atteint la limite de messages pour le moment (vous pourrez reposer une question dans environ ${minutes} minute${minutes === 1 ? '' : 's'})`,
    unavailable: "l'assistant est temporairement indisponible",
    hard: 'Les choses semblent peut-être difficiles en ce moment. Si vous souhaitez parler à quelqu’un maintenant, ces services sont là pour vous :',
    therapist: 'Votre thérapeute verra ce message afin de pouvoir prendre de vos nouvelles.',
  },
  de: {
    cannotAnswer: (reason) => `Darauf kann ich gerade nicht antworten: ${reason}.`,
    tooLong: (max) => `Ihre Nachricht ist länger als ${max} Zeichen, deshalb konnte ich sie nicht ganz lesen`,
    consent: 'für Antworten zu Ihren Sitzungen braucht es Ihre Einwilligung zur KI-Analyse, die derzeit nicht erteilt ist',
    rateLimited: (minutes) => `Sie haben das Nachrichtenlimit vorerst erreicht (in etwa ${minutes} Minute${minutes === 1 ? '' : 'n'} können Sie wieder fragen)`,
    unavailable: 'der Assistent ist vorübergehend nicht erreichbar',
    hard: 'Es klingt, als sei gerade vieles schwer. Wenn Sie jetzt mit jemandem sprechen möchten, sind diese Stellen für Sie da:',
    therapist: 'Ihre Therapeutin oder Ihr Therapeut sieht diese Nachricht, um sich bei Ihnen melden zu können.',
  },
  pt: {
    cannotAnswer: (reason) => `Não consigo responder a isso agora: ${reason}.`,
    tooLong: (max) => `sua mensagem tem mais de ${max} caracteres, então não consegui ler tudo`,
    consent: 'responder perguntas sobre suas sessões exige o seu consentimento de análise por IA, que não está concedido agora',
    rateLimited: (minutes) => `você atingiu o limite de mensagens por enquanto (poderá perguntar de novo em cerca de ${minutes} minuto${minutes === 1 ? '' : 's'})`,
    unavailable: 'o assistente está temporariamente indisponível',
    hard: 'Parece que as coisas podem estar difíceis agora. Se quiser conversar com alguém agora, estes serviços estão aqui para você:',
    therapist: 'Quem acompanha você na terapia verá esta mensagem para poder entrar em contato com você.',
  },
  it: {
    cannotAnswer: (reason) => `Adesso non posso rispondere: ${reason}.`,
    tooLong: (max) => `il tuo messaggio supera i ${max} caratteri, quindi non sono riuscito a leggerlo tutto`,
    consent: "per rispondere a domande sulle tue sedute serve il tuo consenso all'analisi con IA, che ora non è dato",
    rateLimited: (minutes) => `hai raggiunto il limite di messaggi per ora (potrai chiedere di nuovo tra circa ${minutes} minut${minutes === 1 ? 'o' : 'i'})`,
    unavailable: "l'assistente non è disponibile al momento",
    hard: 'Sembra che questo possa essere un momento difficile. Se vuoi parlare con qualcuno adesso, questi servizi ci sono per te:',
    therapist: 'Chi ti segue in terapia vedrà questo messaggio, così potrà contattarti.',
  },
};

function textsFor(language: string): ConcernTexts {
  const code = language.toLowerCase().slice(0, 2);
  return code in CONCERN_TEXTS ? CONCERN_TEXTS[code as keyof typeof CONCERN_TEXTS] : CONCERN_TEXTS.en;
}

/** Why a CONCERN message could not get its normal answer, in words for the patient, in `language` where possible. */
export function concernReason(error: unknown, maxChars: number, language = 'en'): string {
  const texts = textsFor(language);
  if (error === 'TOO_LONG') return texts.tooLong(maxChars);
  if (isAppError(error, 'CONSENT_REQUIRED')) return texts.consent;
  if (isAppError(error, 'RATE_LIMITED')) return texts.rateLimited(Math.max(1, Math.ceil(Number((error as AppError).details.retryAfterSeconds ?? 60) / 60)));
  return texts.unavailable;
}

/** The reply to a CONCERN message that could not be answered normally: the reason, resources, the therapist. */
export function buildConcernFallback(reason: string, resources: CrisisResource[], language = 'en'): string {
  const texts = textsFor(language);
  return [texts.cannotAnswer(reason), '', texts.hard, ...resources.map((resource) => `• ${resource.name}: ${resource.contact}`), '', texts.therapist].join('\n');
}
