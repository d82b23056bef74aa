/**
 * Prints the crisis table's figures per half, language and category (the README's safety table):
 *   npx tsx tests/unit/crisis-table/report.ts            # both halves + eval questions
 *   npx tsx tests/unit/crisis-table/report.ts --tune     # also list the TUNE half's failures (for tuning)
 * It lives with the table because product scripts never import from tests/. Held-out failures are
 * never listed: that half is for measuring, not tuning.
 */
import { assessCrisis } from '../../../src/chat/crisis';
import { HELD_OUT_ROWS, loadEvalQuestions, ratio, score, TUNE_ROWS, type Row } from './index';

const fmt = (part: number, whole: number) => (whole === 0 ? '   -  ' : `${ratio(part, whole).toFixed(3)} (${part}/${whole})`.padEnd(6));

function line(label: string, rows: readonly Row[]): string {
  const s = score(rows, assessCrisis);
  return `| ${label} | ${s.crisisRows + s.riskRows - s.crisisRows} / ${s.benignRows} | ${fmt(s.crisisCaught, s.crisisRows)} | ${fmt(s.riskCaught, s.riskRows)} | ${fmt(s.falseAlarms, s.benignRows)} |`;
}

function table(title: string, rows: readonly Row[]): void {
  console.log(`\n### ${title}\n`);
  console.log('| group | risk / benign rows | crisis recall | concern-or-crisis recall | false alarms |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(line('**all**', rows));
  for (const language of ['en', 'es', 'fr', 'de', 'pt', 'it']) console.log(line(language, rows.filter((row) => row.language === language)));
  const categories = [...new Set(rows.map((row) => row.category))].sort();
  for (const category of categories) console.log(line(category, rows.filter((row) => row.category === category)));
}

table(`TUNE half (${TUNE_ROWS.length} rows)`, TUNE_ROWS);
table(`HELD-OUT half (${HELD_OUT_ROWS.length} rows)`, HELD_OUT_ROWS);

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
