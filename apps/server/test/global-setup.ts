import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { testEngine } from './engine';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplate: string | null;
  }
}

/**
 * On PostgreSQL, migrate one template database per run; each test file then gets its own database
 * cloned from it (CREATE DATABASE ... TEMPLATE), which takes milliseconds. PGlite needs nothing here:
 * each file opens an in-memory PGlite and migrates it.
 */
export default async function setup(project: TestProject) {
  if (testEngine() !== 'postgres') {
    project.provide('postgresTemplate', null);
    return;
  }
  const url = process.env.DATABASE_URL!;
  const template = `or_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const handle = await openDatabase({ engine: 'postgres', url: withDatabase(url, template), poolSize: 2 });
  await migrateDatabase(handle);
  await handle.close();
  project.provide('postgresTemplate', template);
  return async () => {
    const rows = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'or_test_%'`,
    );
    for (const row of rows.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
