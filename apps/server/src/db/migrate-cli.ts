import { loadConfig } from '../config';
import { openDatabase } from './client';
import { migrateDatabase } from './migrate';

/** `npm run db:migrate`: applies migrations to the configured database and exits. */
const config = loadConfig();
const handle = await openDatabase(config.database);
await migrateDatabase(handle);
await handle.close();
console.info(`Migrations applied (${config.database.engine}).`);
