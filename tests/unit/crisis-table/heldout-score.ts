/**
 * Aggregates of one held-out batch (never its rows): npx tsx tests/unit/crisis-table/heldout-score.ts v3
 * Run once at the end of a tuning session; the figures go to the README and the test's floors.
 */
import { assessCrisis } from '../../../src/chat/crisis';
import { HELD_OUT_ROWS, ratio, score, type Row } from './index';

const fmt = (part: number, whole: number) => (whole === 0 ? '–' : `${ratio(part, whole).toFixed(2)} (${part}/${whole})`);
const line = (label: string, rows: readonly Row[]) => {
  const s = score(rows, assessCrisis);
  return `| ${label} | ${fmt(s.crisisCaught, s.crisisRows)} | ${fmt(s.riskCaught, s.riskRows)} | ${fmt(s.falseAlarms, s.benignRows)} |`;
};
for (const batch of process.argv.slice(2)) {
  const rows = HELD_OUT_ROWS.filter((row) => row.batch === batch);
  if (rows.length === 0) throw new Error(`no held-out batch named ${batch}`);
  console.log(`\n### held-out ${batch}: ${rows.length} rows\n\n| group | crisis recall | concern-or-crisis recall | false alarms |\n| --- | --- | --- | --- |`);
  console.log(line('**all**', rows));
  for (const language of [...new Set(rows.map((row) => row.language))]) console.log(line(language, rows.filter((row) => row.language === language)));
}
