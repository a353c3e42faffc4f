import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
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
    await expect(storage.stream('../../etc/passwd')).rejects.toThrow('escapes');
  });

  it('keeps a stream, then streams the whole object or one byte range of it', async () => {
    const stored = await storage.putStream(
      Readable.from([Buffer.from('0123456789'), Buffer.from('abcdef')]),
      {
        extension: 'webm',
      },
    );
    expect(stored.size).toBe(16);
    expect(stored.sha256).toBe(
      (await import('node:crypto')).createHash('sha256').update('0123456789abcdef').digest('hex'),
    );
    expect(await storage.size(stored.key)).toBe(16);
    expect(await text(await storage.stream(stored.key))).toBe('0123456789abcdef');
    expect(await text(await storage.stream(stored.key, { start: 3, end: 5 }))).toBe('345');
    expect(await text(await storage.stream(stored.key, { start: 15, end: 15 }))).toBe('f');
    await expect(storage.stream('2026-01/missing.webm')).rejects.toThrow();
  });

  it('leaves nothing behind when the incoming stream fails', async () => {
    async function* failing() {
      yield Buffer.from('partial');
      throw new Error('client went away');
    }
    await expect(storage.putStream(Readable.from(failing()), { extension: 'mp4' })).rejects.toThrow(
      'client went away',
    );
    const month = new Date().toISOString().slice(0, 7);
    const left = fs.readdirSync(path.join(root, month)).filter((name) => name.endsWith('.mp4'));
    expect(left).toEqual([]);
  });
});
