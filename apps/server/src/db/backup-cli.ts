import { ConfigError, loadConfig } from '../config';
import { backupData } from './backup';
import { BackupError } from './backup-archive';

/**
 * `npm run db:backup -- <file>`: the configured database (PGlite in DATA_DIR, or DATABASE_URL),
 * the generated personal-data key and the uploads, in one tar file. PGlite: stop the server first.
 */
const [file, ...rest] = process.argv.slice(2);
try {
  if (!file || rest.length > 0 || file.startsWith('-')) {
    throw new BackupError('用法 (usage): npm run db:backup -- <file>');
  }
  const config = loadConfig();
  const started = Date.now();
  const manifest = await backupData({ config, file });
  console.info(
    `Backup written to ${file} (${manifest.engine}, ${manifest.uploads} uploaded files, ` +
      `personal-data key ${manifest.piiKey === 'included' ? 'included' : 'NOT included: keep PII_KEY safe'}) in ${Date.now() - started} ms.`,
  );
} catch (error) {
  if (!(error instanceof BackupError || error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
