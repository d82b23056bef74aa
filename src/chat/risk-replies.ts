import { type AppError, isAppError } from '../errors';
import type { CrisisResource } from './crisis-resources';

/**
 * Texts of the risk paths that are not the crisis reply itself (that one is crisis-resources.ts):
 * what a patient whose message shows CONCERN sees when the normal answer cannot be given, and
 * how an over-long crisis message is kept for the therapist.
 */

/** A crisis message longer than the chat limit is stored as its start and its end (where the words often are). */
export function boundedExcerpt(message: string, maxChars: number): string {
  if (message.length <= maxChars) return message;
  const head = Math.floor(maxChars / 4);
  const omitted = `\n[… ${message.length} characters in all; the middle was not stored …]\n`;
  const tail = maxChars - head - omitted.length;
  return `${message.slice(0, head)}${omitted}${message.slice(message.length - tail)}`;
}

/** Why a CONCERN message could not get its normal answer, in words for the patient. */
export function concernReason(error: unknown, maxChars: number): string {
  if (error === 'TOO_LONG') return `your message is longer than ${maxChars} characters, so I couldn't read all of it`;
  if (isAppError(error, 'CONSENT_REQUIRED')) return 'answering questions about your sessions needs your AI analysis consent, which is not granted right now';
  if (isAppError(error, 'RATE_LIMITED')) {
    const minutes = Math.max(1, Math.ceil(Number((error as AppError).details.retryAfterSeconds ?? 60) / 60));
    return `you have reached the message limit for now (you can ask again in about ${minutes} minute${minutes === 1 ? '' : 's'})`;
  }
  return 'the assistant is temporarily unavailable';
}

/** The reply to a CONCERN message that could not be answered normally: the reason, resources, the therapist. */
export function buildConcernFallback(reason: string, resources: CrisisResource[]): string {
  return [
    `I can't answer that right now: ${reason}.`,
    '',
    "It sounds like things might be hard at the moment. If you'd like to talk to someone now, these services are there for you:",
    ...resources.map((resource) => `• ${resource.name}: ${resource.contact}`),
    '',
    'Your therapist will see this message so they can check in with you.',
  ].join('\n');
}
