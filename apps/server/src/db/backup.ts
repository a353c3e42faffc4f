import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { ArchiveWriter, BackupError, extractEntry, listArchive, readEntry } from './backup-archive';
import { assertFolderNotInUse, dumpPgliteFolder, isFolderEmpty, loadPgliteFolder } from './backup-pglite';
import {
  countPostgresAccounts,
  countPostgresObjects,
  dumpPostgres,
  restorePostgres,
} from './backup-postgres';

/**
 * `npm run db:backup` / `db:restore`. A backup holds everything a restore needs to serve the same
 * data: the database, the personal-data key when it was generated into DATA_DIR (without it every
 * ID number and name is unreadable), and the uploaded files.
 */
const MANIFEST = 'openrecruit-backup.json';
const FORMAT = 1;

interface Manifest {
  format: number;
  engine: Config['database']['engine'];
  createdAt: string;
  /** included: pii.key is in the archive; configured: the data needs the PII_KEY it ran with. */
  piiKey: 'included' | 'configured';
  uploads: number;
}

export interface BackupOptions {
  config: Config;
  file: string;
}

export async function backupData({ config, file }: BackupOptions): Promise<Manifest> {
  const target = path.resolve(file);
  if (fs.existsSync(target))
    throw new BackupError(`${target} 已存在 (already exists): choose a new file name`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Written under another name and renamed when complete: a file with the final name is whole.
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const archive = await ArchiveWriter.create(partial);
  try {
    // The database before the uploads: a file is stored before the row naming it commits, so every
    // file the dumped rows name is already there when the folder is copied.
    if (config.database.engine === 'pglite') {
      const dir = config.database.dir;
      if (isFolderEmpty(dir)) throw new BackupError(`${dir} 为空 (no database to back up)`);
      assertFolderNotInUse(dir);
      await archive.addBuffer('database.tar.gz', await dumpPgliteFolder(dir));
    } else {
      const dump = `${target}.dump.partial`;
      try {
        await dumpPostgres(config.database.url, dump);
        await archive.addFile('database.dump', dump);
      } finally {
        fs.rmSync(dump, { force: true });
      }
    }
    const keyFile = path.join(config.dataDir, 'pii.key');
    const includeKey = !config.piiKey && fs.existsSync(keyFile);
    if (includeKey) await archive.addFile('pii.key', keyFile);
    const uploads = listFiles(config.uploadsDir);
    for (const relative of uploads) {
      await archive.addFile(`uploads/${relative}`, path.join(config.uploadsDir, relative));
    }
    const manifest: Manifest = {
      format: FORMAT,
      engine: config.database.engine,
      createdAt: new Date().toISOString(),
      piiKey: includeKey ? 'included' : 'configured',
      uploads: uploads.length,
    };
    await archive.addBuffer(MANIFEST, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await archive.finish();
    fs.renameSync(partial, target);
    return manifest;
  } catch (error) {
    await archive.abandon();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

export interface RestoreOptions {
  config: Config;
  file: string;
  /** Replace a database or folder that is not empty (the old folders are kept aside). */
  force: boolean;
}

export async function restoreData({ config, file, force }: RestoreOptions) {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new BackupError(`${source} 不存在 (no such file)`);
  const entries = await listArchive(source);
  const entry = (name: string) => entries.find((e) => e.name === name);
  const manifestEntry = entry(MANIFEST);
  if (!manifestEntry) throw new BackupError(`${source} is incomplete or not made by npm run db:backup`);
  const manifest = JSON.parse((await readEntry(source, manifestEntry)).toString()) as Manifest;
  if (manifest.format !== FORMAT) throw new BackupError(`Unknown backup format ${manifest.format}`);
  if (manifest.engine !== config.database.engine) {
    throw new BackupError(
      `这是 ${manifest.engine} 的备份 (a ${manifest.engine} backup), but the configured database is ` +
        `${config.database.engine}: ${manifest.engine === 'pglite' ? 'unset' : 'set'} DATABASE_URL to restore it.`,
    );
  }
  const database = entry(manifest.engine === 'pglite' ? 'database.tar.gz' : 'database.dump');
  if (!database) throw new BackupError(`${source} holds no database: not made by npm run db:backup`);
  const key = entry('pii.key') ? await readEntry(source, entry('pii.key')!) : undefined;
  const keyFile = path.join(config.dataDir, 'pii.key');
  const asides: string[] = [];
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const setAside = (item: string) => {
    if (fs.statSync(item).isDirectory() && isFolderEmpty(item)) return fs.rmdirSync(item);
    const aside = `${item}.before-restore-${stamp}`;
    fs.renameSync(item, aside);
    asides.push(aside);
  };

  // Every check before the first change.
  checkKey(config, key, keyFile, force);
  if (config.database.engine === 'pglite') {
    const dir = config.database.dir;
    if (fs.existsSync(dir)) assertFolderNotInUse(dir);
    refuseUnlessEmpty(!isFolderEmpty(dir), dir, force);
  } else {
    refuseUnlessEmpty((await countPostgresObjects(config.database.url)) > 0, 'the database', force);
  }
  refuseUnlessEmpty(!isFolderEmpty(config.uploadsDir), config.uploadsDir, force);

  fs.mkdirSync(config.dataDir, { recursive: true });
  // The key first: a restored database without its key would be unreadable, a key alone is harmless.
  if (key && !config.piiKey) {
    if (fs.existsSync(keyFile) && !fs.readFileSync(keyFile).equals(key)) setAside(keyFile);
    fs.writeFileSync(keyFile, key, { mode: 0o600 });
  }
  let accounts: number;
  if (config.database.engine === 'pglite') {
    const dir = config.database.dir;
    // Unpacked beside the target and renamed into place: the data folder is never half restored.
    const restoring = `${dir}.restoring`;
    fs.rmSync(restoring, { recursive: true, force: true });
    accounts = await loadPgliteFolder(restoring, await readEntry(source, database));
    if (fs.existsSync(dir)) setAside(dir);
    fs.renameSync(restoring, dir);
  } else {
    const dump = path.join(config.dataDir, `restore-${stamp}.dump`);
    try {
      await extractEntry(source, database, dump);
      const clean = (await countPostgresObjects(config.database.url)) > 0;
      await restorePostgres(config.database.url, dump, { clean });
    } finally {
      fs.rmSync(dump, { force: true });
    }
    accounts = await countPostgresAccounts(config.database.url);
  }
  const restoring = `${config.uploadsDir}.restoring`;
  fs.rmSync(restoring, { recursive: true, force: true });
  for (const upload of entries.filter((e) => e.name.startsWith('uploads/'))) {
    const target = path.join(restoring, upload.name.slice('uploads/'.length));
    if (!target.startsWith(restoring + path.sep)) throw new BackupError(`Unsafe name ${upload.name}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await extractEntry(source, upload, target);
  }
  if (fs.existsSync(config.uploadsDir)) setAside(config.uploadsDir);
  if (fs.existsSync(restoring)) fs.renameSync(restoring, config.uploadsDir);
  return { manifest, accounts, asides };
}

/** Restored personal data is only readable with the key it was encrypted with. */
function checkKey(config: Config, key: Buffer | undefined, keyFile: string, force: boolean) {
  if (!key) {
    if (!config.piiKey) {
      throw new BackupError(
        '这个备份不含个人信息密钥 (the backup was made with PII_KEY set): set the same PII_KEY to restore it.',
      );
    }
    return;
  }
  const backupKey = Buffer.from(key.toString('utf8').trim(), 'base64');
  if (config.piiKey && !config.piiKey.equals(backupKey)) {
    throw new BackupError(
      'PII_KEY 与备份中的密钥不同 (the data in this backup was encrypted with the pii.key it holds): ' +
        'unset PII_KEY, or set it to that key, to restore it.',
    );
  }
  if (!config.piiKey && fs.existsSync(keyFile) && !fs.readFileSync(keyFile).equals(key) && !force) {
    throw new BackupError(
      `${keyFile} 与备份中的密钥不同 (another key is in DATA_DIR): restore into a new DATA_DIR, or add --force (the old key is kept aside).`,
    );
  }
}

function refuseUnlessEmpty(notEmpty: boolean, what: string, force: boolean) {
  if (notEmpty && !force) {
    throw new BackupError(
      `${what} 不为空 (not empty): restore into a new DATA_DIR or an empty database, or add --force ` +
        '(folders are kept aside as *.before-restore-<time>; PostgreSQL objects the backup holds are dropped).',
    );
  }
}

function listFiles(root: string, relative = ''): string[] {
  const folder = path.join(root, relative);
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const name = relative ? `${relative}/${item.name}` : item.name;
    if (item.isDirectory()) return listFiles(root, name);
    return item.isFile() ? [name] : [];
  });
}
