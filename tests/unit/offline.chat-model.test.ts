import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfflineChatModel, OFFLINE_MODEL, rankCandidates, selectQuotes } from '../../src/offline/answerer/offline.chat-model';
import { namesAskedThing } from '../../src/offline/answerer/scoring';
import { semanticScores } from '../../src/offline/answerer/semantic';
import type { ChatRequest, ChatSource } from '../../src/providers/chat-model';

const SLEEP: ChatSource = {
  index: 1,
  sessionId: 'session-sleep',
  recordedAt: new Date('2026-03-03T15:00:00Z'),
  startSec: 65,
  endSec: 130,
  speakers: ['Therapist', 'Patient'],
  text: [
    'Therapist: How have you been sleeping since our last session?',
    'Patient: Honestly not great. I wake up around 3 a.m. and my mind starts racing about work.',
    'Therapist: That sounds exhausting. Last time we agreed you would try the breathing exercise before bed.',
    'Patient: I tried the breathing exercise twice. It helped a little on Tuesday.',
  ].join('\n'),
};

const WEDDING: ChatSource = {
  index: 2,
  sessionId: 'session-wedding',
  recordedAt: new Date('2026-02-17T10:00:00Z'),
  startSec: 300,
  endSec: 362,
  speakers: ['Therapist', 'Patient'],
  text: [
    "Therapist: You mentioned your sister's wedding is coming up in June.",
    "Patient: Yes, and I'm dreading the speech. My sister asked me to give a toast and I can't say no to her.",
    'Therapist: What would help you feel more prepared for the toast?',
    'Patient: Maybe practising it with my partner a few times.',
  ].join('\n'),
};

const GROUP: ChatSource = {
  index: 3,
  sessionId: 'session-group',
  recordedAt: new Date('2026-01-20T10:00:00Z'),
  startSec: 0,
  endSec: 40,
  speakers: ['Dr. Reyes', 'Patient'],
  text: 'Dr. Reyes: Journaling every evening can help you notice patterns in your panic attacks.\nPatient: I could keep the journal next to my bed.',
};

const model = new OfflineChatModel();
const ask = (question: string, extra: Partial<ChatRequest> = {}) =>
  model.answer({ question, history: [], sources: [SLEEP, WEDDING, GROUP], firstMessage: false, sessionDates: { 'session-sleep': '3 March 2026' }, ...extra });

/** Every `"…" [n]` in an answer: the quote and the source number it cites. */
function quotesOf(text: string): { quote: string; index: number }[] {
  return text
    .split('\n')
    .map((line) => /: "(.*)" \[(\d+)\]$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ quote: match[1], index: Number(match[2]) }));
}

/** The source's lines without their "Label: " prefix, as the verbatim rule defines them. */
function unlabelled(source: ChatSource): string[] {
  return source.text.split('\n').map((line) => line.slice(line.indexOf(': ') + 2));
}

function expectVerbatim(text: string, sources: readonly ChatSource[]): void {
  for (const { quote, index } of quotesOf(text)) {
    const source = sources.find((s) => s.index === index);
    expect(source, `cited [${index}] exists`).toBeDefined();
    expect(unlabelled(source!).some((line) => line.includes(quote)), `"${quote}" is verbatim in [${index}]`).toBe(true);
  }
}

