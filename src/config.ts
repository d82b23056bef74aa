import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_WORK_DIR } from './infra/work-folder';

/** Turns "" into undefined so an empty variable in .env means "not set". */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const url = (protocols: string[]) =>
  z.string().url().refine((v) => protocols.some((p) => v.startsWith(`${p}:`)), {
    message: `must be a ${protocols.join(' or ')} URL`,
  });

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every environment variable the service reads, with its default. `.env.example` lists them all. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: url(['postgres', 'postgresql']).default('postgresql://postgres@127.0.0.1:5432/therapyrag'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().min(1).default('therapyrag')),
  JOB_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  QUEUE_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(60_000),
  QUEUE_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).default(15_000),
  STUCK_SESSION_MINUTES: z.coerce.number().int().min(1).default(30),
  S3_ENDPOINT: url(['http', 'https']).default('http://127.0.0.1:4568'),
  S3_ACCESS_KEY: z.string().min(1).default('S3RVER'),
  S3_SECRET_KEY: z.string().min(1).default('S3RVER'),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name').default('therapyrag-audio'),
  S3_REGION: z.string().min(1).default('us-east-1'),
  DEEPGRAM_API_KEY: optional(z.string()),
  DEEPGRAM_BASE_URL: optional(url(['http', 'https'])),
  DEEPGRAM_MODEL: z.string().min(1).default('nova-3-medical'),
  WHISPER_MODEL: optional(z.string().min(1)),
  OPENAI_API_KEY: optional(z.string()),
  OPENAI_BASE_URL: optional(url(['http', 'https'])),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
  ANTHROPIC_API_KEY: optional(z.string()),
  ANTHROPIC_BASE_URL: optional(url(['http', 'https'])),
  ANTHROPIC_MODEL: z.string().min(1).default('claude-sonnet-4-20250514'),
  EMBEDDINGS_CACHE_DIR: z.string().min(1).default('.run/embeddings'),
  TRANSCRIBE_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  EMBED_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(524_288_000),
  CHAT_RATE_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(20),
  // Per-patient in-process retrieval index (README "Configuration"): MiB over all patients, 0 turns it off.
  RETRIEVAL_INDEX_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(256),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: optional(boolean),
  SANDBOX: optional(boolean),
  EXPLORER: optional(z.enum(['graphiql', 'apollo-sandbox', 'off'])),
  EXPLORER_TELEMETRY: optional(boolean),
  API_KEY_TOUCH_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
  // --- Authentication and key security (README "Security")
  AUTH_CACHE_MAX_KEYS: z.coerce.number().int().min(0).default(10_000),
  AUTH_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(300),
  AUTH_REVOCATION_CHANNEL: z.string().min(1).default('therapyrag:auth:revocations'),
  AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).default(20),
  AUTH_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  AUTH_THROTTLE_PREFIX: z.string().min(1).default('therapyrag:auth-failures'),
  GRAPHQL_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(256).default(65_536),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(50).default(5_000),
  UNAUTHENTICATED_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(256).default(16_384),
  ENROLLMENT_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 24 * 3600).default(72 * 3600),
  // Data handling: where workers keep decoded audio while transcribing, and how long leftovers may live.
  WORK_DIR: optional(z.string().min(1)),
  WORK_MAX_AGE_MINUTES: z.coerce.number().int().min(1).default(360),
  INCOMPLETE_UPLOAD_MAX_AGE_MINUTES: z.coerce.number().int().min(1).default(120),
  // Risk alerts (issue 16): escalation delay when the organization sets none, webhook delivery, secret encryption.
  RISK_ALERT_ESCALATION_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  RISK_ALERT_WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  RISK_ALERT_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).default(5_000),
  RISK_ALERT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  RISK_ALERT_SECRET_KEY: optional(z.string().regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, 'must be 32 bytes as 64 hex characters or base64')),
});

