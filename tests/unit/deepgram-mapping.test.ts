import { describe, expect, it } from 'vitest';
import { parseDeepgramResponse, readWavChannels, reportedModel, toSegments, type DeepgramResponse } from '../../src/providers/deepgram-mapping';
import { parseRetryAfter } from '../../src/providers/provider-retry';

function reply(results: DeepgramResponse['results'], metadata: Partial<DeepgramResponse['metadata']> = {}): DeepgramResponse {
  return { metadata: { duration: 10, ...metadata }, results };
}

function word(text: string, start: number, end: number, speaker?: number, confidence = 0.9) {
  return { word: text.toLowerCase().replace(/[^a-z]/g, ''), punctuated_word: text, start, end, speaker, confidence };
}

/** A WAV header with a JUNK chunk of `junkBytes` (plus RIFF's pad byte when odd) before `fmt `, as some recorders write. */
function wavHeader(channels: number, junkBytes = 0): Buffer {
  const junk = junkBytes ? Buffer.concat([Buffer.from('JUNK'), u32(junkBytes), Buffer.alloc(junkBytes + (junkBytes % 2))]) : Buffer.alloc(0);
  const fmt = Buffer.alloc(24);
  fmt.write('fmt ', 0, 'ascii');
  fmt.writeUInt32LE(16, 4);
  fmt.writeUInt16LE(1, 8);
  fmt.writeUInt16LE(channels, 10);
  return Buffer.concat([Buffer.from('RIFF'), u32(0), Buffer.from('WAVE'), junk, fmt]);
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}

describe('readWavChannels', () => {
  it('reads mono and stereo from the canonical header', () => {
    expect(readWavChannels(wavHeader(1))).toBe(1);
    expect(readWavChannels(wavHeader(2))).toBe(2);
  });

  it('skips chunks before fmt, including odd-sized ones with their pad byte', () => {
    expect(readWavChannels(wavHeader(2, 28))).toBe(2);
    expect(readWavChannels(wavHeader(1, 27))).toBe(1);
  });

  it('returns undefined for other containers and truncated headers', () => {
    expect(readWavChannels(Buffer.from('ID3\u0004 mp3 data here'))).toBeUndefined();
    expect(readWavChannels(wavHeader(2).subarray(0, 20))).toBeUndefined();
    expect(readWavChannels(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('toSegments', () => {
  it('maps utterances in time order, trimming text and dropping empty ones', () => {
    const segments = toSegments(
      reply({
        channels: [{}],
        utterances: [
          { start: 3, end: 4, transcript: ' Fine. ', speaker: 1, confidence: 0.8 },
          { start: 0, end: 2, transcript: 'How are you?', speaker: 0, confidence: 0.95 },
          { start: 5, end: 5.2, transcript: '  ', speaker: 1 },
        ],
      }),
      { multichannel: false },
    );
    expect(segments).toEqual([
      { speaker: 'speaker_0', role: 'UNKNOWN', start: 0, end: 2, text: 'How are you?', confidence: 0.95 },
      { speaker: 'speaker_1', role: 'UNKNOWN', start: 3, end: 4, text: 'Fine.', confidence: 0.8 },
    ]);
  });

  it('names speakers by channel in multichannel mode and interleaves channels by time', () => {
    const segments = toSegments(
      reply({
        channels: [{}, {}],
        utterances: [
          { start: 0, end: 2, transcript: 'Hello.', channel: 0, speaker: 0 },
          { start: 6, end: 7, transcript: 'Go on.', channel: 0, speaker: 0 },
          { start: 2.5, end: 5, transcript: 'Hi.', channel: 1, speaker: 0 },
        ],
      }),
      { multichannel: true },
    );
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['channel_0', 'Hello.'],
      ['channel_1', 'Hi.'],
      ['channel_0', 'Go on.'],
    ]);
  });

  it('groups words by speaker and long pauses when there are no utterances', () => {
    const words = [word('I', 0, 0.2, 0, 0.8), word('slept.', 0.3, 0.6, 0, 1), word('Good.', 0.8, 1, 1), word('Anything', 3, 3.4, 1), word('else?', 3.5, 3.8, 1)];
    const segments = toSegments(reply({ channels: [{ alternatives: [{ words }] }] }), { multichannel: false });
    expect(segments).toEqual([
      { speaker: 'speaker_0', role: 'UNKNOWN', start: 0, end: 0.6, text: 'I slept.', confidence: 0.9 },
      { speaker: 'speaker_1', role: 'UNKNOWN', start: 0.8, end: 1, text: 'Good.', confidence: 0.9 },
      { speaker: 'speaker_1', role: 'UNKNOWN', start: 3, end: 3.8, text: 'Anything else?', confidence: 0.9 },
    ]);
  });

  it('builds per-channel segments from words in multichannel mode', () => {
    const segments = toSegments(
      reply({ channels: [{ alternatives: [{ words: [word('Hello.', 0, 1, 0)] }] }, { alternatives: [{ words: [word('Hi', 1.2, 1.5, 0), word('there.', 1.5, 1.9, 1)] }] }] }),
      { multichannel: true },
    );
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['channel_0', 'Hello.'],
      ['channel_1', 'Hi there.'],
    ]);
  });

  it('returns no segments for silence', () => {
    expect(toSegments(reply({ channels: [{ alternatives: [{ transcript: '', words: [] }] }], utterances: [] }), { multichannel: false })).toEqual([]);
  });
});

describe('parseDeepgramResponse', () => {
  it('accepts the documented shape and reports the model Deepgram names', () => {
    const body = {
      metadata: { request_id: 'r1', sha256: 'x', created: 'now', duration: 12.5, channels: 1, models: ['uuid-1'], model_info: { 'uuid-1': { name: 'medical-nova-3', version: 'v', arch: 'nova-3' } } },
      results: { channels: [{ alternatives: [{ transcript: '', confidence: 0, words: [] }] }], utterances: [] },
    };
    const parsed = parseDeepgramResponse(body);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.response.metadata.duration).toBe(12.5);
      expect(reportedModel(parsed.response, 'nova-3-medical')).toBe('medical-nova-3');
      expect(reportedModel(reply({ channels: [] }), 'nova-3-medical')).toBe('nova-3-medical');
    }
  });

  it('names the offending field, never its value', () => {
    const parsed = parseDeepgramResponse({ metadata: { duration: 3 }, results: { channels: [], utterances: [{ start: 0, end: 1, transcript: 42 }] } });
    expect(parsed).toEqual({ ok: false, problem: 'unexpected shape at results.utterances.0.transcript' });
    expect(parseDeepgramResponse({ ok: false, error: { reason: 'non-json', rawBody: 'secret words' } })).toEqual({ ok: false, problem: 'unexpected shape at metadata' });
    expect(parseDeepgramResponse(undefined)).toMatchObject({ ok: false });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
