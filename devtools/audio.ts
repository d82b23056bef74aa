/** A PCM WAV file of a quiet tone: valid audio of a chosen length without any fixture on disk. */
export function makeWav(seconds: number, options: { sampleRate?: number; channels?: number } = {}): Buffer {
  const sampleRate = options.sampleRate ?? 16_000;
  const channels = options.channels ?? 1;
  const frames = Math.round(seconds * sampleRate);
  const data = Buffer.alloc(frames * channels * 2);
  for (let i = 0; i < frames; i++) {
    const sample = Math.round(3000 * Math.sin((2 * Math.PI * 220 * i) / sampleRate));
    for (let c = 0; c < channels; c++) data.writeInt16LE(sample, (i * channels + c) * 2);
  }
  return Buffer.concat([wavHeader(data.length, sampleRate, channels), data]);
}

/** The 44-byte header of a 16-bit PCM WAV. */
export function wavHeader(dataBytes: number, sampleRate: number, channels: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** A WAV header followed by `totalBytes` of generated samples, produced lazily (never all in memory). */
export async function* generatedWav(totalBytes: number, chunkBytes = 1024 * 1024): AsyncGenerator<Buffer> {
  yield wavHeader(Math.min(totalBytes, 0xffffffff - 36), 16_000, 1);
  const chunk = Buffer.alloc(chunkBytes, 7);
  for (let sent = 0; sent < totalBytes; sent += chunkBytes) yield sent + chunkBytes <= totalBytes ? chunk : chunk.subarray(0, totalBytes - sent);
}
