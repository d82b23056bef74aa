import { describe, expect, it } from 'vitest';
import { assignRoles, withSpeakerRole } from '../../src/transcripts/roles';
import type { Segment } from '../../src/transcripts/segment';

const seg = (speaker: string, start: number, text: string): Segment => ({ speaker, role: 'UNKNOWN', start, end: start + 5, text });

describe('assignRoles', () => {
  it('makes the speaker who opens and asks the questions the therapist', () => {
    const roles = assignRoles([
      seg('a', 0, 'Hi, thanks for coming in. How have things been since last week?'),
      seg('b', 5, 'Honestly pretty rough. Work has been a lot and I have not slept well.'),
      seg('a', 10, 'What do you think is keeping you up at night?'),
      seg('b', 15, 'Mostly going over things I said at work, replaying conversations.'),
    ]);
    expect(roles.map((s) => [s.speaker, s.role])).toEqual([['a', 'THERAPIST'], ['b', 'PATIENT'], ['a', 'THERAPIST'], ['b', 'PATIENT']]);
  });

  it('uses questions over who speaks first when the patient opens', () => {
    const roles = assignRoles([
      seg('p', 0, 'I wanted to talk about my sister today because it has been on my mind all week and I keep thinking about it.'),
      seg('t', 6, 'Of course. What happened with her? How did that leave you feeling?'),
      seg('p', 12, 'Angry mostly, and then guilty for being angry.'),
      seg('t', 18, 'Where do you notice the guilt?'),
    ]);
    expect(roles.find((s) => s.speaker === 't')!.role).toBe('THERAPIST');
    expect(roles.find((s) => s.speaker === 'p')!.role).toBe('PATIENT');
  });

  it('finds questions without punctuation (recognizer output)', () => {
    const roles = assignRoles([seg('x', 0, 'i have been feeling tired'), seg('y', 4, 'how long has that been going on'), seg('x', 8, 'a few weeks now i think')]);
    expect(roles.find((s) => s.speaker === 'y')!.role).toBe('THERAPIST');
  });

  it('hears the clinician in reflections about "you" when the patient opens and nobody asks (no punctuation)', () => {
    const roles = assignRoles([
      seg('p', 0, 'hi'),
      seg('t', 2, 'hi thanks for coming in'),
      seg('p', 4, 'so i filled in the worksheet and my top value is my health and i think my family comes next'),
      seg('t', 9, 'so your health matters a lot to you and you want to make room for it'),
      seg('p', 14, 'yeah i do yoga when i can and it keeps me calm'),
      seg('t', 19, 'it sounds like yoga gives you something you value'),
    ]);
    expect(roles.find((s) => s.speaker === 't')!.role).toBe('THERAPIST');
    expect(roles.find((s) => s.speaker === 'p')!.role).toBe('PATIENT');
  });

  it('leaves a third speaker UNKNOWN and handles an empty transcript', () => {
    const roles = assignRoles([seg('t', 0, 'How are you?'), seg('p', 3, 'Fine, mostly fine, a bit tired.'), seg('z', 6, 'Sorry to interrupt.')]);
    expect(roles.find((s) => s.speaker === 'z')!.role).toBe('UNKNOWN');
    expect(assignRoles([])).toEqual([]);
  });
});

describe('withSpeakerRole', () => {
  it('changes only the speaker named: the other speaker keeps their role (issue 19)', () => {
    const corrected = withSpeakerRole(
      [{ ...seg('channel_0', 0, 'x'), role: 'THERAPIST' }, { ...seg('channel_1', 1, 'y'), role: 'PATIENT' }, { ...seg('channel_0', 2, 'z'), role: 'THERAPIST' }],
      'channel_1',
      'THERAPIST',
    );
    expect(corrected.map((s) => [s.speaker, s.role])).toEqual([['channel_0', 'THERAPIST'], ['channel_1', 'THERAPIST'], ['channel_0', 'THERAPIST']]);
  });

  it('leaves a speaker with no role alone when another speaker is corrected', () => {
    const corrected = withSpeakerRole([{ ...seg('a', 0, 'x'), role: 'THERAPIST' }, seg('c', 1, 'z')], 'a', 'PATIENT');
    expect(corrected.map((s) => s.role)).toEqual(['PATIENT', seg('c', 1, 'z').role]);
  });
});
