import 'reflect-metadata';
import { ApiKeyService } from './apikeys/apikey.service';
import { AuditService } from './audit/audit.service';
import { Authenticator } from './auth/authenticator';
import type { Config } from './config';
import { Container } from './container';
import { createDatabase, type Database } from './db/prisma';
import { ConsentService } from './consent/consent.service';
import { ApiKeyResolver } from './graphql/resolvers/apikey.resolver';
import { ConsentResolver } from './graphql/resolvers/consent.resolver';
import { UserResolver } from './graphql/resolvers/user.resolver';
import { ObjectStore } from './infra/object-store';
import { createRedis, type Redis } from './infra/redis';
import type { Logger } from './logger';
import { describeProviders } from './providers';
import { closeQueues, createQueues, type Queues } from './queues/queues';
import { UserService } from './users/user.service';

/** Everything a process needs, built once from the config; `close()` releases it all. */
export interface App {
  config: Config;
  log: Logger;
  db: Database;
  redis: Redis;
  store: ObjectStore;
  queues: Queues;
  consent: ConsentService;
  authenticator: Authenticator;
  container: Container;
  providers: Record<string, string>;
  close(): Promise<void>;
}

/** Wires services and resolvers by hand: a dozen objects do not need a DI framework. */
export function createApp(config: Config, log: Logger): App {
  const db = createDatabase(config.database);
  const redis = createRedis(config.redis.url);
  const store = new ObjectStore(config.s3);
  const audit = new AuditService(db);
  const users = new UserService(db, audit);
  const keys = new ApiKeyService(db, audit);
  const queues = createQueues(config);
  const consent = new ConsentService(db, audit, queues, log);
  const container = new Container()
    .set(UserResolver, new UserResolver(users))
    .set(ApiKeyResolver, new ApiKeyResolver(keys))
    .set(ConsentResolver, new ConsentResolver(consent));
  return {
    config,
    log,
    db,
    redis,
    store,
    queues,
    consent,
    authenticator: new Authenticator(db, log, config.auth.touchIntervalMs),
    container,
    providers: describeProviders(config),
    async close() {
      await closeQueues(queues);
      await Promise.allSettled([db.$disconnect(), redis.quit()]);
    },
  };
}
