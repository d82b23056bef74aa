import pino, { type Logger, type DestinationStream } from 'pino';

/**
 * Keys whose values must never reach a log: secrets, contact details and PHI text.
 * Redaction is the safety net; code should not pass such values to the logger at all.
 */
const SENSITIVE_KEYS = [
  'apiKey', 'secret', 'password', 'authorization', 'x-api-key', 'cookie', 'email',
  'text', 'content', 'message_text', 'transcript', 'segments', 'quote', 'query', 'variables',
  'connectionParams',
];
const REDACT_PATHS = [
  ...SENSITIVE_KEYS.map((k) => `["${k}"]`),
  ...SENSITIVE_KEYS.map((k) => `*["${k}"]`),
  'req.headers["x-api-key"]',
  'req.headers.authorization',
];

export type { Logger };

/** Builds the JSON logger; tests pass a destination to capture lines. */
export function createLogger(options: { level: string; name: string }, destination?: DestinationStream): Logger {
  return pino(
    {
      name: options.name,
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** A loggable summary of an error with no message text: messages of driver errors can echo data. */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const frames = (error.stack ?? '').split('\n').slice(1, 8).map((l) => l.trim());
  const code = (error as { code?: unknown }).code;
  return { errorName: error.name, ...(typeof code === 'string' ? { errorCode: code } : {}), stack: frames };
}
