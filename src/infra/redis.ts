import Redis, { type RedisOptions } from 'ioredis';

/** Opens an ioredis connection that reconnects forever with capped backoff. */
export function createRedis(url: string, overrides: RedisOptions = {}): Redis {
  return new Redis(url, {
    lazyConnect: false,
    maxRetriesPerRequest: 3,
    enableOfflineQueue: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    ...overrides,
  });
}
export type { Redis };
