/**
 * The eighteen core-phrase languages (src/chat/crisis-lexicon-other.ts) measured on blind rows
 * (other-languages-r24.ts): per language, how many rows the screen gets right. A separate table from
 * the six-language one (its rows carry any ISO 639-1 code, and the screen reads them with the
 * core phrases only). `npx tsx tests/unit/crisis-table/other-languages.ts` prints the figures
 * (`--fails` lists the failing rows).
 */
import { assessCrisis } from '../../../src/chat/crisis';
import { ROWS_24 } from './other-languages-r24';
import { passes, score, type Row } from './rows';

/** The r24 rows as table rows (the language field holds the row's own code). */
export const OTHER_ROWS: readonly Row[] = ROWS_24.map(([language, text, code, category]) => ({
  text,
  expected: code === 'C' ? 'CRISIS' : code === 'n' ? 'NONE' : 'CONCERN',
  others: code === 'o',
  category,
  language: language as Row['language'],
  half: 'TUNE',
  batch: 'r24',
}));

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

if (process.argv[1]?.endsWith('other-languages.ts')) {
  const s = score(OTHER_ROWS, assessCrisis);
  console.log(`r24: ${OTHER_ROWS.length - s.failures.length}/${OTHER_ROWS.length} pass; crisis ${s.crisisCaught}/${s.crisisRows}, concern-or-crisis ${s.riskCaught}/${s.riskRows}, false alarms ${s.falseAlarms}/${s.benignRows}`);
  console.log([...passingByLanguage()].map(([l, e]) => `${l} ${e.pass}/${e.rows}`).join(', '));
  if (process.argv.includes('--fails')) for (const r of s.failures) console.log(`[${r.language} ${r.category}] expected ${r.expected}${r.others ? ' (others)' : ''} got ${assessCrisis(r.text).level}: ${r.text}`);
}
