import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../errors';
import { type MediaType, SNIFF_BYTES, sniffMediaType } from './media-type';

/**
 * A pass-through that refuses a recording as early as possible: it holds the first bytes until it
 * can tell the real container type (UNSUPPORTED_MEDIA_TYPE otherwise) and counts every byte
 * (PAYLOAD_TOO_LARGE past the limit), so nothing unwanted ever reaches storage.
 */
export class UploadGuard extends Transform {
  bytes = 0;
  mediaType: MediaType | null = null;
  private head: Buffer[] = [];
  private headBytes = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return callback(tooLarge(this.maxBytes));
    if (this.mediaType) return callback(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return callback();
    this.releaseHead(callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.bytes === 0) return callback(AppError.badInput('The file is empty', { field: 'file' }));
    if (this.mediaType) return callback();
    this.releaseHead(callback);
  }

  private releaseHead(callback: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.mediaType = sniffMediaType(head);
    if (!this.mediaType) {
      return callback(new AppError('UNSUPPORTED_MEDIA_TYPE', 'The file is not a supported audio or video recording (WAV, MP3, AAC, FLAC, OGG/Opus, M4A/MP4, WebM, …)'));
    }
    callback(null, head);
  }
}

/** The error for a recording over the configured limit. */
export function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The recording is larger than the limit of ${formatBytes(maxBytes)}`, { maxBytes });
}

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];

/** A byte count for people: "512 bytes", "97.7 KiB (100000 bytes)", "500 MiB (524288000 bytes)". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value >= 100 || Number.isInteger(value) ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${UNITS[unit]} (${bytes} bytes)`;
}
