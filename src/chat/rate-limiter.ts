import { randomUUID } from 'node:crypto';
import { AppError } from '../errors';
import type { Redis } from '../infra/redis';
import { withTimeout as withDeadline } from '../infra/timeout';

// A rolling window on a sorted set, in one atomic script: trims expired entries, admits the
// message if under the limit, else says when the oldest entry expires. It uses Redis's clock, so
// every API replica agrees on the window.
const SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return {1, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, tonumber(oldest[2]) + window - now}
`;

const HOUR_MS = 3_600_000;
const REDIS_TIMEOUT_MS = 2_000;

/** A slot taken from the limit; give it back with `release` when the message is not answered. */
export interface RateSlot {
  key: string;
  member: string;
}

/**
 * The Redis key of a patient's window. Deliberately not under QUEUE_PREFIX: that names job queues,
 * and changing it (a new deployment, a renamed queue set) must not hand every patient a fresh limit.
 */
export function chatRateKey(patientId: string): string {
  return `therapyrag:chat-rate:${patientId}`;
}

/** Messages per patient per rolling hour, shared by every API replica through Redis. */
export class ChatRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limitPerHour: number,
    private readonly windowMs = HOUR_MS,
  ) {}

  /**
   * Takes a slot or throws RATE_LIMITED with the seconds until the oldest message leaves the
   * window; SERVICE_UNAVAILABLE when Redis is down or slow (never INTERNAL, never unlimited).
   */
  async acquire(patientId: string): Promise<RateSlot> {
    const key = chatRateKey(patientId);
    const member = randomUUID();
    const [admitted, retryMs] = (await withTimeout(this.redis.eval(SCRIPT, 1, key, this.windowMs, this.limitPerHour, member))) as [number, number];
    if (admitted === 1) return { key, member };
    throw AppError.rateLimited(Math.max(1, Math.ceil(retryMs / 1000)));
  }

  /** Returns a slot (the message failed before it was answered, so it should not count). */
  async release(slot: RateSlot): Promise<void> {
    await withTimeout(this.redis.zrem(slot.key, slot.member)).catch(() => undefined);
  }
}

const unavailable = () => new AppError('SERVICE_UNAVAILABLE', 'The assistant is temporarily unavailable; please try again shortly');

/** Redis that does not answer in time, or answers with a connection error, is a temporary outage. */
function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return withDeadline(promise, REDIS_TIMEOUT_MS, unavailable).catch((error: unknown) => {
    throw error instanceof AppError ? error : unavailable();
  });
}
