import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalFileStorage } from './file-storage';

describe('LocalFileStorage', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'openrecruit-storage-'));
  const storage = new LocalFileStorage(root);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('stores under a random key, reads back, removes', async () => {
    const stored = await storage.put(Buffer.from('%PDF-1.7 demo'), { extension: 'pdf' });
    expect(stored.key).toMatch(/^\d{4}-\d{2}\/[0-9a-f-]{36}\.pdf$/);
    expect(stored.size).toBe(13);
    expect((await storage.get(stored.key)).toString()).toBe('%PDF-1.7 demo');
    await storage.remove(stored.key);
    await expect(storage.get(stored.key)).rejects.toThrow();
  });

  it('refuses keys that escape the storage folder', async () => {
    await expect(storage.get('../../etc/passwd')).rejects.toThrow('escapes');
  });
});
