import 'dotenv/config';
import { defineConfig } from 'prisma/config';

/** Prisma CLI configuration. The runtime never reads it; it connects through src/db/prisma.ts. */
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/therapyrag' },
});
