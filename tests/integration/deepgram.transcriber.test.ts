import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeepgramRequestError, DeepgramTranscriber, type DeepgramTranscriberOptions, type DeepgramTranscriptionInput } from '../../src/providers/deepgram.transcriber';
import { PermanentTranscriptionError } from '../../src/providers/transcriber';
import { wavHeader } from '../../devtools/audio';
import { startFakeDeepgram, type FakeDeepgram } from '../support/fake-deepgram';
import { rejectionOf } from '../support/fake-server';

/** A silent 16-bit PCM WAV: the canonical 44-byte header, then zeros. */
function silentWav(channels: number, seconds = 0.5, sampleRate = 16_000): Buffer {
  const dataBytes = Math.round(seconds * sampleRate) * channels * 2;
  return Buffer.concat([wavHeader(dataBytes, sampleRate, channels), Buffer.alloc(dataBytes)]);
}

/** An input that opens a fresh stream of `audio` in 16 KiB chunks on every call, as storage would. */
function inputOf(audio: Buffer, extra: Partial<DeepgramTranscriptionInput> = {}): DeepgramTranscriptionInput & { opened: number } {
  const input = {
    opened: 0,
    mimeType: 'audio/wav',
    sizeBytes: audio.length,
    async open() {
      input.opened += 1;
      return Readable.from(chunksOf(audio, 16 * 1024), { objectMode: false });
    },
    ...extra,
  };
  return input;
}

function chunksOf(audio: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < audio.length; offset += size) chunks.push(audio.subarray(offset, offset + size));
  return chunks;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

