/** The database every test file shares; each test isolates itself with its own organization. */
export function testDatabaseUrl(): string {
  const base = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/therapyrag');
  base.pathname = `/${process.env.TEST_DATABASE_NAME ?? 'therapyrag_test'}`;
  return base.toString();
}
