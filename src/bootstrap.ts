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

/**
 * A signal arriving this soon after the first is the same stop delivered twice (a whole process group
 * signalled while a wrapper such as tsx relays the signal to its child), not a request to stop now.
 */
const DUPLICATE_SIGNAL_MS = 1_000;

/** Runs `stop` once on SIGTERM/SIGINT, then exits; a later second signal or a 25 s stall forces the exit. */
export function onShutdown(log: Logger, stop: () => Promise<void>): void {
  let stoppingSince: number | null = null;
  const handler = (signal: NodeJS.Signals) => {
    if (stoppingSince !== null) {
      if (Date.now() - stoppingSince < DUPLICATE_SIGNAL_MS) return;
      process.exit(1);
    }
    stoppingSince = Date.now();
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 25_000).unref();
    stop()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  // Kept for the whole stop (not once): with no listener left, a duplicate signal would end the
  // process at once, cutting off the clients the graceful stop is answering.
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
