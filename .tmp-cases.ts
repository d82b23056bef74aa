import { createReadStream, readdirSync, writeFileSync, chmodSync } from 'node:fs';
import { Readable } from 'node:stream';
import { OfflineTranscriber } from './src/providers/offline.transcriber';
const input = (file: string) => ({ open: async () => createReadStream(file) as unknown as Readable, mimeType: 'x', sizeBytes: 0 });
const tmpCount = () => readdirSync('/tmp').filter((f) => f.startsWith('therapyrag-asr-')).length;
async function attempt(label: string, fn: () => Promise<unknown>) {
  const t = Date.now();
  try { const r: any = await fn(); console.log(label, 'OK', (Date.now() - t) / 1000, 's', r.durationSec, [...new Set(r.segments.map((s: any) => s.speaker))].join(','), r.segments.length, 'segs', (r.segments[0]?.text ?? '').slice(0, 60)); }
  catch (e: any) { console.log(label, 'ERR', (Date.now() - t) / 1000, 's', e.name, e.message); }
  console.log('   temp dirs left', tmpCount());
}
async function main() {
  const tr = new OfflineTranscriber({ pocketsphinxArgs: ['-maxhmmpf', '3000', '-fwdflat', 'no', '-topn', '2', '-pl_window', '5'] });
  const which = process.argv.slice(2);
  if (which.includes('formats')) for (const f of ['f.mp3', 'f.m4a', 'f.ogg', 'f.webm', 'f.flac', 'f.mp4', 'dup.wav', 'single-female.mono.wav']) await attempt(f, () => tr.transcribe(input('/tmp/asr/' + f)));
  writeFileSync('/tmp/asr/crash.sh', '#!/bin/sh\nsleep 0.5\nkill -SEGV $$\n'); chmodSync('/tmp/asr/crash.sh', 0o755);
  writeFileSync('/tmp/asr/exit139.sh', '#!/bin/sh\nexit 139\n'); chmodSync('/tmp/asr/exit139.sh', 0o755);
  writeFileSync('/tmp/asr/hang.sh', '#!/bin/sh\nexec sleep 1000\n'); chmodSync('/tmp/asr/hang.sh', 0o755);
  await attempt('crash', () => new OfflineTranscriber({ pocketsphinxPath: '/tmp/asr/crash.sh' }).transcribe(input('/tmp/asr/m/annomi-7.stereo.wav')));
  await attempt('exit139', () => new OfflineTranscriber({ pocketsphinxPath: '/tmp/asr/exit139.sh' }).transcribe(input('/tmp/asr/m/annomi-7.stereo.wav')));
  await attempt('hang', () => new OfflineTranscriber({ pocketsphinxPath: '/tmp/asr/hang.sh', windowTimeoutMs: 2000 }).transcribe(input('/tmp/asr/m/annomi-7.stereo.wav')));
  await attempt('missing', () => new OfflineTranscriber({ pocketsphinxPath: '/nonexistent/ps' }).transcribe(input('/tmp/asr/m/annomi-7.stereo.wav')));
  await attempt('junk', () => tr.transcribe(input('/tmp/asr/junk.bin')));
  await attempt('source error', () => tr.transcribe({ open: async () => { const s = createReadStream('/tmp/asr/m/annomi-7.stereo.wav'); setTimeout(() => s.destroy(new Error('S3 connection reset')), 50); return s as unknown as Readable; }, mimeType: 'x', sizeBytes: 0 }));
  const ac = new AbortController(); setTimeout(() => ac.abort(), 3000);
  await attempt('abort', () => tr.transcribe(input('/tmp/asr/m/annomi-78.stereo.wav'), ac.signal));
  await new Promise((r) => setTimeout(r, 300));
  console.log(require('node:child_process').execSync(`ps --ppid ${process.pid} -o pid,comm || true`).toString());
}
main();