/** The validated, typed configuration; built once at start-up, frozen. */
export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof EnvSchema>) {
  return {
    env: env.NODE_ENV,
    http: { port: env.PORT, host: env.HOST, trustProxy: env.TRUST_PROXY ?? false, sandbox: env.SANDBOX ?? env.NODE_ENV !== 'production' },
    explorer: explorerOf(env),
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE },
    redis: { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX },
    queues: { attempts: env.JOB_ATTEMPTS, lockDurationMs: env.QUEUE_LOCK_DURATION_MS, stalledIntervalMs: env.QUEUE_STALLED_INTERVAL_MS, stuckAfterMs: env.STUCK_SESSION_MINUTES * 60_000 },
    s3: { endpoint: env.S3_ENDPOINT, accessKey: env.S3_ACCESS_KEY, secretKey: env.S3_SECRET_KEY, bucket: env.S3_BUCKET, region: env.S3_REGION },
    deepgram: { apiKey: env.DEEPGRAM_API_KEY, baseUrl: env.DEEPGRAM_BASE_URL, model: env.DEEPGRAM_MODEL },
    openai: { apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL, embeddingModel: env.OPENAI_EMBEDDING_MODEL },
    offline: { embeddingsCacheDir: env.EMBEDDINGS_CACHE_DIR, whisperModel: env.WHISPER_MODEL },
    workers: { transcribeConcurrency: env.TRANSCRIBE_CONCURRENCY, embedConcurrency: env.EMBED_CONCURRENCY },
    anthropic: { apiKey: env.ANTHROPIC_API_KEY, baseUrl: env.ANTHROPIC_BASE_URL, model: env.ANTHROPIC_MODEL },
    uploads: { maxBytes: env.MAX_UPLOAD_BYTES },
    chat: { rateLimitPerHour: env.CHAT_RATE_LIMIT_PER_HOUR },
    retrieval: { indexCacheBytes: env.RETRIEVAL_INDEX_CACHE_MB * 1024 * 1024 },
    auth: {
      touchIntervalMs: env.API_KEY_TOUCH_INTERVAL_SECONDS * 1000,
      cacheMaxKeys: env.AUTH_CACHE_MAX_KEYS,
      cacheTtlMs: env.AUTH_CACHE_TTL_SECONDS * 1000,
      revocationChannel: env.AUTH_REVOCATION_CHANNEL,
      failureLimit: env.AUTH_FAILURE_LIMIT,
      failureWindowSeconds: env.AUTH_FAILURE_WINDOW_SECONDS,
      throttlePrefix: env.AUTH_THROTTLE_PREFIX,
      maxDocumentBytes: env.GRAPHQL_MAX_DOCUMENT_BYTES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      unauthenticatedMaxDocumentBytes: env.UNAUTHENTICATED_MAX_DOCUMENT_BYTES,
      enrollmentTtlSeconds: env.ENROLLMENT_TTL_SECONDS,
    },
    log: { level: env.LOG_LEVEL },
    dataHandling: {
      workDir: path.resolve(env.WORK_DIR ?? DEFAULT_WORK_DIR),
      workMaxAgeMs: env.WORK_MAX_AGE_MINUTES * 60_000,
      incompleteUploadMaxAgeMs: env.INCOMPLETE_UPLOAD_MAX_AGE_MINUTES * 60_000,
    },
    riskAlerts: {
      escalationMs: env.RISK_ALERT_ESCALATION_SECONDS * 1000,
      webhookAttempts: env.RISK_ALERT_WEBHOOK_ATTEMPTS,
      webhookBackoffMs: env.RISK_ALERT_WEBHOOK_BACKOFF_MS,
      webhookTimeoutMs: env.RISK_ALERT_WEBHOOK_TIMEOUT_MS,
      secretKey: env.RISK_ALERT_SECRET_KEY,
    },
  };
}

/** Raised when the environment is invalid; its message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default) into a frozen Config, or throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const byVariable = new Map<string, string>();
    for (const issue of parsed.error.issues) if (!byVariable.has(String(issue.path[0]))) byVariable.set(String(issue.path[0]), issue.message);
    throw new ConfigError([...byVariable].map(([variable, message]) => ({ variable, message })));
  }
  return deepFreeze(toConfig(parsed.data));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Which explorer GET /graphql serves: the local GraphiQL unless asked otherwise, none when SANDBOX is off. */
function explorerOf(env: z.infer<typeof EnvSchema>) {
  const sandbox = env.SANDBOX ?? env.NODE_ENV !== 'production';
  return { kind: env.EXPLORER ?? (sandbox ? 'graphiql' : 'off'), telemetry: env.EXPLORER_TELEMETRY ?? false } as const;
}
