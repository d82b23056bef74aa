import { describe, expect, it } from 'vitest';
import { allowedSources, canTransition, legalSources, SESSION_TRANSITIONS, type TransitionCase } from '../../src/sessions/session-transitions';

describe('session status transitions', () => {
  it('walks the pipeline forward one stage at a time', () => {
    expect(canTransition('UPLOADED', 'TRANSCRIBING')).toBe(true);
    expect(canTransition('TRANSCRIBING', 'TRANSCRIBED')).toBe(true);
    expect(canTransition('TRANSCRIBED', 'EMBEDDING')).toBe(true);
    expect(canTransition('EMBEDDING', 'READY')).toBe(true);
  });

  it('refuses skipping a stage or moving backwards without a retry', () => {
    expect(canTransition('UPLOADED', 'TRANSCRIBED')).toBe(false);
    expect(canTransition('UPLOADED', 'READY')).toBe(false);
    expect(canTransition('READY', 'TRANSCRIBING')).toBe(false);
    expect(canTransition('READY', 'UPLOADED')).toBe(false);
    expect(canTransition('FAILED', 'TRANSCRIBED')).toBe(false);
    expect(canTransition('FAILED', 'TRANSCRIBING')).toBe(false);
  });

  it('lets a crashed job resume its own stage and re-embeds a READY session', () => {
    expect(canTransition('TRANSCRIBING', 'TRANSCRIBING')).toBe(true);
    expect(canTransition('EMBEDDING', 'EMBEDDING')).toBe(true);
    expect(canTransition('READY', 'EMBEDDING', 'indexing.start')).toBe(true);
  });

  it('fails a job from any in-flight state but never a READY or FAILED session', () => {
    expect(legalSources('FAILED', 'job.failed').sort()).toEqual(['EMBEDDING', 'TRANSCRIBED', 'TRANSCRIBING', 'UPLOADED']);
    expect(canTransition('READY', 'FAILED', 'job.failed')).toBe(false);
    expect(canTransition('FAILED', 'FAILED')).toBe(false);
  });

  it('stops indexed sessions only when consent is revoked', () => {
    expect(canTransition('READY', 'FAILED', 'indexing.consent-revoked')).toBe(true);
    expect(canTransition('UPLOADED', 'FAILED', 'indexing.consent-revoked')).toBe(false);
    expect(legalSources('FAILED', 'transcription.consent-revoked')).toEqual(['UPLOADED', 'TRANSCRIBING']);
  });

  it('takes a retry only when the caller names it, from any stored status', () => {
    expect(() => legalSources('UPLOADED')).toThrow(/naming its case/);
    expect(canTransition('FAILED', 'UPLOADED')).toBe(false);
    for (const status of ['UPLOADED', 'TRANSCRIBING', 'TRANSCRIBED', 'EMBEDDING', 'READY', 'FAILED'] as const) {
      expect(canTransition(status, 'UPLOADED', 'retry.transcription')).toBe(true);
      expect(canTransition(status, 'TRANSCRIBED', 'retry.indexing')).toBe(true);
    }
  });

  it('never writes DELETED (deletion sets deletedAt)', () => {
    expect(() => legalSources('DELETED')).toThrow();
    expect(Object.values(SESSION_TRANSITIONS).some((t) => [t.to as string, ...t.from].includes('DELETED'))).toBe(false);
  });

  it('refuses a case that leads elsewhere and a from list wider than the table', () => {
    expect(() => legalSources('READY', 'indexing.start' as TransitionCase)).toThrow(/leads to EMBEDDING/);
    expect(() => allowedSources('READY', undefined, ['TRANSCRIBED'])).toThrow(/illegal session transition TRANSCRIBED → READY/);
    expect(allowedSources('EMBEDDING', undefined, ['TRANSCRIBED'])).toEqual(['TRANSCRIBED']);
  });
});
