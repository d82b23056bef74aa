import { parseArgs } from 'node:util';
import { bootstrap } from './bootstrap';
import { createDatabase } from './db/prisma';
import { OrganizationService } from './organizations/organization.service';

const USAGE = `Usage: npm run cli -- <command> [options]
  create-org --name NAME --admin-email EMAIL [--admin-name NAME]
      Creates an organization with an admin user and prints {"organizationId","adminUserId","apiKey"}.`;

/** Operator commands; each prints machine-readable JSON on stdout and errors on stderr. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'create-org') return createOrg(rest);
  process.stderr.write(`${USAGE}\n`);
  return command === undefined || command === '--help' ? 0 : 2;
}

async function createOrg(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, 'admin-email': { type: 'string' }, 'admin-name': { type: 'string' } } });
  const email = values['admin-email'];
  if (!values.name?.trim() || !email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    process.stderr.write(`create-org needs --name and a valid --admin-email\n${USAGE}\n`);
    return 2;
  }
  const { config } = bootstrap('therapyrag-cli');
  const db = createDatabase(config.database);
  try {
    const created = await new OrganizationService(db).createWithAdmin({ name: values.name, adminEmail: email, adminName: values['admin-name'] });
    process.stdout.write(`${JSON.stringify(created)}\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    process.stderr.write(`cli failed: ${error.name}\n`);
    process.exit(1);
  });
