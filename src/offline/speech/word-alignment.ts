/**
 * Measuring the recognizer against a reference transcript: text normalisation, word alignment,
 * word error rate and speaker attribution. Used by tests, scripts/measure-offline-asr.ts and the bench.
 */

/** A word with the speaker it belongs to (reference) or was attributed to (hypothesis). */
export interface LabelledWord {
  word: string;
  speaker: string;
}

/** One step of an alignment; indexes are -1 where the side has no word. */
export interface AlignmentStep {
  kind: 'match' | 'substitution' | 'deletion' | 'insertion';
  reference: number;
  hypothesis: number;
}

/** Hesitations the recognizer's language model never outputs; left out on both sides, as common WER normalisers do. */
const HESITATIONS = new Set(['um', 'uh', 'ugh', 'hmm', 'mm', 'mhm', 'er', 'erm', 'ah', 'uhm', 'hm']);

/** Lower-case words without punctuation or hesitations; hyphenated words are split. */
export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w && !HESITATIONS.has(w));
}

/** Minimum-edit alignment of two word sequences (Levenshtein with backtrace). */
export function alignWords(reference: string[], hypothesis: string[]): AlignmentStep[] {
  const rows = reference.length + 1;
  const cols = hypothesis.length + 1;
  const cost = new Uint32Array(rows * cols);
  for (let i = 0; i < rows; i++) cost[i * cols] = i;
  for (let j = 0; j < cols; j++) cost[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const substitute = cost[(i - 1) * cols + j - 1] + (reference[i - 1] === hypothesis[j - 1] ? 0 : 1);
      cost[i * cols + j] = Math.min(substitute, cost[(i - 1) * cols + j] + 1, cost[i * cols + j - 1] + 1);
    }
  }
  const steps: AlignmentStep[] = [];
  let i = reference.length;
  let j = hypothesis.length;
  while (i > 0 || j > 0) {
    const here = cost[i * cols + j];
    if (i > 0 && j > 0 && here === cost[(i - 1) * cols + j - 1] + (reference[i - 1] === hypothesis[j - 1] ? 0 : 1)) {
      steps.push({ kind: reference[i - 1] === hypothesis[j - 1] ? 'match' : 'substitution', reference: --i, hypothesis: --j });
    } else if (i > 0 && here === cost[(i - 1) * cols + j] + 1) {
      steps.push({ kind: 'deletion', reference: --i, hypothesis: -1 });
    } else {
      steps.push({ kind: 'insertion', reference: -1, hypothesis: --j });
    }
  }
  return steps.reverse();
}

/** Word error rate: (substitutions + deletions + insertions) / reference words. */
export function wordErrorRate(reference: string[], hypothesis: string[]): number {
  if (reference.length === 0) return hypothesis.length ? 1 : 0;
  const errors = alignWords(reference, hypothesis).filter((s) => s.kind !== 'match').length;
  return errors / reference.length;
}

/**
 * Share of aligned reference words (matched or substituted) whose hypothesis word carries the
 * right speaker. Hypothesis speaker ids are mapped to reference speakers by the one-to-one mapping
 * that agrees most (diarization labels are arbitrary); pass `mapping` to fix it instead.
 */
export function speakerAttribution(reference: LabelledWord[], hypothesis: LabelledWord[], mapping?: Map<string, string>): number {
  const steps = alignWords(reference.map((w) => w.word), hypothesis.map((w) => w.word))
    .filter((s) => s.reference >= 0 && s.hypothesis >= 0);
  if (steps.length === 0) return 0;
  const pairs = steps.map((s) => [hypothesis[s.hypothesis].speaker, reference[s.reference].speaker] as const);
  const chosen = mapping ?? bestMapping(pairs);
  return pairs.filter(([hyp, ref]) => chosen.get(hyp) === ref).length / pairs.length;
}

function bestMapping(pairs: (readonly [string, string])[]): Map<string, string> {
  const hypotheses = [...new Set(pairs.map(([h]) => h))];
  const references = [...new Set(pairs.map(([, r]) => r))];
  const count = (h: string, r: string) => pairs.filter(([ph, pr]) => ph === h && pr === r).length;
  let best = new Map<string, string>();
  let bestScore = -1;
  const assign = (index: number, used: Set<string>, current: Map<string, string>, score: number) => {
    if (index === hypotheses.length) {
      if (score > bestScore) [best, bestScore] = [new Map(current), score];
      return;
    }
    const h = hypotheses[index];
    assign(index + 1, used, current, score); // h maps to no reference speaker
    for (const r of references) {
      if (used.has(r)) continue;
      used.add(r);
      current.set(h, r);
      assign(index + 1, used, current, score + count(h, r));
      current.delete(h);
      used.delete(r);
    }
  };
  assign(0, new Set(), new Map(), 0);
  return best;
}
