import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** File storage: a local folder by default; an object store (OSS/S3) implements the same three calls. */
export interface FileStorage {
  put(data: Buffer, options: { extension: string }): Promise<{ key: string; sha256: string; size: number }>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(data: Buffer, options: { extension: string }) {
    const sha256 = createHash('sha256').update(data).digest('hex');
    // Keys are random (never the user's file name) and sharded by date to keep folders small.
    const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}.${options.extension.replace(/[^a-z0-9]/gi, '')}`;
    const file = this.resolve(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, data, { flag: 'wx' });
    return { key, sha256, size: data.length };
  }

  async get(key: string): Promise<Buffer> {
    return fs.readFile(this.resolve(key));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.resolve(key), { force: true });
  }

  private resolve(key: string): string {
    const file = path.resolve(this.root, key);
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new Error('Storage key escapes the root');
    return file;
  }
}
