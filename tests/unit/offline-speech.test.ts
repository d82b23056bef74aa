import { describe, expect, it } from 'vitest';
import { ChannelLayoutDetector, mixDown } from '../../src/offline/speech/channel-layout';
import { gateChannelWords, muteBleed, type ChannelWord } from '../../src/offline/speech/channel-gate';
import { FRAME_SAMPLES, FramePowerLog, framePowers } from '../../src/offline/speech/energy';
import { needsSeekableInput } from '../../src/offline/speech/ffmpeg-decoder';
import { clusterBySilhouette, kMeans, silhouette } from '../../src/offline/speech/kmeans';
import { MfccExtractor } from '../../src/offline/speech/mfcc';
import { MonoDiarizer } from '../../src/offline/speech/mono-diarizer';
import { medianPitchHz } from '../../src/offline/speech/pitch';
import { isFillerToken, parsePocketsphinxOutput } from '../../src/offline/speech/pocketsphinx-output';
import type { RecognizedWord, SpeakerWord } from '../../src/offline/speech/recognized-word';
import { formatSentence, groupWordsIntoSegments } from '../../src/offline/speech/segments';
import { TaskPool } from '../../src/offline/speech/task-pool';
import { parseWav, encodeWavHeader, interleave } from '../../src/offline/speech/wav';
import { LEAD_IN_GAP_SEC, SpeechLeadIn } from '../../src/offline/speech/speech-lead-in';
import { PcmWindower } from '../../src/offline/speech/windowing';
import { normalizeWords, speakerAttribution, wordErrorRate } from '../../src/offline/speech/word-alignment';
import { speakableText } from '../../scripts/lib/dialogue';

const RATE = 16_000;

/** A seeded PRNG, so synthetic signals are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** A voiced sound: harmonics of `f0` with amplitudes falling by `tilt` per harmonic, at about -20 dBFS. */
function voice(f0: number, seconds: number, tilt: number, random = seeded(7)): Int16Array {
  const out = new Int16Array(Math.round(seconds * RATE));
  const harmonics = Math.floor(3800 / f0);
  const phases = Array.from({ length: harmonics }, () => random() * 2 * Math.PI);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    phase += (2 * Math.PI * f0 * (1 + 0.02 * Math.sin((2 * Math.PI * 5 * i) / RATE))) / RATE; // 5 Hz vibrato
    let value = 0;
    for (let h = 1; h <= harmonics; h++) value += tilt ** h * Math.sin(h * phase + phases[h - 1]);
    out[i] = Math.round(value * 2500 + (random() - 0.5) * 60);
  }
  return out;
}

