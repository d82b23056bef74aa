import { AppError } from '../errors';
import type { Redis } from '../infra/redis';
import { type Logger, safeError } from '../logger';

/** The state of one client address after a failed attempt. */
export interface ThrottleVerdict {
  /** True once the address has failed more than the limit within the window. */
  limited: boolean;
  /** Seconds until the window ends (meaningful when limited). */
  retryAfterSeconds: number;
}

/**
 * Counts failed authentications (a missing or invalid key, a wrong enrollment code) per client
 * address in Redis, in fixed windows shared by every API replica. Only failures are counted and
 * consulted: a request with a valid key never reaches this class, so nobody's failures can lock
 * out a valid key's owner behind the same address.
 */
export class AuthThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly log: Logger,
  ) {}

  /** Counts one failure of `address` and says whether it is now over the limit. */
  async fail(address: string | undefined): Promise<ThrottleVerdict> {
    const key = this.keyOf(address);
    return this.guard(async () => {
      const result = await this.redis.multi().incr(key).expire(key, this.windowSeconds, 'NX').ttl(key).exec();
      return this.verdict(Number(result?.[0]?.[1] ?? 0), Number(result?.[2]?.[1] ?? this.windowSeconds));
    });
  }

  /** Whether `address` is over the limit right now, without counting anything. */
  async check(address: string | undefined): Promise<ThrottleVerdict> {
    const key = this.keyOf(address);
    return this.guard(async () => {
      const [[, count], [, ttl]] = (await this.redis.multi().get(key).ttl(key).exec()) as [[unknown, string | null], [unknown, number]];
      return this.verdict(Number(count ?? 0), ttl);
    });
  }

  /**
   * With Redis unreachable the throttle steps aside (the refusal itself still happens): an outage
   * of the counter must not turn every failed login into an internal error.
   */
  private async guard(work: () => Promise<ThrottleVerdict>): Promise<ThrottleVerdict> {
    try {
      return await work();
    } catch (error) {
      this.log.warn({ err: safeError(error) }, 'failed-authentication throttle unavailable');
      return { limited: false, retryAfterSeconds: this.windowSeconds };
    }
  }

  private verdict(count: number, ttl: number): ThrottleVerdict {
    return { limited: count > this.limit, retryAfterSeconds: Math.max(1, ttl > 0 ? ttl : this.windowSeconds) };
  }

  private keyOf(address: string | undefined): string {
    return `${this.prefix}:${address ?? 'unknown'}`;
  }
}

/** The RATE_LIMITED error of a throttled address. */
export function authRateLimited(retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', `Too many failed authentication attempts from this address; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
}
