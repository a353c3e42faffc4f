import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../apps/server/src/db/client';
import { migrateDatabase } from '../../apps/server/src/db/migrate';

export type Engine = 'pglite' | 'postgres';

/** A scratch database the benchmark creates, fills and drops: PostgreSQL via DATABASE_URL, or a PGlite folder. */
export interface BenchDatabase {
  engine: Engine;
  /** For PostgreSQL, the scratch database's URL; for PGlite, its folder. */
  location: string;
  /** True when an existing benchmark database was reused (--database): nothing to load. */
  reused: boolean;
  open(poolSize: number): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(options: {
  engine: Engine;
  reuse: string | undefined;
}): Promise<BenchDatabase> {
  if (options.engine === 'pglite') {
    const dir = options.reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'openrecruit-bench-'));
    return {
      engine: 'pglite',
      location: dir,
      reused: Boolean(options.reuse),
      open: async () => migrated(await openDatabase({ engine: 'pglite', dir })),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('--engine postgres needs DATABASE_URL (a role that may create databases)');
  const name = options.reuse ?? `or_bench_${process.pid}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a benchmark database name: ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (!options.reuse) await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  return {
    engine: 'postgres',
    location: url.toString(),
    reused: Boolean(options.reuse),
    open: async (poolSize) =>
      migrated(await openDatabase({ engine: 'postgres', url: url.toString(), poolSize })),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function migrated(handle: DatabaseHandle) {
  await migrateDatabase(handle);
  return handle;
}

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
