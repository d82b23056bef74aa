import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from '../generated/prisma/client';

export type Database = PrismaClient;
export { Prisma };
export type * from '../generated/prisma/client';

/** The client a repository writes with inside `$transaction` (every `tx` parameter). */
export type Tx = Prisma.TransactionClient;

/** Opens the Prisma client over node-postgres (Prisma 7 driver adapter; no engine binary needed). */
export function createDatabase(options: { url: string; poolSize: number }): Database {
  const adapter = new PrismaPg({ connectionString: options.url, max: options.poolSize, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}

/** One trivial statement, for the health check: answers when the pool can reach PostgreSQL. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
