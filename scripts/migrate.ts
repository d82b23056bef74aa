import 'dotenv/config';
import { loadConfig } from '../src/config';
import { migrate } from '../src/db/migrator';

/** `npm run migrate`: applies prisma/migrations to DATABASE_URL. */
migrate(loadConfig().database.url, (line) => console.log(`[migrate] ${line}`))
  .then((applied) => console.log(`[migrate] ${applied.length ? `${applied.length} applied` : 'up to date'}`))
  .catch((error: Error) => {
    console.error(`[migrate] ERROR: ${error.message}`);
    process.exit(1);
  });
