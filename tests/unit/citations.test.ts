import { describe, expect, it } from 'vitest';
import { bestQuote, extractCitations } from '../../src/chat/citations';
import { claimsOf, findVerbatim } from '../../src/chat/claims';
import { OfflineChatModel } from '../../src/offline/answerer/offline.chat-model';
import type { ChatSource, SourceUtterance } from '../../src/providers/chat-model';
import { passageText } from '../../src/retrieval/utterances';

const utterance = (id: string, speaker: string, startSec: number, endSec: number, text: string): SourceUtterance => ({ id, speaker, startSec, endSec, text });

const source = (index: number, utterances: SourceUtterance[]): ChatSource => ({
  index,
  sessionId: `00000000-0000-4000-8000-00000000000${index}`,
  recordedAt: new Date('2026-03-03T10:00:00Z'),
  startSec: utterances[0].startSec,
  endSec: utterances[utterances.length - 1].endSec,
  speakers: [...new Set(utterances.map((u) => u.speaker))],
  text: passageText(utterances),
  utterances,
});

// The demo's passage: the patient's first line, then the therapist's breathing exercise.
const s1 = source(1, [
  utterance('u0', 'Patient', 0.67, 12.5, 'Not very well to be honest. I keep waking up at night.'),
  utterance('u1', 'Therapist', 12.5, 30.2, 'Let us try the 4-7-8 breathing exercise. Breathe in for four counts.'),
  utterance('u2', 'Patient', 30.2, 59.67, 'I can try that before bed.'),
]);
const s2 = source(2, [
  utterance('u7', 'Patient', 100, 110, 'My sister called on Sunday and we argued again.'),
  utterance('u8', 'Therapist', 110, 114, 'How did that leave you?'),
]);

describe('extractCitations', () => {
  it('cites the utterance holding the quote, with its own speaker and times (the offline format: `…." [1]`)', () => {
    const answer = 'In your session on 3 March 2026, your therapist said: "Let us try the 4-7-8 breathing exercise. Breathe in for four counts." [1]\nYou replied: "I can try that before bed." [1]';
    const { citations } = extractCitations(answer, [s1]);
    expect(citations).toEqual([
      expect.objectContaining({ index: 1, speaker: 'Therapist', startSec: 12.5, endSec: 30.2, quote: 'Let us try the 4-7-8 breathing exercise. Breathe in for four counts.' }),
      expect.objectContaining({ index: 1, speaker: 'Patient', startSec: 30.2, endSec: 59.67, quote: 'I can try that before bed.' }),
    ]);
  });

  it("handles Claude's forms: punctuation after the quote, several markers, markers before the quote, curly quotes", () => {
    const answer = 'Your therapist suggested you "breathe in for four counts", [1] and you said “we argued again” [2]. Later, [2] "How did that leave you?" was asked.';
    const { citations } = extractCitations(answer, [s1, s2]);
    expect(citations.map((c) => [c.index, c.speaker, c.startSec, c.quote])).toEqual([
      [1, 'Therapist', 12.5, 'Breathe in for four counts'],
      [2, 'Patient', 100, 'we argued again'],
      [2, 'Therapist', 110, 'How did that leave you?'],
    ]);
  });

  it('checks a quote against each marker of its sentence and keeps the source that holds it', () => {
    const { citations } = extractCitations('You said "my sister called on Sunday" [1][2].', [s1, s2]);
    expect(citations).toEqual([expect.objectContaining({ index: 2, speaker: 'Patient', startSec: 100, quote: 'My sister called on Sunday' })]);
  });

  it('drops a quote found in no cited utterance, and the marker left citing nothing', () => {
    const { text, citations } = extractCitations('Your therapist said "you should stop your medication" [1].', [s1]);
    expect(citations).toEqual([]);
    expect(text).toBe('Your therapist said "you should stop your medication".');
  });

  it('drops markers that point at no source, from the text and the citations', () => {
    const { text, citations } = extractCitations('You talked about breathing [1] and about your dog [7].', [s1]);
    expect(text).toBe('You talked about breathing [1] and about your dog.');
    expect(citations.map((c) => c.index)).toEqual([1]);
  });

  it('a paraphrase without quotes cites the utterance closest to its claim', () => {
    const { citations } = extractCitations('You argued with your sister on Sunday [2].', [s1, s2]);
    expect(citations).toEqual([expect.objectContaining({ speaker: 'Patient', startSec: 100, endSec: 110, quote: 'My sister called on Sunday and we argued again.' })]);
  });

  it('cites nothing when the answer has no markers', () => {
    expect(extractCitations("I don't find that in your sessions.", [s1]).citations).toEqual([]);
  });

  it("the offline answerer's own answers cite the utterance it quotes", async () => {
    const answer = await new OfflineChatModel().answer({ question: 'What breathing exercise did we talk about?', history: [], sources: [s1, s2], firstMessage: true });
    const { citations } = extractCitations(answer.text, [s1, s2]);
    expect(citations[0]).toMatchObject({ index: 1, speaker: 'Therapist', startSec: 12.5, endSec: 30.2 });
    for (const c of citations) expect([s1, s2][c.index - 1].utterances!.some((u) => u.speaker === c.speaker && u.startSec === c.startSec && u.text.includes(c.quote))).toBe(true);
  });
});

describe('claimsOf', () => {
  it('does not end a sentence at a full stop inside a quotation, and keeps the markers after it', () => {
    expect(claimsOf('You said: "I tried. It helped." [1] Your therapist said "good." [2]').map((c) => c.text)).toEqual(['You said: "I tried. It helped." [1]', 'Your therapist said "good." [2]']);
  });
});

describe('findVerbatim', () => {
  it('returns the transcript slice, ignoring case, spacing, curly marks and trailing punctuation', () => {
    expect(findVerbatim("I don’t  know, maybe.", "i don't know.")).toBe('I don’t  know');
    expect(findVerbatim('Breathe in for four counts.', 'Breathe in … four counts')).toBe('four counts');
    expect(findVerbatim('Breathe in.', 'breathe out')).toBeUndefined();
  });
});

describe('bestQuote', () => {
  it('is undefined when the claim shares nothing with the source', () => {
    expect(bestQuote(s2, 'Your dog likes walks [2].')).toBeUndefined();
  });
  it('works on a source without utterances (its lines, the passage span)', () => {
    const plain: ChatSource = { index: 3, sessionId: 's', recordedAt: new Date(0), startSec: 5, endSec: 9, speakers: ['Patient'], text: 'Patient: Café visits help me relax — every Sunday ☕.' };
    expect(bestQuote(plain, 'You relax at the café [3].')).toMatchObject({ quote: 'Café visits help me relax — every Sunday ☕.', utterance: { speaker: 'Patient', startSec: 5 } });
  });
});
