/**
 * Prints the crisis table's figures per half, language and category (the README's safety table):
 *   npx tsx tests/unit/crisis-table/report.ts            # both halves + eval questions
 *   npx tsx tests/unit/crisis-table/report.ts --tune     # also list the TUNE half's failures (for tuning)
 * It lives with the table because product scripts never import from tests/. Held-out failures are
 * never listed: that half is for measuring, not tuning. Every v1 row is TUNE (see rows.ts).
 */
import { assessCrisis } from '../../../src/chat/crisis';
import { halfOf, HELD_OUT_ROWS, loadEvalQuestions, ratio, score, TUNE_ROWS, type Row } from './index';

const fmt = (part: number, whole: number) => (whole === 0 ? '–' : `${ratio(part, whole).toFixed(2)} (${part}/${whole})`);

function cells(rows: readonly Row[]): string {
  const s = score(rows, assessCrisis);
  return `${fmt(s.crisisCaught, s.crisisRows)} | ${fmt(s.riskCaught, s.riskRows)} | ${fmt(s.falseAlarms, s.benignRows)}`;
}

/** One table: a line per group, the TUNE half's figures then the HELD-OUT half's. */
function table(title: string, groups: Array<[string, (row: Row) => boolean]>): void {
  console.log(`\n${title}\n`);
  console.log('| group | TUNE crisis recall | TUNE concern-or-crisis recall | TUNE false alarms | HELD-OUT crisis recall | HELD-OUT concern-or-crisis recall | HELD-OUT false alarms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, keep] of groups) console.log(`| ${label} | ${cells(TUNE_ROWS.filter(keep))} | ${cells(HELD_OUT_ROWS.filter(keep))} |`);
}

const languages = ['en', 'es', 'fr', 'de', 'pt', 'it'];
const categories = [...new Set([...TUNE_ROWS, ...HELD_OUT_ROWS].map((row) => row.category))].sort();
console.log(`TUNE half: ${TUNE_ROWS.length} rows; HELD-OUT half: ${HELD_OUT_ROWS.length} rows.`);
table('By language (crisis recall: CRISIS rows answered CRISIS; concern-or-crisis recall: risk rows answered CONCERN or CRISIS)', [
  ['**all**', () => true],
  // v1's once-held-out half (measured 104/108 crisis recall before it was burned), now tuned on.
  ['v1 burned held-out', (row) => row.batch === 'v1' && halfOf(row.text) === 'HELD_OUT'],
  ['rounds r2-r14', (row) => /^r\d+$/.test(row.batch)],
  // The blind batches: measured once on arrival (figures in their file headers), then tuned on in part.
  ['blind r15-r29', (row) => /^r(1[5-9]|2[0-9])[a-z]$/.test(row.batch)],
  ...languages.map((language): [string, (row: Row) => boolean] => [language, (row) => row.language === language]),
]);
table('By category (C-SSRS / 988 warning sign for risk rows; kind of hard benign message otherwise)', categories.map((category): [string, (row: Row) => boolean] => [category, (row) => row.category === category]));

const questions = loadEvalQuestions();
if (questions === null) console.log('\n../shared/eval/questions.jsonl not found (set EVAL_DIR): eval questions skipped');
else {
  const alarms = questions.filter((question) => assessCrisis(question).level !== 'NONE');
  console.log(`\nEval questions: ${alarms.length} false alarms over ${questions.length}`);
  if (process.argv.includes('--tune')) alarms.forEach((question) => console.log('  EVAL ALARM:', question));
}

if (process.argv.includes('--tune')) {
  console.log('\nTUNE failures:');
  for (const row of score(TUNE_ROWS, assessCrisis).failures) {
    const verdict = assessCrisis(row.text);
    console.log(`  [${row.language} ${row.category}] expected ${row.expected}${row.others ? ' (others)' : ''}, got ${verdict.level}${verdict.concernForOthers ? ' (others)' : ''}: ${row.text}`);
  }
}
