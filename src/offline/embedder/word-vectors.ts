import fs from 'node:fs';
import path from 'node:path';

/** Word vectors in frequency-rank order, int8-quantised with one scale per word. */
export interface WordVectorTable {
  readonly dimensions: number;
  /** Rank 0 is the most frequent word of the source corpus. */
  readonly ranks: ReadonlyMap<string, number>;
  /** `dimensions` int8 values per word, in rank order. */
  readonly values: Int8Array;
  /** Multiply a word's int8 values by its scale to get the original float vector. */
  readonly scales: Float32Array;
}

const MAGIC = 'TRAGWV01';
const HEADER_BYTES = 20;

/** Serialises a table to the compact file format: header, words, scales, int8 values. */
export function encodeTable(table: WordVectorTable): Buffer {
  const words = Buffer.from([...table.ranks.keys()].join('\n'), 'utf8');
  const wordBytes = words.length + ((4 - (words.length % 4)) % 4);
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(table.ranks.size, 8);
  header.writeUInt32LE(table.dimensions, 12);
  header.writeUInt32LE(wordBytes, 16);
  const padded = Buffer.alloc(wordBytes);
  words.copy(padded);
  return Buffer.concat([
    header,
    padded,
    Buffer.from(table.scales.buffer, table.scales.byteOffset, table.scales.byteLength),
    Buffer.from(table.values.buffer, table.values.byteOffset, table.values.byteLength),
  ]);
}

/** Parses the compact file format; throws if the file is not one (or is truncated). */
export function decodeTable(buffer: Buffer): WordVectorTable {
  if (buffer.length < HEADER_BYTES || buffer.toString('latin1', 0, 8) !== MAGIC) {
    throw new Error('Not a word-vector table');
  }
  const count = buffer.readUInt32LE(8);
  const dimensions = buffer.readUInt32LE(12);
  const wordBytes = buffer.readUInt32LE(16);
  const scalesAt = HEADER_BYTES + wordBytes;
  const valuesAt = scalesAt + count * 4;
  if (buffer.length !== valuesAt + count * dimensions) throw new Error('Truncated word-vector table');
  const words = buffer.toString('utf8', HEADER_BYTES, scalesAt).replace(/\0+$/, '').split('\n');
  // Copy out of the file buffer so the typed arrays are aligned and the buffer can be freed.
  const scales = new Float32Array(count);
  Buffer.from(scales.buffer).set(buffer.subarray(scalesAt, valuesAt));
  const values = new Int8Array(count * dimensions);
  Buffer.from(values.buffer).set(buffer.subarray(valuesAt));
  return { dimensions, ranks: new Map(words.map((word, rank) => [word, rank])), values, scales };
}

/** Quantises float vectors (rank order) into a table: int8 per value, one scale per word. */
export function quantiseTable(words: string[], vectors: Float32Array[], dimensions: number): WordVectorTable {
  const values = new Int8Array(words.length * dimensions);
  const scales = new Float32Array(words.length);
  vectors.forEach((vector, row) => {
    const largest = vector.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
    const scale = largest / 127 || 1;
    scales[row] = scale;
    for (let d = 0; d < dimensions; d += 1) values[row * dimensions + d] = Math.round(vector[d] / scale);
  });
  return { dimensions, ranks: new Map(words.map((word, rank) => [word, rank])), values, scales };
}

/** Writes the table atomically, so a concurrent reader never sees half a file. */
export function writeTableFile(file: string, table: WordVectorTable): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, encodeTable(table));
  fs.renameSync(temporary, file);
}

/** Reads a table file, or returns undefined when it is missing or unreadable. */
export function readTableFile(file: string): WordVectorTable | undefined {
  try {
    return decodeTable(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}
