/** Which engine the `db` tests run on: PGlite unless TEST_DB_ENGINE=postgres (with DATABASE_URL). */
export function testEngine(): 'pglite' | 'postgres' {
  const engine = process.env.TEST_DB_ENGINE ?? 'pglite';
  if (engine === 'postgres' && !process.env.DATABASE_URL) {
    throw new Error(
      'TEST_DB_ENGINE=postgres needs DATABASE_URL (a PostgreSQL role that may create databases)',
    );
  }
  return engine === 'postgres' ? 'postgres' : 'pglite';
}
