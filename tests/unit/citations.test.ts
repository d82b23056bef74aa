import { describe, expect, it } from 'vitest';
import { bestQuote, extractCitations } from '../../src/chat/citations';
import type { ChatSource } from '../../src/providers/chat-model';

const source = (index: number, text: string): ChatSource => ({
  index,
  sessionId: `00000000-0000-4000-8000-00000000000${index}`,
  recordedAt: new Date('2026-03-03T10:00:00Z'),
  startSec: 60 * index,
  endSec: 60 * index + 45,
  speakers: ['Therapist', 'Patient'],
  text,
});

const s1 = source(1, 'Therapist: Let us try the 4-7-8 breathing exercise. Breathe in for four counts.\nPatient: I can try that before bed.');
const s2 = source(2, 'Patient: My sister called on Sunday and we argued again.\nTherapist: How did that leave you?');

describe('extractCitations', () => {
  it('maps each marker to its source with a verbatim quote and the speaker of that line', () => {
    const { text, citations } = extractCitations('Your therapist suggested a breathing exercise before bed [1]. You also mentioned an argument with your sister [2].', [s1, s2]);
    expect(text).toContain('[1]');
    expect(citations.map((c) => c.index)).toEqual([1, 2]);
    expect(citations[0]).toMatchObject({ sessionId: s1.sessionId, startSec: 60, endSec: 105 });
    for (const c of citations) expect([s1, s2][c.index - 1].text).toContain(c.quote);
    expect(citations[1].speaker).toBe('Patient');
    expect(citations[1].quote).toBe('My sister called on Sunday and we argued again.');
  });

  it('drops markers that point at no source, from the text and the citations', () => {
    const { text, citations } = extractCitations('You talked about breathing [1] and about your dog [7].', [s1]);
    expect(text).toBe('You talked about breathing [1] and about your dog.');
    expect(citations.map((c) => c.index)).toEqual([1]);
  });

  it('cites nothing when the answer has no markers', () => {
    expect(extractCitations("I couldn't find that in your sessions.", [s1]).citations).toEqual([]);
  });

  it('cites a source once even when it is used twice', () => {
    expect(extractCitations('A [1]. B [1].', [s1]).citations).toHaveLength(1);
  });
});

describe('bestQuote', () => {
  it('prefers a span the answer quotes verbatim', () => {
    expect(bestQuote(s1, 'Your therapist said: "Breathe in for four counts." [1]')).toEqual({ speaker: 'Therapist', quote: 'Breathe in for four counts.' });
  });

  it('handles unicode and a source without labels', () => {
    const plain = source(3, 'Café visits help me relax — every Sunday ☕.');
    const { quote } = bestQuote(plain, 'You relax at the café [3].');
    expect(plain.text).toContain(quote);
  });
});
