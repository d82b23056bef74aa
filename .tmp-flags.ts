import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parsePocketsphinxOutput } from './src/providers/offline-speech/pocketsphinx-output';
import { normalizeWords, wordErrorRate } from './src/providers/offline-speech/word-alignment';
const file = process.argv[2]; const refFile = process.argv[3];
const ref = normalizeWords(JSON.parse(readFileSync(refFile, 'utf8')).turns.map((t: any) => t.text).join(' '));
const sets: Record<string, string[]> = {
  default: [],
  ds2: ['-ds', '2'],
  topn2: ['-topn', '2'],
  maxhmm3000: ['-maxhmmpf', '3000'],
  maxwpf5: ['-maxwpf', '5'],
  nofwdflat: ['-fwdflat', 'no'],
  pl: ['-pl_window', '5'],
  beams: ['-beam', '1e-40', '-wbeam', '1e-30', '-pbeam', '1e-40'],
  fast: ['-ds', '2', '-topn', '2', '-maxhmmpf', '3000', '-maxwpf', '10', '-pl_window', '5'],
};
for (const [name, args] of Object.entries(sets)) {
  const t = Date.now();
  const out = execFileSync('pocketsphinx_continuous', ['-infile', file, '-time', 'yes', '-logfn', '/dev/null', ...args]).toString();
  const hyp = parsePocketsphinxOutput(out).map((w) => w.word);
  console.log(name.padEnd(12), ((Date.now() - t) / 1000).toFixed(1), 's  WER', (wordErrorRate(ref, normalizeWords(hyp.join(' '))) * 100).toFixed(1));
}
