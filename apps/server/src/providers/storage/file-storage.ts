import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Bytes `start` to `end` of a stored object, both inclusive (an HTTP byte range). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * File storage: a local folder by default; an object store (OSS/S3) implements the same calls
 * (putStream is a multipart upload, stream with a range a ranged GET, size a HEAD).
 */
export interface FileStorage {
  put(data: Buffer, options: { extension: string }): Promise<{ key: string; sha256: string; size: number }>;
  /** Keeps a stream without holding it in memory (a video); a stream that fails leaves nothing behind. */
  putStream(
    data: Readable,
    options: { extension: string },
  ): Promise<{ key: string; sha256: string; size: number }>;
  get(key: string): Promise<Buffer>;
  /** The object's size in bytes. */
  size(key: string): Promise<number>;
  /** The object, or one range of it, as a stream (云宣讲's video, served with HTTP ranges). */
  stream(key: string, range?: ByteRange): Promise<Readable>;
  remove(key: string): Promise<void>;
}

export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(data: Buffer, options: { extension: string }) {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const key = this.newKey(options.extension);
    const file = this.resolve(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, data, { flag: 'wx' });
    return { key, sha256, size: data.length };
  }

  async putStream(data: Readable, options: { extension: string }) {
    const key = this.newKey(options.extension);
    const file = this.resolve(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(data, measure, createWriteStream(file, { flags: 'wx' }));
    } catch (error) {
      await fs.rm(file, { force: true });
      throw error;
    }
    return { key, sha256: hash.digest('hex'), size };
  }

  async get(key: string): Promise<Buffer> {
    return fs.readFile(this.resolve(key));
  }

  async size(key: string): Promise<number> {
    return (await fs.stat(this.resolve(key))).size;
  }

  async stream(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.resolve(key);
    // Opened before the stream is handed out, so a missing object fails here and not mid-response.
    const handle = await fs.open(file, 'r');
    return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.resolve(key), { force: true });
  }

  /** Keys are random (never the user's file name) and sharded by month to keep folders small. */
  private newKey(extension: string): string {
    return `${new Date().toISOString().slice(0, 7)}/${randomUUID()}.${extension.replace(/[^a-z0-9]/gi, '')}`;
  }

  private resolve(key: string): string {
    const file = path.resolve(this.root, key);
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new Error('Storage key escapes the root');
    return file;
  }
}
