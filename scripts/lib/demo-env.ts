import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the demo leaves behind for the README's examples: keys and ids as shell variables. */
export interface DemoEnv {
  API_URL: string;
  ORGANIZATION_ID: string;
  ADMIN_KEY: string;
  THERAPIST_ID: string;
  THERAPIST_KEY: string;
  PATIENT_ID: string;
  PATIENT_KEY: string;
  SESSION_ID: string;
}

/** The command that loads the file into a shell, printed by the demo and used by the README. */
export const LOAD_COMMAND = 'set -a; . .run/demo.env; set +a';

/**
 * Writes `file` (mode 0600: it holds API keys) in the `KEY=value` form a shell, dotenv and
 * `docker compose --env-file` all read. Values are ids, keys and a URL: nothing to quote.
 */
export function writeDemoEnv(file: string, env: DemoEnv): void {
  for (const [name, value] of Object.entries(env)) {
    if (!/^[A-Za-z0-9_:/.@-]+$/.test(value)) throw new Error(`demo.env: ${name} has characters a shell would need quoted`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const lines = Object.entries(env).map(([name, value]) => `${name}=${value}`);
  writeFileSync(file, `# Written by npm run demo; load with: ${LOAD_COMMAND}\n${lines.join('\n')}\n`, { mode: 0o600 });
}
