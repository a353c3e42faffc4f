import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testEngine } from '../../test/engine';
import { createApplicant, createTestCompany, createTestJob } from '../../test/factories';
import { STRONG_SEEKER_PASSWORD } from '../../test/fixtures';
import { withDatabase } from '../../test/global-setup';
import { TestClient } from '../../test/http-client';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { backupData, restoreData } from './backup';
import { seedDictionaries } from './seed/dictionaries';

// Issue 10: a backup restored into an empty data folder (PGlite) or a new empty database
// (PostgreSQL) serves the same records, personal data decrypted by the app's own code.
const engine = testEngine();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'openrecruit-backup-test-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A configuration on its own DATA_DIR; on PostgreSQL, a database of its own (migrated or empty). */
async function configFor(name: string, options: { migrated: boolean; piiKey?: string }) {
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: path.join(scratch, name),
    ...(options.piiKey ? { PII_KEY: options.piiKey } : {}),
  };
  if (engine === 'postgres') {
    const url = process.env.DATABASE_URL!;
    const database = `or_test_${randomBytes(6).toString('hex')}_${name}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const template = options.migrated ? inject('postgresTemplate')! : 'template0';
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);
    await admin.end();
    env.DATABASE_URL = withDatabase(url, database);
  }
  return loadConfig(env);
}

async function seekerView(client: TestClient) {
  return {
    profile: (await client.get('/api/seeker/profile')).body,
    current: (await client.get('/api/seeker/applications?list=current')).body,
    history: (await client.get('/api/seeker/applications?list=history')).body,
  };
}

describe(`[OPS] backup and restore on ${engine}`, () => {
  it('restores a seeker with applications, the uploads and the key into an empty place', async () => {
    // PGlite keeps its generated key in DATA_DIR (the backup carries it); PostgreSQL runs with PII_KEY.
    const piiKey = engine === 'postgres' ? randomBytes(32).toString('base64') : undefined;
    const sourceConfig = await configFor('source', { migrated: true, piiKey });
    const source = await buildApp({ config: sourceConfig, logger: false });
    await seedDictionaries(source.ctx.db);
    const companyId = (await createTestCompany(source.ctx.db)).id;
    const [first, second] = [
      await createTestJob(source.ctx.db, { companyId, title: '备份测试岗一', education: null }),
      await createTestJob(source.ctx.db, { companyId, title: '备份测试岗二', education: null }),
    ];
    const seeker = await createApplicant(source, { name: '钱备份' });
    expect((await seeker.client.post('/api/seeker/applications', { jobId: first!.id })).status).toBe(200);
    const applied = await seeker.client.post('/api/seeker/applications', { jobId: second!.id });
    await seeker.client.post(`/api/seeker/applications/${applied.body.application.id}/withdraw`);
    const before = await seekerView(seeker.client);
    expect(before.profile.name).toBe('钱备份');
    expect(before.current.items).toHaveLength(1);
    expect(before.history.items).toHaveLength(1);
    const upload = await source.ctx.providers.storage.put(Buffer.from('resume attachment'), {
      extension: 'pdf',
    });
    const file = path.join(scratch, 'openrecruit.backup');

    if (engine === 'pglite') {
      // The embedded database belongs to the running server: no second opener while it runs.
      await expect(backupData({ config: sourceConfig, file })).rejects.toThrow(/正被运行中的服务器占用/);
      expect(fs.existsSync(file)).toBe(false);
    }
    await source.close();
    const manifest = await backupData({ config: sourceConfig, file });
    expect(manifest).toMatchObject({ engine, uploads: 1, piiKey: piiKey ? 'configured' : 'included' });

    const targetConfig = await configFor('target', { migrated: false, piiKey });
    const restored = await restoreData({ config: targetConfig, file, force: false });
    expect(restored.accounts).toBeGreaterThan(0);
    await expect(restoreData({ config: targetConfig, file, force: false })).rejects.toThrow(/不为空/);

    const target = await buildApp({ config: targetConfig, logger: false });
    try {
      const client = new TestClient(target, '203.0.113.200');
      const login = await client.login('seeker', seeker.person.idNumber, STRONG_SEEKER_PASSWORD);
      expect(login.status).toBe(200);
      expect(await seekerView(client)).toEqual(before);
      expect((await target.ctx.providers.storage.get(upload.key)).toString()).toBe('resume attachment');
    } finally {
      await target.close();
    }
  }, 120_000);
});
