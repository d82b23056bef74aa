/**
 * The eighteen core-phrase languages (src/chat/crisis-lexicon-other.ts) measured on blind rows
 * (other-languages-r24.ts, -r26.ts, -r27.ts, -r28.ts, -r29.ts): per language, how many rows the screen gets right. A separate table from
 * the six-language one (its rows carry any ISO 639-1 code, and the screen reads them with the
 * core phrases only). `npx tsx tests/unit/crisis-table/other-languages.ts` prints the figures
 * (`--fails` lists the failing rows; `--heldout` the held-out aggregates, never its rows).
 */
import { assessCrisis } from '../../../src/chat/crisis';
import { ROWS_24 } from './other-languages-r24';
import { ROWS_26B } from './other-languages-r26';
import { ROWS_27B } from './other-languages-r27';
import { ROWS_28B } from './other-languages-r28';
import { ROWS_29B } from './other-languages-r29';
import { OTHER_HELD_OUT } from './other-languages-heldout';
import { passes, score, type Row } from './rows';

type OtherRow = readonly [string, string, 'C' | 'c' | 'o' | 'n', string];
const asRows = (rows: readonly OtherRow[], half: Row['half'], batch: string): Row[] =>
  rows.map(([language, text, code, category]) => ({
    text,
    expected: code === 'C' ? 'CRISIS' : code === 'n' ? 'NONE' : 'CONCERN',
    others: code === 'o',
    category,
    language: language as Row['language'],
    half,
    batch,
  }));

/** The r24 rows as table rows (the language field holds the row's own code). */
export const OTHER_ROWS: readonly Row[] = asRows(ROWS_24, 'TUNE', 'r24');
const inR24 = new Set(ROWS_24.map(([, text]) => text));
/** The r26b rows (a second blind writer, 14 per language), tuned on like r24; a text already in r24 is dropped (3). */
export const OTHER_ROWS_26: readonly Row[] = asRows(ROWS_26B.filter(([, text]) => !inR24.has(text)), 'TUNE', 'r26b');
const inR24OrR26 = new Set([...inR24, ...ROWS_26B.map(([, text]) => text)]);
/** The r27b rows (a third blind writer: adults, second-most-common wordings, 14 per language); a text already in r24 or r26b is dropped. */
export const OTHER_ROWS_27: readonly Row[] = asRows(ROWS_27B.filter(([, text]) => !inR24OrR26.has(text)), 'TUNE', 'r27b');
const beforeR28 = new Set([...inR24OrR26, ...ROWS_27B.map(([, text]) => text)]);
/** The r28b rows (a fourth blind writer: patients of the session assistant, half direct, half indirect, 14 per language); a text already in an earlier batch is dropped. */
export const OTHER_ROWS_28: readonly Row[] = asRows(ROWS_28B.filter(([, text]) => !beforeR28.has(text)), 'TUNE', 'r28b');
const beforeR29 = new Set([...beforeR28, ...ROWS_28B.map(([, text]) => text)]);
/** The r29b rows (a fifth blind writer: adults typing as they do in chat, a third romanized: Hinglish, Arabizi, Finglish, Greeklish, translit; 14 per language); a text already in an earlier batch is dropped. */
export const OTHER_ROWS_29: readonly Row[] = asRows(ROWS_29B.filter(([, text]) => !beforeR29.has(text)), 'TUNE', 'r29b');
/** Held-out rows in the same languages (other-languages-heldout.ts): measured, never tuned on, never listed. */
export const OTHER_HELD_OUT_ROWS: readonly Row[] = asRows(OTHER_HELD_OUT, 'HELD_OUT', 'o1');

/** Rows that pass, per language. */
export function passingByLanguage(rows: readonly Row[] = OTHER_ROWS): Map<string, { pass: number; rows: number }> {
  const out = new Map<string, { pass: number; rows: number }>();
  for (const row of rows) {
    const entry = out.get(row.language) ?? { pass: 0, rows: 0 };
    entry.rows++;
    if (passes(row, assessCrisis(row.text))) entry.pass++;
    out.set(row.language, entry);
  }
  return out;
}

if (process.argv[1]?.endsWith('other-languages.ts') && process.argv.includes('--heldout')) {
  // Aggregates only, never rows: run once at the end of a tuning session.
  const s = score(OTHER_HELD_OUT_ROWS, assessCrisis);
  console.log(`held-out o1: ${OTHER_HELD_OUT_ROWS.length} rows; crisis ${s.crisisCaught}/${s.crisisRows}, concern-or-crisis ${s.riskCaught}/${s.riskRows}, false alarms ${s.falseAlarms}/${s.benignRows}`);
} else if (process.argv[1]?.endsWith('other-languages.ts')) {
  for (const [batch, rows] of [['r24', OTHER_ROWS], ['r26b', OTHER_ROWS_26], ['r27b', OTHER_ROWS_27], ['r28b', OTHER_ROWS_28], ['r29b', OTHER_ROWS_29]] as const) {
    const s = score(rows, assessCrisis);
    console.log(`${batch}: ${rows.length - s.failures.length}/${rows.length} pass; crisis ${s.crisisCaught}/${s.crisisRows}, concern-or-crisis ${s.riskCaught}/${s.riskRows}, false alarms ${s.falseAlarms}/${s.benignRows}`);
    console.log([...passingByLanguage(rows)].map(([l, e]) => `${l} ${e.pass}/${e.rows}`).join(', '));
    if (process.argv.includes('--fails')) for (const r of s.failures) console.log(`[${r.language} ${r.category}] expected ${r.expected}${r.others ? ' (others)' : ''} got ${assessCrisis(r.text).level}: ${r.text}`);
  }
}
