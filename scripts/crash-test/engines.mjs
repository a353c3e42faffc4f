// Where each engine's scratch database lives and how the crash test reads it directly.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import pg from 'pg';

/** A fresh DATA_DIR, and on PostgreSQL a fresh empty database; `drop()` removes both. */
export async function createScratch(engine) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `openrecruit-crash-${engine}-`));
  if (engine === 'pglite') {
    return {
      engine,
      dataDir,
      env: { DATA_DIR: dataDir },
      // The embedded database belongs to one process: read only while the server is stopped.
      async query(text) {
        return readPglite(path.join(dataDir, 'pglite'), text);
      },
      /** Reads a copy: the folder stays as the kill left it, for the server to recover by itself. */
      async queryCopy(text) {
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'openrecruit-crash-copy-'));
        try {
          fs.cpSync(path.join(dataDir, 'pglite'), copy, { recursive: true });
          return await readPglite(copy, text);
        } finally {
          fs.rmSync(copy, { recursive: true, force: true });
        }
      },
      /** A running PGlite keeps its WAL segment open (Linux /proc). */
      async databaseReady(pid) {
        const root = `${path.join(dataDir, 'pglite')}${path.sep}`;
        try {
          return fs
            .readdirSync(`/proc/${pid}/fd`)
            .some((fd) =>
              fs.readlinkSync(`/proc/${pid}/fd/${fd}`, { throwIfNoEntry: false })?.startsWith(root),
            );
        } catch {
          return false;
        }
      },
      async drop() {
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.DATABASE_URL;
  const host = new URL(adminUrl).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    throw new Error(`the crash test only runs against a PostgreSQL on this machine, not ${host}`);
  }
  const name = `or_crash_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    dataDir,
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString(), PII_KEY: randomBytes(32).toString('base64') },
    async query(text) {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(text)).rows;
      } finally {
        await client.end();
      }
    },
    queryCopy(text) {
      return this.query(text);
    },
    /** Migrated (they commit as one): what follows is the demo data load. */
    async databaseReady() {
      const [row] = await this.query(`select to_regclass('public.accounts') is not null as migrated`);
      return row.migrated;
    },
    async drop() {
      await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function readPglite(dir, text) {
  const client = new PGlite(dir, { extensions: { btree_gist } });
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.close();
  }
}

async function admin(url, statement) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The demo data's all-or-nothing shape: counts of what the first start loads. */
export async function demoCounts(scratch) {
  const [row] = await scratch.queryCopy(
    `select true as migrated, (select count(*)::int from universities) as universities,
            (select count(*)::int from companies) as companies,
            (select count(*)::int from jobs) as jobs,
            (select count(*)::int from accounts) as accounts`,
  );
  return row;
}