describe('OfflineChatModel.answer', () => {
  it('quotes the matching sentence verbatim, framed by speaker and the display date', async () => {
    const answer = await ask('What did I say about the breathing exercise?');
    expect(answer.model).toBe(OFFLINE_MODEL);
    expect(answer.text).toMatch(/^In your session on 3 March 2026, (you|your therapist) said: "/);
    expect(answer.text).toMatch(/(you said|You replied): "I tried the breathing exercise twice\." \[1\]/);
    expectVerbatim(answer.text, [SLEEP, WEDDING, GROUP]);
  });

  it('calls the therapist "your therapist" and prefers their line when asked what they suggested', async () => {
    const answer = await ask('What did my therapist suggest doing before bed?');
    expect(answer.text).toMatch(/^In your session on 3 March 2026, your therapist said: "Last time we agreed you would try the breathing exercise before bed\." \[1\]/);
    expectVerbatim(answer.text, [SLEEP, WEDDING, GROUP]);
  });

  it('formats the recording date when the caller gives no display date', async () => {
    const answer = await ask('What did I say about the toast for my sister?');
    expect(answer.text).toContain('In your session on 17 February 2026, you said: "My sister asked me to give a toast and I can\'t say no to her." [2]');
  });

  it('keeps other speaker labels as they are', async () => {
    const answer = await ask('What did we say about journaling and my panic attacks?');
    expect(answer.text).toContain('Dr. Reyes said: "Journaling every evening can help you notice patterns in your panic attacks." [3]');
  });

  it('adds the reply when the matching sentence is a question', async () => {
    const answer = await ask('How have I been sleeping?');
    expect(answer.text).toContain('your therapist said: "How have you been sleeping since our last session?" [1]');
    expect(answer.text).toContain('You replied: "Honestly not great." [1]');
  });

  it('says it found nothing, with no citation, when the sources are about something else', async () => {
    const answer = await ask('What did we decide about my diet and cholesterol?');
    expect(answer.text).toMatch(/don't find that in your sessions/);
    expect(answer.text).toMatch(/therapist/);
    expect(answer.text).not.toMatch(/\[\d+\]/);
  });

  it('reads only the first maxSources sources', () => {
    const question = 'What did my sister ask me to do at the wedding?';
    const all = selectQuotes(question, [SLEEP, WEDDING], { minRelevance: 0.15, semanticWeight: 0, minSourceCoverage: 0 });
    expect(all.quotes[0].source).toBe(WEDDING);
    const read = rankCandidates(question, [SLEEP, WEDDING], { semanticWeight: 0, maxSources: 1 });
    expect(read.length).toBe(rankCandidates(question, [SLEEP], { semanticWeight: 0 }).length);
    expect(new Set(read.map((c) => c.source))).toEqual(new Set([SLEEP]));
  });

  it('says it found nothing when there are no sources', async () => {
    const answer = await ask('What did I say about the breathing exercise?', { sources: [] });
    expect(answer.text).toMatch(/don't find that in your sessions/);
    expect(answer.text).not.toMatch(/\[\d+\]/);
  });

  it('reminds the patient it is an AI assistant on the first message only', async () => {
    const first = await ask('What did I say about the breathing exercise?', { firstMessage: true });
    const [reminder, rest] = first.text.split('\n\n');
    expect(reminder).toMatch(/AI assistant/);
    expect(reminder).toMatch(/recorded sessions/);
    expect(reminder).not.toMatch(/\[\d+\]/);
    expect(rest).toContain('[1]');
    const later = await ask('What did I say about the breathing exercise?');
    expect(later.text).not.toMatch(/AI assistant/);
  });

  it('sends medication questions to the therapist or prescriber', async () => {
    const answer = await ask('Should I stop taking my medication?');
    expect(answer.text).toMatch(/can't give advice about medication/);
    expect(answer.text).toMatch(/therapist or prescriber/);
  });

  it('never quotes more than three sentences, and every quote is verbatim, for any question', async () => {
    const sources = [SLEEP, WEDDING, GROUP];
    const vocabulary = sources.flatMap((s) => s.text.split(/\s+/)).concat(['diet', 'cholesterol', 'it', 'what', 'about', '?', 'the']);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }), fc.boolean(), async (words, firstMessage) => {
        const answer = await model.answer({ question: words.join(' '), history: [], sources, firstMessage });
        const quotes = quotesOf(answer.text);
        expect(quotes.length).toBeLessThanOrEqual(3);
        expectVerbatim(answer.text, sources);
        if (quotes.length === 0) expect(answer.text).not.toMatch(/\[\d+\]/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('OfflineChatModel.rewriteQuery', () => {
  const history = [
    { role: 'user' as const, content: 'What did we say about my sleep problems?' },
    { role: 'assistant' as const, content: 'In your session on 3 March 2026, you said: "Honestly not great." [1]' },
  ];

  it('adds the previous question’s content words to a follow-up', async () => {
    const query = await model.rewriteQuery('And what about the second one?', history);
    expect(query.startsWith('And what about the second one?')).toBe(true);
    expect(query).toContain('sleep');
    expect(query).toContain('problems');
    expect(query).not.toContain('Honestly');
  });

  it('treats a short question as a follow-up', async () => {
    expect(await model.rewriteQuery('Any tips?', history)).toBe('Any tips? sleep problems');
  });

  it('leaves a standalone question unchanged', async () => {
    const question = 'What did my therapist suggest for the wedding speech in June?';
    expect(await model.rewriteQuery(question, history)).toBe(question);
  });

  it('returns the question when there is no earlier user turn', async () => {
    expect(await model.rewriteQuery('And that?', [])).toBe('And that?');
  });

  it('does not repeat words the follow-up already has', async () => {
    expect(await model.rewriteQuery('What about my sleep then?', history)).toBe('What about my sleep then? problems');
  });
});

describe('OfflineChatModel with an embedder (meaning, not only shared words)', () => {
  /** Texts about the foot or ankle share one direction; everything else another. */
  const embedder = {
    model: 'test-topics',
    dimensions: 2,
    embed: async (texts: string[]) => texts.map((t) => (/foot|ankle/i.test(t) ? [1, 0.1] : [0, 1])),
  };
  const INJURY: ChatSource = {
    index: 1,
    sessionId: 'session-injury',
    recordedAt: new Date('2026-03-03T15:00:00Z'),
    startSec: 0,
    endSec: 30,
    speakers: ['Therapist', 'Patient'],
    text: 'Therapist: What happened on Saturday?\nPatient: I twisted my ankle on the stairs.\nTherapist: That sounds painful.',
  };

  it('judges a line that asks something with its answer, and a statement without the line after it', async () => {
    const meaning = await semanticScores(embedder, 'How did I hurt my foot?', [INJURY]);
    expect(meaning(INJURY, 0)).toBeCloseTo(1, 6);
    const STATEMENT: ChatSource = { ...INJURY, text: 'Therapist: We talked on Saturday.\nPatient: I twisted my ankle on the stairs.' };
    const statement = await semanticScores(embedder, 'How did I hurt my foot?', [STATEMENT]);
    expect(statement(STATEMENT, 0)).toBeLessThan(0.2);
    expect(statement(STATEMENT, 1)).toBeCloseTo(1, 6);
  });

  it('quotes the utterance closest in meaning when the question shares no word with it', async () => {
    const model = new OfflineChatModel({ minRelevance: 0.45, semanticWeight: 1, minSourceCoverage: 0 }, embedder);
    const answer = await model.answer({ question: 'How did I hurt my foot?', history: [], sources: [INJURY], firstMessage: false });
    expect(answer.text).toContain('"I twisted my ankle on the stairs." [1]');
    expect(answer.evidence!.relevance).toBeGreaterThanOrEqual(0.45);
  });

  it('declines plainly, with no marker, when the best evidence is below the threshold', async () => {
    const model = new OfflineChatModel({ minRelevance: 0.45, semanticWeight: 1, minSourceCoverage: 0.2 }, embedder);
    const answer = await model.answer({ question: 'What did the dentist find in my mouth?', history: [], sources: [INJURY], firstMessage: false });
    expect(answer.text).toMatch(/^I don't find that in your sessions\./);
    expect(answer.text).not.toMatch(/\[\d+\]/);
  });

  it('with distinct utterances, quotes one sentence per utterance so each citation points at a different place', () => {
    const source: ChatSource = {
      ...INJURY,
      text: 'Patient: My ankle hurt all week. The ankle was swollen too. My ankle is stiff.\nTherapist: Did you rest the ankle?\nPatient: I iced the ankle every night.',
      utterances: [
        { id: 'u0', speaker: 'Patient', startSec: 0, endSec: 10, text: 'My ankle hurt all week. The ankle was swollen too. My ankle is stiff.' },
        { id: 'u1', speaker: 'Therapist', startSec: 10, endSec: 12, text: 'Did you rest the ankle?' },
        { id: 'u2', speaker: 'Patient', startSec: 40, endSec: 45, text: 'I iced the ankle every night.' },
      ],
    };
    const options = { minRelevance: 0, semanticWeight: 0, minSourceCoverage: 0 };
    const repeated = selectQuotes('What about my ankle?', [source], options).quotes.map((q) => q.lineIndex);
    expect(repeated).toEqual([0, 0, 0]);
    const distinct = selectQuotes('What about my ankle?', [source], { ...options, distinctUtterances: true, relativeScore: 0.4 }).quotes.map((q) => q.lineIndex);
    expect(new Set(distinct).size).toBe(distinct.length);
    expect(distinct).toContain(2);
  });
  it('with a least gap, a further quote of the same session lies that far from every earlier one (a reply to a quoted question excepted)', () => {
    const utterance = (id: number, speaker: string, startSec: number, text: string) => ({ id: `u${id}`, speaker, startSec, endSec: startSec + 5, text });
    const utterances = [
      utterance(0, 'Patient', 0, 'My ankle hurt after the fall on the ice.'),
      utterance(1, 'Patient', 6, 'The ankle swelled up that night.'),
      utterance(2, 'Patient', 12, 'I rested the ankle for a day.'),
      utterance(3, 'Therapist', 60, 'How is the ankle now?'),
      utterance(4, 'Patient', 66, 'Better, I walk without pain.'),
      utterance(5, 'Patient', 120, 'The physio gave me ankle exercises.'),
    ];
    const source: ChatSource = { ...INJURY, startSec: 0, endSec: 125, text: utterances.map((u) => `${u.speaker}: ${u.text}`).join('\n'), utterances };
    const options = { minRelevance: 0, semanticWeight: 0, minSourceCoverage: 0, distinctUtterances: true, relativeScore: 0 };
    const near = selectQuotes('What happened to my ankle?', [source], options).quotes.map((q) => q.lineIndex);
    expect(near.filter((i) => i <= 2).length).toBeGreaterThan(1);
    const apart = selectQuotes('What happened to my ankle?', [source], { ...options, minGapSec: 30 }).quotes;
    const starts = apart.map((q) => utterances[q.lineIndex].startSec);
    expect(apart.length).toBeGreaterThan(1);
    for (const [i, quote] of apart.entries()) {
      const isReply = i > 0 && apart[i - 1].lineIndex + 1 === quote.lineIndex && apart[i - 1].span.text.endsWith('?');
      if (!isReply) for (const earlier of starts.slice(0, i)) expect(Math.abs(starts[i] - earlier)).toBeGreaterThanOrEqual(30);
    }
  });
  it('in a one-minute recording the least gap shrinks to a share of what its sources span, so its two places are both quoted', () => {
    const utterances = [
      { id: 'u0', speaker: 'Patient', startSec: 0, endSec: 8, text: 'I keep waking up at three in the morning.' },
      { id: 'u1', speaker: 'Therapist', startSec: 28, endSec: 36, text: 'Let us try a breathing exercise called four seven eight.' },
      { id: 'u2', speaker: 'Patient', startSec: 37, endSec: 40, text: 'Okay, tonight before bed.' },
      { id: 'u3', speaker: 'Therapist', startSec: 53, endSec: 60, text: 'Keep the evening walk and the breathing exercise.' },
    ];
    const source: ChatSource = { ...INJURY, startSec: 0, endSec: 60, text: utterances.map((u) => `${u.speaker}: ${u.text}`).join('\n'), utterances };
    const options = { minRelevance: 0, semanticWeight: 0, minSourceCoverage: 0, distinctUtterances: true, relativeScore: 0.4, minGapSec: 30 };
    const question = 'What breathing exercise did we talk about?';
    expect(selectQuotes(question, [source], options).quotes.map((q) => q.lineIndex)).toHaveLength(1);
    const shrunk = selectQuotes(question, [source], { ...options, gapShare: 0.25 }).quotes.map((q) => q.lineIndex);
    expect(shrunk.sort()).toEqual([1, 3]);
    // A long session keeps the full gap: the same two lines 25 s apart inside a ten-minute span.
    const late = { id: 'u4', speaker: 'Patient', startSec: 600, endSec: 605, text: 'Work was fine this week.' };
    const long: ChatSource = { ...source, endSec: 605, text: `${source.text}\nPatient: ${late.text}`, utterances: [...utterances, late] };
    expect(selectQuotes(question, [long], { ...options, gapShare: 0.25 }).quotes.map((q) => q.lineIndex)).toHaveLength(1);
  });
  it('with a least gap, still quotes the first line of the speaker the question asks about next to another speaker\'s quote', () => {
    const utterances = [
      { id: 'u0', speaker: 'Therapist', startSec: 0, endSec: 8, text: 'Let us try a breathing exercise before bed.' },
      { id: 'u1', speaker: 'Patient', startSec: 8, endSec: 15, text: 'I like that breathing idea.' },
      { id: 'u2', speaker: 'Patient', startSec: 15, endSec: 20, text: 'Breathing slowly helps me at work.' },
    ];
    const source: ChatSource = { ...INJURY, startSec: 0, endSec: 20, text: utterances.map((u) => `${u.speaker}: ${u.text}`).join('\n'), utterances };
    const options = { minRelevance: 0, semanticWeight: 0, minSourceCoverage: 0, distinctUtterances: true, relativeScore: 0, minGapSec: 30 };
    const quotes = selectQuotes('What did I say about the breathing exercise?', [source], options).quotes;
    expect(quotes[0].speaker).toBe('Therapist');
    expect(quotes.filter((q) => q.speaker === 'Patient')).toHaveLength(1);
    expect(selectQuotes('What about the breathing exercise?', [source], options).quotes).toHaveLength(1);
  });
});

describe('the naming cue: a "what/which <noun>" question prefers the sentence that names the thing', () => {
  it('recognises the asked noun right before "called", "named" or "known as", and nothing else', () => {
    const exercise = namesAskedThing('What breathing exercise did my therapist suggest?')!;
    expect(exercise('Let us try a breathing exercise called four seven eight.')).toBe(true);
    expect(exercise('There is a technique known as box breathing, an exercise named after its four sides.')).toBe(true);
    expect(exercise('Keep the evening walk, add the breathing exercise, and next week tell me how you slept.')).toBe(false);
    // The noun inside another word does not count ("exercises called" does: the plural).
    expect(exercise('Some exercises called stretches help too.')).toBe(true);
    expect(exercise('My coexercise called me.')).toBe(false);
    // No noun asked for: no cue.
    expect(namesAskedThing('What did I say about my sleep?')).toBeUndefined();
  });

  it('quotes the introduction of the exercise before a later mention of it', () => {
    const utterances = [
      { id: 'u0', speaker: 'Therapist', startSec: 20, endSec: 30, text: 'Let us try a breathing exercise called four seven eight. You breathe in for four seconds.' },
      { id: 'u1', speaker: 'Patient', startSec: 30, endSec: 34, text: 'Okay. I can try that tonight before bed.' },
      { id: 'u2', speaker: 'Therapist', startSec: 50, endSec: 58, text: 'Keep the evening walk, add the breathing exercise, and next week tell me how you slept.' },
    ];
    const source: ChatSource = {
      index: 1, sessionId: 'session-demo', recordedAt: new Date('2026-03-03T15:00:00Z'), startSec: 20, endSec: 58,
      speakers: ['Therapist', 'Patient'], text: utterances.map((u) => `${u.speaker}: ${u.text}`).join('\n'), utterances,
    };
    const options = { minRelevance: 0, semanticWeight: 1, minSourceCoverage: 0, distinctUtterances: true, relativeScore: 0.4, minGapSec: 0 };
    // As the offline embedder judges them: the shorter later mention a little closer in meaning.
    const meaning = (_source: ChatSource, lineIndex: number) => (lineIndex === 2 ? 0.45 : lineIndex === 0 ? 0.35 : 0.1);
    const question = 'What breathing exercise did my therapist suggest?';
    expect(selectQuotes(question, [source], { ...options, namingWeight: 0.3 }, meaning).quotes[0].lineIndex).toBe(0);
    // Without the cue the later mention, which holds the same words, ranks first.
    expect(selectQuotes(question, [source], options, meaning).quotes[0].lineIndex).toBe(2);
  });
});
