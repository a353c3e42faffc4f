import fs from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Repositories take either the database or an open transaction, so use cases own transactions. */
export type Executor = Database | Transaction;

export type DatabaseTarget =
  | { engine: 'pglite'; dir: string | undefined }
  | { engine: 'postgres'; url: string; poolSize: number };

export interface DatabaseHandle {
  engine: DatabaseTarget['engine'];
  db: Database;
  /** Runs raw SQL outside drizzle (migration locks, health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

// PostgreSQL returns timestamps as Date and bigint as string; keep `date` columns as 'YYYY-MM-DD'.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

const drizzleOptions = { schema, casing: 'snake_case' } as const;

/**
 * The extensions the migrations create, bundled with PGlite (btree_gist: the venue calendar's
 * exclusion constraint). Every PGlite opened on our data passes these.
 */
export const PGLITE_OPTIONS = { extensions: { btree_gist } } satisfies PGliteOptions;

/**
 * PGlite (embedded, a folder under DATA_DIR, or memory for tests) by default; PostgreSQL when a
 * URL is configured. Both speak the same SQL and run the same migrations.
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.engine === 'pglite') {
    if (target.dir) fs.mkdirSync(target.dir, { recursive: true });
    const client = target.dir ? new PGlite(target.dir, PGLITE_OPTIONS) : new PGlite(PGLITE_OPTIONS);
    await client.waitReady;
    const db = drizzlePglite({ client, ...drizzleOptions }) as unknown as Database;
    return {
      engine: 'pglite',
      db,
      pglite: client,
      ping: async () => void (await client.query('select 1')),
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries report their own errors.
  });
  const db = drizzleNodePg({ client: pool, ...drizzleOptions }) as unknown as Database;
  return {
    engine: 'postgres',
    db,
    pool,
    ping: async () => void (await pool.query('select 1')),
    close: () => pool.end(),
  };
}
