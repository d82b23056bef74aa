import 'reflect-metadata';
import { createApp } from './app';
import { bootstrap, onShutdown } from './bootstrap';
import { startServer } from './graphql/server';
import { safeError } from './logger';

/** The API process: `npm start`. */
async function main(): Promise<void> {
  const { config, log } = bootstrap('therapyrag-api');
  const app = createApp(config, log);
  await app.store.ensureBucket();
  const server = await startServer(app, config.http);
  // The stop handler before the line that says we listen: a supervisor that signals as soon as it
  // reads that line must reach the graceful stop, not the default SIGTERM disposition (an instant kill).
  onShutdown(log, async () => {
    await server.stop();
    await app.close();
  });
  log.info({ url: server.url, providers: app.providers, sandbox: config.http.sandbox }, 'API listening');
}

main().catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${JSON.stringify(safeError(error))}\n`);
  process.exit(1);
});
