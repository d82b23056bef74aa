import type { Message } from '../db/prisma';
import type { ChatTurn } from '../providers/chat-model';

/** One formatter for every answer: `toLocaleDateString` builds a new Intl formatter on each call. */
const SESSION_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "3 March 2026": how an answer names a session (the date it was recorded, in UTC). */
export function formatSessionDate(date: Date): string {
  return SESSION_DATE.format(date);
}

/** Stored messages as model turns (citations are not part of what the model sees). */
export function toTurns(messages: Message[]): ChatTurn[] {
  return messages.map((m) => {
    if (m.role === 'USER') return { role: 'user', content: m.content };
    const cited = ((m.citations as unknown as { sessionId?: string }[] | null) ?? []).flatMap((c) => (typeof c?.sessionId === 'string' ? [c.sessionId] : []));
    return { role: 'assistant', content: m.content, citedSessionIds: [...new Set(cited)] };
  });
}
