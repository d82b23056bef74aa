import { open } from 'node:fs/promises';

/** Size of the canonical PCM WAV header, the only layout pocketsphinx_continuous accepts. */
export const WAV_HEADER_BYTES = 44;

/** The canonical 44-byte header of a 16-bit PCM WAV file holding `sampleCount` frames. */
export function encodeWavHeader(sampleCount: number, sampleRate: number, channels = 1): Buffer {
  const blockAlign = channels * 2;
  const dataBytes = Math.min(sampleCount * blockAlign, 0xffffffff - 36);
  const header = Buffer.alloc(WAV_HEADER_BYTES);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** Interleaves equally long channels into one little-endian 16-bit sample buffer. */
export function interleave(channels: Int16Array[]): Buffer {
  const frames = channels[0]?.length ?? 0;
  const out = Buffer.alloc(frames * channels.length * 2);
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < channels.length; c++) out.writeInt16LE(channels[c][i], (i * channels.length + c) * 2);
  }
  return out;
}

/** Writes 16-bit PCM channels (one Int16Array each, equally long) as a WAV file. */
export async function writeWavFile(file: string, channels: Int16Array[], sampleRate: number): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.write(encodeWavHeader(channels[0]?.length ?? 0, sampleRate, channels.length));
    await handle.write(channels.length === 1 ? toLittleEndianBytes(channels[0]) : interleave(channels));
  } finally {
    await handle.close();
  }
}

/** Decoded 16-bit PCM WAV content, one Int16Array per channel. */
export interface WavAudio {
  sampleRate: number;
  channels: Int16Array[];
}

/** Parses a 16-bit PCM WAV buffer (any chunk order), for tests and tools that read what they wrote. */
export function parseWav(buffer: Buffer): WavAudio {
  if (buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  let offset = 12;
  let sampleRate = 0;
  let channelCount = 0;
  while (offset + 8 <= buffer.length) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (buffer.readUInt16LE(body + 14) !== 16) throw new Error('only 16-bit PCM WAV is supported');
      channelCount = buffer.readUInt16LE(body + 2);
      sampleRate = buffer.readUInt32LE(body + 4);
    } else if (id === 'data') {
      const end = Math.min(buffer.length, body + size);
      const frames = Math.floor((end - body) / (2 * channelCount));
      const channels = Array.from({ length: channelCount }, () => new Int16Array(frames));
      for (let i = 0; i < frames; i++) {
        for (let c = 0; c < channelCount; c++) channels[c][i] = buffer.readInt16LE(body + (i * channelCount + c) * 2);
      }
      return { sampleRate, channels };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV file has no data chunk');
}

function toLittleEndianBytes(samples: Int16Array): Buffer {
  const out = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) out.writeInt16LE(samples[i], i * 2);
  return out;
}
