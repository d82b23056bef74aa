import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../src/offline/embedder/offline.embedder';
import { stem } from '../../src/text/stemmer';
import { contentTokens, stripSpeakerLabels, tokenize } from '../../src/text/text';
import { decodeTable, encodeTable, quantiseTable } from '../../src/offline/embedder/word-vectors';

function cosine(a: number[], b: number[]): number {
  return a.reduce((sum, value, i) => sum + value * b[i], 0);
}

function norm(vector: number[]): number {
  return Math.sqrt(cosine(vector, vector));
}

describe('OfflineEmbedder', () => {
  let cacheDir: string;
  let embedder: OfflineEmbedder;

  beforeAll(async () => {
    // A private cache and a small vocabulary: exercises the build-from-package path in about a second.
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-embedder-'));
    embedder = new OfflineEmbedder({ cacheDir, vocabularySize: 30_000 });
    await embedder.warmUp();
  });

  afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  it('names its model by version and settings, and reports its dimensions', async () => {
    expect(new OfflineEmbedder({ cacheDir }).model).toBe('offline-sif100k-hash512-v1');
    expect(embedder.model).toMatch(/^offline-sif30k-hash512-v1-[0-9a-z]+$/);
    expect(new OfflineEmbedder({ cacheDir, wordVectorShare: 0.4 }).model).not.toBe(new OfflineEmbedder({ cacheDir }).model);
    const [vector] = await embedder.embed(['hello'], 'query');
    expect(embedder.dimensions).toBe(612);
    expect(vector).toHaveLength(612);
  });

  it('is deterministic, also across instances that read the cached table', async () => {
    const texts = ['I keep worrying about the exam next week.', 'We talked about my drinking at the weekend.'];
    const first = await embedder.embed(texts, 'document');
    expect(await embedder.embed(texts, 'document')).toEqual(first);
    expect(fs.existsSync(embedder.tableFile)).toBe(true);
    const reloaded = new OfflineEmbedder({ cacheDir, vocabularySize: 30_000 });
    expect(await reloaded.embed(texts, 'document')).toEqual(first);
  });

  it('returns unit vectors, even for empty, filler-only and non-English text', async () => {
    const texts = ['', '   ', 'Um, yeah. Okay.', 'What about it?', '我今天很紧张 😀', 'Café crème and naïveté'];
    for (const vector of await embedder.embed(texts, 'query')) {
      expect(vector.every(Number.isFinite)).toBe(true);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
  });

  it('places related texts closer together than unrelated ones', async () => {
    const [anxiety, nervous, cooking] = await embedder.embed(
      [
        'Patient: I get really anxious before tests and I cannot sleep the night before.',
        'Patient: Exams make me so nervous that I lie awake.',
        'Patient: We grilled vegetables and baked bread for the family dinner.',
      ],
      'document',
    );
    expect(cosine(anxiety, nervous)).toBeGreaterThan(cosine(anxiety, cooking) + 0.1);

    const [question] = await embedder.embed(['Why did I stop taking my medication?'], 'query');
    const [pills, holiday] = await embedder.embed(
      ['I quit the pills because the side effects scared me.', 'We spent the holiday at the beach with friends.'],
      'document',
    );
    expect(cosine(question, pills)).toBeGreaterThan(cosine(question, holiday));
  });

  it('ignores speaker labels in documents but not in queries', async () => {
    const [labelled, bare] = await embedder.embed(['Therapist: How was the week?\nPatient: Hard.', 'How was the week?\nHard.'], 'document');
    expect(labelled).toEqual(bare);
    const [query] = await embedder.embed(['Therapist: How was the week?\nPatient: Hard.'], 'query');
    expect(query).not.toEqual(labelled);
  });

  it('rebuilds a corrupt cache file instead of failing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-embedder-corrupt-'));
    try {
      const broken = new OfflineEmbedder({ cacheDir: dir, vocabularySize: 2_000 });
      fs.writeFileSync(broken.tableFile, 'not a table');
      const [vector] = await broken.embed(['still works'], 'query');
      expect(norm(vector)).toBeCloseTo(1, 5);
      expect(fs.statSync(broken.tableFile).size).toBeGreaterThan(2_000 * 100);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('word-vector table', () => {
  it('round-trips through the compact format with small quantisation error', () => {
    const vectors = [Float32Array.from([0.5, -1.25, 0.01]), Float32Array.from([3, 0, -2.5])];
    const table = decodeTable(encodeTable(quantiseTable(['café', "don't"], vectors, 3)));
    expect([...table.ranks]).toEqual([['café', 0], ["don't", 1]]);
    vectors.forEach((vector, row) => {
      vector.forEach((value, d) => {
        expect(Math.abs(table.values[row * 3 + d] * table.scales[row] - value)).toBeLessThan(0.02);
      });
    });
    expect(() => decodeTable(Buffer.from('TRAGWV01 short'))).toThrow();
  });
});

describe('text helpers', () => {
  it('stems like Porter', () => {
    const expected: Record<string, string> = {
      caresses: 'caress', ponies: 'poni', agreed: 'agre', hopping: 'hop', relational: 'relat',
      generalizations: 'gener', drinking: 'drink', drinks: 'drink', adjustable: 'adjust', running: 'run',
    };
    for (const [word, stemmed] of Object.entries(expected)) expect(stem(word)).toBe(stemmed);
    expect(stem('我们')).toBe('我们');
  });

  it('tokenizes contractions, curly quotes and unicode words', () => {
    expect(tokenize("I don't know, she’s fine; can't, won't. Café 东京")).toEqual([
      'i', 'do', 'not', 'know', 'she', 'fine', 'can', 'not', 'will', 'not', 'café', '东京',
    ]);
    expect(contentTokens('Um, yeah, I was really anxious about the exam.')).toEqual(['really', 'anxious', 'exam']);
  });

  it('strips only speaker labels at line starts', () => {
    expect(stripSpeakerLabels('Therapist: Hi: there\nSpeaker 2: Yes.')).toBe('Hi: there\nYes.');
  });
});
