import { describe, expect, it } from 'vitest';
import { bm25Document, bm25Rank, passagePostings, passageStems } from '../../src/retrieval/bm25';
import { chunkTranscript } from '../../src/retrieval/chunker';
import type { FoundChunk } from '../../src/retrieval/chunk.repository';
import { fuse, preferSessions, rankByBm25 } from '../../src/retrieval/retrieval.service';
import { passageSource, utterancesOfChunk } from '../../src/retrieval/utterances';
import type { Segment } from '../../src/transcripts/segment';

const chunk = (id: string, text: string): FoundChunk => ({ id, sessionId: 's', recordedAt: new Date(0), ordinal: 0, text, startSec: 0, endSec: 1, speakers: [], score: 0 });

describe('BM25 over a patient\'s chunks', () => {
  it('ranks the rarer shared term higher, ignores speaker labels, and leaves out chunks sharing nothing', () => {
    const chunks = [
      chunk('a', 'Therapist: How was work this week?\nPatient: Work was fine, work is work.'),
      chunk('b', 'Patient: My inhaler ran out at work.'),
      chunk('c', 'Therapist: Tell me about your garden.'),
    ];
    expect(rankByBm25('What did I say about my inhaler at work?', chunks).map((c) => c.id)).toEqual(['b', 'a']);
    expect(rankByBm25('therapist patient', chunks)).toEqual([]);
  });

  it('scores like Okapi BM25 (k1 1.2, b 0.75) on a hand-computed case', () => {
    const docs = [bm25Document('x', ['walk', 'dog']), bm25Document('y', ['cat'])];
    const [top] = bm25Rank(['dog'], docs);
    const idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
    expect(top.item).toBe('x');
    expect(top.score).toBeCloseTo((idf * 2.2) / (1 + 1.2 * (0.25 + (0.75 * 2) / 1.5)), 10);
  });

  it('indexes a passage as its stem counts and stem total, the same stems the in-process ranking counts', () => {
    const text = 'Therapist: How was work this week?\nPatient: Work was fine, work is work. Walking helps.';
    const { frequencies, length } = passagePostings(text);
    const stems = passageStems(text);
    expect(length).toBe(stems.length);
    expect([...frequencies.values()].reduce((a, b) => a + b, 0)).toBe(stems.length);
    expect(frequencies.get(passageStems('work')[0])).toBe(4);
    expect(frequencies.has('therapist')).toBe(false);
  });
});

describe('weighted reciprocal rank fusion', () => {
  it('lets the heavier ranking win a disagreement', () => {
    const [x, y] = [chunk('x', ''), chunk('y', '')];
    expect(fuse({ vector: [x, y], text: [y, x] }, { rrfK: 60, vectorWeight: 0.7, candidates: 20 }).map((c) => c.id)).toEqual(['x', 'y']);
    expect(fuse({ vector: [x, y], text: [y, x] }, { rrfK: 60, vectorWeight: 0.3, candidates: 20 }).map((c) => c.id)).toEqual(['y', 'x']);
  });
});

describe('preferSessions', () => {
  it('ranks a follow-up\'s previously cited sessions higher and keeps the rest in order', () => {
    const fused = fuse({ vector: [{ ...chunk('a', ''), sessionId: 's1' }, { ...chunk('b', ''), sessionId: 's2' }, { ...chunk('c', ''), sessionId: 's3' }], text: [] });
    expect(preferSessions(fused, ['s2']).map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(preferSessions(fused).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('utterancesOfChunk', () => {
  const segments: Segment[] = [
    { speaker: 'a', role: 'THERAPIST', start: 0, end: 4, text: 'How are you?' },
    { speaker: 'b', role: 'PATIENT', start: 4, end: 9, text: 'Tired.\nI slept badly.' },
    { speaker: 'a', role: 'THERAPIST', start: 9, end: 12, text: 'Let us try breathing.' },
    { speaker: 'c', role: 'UNKNOWN', start: 12, end: 13, text: 'Hello?' },
  ];

  it('gives every chunk line its own utterance: speaker, start, end and text', () => {
    const chunks = chunkTranscript(segments, { maxTokens: 20, overlapSegments: 1 });
    for (const c of chunks) {
      const utterances = utterancesOfChunk(c, segments);
      expect(utterances.length).toBeGreaterThan(0);
      for (const u of utterances) {
        const segment = segments[Number(u.id.slice(1))];
        expect([u.startSec, u.endSec, u.text]).toEqual([segment.start, segment.end, segment.text.replace(/\s+/g, ' ')]);
      }
      const source = passageSource({ sessionId: 's', recordedAt: new Date(0), utterances }, 1);
      expect([source.startSec, source.endSec]).toEqual([utterances[0].startSec, utterances[utterances.length - 1].endSec]);
    }
    const all = chunkTranscript(segments)[0];
    expect(utterancesOfChunk(all, segments).map((u) => u.speaker)).toEqual(['Therapist', 'Patient', 'Therapist', 'c']);
  });

  it('leaves out a line the transcript no longer holds instead of giving it the chunk\'s span', () => {
    const [c] = chunkTranscript(segments);
    const edited = segments.map((s, i) => (i === 2 ? { ...s, text: 'Something else.' } : s));
    expect(utterancesOfChunk(c, edited).map((u) => u.id)).toEqual(['u0', 'u1', 'u3']);
  });
});
