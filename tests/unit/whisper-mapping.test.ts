import { describe, expect, it } from 'vitest';
import type { RecognizedWord } from '../../src/offline/speech/recognized-word';
import {
  WhisperNativeError,
  cleanText,
  placeWindowSegments,
  spreadWords,
  toTranscriptSegments,
  tokensToWords,
  unwrapNativeResult,
  type WhisperNativeSegment,
} from '../../src/offline/whisper/whisper-mapping';
import { bindingWhisperEngine, type SmartWhisperBinding, type WhisperParams } from '../../src/offline/whisper/whisper.transcriber';

/**
 * A fake of smart-whisper 0.8.1's native binding with its real quirks: `WhisperModel.load`
 * resolves with an object holding a handle, `transcribe` calls `finish` once with the segments
 * (times in ms from the buffer's start) — or with an Error object when whisper.cpp fails, since
 * smart-whisper never rejects — and `free` clears the handle.
 */
function fakeSmartWhisper(reply: (pcm: Float32Array, params: WhisperParams) => unknown) {
  const calls: { samples: number; params: WhisperParams }[] = [];
  const loaded: string[] = [];
  let freed = 0;
  const binding: SmartWhisperBinding = {
    WhisperModel: {
      async load(file: string) {
        loaded.push(file);
        let handle: object | null = { file };
        return {
          get handle() {
            return handle;
          },
          async free() {
            handle = null;
            freed += 1;
          },
        };
      },
    },
    transcribe(handle, pcm, params, finish) {
      if (!handle) throw new Error('Model has been freed');
      calls.push({ samples: pcm.length, params });
      setImmediate(() => finish(reply(pcm, params)));
    },
  };
  return { binding, calls, loaded, freed: () => freed };
}

const detail = (from: number, to: number, text: string, extra: Partial<WhisperNativeSegment> = {}): WhisperNativeSegment => ({ from, to, text, lang: 'en', confidence: 0.8, ...extra });

describe('smart-whisper results through a fake binding', () => {
  it('maps a buffer\'s segments (ms from the buffer start) to absolute seconds in the recording', async () => {
    const fake = fakeSmartWhisper(() => [detail(0, 2_340, ' Hello there.'), detail(2_340, 4_000, ' How are you feeling today?')]);
    const session = await bindingWhisperEngine(fake.binding).open('/models/ggml-base.en.bin', new AbortController().signal);
    const raw = await session.transcribe(new Float32Array(16_000 * 4), { language: 'en' });
    const placed = placeWindowSegments(unwrapNativeResult(raw, 'on 0–4 s'), { offsetSec: 300, durationSec: 4 });
    await session.close();
    await session.close();
    expect(placed.map(({ start, end, text, confidence }) => ({ start, end, text, confidence }))).toEqual([
      { start: 300, end: 302.34, text: 'Hello there.', confidence: 0.8 },
      { start: 302.34, end: 304, text: 'How are you feeling today?', confidence: 0.8 },
    ]);
    expect(fake.loaded).toEqual(['/models/ggml-base.en.bin']);
    expect(fake.calls).toEqual([{ samples: 64_000, params: { language: 'en' } }]);
    expect(fake.freed()).toBe(1);
    await expect(session.transcribe(new Float32Array(10), {})).rejects.toThrow(/already freed/);
  });

  it('turns the Error that smart-whisper resolves with into a rejection', async () => {
    const fake = fakeSmartWhisper(() => new Error('whisper_full operation failed'));
    const session = await bindingWhisperEngine(fake.binding).open('m.bin', new AbortController().signal);
    const raw = await session.transcribe(new Float32Array(16_000), {});
    expect(raw).toBeInstanceOf(Error); // resolved, not rejected: the quirk the mapping must handle
    expect(() => unwrapNativeResult(raw, 'on 0.0–1.0 s')).toThrow(WhisperNativeError);
    expect(() => unwrapNativeResult(raw, 'on 0.0–1.0 s')).toThrow('whisper.cpp failed on 0.0–1.0 s: whisper_full operation failed');
  });

  it('refuses replies that are not smart-whisper segments', () => {
    expect(() => unwrapNativeResult(undefined, 'on 0–1 s')).toThrow(/returned undefined on 0–1 s, expected an array/);
    expect(() => unwrapNativeResult([{ from: 0, text: 'x' }], 'here')).toThrow(/malformed segment 0 here/);
    expect(() => unwrapNativeResult([{ from: 0, to: Number.NaN, text: 'x' }], 'here')).toThrow(/malformed segment/);
    expect(unwrapNativeResult([], 'here')).toEqual([]);
  });

  it('accepts the "simple" format (no confidence, no tokens): words are spread over the segment', () => {
    const [segment] = placeWindowSegments([{ from: 1_000, to: 3_000, text: ' one two three' }], { offsetSec: 10, durationSec: 5 });
    expect(segment.confidence).toBeUndefined();
    expect(segment.words.map((w) => w.word)).toEqual(['one', 'two', 'three']);
    expect(segment.words[0].start).toBe(11);
    expect(segment.words[2].end).toBe(13);
  });
});