function concat(parts: Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const silence = (seconds: number) => new Int16Array(Math.round(seconds * RATE));

function word(text: string, start: number, end: number, extra: Partial<SpeakerWord> = {}): SpeakerWord {
  return { word: text, start, end, confidence: 0.8, speaker: 'channel_0', ...extra };
}

describe('pocketsphinx output', () => {
  const output = [
    'hello how have you been',
    '<s> 0.090 0.150 0.999500',
    'hello(2) 0.160 0.420 0.841794',
    '[SPEECH] 0.430 0.600 0.960593',
    'how 0.610 0.670 1.000100',
    '<sil> 0.680 0.860 0.999000',
    '++NOISE++ 0.870 0.900 0.5',
    "i'm 0.910 1.030 0.953319",
    '</s> 1.040 1.220 1.000000',
    '',
    '<s> 0.000 0.880 1.000000',
  ].join('\n');

  it('keeps words with times shifted by the window offset, dropping fillers and pronunciation variants', () => {
    expect(parsePocketsphinxOutput(output, 30)).toEqual([
      { word: 'hello', start: 30.16, end: 30.42, confidence: 0.841794 },
      { word: 'how', start: 30.61, end: 30.67, confidence: 1 },
      { word: "i'm", start: 30.91, end: 31.03, confidence: 0.953319 },
    ]);
  });

  it('recognises every filler form and no real word', () => {
    for (const token of ['<s>', '</s>', '<sil>', '[NOISE]', '[SPEECH]', '++NOISE++', '++BREATH++', '+um+']) expect(isFillerToken(token)).toBe(true);
    for (const token of ['hello', "don't", 'word(2)']) expect(isFillerToken(token)).toBe(false);
  });

  it('ignores hypothesis lines and garbage', () => {
    expect(parsePocketsphinxOutput('one two three four\nERROR: something 1 2\n')).toEqual([]);
  });
});

describe('words to segments', () => {
  it('splits at a speaker change and at pauses longer than the limit', () => {
    const words = [
      word('so', 0, 0.3), word('i', 0.35, 0.4), word('think', 0.45, 0.9),
      word('yes', 1.0, 1.3, { speaker: 'channel_1' }),
      word('and', 1.5, 1.7), word('then', 2.8, 3.1, { confidence: 0.4 }),
    ];
    const segments = groupWordsIntoSegments(words, { maxPauseSec: 0.8 });
    expect(segments.map((s) => [s.speaker, s.start, s.end, s.text])).toEqual([
      ['channel_0', 0, 0.9, 'So I think.'],
      ['channel_1', 1.0, 1.3, 'Yes.'],
      ['channel_0', 1.5, 1.7, 'And.'],
      ['channel_0', 2.8, 3.1, 'Then.'],
    ]);
    expect(segments.every((s) => s.role === 'UNKNOWN')).toBe(true);
    expect(segments[3].confidence).toBe(0.4);
  });

  it('averages word confidences and orders words by time', () => {
    const [segment] = groupWordsIntoSegments([word('b', 0.5, 0.6, { confidence: 0.5 }), word('a', 0, 0.4, { confidence: 1 })], { maxPauseSec: 0.8 });
    expect(segment).toMatchObject({ text: 'A b.', confidence: 0.75, start: 0, end: 0.6 });
  });

  it('formats lower-case words as a sentence', () => {
    expect(formatSentence(["i'm", 'sure', 'i', 'will', 'in', 'it'])).toBe("I'm sure I will in it.");
    expect(formatSentence([])).toBe('');
  });
});

describe('k-means and silhouette', () => {
  const blob = (cx: number, cy: number, n: number, random: () => number) =>
    Array.from({ length: n }, () => [cx + (random() - 0.5), cy + (random() - 0.5)]);

  /** Normally distributed points in 13 dimensions (as many as the voice features), shifted by `offset` in the first. */
  const gaussian = (offset: number, n: number, random: () => number) =>
    Array.from({ length: n }, () => Array.from({ length: 13 }, (_, d) => {
      const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      return normal + (d === 0 ? offset : 0);
    }));

  it('finds two well separated groups', () => {
    const random = seeded(3);
    const two = [...blob(0, 0, 30, random), ...blob(6, 6, 30, random)];
    const clustering = clusterBySilhouette(two, 4, 0.3);
    expect(clustering.k).toBe(2);
    expect(clustering.silhouette).toBeGreaterThan(0.8);
    expect(new Set(clustering.labels.slice(0, 30)).size).toBe(1);
    expect(clustering.labels[0]).not.toBe(clustering.labels[30]);
  });

  it('keeps one cluster when the best silhouette is poor, as for one voice in many dimensions', () => {
    const random = seeded(4);
    expect(clusterBySilhouette(gaussian(0, 80, random), 4, 0.3).k).toBe(1);
    expect(clusterBySilhouette([...gaussian(0, 40, random), ...gaussian(8, 40, random)], 4, 0.3).k).toBe(2);
  });

  it('picks three clusters when there are three', () => {
    const random = seeded(5);
    const three = [...blob(0, 0, 20, random), ...blob(8, 0, 20, random), ...blob(0, 8, 20, random)];
    expect(clusterBySilhouette(three, 4, 0.3).k).toBe(3);
  });

  it('is deterministic and scores a random labelling near zero', () => {
    const random = seeded(9);
    const points = blob(0, 0, 40, random);
    expect(kMeans(points, 2).labels).toEqual(kMeans(points, 2).labels);
    expect(Math.abs(silhouette(points, points.map((_, i) => i % 2)))).toBeLessThan(0.1);
  });
});

describe('voice features', () => {
  it('MFCCs tell a dull low voice from a bright high one, and repeat for the same sound', () => {
    const mfcc = new MfccExtractor();
    const low = voice(110, 0.1, 0.6);
    const high = voice(220, 0.1, 0.95);
    const [a, b, c] = [mfcc.frame(low, 0), mfcc.frame(low, 0), mfcc.frame(high, 0)];
    expect(a).toHaveLength(13);
    expect(Array.from(a)).toEqual(Array.from(b));
    const distance = Math.hypot(...Array.from(a).slice(1).map((v, i) => v - c[i + 1]));
    expect(distance).toBeGreaterThan(3);
  });

  it('estimates the pitch of a harmonic voice within 5 %', () => {
    for (const f0 of [100, 130, 190, 240]) expect(medianPitchHz(voice(f0, 1, 0.8))).toBeGreaterThan(f0 * 0.95);
    for (const f0 of [100, 130, 190, 240]) expect(medianPitchHz(voice(f0, 1, 0.8))).toBeLessThan(f0 * 1.05);
    expect(medianPitchHz(silence(1))).toBeNaN();
  });

  it('diarizes alternating low and high voices, speaker_0 being the first heard', () => {
    const turns = [110, 210, 110, 210, 110, 210, 115, 205];
    const parts = turns.flatMap((f0, i) => [voice(f0, 1.2 + (i % 3) * 0.4, f0 < 150 ? 0.7 : 0.9, seeded(i + 1)), silence(0.4)]);
    const samples = concat([silence(0.3), ...parts]);
    const diarizer = new MonoDiarizer({ maxSpeakers: 4, minSilhouette: 0.3, minClusterSec: 0.5 });
    diarizer.addWindow(samples, 0, framePowers(samples));
    let cursor = 0.3;
    const words: RecognizedWord[] = [];
    const expected: string[] = [];
    turns.forEach((f0, i) => {
      const length = 1.2 + (i % 3) * 0.4;
      words.push({ word: `w${i}`, start: cursor + 0.2, end: cursor + length - 0.2, confidence: 1 });
      expected.push(f0 < 150 ? 'speaker_0' : 'speaker_1');
      cursor += length + 0.4;
    });
    expect(diarizer.attribute(words).map((w) => w.speaker)).toEqual(expected);
  });

});

describe('stereo bleed', () => {
  /** Channel 0 loud for 0..1 s, channel 1 loud for 1..2 s, both loud for 2..3 s; the quiet side carries -30 dB bleed. */
  function powers(): FramePowerLog {
    const log = new FramePowerLog(2);
    const loud = 1e6;
    const bleed = loud / 1000;
    const frames = (a: number, b: number) => [new Float32Array(100).fill(a), new Float32Array(100).fill(b)];
    for (const [a, b] of [[loud, bleed], [bleed, loud], [loud, loud]]) log.append(frames(a, b));
    return log;
  }
  const heard = (text: string, channel: number, start: number, end: number): ChannelWord => ({ word: text, start, end, confidence: 0.9, channel });

  it('drops words heard on the quiet channel and keeps overlapping speech on both', () => {
    const words = [heard('hello', 0, 0.1, 0.5), heard('ghost', 1, 0.2, 0.6), heard('yes', 1, 1.2, 1.5), heard('both', 0, 2.1, 2.4), heard('talk', 1, 2.1, 2.5)];
    expect(gateChannelWords(words, powers(), 2, 12).map((w) => w.word).sort()).toEqual(['both', 'hello', 'talk', 'yes']);
  });

  it('keeps a word heard on both channels at once only where it is louder', () => {
    const log = new FramePowerLog(2);
    log.append([new Float32Array(100).fill(4e5), new Float32Array(100).fill(1e5)]);
    const words = [heard('same', 0, 0.2, 0.6), heard('same', 1, 0.25, 0.6)];
    expect(gateChannelWords(words, log, 2, 12)).toEqual([words[0]]);
  });

  it('mutes only the frames where the other channel dominates', () => {
    const own = new Int16Array(3 * FRAME_SAMPLES).fill(100);
    const ownPowers = new Float32Array([1e4, 1e4, 1e4]);
    const otherPowers = new Float32Array([1e8, 1e4, 1e8]);
    const muted = muteBleed(own, ownPowers, otherPowers, 12);
    expect(muted[0]).toBe(0);
    expect(muted[FRAME_SAMPLES + 80]).toBe(100);
    expect(muted[3 * FRAME_SAMPLES - 1]).toBe(0);
  });
});

describe('channel layout', () => {
  const speech = voice(150, 4, 0.8);
  const other = voice(210, 4, 0.9, seeded(99));
  const decide = (left: Int16Array, right: Int16Array) => {
    const detector = new ChannelLayoutDetector();
    detector.observe(left, right, framePowers(left), framePowers(right));
    return { layout: detector.decide(), confident: detector.isConfident };
  };

  it('treats identical or nearly identical channels as mono', () => {
    expect(decide(speech, speech)).toEqual({ layout: 'mono', confident: true });
    expect(decide(speech, Int16Array.from(speech, (s) => Math.round(s * 0.8))).layout).toBe('mono');
  });

  it('treats different signals, or one silent channel, as stereo', () => {
    expect(decide(speech, other).layout).toBe('stereo');
    expect(decide(speech, silence(4)).layout).toBe('stereo');
    expect(decide(silence(4), silence(4))).toEqual({ layout: 'mono', confident: false });
  });

  it('mixes two channels by averaging', () => {
    expect(Array.from(mixDown(Int16Array.from([100, -100, 32767]), Int16Array.from([300, -300, 32767])))).toEqual([200, -200, 32767]);
  });
});

describe('windowing', () => {
  it('cuts stereo PCM into windows within bounds, at the quiet moment, losing no sample', () => {
    const random = seeded(11);
    const total = 10 * RATE;
    const left = Int16Array.from({ length: total }, (_, i) => (i >= 3.2 * RATE && i < 3.6 * RATE ? 0 : Math.round((random() - 0.5) * 20000)));
    const right = Int16Array.from({ length: total }, (_, i) => (i >= 3.2 * RATE && i < 3.6 * RATE ? 0 : Math.round((random() - 0.5) * 20000)));
    const bytes = interleave([left, right]);
    const windower = new PcmWindower({ channelCount: 2, minSamples: 2 * RATE, maxSamples: 4 * RATE });
    const windows = [];
    for (let offset = 0; offset < bytes.length;) {
      const size = 1 + Math.floor(random() * 9999); // odd sizes split samples and frames
      windows.push(...windower.push(bytes.subarray(offset, offset + size)));
      offset += size;
    }
    windows.push(...windower.flush());
    expect(windows[0].channels[0].length / RATE).toBeGreaterThan(3.2);
    expect(windows[0].channels[0].length / RATE).toBeLessThan(3.6);
    let expectedStart = 0;
    for (const window of windows.slice(0, -1)) {
      expect(window.startSample).toBe(expectedStart);
      expect(window.channels[0].length).toBeGreaterThanOrEqual(2 * RATE);
      expect(window.channels[0].length).toBeLessThanOrEqual(4 * RATE);
      expect(window.channels[0].length % FRAME_SAMPLES).toBe(0);
      expectedStart += window.channels[0].length;
    }
    expect(windows.reduce((n, w) => n + w.channels[1].length, 0)).toBe(total);
    expect(Array.from(concat(windows.map((w) => w.channels[1])))).toEqual(Array.from(right));
  });
});

describe('WAV and containers', () => {
  it('round-trips 16-bit PCM channels', () => {
    const channels = [Int16Array.from([1, -2, 32767]), Int16Array.from([-32768, 5, 6])];
    const file = Buffer.concat([encodeWavHeader(3, 8000, 2), interleave(channels)]);
    expect(file.length).toBe(44 + 12);
    const parsed = parseWav(file);
    expect(parsed.sampleRate).toBe(8000);
    expect(parsed.channels.map((c) => Array.from(c))).toEqual(channels.map((c) => Array.from(c)));
  });

  it('spots ISO media files, which need a seekable input', () => {
    expect(needsSeekableInput(Buffer.from('\0\0\0\x20ftypM4A \0\0', 'latin1'))).toBe(true);
    expect(needsSeekableInput(Buffer.from('RIFF\0\0\0\0WAVE', 'latin1'))).toBe(false);
  });
});

describe('task pool', () => {
  it('runs at most `limit` tasks at a time and returns results in submission order', async () => {
    const controller = new AbortController();
    const pool = new TaskPool<number>(2, controller.signal, () => undefined);
    let running = 0;
    let peak = 0;
    for (let i = 0; i < 6; i++) {
      pool.submit(async () => {
        peak = Math.max(peak, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5 * (6 - i)));
        running--;
        return i;
      });
    }
    expect(await pool.drain()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('stops at the first failure and reports it', async () => {
    const controller = new AbortController();
    const pool = new TaskPool<number>(1, controller.signal, (error) => controller.abort(error));
    let started = 0;
    pool.submit(async () => {
      started++;
      throw new Error('engine crashed');
    });
    pool.submit(async () => ++started);
    await expect(pool.drain()).rejects.toThrow('engine crashed');
    await expect(pool.waitForRoom(1)).rejects.toThrow('engine crashed');
    expect(started).toBe(1);
    expect(controller.signal.aborted).toBe(true);
  });
});

describe('measuring', () => {
  it('normalises text and computes the word error rate', () => {
    expect(normalizeWords("Um, it's a 90s-themed pub—crawl!")).toEqual(["it's", 'a', '90s', 'themed', 'pub', 'crawl']);
    expect(wordErrorRate(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toBe(0.5);
    expect(wordErrorRate([], [])).toBe(0);
  });

  it('scores speaker attribution under the best mapping of hypothesis labels', () => {
    const reference = ['a', 'b', 'c', 'd'].map((w, i) => ({ word: w, speaker: i < 2 ? 'therapist' : 'client' }));
    const hypothesis = ['a', 'b', 'c', 'd'].map((w, i) => ({ word: w, speaker: i === 1 ? 'speaker_0' : i < 2 ? 'speaker_1' : 'speaker_0' }));
    expect(speakerAttribution(reference, hypothesis)).toBe(0.75);
    expect(speakerAttribution(reference, hypothesis, new Map([['speaker_0', 'therapist']]))).toBe(0.25);
  });

  it('makes transcript text speakable for Festival', () => {
    expect(speakableText('You’re still feeling the effects of-')).toBe('You’re still feeling the effects of');
    expect(speakableText('I know-- I wonder')).toBe('I know, I wonder');
    expect(speakableText('Mm-hmm. Um, I think so, uh, yes.')).toBe('I think so, yes.');
    expect(speakableText('Mm-hmm.')).toBe('.');
  });
});

describe('SpeechLeadIn', () => {
  const RATE = 16_000;
  /** `seconds` of a tone at `level` (0..1) then the same of silence, with frame powers. */
  const windowOf = (speechSec: number, silenceSec: number, level = 0.3) => {
    const samples = new Int16Array(Math.round((speechSec + silenceSec) * RATE));
    for (let i = 0; i < speechSec * RATE; i++) samples[i] = Math.round(Math.sin(i / 5) * level * 32767);
    return { samples, powers: framePowers(samples) };
  };

  it('leads the first window in with its own first speech, then a gap, and later windows with remembered speech', () => {
    const leadIn = new SpeechLeadIn(RATE);
    const first = windowOf(8, 2);
    const led = leadIn.leadIn(first.samples, first.powers);
    expect(led.length).toBe(5 * RATE + LEAD_IN_GAP_SEC * RATE);
    expect(Array.from(led.subarray(0, 100))).toEqual(Array.from(first.samples.subarray(0, 100)));
    expect(led.subarray(5 * RATE).every((s) => s === 0)).toBe(true);

    leadIn.remember(first.samples, first.powers);
    const second = windowOf(1, 9, 0.05);
    const next = leadIn.leadIn(second.samples, second.powers);
    expect(next.length).toBe(5 * RATE + LEAD_IN_GAP_SEC * RATE);
    expect(Array.from(next.subarray(0, 100))).toEqual(Array.from(first.samples.subarray(3 * RATE, 3 * RATE + 100)));
  });

  it('leads nothing in before a window without speech', () => {
    const silent = windowOf(0, 3);
    expect(new SpeechLeadIn(RATE).leadIn(silent.samples, silent.powers).length).toBe(0);
  });
});
