import { createReadStream } from 'node:fs';
import { OfflineTranscriber } from './src/providers/offline.transcriber';
new OfflineTranscriber().transcribe({ open: async () => createReadStream(process.argv[2]), mimeType: 'audio/wav', sizeBytes: 0 }).then((r) => console.log(JSON.stringify(r, null, 1)));
