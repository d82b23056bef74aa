import { createReadStream } from 'node:fs';
import { makeDialogue, loadTranscriptTurns } from './tests/support/dialogue';
import { OfflineTranscriber } from './src/providers/offline.transcriber';
async function main() {
  const t0 = Date.now();
  const turns = await loadTranscriptTurns('/work/shared/eval/transcripts/annomi-7.json', 12);
  const d = await makeDialogue({ turns, speakers: [{ id: 'therapist', voice: 'male' }, { id: 'client', voice: 'female' }], outDir: '/tmp/asr', name: 'a7', bleedDb: -30 });
  console.log('synth', (Date.now() - t0) / 1000, 's; duration', d.durationSec);
  const tr = new OfflineTranscriber();
  for (const file of [d.stereoPath, d.monoPath]) {
    const t1 = Date.now();
    const r = await tr.transcribe({ open: async () => createReadStream(file), mimeType: 'audio/wav', sizeBytes: 0 });
    console.log(file, (Date.now() - t1) / 1000, 's', r.durationSec);
    for (const s of r.segments) console.log(s.speaker, s.start, s.end, s.confidence, s.text);
  }
}
main();
