import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { type DatabaseHandle, openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { seedDictionaries } from '../src/db/seed/dictionaries';
import type { SmsMessage, SmsProvider } from '../src/providers/sms/sms-provider';
import { testEngine } from './engine';
import { withDatabase } from './global-setup';

/** Captures SMS so a test can read the code it was sent. */
export class CapturingSms implements SmsProvider {
  readonly kind = 'outbox' as const;
  readonly sent: SmsMessage[] = [];
  async send(message: SmsMessage) {
    this.sent.push(message);
  }
  lastCodeTo(mobile: string): string {
    const message = [...this.sent].reverse().find((m) => m.mobile === mobile);
    if (!message?.templateParams.code) throw new Error(`no SMS code sent to ${mobile}`);
    return message.templateParams.code;
  }
}

async function openTestDatabase(): Promise<DatabaseHandle> {
  if (testEngine() === 'pglite') {
    const handle = await openDatabase({ engine: 'pglite', dir: undefined });
    await migrateDatabase(handle);
    return handle;
  }
  const url = process.env.DATABASE_URL!;
  const name = `or_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  await admin.end();
  return openDatabase({ engine: 'postgres', url: withDatabase(url, name), poolSize: 10 });
}

/** A whole app on a fresh migrated database with the dictionaries loaded, silent logs and captured SMS. */
export async function buildTestApp(options: { sms?: SmsProvider; env?: Record<string, string> } = {}) {
  const database = await openTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openrecruit-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PII_KEY: randomBytes(32).toString('base64'),
    ...options.env,
  });
  const sms = new CapturingSms();
  const app = await buildApp({
    config,
    database,
    providers: () => ({ sms: options.sms ?? sms }),
    logger: false,
  });
  await seedDictionaries(database.db);
  return {
    app,
    sms,
    database,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