describe('placeWindowSegments', () => {
  it('clamps times whisper reports past the audio it was given, and orders reversed ones', () => {
    const placed = placeWindowSegments([
      detail(420, 8_620, ' beyond the end'),
      detail(9_000, 12_000, ' entirely after'),
      detail(-50, 300, ' before the start'),
      detail(2_000, 1_500, ' reversed'),
    ], { offsetSec: 60, durationSec: 5 });
    expect(placed.map(({ start, end }) => [start, end])).toEqual([[60.42, 65], [65, 65], [60, 60.3], [62, 62]]);
    for (const segment of placed) {
      expect(segment.start).toBeGreaterThanOrEqual(60);
      expect(segment.end).toBeLessThanOrEqual(65);
      expect(segment.end).toBeGreaterThanOrEqual(segment.start);
      for (const word of segment.words) {
        expect(word.start).toBeGreaterThanOrEqual(segment.start);
        expect(word.end).toBeLessThanOrEqual(segment.end);
      }
    }
  });

  it('drops non-speech markers and special tokens, keeps speech', () => {
    const placed = placeWindowSegments([
      detail(0, 1_000, ' [BLANK_AUDIO]'),
      detail(1_000, 2_000, ' (upbeat music)'),
      detail(2_000, 3_000, ' *sighs*'),
      detail(3_000, 4_000, ' [_TT_150]'),
      detail(4_000, 5_000, ' ...'),
      detail(5_000, 6_000, ' I (honestly) feel better [inaudible] now.'),
    ], { offsetSec: 0, durationSec: 10 });
    expect(placed.map((s) => s.text)).toEqual(['I (honestly) feel better now.']);
  });

  it('rounds and bounds confidences', () => {
    const placed = placeWindowSegments([
      detail(0, 1_000, ' a', { confidence: 0.123456 }),
      detail(0, 1_000, ' b', { confidence: 1.7 }),
      detail(0, 1_000, ' c', { confidence: Number.NaN }),
    ], { offsetSec: 0, durationSec: 1 });
    expect(placed.map((s) => s.confidence)).toEqual([0.123, 1, undefined]);
  });

  it('builds words from tokens with their timestamps, skipping special tokens', () => {
    const [segment] = placeWindowSegments([detail(1_000, 3_000, ' I can\'t sleep.', {
      tokens: [
        { text: '[_BEG_]', id: 50363, p: 0.9, from: 1_000, to: 1_000 },
        { text: ' I', id: 314, p: 0.9, from: 1_000, to: 1_300 },
        { text: ' can', id: 460, p: 0.8, from: 1_300, to: 1_700 },
        { text: '\'t', id: 470, p: 0.6, from: 1_700, to: 1_900 },
        { text: ' sleep', id: 3993, p: 0.7, from: 1_900, to: 2_600 },
        { text: '.', id: 13, p: 0.5, from: 2_600, to: 2_700 },
        { text: '[_TT_150]', id: 50513, p: 0.2, from: 3_000, to: 3_000 },
      ],
    })], { offsetSec: 100, durationSec: 5 });
    expect(segment.words).toEqual([
      { word: 'I', start: 101, end: 101.3, confidence: 0.9 },
      { word: 'can\'t', start: 101.3, end: 101.9, confidence: 0.7 },
      { word: 'sleep.', start: 101.9, end: 102.7, confidence: 0.6 },
    ]);
  });

  it('shares the segment out by length when tokens carry no timestamps', () => {
    const words = tokensToWords([{ text: ' ab', id: 1, p: 0.5 }, { text: ' abcd', id: 2, p: 0.5 }], 0, 3_000, 0, 0.5);
    expect(words).toEqual([
      { word: 'ab', start: 0, end: 1, confidence: 0.5 },
      { word: 'abcd', start: 1, end: 3, confidence: 0.5 },
    ]);
    expect(spreadWords('', 0, 1, 0)).toEqual([]);
    expect(cleanText('  hello   world ')).toBe('hello world');
  });
});

describe('toTranscriptSegments', () => {
  const placed = placeWindowSegments([
    detail(0, 4_000, ' How was your week? It was hard.', {
      tokens: [' How', ' was', ' your', ' week?', ' It', ' was', ' hard.'].map((text, i) => ({ text, id: i, p: 0.5 + i * 0.05, from: i * 500, to: i * 500 + 450 })),
    }),
    detail(4_000, 6_000, ' Tell me more.'),
  ], { offsetSec: 0, durationSec: 10 });

  it('keeps whisper\'s text when one speaker says the whole segment', () => {
    const segments = toTranscriptSegments(placed, () => 'channel_1');
    expect(segments).toEqual([
      { speaker: 'channel_1', role: 'UNKNOWN', start: 0, end: 4, text: 'How was your week? It was hard.', confidence: 0.8 },
      { speaker: 'channel_1', role: 'UNKNOWN', start: 4, end: 6, text: 'Tell me more.', confidence: 0.8 },
    ]);
  });

  it('splits a segment where the diarization changes speaker (mono recordings)', () => {
    const speakerOf = (word: RecognizedWord) => (word.start < 2 ? 'speaker_0' : word.start < 4 ? 'speaker_1' : 'speaker_0');
    const segments = toTranscriptSegments(placed, speakerOf);
    expect(segments.map(({ speaker, start, end, text }) => ({ speaker, start, end, text }))).toEqual([
      { speaker: 'speaker_0', start: 0, end: 1.95, text: 'How was your week?' },
      { speaker: 'speaker_1', start: 2, end: 4, text: 'It was hard.' },
      { speaker: 'speaker_0', start: 4, end: 6, text: 'Tell me more.' },
    ]);
    expect(segments[0].confidence).toBe(0.575);
    for (const s of segments) expect(s.role).toBe('UNKNOWN');
  });
});
