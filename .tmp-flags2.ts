import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { parsePocketsphinxOutput } from './src/providers/offline-speech/pocketsphinx-output';
import { normalizeWords, alignWords } from './src/providers/offline-speech/word-alignment';
const pexec = promisify(execFile);
const names = ['a7', 'annomi-43', 'annomi-119', 'annomi-78'];
const sets: Record<string, string[]> = JSON.parse(process.argv[2]);
async function main() {
for (const [name, args] of Object.entries(sets)) {
  let errors = 0, total = 0, time = 0, audio = 0;
  for (const n of names) await (async () => {
    const ref = normalizeWords(JSON.parse(readFileSync(`/tmp/asr/${n}.reference.json`, 'utf8')).turns.map((t: any) => t.text).join(' '));
    const t = Date.now();
    const { stdout, stderr } = await pexec('bash', ['-c', 'TIMEFORMAT=%U; time pocketsphinx_continuous "$@"', 'x', '-infile', `/tmp/asr/${n}.mono.wav`, '-time', 'yes', '-logfn', '/dev/null', ...args], { maxBuffer: 1e8 });
    time += Number(stderr.trim().split('\n').pop());
    audio += JSON.parse(readFileSync(`/tmp/asr/${n}.reference.json`, 'utf8')).durationSec;
    const hyp = normalizeWords(parsePocketsphinxOutput(stdout).map((w) => w.word).join(' '));
    errors += alignWords(ref, hyp).filter((s) => s.kind !== 'match').length; total += ref.length;
  })();
  console.log(name.padEnd(14), 'cpu-ish', (time).toFixed(1), 's for', audio.toFixed(0), 's  RTF/proc', (time / audio).toFixed(3), ' WER', (errors / total * 100).toFixed(1), '%');
}
}
main();
