import type { RecognizedWord } from './recognized-word';

/**
 * A word line of `pocketsphinx_continuous -time yes` (0.8 / 5prealpha): `word start end posterior`,
 * e.g. `hello(2) 0.160 0.420 0.841794`. Hypothesis lines (the whole utterance) never end in three
 * numbers, so they do not match.
 */
const WORD_LINE = /^(\S+)\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/i;

/** `<s>`, `</s>`, `<sil>`, `[NOISE]`, `[SPEECH]`, `++BREATH++`, `+um+`: markers, not words. */
const FILLER = /^(<[^>]*>|\[[^\]]*\]|\+\+.*\+\+|\+[^+]*\+)$/;

/** True for the recognizer's silence, noise and filler tokens. */
export function isFillerToken(token: string): boolean {
  return FILLER.test(token);
}

/** The dictionary word behind a token: `word(2)` (an alternative pronunciation) becomes `word`. */
export function normalizeToken(token: string): string {
  return token.replace(/\(\d+\)$/, '').toLowerCase();
}

/**
 * The words of pocketsphinx's output, fillers removed, times shifted by `offsetSec` (the start of
 * the window the file holds). The last column is the word's posterior probability as printed by
 * `logmath_exp`, which rounding can push a little past 1, so it is clamped to 0..1.
 */
export function parsePocketsphinxOutput(stdout: string, offsetSec = 0): RecognizedWord[] {
  const words: RecognizedWord[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = WORD_LINE.exec(line.trim());
    if (!match) continue;
    const [, token, start, end, posterior] = match;
    if (isFillerToken(token)) continue;
    const word = normalizeToken(token);
    if (!word) continue;
    words.push({
      word,
      start: round3(Number(start) + offsetSec),
      end: round3(Number(end) + offsetSec),
      confidence: clamp01(Number(posterior)),
    });
  }
  return words;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
