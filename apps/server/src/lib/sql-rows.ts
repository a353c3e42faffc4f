/**
 * `db.execute` answers differently per driver (node-postgres: QueryResult; PGlite: Results); both
 * carry `rows`. This is the one place that knows it.
 */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
