import 'reflect-metadata';
import 'dotenv/config';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';

/** Loads the config or exits naming each bad variable; then the process logger. */
export function bootstrap(name: string): { config: Config; log: Logger } {
  try {
    const config = loadConfig();
    return { config, log: createLogger({ level: config.log.level, name }) };
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Runs `stop` once on SIGTERM/SIGINT, then exits; a second signal or a 25 s stall forces the exit. */
export function onShutdown(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 25_000).unref();
    stop()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}
