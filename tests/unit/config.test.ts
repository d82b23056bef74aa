import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('works with no variables at all, with the documented defaults', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(4000);
    expect(config.uploads.maxBytes).toBe(524_288_000);
    expect(config.chat.rateLimitPerHour).toBe(20);
    expect(config.deepgram.model).toBe('nova-3-medical');
    expect(config.anthropic.model).toBe('claude-sonnet-4-20250514');
    expect(Object.isFrozen(config.s3)).toBe(true);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ DATABASE_URL: 'not a url', PORT: 'eighty', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const variables = (error as ConfigError).issues.map((i) => i.variable).sort();
      expect(variables).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
      expect((error as Error).message).toContain('DATABASE_URL');
    }
  });

  it('refuses a database URL of another scheme', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root@localhost/x' })).toThrow(/DATABASE_URL/);
  });

  it('treats empty provider keys as not set, so offline providers are chosen', () => {
    const config = loadConfig({ OPENAI_API_KEY: '', DEEPGRAM_API_KEY: '  ' });
    expect(config.openai.apiKey).toBeUndefined();
    expect(config.deepgram.apiKey).toBeUndefined();
  });

  it('parses booleans strictly', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY/);
  });

  it('listens on loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).http.host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).http.host).toBe('0.0.0.0');
  });

  it('an unset or empty QUEUE_PREFIX means the default, so the CLI works without it', () => {
    expect(loadConfig({}).redis.queuePrefix).toBe('therapyrag');
    expect(loadConfig({ QUEUE_PREFIX: '' }).redis.queuePrefix).toBe('therapyrag');
  });

  it('data handling: a work folder under the system temp dir by default, ages in minutes', () => {
    const config = loadConfig({ WORK_DIR: '' });
    expect(config.dataHandling.workDir).toMatch(/therapyrag-work$/);
    expect(loadConfig({ WORK_DIR: '/var/lib/therapyrag/work' }).dataHandling.workDir).toBe('/var/lib/therapyrag/work');
    expect(loadConfig({ WORK_MAX_AGE_MINUTES: '30', INCOMPLETE_UPLOAD_MAX_AGE_MINUTES: '60' }).dataHandling).toMatchObject({ workMaxAgeMs: 1_800_000, incompleteUploadMaxAgeMs: 3_600_000 });
    expect(() => loadConfig({ WORK_MAX_AGE_MINUTES: '0' })).toThrow(/WORK_MAX_AGE_MINUTES/);
  });
});
