import type { CrisisAssessment, CrisisCategory, RiskLevel } from './crisis';

/**
 * Screening a message of any length without letting one request hold the event loop: the rules'
 * cost grows faster than the text (measured: 4 000 characters ~40 ms, 40 000 ~1 s, 200 000 ~22 s),
 * so a message longer than one window is screened as overlapping windows of WINDOW_CHARS, and the
 * most urgent verdict wins. Past MAX_WINDOWS windows only the start and the end are screened.
 */
export const WINDOW_CHARS = 2_000;
const OVERLAP_CHARS = 300;
const MAX_WINDOWS = 32;
const SNAP_CHARS = 100;
/** Messages up to this length are screened whole, exactly as written. */
export const WHOLE_MESSAGE_CHARS = 4_000;

const RANK: Record<RiskLevel, number> = { NONE: 0, CONCERN: 1, CRISIS: 2 };

/** Screens `message` whole when short, else in windows, and merges the verdicts. */
export async function screenInWindows(screen: (text: string) => Promise<CrisisAssessment>, message: string): Promise<CrisisAssessment> {
  if (message.length <= WHOLE_MESSAGE_CHARS) return screen(message);
  const verdicts = await Promise.all(windowsOf(message).map((window) => screen(window)));
  return mergeVerdicts(verdicts);
}

/** Overlapping windows cut at whitespace, so a sentence split by one window is whole in the next. */
export function windowsOf(message: string): string[] {
  const starts: number[] = [];
  for (let at = 0; at < message.length; at += WINDOW_CHARS - OVERLAP_CHARS) {
    starts.push(at);
    if (at + WINDOW_CHARS >= message.length) break;
  }
  const chosen = starts.length <= MAX_WINDOWS ? starts : [...starts.slice(0, MAX_WINDOWS / 2), ...starts.slice(-MAX_WINDOWS / 2)];
  return chosen.map((start) => {
    // Cut at the nearest space, but never more than SNAP_CHARS away: a message without spaces
    // ("aaaa…") gets windows of WINDOW_CHARS, not windows running to its end (minutes of regex work).
    const before = message.lastIndexOf(' ', start);
    const from = start === 0 || before === -1 || start - before > SNAP_CHARS ? start : before + 1;
    const end = Math.min(message.length, start + WINDOW_CHARS);
    const after = message.indexOf(' ', end);
    const to = end === message.length || after === -1 || after - end > SNAP_CHARS ? end : after;
    return message.slice(from, to);
  });
}

/** The most urgent verdict's level and language; categories and concern for others from every window. */
export function mergeVerdicts(verdicts: CrisisAssessment[]): CrisisAssessment {
  const top = verdicts.reduce((best, v) => (RANK[v.level] > RANK[best.level] ? v : best));
  const categories = new Set<CrisisCategory>(verdicts.filter((v) => v.level === top.level).flatMap((v) => v.categories));
  return { ...top, categories: [...categories], concernForOthers: verdicts.some((v) => v.concernForOthers) };
}

/** A long message's first and last words (what a model is shown): where a farewell or a plan usually is. */
export function startAndEnd(message: string, headChars = 1_000, tailChars = WHOLE_MESSAGE_CHARS - 1_000): string {
  if (message.length <= headChars + tailChars) return message;
  return `${message.slice(0, headChars)} … ${message.slice(-tailChars)}`;
}
