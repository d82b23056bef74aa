import { makeDialogue, loadTranscriptTurns } from './tests/support/dialogue';
async function main() {
  const turns = await loadTranscriptTurns(`/work/shared/eval/transcripts/annomi-43.json`, 14);
  for (const v of ['female', 'male'] as const) {
    await makeDialogue({ turns, speakers: [{ id: 'therapist', voice: v }, { id: 'client', voice: v }], outDir: '/tmp/asr', name: `single-${v}` });
  }
}
main();
