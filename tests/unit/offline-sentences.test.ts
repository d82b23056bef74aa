import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../src/chat/sentences';
import { splitSentences } from '../../src/text/sentences';
import { stem } from '../../src/text/stemmer';

describe('sentence helpers', () => {
  it('splits into verbatim slices, keeping abbreviations and initials inside sentences', () => {
    const text = 'Dr. Smith said I wake up at 3 a.m. most days. Really? Yes!  Then "it stops."';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Dr. Smith said I wake up at 3 a.m. most days.', 'Really?', 'Yes!', 'Then "it stops."']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('cuts very long sentences at clause boundaries, still verbatim', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,9}$/), { minLength: 1, maxLength: 200 }), fc.array(fc.constantFrom(' ', ', ', '; ', '. ', ' - ')), (words, separators) => {
        const text = words.map((word, i) => word + (separators[i % Math.max(separators.length, 1)] ?? ' ')).join('');
        for (const span of splitSentences(text)) {
          expect(text.slice(span.start, span.end)).toBe(span.text);
          expect(span.text).toBe(span.text.trim());
        }
      }),
    );
  });

  it('reduces word families to one term and drops question words', () => {
    expect(stem('worried')).toBe(stem('worries'));
    expect(stem('changing')).toBe(stem('change'));
    expect(stem('drinks')).toBe(stem('drinking'));
    expect(contentTerms('What did my therapist say about the drinking?')).toEqual([stem('drinking')]);
  });
});
