import { ConfigError, loadConfig } from '../config';
import { restoreData } from './backup';
import { BackupError } from './backup-archive';

/**
 * `npm run db:restore -- <file> [--force]`: into an empty DATA_DIR / empty database; `--force`
 * replaces what is there (PGlite and upload folders are kept aside, not deleted).
 */
const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((arg) => arg !== '--force');
try {
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    throw new BackupError('用法 (usage): npm run db:restore -- <file> [--force]');
  }
  const config = loadConfig();
  const started = Date.now();
  const { manifest, accounts, asides } = await restoreData({ config, file: files[0]!, force });
  for (const aside of asides) console.info(`Kept aside: ${aside}`);
  console.info(
    `Restored the ${manifest.engine} backup of ${manifest.createdAt} (${accounts} accounts, ` +
      `${manifest.uploads} uploaded files) in ${Date.now() - started} ms.`,
  );
} catch (error) {
  if (!(error instanceof BackupError || error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