describe('DeepgramTranscriber against a local Deepgram', () => {
  let fake: FakeDeepgram;
  const transcriber = (options: Partial<DeepgramTranscriberOptions> = {}) =>
    new DeepgramTranscriber({ apiKey: fake.apiKey, baseUrl: fake.url, timeoutMs: 5000, retryBaseDelayMs: 20, retryMaxDelayMs: 2000, ...options });

  beforeEach(async () => {
    fake = await startFakeDeepgram();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('sends the recording with the medical model, diarization, formatting and the training opt-out', async () => {
    const audio = silentWav(1);
    const result = await transcriber().transcribe(inputOf(audio));

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/listen');
    expect(request.headers.authorization).toBe(`Token ${fake.apiKey}`);
    expect(request.headers['content-type']).toBe('audio/wav');
    expect(request.query).toMatchObject({
      model: 'nova-3-medical',
      language: 'en',
      diarize: 'true',
      utterances: 'true',
      smart_format: 'true',
      punctuate: 'true',
      mip_opt_out: 'true',
      multichannel: 'false',
    });
    expect(request.bodyBytes).toBe(audio.length);
    expect(result).toMatchObject({ provider: 'deepgram', model: 'nova-3-medical', language: 'en', durationSec: 6.6 });
  });

  it('maps diarized utterances to segments with speakers, times and confidence', async () => {
    const result = await transcriber().transcribe(inputOf(silentWav(1)));

    expect(result.segments).toEqual([
      { speaker: 'speaker_0', role: 'UNKNOWN', start: 0.08, end: 2.4, text: 'How have you been sleeping this week?', confidence: 0.97 },
      { speaker: 'speaker_1', role: 'UNKNOWN', start: 2.9, end: 6.1, text: 'Better since we talked, maybe five hours a night.', confidence: 0.91 },
    ]);
  });

  it('builds segments from words when the reply has no utterances', async () => {
    fake.enqueue({ omitUtterances: true });
    const result = await transcriber().transcribe(inputOf(silentWav(1)));

    expect(result.segments.map((s) => [s.speaker, s.text])).toEqual([
      ['speaker_0', 'How have you been sleeping this week?'],
      ['speaker_1', 'Better since we talked, maybe five hours a night.'],
    ]);
  });

  it('streams the upload: bytes reach Deepgram before the recording has been read to the end', async () => {
    const audio = silentWav(1, 30); // ~960 KB
    const firstPart = 64 * 1024;
    const input = inputOf(audio, {
      async open() {
        // Holds the rest back until the server has the first part: a client that buffered the
        // whole stream before sending would never get there.
        async function* gated() {
          yield audio.subarray(0, firstPart);
          await until(() => (fake.requests[0]?.bodyBytes ?? 0) >= firstPart, 5000);
          for (const chunk of chunksOf(audio.subarray(firstPart), 16 * 1024)) yield chunk;
        }
        return Readable.from(gated(), { objectMode: false });
      },
    });

    await transcriber().transcribe(input);
    expect(fake.requests[0].bodyBytes).toBe(audio.length);
  });

  it('asks for multichannel on a stereo WAV and names speakers by channel', async () => {
    const result = await transcriber().transcribe(inputOf(silentWav(2)));

    expect(fake.requests[0].query.multichannel).toBe('true');
    expect(fake.requests[0].query.diarize).toBe('true');
    expect(result.segments.map((s) => s.speaker)).toEqual(['channel_0', 'channel_1']);
    expect(fake.requests[0].bodyBytes).toBe(silentWav(2).length);
  });

  it('uses a caller-supplied channel count for containers whose header it does not read', async () => {
    const mp3 = Buffer.alloc(2048, 0xff);
    await transcriber().transcribe(inputOf(mp3, { mimeType: 'audio/mpeg', channels: 2 }));
    await transcriber().transcribe(inputOf(mp3, { mimeType: 'audio/mpeg' }));

    expect(fake.requests.map((r) => r.query.multichannel)).toEqual(['true', 'false']);
    expect(fake.requests.map((r) => r.headers['content-type'])).toEqual(['audio/mpeg', 'audio/mpeg']);
  });

  it('waits for retry-after on 429, then succeeds with a fresh upload', async () => {
    fake.enqueue({ status: 429, headers: { 'retry-after': '1' } });
    const audio = silentWav(1);
    const input = inputOf(audio);
    const started = Date.now();
    const result = await transcriber().transcribe(input);

    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.map((r) => r.bodyBytes)).toEqual([audio.length, audio.length]);
    expect(input.opened).toBe(2);
    expect(result.segments).toHaveLength(2);
  });

  it('retries 503 with backoff and succeeds on the third attempt', async () => {
    fake.enqueue({ status: 503 }, { status: 503 });
    const result = await transcriber().transcribe(inputOf(silentWav(1)));

    expect(fake.requests).toHaveLength(3);
    expect(result.segments).toHaveLength(2);
  });

  it('retries a dropped connection', async () => {
    fake.enqueue({ destroySocket: true });
    const result = await transcriber().transcribe(inputOf(silentWav(1)));

    expect(fake.requests).toHaveLength(2);
    expect(result.segments).toHaveLength(2);
  });

  it('gives up after maxRetries with a retryable (not permanent) error', async () => {
    fake.enqueue({ status: 502 }, { status: 502 }, { status: 502 });
    const error = await rejectionOf(transcriber({ maxRetries: 2 }).transcribe(inputOf(silentWav(1))));

    expect(error).toBeInstanceOf(DeepgramRequestError);
    expect(error).not.toBeInstanceOf(PermanentTranscriptionError);
    expect(error.message).toMatch(/HTTP 502.*gave up after 3 attempts/);
    expect(fake.requests).toHaveLength(3);
  });

  it('rejects within a bounded time when Deepgram does not answer, without retrying', async () => {
    fake.enqueue({ delayMs: 10_000 });
    const started = Date.now();
    const error = await rejectionOf(transcriber({ timeoutMs: 300 }).transcribe(inputOf(silentWav(1))));

    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(DeepgramRequestError);
    expect((error as DeepgramRequestError).kind).toBe('timeout');
    expect(fake.requests).toHaveLength(1);
  });

  it('stops when the caller aborts', async () => {
    fake.enqueue({ delayMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('job cancelled')), 200);
    const error = await rejectionOf(transcriber().transcribe(inputOf(silentWav(1)), controller.signal));

    expect(error.message).toBe('job cancelled');
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    ['a body that is not JSON', 'Patient said: I feel hopeless <html>'],
    ['JSON of another shape', { metadata: { duration: 'long' }, results: { text: 'Patient said: I feel hopeless' } }],
  ])('fails permanently on %s, naming no transcript text', async (_name, body) => {
    fake.enqueue({ body });
    const error = await rejectionOf(transcriber().transcribe(inputOf(silentWav(1))));

    expect(error).toBeInstanceOf(PermanentTranscriptionError);
    expect(error.message).toMatch(/^Deepgram returned an unusable reply/);
    expect(error.message).not.toMatch(/hopeless/);
    expect(fake.requests).toHaveLength(1);
  });

  it('fails permanently on 400 (undecodable audio) without retrying', async () => {
    fake.enqueue({ status: 400 });
    const error = await rejectionOf(transcriber().transcribe(inputOf(silentWav(1))));

    expect(error).toBeInstanceOf(PermanentTranscriptionError);
    expect(error.message).toMatch(/HTTP 400/);
    expect(fake.requests).toHaveLength(1);
  });

  it('fails permanently on 401 without retrying, and never echoes the API key', async () => {
    const wrongKey = 'dg-secret-wrong-key-4f1c9a';
    const error = await rejectionOf(transcriber({ apiKey: wrongKey }).transcribe(inputOf(silentWav(1))));

    expect(error).toBeInstanceOf(PermanentTranscriptionError);
    expect(error.message).toMatch(/HTTP 401 INVALID_AUTH/);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].headers.authorization).toBe(`Token ${wrongKey}`);
    expect(`${error.message} ${error.stack}`).not.toContain(wrongKey);
  });

  it('keeps the API key out of every error message', async () => {
    fake.enqueue({ status: 429 }, { status: 429 }, { body: 'nope' }, { delayMs: 10_000 });
    const messages: string[] = [];
    messages.push((await rejectionOf(transcriber({ maxRetries: 1 }).transcribe(inputOf(silentWav(1))))).message);
    messages.push((await rejectionOf(transcriber().transcribe(inputOf(silentWav(1))))).message);
    messages.push((await rejectionOf(transcriber({ timeoutMs: 200 }).transcribe(inputOf(silentWav(1))))).message);

    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message).not.toContain(fake.apiKey);
  });
});
