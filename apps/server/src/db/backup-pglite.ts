import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { BackupError } from './backup-archive';
import { PGLITE_OPTIONS } from './client';

/**
 * The embedded database belongs to one process: PGlite has no server of its own, and a second
 * PGlite on the same folder would replay and rewrite the write-ahead log under the first one's
 * feet. So the backup and the restore never open a folder a running server holds: they look for a
 * process with a file open inside it (Linux /proc; a running PGlite always keeps its WAL segment
 * open). Where /proc is not readable, PostgreSQL's postmaster.pid stands in: PGlite writes it at
 * start and removes it on a clean close, so it also remains after a crash (start and stop the
 * server once to clear it).
 */
export function assertFolderNotInUse(dir: string): void {
  const holders = processesHolding(dir);
  if (holders === null) {
    if (fs.existsSync(path.join(dir, 'postmaster.pid'))) {
      throw new BackupError(
        `${dir} 正在被使用，或上次未正常关闭 (postmaster.pid present): stop the OpenRecruit server ` +
          '(Ctrl-C / SIGTERM) and try again; after a crash, start and stop the server once first.',
      );
    }
    return;
  }
  if (holders.length > 0) {
    throw new BackupError(
      `${dir} 正被运行中的服务器占用 (held by process ${holders.join(', ')}): the embedded database ` +
        'belongs to one process. Stop the OpenRecruit server (Ctrl-C / SIGTERM) and try again.',
    );
  }
}

/** Ids of the processes with a file open under `dir`, or null when /proc cannot tell. */
function processesHolding(dir: string): number[] | null {
  if (!fs.existsSync('/proc/self/fd')) return null;
  const root = `${fs.realpathSync(dir)}${path.sep}`;
  const holders: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // gone, or another user's process
    }
    for (const fd of fds) {
      try {
        if (fs.readlinkSync(`/proc/${entry}/fd/${fd}`).startsWith(root)) {
          holders.push(Number(entry));
          break;
        }
      } catch {
        // closed between the listing and the read
      }
    }
  }
  return holders;
}

/** A gzip tarball of the data folder, taken after a checkpoint so the copy needs no WAL replay. */
export async function dumpPgliteFolder(dir: string): Promise<Buffer> {
  const client = new PGlite(dir, PGLITE_OPTIONS);
  try {
    await client.waitReady;
    await client.exec('CHECKPOINT');
    const tarball = await client.dumpDataDir('gzip');
    return Buffer.from(await tarball.arrayBuffer());
  } finally {
    await client.close();
  }
}

/** Unpacks a tarball into `dir` (new or empty) and opens it once: a broken copy fails here. */
export async function loadPgliteFolder(dir: string, tarball: Buffer): Promise<number> {
  fs.mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { ...PGLITE_OPTIONS, loadDataDir: new Blob([new Uint8Array(tarball)]) });
  try {
    await client.waitReady;
    const result = await client.query<{ n: number }>('select count(*)::int as n from accounts');
    return result.rows[0]?.n ?? 0;
  } finally {
    await client.close();
  }
}

export function isFolderEmpty(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}
