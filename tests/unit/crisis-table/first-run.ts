/**
 * Measures named TUNE batches with the screen as it stands (rules + learned layer, and the rules alone):
 *   npx tsx tests/unit/crisis-table/first-run.ts r15a r15b
 * Run it ONCE when a blind batch arrives, before changing anything for it, and copy the figures into
 * the batch file's header: that first run is the honest generalization figure. Only TUNE batches can
 * be named; the held-out batch is refused.
 */
import { assessCrisis, assessCrisisByRules } from '../../../src/chat/crisis';
import { ratio, score, TUNE_ROWS, type Row } from './index';

const fmt = (part: number, whole: number) => (whole === 0 ? '–' : `${ratio(part, whole).toFixed(2)} (${part}/${whole})`);

function line(label: string, rows: readonly Row[]): string {
  const both = score(rows, assessCrisis);
  const rules = score(rows, assessCrisisByRules);
  return `| ${label} | ${fmt(both.crisisCaught, both.crisisRows)} | ${fmt(both.riskCaught, both.riskRows)} | ${fmt(both.falseAlarms, both.benignRows)} | ${fmt(rules.crisisCaught, rules.crisisRows)} | ${fmt(rules.riskCaught, rules.riskRows)} | ${fmt(rules.falseAlarms, rules.benignRows)} |`;
}

const header = '| group | crisis recall | concern-or-crisis recall | false alarms | rules alone: crisis | rules alone: concern-or-crisis | rules alone: false alarms |\n| --- | --- | --- | --- | --- | --- | --- |';
for (const batch of process.argv.slice(2)) {
  const rows = TUNE_ROWS.filter((row) => row.batch === batch);
  if (rows.length === 0) throw new Error(`no TUNE batch named ${batch}`);
  console.log(`\n### ${batch}: ${rows.length} rows (rules + model, then rules alone)\n\n${header}`);
  console.log(line('**all**', rows));
  for (const language of [...new Set(rows.map((row) => row.language))]) console.log(line(language, rows.filter((row) => row.language === language)));
  for (const category of [...new Set(rows.map((row) => row.category))].sort()) console.log(line(category, rows.filter((row) => row.category === category)));
}
