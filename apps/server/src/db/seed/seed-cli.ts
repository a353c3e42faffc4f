import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { seedDemoDataIfEmpty } from './seed-demo';

/** `npm run db:seed`: migrates and loads the demo data into the configured database if it is empty. */
const app = await buildApp({ config: loadConfig() });
const loaded = await seedDemoDataIfEmpty(app.ctx);
console.info(loaded ? 'Demo data loaded.' : 'The database already has accounts: demo data not loaded.');
await app.close();
