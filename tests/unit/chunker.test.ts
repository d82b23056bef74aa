import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkTranscript, countTokens, speakerLabel, type Chunk } from '../../src/retrieval/chunker';
import type { Segment, SpeakerRole } from '../../src/transcripts/segment';

function segment(text: string, start: number, end: number, role: SpeakerRole = 'PATIENT', speaker = 'spk1'): Segment {
  return { speaker, role, start, end, text };
}

/** A dialogue of short turns, alternating therapist and patient, 10 s each. */
function dialogue(turns: number): Segment[] {
  return Array.from({ length: turns }, (_, i) =>
    segment(`Turn number ${i} talks about topic ${i}.`, i * 10, i * 10 + 10, i % 2 ? 'PATIENT' : 'THERAPIST', i % 2 ? 'p' : 't'),
  );
}

function lines(chunk: Chunk): string[] {
  return chunk.text.split('\n');
}

describe('chunkTranscript', () => {
  it('returns no chunks for an empty transcript or one with only blank utterances', () => {
    expect(chunkTranscript([])).toEqual([]);
    expect(chunkTranscript([segment('   ', 0, 1), segment('\n\t', 1, 2)])).toEqual([]);
  });

  it('labels lines by role, and by speaker name when the role is unknown', () => {
    const [chunk] = chunkTranscript([
      segment('How are you?', 0, 2, 'THERAPIST', 'spk0'),
      segment('  Fine, thanks.  ', 2, 4, 'PATIENT', 'spk1'),
      segment('Sorry to interrupt.', 4, 6, 'UNKNOWN', 'Speaker 2'),
      segment('Hello?', 6, 7, 'UNKNOWN', '  '),
    ]);
    expect(chunk.text).toBe(
      'Therapist: How are you?\nPatient: Fine, thanks.\nSpeaker 2: Sorry to interrupt.\nUnknown speaker: Hello?',
    );
    expect(chunk.speakers).toEqual(['spk0', 'spk1', 'Speaker 2', '  ']);
    expect(chunk.roles).toEqual(['THERAPIST', 'PATIENT', 'UNKNOWN']);
    expect(speakerLabel({ speaker: 'x', role: 'THERAPIST' })).toBe('Therapist');
  });

  it('keeps each utterance on one line', () => {
    const [chunk] = chunkTranscript([segment('I said:\r\n  first,\n\nthen second.', 0, 5), segment('Ok.', 5, 6)]);
    expect(chunk.text).toBe('Patient: I said: first, then second.\nPatient: Ok.');
  });

  it('counts a special-token string in a transcript as plain text instead of failing', () => {
    const chunks = chunkTranscript([segment('I typed <|endoftext|> into the chat.', 0, 4)]);
    expect(chunks.map((c) => c.text)).toEqual(['Patient: I typed <|endoftext|> into the chat.']);
    expect(chunks[0].tokenCount).toBe(countTokens(chunks[0].text));
    expect(chunks[0].tokenCount).toBeGreaterThan(8);
  });

  it('skips blank utterances without breaking the time range', () => {
    const chunks = chunkTranscript([segment('First.', 1, 2), segment(' ', 2, 3), segment('Last.', 3, 4.5)]);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ ordinal: 0, startSec: 1, endSec: 4.5, text: 'Patient: First.\nPatient: Last.' });
  });

  it('packs many tiny utterances into few chunks, each within the limit, in order', () => {
    const segments = dialogue(200);
    const chunks = chunkTranscript(segments, { maxTokens: 100, overlapSegments: 0 });
    const all = chunks.flatMap(lines);
    expect(all).toHaveLength(200);
    expect(all[0]).toBe('Therapist: Turn number 0 talks about topic 0.');
    expect(all[199]).toBe('Patient: Turn number 199 talks about topic 199.');
    expect(chunks.length).toBeLessThan(30);
    for (const chunk of chunks) {
      expect(chunk.tokenCount).toBe(countTokens(chunk.text));
      expect(chunk.tokenCount).toBeLessThanOrEqual(100);
    }
    // Greedy packing: a chunk is only closed when the next utterance (~15 tokens) no longer fits.
    for (const chunk of chunks.slice(0, -1)) expect(chunk.tokenCount).toBeGreaterThan(100 - 15);
    expect(chunks.map((c) => c.ordinal)).toEqual(chunks.map((_, i) => i));
  });

  it('gives each chunk the start of its first and the end of its last utterance', () => {
    const chunks = chunkTranscript(dialogue(50), { maxTokens: 60, overlapSegments: 0 });
    for (const chunk of chunks) {
      const first = Number(/Turn number (\d+)/.exec(lines(chunk)[0])![1]);
      const last = Number(/Turn number (\d+)/.exec(lines(chunk).at(-1)!)![1]);
      expect(chunk.startSec).toBe(first * 10);
      expect(chunk.endSec).toBe(last * 10 + 10);
    }
  });

  it('repeats the last utterances of a chunk at the start of the next one', () => {
    const noOverlap = chunkTranscript(dialogue(60), { maxTokens: 80, overlapSegments: 0 });
    const oneOverlap = chunkTranscript(dialogue(60), { maxTokens: 80 });
    const twoOverlap = chunkTranscript(dialogue(60), { maxTokens: 80, overlapSegments: 2 });
    expect(noOverlap.flatMap(lines)).toHaveLength(60);
    for (let i = 1; i < oneOverlap.length; i += 1) {
      expect(lines(oneOverlap[i])[0]).toBe(lines(oneOverlap[i - 1]).at(-1));
      expect(oneOverlap[i].startSec).toBe(oneOverlap[i - 1].endSec - 10);
    }
    for (let i = 1; i < twoOverlap.length; i += 1) {
      expect(lines(twoOverlap[i]).slice(0, 2)).toEqual(lines(twoOverlap[i - 1]).slice(-2));
    }
    expect(new Set(oneOverlap.flatMap(lines)).size).toBe(60);
  });

  it('does not emit a final chunk made only of repeated utterances', () => {
    const chunks = chunkTranscript(dialogue(12), { maxTokens: 40, overlapSegments: 1 });
    const last = chunks.at(-1)!;
    expect(lines(last).at(-1)).toBe('Patient: Turn number 11 talks about topic 11.');
    expect(lines(chunks.at(-2)!).at(-1)).not.toBe(lines(last).at(-1));
  });

  it('splits one huge utterance at sentence boundaries, each piece within the limit', () => {
    const sentences = Array.from({ length: 80 }, (_, i) => `This is sentence ${i}, which says a little more.`);
    const chunks = chunkTranscript([segment(sentences.join(' '), 100, 500, 'PATIENT')], { maxTokens: 50, overlapSegments: 0 });
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      expect(chunk.tokenCount).toBeLessThanOrEqual(50);
      expect(chunk.text).toMatch(/^Patient: This is sentence \d+,.*more\.$/);
    }
    const rejoined = chunks.map((c) => c.text.replace(/^Patient: /, '')).join(' ');
    expect(rejoined).toBe(sentences.join(' '));
  });

  it('interpolates the time of each piece of a split utterance', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence ${i} is here.`).join(' ');
    const chunks = chunkTranscript([segment(text, 100, 500)], { maxTokens: 30, overlapSegments: 0 });
    expect(chunks[0].startSec).toBe(100);
    expect(chunks.at(-1)!.endSec).toBe(500);
    for (let i = 1; i < chunks.length; i += 1) {
      expect(chunks[i].startSec).toBe(chunks[i - 1].endSec);
      expect(chunks[i].startSec).toBeGreaterThan(chunks[i - 1].startSec);
    }
    // Pieces of similar length get similar shares of the 400 s.
    const durations = chunks.slice(0, -1).map((c) => c.endSec - c.startSec);
    expect(Math.max(...durations) / Math.min(...durations)).toBeLessThan(1.5);
  });

  it('falls back to word boundaries when a single sentence is too long', () => {
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`);
    const chunks = chunkTranscript([segment(words.join(' '), 0, 60, 'THERAPIST')], { maxTokens: 40, overlapSegments: 0 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(chunk.tokenCount).toBeLessThanOrEqual(40);
    expect(chunks.map((c) => c.text.replace(/^Therapist: /, '')).join(' ')).toBe(words.join(' '));
  });

  it('keeps emoji, accents and CJK intact, even when splitting text without spaces', () => {
    const mixed = 'Café crème, naïve résumé 😀👍🏽 ok.';
    const [small] = chunkTranscript([segment(mixed, 0, 5)]);
    expect(small.text).toBe(`Patient: ${mixed}`);

    const cjk = '我今天很紧张因为考试被推迟了'.repeat(30);
    const chunks = chunkTranscript([segment(cjk, 0, 90), segment('👨‍👩‍👧‍👦'.repeat(40), 90, 100)], {
      maxTokens: 40,
      overlapSegments: 0,
    });
    for (const chunk of chunks) {
      expect(chunk.tokenCount).toBeLessThanOrEqual(40);
      expect(chunk.text).not.toMatch(/\uFFFD/);
      expect(chunk.text).toMatch(/^Patient: /);
    }
    const body = chunks.map((c) => c.text.replace(/^Patient: /, ''));
    expect(body.join('')).toBe(cjk + '👨‍👩‍👧‍👦'.repeat(40));
    // No piece starts or ends inside a family emoji (a ZWJ sequence).
    for (const piece of body.filter((p) => p.includes('👨'))) expect(piece).toMatch(/^(👨‍👩‍👧‍👦)+$/u);
  });

  it('rejects limits that cannot hold a label and a few words', () => {
    expect(() => chunkTranscript(dialogue(2), { maxTokens: 5 })).toThrow(RangeError);
    expect(() => chunkTranscript(dialogue(2), { overlapSegments: -1 })).toThrow(RangeError);
    expect(() => chunkTranscript(dialogue(2), { maxTokens: 100.5 })).toThrow(RangeError);
  });

  it('keeps every utterance, in order, within the limit, for any transcript', () => {
    const text = fc.stringMatching(/^[A-Za-zé😀我 .,!?]{0,400}$/);
    const transcript = fc.array(fc.record({ text, role: fc.constantFrom<SpeakerRole>('THERAPIST', 'PATIENT') }), { maxLength: 30 });
    const settings = fc.record({ maxTokens: fc.integer({ min: 16, max: 300 }), overlapSegments: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(transcript, settings, (turns, options) => {
        const segments = turns.map((t, i) => segment(t.text, i, i + 1, t.role));
        const chunks = chunkTranscript(segments, options);
        const nonBlank = segments.filter((s) => s.text.trim());
        expect(chunks.length > 0).toBe(nonBlank.length > 0);
        for (const chunk of chunks) {
          expect(chunk.tokenCount).toBeLessThanOrEqual(options.maxTokens);
          expect(chunk.startSec).toBeLessThanOrEqual(chunk.endSec);
        }
        const squash = (s: string): string => s.replace(/\s+/g, '');
        const covered = squash(chunks.flatMap(lines).map((l) => l.replace(/^(Therapist|Patient): /, '')).join(''));
        for (const s of nonBlank) expect(covered).toContain(squash(s.text));
      }),
      { numRuns: 150 },
    );
  });
});
