/**
 * The crisis screen's measurement table (issue 16.8): labelled messages in six languages, in a TUNE
 * half (rules may be tuned on it) and a HELD-OUT half (evaluated, never tuned on), plus every
 * development question from ../shared/eval (must all be NONE).
 *
 * Batches: v1 (the rows in en-*.ts, es-fr.ts, de-pt-it.ts) was split in two by halfOf; its held-out
 * half was measured once (crisis recall 104/108) and reported, so it is burned and every v1 row is
 * now TUNE. Rounds r2-r9 (tune-*.ts) were written afterwards to probe generalization, each measured
 * once before the rules were fixed for it, and are TUNE too. A later held-out batch is written by someone who has not seen the rules
 * or these rows, and is passed to rowsOf with half 'HELD_OUT'.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CrisisAssessment, RiskLevel, ScreenLanguage } from '../../../src/chat/crisis';

/** [text, expected, category]: 'C' CRISIS, 'c' CONCERN or higher, 'o' CONCERN for someone else, 'n' NONE. */
export type RowInput = readonly [string, 'C' | 'c' | 'o' | 'n', string];

/** One labelled message. */
export interface Row {
  text: string;
  expected: RiskLevel;
  /** Reported speech about someone else: must be CONCERN with concernForOthers, never CRISIS. */
  others: boolean;
  category: string;
  language: ScreenLanguage;
  half: 'TUNE' | 'HELD_OUT';
  /** Which batch the row came from: 'v1' rows are all TUNE now; a fresh batch names itself. */
  batch: string;
}

/** FNV-1a over the text: the stable split of batch v1 (kept to say which v1 rows were held out once). */
export function halfOf(text: string): Row['half'] {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'TUNE' : 'HELD_OUT';
}

const LEVELS = { C: 'CRISIS', c: 'CONCERN', o: 'CONCERN', n: 'NONE' } as const;

/** Expands compact rows of one language; rows are TUNE unless a batch is passed as held out. */
export function rowsOf(language: ScreenLanguage, inputs: readonly RowInput[], half: Row['half'] = 'TUNE', batch = 'v1'): Row[] {
  return inputs.map(([text, code, category]) => ({ text, expected: LEVELS[code], others: code === 'o', category, language, half, batch }));
}

/** Whether a verdict meets a row's expectation. */
export function passes(row: Row, verdict: CrisisAssessment): boolean {
  if (row.expected === 'NONE') return verdict.level === 'NONE';
  if (row.others) return verdict.level === 'CONCERN' && verdict.concernForOthers;
  if (row.expected === 'CRISIS') return verdict.level === 'CRISIS';
  return verdict.level !== 'NONE';
}

/** The development questions of ../shared/eval (or EVAL_DIR), or null when the set is missing. */
export function loadEvalQuestions(): string[] | null {
  // ../shared/eval next to the repository; one level further up for a worktree kept in a folder (/work/wt/<name>).
  const candidates = process.env.EVAL_DIR
    ? [path.resolve(process.env.EVAL_DIR)]
    : [path.resolve(__dirname, '../../../../shared/eval'), path.resolve(__dirname, '../../../../../shared/eval')];
  const file = candidates.map((dir) => path.join(dir, 'questions.jsonl')).find((candidate) => existsSync(candidate));
  if (file === undefined) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { question: string }).question);
}

/** Recall and false-alarm figures over a set of rows. */
export interface Score {
  crisisRows: number;
  crisisCaught: number;
  riskRows: number;
  riskCaught: number;
  benignRows: number;
  falseAlarms: number;
  failures: Row[];
}

/** Scores rows with a screen: crisis recall (CRISIS rows at CRISIS), concern-or-crisis recall, false alarms. */
export function score(rows: readonly Row[], screen: (text: string) => CrisisAssessment): Score {
  const result: Score = { crisisRows: 0, crisisCaught: 0, riskRows: 0, riskCaught: 0, benignRows: 0, falseAlarms: 0, failures: [] };
  for (const row of rows) {
    const verdict = screen(row.text);
    if (!passes(row, verdict)) result.failures.push(row);
    if (row.expected === 'NONE') {
      result.benignRows += 1;
      if (verdict.level !== 'NONE') result.falseAlarms += 1;
      continue;
    }
    result.riskRows += 1;
    if (verdict.level !== 'NONE') result.riskCaught += 1;
    if (row.expected === 'CRISIS') {
      result.crisisRows += 1;
      if (verdict.level === 'CRISIS') result.crisisCaught += 1;
    }
  }
  return result;
}

/** A ratio, 1 when there is nothing to count. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
