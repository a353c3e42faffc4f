import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { BackupError } from './backup-archive';

/**
 * PostgreSQL is backed up with its own tools: pg_dump takes a consistent snapshot (one repeatable-
 * read transaction) while the servers keep running, and pg_restore loads it. Custom format (-Fc):
 * compressed, and pg_restore can list or pick from it.
 */
export async function dumpPostgres(url: string, target: string): Promise<void> {
  await run(findPostgresTool('pg_dump'), ['--format=custom', `--file=${target}`], url);
}

/**
 * Into an empty database; `clean` (--force) first drops what the dump holds. One transaction:
 * a failed restore leaves the database as it was.
 */
export async function restorePostgres(url: string, dump: string, options: { clean: boolean }) {
  const args = ['--no-owner', '--no-privileges', '--single-transaction'];
  if (options.clean) args.push('--clean', '--if-exists');
  await run(findPostgresTool('pg_restore'), [...args, dump], url);
}

/** Tables, views, sequences or types outside the system schemas: something to overwrite. */
export async function countPostgresObjects(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
          and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')`,
    );
    return result.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

export async function countPostgresAccounts(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('select count(*)::int as n from accounts')).rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * The newest pg_dump/pg_restore among PATH and /usr/lib/postgresql/<version>/bin (Debian keeps
 * several side by side): an older pg_dump refuses a newer server.
 */
export function findPostgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const folders = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const versioned = '/usr/lib/postgresql';
  if (fs.existsSync(versioned)) {
    for (const version of fs.readdirSync(versioned)) folders.push(path.join(versioned, version, 'bin'));
  }
  let best: { file: string; version: number[] } | undefined;
  for (const folder of folders) {
    const file = path.join(folder, name);
    if (!fs.existsSync(file)) continue;
    const output = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 10_000 }).stdout ?? '';
    const version = output
      .match(/(\d+)(?:\.(\d+))?/)
      ?.slice(1)
      .map((part) => Number(part ?? 0));
    if (version && (!best || compareVersions(version, best.version) > 0)) best = { file, version };
  }
  if (!best) {
    throw new BackupError(
      `${name} 未找到 (not found on PATH or in /usr/lib/postgresql/*/bin): install the PostgreSQL ` +
        "client tools of the server's version or newer (Debian/Ubuntu: apt-get install postgresql-client).",
    );
  }
  return best.file;
}

function compareVersions(a: number[], b: number[]): number {
  return (a[0]! - b[0]!) * 1000 + ((a[1] ?? 0) - (b[1] ?? 0));
}

/** The password goes in PGPASSWORD, not on the command line other users can read with ps. */
async function run(tool: string, args: string[], url: string): Promise<void> {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(tool, [`--dbname=${parsed.toString()}`, ...args], {
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${path.basename(tool)} failed (exit ${code}):\n${stderr.trim()}`));
    });
  });
}
