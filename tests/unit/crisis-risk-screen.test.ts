import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnthropicClient, createRiskScreen, parseVerdict, RISK_SYSTEM_PROMPT, type RiskScreenLog } from '../../src/chat/risk-screen';
import { loadConfig } from '../../src/config';
import { createRiskScreenFor } from '../../src/providers';
import { startFakeAnthropic, type FakeAnthropic } from '../support/fake-anthropic';

/** Collects log calls so a test can check that no message text reaches them. */
function recordingLog(): RiskScreenLog & { lines: Array<{ level: string; object: Record<string, unknown>; message: string }> } {
  const lines: Array<{ level: string; object: Record<string, unknown>; message: string }> = [];
  return {
    lines,
    info: (object, message) => void lines.push({ level: 'info', object, message }),
    warn: (object, message) => void lines.push({ level: 'warn', object, message }),
  };
}

const verdict = (level: string, category: string | null = 'SUICIDE', about = 'SELF') => JSON.stringify({ level, category, about });

// Passive and indirect: the rules answer NONE, a reader sees risk.
const SUBTLE = 'I already sorted out who looks after the cat next month, so nobody has to worry about me after that.';
const ORDINARY = 'What was the breathing exercise we talked about last week?';

describe('RiskScreen with Claude as a second opinion (local Anthropic-format server)', () => {
  let fake: FakeAnthropic;
  let log: ReturnType<typeof recordingLog>;
  const screen = (timeoutMs = 5000) =>
    createRiskScreen({ anthropic: createAnthropicClient({ apiKey: fake.apiKey, baseUrl: fake.url }), model: 'claude-test-model', timeoutMs, log });

  beforeEach(async () => {
    fake = await startFakeAnthropic();
    log = recordingLog();
  });

  afterEach(async () => {
    await fake.close();
  });

  it('raises NONE to CRISIS when the model sees a crisis, with a short JSON classification prompt', async () => {
    fake.enqueue({ text: verdict('CRISIS', 'SUICIDE') });
    const result = await screen().screen(SUBTLE);
    expect(result).toMatchObject({ level: 'CRISIS', isCrisis: true, categories: ['SUICIDE'], concernForOthers: false, language: 'en' });
    expect(fake.requests).toHaveLength(1);
    const body = fake.requests[0].body as { model: string; max_tokens: number; system: string; messages: Array<{ role: string; content: string }> };
    expect(body.model).toBe('claude-test-model');
    expect(body.max_tokens).toBeLessThanOrEqual(100);
    expect(body.system).toBe(RISK_SYSTEM_PROMPT);
    expect(body.system).toMatch(/JSON only/);
    expect(body.messages).toEqual([{ role: 'user', content: `<message>\n${SUBTLE}\n</message>` }]);
    expect(log.lines).toEqual([expect.objectContaining({ level: 'info', object: expect.objectContaining({ rulesLevel: 'NONE', modelLevel: 'CRISIS', level: 'CRISIS' }) })]);
  });

  it('raises NONE to CONCERN, and a crisis about someone else only to CONCERN with concernForOthers', async () => {
    fake.enqueue({ text: verdict('CONCERN', 'SUICIDE') }, { text: verdict('CRISIS', 'SELF_HARM', 'OTHER') });
    expect(await screen().screen(SUBTLE)).toMatchObject({ level: 'CONCERN', isCrisis: false, categories: ['SUICIDE'] });
    expect(await screen().screen(ORDINARY)).toMatchObject({ level: 'CONCERN', isCrisis: false, categories: ['SELF_HARM'], concernForOthers: true });
  });

  it('cannot lower the rules: a CONCERN stays CONCERN when the model says NONE', async () => {
    fake.enqueue({ text: verdict('NONE', null) });
    const result = await screen().screen('nothing will ever get better');
    expect(result).toMatchObject({ level: 'CONCERN', categories: ['SUICIDE'] });
    expect(fake.requests).toHaveLength(1);
  });

  it('does not ask the model when the rules already say CRISIS', async () => {
    const result = await screen().screen('I have the rope ready and I am doing it tonight');
    expect(result).toMatchObject({ level: 'CRISIS', isCrisis: true });
    expect(fake.requests).toHaveLength(0);
  });

  it('falls back to the rules when the model is slower than the timeout', async () => {
    fake.enqueue({ text: verdict('CRISIS'), delayMs: 3000 });
    const result = await screen(200).screen(SUBTLE);
    expect(result).toMatchObject({ level: 'NONE', isCrisis: false });
    expect(log.lines).toEqual([expect.objectContaining({ level: 'warn', object: expect.objectContaining({ failure: 'timeout', rulesLevel: 'NONE' }) })]);
  });

  it.each([
    ['a 500', { status: 500 }, 'http_500'],
    ['a 429', { status: 429 }, 'http_429'],
    ['a body that is not JSON', { status: 200, body: 'garbage' }, 'malformed'],
    ['prose instead of a verdict', { text: 'This message seems fine to me.' }, 'malformed'],
    ['an unknown level', { text: verdict('URGENT') }, 'malformed'],
    ['a dropped connection', { destroySocket: true }, 'connection'],
  ])('falls back to the rules on %s', async (_name, behaviour, failure) => {
    fake.enqueue(behaviour);
    expect(await screen().screen('nothing will ever get better')).toMatchObject({ level: 'CONCERN' });
    expect(log.lines).toEqual([expect.objectContaining({ level: 'warn', object: expect.objectContaining({ failure }) })]);
  });

  it('never logs the message or the reply', async () => {
    fake.enqueue({ text: verdict('CRISIS') }, { status: 500 }, { text: 'I will not answer that' });
    for (let round = 0; round < 3; round += 1) await screen().screen(SUBTLE);
    const logged = JSON.stringify(log.lines);
    expect(log.lines).toHaveLength(3);
    expect(logged).not.toContain('cat next month');
    expect(logged).not.toContain('will not answer');
  });

  it('sends the start and the end of a very long message', async () => {
    fake.enqueue({ text: verdict('NONE', null) });
    const long = `${'We talked about my week and my sleep. '.repeat(600)}and tonight I finally feel ready.`;
    await screen().screen(long);
    const content = (fake.requests[0].body as { messages: Array<{ content: string }> }).messages[0].content;
    expect(content.length).toBeLessThan(12_100);
    expect(content).toContain('tonight I finally feel ready.');
  });
});

