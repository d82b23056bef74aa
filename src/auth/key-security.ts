import { ApiKeyRepository } from '../apikeys/apikey.repository';
import type { Config } from '../config';
import type { Database } from '../db/prisma';
import type { Redis } from '../infra/redis';
import type { Logger } from '../logger';
import { AuthThrottle } from './auth-throttle';
import { Authenticator } from './authenticator';
import { KeySockets } from './key-sockets';
import { KeyUsageRecorder } from './key-usage';
import { PrincipalCache } from './principal-cache';
import { RevocationBus } from './revocation-bus';

/** The authentication machinery of an API process, built together because it shares one bus. */
export interface KeySecurity {
  bus: RevocationBus;
  cache: PrincipalCache;
  authenticator: Authenticator;
  throttle: AuthThrottle;
  sockets: KeySockets;
  usage: KeyUsageRecorder;
  /** Subscribes to the revocation bus (API processes; until then the cache is not used). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Builds the cache, revocation bus, socket registry, failure throttle and usage recorder. */
export function createKeySecurity(config: Config, db: Database, redis: Redis, log: Logger): KeySecurity {
  const bus = new RevocationBus(redis, config.redis.url, config.auth.revocationChannel, log);
  const cache = new PrincipalCache(config.auth.cacheMaxKeys, config.auth.cacheTtlMs);
  const keys = new ApiKeyRepository(db);
  const usage = new KeyUsageRecorder(keys, log, config.auth.touchIntervalMs);
  let started: Promise<void> | undefined;
  return {
    bus,
    cache,
    usage,
    authenticator: new Authenticator(keys, cache, bus, usage),
    throttle: new AuthThrottle(redis, config.auth.throttlePrefix, config.auth.failureLimit, config.auth.failureWindowSeconds, log),
    sockets: new KeySockets(bus),
    start: () => (started ??= bus.start()),
    async close() {
      await bus.close();
      await usage.close();
    },
  };
}
