import { describe, expect, it } from 'vitest';
import * as ws from 'ws';
import { textFrame } from '../../src/graphql/subscriptions';

/** Decodes frames with ws's own receiver (client side: expects unmasked frames from a server). */
function decode(frame: Buffer): Promise<{ text: string; binary: boolean }> {
  return new Promise((resolve, reject) => {
    // ws exports its frame parser at runtime (Receiver) but its types do not declare it.
    const { Receiver } = ws as unknown as { Receiver: new (options: { isServer: boolean; maxPayload: number }) => NodeJS.WritableStream & NodeJS.EventEmitter };
    const receiver = new Receiver({ isServer: false, maxPayload: 0 });
    receiver.on('message', (data: Buffer, binary: boolean) => resolve({ text: data.toString('utf8'), binary }));
    receiver.on('error', reject);
    receiver.write(frame);
  });
}

describe('textFrame', () => {
  it.each([0, 125, 126, 65_535, 65_536, 200_000])('is one final text frame ws reads back whole (%i bytes)', async (size) => {
    const message = 'x'.repeat(size);
    const frame = textFrame(message);
    expect(frame[0]).toBe(0x81);
    expect(await decode(frame)).toEqual({ text: message, binary: false });
  });

  it('counts UTF-8 bytes, not characters', async () => {
    const message = `{"status":"é✓${'ü'.repeat(70)}"}`;
    expect(await decode(textFrame(message))).toEqual({ text: message, binary: false });
  });
});
