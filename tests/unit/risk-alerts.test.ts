import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_SECRET_KEY, generateWebhookSecret, SecretBox, signWebhook, verifyWebhook } from '../../src/alerts/webhook-signing';
import { AppError } from '../../src/errors';
import { boundedExcerpt, buildConcernFallback, concernReason } from '../../src/chat/risk-replies';
import type { CrisisAssessment } from '../../src/chat/crisis';
import { mergeVerdicts, screenInWindows, WINDOW_CHARS, windowsOf } from '../../src/chat/screen-windows';

describe('webhook signatures', () => {
  const secret = generateWebhookSecret();
  const body = '{"alertId":"a","level":"CRISIS"}';
  const now = 1_780_000_000;

  it('a receiver verifies what was signed, and nothing else', () => {
    const header = signWebhook(secret, body, now);
    expect(header).toMatch(/^t=1780000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook(secret, body, header, { now })).toBe(true);
    expect(verifyWebhook(secret, body.replace('CRISIS', 'CONCERN'), header, { now })).toBe(false);
    expect(verifyWebhook(generateWebhookSecret(), body, header, { now })).toBe(false);
    expect(verifyWebhook(secret, body, header.replace('t=1780000000', 't=1780000001'), { now })).toBe(false);
    expect(verifyWebhook(secret, body, 'garbage', { now })).toBe(false);
  });

  it('refuses replays older than the tolerance', () => {
    const header = signWebhook(secret, body, now - 301);
    expect(verifyWebhook(secret, body, header, { now })).toBe(false);
    expect(verifyWebhook(secret, body, header, { now, toleranceSec: 600 })).toBe(true);
  });

  it('secrets are sealed with AES-256-GCM: round trip, a new IV each time, tampering and another key refused', () => {
    const box = new SecretBox(DEVELOPMENT_SECRET_KEY);
    const sealed = box.seal(secret);
    expect(Buffer.from(sealed).toString('latin1')).not.toContain(secret);
    expect(box.open(sealed)).toBe(secret);
    expect(Buffer.from(box.seal(secret)).equals(Buffer.from(sealed))).toBe(false);
    const tampered = new Uint8Array(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => box.open(tampered)).toThrow();
    expect(() => new SecretBox(Buffer.alloc(32, 7).toString('base64')).open(sealed)).toThrow();
    expect(() => new SecretBox('c2hvcnQ=')).toThrow(/32 bytes/);
  });
});

describe('risk replies', () => {
  it('an over-long message keeps its start and end within the limit', () => {
    const message = `${'a'.repeat(5000)} I want to end it tonight`;
    const excerpt = boundedExcerpt(message, 4000);
    expect(excerpt.length).toBeLessThanOrEqual(4000);
    expect(excerpt.startsWith('a'.repeat(900))).toBe(true);
    expect(excerpt.endsWith('I want to end it tonight')).toBe(true);
    expect(boundedExcerpt('short', 4000)).toBe('short');
  });

  it('says why the normal answer could not be given, with the resources', () => {
    expect(concernReason(AppError.consentRequired('AI_ANALYSIS'), 4000)).toMatch(/consent/);
    expect(concernReason(AppError.rateLimited(3000), 4000)).toMatch(/about 50 minutes/);
    expect(concernReason('TOO_LONG', 4000)).toMatch(/longer than 4000/);
    expect(concernReason(new Error('boom'), 4000)).toMatch(/temporarily unavailable/);
    const text = buildConcernFallback('x', [{ name: '988 Lifeline', contact: 'call or text 988' }]);
    expect(text).toContain('• 988 Lifeline: call or text 988');
    expect(text).toMatch(/therapist will see this message/);
  });

  it("says it in the message's language where the screen reads it, English otherwise", () => {
    expect(concernReason(AppError.rateLimited(60), 4000, 'de')).toBe('Sie haben das Nachrichtenlimit vorerst erreicht (in etwa 1 Minute können Sie wieder fragen)');
    expect(concernReason('TOO_LONG', 4000, 'fr')).toMatch(/dépasse 4000 caractères/);
    expect(concernReason(AppError.consentRequired('AI_ANALYSIS'), 4000, 'pt')).toMatch(/consentimento de análise por IA/);
    expect(concernReason(new Error('boom'), 4000, 'it')).toBe("l'assistente non è disponibile al momento");
    const italian = buildConcernFallback('motivo', [{ name: 'Telefono Amico Italia', contact: 'chiama lo 02 2327 2327' }], 'it');
    expect(italian.split('\n')).toEqual([
      'Adesso non posso rispondere: motivo.',
      '',
      'Sembra che questo possa essere un momento difficile. Se vuoi parlare con qualcuno adesso, questi servizi ci sono per te:',
      '• Telefono Amico Italia: chiama lo 02 2327 2327',
      '',
      'Chi ti segue in terapia vedrà questo messaggio, così potrà contattarti.',
    ]);
    // A language the fallback has no words for (the eighteen core-phrase languages): English words.
    expect(buildConcernFallback('x', [], 'ko')).toBe(buildConcernFallback('x', []));
  });
});

describe('screening long messages in windows', () => {
  const sentence = 'Work has been a lot lately and I keep going over the same things in my head. ';
  const verdict = (level: CrisisAssessment['level'], language: CrisisAssessment['language'], categories: CrisisAssessment['categories'] = []): CrisisAssessment => ({ level, language, isCrisis: level === 'CRISIS', categories, concernForOthers: false });

  it('covers every word of a message with overlapping windows cut at spaces', () => {
    const message = sentence.repeat(100);
    const windows = windowsOf(message);
    expect(windows.length).toBeGreaterThan(3);
    for (const w of windows) expect(w.length).toBeLessThanOrEqual(WINDOW_CHARS + 100);
    const words = message.trim().split(' ');
    expect(words.every((word) => windows.some((w) => w.includes(word)))).toBe(true);
    expect(windows.at(-1)!.endsWith('head. ')).toBe(true);
  });

  it('past the window budget screens the start and the end', () => {
    const message = `I want to die tonight. ${sentence.repeat(20_000)}I took all my pills`;
    const windows = windowsOf(message);
    expect(windows).toHaveLength(32);
    expect(windows[0].startsWith('I want to die tonight.')).toBe(true);
    expect(windows.at(-1)!.endsWith('I took all my pills')).toBe(true);
  });

  it('the most urgent window wins; short messages are screened whole', async () => {
    const seen: string[] = [];
    const screen = async (text: string) => (seen.push(text), text.includes('CRISIS-HERE') ? verdict('CRISIS', 'es', ['SUICIDE']) : verdict('CONCERN', 'en'));
    expect((await screenInWindows(screen, 'short message')).level).toBe('CONCERN');
    expect(seen).toEqual(['short message']);
    const merged = await screenInWindows(screen, `${sentence.repeat(100)} CRISIS-HERE`);
    expect(merged).toMatchObject({ level: 'CRISIS', language: 'es', categories: ['SUICIDE'] });
    expect(mergeVerdicts([verdict('NONE', 'en'), { ...verdict('NONE', 'en'), concernForOthers: true }]).concernForOthers).toBe(true);
  });
});
