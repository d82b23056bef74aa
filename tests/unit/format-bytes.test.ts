import { describe, expect, it } from 'vitest';
import { formatBytes, tooLarge } from '../../src/storage/upload-guard';

describe('formatBytes', () => {
  it('says the size in a unit people read, with the exact count', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(100_000)).toBe('97.7 KiB (100000 bytes)');
    expect(formatBytes(1024 * 1024)).toBe('1 MiB (1048576 bytes)');
    expect(formatBytes(524_288_000)).toBe('500 MiB (524288000 bytes)');
    expect(formatBytes(5 * 1024 ** 4)).toBe('5 TiB (5497558138880 bytes)');
  });

  it('PAYLOAD_TOO_LARGE names the real limit, never "0 MB"', () => {
    const error = tooLarge(100_000);
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toBe('The recording is larger than the limit of 97.7 KiB (100000 bytes)');
    expect(error.details).toEqual({ maxBytes: 100_000 });
  });
});