describe('RiskScreen without a client', () => {
  it('answers with the rules alone', async () => {
    const log = recordingLog();
    const screen = createRiskScreen({ anthropic: null, model: 'unused', log });
    expect(screen.usesModel).toBe(false);
    expect(await screen.screen('quiero morirme')).toMatchObject({ level: 'CRISIS', language: 'es' });
    expect(await screen.screen(ORDINARY)).toMatchObject({ level: 'NONE' });
    expect(log.lines).toEqual([]);
  });
});

describe('parseVerdict', () => {
  it('reads the first JSON object, even inside prose or a code fence', () => {
    expect(parseVerdict('```json\n{"level":"CONCERN","category":"SELF_HARM","about":"SELF"}\n```')).toEqual({ level: 'CONCERN', category: 'SELF_HARM', about: 'SELF' });
    expect(parseVerdict('Verdict: {"level":"NONE","category":null}')).toEqual({ level: 'NONE', category: null, about: 'SELF' });
  });

  it('refuses anything else', () => {
    for (const text of ['', 'CRISIS', '{"level":"HIGH"}', '{level: CRISIS}']) expect(() => parseVerdict(text), text).toThrow();
  });
});

describe('createRiskScreenFor', () => {
  it('uses the model only when ANTHROPIC_API_KEY is set', () => {
    const log = recordingLog();
    expect(createRiskScreenFor(loadConfig({}), log).usesModel).toBe(false);
    expect(createRiskScreenFor(loadConfig({ ANTHROPIC_API_KEY: 'sk-ant-test' }), log).usesModel).toBe(true);
  });
});
