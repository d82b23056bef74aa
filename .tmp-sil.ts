import { readFileSync } from 'node:fs';
import { parseWav } from './src/providers/offline-speech/wav';
import { framePowers } from './src/providers/offline-speech/energy';
import { MonoDiarizer } from './src/providers/offline-speech/mono-diarizer';
import { kMeans, silhouette } from './src/providers/offline-speech/kmeans';
const W = Number(process.env.PW ?? 3);
for (const f of process.argv.slice(2)) {
  const wav = parseWav(readFileSync(f));
  const samples = wav.channels[0];
  const d = new MonoDiarizer({ maxSpeakers: 4, minSilhouette: 0.2, minClusterSec: 0.5 });
  const t = Date.now();
  for (let s = 0; s < samples.length; s += 480000) { const w = samples.subarray(s, s + 480000); d.addWindow(w, s, framePowers(w)); }
  const pieces = ((d as any).pieces as { startSec: number; endSec: number; features: number[]; pitch: number }[]).filter(p => p.endSec - p.startSec >= 0.5);
  const z = (rows: number[][]) => { const dims = rows[0].length; const mean = Array.from({length: dims}, (_, i) => rows.reduce((s, p) => s + p[i], 0) / rows.length);
    const sd = mean.map((m, i) => Math.sqrt(rows.reduce((s, p) => s + (p[i] - m) ** 2, 0) / rows.length) || 1); return rows.map((p) => p.map((v, i) => (v - mean[i]) / sd[i])); };
  const voiced = pieces.map(p => p.pitch).filter(x => !isNaN(x)); const pm = voiced.reduce((a, b) => a + b, 0) / voiced.length;
  const pts = z(pieces.map((p) => [...p.features, isNaN(p.pitch) ? pm : p.pitch]) ).map(p => p.map((v, i) => i === 12 ? v * W : v));
  const mf = z(pieces.map((p) => p.features));
  const pitchOnly = z(pieces.map((p) => [isNaN(p.pitch) ? pm : p.pitch]));
  const sil = (P: number[][]) => [2, 3, 4].map((k) => silhouette(P, kMeans(P, k).labels).toFixed(3)).join(' ');
  console.log(f.split('/').pop(), 'n', pieces.length, 'ms', Date.now() - t, '| mfcc', sil(mf), '| +pitch', sil(pts), '| pitch', sil(pitchOnly), 'Hz', pieces.slice(0, 12).map(p => Math.round(2 ** p.pitch)).join(','));
}
