import { makeDialogue, loadTranscriptTurns } from './tests/support/dialogue';
async function main() {
  for (const [id, n] of [['annomi-43', 14], ['annomi-119', 24], ['annomi-78', 20]] as const) {
    const turns = await loadTranscriptTurns(`/work/shared/eval/transcripts/${id}.json`, n);
    const d = await makeDialogue({ turns, speakers: [{ id: 'therapist', voice: 'female' }, { id: 'client', voice: 'male' }], outDir: '/tmp/asr', name: id, bleedDb: -30 });
    console.log(id, d.durationSec);
  }
}
main();
